//! Whole processes of the commands that read git, against a plain `ctg check`
//! of the same files: what a user waits for, process start and git's own
//! work included.
//!
//! ```text
//! cargo bench --bench git               # 10,000 actions
//! cargo bench --bench git -- 100000     # another size
//! ```
//!
//! On a corpus of generated actions committed once (`A`), then with 1% of
//! the action files changed and committed again (`B`), it times, in turn:
//!
//! - `check`: `ctg check` of the work tree (the floor of this benchmark:
//!   every command below reads at least these files);
//! - `changes A..B`: `ctg changes --since A --until B`, two commits;
//! - `changes A..work tree`: `ctg changes --since A`;
//!
//! first with the work tree as `B`, then with 1% of the files edited again
//! and staged, when it also times `check --staged`.
//!
//! Each figure is the median of the runs, wall and CPU (user + system of
//! the process and its children, git included), with the load average
//! before and after. `docs/performance.md` keeps the results.

#[path = "../examples/synth/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SEED: u64 = 42;
const RUNS: usize = 15;
const AT: &str = "2026-06-15";

fn git(dir: &Path, args: &[&str], date: &str) {
    let status = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .stdout(Stdio::null())
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// Changes one action file in a hundred: its progress line, or a comment.
fn touch_one_percent(root: &Path, files: &[(String, String)], round: u32) -> usize {
    let mut changed = 0;
    for (path, text) in files
        .iter()
        .filter(|(p, _)| p.starts_with("actions/"))
        .step_by(100)
    {
        let edited = format!("{text}# reviewed, round {round}\n");
        std::fs::write(root.join(path), edited).expect("write");
        changed += 1;
    }
    changed
}

/// CPU time (user + system) of the waited-for children so far.
fn children_cpu() -> Duration {
    // SAFETY: getrusage fills the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    Duration::from_micros(micros(usage.ru_utime) + micros(usage.ru_stime))
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000);
    let ctg = PathBuf::from(env!("CARGO_BIN_EXE_ctg"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let root = target.join("bench-corpora").join(format!("git-{n}"));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).expect("corpus folder");
    let corpus = generate::generate(&generate::Options::scaled(n, SEED, 0.0));
    corpus.write(&root).expect("write the corpus");
    git(&root, &["init", "-q"], "2026-01-01T10:00:00+00:00");
    git(
        &root,
        &["config", "user.name", "Bench"],
        "2026-01-01T10:00:00+00:00",
    );
    git(
        &root,
        &["config", "user.email", "bench@example.org"],
        "2026-01-01T10:00:00+00:00",
    );
    git(&root, &["add", "-A"], "2026-01-01T10:00:00+00:00");
    git(&root, &["commit", "-qm", "A"], "2026-01-01T10:00:00+00:00");
    git(&root, &["tag", "A"], "2026-01-01T10:00:00+00:00");
    let changed = touch_one_percent(&root, &corpus.files, 1);
    git(&root, &["commit", "-qam", "B"], "2026-03-01T10:00:00+00:00");
    git(&root, &["tag", "B"], "2026-03-01T10:00:00+00:00");
    println!(
        "{n} actions, {} files, {changed} action files changed between A and B; {RUNS} runs of each, in turn",
        corpus.files.len()
    );
    // First the work tree as B, as after a commit; then with 1% of the
    // files edited again and staged, as before one.
    println!("\nThe work tree holds B:\n");
    time(
        &ctg,
        &root,
        &[
            ("check", vec!["check", "--format", "short"]),
            (
                "changes A..B",
                vec![
                    "changes", "--since", "A", "--until", "B", "--format", "json",
                ],
            ),
            (
                "changes A..work tree",
                vec!["changes", "--since", "A", "--format", "json"],
            ),
        ],
    );
    touch_one_percent(&root, &corpus.files, 2);
    git(&root, &["add", "-A"], "2026-03-01T10:00:00+00:00");
    git(
        &root,
        &["status", "--porcelain"],
        "2026-03-01T10:00:00+00:00",
    );
    println!("\nThe work tree holds B with 1% of the action files edited again and staged:\n");
    time(
        &ctg,
        &root,
        &[
            ("check", vec!["check", "--format", "short"]),
            (
                "changes A..B",
                vec![
                    "changes", "--since", "A", "--until", "B", "--format", "json",
                ],
            ),
            (
                "changes A..work tree",
                vec!["changes", "--since", "A", "--format", "json"],
            ),
            (
                "check --staged",
                vec!["check", "--staged", "--format", "short"],
            ),
        ],
    );
}

/// Runs each variant in turn, `RUNS` times after one to warm the caches,
/// and prints the medians against the first variant's.
fn time(ctg: &Path, root: &Path, variants: &[(&str, Vec<&str>)]) {
    let load_before = load();
    let mut walls = vec![Vec::new(); variants.len()];
    let mut cpus = vec![Vec::new(); variants.len()];
    for run in 0..=RUNS {
        for (i, (_, args)) in variants.iter().enumerate() {
            let cpu = children_cpu();
            let start = Instant::now();
            let status = Command::new(ctg)
                .args(["--at", AT, "--color", "never", "--dir"])
                .arg(root)
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("ctg runs");
            let wall = start.elapsed();
            assert!(status.code().is_some_and(|c| c <= 1), "{args:?}: {status}");
            if run > 0 {
                walls[i].push(wall);
                cpus[i].push(children_cpu() - cpu);
            }
        }
    }
    let load_after = load();
    let floor_wall = median(walls[0].clone());
    let floor_cpu = median(cpus[0].clone());
    println!("load average before: {load_before}; after: {load_after}\n");
    println!("| command | wall | CPU | wall / check | CPU / check |");
    println!("|---|---:|---:|---:|---:|");
    for (i, (name, _)) in variants.iter().enumerate() {
        let wall = median(walls[i].clone());
        let cpu = median(cpus[i].clone());
        println!(
            "| {name} | {:.3} s | {:.3} s | {:.2} | {:.2} |",
            wall.as_secs_f64(),
            cpu.as_secs_f64(),
            wall.as_secs_f64() / floor_wall.as_secs_f64(),
            cpu.as_secs_f64() / floor_cpu.as_secs_f64(),
        );
    }
}
