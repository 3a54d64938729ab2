//! The exit status is the verdict, whatever happens to the output (#10, items
//! 1 and 2): a reader that closes early, a full disk behind stderr, a closed
//! stdout. A pre-commit step with `pipefail` must never pass broken data, and
//! no write may panic (exit 101).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::support::{ClearedEnv, Repo, data};

fn ctg() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_ctg"))
}

/// A copy of `data/` with one error (an unknown field in an action).
fn broken() -> Repo {
    Repo::data_copy().append("actions/par-01-laep-itinerant.toml", "bogus = 1\n")
}

/// Where a stream goes.
#[derive(Debug, Clone, Copy)]
enum Sink {
    /// A pipe whose reader is already gone: every write fails with EPIPE.
    ClosedPipe,
    /// `/dev/full`: every write fails with ENOSPC.
    Full,
    /// Thrown away.
    Null,
}

impl Sink {
    fn stdio(self) -> Stdio {
        match self {
            Sink::ClosedPipe => {
                let (reader, writer) = std::io::pipe().expect("a pipe");
                drop(reader);
                Stdio::from(writer)
            }
            Sink::Full => Stdio::from(
                File::options()
                    .write(true)
                    .open("/dev/full")
                    .expect("/dev/full"),
            ),
            Sink::Null => Stdio::null(),
        }
    }
}

fn status(dir: &Path, args: &[&str], stdout: Sink, stderr: Sink) -> i32 {
    crate::support::ctg_process()
        .arg("--dir")
        .arg(dir)
        .args(["--at", "2026-11-28"])
        .args(args)
        .env_remove("CTG_DIR")
        .stdin(Stdio::null())
        .stdout(stdout.stdio())
        .stderr(stderr.stdio())
        .status()
        .expect("run ctg")
        .code()
        .expect("an exit status, not a signal")
}

/// Every command whose status carries a verdict, and the status it earns
/// on the broken copy with its output thrown away.
const COMMANDS: &[(&[&str], i32)] = &[
    (&["check"], 1),
    (&["check", "--format", "short"], 1),
    (&["check", "--format", "json"], 1),
    (&["check", "--format", "github"], 1),
    (&["status"], 1),
    (&["status", "--format", "json"], 1),
    (&["status", "--format", "markdown"], 1),
    (&["fte"], 1),
    (&["fte", "--by", "officer"], 1),
    (&["actions"], 1),
    (&["actions", "--format", "csv"], 1),
    (&["report", "--format", "markdown"], 1),
    (&["report"], 1),
];

#[test]
fn the_verdict_holds_when_the_reader_goes_away() {
    let dir = broken();
    for (args, expected) in COMMANDS {
        assert_eq!(
            status(dir.path(), args, Sink::Null, Sink::Null),
            *expected,
            "{args:?}, output thrown away"
        );
        for (out, err) in [
            (Sink::ClosedPipe, Sink::Null),
            (Sink::Null, Sink::ClosedPipe),
            (Sink::ClosedPipe, Sink::ClosedPipe),
        ] {
            assert_eq!(
                status(dir.path(), args, out, err),
                *expected,
                "{args:?} with stdout {out:?} and stderr {err:?}"
            );
        }
    }
}

#[test]
fn a_clean_run_stays_clean_when_the_reader_goes_away() {
    for (args, _) in COMMANDS {
        assert_eq!(
            status(&data(), args, Sink::ClosedPipe, Sink::ClosedPipe),
            0,
            "{args:?} on data/"
        );
    }
}

#[test]
fn stderr_that_cannot_be_written_neither_panics_nor_changes_the_verdict() {
    let dir = broken();
    for (args, expected) in COMMANDS {
        assert_eq!(
            status(dir.path(), args, Sink::Null, Sink::Full),
            *expected,
            "{args:?} with stderr on /dev/full"
        );
    }
    for (args, _) in COMMANDS {
        assert_eq!(status(&data(), args, Sink::Null, Sink::Full), 0, "{args:?}");
    }
}

#[test]
fn an_answer_that_reaches_no_one_is_not_a_success() {
    // Human check output goes to stderr, and the short and GitHub formats
    // print nothing for a clean repository: their stdout stays empty.
    let silent: [&[&str]; 3] = [
        &["check"],
        &["check", "--format", "short"],
        &["check", "--format", "github"],
    ];
    for (args, _) in COMMANDS.iter().filter(|(a, _)| !silent.contains(a)) {
        assert_eq!(
            status(&data(), args, Sink::Full, Sink::Null),
            2,
            "{args:?} with stdout on /dev/full"
        );
    }
}

#[test]
fn a_closed_stdout_is_not_a_success() {
    // `>&-` closes the descriptor; only a shell says it simply.
    let output = Command::new("sh")
        .arg("-c")
        .arg(r#"exec "$0" --dir "$1" --at 2026-11-28 status >&-"#)
        .arg(ctg())
        .arg(data())
        .cleared_env()
        .output()
        .expect("run sh");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("standard output") || stderr.contains("sortie standard"),
        "{stderr}"
    );
    // Thrown away on purpose is not closed.
    let output = Command::new("sh")
        .arg("-c")
        .arg(r#"exec "$0" --dir "$1" --at 2026-11-28 status >/dev/null"#)
        .arg(ctg())
        .arg(data())
        .cleared_env()
        .output()
        .expect("run sh");
    assert_eq!(output.status.code(), Some(0));
}

/// `data/` with 3,000 more actions: a page of about a megabyte, which the
/// report writes in several pieces as it makes it.
fn large() -> Repo {
    let mut repo = Repo::data_copy();
    for i in 0..3000 {
        repo = repo.file(
            &format!("actions/plan-{i:04}.toml"),
            format!(
                "title = \"Action n° {i} : « accueil » & <suivi>\"\n\
                 commission = \"parentalite\"\nstatus = \"in-progress\"\n\
                 lead = \"karim-benali\"\nstart = 2025-01-01\ndue = 2027-06-30\n\
                 progress = {}\n",
                i % 101
            ),
        );
    }
    repo
}

/// The page is written as it is made: a reader that stops after the first
/// kilobyte gets the page's first kilobyte and leaves the verdict alone,
/// and the page on stdout is the page `-o` writes, byte for byte.
#[test]
fn a_page_written_in_pieces_is_whole_and_stops_cleanly() {
    let repo = large();
    let out = repo.join("report.html");
    let written = status(
        repo.path(),
        &["report", "-o", out.to_str().unwrap()],
        Sink::Null,
        Sink::Null,
    );
    assert_eq!(written, 0);
    let page = std::fs::read(&out).expect("the report");
    assert!(page.len() > 900_000, "{} bytes", page.len());
    assert!(page.ends_with(b"</body></html>\n"));
    let report = || {
        let mut command = crate::support::ctg_process();
        command
            .arg("--dir")
            .arg(repo.path())
            .args(["--at", "2026-11-28", "report"])
            .env_remove("CTG_DIR")
            .stdin(Stdio::null())
            .stderr(Stdio::null());
        command
    };
    let piped = report().output().expect("run ctg");
    assert_eq!(piped.status.code(), Some(0));
    assert_eq!(piped.stdout, page, "stdout and -o differ");
    // `ctg report | head -c 1024`.
    let mut child = report().stdout(Stdio::piped()).spawn().expect("run ctg");
    let mut head = vec![0; 1024];
    let mut reader = child.stdout.take().expect("its stdout");
    std::io::Read::read_exact(&mut reader, &mut head).expect("a first kilobyte");
    drop(reader);
    assert_eq!(head, page[..1024]);
    assert_eq!(child.wait().expect("ctg ends").code(), Some(0));
}
