//! `check --staged` and the hook in folders git and users make hard: names
//! that are not UTF-8, runs that are killed, merges left half done.

#![cfg(unix)]

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

const AT: &str = "2026-06-15";

const BAD_FTE: &str = "name = \"Marie Dupont\"\n\n[[assignment]]\ncommune = \"Istres\"\nfte = 1.5\nstart = 2025-01-01\n";

/// `café` in Latin-1: a folder name that is not UTF-8.
fn latin1_cafe() -> &'static OsStr {
    OsStr::from_bytes(b"caf\xe9")
}

fn ctg(tmp: &Path) -> Command {
    let mut cmd = Command::cargo_bin("ctg").unwrap();
    cmd.env_remove("CTG_DIR").env("TMPDIR", tmp);
    cmd
}

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        // The hook must find ctg where it was installed from, not on the PATH.
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env_remove("CTG_DIR")
        .output()
        .unwrap()
}

fn git_ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A git repository at `top`, with a sound CTG repository at `root` (`top`
/// or a folder under it), staged and committed.
fn repo_at(top: &Path, root: &Path) {
    std::fs::create_dir_all(top).unwrap();
    git_ok(top, &["init", "-q"]);
    git_ok(top, &["config", "user.name", "Test"]);
    git_ok(top, &["config", "user.email", "test@example.org"]);
    git_ok(top, &["config", "commit.gpgsign", "false"]);
    for (path, text) in ctg_core::analysis::codes::BASE {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    git_ok(top, &["add", "."]);
    git_ok(top, &["commit", "-q", "-m", "CTG"]);
}

/// `ctg check --staged --format short` on `root`: exit status, stdout, stderr.
fn staged(tmp: &Path, root: &Path) -> (i32, String, String) {
    let out = ctg(tmp)
        .args(["--at", AT, "--dir"])
        .arg(root)
        .args(["check", "--staged", "--format", "short"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The layouts where a folder's name is not UTF-8: the repository itself,
/// and a CTG root in a folder of the repository.
fn layouts(tmp: &Path) -> Vec<(PathBuf, PathBuf)> {
    let whole = tmp.join("one").join(latin1_cafe());
    let top = tmp.join("two");
    let sub = top.join(latin1_cafe()).join("ctg");
    vec![(whole.clone(), whole), (top, sub)]
}

#[test]
fn staged_works_in_a_folder_whose_name_is_not_utf8() {
    let tmp = tempfile::tempdir().unwrap();
    for (top, root) in layouts(tmp.path()) {
        repo_at(&top, &root);
        assert_eq!(
            staged(tmp.path(), &root),
            (0, String::new(), String::new()),
            "{}",
            root.display()
        );
        std::fs::write(root.join("officers/marie-dupont.toml"), BAD_FTE).unwrap();
        git_ok(&top, &["add", "."]);
        let (code, out, _) = staged(tmp.path(), &root);
        assert_eq!(code, 1, "{}", root.display());
        assert!(
            out.starts_with("officers/marie-dupont.toml:5:7: error[invalid-value]"),
            "{out}"
        );
    }
}

#[test]
fn the_hook_guards_commits_in_a_folder_whose_name_is_not_utf8() {
    let tmp = tempfile::tempdir().unwrap();
    for (top, root) in layouts(tmp.path()) {
        repo_at(&top, &root);
        ctg(tmp.path())
            .arg("--dir")
            .arg(&root)
            .args(["hook", "install"])
            .assert()
            .code(0);
        let hook = std::fs::read(top.join(".git/hooks/pre-commit")).unwrap();
        // The hook names the CTG root relative to the top, where git runs it.
        let relative = root.strip_prefix(&top).unwrap().as_os_str();
        if !relative.is_empty() {
            let needle = [b"--dir '", relative.as_bytes(), b"'"].concat();
            assert!(hook.windows(needle.len()).any(|w| w == needle));
        }
        let officer = root.join("officers/marie-dupont.toml");
        let good = std::fs::read(&officer).unwrap();
        std::fs::write(&officer, BAD_FTE).unwrap();
        git_ok(&top, &["add", "."]);
        let refused = git(&top, &["commit", "-q", "-m", "bad"]);
        assert!(
            !refused.status.success(),
            "the bad commit went through in {}",
            root.display()
        );
        let said = String::from_utf8_lossy(&refused.stderr);
        assert!(said.contains("`fte` = 1.5 is out of range"), "{said}");
        // A sound change (a comment) goes through.
        std::fs::write(&officer, [&good[..], b"# reviewed\n"].concat()).unwrap();
        git_ok(&top, &["add", "."]);
        git_ok(&top, &["commit", "-q", "-m", "good"]);
    }
}
