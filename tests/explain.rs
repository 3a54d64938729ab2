//! `ctg explain`: every code is explained in both languages, and every
//! example really produces its code when checked.

use std::path::Path;

use assert_cmd::Command;
use ctg_core::analysis::codes::{self, BASE};
use ctg_core::rules::actions::OVERDUE;

const AT: &str = "2026-06-15";

fn ctg() -> Command {
    let mut cmd = crate::support::ctg();
    cmd.env_remove("CTG_DIR")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
    cmd
}

fn write(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
}

/// The codes `ctg check --format json` reports for the repository at `root`.
fn codes(root: &Path) -> Vec<String> {
    let out = ctg()
        .args(["--at", AT, "--dir"])
        .arg(root)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

fn base() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), BASE);
    dir
}

#[test]
fn the_base_repository_is_clean() {
    let dir = base();
    assert_eq!(codes(dir.path()), Vec::<String>::new());
}

#[test]
fn every_example_produces_its_code() {
    for code in codes::ALL {
        let files = code.files();
        if files.is_empty() {
            continue;
        }
        let dir = base();
        write(dir.path(), files);
        let found = codes(dir.path());
        assert!(
            found.iter().any(|c| c == code.as_str()),
            "the example of {code} gives {found:?}"
        );
    }
}

#[test]
fn only_codes_that_no_text_can_show_lack_an_example() {
    let without: Vec<&str> = codes::ALL
        .iter()
        .filter(|c| c.files().is_empty())
        .map(|c| c.as_str())
        .collect();
    assert_eq!(
        without,
        [
            "file-too-large",
            "unreadable-file",
            "skipped-file",
            "officer-deleted"
        ]
    );
}

#[test]
fn the_described_examples_produce_their_code_too() {
    // file-too-large: over 10 MB.
    let dir = base();
    let big = "# x\n".repeat(3 * 1024 * 1024);
    std::fs::write(dir.path().join("officers/export.toml"), big).unwrap();
    assert!(codes(dir.path()).contains(&"file-too-large".to_owned()));
    // skipped-file: a link out of the repository.
    #[cfg(unix)]
    {
        let dir = base();
        let outside = tempfile::NamedTempFile::new().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("officers/luc-martin.toml"))
            .unwrap();
        assert!(codes(dir.path()).contains(&"skipped-file".to_owned()));
    }
    // unreadable-file cannot be produced here: tests may run as root, who reads everything.
}

#[test]
fn every_code_is_explained_in_both_languages() {
    for code in codes::ALL {
        let mut texts = Vec::new();
        for lang in ["en", "fr"] {
            let out = ctg()
                .args(["--lang", lang, "explain", code.as_str()])
                .assert()
                .success();
            let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
            let colon = if lang == "fr" { " : " } else { ": " };
            assert!(text.starts_with(&format!("{code}{colon}")), "{text}");
            for (path, _) in code.files() {
                assert!(text.contains(path), "{code} in {lang} does not name {path}");
            }
            texts.push(text);
        }
        assert_ne!(texts[0], texts[1], "{code}");
        assert!(texts[0].contains("What it means:") && texts[0].contains("How to fix it:"));
        assert!(
            texts[1].contains("Ce que cela signifie :") && texts[1].contains("Comment corriger :")
        );
    }
}

#[test]
fn an_explanation_shows_the_example_file() {
    let out = ctg()
        .args(["--lang", "en", "explain", "unknown-reference"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("unknown-reference: an error: ctg check fails (exit 1)"),
        "{text}"
    );
    assert!(text.contains("  in actions/pe-02.toml:\n    title = \"Relais petite enfance\"\n    commission = \"petite-enfant\"\n"), "{text}");
}

#[test]
fn an_unknown_code_exits_2_with_the_list() {
    let out = ctg()
        .args(["--lang", "en", "explain", "overdu"])
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.starts_with("error: no problem code is named `overdu`\n"),
        "{err}"
    );
    for code in codes::ALL {
        assert!(err.contains(code.as_str()), "{code} missing from {err}");
    }
}

#[test]
fn without_a_code_every_code_is_listed() {
    let out = ctg().args(["--lang", "fr", "explain"]).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.starts_with("Codes de problème"), "{text}");
    for code in codes::ALL {
        assert!(text.contains(&format!("  {code} ")), "{code}");
    }
}

#[test]
fn explain_needs_no_repository() {
    let empty = tempfile::tempdir().unwrap();
    ctg()
        .current_dir(empty.path())
        .args(["explain", "overdue"])
        .assert()
        .success();
}

#[test]
fn human_check_output_names_ctg_explain() {
    let dir = base();
    write(dir.path(), OVERDUE.files());
    let out = ctg()
        .args(["--at", AT, "--lang", "en", "--color", "never", "--dir"])
        .arg(dir.path())
        .arg("check")
        .assert()
        .success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("= note: for more, run `ctg explain overdue`"),
        "{err}"
    );
    let out = ctg()
        .args(["--at", AT, "--lang", "fr", "--color", "never", "--dir"])
        .arg(dir.path())
        .arg("check")
        .assert()
        .success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("= remarque : pour en savoir plus : `ctg explain overdue`"),
        "{err}"
    );
}

#[test]
fn explain_speaks_the_language_of_the_repository_it_runs_in() {
    let dir = base();
    let copil = dir.path().join("copil.toml");
    let text = std::fs::read_to_string(&copil).unwrap();
    std::fs::write(
        &copil,
        text.replace("communes = [", "language = \"fr\"\ncommunes = ["),
    )
    .unwrap();
    let out = ctg()
        .current_dir(dir.path())
        .args(["explain", "overdue"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.starts_with("overdue : un avertissement (ctg check réussit, sauf avec --strict)\n"),
        "{text}"
    );
    let out = ctg()
        .current_dir(dir.path())
        .args(["--lang", "en", "explain", "overdue"])
        .assert()
        .success();
    assert!(
        String::from_utf8(out.get_output().stdout.clone())
            .unwrap()
            .starts_with("overdue: a warning")
    );
}
