//! Fixture repositories for the integration tests, and the real `ctg` binary
//! run on them.
//!
//! A test starts from [`Repo::new`], a small repository that passes
//! `ctg check --strict` cleanly, and changes one thing (`file`, `edit`,
//! `remove`), so that every diagnostic it then sees comes from that change.

#![allow(dead_code)]

mod fixture;

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

use serde::Deserialize;
use tempfile::TempDir;

/// The baseline by commune [`Repo::data_by_commune`] adds to data/'s plan.
pub const DATA_BASELINE_BY_COMMUNE: &str = "\n[fte.baseline_by_commune]\n\"Istres\" = 1.6\n\"Fos-sur-Mer\" = 0.8\n\"Port-Saint-Louis-du-Rhône\" = 0.7\n";

/// Copies the folder `from` and everything in it to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The date every test calls "today" (`--at`).
pub const TODAY: &str = "2026-06-15";

/// `copil.toml` of the valid repository. Line numbers, for the tests that
/// point into it:
///
/// ```text
///  1 [convention]                 14 [[copil.meeting]]
///  2 name = "CTG Test"            15 date = 2026-03-01
///  3 start = 2025-01-01           16 status = "held"
///  4 end = 2029-12-31             17
///  5 communes = [...]             18 [fte]
///  6                              19 target = 1.5
///  7 [copil]                      20 baseline = 1.0
///  8 min_meetings_per_year = 1    21 baseline_date = 2025-01-01
///  9                              22
/// 10 [[copil.meeting]]            23 [fte.increase]
/// 11 date = 2025-03-01            24 "Fos-sur-Mer" = 0.5
/// 12 status = "held"
/// ```
pub const COPIL: &str = r#"[convention]
name = "CTG Test"
start = 2025-01-01
end = 2029-12-31
communes = ["Istres", "Fos-sur-Mer"]

[copil]
min_meetings_per_year = 1

[[copil.meeting]]
date = 2025-03-01
status = "held"

[[copil.meeting]]
date = 2026-03-01
status = "held"

[fte]
target = 1.5
baseline = 1.0
baseline_date = 2025-01-01

[fte.increase]
"Fos-sur-Mer" = 0.5
"#;

/// `officers/ana.toml`: full time at Istres for the whole convention.
pub const ANA: &str = r#"name = "Ana Martin"
employer = "Ville d'Istres"
missions = ["network", "evaluation"]

[[assignment]]
commune = "Istres"
fte = 1.0
start = 2025-01-01
"#;

/// `officers/bob.toml`: the planned increase, half time at Fos-sur-Mer.
pub const BOB: &str = r#"name = "Bob Durand"

[[assignment]]
commune = "Fos-sur-Mer"
fte = 0.5
start = 2026-01-05
"#;

/// `commissions/pe.toml`: a thematic commission.
pub const PE: &str = r#"name = "Petite enfance"
kind = "thematic"
referent = "ana"
"#;

/// `commissions/fos.toml`: a territorial commission that meets once a year.
pub const FOS: &str = r#"name = "Fos-sur-Mer"
kind = "territorial"
communes = ["Fos-sur-Mer"]
referent = "bob"
min_meetings_per_year = 1

[[meeting]]
date = 2025-05-01

[[meeting]]
date = 2026-05-01
"#;

/// `actions/pe-1.toml`: an action under way.
pub const PE_1: &str = r#"title = "Guichet unique"
commission = "pe"
status = "in-progress"
lead = "ana"
communes = ["Istres"]
start = 2025-03-01
due = 2027-06-30
progress = 40
"#;

/// A repository in a temporary folder, removed when the last handle on it
/// is dropped. Its builders take `&self` and return a handle on the same
/// folder, so that a fixture is built in one chain (`Repo::new().edit(…)`)
/// or step by step (`repo.file(…);`).
#[derive(Clone)]
pub struct Repo {
    dir: Rc<TempDir>,
}

impl Repo {
    /// The valid repository: `ctg check --strict` passes on it.
    pub fn new() -> Repo {
        Repo::bare()
            .file("copil.toml", COPIL)
            .file("officers/ana.toml", ANA)
            .file("officers/bob.toml", BOB)
            .file("commissions/pe.toml", PE)
            .file("commissions/fos.toml", FOS)
            .file("actions/pe-1.toml", PE_1)
    }

    /// An empty folder.
    pub fn bare() -> Repo {
        Repo {
            dir: Rc::new(tempfile::tempdir().expect("a temporary folder")),
        }
    }

    /// A copy of the real repository in `data/`, to break in a test.
    /// A copy of `data/` whose plan also gives each commune its baseline
    /// (what the officers' assignments give on 2025-01-01: Istres 1.6,
    /// Fos-sur-Mer 0.8, Port-Saint-Louis-du-Rhône 0.7), so that each
    /// commune has a target. The annex gives only the total, so data/ does not.
    pub fn data_by_commune() -> Repo {
        let repo = Repo::data_copy();
        repo.append("copil.toml", DATA_BASELINE_BY_COMMUNE);
        repo
    }

    /// A copy of `data/` in a temporary folder.
    pub fn data_copy() -> Repo {
        let repo = Repo::bare();
        copy_dir(&data(), repo.path());
        repo
    }

    /// The root folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A path inside the repository.
    pub fn join(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Writes `relative` (creating its folders), replacing any file there.
    pub fn file(&self, relative: &str, contents: impl AsRef<[u8]>) -> Repo {
        let path = self.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folders");
        }
        std::fs::write(&path, contents).expect("write a fixture file");
        self.clone()
    }

    /// Replaces the one occurrence of `from` by `to` in `relative`.
    pub fn edit(&self, relative: &str, from: &str, to: &str) -> Repo {
        let path = self.join(relative);
        let text = std::fs::read_to_string(&path).expect("read a fixture file");
        assert_eq!(
            text.matches(from).count(),
            1,
            "`{from}` must occur once in {relative}"
        );
        std::fs::write(&path, text.replacen(from, to, 1)).expect("write a fixture file");
        self.clone()
    }

    /// Appends `more` to `relative`.
    pub fn append(&self, relative: &str, more: &str) -> Repo {
        let path = self.join(relative);
        let mut text = std::fs::read_to_string(&path).expect("read a fixture file");
        text.push_str(more);
        std::fs::write(&path, text).expect("write a fixture file");
        self.clone()
    }

    /// Removes a file.
    pub fn remove(&self, relative: &str) -> Repo {
        std::fs::remove_file(self.join(relative)).expect("remove a fixture file");
        self.clone()
    }

    /// Makes a folder.
    pub fn dir(&self, relative: &str) -> Repo {
        std::fs::create_dir_all(self.join(relative)).expect("create a folder");
        self.clone()
    }

    /// `ctg` with no flags, in the repository's root, with a clean environment.
    pub fn bare_command(&self) -> assert_cmd::Command {
        let mut command = ctg();
        command.current_dir(self.path());
        command
    }

    /// `ctg --dir ROOT --at TODAY --lang en --color never ARGS`.
    pub fn command(&self, args: &[&str]) -> assert_cmd::Command {
        let mut command = self.bare_command();
        command
            .arg("--dir")
            .arg(self.path())
            .args(["--at", TODAY, "--lang", "en", "--color", "never"])
            .args(args);
        command
    }

    /// Runs `ctg --dir ROOT ARGS` as it is, with `NO_COLOR` (no `--at`, no
    /// `--lang`: the test says them).
    pub fn ctg(&self, args: &[&str]) -> Run {
        run_in(self.path(), args)
    }

    /// Runs `ctg … ARGS` and returns what it did.
    pub fn run(&self, args: &[&str]) -> Run {
        Run::of(&mut self.command(args))
    }

    /// `ctg check --format json`, parsed, after checking the report's shape.
    pub fn report(&self) -> Report {
        self.report_with(&[])
    }

    /// `ctg check --format json EXTRA`, parsed, after checking the report's shape.
    pub fn report_with(&self, extra: &[&str]) -> Report {
        let mut args = vec!["check", "--format", "json"];
        args.extend_from_slice(extra);
        let run = self.run(&args);
        assert!(
            run.code == 0 || run.code == 1,
            "ctg check exited {}: {}",
            run.code,
            run.stderr
        );
        let report = Report::parse(&run.stdout);
        let expected = if report.errors > 0 { 1 } else { 0 };
        assert_eq!(run.code, expected, "exit status against the error count");
        report
    }

    /// The problems found, each as `file:line:col code` (`file code` when
    /// it has no position), in the order `ctg` gives them.
    pub fn found(&self) -> Vec<String> {
        self.report().places()
    }
}

/// Runs `ctg --dir DIR ARGS…` (with `NO_COLOR` and no inherited `CTG_DIR`).
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    Run::of(ctg().env("NO_COLOR", "1").arg("--dir").arg(dir).args(args))
}

/// The real repository of the CTG Golfe et des étangs.
pub fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The lines of `text`, trailing spaces removed.
pub fn lines(text: &str) -> Vec<&str> {
    text.lines().map(str::trim_end).collect()
}

/// Whether `text` has a line whose words are exactly `words` (spacing ignored).
pub fn has_row(text: &str, words: &[&str]) -> bool {
    text.lines()
        .any(|line| line.split_whitespace().collect::<Vec<_>>() == words)
}

/// `git -C DIR ARGS` in a clean environment: no system configuration, HOME
/// in the repository, none of [`CLEARED`] (the hook git runs is ctg, which
/// would speak the locale), and a PATH without the user's folders (a hook
/// must find ctg where it was installed from, not on the PATH).
pub fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .cleared_env()
        .output()
        .expect("run git")
}

/// [`git`], which must succeed.
pub fn git_ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A git repository at `top`, with a sound CTG repository at `root` (`top`
/// or a folder under it), staged and committed.
pub fn git_repo_at(top: &Path, root: &Path) {
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

/// What the environment may hold that changes what `ctg` prints: the
/// repository to use, the terminal's width, colour, and the locale (French
/// when nothing else chooses; `LANGUAGE` is gettext's). Cleared for every
/// run of the tests, so that the suite passes on a French machine too.
pub const CLEARED: [&str; 8] = [
    "CTG_DIR",
    "COLUMNS",
    "NO_COLOR",
    "CLICOLOR_FORCE",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "LANGUAGE",
];

/// The `ctg` binary built for these tests, with a clean environment.
pub fn ctg() -> assert_cmd::Command {
    let mut command = assert_cmd::Command::from_std(ctg_process());
    command.timeout(Duration::from_secs(60));
    command
}

/// [`ctg`] as a plain process, for the tests that spawn it or pipe into it.
pub fn ctg_process() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ctg"));
    command.cleared_env();
    command
}

/// [`CLEARED`] removed from a process's environment: for a shell or
/// `setpriv` that runs `ctg` in its turn.
pub trait ClearedEnv {
    /// Removes every variable of [`CLEARED`].
    fn cleared_env(&mut self) -> &mut Self;
}

impl ClearedEnv for std::process::Command {
    fn cleared_env(&mut self) -> &mut Self {
        for name in CLEARED {
            self.env_remove(name);
        }
        self
    }
}

/// What one run of `ctg` did.
#[derive(Debug)]
pub struct Run {
    /// The exit status (-1 when killed).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// The stdout, parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }

    /// Runs `command` to its end.
    pub fn of(command: &mut assert_cmd::Command) -> Run {
        let output = command.output().expect("run ctg");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }
}

/// `ctg check --format json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Files examined.
    pub files: usize,
    /// Error count.
    pub errors: usize,
    /// Warning count.
    pub warnings: usize,
    /// The problems.
    pub diagnostics: Vec<Diag>,
}

/// One problem of a JSON report.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Diag {
    /// `error` or `warning`.
    pub severity: String,
    /// The stable code.
    pub code: String,
    /// Relative to the root, `/`-separated.
    pub file: String,
    /// 1-based, or null.
    pub line: Option<usize>,
    /// 1-based, in characters, or null.
    pub column: Option<usize>,
    /// The statement.
    pub message: String,
    /// How to fix it, or null.
    pub hint: Option<String>,
}

impl Diag {
    /// `file:line:col code`, or `file code`.
    pub fn place(&self) -> String {
        match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{}:{line}:{column} {}", self.file, self.code),
            (None, None) => format!("{} {}", self.file, self.code),
            _ => panic!("line and column come together: {self:?}"),
        }
    }
}

impl Report {
    /// Parses a JSON report, checking that every key is there, even when null.
    pub fn parse(text: &str) -> Report {
        let value: serde_json::Value =
            serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
        let mut top: Vec<&str> = value
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        top.sort_unstable();
        assert_eq!(top, ["diagnostics", "errors", "files", "warnings"]);
        for d in value["diagnostics"].as_array().expect("a list") {
            let mut keys: Vec<&str> = d
                .as_object()
                .expect("an object")
                .keys()
                .map(String::as_str)
                .collect();
            keys.sort_unstable();
            assert_eq!(
                keys,
                [
                    "code", "column", "file", "hint", "line", "message", "severity"
                ]
            );
        }
        let report: Report = serde_json::from_value(value).expect("the documented shape");
        for d in &report.diagnostics {
            let severity = if d.code_is_error() {
                "error"
            } else {
                "warning"
            };
            assert_eq!(d.severity, severity, "a code has one severity: {d:?}");
            assert!(!d.message.is_empty());
        }
        let errors = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == "error")
            .count();
        assert_eq!(report.errors, errors);
        assert_eq!(report.warnings, report.diagnostics.len() - errors);
        report
    }

    /// Every problem as [`Diag::place`].
    pub fn places(&self) -> Vec<String> {
        self.diagnostics.iter().map(Diag::place).collect()
    }

    /// The codes found.
    pub fn codes(&self) -> Vec<&str> {
        self.diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    /// The one problem with `code`.
    pub fn one(&self, code: &str) -> &Diag {
        let matching: Vec<&Diag> = self.diagnostics.iter().filter(|d| d.code == code).collect();
        assert_eq!(matching.len(), 1, "one `{code}` in {:#?}", self.diagnostics);
        matching[0]
    }
}

impl Diag {
    fn code_is_error(&self) -> bool {
        let code = ctg_core::analysis::codes::from_name(&self.code)
            .unwrap_or_else(|| panic!("unknown code {}", self.code));
        code.severity() == ctg_core::diagnostics::Severity::Error
    }
}
