//! Nothing written half, nothing written through a link (#10, items 3 to 5):
//! every command that writes a file (`report -o`, `new`, `init`, `schema
//! --out`, `hook install`) writes a temporary file and renames it into place,
//! replaces a link rather than follow it, and `-o -` is standard output.

#![cfg(unix)]

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{ClearedEnv, Repo};

fn ctg_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_ctg"))
}

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    crate::support::ctg_process()
        .arg("--dir")
        .arg(dir)
        .args(["--at", "2026-11-28"])
        .args(args)
        .env_remove("CTG_DIR")
        .output()
        .expect("run ctg")
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read a folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

#[test]
fn a_write_cut_short_leaves_the_old_report_whole_and_no_debris() {
    let repo = Repo::data_copy();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("rapport.html");
    assert_eq!(run(repo.path(), &["report", "-o"]).status.code(), Some(2));
    let first = run(repo.path(), &["report", "-o", report.to_str().unwrap()]);
    assert_eq!(first.status.code(), Some(0), "{first:?}");
    let good = std::fs::read(&report).unwrap();
    assert!(good.len() > 8 * 1024, "a report of {} bytes", good.len());
    // A file size limit of 4 KiB makes every larger write fail (EFBIG, with
    // SIGXFSZ ignored), as a full disk would, halfway through the file.
    let script = r#"trap '' XFSZ; ulimit -f 8; exec "$0" --dir "$1" --at 2026-11-28 --lang en report --year 2025 -o "$2" --force"#;
    let cut = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(ctg_bin())
        .arg(repo.path())
        .arg(&report)
        .cleared_env()
        .output()
        .unwrap();
    assert_eq!(cut.status.code(), Some(2), "{cut:?}");
    assert!(
        String::from_utf8_lossy(&cut.stderr).contains("cannot write"),
        "{cut:?}"
    );
    assert_eq!(
        std::fs::read(&report).unwrap(),
        good,
        "the old report is whole"
    );
    assert_eq!(
        names(out.path()),
        ["rapport.html"],
        "no temporary file left"
    );
}

#[test]
fn force_replaces_a_link_in_the_repository_never_the_file_it_points_to() {
    let repo = Repo::data_copy();
    let outside = tempfile::tempdir().unwrap();
    let precious = outside.path().join("precious.toml");
    std::fs::write(&precious, "keep = true\n").unwrap();
    let link = repo.path().join("actions/x.toml");
    symlink(&precious, &link).unwrap();
    let refused = run(repo.path(), &["new", "action", "x"]);
    assert_eq!(refused.status.code(), Some(2));
    let forced = run(repo.path(), &["new", "action", "x", "--force"]);
    assert_eq!(forced.status.code(), Some(0), "{forced:?}");
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "keep = true\n");
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_file(), "the link itself was replaced");
    assert!(std::fs::read_to_string(&link).unwrap().contains("title"));
    // A dangling link: replaced, its target never created.
    let nowhere = outside.path().join("nowhere.toml");
    let dangling = repo.path().join("actions/y.toml");
    symlink(&nowhere, &dangling).unwrap();
    let forced = run(repo.path(), &["new", "action", "y", "--force"]);
    assert_eq!(forced.status.code(), Some(0), "{forced:?}");
    assert!(!nowhere.exists());
}

#[test]
fn a_linked_kind_folder_is_never_written_through() {
    let repo = Repo::data_copy();
    let elsewhere = tempfile::tempdir().unwrap();
    let commissions = repo.path().join("commissions");
    std::fs::rename(&commissions, elsewhere.path().join("commissions")).unwrap();
    symlink(elsewhere.path().join("commissions"), &commissions).unwrap();
    let before = names(&elsewhere.path().join("commissions"));
    let out = run(repo.path(), &["--lang", "en", "new", "commission", "sport"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("symbolic link"), "{stderr}");
    assert_eq!(names(&elsewhere.path().join("commissions")), before);
}

#[test]
fn hook_install_force_replaces_a_linked_hook_and_leaves_its_target_alone() {
    let repo = Repo::data_copy();
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .arg("-C")
            .arg(repo.path())
            .args(args)
            .output()
            .expect("git");
        assert!(status.status.success(), "{status:?}");
    };
    git(&["init", "-q"]);
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("notes.txt");
    std::fs::write(&target, "my notes\n").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    let hook = repo.path().join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    symlink(&target, &hook).unwrap();
    let out = run(repo.path(), &["hook", "install", "--force"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "my notes\n");
    let mode = std::fs::metadata(&target).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o644, "the target was not made executable");
    let meta = std::fs::symlink_metadata(&hook).unwrap();
    assert!(meta.file_type().is_file());
    assert_eq!(meta.permissions().mode() & 0o111, 0o111, "the hook runs");
}

#[test]
fn dash_is_standard_output() {
    let repo = Repo::data_copy();
    let out = crate::support::ctg_process()
        .current_dir(repo.path())
        .args([
            "--at",
            "2026-11-28",
            "report",
            "--format",
            "markdown",
            "-o",
            "-",
        ])
        .env_remove("CTG_DIR")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<!-- generator: ctg report -->\n# "));
    assert!(!repo.path().join("-").exists(), "no file named -");
}

#[test]
fn schema_and_init_write_through_no_link_either() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let precious = outside.path().join("copil.toml");
    std::fs::write(&precious, "mine\n").unwrap();
    let root = dir.path().join("ctg");
    std::fs::create_dir_all(&root).unwrap();
    symlink(&precious, root.join("copil.toml")).unwrap();
    let out = crate::support::ctg_process()
        .args(["--at", "2026-11-28", "init", "--force"])
        .arg(&root)
        .env_remove("CTG_DIR")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "mine\n");
    let schemas = dir.path().join("schemas");
    std::fs::create_dir_all(&schemas).unwrap();
    let target = outside.path().join("copil.schema.json");
    std::fs::write(&target, "{}\n").unwrap();
    symlink(&target, schemas.join("copil.schema.json")).unwrap();
    let out = crate::support::ctg_process()
        .args(["schema", "--force", "--out"])
        .arg(&schemas)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "{}\n");
}
