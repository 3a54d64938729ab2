//! `ctg check --format github`: GitHub Actions workflow commands.

use std::path::Path;

use assert_cmd::Command;

fn ctg() -> Command {
    let mut cmd = crate::support::ctg();
    cmd.env_remove("CTG_DIR");
    cmd
}

fn write(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
}

fn github(root: &Path, lang: &str) -> (i32, String) {
    let out = ctg()
        .args(["--at", "2026-06-15", "--lang", lang, "--dir"])
        .arg(root)
        .args(["check", "--format", "github"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn errors_and_warnings_become_annotations_on_their_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ctg_core::analysis::codes::BASE);
    write(
        dir.path(),
        &[(
            "officers/marie-dupont.toml",
            "name = \"Marie Dupont\"\n\n[[assignment]]\ncommune = \"Istres\"\nfte = 1.5\nstart = 2025-01-01\n",
        )],
    );
    write(dir.path(), ctg_core::rules::actions::OVERDUE.files());
    let (code, out) = github(dir.path(), "en");
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "::warning file=actions/pe-01.toml,line=4,col=7,title=ctg overdue::overdue: due 2026-03-31, 76 days ago%0Ahelp: update `status` (done, paused, abandoned…) or move `due`\n\
         ::error file=officers/marie-dupont.toml,line=5,col=7,title=ctg invalid-value::`fte` = 1.5 is out of range: it must be above 0 and at most 1%0Ahelp: use a value above 0 and at most 1\n\
         ::warning file=officers/marie-dupont.toml,title=ctg not-checked::`fte-over-target`, `baseline-mismatch` not checked: officers/marie-dupont.toml has errors%0Ahelp: without those files the totals would be wrong; fix their errors and these rules run again\n"
    );
}

#[test]
fn a_clean_repository_prints_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ctg_core::analysis::codes::BASE);
    assert_eq!(github(dir.path(), "en"), (0, String::new()));
}

#[test]
fn properties_and_messages_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ctg_core::analysis::codes::BASE);
    // A file whose name holds a comma and a percent sign: an invalid id.
    write(
        dir.path(),
        &[(
            "commissions/a,b%c.toml",
            "name = \"x\"\nkind = \"thematic\"\nreferent = \"marie-dupont\"\n",
        )],
    );
    let (code, out) = github(dir.path(), "fr");
    assert_eq!(code, 1);
    let line = out.lines().find(|l| l.contains("invalid-id")).unwrap();
    assert!(
        line.starts_with("::error file=commissions/a%2Cb%25c.toml,title=ctg invalid-id::`a,b%25c` n'est pas un identifiant valide%0Aaide : "),
        "{line}"
    );
}

#[test]
fn escaping_follows_githubs_rules() {
    use ctg::render::check::{github_data, github_property};
    assert_eq!(
        github_data("50% done\r\nnext: a, b"),
        "50%25 done%0D%0Anext: a, b"
    );
    assert_eq!(github_property("a:b,c%d\ne"), "a%3Ab%2Cc%25d%0Ae");
}
