//! Hostile input: files that are not what they claim to be, links that lead
//! astray, sizes and depths no record has, and text that would rewrite a
//! terminal. `ctg check` must answer every one of them with a diagnostic (or
//! a clean pass), in time, without opening what it must not open.

#![cfg(unix)]

use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use tempfile::TempDir;

const AT: &str = "2026-06-01";

const COPIL: &str = r#"[convention]
name = "CTG de test"
start = 2025-01-01
end = 2029-12-31
communes = ["Istres", "Fos-sur-Mer"]

[copil]

[[copil.meeting]]
date = 2025-03-01

[[copil.meeting]]
date = 2026-03-01

[fte]
target = 1.0
"#;

const ACTION: &str = r#"title = "Ouvrir un relais petite enfance"
commission = "petite-enfance"
status = "in-progress"
"#;

const COMMISSION: &str = r#"name = "Petite enfance"
kind = "thematic"
referent = "amelie-roux"
"#;

const OFFICER: &str = r#"name = "Amélie Roux"

[[assignment]]
commune = "Istres"
fte = 1.0
start = 2025-01-01
"#;

/// A clean repository: one commission, one officer, one action.
fn repo() -> TempDir {
    let dir = TempDir::new().expect("a temp dir");
    let root = dir.path();
    for folder in ["actions", "commissions", "officers"] {
        fs::create_dir(root.join(folder)).expect("a folder");
    }
    fs::write(root.join("copil.toml"), COPIL).expect("write");
    fs::write(root.join("actions/pe-01.toml"), ACTION).expect("write");
    fs::write(root.join("commissions/petite-enfance.toml"), COMMISSION).expect("write");
    fs::write(root.join("officers/amelie-roux.toml"), OFFICER).expect("write");
    dir
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    raw: Vec<u8>,
}

/// Runs `ctg --dir ROOT --at AT check ARGS`, killed after 30 s: a test that
/// would hang fails instead.
fn check(root: &Path, args: &[&str]) -> Run {
    let output = crate::support::ctg()
        .arg("--dir")
        .arg(root)
        .args(["--at", AT, "--color", "never", "check"])
        .args(args)
        .env_remove("NO_COLOR")
        .timeout(Duration::from_secs(30))
        .output()
        .expect("ctg ran");
    let code = output
        .status
        .code()
        .expect("ctg exited (a timeout kills it: it hung)");
    let mut raw = output.stdout.clone();
    raw.extend_from_slice(&output.stderr);
    Run {
        code,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        raw,
    }
}

fn short(root: &Path) -> Run {
    check(root, &["--format", "short"])
}

#[test]
fn the_fixture_is_clean() {
    let dir = repo();
    let run = short(dir.path());
    assert_eq!(run.stdout, "");
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn fifo_named_toml_is_skipped_never_opened() {
    let dir = repo();
    let fifo = dir.path().join("actions/pipe.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // Opening a FIFO for reading blocks until a writer comes: a hang here
    // means ctg opened it.
    let run = short(dir.path());
    assert_eq!(
        run.stdout,
        "actions/pipe.toml:1:1: warning[skipped-file]: not a regular file (a FIFO, socket or device); it was not opened\n"
    );
    assert_eq!(run.code, 0);
    assert_eq!(check(dir.path(), &["--strict"]).code, 1);
}

#[test]
fn socket_named_toml_is_skipped() {
    let dir = repo();
    let path = dir.path().join("officers/socket.toml");
    let _listener = std::os::unix::net::UnixListener::bind(&path).expect("bind a socket");
    let run = short(dir.path());
    assert_eq!(
        run.stdout,
        "officers/socket.toml:1:1: warning[skipped-file]: not a regular file (a FIFO, socket or device); it was not opened\n"
    );
    assert_eq!(run.code, 0);
}

#[test]
fn device_named_toml_is_skipped() {
    let dir = repo();
    let path = dir.path().join("actions/null.toml");
    // A real character device (as root), else a link to /dev/null.
    let node = std::process::Command::new("mknod")
        .arg(&path)
        .args(["c", "1", "3"])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !node {
        symlink("/dev/null", &path).expect("a link to /dev/null");
    }
    let run = short(dir.path());
    let reason = if node {
        "not a regular file (a FIFO, socket or device); it was not opened"
    } else {
        "symbolic link to a file outside the repository; it was not followed"
    };
    assert_eq!(
        run.stdout,
        format!("actions/null.toml:1:1: warning[skipped-file]: {reason}\n")
    );
    assert_eq!(run.code, 0);
}

#[test]
fn symlink_loops_are_skipped() {
    let dir = repo();
    let actions = dir.path().join("actions");
    symlink(actions.join("b.toml"), actions.join("a.toml")).expect("link");
    symlink(actions.join("a.toml"), actions.join("b.toml")).expect("link");
    // A folder link back to the root, named like a record or not: not
    // followed, and said (#10 item 14: records under it would be missing).
    symlink(dir.path(), actions.join("up.toml")).expect("link");
    symlink(dir.path(), actions.join("up")).expect("link");
    let run = short(dir.path());
    assert_eq!(
        run.stdout,
        "actions/a.toml:1:1: warning[skipped-file]: symbolic link that cannot be resolved (dangling or a loop)\n\
         actions/b.toml:1:1: warning[skipped-file]: symbolic link that cannot be resolved (dangling or a loop)\n\
         actions/up:1:1: warning[skipped-file]: symbolic link to a folder; it was not followed\n\
         actions/up.toml:1:1: warning[skipped-file]: symbolic link to a folder; it was not followed\n"
    );
    assert_eq!(run.code, 0);
}

#[test]
fn symlink_out_of_the_root_is_not_followed() {
    let dir = repo();
    let outside = TempDir::new().expect("a temp dir");
    // Were it read, this would be a syntax error.
    fs::write(outside.path().join("secret.toml"), "not = = toml").expect("write");
    symlink(
        outside.path().join("secret.toml"),
        dir.path().join("actions/secret.toml"),
    )
    .expect("link");
    // A relative link climbing out works the same way.
    symlink(
        "../../../../../../../../../../etc/hostname",
        dir.path().join("actions/host.toml"),
    )
    .expect("link");
    let run = short(dir.path());
    assert!(!run.stdout.contains("syntax"), "{}", run.stdout);
    assert!(
        run.stdout.contains(
            "actions/secret.toml:1:1: warning[skipped-file]: symbolic link to a file outside the repository; it was not followed\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("actions/host.toml:1:1: warning[skipped-file]"),
        "{}",
        run.stdout
    );
    assert_eq!(run.code, 0);
}

#[test]
fn symlink_inside_the_root_is_read() {
    let dir = repo();
    fs::write(dir.path().join("notes.txt"), "").expect("write");
    symlink("pe-01.toml", dir.path().join("actions/pe-02.toml")).expect("link");
    let run = short(dir.path());
    assert_eq!(run.stdout, "");
    assert_eq!(run.code, 0);
}

#[test]
fn a_file_over_ten_megabytes_is_not_parsed() {
    let dir = repo();
    let file = fs::File::create(dir.path().join("actions/huge.toml")).expect("create");
    // Sparse: 11 MB that cost nothing to write.
    file.set_len(11 * 1024 * 1024).expect("set_len");
    let run = short(dir.path());
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(
        run.stdout
            .starts_with("actions/huge.toml:1:1: error[file-too-large]: "),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("syntax"));
}

#[test]
fn nesting_a_hundred_thousand_levels_deep() {
    let dir = repo();
    let depth = 100_000;
    let arrays = format!("{ACTION}x = {}1{}\n", "[".repeat(depth), "]".repeat(depth));
    fs::write(dir.path().join("actions/arrays.toml"), arrays).expect("write");
    let mut tables = String::from(ACTION);
    tables.push_str("y = ");
    tables.push_str(&"{ a = ".repeat(depth));
    tables.push('1');
    tables.push_str(&" }".repeat(depth));
    tables.push('\n');
    fs::write(dir.path().join("actions/tables.toml"), tables).expect("write");
    let dotted = format!("{ACTION}{} = 1\n", vec!["z"; depth].join("."));
    fs::write(dir.path().join("actions/dotted.toml"), dotted).expect("write");
    let headers = format!("{ACTION}[{}]\n", vec!["w"; depth].join("."));
    fs::write(dir.path().join("actions/headers.toml"), headers).expect("write");
    let run = short(dir.path());
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    for file in ["arrays", "tables", "dotted", "headers"] {
        assert!(
            run.stdout.contains(&format!("actions/{file}.toml:")),
            "{file}: {}",
            run.stdout
        );
    }
}

#[test]
fn a_file_of_nul_bytes() {
    let dir = repo();
    fs::write(dir.path().join("actions/zeros.toml"), vec![0u8; 4096]).expect("write");
    let run = short(dir.path());
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .starts_with("actions/zeros.toml:1:1: error[syntax]: "),
        "{}",
        run.stdout
    );
    assert!(!run.raw.contains(&0), "a NUL byte reached the output");
    let human = check(dir.path(), &[]);
    assert!(!human.raw.contains(&0), "a NUL byte reached the output");
    assert!(
        human.stderr.contains("actions/zeros.toml:1:1"),
        "{}",
        human.stderr
    );
}

#[test]
fn a_file_name_that_is_not_utf8() {
    let dir = repo();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.toml");
    fs::write(dir.path().join("actions").join(name), ACTION).expect("write");
    let run = short(dir.path());
    assert_eq!(
        run.stdout,
        "actions/caf\u{FFFD}.toml:1:1: warning[skipped-file]: file name is not valid UTF-8; it was not read\n"
    );
    assert_eq!(run.code, 0);
}

/// Whether this process can read a file whatever its mode (root can).
fn reads_anything(path: &Path) -> bool {
    fs::File::open(path).is_ok()
}

/// Runs `ctg --dir ROOT --at AT check --format short` as the unprivileged
/// user `nobody` (uid 65534) with `setpriv`, when this test runs as root:
/// then a mode-000 file is really unreadable. None where that cannot be done.
fn short_as_nobody(dir: &TempDir) -> Option<Run> {
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).ok()?;
    let ctg = assert_cmd::cargo::cargo_bin("ctg");
    let mut setpriv = Command::new("setpriv");
    for name in crate::support::CLEARED {
        setpriv.env_remove(name);
    }
    let output = setpriv
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&ctg)
        .arg("--dir")
        .arg(dir.path())
        .args(["--at", AT, "--color", "never", "check", "--format", "short"])
        .timeout(Duration::from_secs(30))
        .output()
        .ok()?;
    let code = output.status.code()?;
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    // setpriv missing, or the binary not reachable by nobody.
    if code > 2 || stderr.contains("setpriv") {
        return None;
    }
    Some(Run {
        code,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr,
        raw: output.stdout,
    })
}

#[test]
fn an_unreadable_file_is_reported_and_the_run_goes_on() {
    let dir = repo();
    let locked = dir.path().join("actions/locked.toml");
    fs::write(&locked, ACTION).expect("write");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    // Another file with a mistake: the run must still report it.
    fs::write(
        dir.path().join("actions/pe-02.toml"),
        ACTION.replace("in-progress", "en-cours"),
    )
    .expect("write");
    let mut run = short(dir.path());
    let mut denied = !reads_anything(&locked);
    if !denied {
        // Root reads a mode-000 file: it is then an ordinary, valid record.
        assert!(!run.stdout.contains("locked"), "{}", run.stdout);
        // As nobody, it is unreadable again.
        if let Some(unprivileged) = short_as_nobody(&dir) {
            run = unprivileged;
            denied = true;
        }
    }
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("actions/pe-02.toml:3:10: error[invalid-value]: "),
        "{}",
        run.stdout
    );
    if denied {
        assert!(
            run.stdout
                .contains("actions/locked.toml:1:1: error[unreadable-file]: "),
            "{}",
            run.stdout
        );
    }
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o644)).expect("chmod back");
}

#[test]
fn an_unreadable_folder_is_reported_and_the_run_goes_on() {
    let dir = repo();
    let locked = dir.path().join("actions/2026");
    fs::create_dir(&locked).expect("mkdir");
    fs::write(locked.join("pe-03.toml"), ACTION).expect("write");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    let mut privileged = fs::read_dir(&locked).is_ok();
    let mut run = short(dir.path());
    if privileged {
        assert_eq!(run.stdout, "", "root reads the folder");
        if let Some(unprivileged) = short_as_nobody(&dir) {
            run = unprivileged;
            privileged = false;
        }
    }
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).expect("chmod back");
    if privileged {
        assert_eq!(run.stdout, "");
        assert_eq!(run.code, 0);
    } else {
        assert!(
            run.stdout
                .contains("actions/2026:1:1: error[unreadable-file]: "),
            "{}",
            run.stdout
        );
        assert_eq!(run.code, 1);
    }
}

#[test]
fn a_root_that_is_a_file_cannot_run() {
    let dir = repo();
    let run = short(&dir.path().join("copil.toml"));
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("copil.toml"), "{}", run.stderr);
}

const ESC: u8 = 0x1b;

fn no_escape_anywhere(root: &Path) -> Vec<Run> {
    let runs = vec![
        check(root, &[]),
        check(root, &["--format", "short"]),
        check(root, &["--format", "json"]),
        check(root, &["--format", "short", "--lang", "fr"]),
        check(root, &["--lang", "fr"]),
    ];
    for run in &runs {
        assert!(
            !run.raw.contains(&ESC),
            "a raw ESC reached the output:\n{}{}",
            run.stdout,
            run.stderr
        );
        assert!(!run.raw.contains(&b'\r'), "a raw CR reached the output");
    }
    runs
}

#[test]
fn escapes_in_record_text_never_reach_the_terminal() {
    let dir = repo();
    // Escapes written as TOML escapes: valid strings holding control characters.
    fs::write(
        dir.path().join("actions/pe-02.toml"),
        r#"title = "Rouge\u001b[31m vif\r"
commission = "petite\u001b[2J-enfance"
status = "in-progress"
"cl\u001b[31mé" = 1
"#,
    )
    .expect("write");
    fs::write(
        dir.path().join("actions/pe-04.toml"),
        ACTION.replace("in-progress", "in-progress\\u001b[0m"),
    )
    .expect("write");
    // A raw ESC and a raw CR in the text: a syntax error whose snippet shows the line.
    fs::write(
        dir.path().join("actions/pe-03.toml"),
        b"title = \"Bleu\x1b[34m\rfonc\xc3\xa9\"\ncommission = \"petite-enfance\"\nstatus = \"done\"\n",
    )
    .expect("write");
    let runs = no_escape_anywhere(dir.path());
    let human = &runs[0];
    assert_eq!(human.code, 1);
    assert!(
        human.stderr.contains("`petite\\u{1b}[2J-enfance`"),
        "{}",
        human.stderr
    );
    assert!(
        human.stderr.contains("`in-progress\\u{1b}[0m`"),
        "{}",
        human.stderr
    );
    assert!(human.stderr.contains("cl\\u{1b}[31mé"), "{}", human.stderr);
    let short = &runs[1];
    assert!(
        short.stdout.contains(
            "actions/pe-02.toml:4:1: error[unknown-field]: unknown field `cl\\u{1b}[31mé` at the top level of the file"
        ),
        "{}",
        short.stdout
    );
    assert!(
        short.stdout.contains("actions/pe-03.toml:1:"),
        "{}",
        short.stdout
    );
    let json: serde_json::Value = serde_json::from_str(&runs[2].stdout).expect("JSON");
    assert!(json["errors"].as_u64().unwrap_or(0) >= 3, "{json}");
}

#[test]
fn escapes_in_names_and_ids_never_reach_the_terminal() {
    let dir = repo();
    fs::write(
        dir.path().join("officers/amelie-roux.toml"),
        OFFICER.replace("Istres", "Istr\\u001b]0;pwned\\u0007es"),
    )
    .expect("write");
    fs::write(
        dir.path().join("commissions/petite-enfance.toml"),
        COMMISSION.replace("amelie-roux", "amelie\\u001b[1m-roux"),
    )
    .expect("write");
    let name = std::ffi::OsStr::from_bytes(b"bad\x1b[31mname.toml");
    fs::write(dir.path().join("actions").join(name), ACTION).expect("write");
    let runs = no_escape_anywhere(dir.path());
    assert_eq!(runs[0].code, 1);
    assert!(
        runs[1].stdout.contains("unknown-reference"),
        "{}",
        runs[1].stdout
    );
}

#[test]
fn a_file_with_thousands_of_problems_on_one_line() {
    let dir = repo();
    // 5,000 unknown keys in one inline table, on one line of ~60 KB.
    let keys: Vec<String> = (0..5000).map(|i| format!("k{i} = 1")).collect();
    fs::write(
        dir.path().join("officers/amelie-roux.toml"),
        format!(
            "name = \"Amélie Roux\"\nassignment = [{{ commune = \"Istres\", fte = 1.0, start = 2025-01-01, {} }}]\n",
            keys.join(", ")
        ),
    )
    .expect("write");
    let run = short(dir.path());
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    // The first hundred problems, then one saying how many more there are,
    // then the note that the FTE totals were not checked.
    assert_eq!(lines.len(), 102, "{}", run.stdout);
    assert!(
        lines[101].contains("warning[not-checked]"),
        "{}",
        lines[101]
    );
    assert_eq!(
        lines[0],
        "officers/amelie-roux.toml:2:68: error[unknown-field]: unknown field `k0` in [[assignment]]"
    );
    let last = lines[100];
    assert!(
        last.starts_with("officers/amelie-roux.toml:2:")
            && last.ends_with(
                ": error[unknown-field]: 4900 more problems in this file are not shown (this is one of them)"
            ),
        "{last}"
    );
    let column: usize = last
        .split(':')
        .nth(2)
        .and_then(|c| c.parse().ok())
        .expect("a column");
    assert!(column > 1000, "{last}");
    // Human output: a window of the long line, with the true column.
    let human = check(dir.path(), &[]);
    assert!(
        human
            .stderr
            .contains(&format!("--> officers/amelie-roux.toml:2:{column}\n")),
        "{}",
        human.stderr
    );
    assert!(human.stderr.len() < 100_000, "{} bytes", human.stderr.len());
    assert!(
        human.stderr.ends_with("101 errors, 1 warning in 4 files\n"),
        "{}",
        &human.stderr[human.stderr.len() - 300..]
    );
}
