//! `--format xlsx`: real spreadsheets out of `actions`, `fte` (by commune,
//! by officer, history), `indicators` and `portfolio`, read back with
//! calamine as a spreadsheet reads them: typed cells (dates are dates, FTE
//! numbers), the total row `ctg` computed, the tab named in the output
//! language, and never a formula, even for a title starting with `=`.
//! Then `--csv-sep`, and the French CSV by default.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};

use crate::support::{ANA, BOB, COPIL, PE, PE_1, Repo, TODAY, ctg};

/// A workbook read back: each tab's name and its cells.
struct Book {
    sheets: Vec<(String, Vec<Vec<Data>>)>,
}

impl Book {
    fn read(bytes: &[u8]) -> Book {
        assert!(bytes.starts_with(b"PK"), "an xlsx is a zip");
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).expect("an xlsx");
        let names = book.sheet_names();
        let mut sheets = Vec::new();
        for name in names {
            // No cell of any tab is a formula.
            let formulas = book.worksheet_formula(&name).expect("formulas");
            assert!(
                formulas.used_cells().all(|(_, _, f)| f.is_empty()),
                "a formula in {name}"
            );
            let range = book.worksheet_range(&name).expect("a tab");
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            sheets.push((name, rows));
        }
        Book { sheets }
    }

    /// The only tab.
    fn only(&self) -> (&str, &[Vec<Data>]) {
        assert_eq!(self.sheets.len(), 1, "one tab");
        (&self.sheets[0].0, &self.sheets[0].1)
    }
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        other => panic!("not text: {other:?}"),
    }
}

fn number(cell: &Data) -> f64 {
    match cell {
        Data::Float(f) => *f,
        other => panic!("not a number: {other:?}"),
    }
}

fn day(cell: &Data) -> String {
    match cell {
        Data::DateTime(d) => d.as_datetime().expect("a date").date().to_string(),
        other => panic!("not a date: {other:?}"),
    }
}

/// The bytes `ctg ARGS -o -` writes, after checking it succeeded.
fn xlsx(repo: &Repo, lang: &str, args: &[&str]) -> Vec<u8> {
    let out = ctg()
        .arg("--dir")
        .arg(repo.path())
        .args(["--at", TODAY, "--lang", lang])
        .args(args)
        .args(["--format", "xlsx", "-o", "-"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn row<'a>(rows: &'a [Vec<Data>], first: &str) -> &'a [Data] {
    rows.iter()
        .find(|r| matches!(&r[0], Data::String(s) if s == first))
        .unwrap_or_else(|| panic!("no row {first}"))
}

#[test]
fn actions_typed_cells_and_no_formula_from_a_title() {
    let repo = Repo::new().edit(
        "actions/pe-1.toml",
        r#"title = "Guichet unique""#,
        r#"title = "=HYPERLINK(\"x\")""#,
    );
    let book = Book::read(&xlsx(&repo, "en", &["actions"]));
    let (name, rows) = book.only();
    assert_eq!(name, "Actions");
    let header: Vec<String> = rows[0].iter().map(text).collect();
    assert_eq!(
        header,
        [
            "Id",
            "Title",
            "Commission",
            "Lead",
            "Status",
            "Overdue",
            "Start",
            "Due",
            "Completed",
            "Progress",
            "Communes"
        ]
    );
    let pe1 = row(rows, "pe-1");
    assert_eq!(text(&pe1[1]), r#"=HYPERLINK("x")"#);
    assert_eq!(day(&pe1[6]), "2025-03-01");
    assert_eq!(day(&pe1[7]), "2027-06-30");
    assert_eq!(pe1[8], Data::Empty);
    assert_eq!(number(&pe1[9]), 0.4);
    assert_eq!(text(&pe1[10]), "Istres");
}

#[test]
fn ids_starting_with_equals_stay_text() {
    // Names people type come from the files: a commune, a lead's name.
    let repo = Repo::new().edit("officers/ana.toml", "name = \"Ana", "name = \"=1+1 Ana");
    let book = Book::read(&xlsx(&repo, "en", &["fte", "--by", "officer"]));
    let (_, rows) = book.only();
    assert!(text(&row(rows, "ana")[1]).starts_with("=1+1"));
}

#[test]
fn fte_by_commune_in_french_with_the_exact_total() {
    let repo = Repo::fixture();
    let book = Book::read(&xlsx(&repo, "fr", &["fte"]));
    let (name, rows) = book.only();
    assert_eq!(name, "ETP par commune");
    assert_eq!(text(&rows[0][0]), "Commune");
    assert_eq!(text(&rows[0][4]), "ETP");
    // ana 1.0 + bob 0.3 + cleo 0.5 at Istres; bob 0.2 at Fos-sur-Mer.
    assert_eq!(number(&row(rows, "Istres")[4]), 1.8);
    assert_eq!(number(&row(rows, "Fos-sur-Mer")[4]), 0.2);
    let total = rows.last().unwrap();
    assert_eq!(text(&total[0]), "Total");
    assert_eq!(number(&total[4]), 2.0);
    // The total is a number ctg wrote, the sum of the rows exactly.
    let sum: f64 = rows[1..rows.len() - 1].iter().map(|r| number(&r[4])).sum();
    assert!((sum - 2.0).abs() < 1e-9);
}

#[test]
fn fte_by_officer_total_is_the_cofunded_fte() {
    let book = Book::read(&xlsx(&Repo::fixture(), "en", &["fte", "--by", "officer"]));
    let (name, rows) = book.only();
    assert_eq!(name, "FTE by officer");
    assert_eq!(number(&row(rows, "bob")[4]), 0.5);
    // dan's 0.4 is not cofunded: on its row, not in the total.
    assert_eq!(number(&row(rows, "dan")[4]), 0.4);
    assert_eq!(text(&row(rows, "dan")[5]), "no");
    assert_eq!(number(&row(rows, "Total")[4]), 2.0);
}

#[test]
fn fte_history_dates_are_dates() {
    let book = Book::read(&xlsx(&Repo::fixture(), "fr", &["fte", "--history"]));
    let (name, rows) = book.only();
    assert_eq!(name, "Historique des ETP");
    assert_eq!(text(&rows[0][0]), "Date");
    let first = &rows[1];
    assert_eq!(day(&first[0]), "2025-01-01");
    let cleo = rows
        .iter()
        .find(|r| matches!(&r[2], Data::String(s) if s == "cleo"))
        .unwrap();
    assert_eq!(day(&cleo[0]), "2026-03-01");
    assert_eq!(number(&cleo[1]), 2.0);
    assert_eq!(number(&cleo[5]), 0.5);
    // The history runs on past --at: ana leaves on 2026-06-30.
    assert_eq!(number(&row(rows, "Total")[1]), 1.0);
}

#[test]
fn french_dates_are_shown_day_first_and_the_header_is_bold() {
    // The cell is a date either way; its number format says how it shows.
    let formats = |lang: &str| {
        let bytes = xlsx(&Repo::new(), lang, &["actions"]);
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
        let name = book.sheet_names()[0].clone();
        let styles = book.worksheet_style(&name).unwrap();
        let format = |pos| {
            let style = styles.get(pos).expect("a style");
            style.number_format.as_ref().map(|f| f.format_code.clone())
        };
        let bold = styles
            .get((0, 0))
            .and_then(|s| s.font.as_ref())
            .is_some_and(|f| f.is_bold());
        // Row 1 is pe-1: its due date (column 7), its progress (column 9).
        (format((1, 7)), format((1, 9)), bold)
    };
    let (fr_due, fr_progress, fr_bold) = formats("fr");
    assert_eq!(fr_due.as_deref(), Some("dd/mm/yyyy"));
    assert_eq!(fr_progress.as_deref(), Some("0%"));
    assert!(fr_bold);
    let (en_due, _, _) = formats("en");
    assert_eq!(en_due.as_deref(), Some("yyyy-mm-dd"));
}

#[test]
fn indicators_values_and_percentages() {
    let repo = Repo::data_copy();
    let book = Book::read(&xlsx(&repo, "fr", &["indicators"]));
    let (name, rows) = book.only();
    assert_eq!(name, "Indicateurs");
    // The same figures as the CSV's (`,` and `.`), typed.
    let csv = ctg()
        .arg("--dir")
        .arg(repo.path())
        .args([
            "--at",
            TODAY,
            "indicators",
            "--format",
            "csv",
            "--csv-sep",
            ",",
        ])
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows.len(),
        lines.len(),
        "a row per indicator and the header"
    );
    let first: Vec<&str> = lines[1].split(',').collect();
    let sheet = &rows[1];
    assert_eq!(text(&sheet[1]), first[2]);
    assert_eq!(day(&sheet[4]), first[7]);
    assert_eq!(number(&sheet[5]), first[8].parse::<f64>().unwrap());
    assert_eq!(number(&sheet[11]), first[14].parse::<f64>().unwrap());
}

fn caf() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for dir in ["a", "b"] {
        let root = tmp.path().join(dir);
        for (path, text) in [
            ("copil.toml", COPIL),
            ("officers/ana.toml", ANA),
            ("officers/bob.toml", BOB),
            ("commissions/pe.toml", PE),
            ("actions/pe-1.toml", PE_1),
        ] {
            let full = root.join(path);
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(full, text).unwrap();
        }
    }
    tmp
}

fn portfolio(dir: &Path, lang: &str, extra: &[&str]) -> std::process::Output {
    ctg()
        .current_dir(dir)
        .args([
            "--at",
            TODAY,
            "--lang",
            lang,
            "portfolio",
            "--format",
            "xlsx",
        ])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn portfolio_a_row_per_ctg_and_the_total() {
    let caf = caf();
    let out = portfolio(caf.path(), "fr", &["-o", "-"]);
    let book = Book::read(&out.stdout);
    let (name, rows) = book.only();
    assert_eq!(name, "Portefeuille");
    assert_eq!(text(&rows[0][0]), "CTG");
    assert_eq!(rows.len(), 4, "header, two CTGs, total");
    let one = number(&rows[1][8]);
    assert_eq!(number(&rows[2][8]), one);
    let total = rows.last().unwrap();
    assert_eq!(text(&total[0]), "Total");
    assert_eq!(number(&total[8]), one * 2.0);
}

#[test]
fn written_atomically_never_over_a_file_without_force_and_same_bytes_twice() {
    let repo = Repo::fixture();
    let file = repo.join("fte.xlsx");
    let run = |extra: &[&str]| {
        repo.command(&["fte", "--format", "xlsx", "-o"])
            .arg(&file)
            .args(extra)
            .output()
            .unwrap()
    };
    let first = run(&[]);
    assert_eq!(first.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&first.stderr).contains("wrote"));
    let bytes = std::fs::read(&file).unwrap();
    Book::read(&bytes);
    let refused = run(&[]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("--force"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let forced = run(&["--force"]);
    assert_eq!(forced.status.code(), Some(0));
    // Same input, same --at: the same bytes (the creation date is --at's).
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
    assert_eq!(xlsx(&repo, "en", &["fte"]), bytes);
}

#[test]
fn piped_without_o_the_bytes_go_to_stdout() {
    // Tests are not a terminal: what a pipe gets (`ctg … | other`).
    let out = Repo::new()
        .command(&["actions", "--format", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"PK"));
}

#[test]
fn csv_of_a_french_output_uses_semicolons_and_decimal_commas() {
    let repo = Repo::fixture();
    let csv = |args: &[&str]| {
        let out = ctg()
            .arg("--dir")
            .arg(repo.path())
            .args(["--at", TODAY])
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (code, fr, _) = csv(&["--lang", "fr", "fte", "--format", "csv"]);
    assert_eq!(code, Some(0));
    assert!(
        fr.starts_with("commune;baseline;increase;target;fte;gap\n"),
        "{fr}"
    );
    assert!(fr.contains("Istres;1,3;"), "{fr}");
    let (_, en, _) = csv(&["--lang", "en", "fte", "--format", "csv"]);
    assert!(en.contains("Istres,1.3,"), "{en}");
    // Asked for: the separator and its decimal mark, whatever the language.
    let (_, asked, _) = csv(&["--lang", "fr", "fte", "--format", "csv", "--csv-sep", ","]);
    assert_eq!(asked, en);
    let (_, asked, _) = csv(&["--lang", "en", "fte", "--format", "csv", "--csv-sep", ";"]);
    assert_eq!(asked, fr);
    let (code, _, err) = csv(&["--lang", "en", "fte", "--format", "csv", "--csv-sep", "|"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--csv-sep"), "{err}");
}
