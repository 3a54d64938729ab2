//! Read-only by proof: hashing the whole repository tree (paths, kinds,
//! contents, modes and modification times), `.git` included, before and
//! after each reading command, `check --staged` too, finds it unchanged.

#![cfg(unix)]

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::Duration;

/// The commands that only read, when this build has them.
const READING: &[&str] = &["check", "fte", "status", "actions", "report"];

fn tree_hash(root: &Path) -> (u64, usize) {
    let mut hasher = DefaultHasher::new();
    let mut entries = 0;
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.expect("walk");
        let meta = entry.path().symlink_metadata().expect("metadata");
        entry.path().hash(&mut hasher);
        meta.mode().hash(&mut hasher);
        meta.len().hash(&mut hasher);
        meta.mtime().hash(&mut hasher);
        meta.mtime_nsec().hash(&mut hasher);
        if meta.is_file() {
            std::fs::read(entry.path()).expect("read").hash(&mut hasher);
        }
        entries += 1;
    }
    (hasher.finish(), entries)
}

fn listed_commands() -> Vec<&'static str> {
    let output = crate::support::ctg()
        .arg("--help")
        .output()
        .expect("ctg --help");
    let help = String::from_utf8_lossy(&output.stdout).into_owned();
    let commands: Vec<&str> = help
        .split("Commands:")
        .nth(1)
        .unwrap_or("")
        .lines()
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .map(|c| c.to_owned())
        .collect::<Vec<_>>()
        .into_iter()
        .filter_map(|c| READING.iter().copied().find(|r| *r == c))
        .collect();
    commands
}

#[test]
fn reading_commands_leave_the_tree_unchanged() {
    let commands = listed_commands();
    assert_eq!(commands, READING, "ctg --help lists every reading command");
    let dir = tempfile::TempDir::new().expect("a temp dir");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for entry in walkdir::WalkDir::new(&data) {
        let entry = entry.expect("walk");
        let target = dir
            .path()
            .join(entry.path().strip_prefix(&data).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
    // A broken file too, so that the error paths run as well.
    std::fs::write(dir.path().join("actions/broken.toml"), "title = ").expect("write");
    // In git, with a commit, a staged change and an unstaged one, so that
    // `check --staged` runs too and `.git` (its index above all) is hashed.
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(dir.path())
            .args(["-c", "user.name=T", "-c", "user.email=t@example.org"])
            .args(["-c", "commit.gpgsign=false"])
            .args(args)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", dir.path())
            .output()
            .expect("git ran");
        assert!(out.status.success(), "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "CTG"]);
    std::fs::write(dir.path().join("actions/staged.toml"), "title = \"x\"\n").expect("write");
    git(&["add", "actions/staged.toml"]);
    std::fs::write(dir.path().join("actions/unstaged.toml"), "title = ").expect("write");
    // No `git status` here: it would refresh the index's stat data, and a
    // command of ctg's that did the same would then go unseen.
    let before = tree_hash(dir.path());
    assert!(before.1 > 20);
    assert!(dir.path().join(".git/index").is_file());
    let runs = commands
        .iter()
        .map(|command| (*command, &[][..]))
        .chain([("check", &["--staged"][..])]);
    for (command, staged) in runs {
        for format in [&[][..], &["--format", "json"][..]] {
            let output = crate::support::ctg()
                .arg("--dir")
                .arg(dir.path())
                .args(["--at", "2026-11-28", "--color", "never", command])
                .args(if command == "check" { format } else { &[][..] })
                .args(staged)
                .timeout(Duration::from_secs(60))
                .output()
                .expect("ctg ran");
            let code = output.status.code().expect("an exit status");
            assert!(code <= 2, "{command} {staged:?}: exit {code}");
            if !staged.is_empty() {
                // It did check the index: its broken file is found.
                let out = String::from_utf8_lossy(&output.stdout).into_owned()
                    + &String::from_utf8_lossy(&output.stderr);
                assert_eq!(code, 1, "{out}");
                assert!(out.contains("broken.toml"), "{out}");
            }
            assert_eq!(
                tree_hash(dir.path()),
                before,
                "`ctg {command} {staged:?}` changed the repository"
            );
        }
    } // The hash does see a write, even of the same bytes (the mtime moves).
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(dir.path().join("actions/broken.toml"), "title = ").expect("write");
    assert_ne!(tree_hash(dir.path()), before);
}
