//! Every table and paragraph fits the screen: `COLUMNS` when set, else the
//! terminal's width, else (piped) 100 columns. Free text wraps at words;
//! a figure or a date is never split across lines, whatever the width.

use std::collections::BTreeSet;
use std::path::Path;

use textwrap::core::display_width;

use crate::support::{Repo, TODAY, ctg, data, git_ok, has_row};

/// Every view that prints a table or paragraphs sized to the screen.
const VIEWS: &[&[&str]] = &[
    &["status"],
    &["actions"],
    &["fte"],
    &["fte", "--by", "officer"],
    &["fte", "--history"],
    &["fte", "--commune", "port"],
    &["indicators"],
];

/// `ctg --dir DIR --at TODAY --lang LANG ARGS` with `COLUMNS` set (or not):
/// its stdout, after checking it ran to its end.
fn shown(dir: &Path, args: &[&str], lang: &str, columns: Option<usize>) -> String {
    let mut command = ctg();
    if let Some(columns) = columns {
        command.env("COLUMNS", columns.to_string());
    }
    let out = command
        .arg("--dir")
        .arg(dir)
        .args(["--at", TODAY, "--lang", lang, "--color", "never"])
        .args(args)
        .output()
        .expect("run ctg");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "ctg {args:?} at {columns:?}: {:?}\n{stderr}",
        out.status
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The figures and dates of a text: each run that starts with a digit and
/// goes on through digits and `, . / : -` (`0,2`, `31/12/2026`,
/// `2026-06-15`, `11-17`), as written.
fn figures(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        let goes_on = !run.is_empty() && matches!(c, ',' | '.' | '/' | ':' | '-');
        if c.is_ascii_digit() || goes_on {
            run.push(c);
        } else if !run.is_empty() {
            out.insert(std::mem::take(&mut run));
        }
    }
    out
}

/// No line of `text` is wider than `columns`, and every figure in it is
/// one the wide screen shows too: a figure split across lines would leave
/// a piece (`31/12/20`, `0,`) the wide screen never shows.
fn fits(text: &str, wide: &str, columns: usize, what: &str) {
    for line in text.lines() {
        assert!(
            display_width(line) <= columns,
            "{what} at {columns} columns, a line of {}:\n{line}\n\n{text}",
            display_width(line)
        );
    }
    let whole = figures(wide);
    for figure in figures(text) {
        assert!(
            whole.contains(&figure),
            "{what} at {columns} columns: `{figure}` is a piece of a figure split across lines:\n{text}"
        );
    }
}

#[test]
fn every_view_fits_60_80_and_100_columns_and_never_splits_a_figure() {
    for lang in ["en", "fr"] {
        for view in VIEWS {
            let what = format!("ctg {} --lang {lang}", view.join(" "));
            let wide = shown(&data(), view, lang, Some(400));
            assert!(
                !figures(&wide).is_empty(),
                "{what}: no figure at all\n{wide}"
            );
            for columns in [60, 80, 100] {
                let text = shown(&data(), view, lang, Some(columns));
                fits(&text, &wide, columns, &what);
            }
        }
    }
}

#[test]
fn the_changes_fit_the_width_too() {
    let repo = Repo::data_copy();
    let dir = repo.path();
    git_ok(dir, &["init", "-q"]);
    git_ok(dir, &["config", "user.name", "Test"]);
    git_ok(dir, &["config", "user.email", "test@example.org"]);
    git_ok(dir, &["config", "commit.gpgsign", "false"]);
    git_ok(dir, &["add", "-A"]);
    git_ok(dir, &["commit", "-q", "-m", "CTG"]);
    let action = dir.join("actions/pe-01-guichet-unique.toml");
    let text = std::fs::read_to_string(&action).unwrap();
    std::fs::write(&action, text.replace("progress = 60", "progress = 85")).unwrap();
    let view = ["changes", "--since", "HEAD"];
    for lang in ["en", "fr"] {
        let wide = shown(dir, &view, lang, Some(400));
        assert!(wide.contains("85"), "{wide}");
        for columns in [60, 80, 100] {
            let text = shown(dir, &view, lang, Some(columns));
            fits(&text, &wide, columns, &format!("ctg changes --lang {lang}"));
        }
    }
}

#[test]
fn piped_output_without_columns_is_100_columns_wide() {
    for view in VIEWS {
        let piped = shown(&data(), view, "fr", None);
        assert_eq!(
            piped,
            shown(&data(), view, "fr", Some(100)),
            "ctg {view:?} piped"
        );
    }
    // And a table as wide as the plan is does fill them.
    let actions = shown(&data(), &["actions"], "fr", None);
    let widest = actions.lines().map(display_width).max().unwrap();
    assert!((90..=100).contains(&widest), "{widest}:\n{actions}");
}

#[test]
fn a_table_too_wide_says_which_headers_it_shortened_and_which_columns_it_left_out() {
    // A plan with a baseline by commune: the table has all six columns.
    let by_commune = crate::support::Repo::data_by_commune();
    let fte = shown(by_commune.path(), &["fte"], "fr", Some(60));
    assert!(
        fte.contains("colonnes abrégées : Développement → Dév."),
        "{fte}"
    );
    assert!(
        has_row(
            &fte,
            &["Commune", "Existant", "Dév.", "Cible", "ETP", "Écart"]
        ),
        "{fte}"
    );
    assert!(
        has_row(&fte, &["Istres", "1,60", "+0,50", "2,10", "2,10", "0,00"]),
        "{fte}"
    );
    let officers = shown(&data(), &["fte", "--commune", "port"], "en", Some(60));
    assert!(
        officers.contains("columns left out: Missions"),
        "{officers}"
    );
    assert!(!officers.contains("Missions  "), "{officers}");
    // Wide enough, nothing is shortened nor left out.
    let wide = shown(&data(), &["fte", "--commune", "port"], "en", Some(100));
    assert!(
        wide.contains("Missions") && !wide.contains("left out"),
        "{wide}"
    );
}

#[test]
fn a_screen_too_narrow_for_the_plan_lists_each_action_with_its_title_under_it() {
    // At 100 columns (piped) as at 60, the ids and dates would leave the
    // titles a word a line: each action is a line of its figures, then
    // its title and commission, whole, indented.
    for columns in [60, 100] {
        let text = shown(&data(), &["actions"], "fr", Some(columns));
        let line = text
            .lines()
            .find(|l| l.starts_with("pe-01-guichet-unique "))
            .unwrap_or_else(|| panic!("{text}"));
        assert!(line.contains("30/06/2027"), "{text}");
        assert!(
            text.contains("\n    Mettre en place un guichet unique"),
            "{text}"
        );
        assert!(text.contains("(Petite enfance)"), "{text}");
    }
    // A screen wide enough keeps the table.
    let wide = shown(&data(), &["actions"], "fr", Some(200));
    assert!(wide.starts_with(" Id "), "{wide}");
}

#[test]
fn status_in_markdown_writes_the_fte_as_figures_not_a_bar() {
    let text = shown(&data(), &["status", "--format", "markdown"], "fr", None);
    assert!(!text.contains("[#"), "{text}");
    assert!(text.contains("\n3,80 / 3,80 ETP (100 %)\n"), "{text}");
    let text = shown(&data(), &["status", "--format", "markdown"], "en", None);
    assert!(text.contains("\n3.80 / 3.80 FTE (100%)\n"), "{text}");
}

#[test]
fn the_status_actions_table_names_commissions_as_the_commissions_table_does() {
    let text = shown(&data(), &["status"], "fr", Some(200));
    let actions = &text[text.find("\nACTIONS\n").expect("the ACTIONS section")..];
    assert!(
        has_row(
            actions,
            &[
                "Accès",
                "aux",
                "droits",
                "et",
                "inclusion",
                "numérique",
                "0",
                "2",
                "1",
                "0",
                "0"
            ]
        ),
        "{actions}"
    );
    assert!(!actions.contains(" acces-aux-droits "), "{actions}");
}
