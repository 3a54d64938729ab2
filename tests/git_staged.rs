//! `check --staged` and the hook in folders git and users make hard: names
//! that are not UTF-8, runs that are killed, merges left half done.

#![cfg(unix)]

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

use crate::support::{git, git_ok, git_repo_at as repo_at};

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

/// The `ctg-staged-*` folders in `tmp`.
fn leftovers(tmp: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(tmp)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name()
                .and_then(OsStr::to_str)
                .is_some_and(|name| name.starts_with("ctg-staged-"))
        })
        .collect()
}

/// A run killed while it checks (here, while git writes the index out) leaves
/// its temporary folder behind; the next run removes it.
#[cfg(target_os = "linux")]
#[test]
fn a_killed_run_leaves_no_temporary_folder_for_long() {
    let tmp = tempfile::tempdir().unwrap();
    let temp = tmp.path().join("temp");
    std::fs::create_dir(&temp).unwrap();
    let root = tmp.path().join("repo");
    repo_at(&root, &root);
    // A git that writes the index out, then hangs: the run is killed there.
    let real = String::from_utf8(
        std::process::Command::new("sh")
            .args(["-c", "command -v git"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let bin = tmp.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let hung = tmp.path().join("hung");
    let fake = bin.join("git");
    std::fs::write(
        &fake,
        format!(
            "#!/bin/sh\n'{real}' \"$@\" || exit $?\n\
             case \" $* \" in *\" checkout-index \"*)\n\
             echo $$ > '{hung}.tmp'; mv '{hung}.tmp' '{hung}'; exec sleep 60;;\n\
             esac\n",
            real = real.trim(),
            hung = hung.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let mut run = std::process::Command::new(assert_cmd::cargo::cargo_bin("ctg"))
        .env_remove("CTG_DIR")
        .env("TMPDIR", &temp)
        .env("PATH", path)
        .arg("--dir")
        .arg(&root)
        .args(["check", "--staged"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while !hung.exists() {
        assert!(start.elapsed().as_secs() < 60, "git never hung");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    run.kill().unwrap();
    run.wait().unwrap();
    let sleeper = std::fs::read_to_string(&hung).unwrap();
    std::process::Command::new("kill")
        .args(["-9", sleeper.trim()])
        .status()
        .unwrap();
    assert_eq!(leftovers(&temp).len(), 1, "the killed run left its folder");
    // The next run cleans up after it, and after itself.
    assert_eq!(staged(&temp, &root), (0, String::new(), String::new()));
    assert_eq!(leftovers(&temp), Vec::<PathBuf>::new());
}

/// A folder of a run that still goes on is left alone.
#[cfg(target_os = "linux")]
#[test]
fn the_folder_of_a_live_run_is_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let temp = tmp.path().join("temp");
    // This test's own process stands for a run that goes on.
    let live = temp.join(format!("ctg-staged-{}-AbCdEf", std::process::id()));
    std::fs::create_dir_all(live.join("tree")).unwrap();
    let root = tmp.path().join("repo");
    repo_at(&root, &root);
    assert_eq!(staged(&temp, &root), (0, String::new(), String::new()));
    assert_eq!(leftovers(&temp), vec![live]);
}

/// The merge conflict of `copil.toml`: ours and theirs both add a line.
fn conflicted(top: &Path) {
    repo_at(top, top);
    let copil = top.join("copil.toml");
    let text = std::fs::read_to_string(&copil).unwrap();
    git_ok(top, &["checkout", "-q", "-b", "theirs"]);
    std::fs::write(&copil, format!("# theirs\n{text}")).unwrap();
    git_ok(top, &["commit", "-q", "-am", "theirs"]);
    git_ok(top, &["checkout", "-q", "-"]);
    std::fs::write(&copil, format!("# ours\n{text}")).unwrap();
    git_ok(top, &["commit", "-q", "-am", "ours"]);
    assert!(!git(top, &["merge", "-q", "theirs"]).status.success());
}

#[test]
fn a_merge_conflict_is_said_once_with_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("repo");
    conflicted(&root);
    assert_eq!(
        staged(tmp.path(), &root),
        (
            2,
            String::new(),
            "error: a merge is not finished: git's index holds conflicting versions of copil.toml, \
             so there is nothing to check yet\n  \
             help: finish the merge: in each of these files, keep the right lines between the \
             conflict markers (<<<<<<<, =======, >>>>>>>) and remove the markers, then `git add` \
             the file and check again (or give up the merge: `git merge --abort`)\n"
                .to_owned()
        )
    );
    let french = ctg(tmp.path())
        .args(["--lang", "fr", "--dir"])
        .arg(&root)
        .args(["check", "--staged"])
        .output()
        .unwrap();
    assert_eq!(french.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(french.stderr).unwrap(),
        "erreur : une fusion n'est pas terminée : l'index de git contient des versions en conflit \
         de copil.toml, il n'y a donc encore rien à vérifier\n  \
         aide : terminez la fusion : dans chacun de ces fichiers, gardez les bonnes lignes entre \
         les marques de conflit (<<<<<<<, =======, >>>>>>>) et retirez les marques, puis faites \
         `git add` sur le fichier et vérifiez de nouveau (ou renoncez à la fusion : \
         `git merge --abort`)\n"
    );
    // Once resolved and staged, the check runs.
    let copil = root.join("copil.toml");
    let text = std::fs::read_to_string(&copil).unwrap();
    let resolved: String = text
        .lines()
        .filter(|l| {
            !l.starts_with("<<<<<<<") && !l.starts_with("=======") && !l.starts_with(">>>>>>>")
        })
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&copil, resolved).unwrap();
    git_ok(&root, &["add", "copil.toml"]);
    assert_eq!(staged(tmp.path(), &root), (0, String::new(), String::new()));
}
