//! Git integration, with real repositories: `ctg hook install` and `ctg check --staged`.

use std::path::Path;

use assert_cmd::Command;

use crate::support::{git, git_ok, git_repo_at};

const AT: &str = "2026-06-15";

fn ctg() -> Command {
    let mut cmd = crate::support::ctg();
    cmd.env_remove("CTG_DIR");
    cmd
}

/// A git repository holding a sound CTG repository, committed.
fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    git_repo_at(tmp.path(), tmp.path());
    tmp
}

/// An officer with `fte = 1.5`: the example of `invalid-value`, as
/// `ctg explain` shows it.
const BAD_FTE: &str = include_str!(
    "../crates/ctg-core/src/read/problems/examples/invalid-value/officers/marie-dupont.toml"
);

fn staged(root: &Path) -> (i32, String) {
    let out = ctg()
        .args(["--at", AT, "--dir"])
        .arg(root)
        .args(["check", "--staged", "--format", "short"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn staged_checks_the_index_not_the_work_tree() {
    let tmp = repo();
    let root = tmp.path();
    let officer = root.join("officers/marie-dupont.toml");
    let good = std::fs::read_to_string(&officer).unwrap();
    // Broken in the work tree only: what a commit would contain is sound.
    std::fs::write(&officer, BAD_FTE).unwrap();
    assert_eq!(staged(root), (0, String::new()));
    // Staged broken, then repaired in the work tree without staging: the commit would be broken.
    git_ok(root, &["add", "officers/marie-dupont.toml"]);
    std::fs::write(&officer, &good).unwrap();
    let (code, out) = staged(root);
    assert_eq!(code, 1);
    assert!(
        out.contains(
            "officers/marie-dupont.toml:5:7: error[invalid-value]: `fte` = 1.5 is out of range"
        ),
        "{out}"
    );
    // An unstaged new file is not part of the commit.
    std::fs::write(root.join("actions/pe-02.toml"), "title = \"x\"\n").unwrap();
    assert!(!staged(root).1.contains("pe-02"));
}

#[test]
fn staged_reports_paths_from_the_ctg_root_in_a_sub_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let top = tmp.path();
    git_ok(top, &["init", "-q"]);
    let root = top.join("ctg");
    for (path, text) in ctg_core::analysis::codes::BASE {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    std::fs::write(root.join("officers/marie-dupont.toml"), BAD_FTE).unwrap();
    git_ok(top, &["add", "."]);
    let (code, out) = staged(&root);
    assert_eq!(code, 1);
    assert!(
        out.lines()
            .any(|l| l.starts_with("officers/marie-dupont.toml:5:7: error[invalid-value]")),
        "{out}"
    );
}

#[test]
fn staged_without_copil_in_the_index_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    git_ok(root, &["init", "-q"]);
    std::fs::write(
        root.join("copil.toml"),
        ctg_core::analysis::codes::BASE[0].1,
    )
    .unwrap();
    let out = ctg()
        .args(["--lang", "en", "--dir"])
        .arg(root)
        .args(["check", "--staged"])
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.starts_with("error: copil.toml is not in git's index"),
        "{err}"
    );
    assert!(err.contains("git add copil.toml"), "{err}");
}

#[test]
fn staged_outside_git_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("copil.toml"),
        ctg_core::analysis::codes::BASE[0].1,
    )
    .unwrap();
    let out = ctg()
        .env("GIT_CEILING_DIRECTORIES", tmp.path().parent().unwrap())
        .args(["--lang", "en", "--dir"])
        .arg(tmp.path())
        .args(["check", "--staged"])
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.starts_with("error: not in a git repository"), "{err}");
    assert!(err.contains("git init"), "{err}");
}

fn install(root: &Path, force: bool) -> assert_cmd::assert::Assert {
    let mut cmd = ctg();
    cmd.args(["--lang", "en", "--dir"])
        .arg(root)
        .args(["hook", "install"]);
    if force {
        cmd.arg("--force");
    }
    cmd.assert()
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o111 == 0o111
}

#[cfg(unix)]
#[test]
fn the_hook_stops_a_bad_commit_and_lets_a_good_one_through() {
    let tmp = repo();
    let root = tmp.path();
    let out = install(root, false).success();
    let hook = std::fs::canonicalize(root.join(".git/hooks/pre-commit")).unwrap();
    assert!(is_executable(&hook));
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        stdout.starts_with(&format!("installed {}:", hook.display())),
        "{stdout}"
    );
    let script = std::fs::read_to_string(&hook).unwrap();
    assert!(script.starts_with("#!/bin/sh\n"));
    // Installing again changes nothing and is no error.
    let again = install(root, false).success();
    assert_eq!(
        String::from_utf8(again.get_output().stdout.clone()).unwrap(),
        format!("{} is already ctg's hook; nothing to do\n", hook.display())
    );
    assert!(
        script.contains(" --dir '.' check --staged --hook\n"),
        "{script}"
    );

    std::fs::write(root.join("officers/marie-dupont.toml"), BAD_FTE).unwrap();
    git_ok(root, &["add", "."]);
    let refused = git(root, &["commit", "-q", "-m", "bad"]);
    assert!(!refused.status.success(), "the bad commit went through");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("error[invalid-value]"));

    std::fs::write(
        root.join("officers/marie-dupont.toml"),
        ctg_core::analysis::codes::BASE[1]
            .1
            .replace("0.5", "0.5\nend = 2029-12-31"),
    )
    .unwrap();
    git_ok(root, &["add", "."]);
    git_ok(root, &["commit", "-q", "-m", "good"]);
}

#[test]
fn install_refuses_to_replace_a_hook_without_force() {
    let tmp = repo();
    let root = tmp.path();
    let hook = root.join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    let mine = "#!/bin/sh\nrun-my-linter\n";
    std::fs::write(&hook, mine).unwrap();
    let out = install(root, false).code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let shown = std::fs::canonicalize(&hook).unwrap();
    assert!(
        err.starts_with(&format!(
            "error: {} already exists; it was left as it is\n",
            shown.display()
        )),
        "{err}"
    );
    assert!(err.contains("ctg check --staged || exit 1"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&hook).unwrap(), mine);
    install(root, true).success();
    assert!(
        std::fs::read_to_string(&hook)
            .unwrap()
            .contains("check --staged")
    );
}

#[test]
fn install_follows_core_hooks_path() {
    let tmp = repo();
    let root = tmp.path();
    git_ok(root, &["config", "core.hooksPath", "githooks"]);
    install(root, false).success();
    assert!(root.join("githooks/pre-commit").is_file());
    assert!(!root.join(".git/hooks/pre-commit").exists());
}

#[test]
fn install_from_a_worktree_uses_the_shared_hooks() {
    let tmp = repo();
    let root = tmp.path();
    let other = tempfile::tempdir().unwrap();
    let worktree = other.path().join("wt");
    git_ok(root, &["worktree", "add", "-q", worktree.to_str().unwrap()]);
    install(&worktree, false).success();
    assert!(root.join(".git/hooks/pre-commit").is_file());
}

#[test]
fn install_outside_git_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("copil.toml"),
        ctg_core::analysis::codes::BASE[0].1,
    )
    .unwrap();
    let out = ctg()
        .env("GIT_CEILING_DIRECTORIES", tmp.path().parent().unwrap())
        .args(["--lang", "en", "--dir"])
        .arg(tmp.path())
        .args(["hook", "install"])
        .assert()
        .code(2);
    assert!(
        String::from_utf8_lossy(&out.get_output().stderr)
            .starts_with("error: not in a git repository")
    );
}

/// The whole path of a new user: an empty folder to a commit guarded by the hook.
#[cfg(unix)]
#[test]
fn from_an_empty_folder_to_a_guarded_commit() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let run = |args: &[&str]| {
        ctg()
            .current_dir(root)
            .args(["--at", AT])
            .args(args)
            .assert()
            .success();
    };
    run(&["init"]);
    run(&[
        "new",
        "officer",
        "luc-martin",
        "--commune",
        "Commune B",
        "--fte",
        "0.5",
    ]);
    git_ok(root, &["init", "-q"]);
    git_ok(root, &["config", "user.name", "Test"]);
    git_ok(root, &["config", "user.email", "test@example.org"]);
    git_ok(root, &["config", "commit.gpgsign", "false"]);
    run(&["hook", "install"]);
    git_ok(root, &["add", "."]);
    git_ok(root, &["commit", "-q", "-m", "Our CTG"]);
    // A typo in a reference is stopped at the commit.
    std::fs::write(
        root.join("actions/pe-01.toml"),
        std::fs::read_to_string(root.join("actions/pe-01.toml"))
            .unwrap()
            .replace("\"petite-enfance\"", "\"petite-enfanse\""),
    )
    .unwrap();
    git_ok(root, &["add", "."]);
    let refused = git(root, &["commit", "-q", "-m", "typo"]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("unknown-reference") && err.contains("petite-enfance"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_hook_installed_from_a_sub_folder_checks_that_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let top = tmp.path();
    git_ok(top, &["init", "-q"]);
    git_ok(top, &["config", "user.name", "Test"]);
    git_ok(top, &["config", "user.email", "test@example.org"]);
    git_ok(top, &["config", "commit.gpgsign", "false"]);
    let root = top.join("ctg");
    for (path, text) in ctg_core::analysis::codes::BASE {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    ctg()
        .current_dir(&root)
        .args(["hook", "install"])
        .assert()
        .success();
    let script = std::fs::read_to_string(top.join(".git/hooks/pre-commit")).unwrap();
    assert!(
        script.contains(" --dir 'ctg' check --staged --hook\n"),
        "{script}"
    );
    std::fs::write(root.join("officers/marie-dupont.toml"), BAD_FTE).unwrap();
    git_ok(top, &["add", "."]);
    assert!(!git(top, &["commit", "-q", "-m", "bad"]).status.success());
}

/// An action due before [`AT`] and not done: the `overdue` warning.
const OVERDUE: &str =
    include_str!("../crates/ctg-core/src/rules/examples/overdue/actions/pe-01.toml");

fn as_hook(root: &Path, lang: &str, extra: &[&str]) -> (i32, String) {
    let out = ctg()
        .args(["--at", AT, "--lang", lang, "--dir"])
        .arg(root)
        .args(["check", "--staged", "--hook"])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.stdout.is_empty(), "the hook's words go to stderr");
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// In the hook, the error comes first and in full, the warning after in
/// one line, and the last line says the commit was stopped and how to get
/// past once; at the next commit, the warning already shown is one count.
#[test]
fn the_hook_says_errors_first_then_warnings_then_that_the_commit_stopped() {
    let tmp = repo();
    let root = tmp.path();
    std::fs::write(root.join("officers/marie-dupont.toml"), BAD_FTE).unwrap();
    std::fs::write(root.join("actions/pe-01.toml"), OVERDUE).unwrap();
    git_ok(root, &["add", "."]);
    let (code, err) = as_hook(root, "en", &[]);
    assert_eq!(code, 1, "{err}");
    let error = err.find("error[invalid-value]").expect(&err);
    let warning = err
        .find("2 warnings:\n  actions/pe-01.toml:4: [overdue] ")
        .expect(&err);
    assert!(error < warning, "{err}");
    assert!(err.contains("--> officers/marie-dupont.toml:5:7"), "{err}");
    assert!(
        err.ends_with(
            "\nCommit stopped: 1 error to fix in 1 file. To commit once anyway: git commit --no-verify\n"
        ),
        "{err}"
    );
    // The same warnings at the next attempt (the officer's error holds the
    // FTE rules back: `not-checked`): one line, with their codes.
    let (code, again) = as_hook(root, "en", &[]);
    assert_eq!(code, 1);
    assert!(!again.contains("[overdue]"), "{again}");
    assert!(
        again.contains("\n2 warnings already shown at the previous commit: not-checked, overdue\n"),
        "{again}"
    );
    // In full with --verbose.
    let (_, verbose) = as_hook(root, "en", &["-v"]);
    assert!(verbose.contains("warning[overdue]: "), "{verbose}");
    assert!(verbose.contains("--> actions/pe-01.toml:4:"), "{verbose}");
    // In French.
    let (_, fr) = as_hook(root, "fr", &[]);
    assert!(
        fr.ends_with(
            "\nCommit arrêté : 1 erreur à corriger dans 1 fichier. Pour passer outre une seule fois : git commit --no-verify\n"
        ),
        "{fr}"
    );
    assert!(
        fr.contains("2 avertissements déjà signalés au commit précédent : not-checked, overdue\n"),
        "{fr}"
    );
}

/// A warning alone lets the commit through and says so; a clean commit
/// prints nothing.
#[test]
fn the_hook_accepts_a_commit_with_warnings_and_says_nothing_when_clean() {
    let tmp = repo();
    let root = tmp.path();
    assert_eq!(as_hook(root, "en", &[]), (0, String::new()));
    std::fs::write(root.join("actions/pe-01.toml"), OVERDUE).unwrap();
    git_ok(root, &["add", "."]);
    let (code, err) = as_hook(root, "en", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.starts_with("1 warning:\n  actions/pe-01.toml:4: [overdue] "),
        "{err}"
    );
    assert!(
        err.ends_with("\nCommit accepted, with 1 warning.\n"),
        "{err}"
    );
    // Under --strict the warning stops the commit, in full.
    let (code, strict) = as_hook(root, "en", &["--strict"]);
    assert_eq!(code, 1);
    assert!(strict.starts_with("warning[overdue]: "), "{strict}");
    assert!(
        strict.contains("Commit stopped: 1 problem to fix in 1 file."),
        "{strict}"
    );
}

/// The pre-commit framework does not put untracked files aside: both hooks
/// check the index, and offer the installed `ctg` without a Rust build.
#[test]
fn the_pre_commit_framework_hooks_check_the_index() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/.pre-commit-hooks.yaml"
    ))
    .unwrap();
    let hooks: Vec<(String, String, String)> = text
        .split("\n- ")
        .skip(1)
        .map(|hook| {
            let field = |key: &str| {
                hook.lines()
                    .map(|l| l.trim_start_matches("- ").trim())
                    .find_map(|l| l.strip_prefix(key))
                    .unwrap_or_else(|| panic!("no {key} in {hook}"))
                    .trim()
                    .to_owned()
            };
            (field("id:"), field("entry:"), field("language:"))
        })
        .collect();
    assert_eq!(
        hooks,
        [
            (
                "ctg-check".into(),
                "ctg check --staged --hook".into(),
                "rust".into()
            ),
            (
                "ctg-check-system".into(),
                "ctg check --staged --hook".into(),
                "system".into()
            ),
        ]
    );
    // What the entry does: an untracked broken draft does not stop the commit.
    let tmp = repo();
    let root = tmp.path();
    std::fs::write(root.join("actions/draft.toml"), "title = \"x\n").unwrap();
    assert_eq!(as_hook(root, "en", &[]), (0, String::new()));
}

/// A hook an older `ctg hook install` wrote is replaced without `--force`;
/// through git, a refused commit ends with the hook's last line.
#[cfg(unix)]
#[test]
fn install_replaces_its_own_older_hook_and_git_shows_the_last_line() {
    let tmp = repo();
    let root = tmp.path();
    let hook = root.join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    let older = "#!/bin/sh\n# Installed by `ctg hook install`: stops a commit whose CTG files have errors.\nexec ctg --dir '.' check --staged\n";
    std::fs::write(&hook, older).unwrap();
    install(root, false).success();
    let script = std::fs::read_to_string(&hook).unwrap();
    assert!(script.contains("check --staged --hook\n"), "{script}");
    std::fs::write(root.join("officers/marie-dupont.toml"), BAD_FTE).unwrap();
    git_ok(root, &["add", "."]);
    let refused = git(root, &["commit", "-q", "-m", "bad"]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("git commit --no-verify"), "{err}");
}
