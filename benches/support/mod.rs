//! What the benches share: where their corpora go, runs taken in turn, and
//! the process's CPU time.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// `target/bench-corpora`, next to the bench binary's target folder.
pub fn corpora_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench-corpora")
}

/// The median wall time of `runs` runs of `f`.
pub fn median(mut f: impl FnMut() -> usize, runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            divan::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// What one variant cost, over runs taken in turn with the others.
#[derive(Clone, Copy)]
pub struct Cost {
    /// The median wall time.
    pub wall: Duration,
    /// The mean CPU time (user + system, all threads), in seconds.
    pub cpu: f64,
}

/// Each of `variants`, run in turn `runs` times (ABCD ABCD …, not AAAA
/// BBBB …): on a shared or virtual machine whose speed drifts over minutes,
/// the ratios between variants stay fair.
pub fn in_turn<const N: usize>(
    variants: &mut [&mut dyn FnMut() -> usize; N],
    runs: usize,
) -> [Cost; N] {
    let mut walls = vec![Vec::with_capacity(runs); N];
    let mut cpus = [0.0; N];
    for _ in 0..runs {
        for ((variant, walls), cpu) in variants.iter_mut().zip(&mut walls).zip(&mut cpus) {
            let before = cpu_seconds().unwrap_or(0.0);
            let start = Instant::now();
            divan::black_box(variant());
            walls.push(start.elapsed());
            *cpu += cpu_seconds().unwrap_or(0.0) - before;
        }
    }
    std::array::from_fn(|i| {
        walls[i].sort();
        Cost {
            wall: walls[i][runs / 2],
            cpu: cpus[i] / runs as f64,
        }
    })
}

/// CPU time (user + system, all threads) this process has used, in seconds,
/// from `/proc/self/stat` (Linux; 10 ms ticks). Contention from other
/// processes inflates wall time far more than CPU time.
pub fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let user: f64 = fields.get(11)?.parse().ok()?;
    let system: f64 = fields.get(12)?.parse().ok()?;
    Some((user + system) / 100.0)
}

/// The machine's load average over the last minute (`/proc/loadavg`).
pub fn load() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| text.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN)
}

/// `true` when `cargo bench` runs the benches for real (not `cargo test
/// --benches`, which runs each once as a test, nor `--list`).
pub fn benching() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--test" || a == "--list")
}
