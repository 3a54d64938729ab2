//! What a person reads from `ctg check`, for every problem code, in both
//! languages: the human output of each code's example (the files
//! `ctg explain` shows, dropped into the sound repository `BASE`), as insta
//! snapshots. A change of wording, layout or position shows as a diff to
//! review (`cargo insta review`, or `INSTA_UPDATE=always cargo test` then
//! `git diff`).
//!
//! Codes whose example is a situation rather than files (an unreadable file,
//! a file too large, a link: nothing a file's text can show) have no
//! snapshot here; `tests/check.rs` makes each of them happen for real.

use std::path::Path;

use ctg_core::analysis::codes::{self, BASE};

fn write(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
}

/// `ctg check`'s stderr, stdout and status on BASE with `files` over it.
fn check(files: &[(&str, &str)], lang: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), BASE);
    write(dir.path(), files);
    let output = crate::support::ctg_process()
        .arg("--dir")
        .arg(dir.path())
        .args([
            "--at",
            "2026-06-15",
            "--color",
            "never",
            "--lang",
            lang,
            "check",
        ])
        .env_remove("CTG_DIR")
        .output()
        .unwrap();
    // Paths in the output are relative to the repository; the temporary
    // folder is redacted all the same, should one ever appear.
    let shown = |bytes: &[u8]| {
        String::from_utf8_lossy(bytes).replace(&dir.path().display().to_string(), "[REPO]")
    };
    format!(
        "status: {}\n--- stderr\n{}--- stdout\n{}",
        output.status.code().unwrap_or(-1),
        shown(&output.stderr),
        shown(&output.stdout)
    )
}

#[test]
fn every_code_as_a_person_reads_it() {
    let mut snapshotted = 0;
    for code in codes::ALL {
        let files = code.files();
        if files.is_empty() {
            continue;
        }
        for lang in ["en", "fr"] {
            let name = format!("{}-{lang}", code.as_str());
            insta::assert_snapshot!(name, check(files, lang));
        }
        snapshotted += 1;
    }
    // Every code but those no file can show.
    let situations = codes::ALL.iter().filter(|c| c.files().is_empty()).count();
    assert_eq!(snapshotted + situations, codes::ALL.len());
    assert!(snapshotted >= 18, "{snapshotted} codes snapshotted");
}
