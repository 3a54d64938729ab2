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
    let mut cmd = crate::support::ctg();
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

/// Every file under `dir`, `.git` included, with its bytes and mode: what
/// must be the same before and after a read-only run.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>, u32)> {
    use std::os::unix::fs::MetadataExt;
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.unwrap())
        .map(|entry| {
            let meta = entry.path().symlink_metadata().unwrap();
            let bytes = if meta.is_file() {
                std::fs::read(entry.path()).unwrap()
            } else {
                Vec::new()
            };
            (entry.path().to_path_buf(), bytes, meta.mode())
        })
        .collect();
    files.sort();
    files
}

/// `check --staged` reads the index from git's store and the work tree: it
/// writes nothing, neither in the repository (work tree and `.git`) nor in
/// the temporary folder, whatever is staged, unstaged, untracked or deleted.
#[test]
fn staged_writes_nothing_anywhere() {
    let tmp = tempfile::tempdir().unwrap();
    let temp = tmp.path().join("temp");
    std::fs::create_dir(&temp).unwrap();
    let root = tmp.path().join("repo");
    repo_at(&root, &root);
    // Staged and then edited again; staged only; untracked; deleted from the
    // work tree but still in the index.
    let officer = root.join("officers/marie-dupont.toml");
    std::fs::write(&officer, BAD_FTE).unwrap();
    git_ok(&root, &["add", "."]);
    let good = BAD_FTE.replace("1.5", "0.5");
    std::fs::write(&officer, &good).unwrap();
    std::fs::write(root.join("officers/draft.toml"), "name = \"Draft\"\n[[").unwrap();
    let action = std::fs::read_dir(root.join("actions"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::remove_file(&action).unwrap();
    // git refreshes its index's cached file times on its own; once that is
    // done, nothing may change.
    git_ok(&root, &["status", "--porcelain"]);
    let before = snapshot(&root);
    let (code, out, _) = staged(&temp, &root);
    // The staged version is checked: the bad FTE, not the draft nor the edit.
    assert_eq!(code, 1, "{out}");
    assert!(
        out.starts_with("officers/marie-dupont.toml:5:7: error[invalid-value]"),
        "{out}"
    );
    assert!(!out.contains("draft.toml"), "{out}");
    assert_eq!(snapshot(&root), before, "the repository changed");
    assert_eq!(
        std::fs::read_dir(&temp).unwrap().count(),
        0,
        "a temporary file was left"
    );
}

/// A file deleted from the work tree but still staged is checked as staged,
/// read from git's store.
#[test]
fn staged_reads_a_file_deleted_from_the_work_tree() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("repo");
    repo_at(&root, &root);
    let officer = root.join("officers/marie-dupont.toml");
    std::fs::write(&officer, BAD_FTE).unwrap();
    git_ok(&root, &["add", "."]);
    std::fs::remove_file(&officer).unwrap();
    let (code, out, _) = staged(tmp.path(), &root);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.starts_with("officers/marie-dupont.toml:5:7: error[invalid-value]"),
        "{out}"
    );
}

/// A staged symbolic link is read as the staged file it names, as `check`
/// reads a link in the work tree; one leaving the repository is skipped.
#[test]
fn staged_links_are_read_as_their_target() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("repo");
    repo_at(&root, &root);
    std::fs::create_dir_all(root.join("shared")).unwrap();
    std::fs::write(root.join("shared/marie.txt"), BAD_FTE).unwrap();
    std::os::unix::fs::symlink(
        "../shared/marie.txt",
        root.join("officers/linked-marie.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink("/etc/hostname", root.join("officers/outside.toml")).unwrap();
    git_ok(&root, &["add", "."]);
    let (code, out, _) = staged(tmp.path(), &root);
    let plain = ctg(tmp.path())
        .args(["--at", AT, "--dir"])
        .arg(&root)
        .args(["check", "--format", "short"])
        .output()
        .unwrap();
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("officers/linked-marie.toml:5:7: error[invalid-value]"),
        "{out}"
    );
    assert!(
        out.contains("officers/outside.toml:1:1: warning[skipped-file]"),
        "{out}"
    );
    assert_eq!(out, String::from_utf8(plain.stdout).unwrap());
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

/// `ctg --at AT --color never --lang en ARGS` run in `cwd`, as git runs a
/// hook there: `GIT_DIR` set (absolute), no `GIT_WORK_TREE`.
fn as_hook(tmp: &Path, cwd: &Path, git_dir: &str, args: &[&str]) -> (i32, String, String) {
    let out = ctg(tmp)
        .current_dir(cwd)
        .env("GIT_DIR", git_dir)
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .args(["--at", AT, "--color", "never", "--lang", "en"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The hook in a linked worktree (`git worktree add`) with the CTG root in
/// a folder: git runs it at the worktree's top with `GIT_DIR` pointing into
/// the main repository's `.git/worktrees/`, and no `GIT_WORK_TREE`.
#[test]
fn the_hook_works_in_a_linked_worktree_with_the_root_in_a_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let top = tmp.path().join("main");
    repo_at(&top, &top.join("sub"));
    ctg(tmp.path())
        .arg("--dir")
        .arg(top.join("sub"))
        .args(["hook", "install"])
        .assert()
        .code(0);
    let worktree = tmp.path().join("linked");
    git_ok(&top, &["worktree", "add", "-q", worktree.to_str().unwrap()]);
    let out = git(&worktree, &["rev-parse", "--absolute-git-dir"]);
    assert!(out.status.success(), "{out:?}");
    let git_dir = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert!(git_dir.contains("/worktrees/"), "{git_dir}");

    // A sound change, staged in the linked worktree.
    let officer = worktree.join("sub/officers/marie-dupont.toml");
    let good = std::fs::read(&officer).unwrap();
    std::fs::write(&officer, [&good[..], b"# reviewed\n"].concat()).unwrap();
    git_ok(&worktree, &["add", "."]);
    let check = ["--dir", "sub", "check", "--staged", "--format", "short"];
    assert_eq!(
        as_hook(tmp.path(), &worktree, &git_dir, &check),
        (0, String::new(), String::new())
    );
    git_ok(&worktree, &["commit", "-q", "-m", "good"]);

    // A bad one: the worktree's own index is the one checked.
    std::fs::write(&officer, BAD_FTE).unwrap();
    git_ok(&worktree, &["add", "."]);
    let (code, out, _) = as_hook(tmp.path(), &worktree, &git_dir, &check);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.starts_with("officers/marie-dupont.toml:5:7: error[invalid-value]"),
        "{out}"
    );
    let refused = git(&worktree, &["commit", "-q", "-m", "bad"]);
    assert!(!refused.status.success(), "the bad commit went through");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("`fte` = 1.5 is out of range"), "{said}");
}

/// In a sparse checkout, the staged actions absent from the work tree are
/// read from git: the findings are those of the full checkout.
#[test]
fn staged_reads_what_a_sparse_checkout_leaves_out() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("repo");
    repo_at(&root, &root);
    assert_eq!(staged(tmp.path(), &root), (0, String::new(), String::new()));
    git_ok(
        &root,
        &["sparse-checkout", "set", "--no-cone", "/*", "!/actions/"],
    );
    assert!(
        !root.join("actions").exists(),
        "actions/ left the work tree"
    );
    assert_eq!(staged(tmp.path(), &root), (0, String::new(), String::new()));
    // And a bad action, staged without being checked out, is found.
    let action = git(&root, &["show", "HEAD:actions/pe-01.toml"]);
    let broken = String::from_utf8(action.stdout)
        .unwrap()
        .replace("status = \"in-progress\"", "status = \"ongoing\"");
    let object = std::process::Command::new("git")
        .arg("-C")
        .arg(&root)
        .args(["hash-object", "-w", "--stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(broken.as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    let id = String::from_utf8(object.stdout).unwrap().trim().to_owned();
    git_ok(
        &root,
        &[
            "update-index",
            "--cacheinfo",
            &format!("100644,{id},actions/pe-01.toml"),
        ],
    );
    let (code, out, _) = staged(tmp.path(), &root);
    assert_eq!(code, 1, "{out}");
    assert!(out.starts_with("actions/pe-01.toml:3:10: error["), "{out}");
}

/// A file marked `--assume-unchanged` and edited since: its staged version
/// is the one checked, not the work tree's.
#[test]
fn staged_checks_the_index_of_an_assume_unchanged_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("repo");
    repo_at(&root, &root);
    git_ok(
        &root,
        &[
            "update-index",
            "--assume-unchanged",
            "officers/marie-dupont.toml",
        ],
    );
    let officer = root.join("officers/marie-dupont.toml");
    let good = std::fs::read_to_string(&officer).unwrap();
    std::fs::write(&officer, format!("{good}garbage = = =\n")).unwrap();
    assert_eq!(staged(tmp.path(), &root), (0, String::new(), String::new()));
}

/// A file added with `git add -N` (intent to add) has nothing staged: the
/// commit will not hold it, so the check passes it over.
#[test]
fn staged_ignores_an_intent_to_add_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("repo");
    repo_at(&root, &root);
    std::fs::write(
        root.join("officers/new-person.toml"),
        BAD_FTE.replace("Marie Dupont", "New Person"),
    )
    .unwrap();
    git_ok(&root, &["add", "-N", "officers/new-person.toml"]);
    assert_eq!(staged(tmp.path(), &root), (0, String::new(), String::new()));
}

/// An officer with two assignments, committed beside the base repository.
const LUC: &str = "name = \"Luc Martin\"\ncaf_cofunded = false\n\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.2\nstart = 2025-01-01\nend = 2025-12-31\n\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.3\nstart = 2026-01-01\n";

/// A repository (at the top, and in a folder of it) with `officers/luc-martin.toml`
/// committed: the top, and the CTG root.
fn with_luc(tmp: &Path) -> Vec<(PathBuf, PathBuf)> {
    let whole = tmp.join("one");
    let top = tmp.join("two");
    let sub = top.join("ctg");
    let layouts = vec![(whole.clone(), whole), (top, sub)];
    for (top, root) in &layouts {
        repo_at(top, root);
        std::fs::write(root.join("officers/luc-martin.toml"), LUC).unwrap();
        git_ok(top, &["add", "."]);
        git_ok(top, &["commit", "-q", "-m", "Luc"]);
    }
    layouts
}

/// #12 item 12: deleting an officer's file that had assignments is said
/// by `check --staged` (a warning: the commit may go on), with how to keep
/// the history; in English and in French.
#[test]
fn a_staged_deletion_of_an_officer_with_assignments_is_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    for (top, root) in with_luc(tmp.path()) {
        git_ok(&root, &["rm", "-q", "officers/luc-martin.toml"]);
        let (code, out, err) = staged(tmp.path(), &root);
        assert_eq!(code, 0, "{out}{err}");
        assert_eq!(
            out,
            "officers/luc-martin.toml:1:1: warning[officer-deleted]: this officer's file, with their 2 assignments, is deleted: their FTE leaves every figure, past years included\n",
            "{top:?}"
        );
        let json = ctg(tmp.path())
            .args(["--at", AT, "--dir"])
            .arg(&root)
            .args(["check", "--staged", "--format", "json"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        assert_eq!(
            json["diagnostics"][0]["hint"],
            "to keep the history, keep the file and set `end =` on their assignments (the day they left); `git restore --staged --worktree` on this file undoes the deletion"
        );
        let fr = ctg(tmp.path())
            .args(["--at", AT, "--lang", "fr", "--dir"])
            .arg(&root)
            .args(["check", "--staged", "--format", "short"])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8(fr.stdout).unwrap(),
            "officers/luc-martin.toml:1:1: avertissement[officer-deleted] : le fichier de ce chargé de coopération est supprimé, avec ses 2 affectations : ses ETP disparaissent de tous les chiffres, années passées comprises\n"
        );
        // `--strict` (a hook that refuses warnings) stops the commit.
        let strict = ctg(tmp.path())
            .args(["--at", AT, "--dir"])
            .arg(&root)
            .args(["check", "--staged", "--strict", "--format", "short"])
            .output()
            .unwrap();
        assert_eq!(strict.status.code(), Some(1));
    }
}

/// A rename is no deletion, an unstaged deletion is not the commit's, and
/// a file of another kind has no FTE history: none is said.
#[test]
fn a_renamed_officer_or_another_deleted_file_is_not_said() {
    let tmp = tempfile::tempdir().unwrap();
    for (top, root) in with_luc(tmp.path()) {
        git_ok(
            &root,
            &[
                "mv",
                "officers/luc-martin.toml",
                "officers/luc-martin-2.toml",
            ],
        );
        let (code, out, err) = staged(tmp.path(), &root);
        assert_eq!((code, out.as_str()), (0, ""), "{top:?} {err}");
        git_ok(
            &root,
            &[
                "mv",
                "officers/luc-martin-2.toml",
                "officers/luc-martin.toml",
            ],
        );
        // Deleted from the work tree only: the commit keeps it.
        std::fs::remove_file(root.join("officers/luc-martin.toml")).unwrap();
        let (code, out, _) = staged(tmp.path(), &root);
        assert_eq!((code, out.as_str()), (0, ""), "{top:?}");
        git_ok(&root, &["checkout", "--", "officers/luc-martin.toml"]);
        // An action's file: no FTE of its own.
        std::fs::write(
            root.join("actions/pe-02.toml"),
            ctg_core::analysis::codes::BASE
                .iter()
                .find(|(p, _)| *p == "actions/pe-01.toml")
                .unwrap()
                .1,
        )
        .unwrap();
        git_ok(&top, &["add", "."]);
        git_ok(&top, &["commit", "-q", "-m", "pe-02"]);
        git_ok(&root, &["rm", "-q", "actions/pe-02.toml"]);
        let (code, out, _) = staged(tmp.path(), &root);
        assert_eq!((code, out.as_str()), (0, ""), "{top:?}");
    }
}
