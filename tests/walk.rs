//! Nothing passed over without a word (#10, item 14): a record whose
//! extension is not in lowercase is a stray file, a kind's folder that is a
//! symbolic link is said once; hidden files stay ignored, as documented.

#![cfg(unix)]

use crate::support::Repo;

#[test]
fn an_uppercase_extension_is_said_and_a_hidden_file_is_not() {
    let repo = Repo::data_copy();
    let text =
        std::fs::read_to_string(repo.path().join("actions/par-01-laep-itinerant.toml")).unwrap();
    repo.file("actions/par-04.TOML", &text);
    repo.file("actions/.draft.toml", "this is not = TOML [");
    let run = repo.ctg(&["--lang", "en", "check", "--format", "short"]);
    assert_eq!(run.code, 0, "warnings only: {}", run.stdout);
    // The first line is data/'s one warning on purpose (data/README.md).
    assert_eq!(
        run.stdout,
        "actions/ad-02-ateliers-numeriques.toml:13:6: warning[indicator-stale]: indicator `seances-ateliers` was last measured on 2026-03-31, more than 3 months ago\n\
         actions/par-04.TOML:1:1: warning[stray-file]: ctg reads only names ending in `.toml`, in lowercase; this file is ignored\n"
    );
    let human = repo.ctg(&["--lang", "fr", "check"]);
    assert!(
        human.stderr.contains("renommez-le `actions/par-04.toml`"),
        "{}",
        human.stderr
    );
}

#[test]
fn a_linked_kind_folder_is_said_once() {
    let repo = Repo::data_copy();
    let elsewhere = tempfile::tempdir().unwrap();
    let commissions = repo.path().join("commissions");
    std::fs::rename(&commissions, elsewhere.path().join("c")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path().join("c"), &commissions).unwrap();
    let run = repo.ctg(&["--lang", "en", "check", "--format", "short"]);
    assert_eq!(run.code, 1, "its records are missing: {}", run.stdout);
    let skipped: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("skipped-file"))
        .collect();
    assert_eq!(
        skipped,
        ["commissions:1:1: warning[skipped-file]: symbolic link to a folder; it was not followed"]
    );
}
