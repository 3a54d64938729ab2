//! No output format can be turned against its reader (#10, items 6 to 10):
//! a spreadsheet never runs a formula from a record, Markdown never carries
//! raw HTML or a link from one, no invisible character reaches a reader raw,
//! what the user typed is echoed escaped, and a huge cell costs no more than
//! a long one.

use crate::support::{Repo, run_in};

fn run(repo: &Repo, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--at", "2026-11-28", "--color", "never"];
    all.extend_from_slice(args);
    let run = run_in(repo.path(), &all);
    (run.code, run.stdout, run.stderr)
}

const ACTION: &str = "actions/par-01-laep-itinerant.toml";
const TITLE: &str = "Ouvrir un lieu d'accueil enfants-parents (LAEP) itinérant";

/// The raw characters that must never reach a reader from a record.
const RAW: &[char] = &[
    '\u{1b}', '\u{7}', '\u{7f}', '\u{9b}', '\u{202e}', '\u{200b}', '\u{2028}', '\u{feff}',
];

fn assert_no_raw(what: &str, text: &str) {
    for c in RAW {
        assert!(!text.contains(*c), "{what} carries {c:?} raw:\n{text}");
    }
}

#[test]
fn csv_cells_never_become_formulas_and_figures_stay_figures() {
    let repo = Repo::data_copy();
    repo.edit(ACTION, TITLE, "=HYPERLINK(\\\"http://x\\\",\\\"clic\\\")");
    repo.edit(
        "officers/amelie-roux.toml",
        "Amélie Roux",
        "@SUM(1+1)\\u001b[2J",
    );
    let (code, csv, _) = run(&repo, &["actions", "--format", "csv", "--csv-sep", ","]);
    assert_eq!(code, 0);
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"clic\"\")\""),
        "{csv}"
    );
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");
    let (_, officers, _) = run(
        &repo,
        &[
            "fte",
            "--by",
            "officer",
            "--format",
            "csv",
            "--csv-sep",
            ",",
        ],
    );
    assert!(officers.contains("'@SUM(1+1)\\u{1b}[2J"), "{officers}");
    assert_no_raw("fte --by officer --format csv", &officers);
    // A negative gap is a figure, not a formula: it keeps its sign.
    let repo = Repo::data_by_commune();
    repo.edit(
        "officers/lucie-mercier.toml",
        "start = 2026-01-05",
        "start = 2026-01-05\nend = 2026-06-30",
    );
    let (_, fte, _) = run(&repo, &["fte", "--format", "csv", "--csv-sep", ","]);
    assert!(
        fte.lines()
            .any(|l| l.starts_with("Istres,") && l.ends_with(",-0.5")),
        "{fte}"
    );
    assert!(!fte.contains("'-"), "{fte}");
}

#[test]
fn status_markdown_carries_no_html_and_no_link_from_a_record() {
    let repo = Repo::data_copy();
    repo.edit(
        "copil.toml",
        "name = \"CTG Golfe et des étangs\"",
        "name = \"<script>alert(1)</script> CTG\"",
    );
    repo.edit(
        "officers/amelie-roux.toml",
        "Amélie Roux",
        "<img src=x onerror=alert(1)>",
    );
    repo.edit(
        "commissions/petite-enfance.toml",
        "name = \"Petite enfance\"",
        "name = \"[c](javascript:alert(1))\"",
    );
    let (code, md, _) = run(&repo, &["status", "--format", "markdown"]);
    assert_eq!(code, 0, "{md}");
    assert!(
        md.starts_with("# &lt;script&gt;alert(1)&lt;/script&gt; CTG"),
        "{md}"
    );
    assert!(!md.contains("<script"), "{md}");
    assert!(!md.contains("<img"), "{md}");
    assert!(md.contains("&lt;img src=x onerror=alert(1)&gt;"), "{md}");
    assert!(!md.contains("[c](javascript:"), "{md}");
    assert!(md.contains("\\[c\\](javascript:alert(1))"), "{md}");
    // The bar is a terminal's picture; Markdown has the figures alone.
    assert!(!md.contains("[#"), "{md}");
}

#[test]
fn invisible_characters_reach_no_reader_raw() {
    let repo = Repo::data_copy();
    repo.edit(ACTION, TITLE, "abc\\u202Edef\\u200B\\u2028\\uFEFF\\u009B2J");
    // A file name with a right-to-left override, and an error in it.
    repo.file("actions/x\u{202e}lmth.toml", "title = 1\n");
    let (code, table, _) = run(&repo, &["actions"]);
    assert_eq!(code, 1, "a file is left out");
    assert!(
        table.contains("abc\\u{202e}def\\u{200b}\\u{2028}\\u{feff}\\u{9b}2J"),
        "{table}"
    );
    assert_no_raw("actions", &table);
    for format in ["human", "short", "github", "json"] {
        let (code, out, err) = run(&repo, &["check", "--format", format]);
        assert_eq!(code, 1, "{format}");
        assert_no_raw(format, &out);
        assert_no_raw(format, &err);
    }
    let (_, json, _) = run(&repo, &["check", "--format", "json"]);
    assert!(json.contains("x\\u202elmth.toml"), "{json}");
    let (_, json, _) = run(&repo, &["actions", "--format", "json"]);
    assert!(
        json.contains("abc\\u202edef\\u200b\\u2028\\ufeff\\u009b2J"),
        "{json}"
    );
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("still JSON");
    assert!(
        parsed.to_string().contains('\u{202e}'),
        "the data is unchanged"
    );
}

#[test]
fn what_the_user_typed_is_echoed_escaped() {
    let repo = Repo::data_copy();
    for args in [
        &["explain", "\u{1b}]0;owned\u{7}"][..],
        &["actions", "--commune", "\u{1b}[2J"],
        &["actions", "--lead", "\u{1b}[2J"],
        &["--lang", "fr", "actions", "--commune", "\u{202e}x"],
        &["fte", "--commune", "\u{9b}2J"],
        &["actions", "--due-before", "\u{1b}[2J"],
        &["--lang", "fr", "actions", "--due-before", "\u{1b}[2J"],
        &["status", "--bogus\u{1b}[2J"],
    ] {
        let (code, out, err) = run(&repo, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_no_raw(&format!("{args:?}"), &out);
        assert_no_raw(&format!("{args:?}"), &err);
        assert!(
            err.contains("\\u{"),
            "{args:?} shows what was typed, escaped: {err}"
        );
    }
}

#[test]
fn a_huge_title_costs_a_table_no_more_than_a_long_one() {
    let repo = Repo::data_copy();
    let long = "mot ".repeat(250); // 1 KB
    repo.edit(ACTION, TITLE, long.trim());
    let (_, with_long, _) = run(&repo, &["actions"]);
    let repo = Repo::data_copy();
    let huge = "mot ".repeat(250_000); // 1 MB, many words: the costly case
    repo.edit(ACTION, TITLE, huge.trim());
    let (code, with_huge, _) = run(&repo, &["actions"]);
    assert_eq!(code, 0);
    // The cell is cut before the table is laid out: the same table, the
    // same work, whatever the length past the cut.
    assert_eq!(with_huge, with_long);
    assert!(with_huge.contains('…'), "{with_huge}");
    assert!(with_huge.len() < 10_000, "{} bytes", with_huge.len());
    // JSON keeps the whole text.
    let (_, json, _) = run(&repo, &["actions", "--format", "json"]);
    assert!(json.contains(huge.trim()));
}
