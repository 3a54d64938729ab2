//! Read-only by proof: hashing the whole repository tree (paths, kinds,
//! contents, modes and modification times) before and after each reading
//! command finds it unchanged.

#![cfg(unix)]

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

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
    let output = Command::cargo_bin("ctg")
        .expect("the binary")
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
    let before = tree_hash(dir.path());
    assert!(before.1 > 20);
    for command in &commands {
        for format in [&[][..], &["--format", "json"][..]] {
            let output = Command::cargo_bin("ctg")
                .expect("the binary")
                .arg("--dir")
                .arg(dir.path())
                .args(["--at", "2026-11-28", "--color", "never", command])
                .args(if *command == "check" { format } else { &[][..] })
                .timeout(Duration::from_secs(60))
                .output()
                .expect("ctg ran");
            let code = output.status.code().expect("an exit status");
            assert!(code <= 2, "{command}: exit {code}");
            assert_eq!(
                tree_hash(dir.path()),
                before,
                "`ctg {command}` changed the repository"
            );
        }
    } // The hash does see a write, even of the same bytes (the mtime moves).
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(dir.path().join("actions/broken.toml"), "title = ").expect("write");
    assert_ne!(tree_hash(dir.path()), before);
}
