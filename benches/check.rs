//! `ctg check` against its floor, on 1,000, 10,000 and 100,000 generated actions.
//!
//! ```text
//! cargo bench --bench check                   # everything (a few minutes)
//! cargo bench --bench check -- 10000          # only the 10,000-action runs
//! ```
//!
//! - `check`: `ctg_core::analyse` (walk, read, parse, validate, build, every rule,
//!   positions, sorting) with rayon's default pool (every core).
//! - `check_one_thread`: the same inside a one-thread pool.
//! - `floor_one_thread`: reading the same files and parsing each into a plain
//!   `toml::Table`, nothing else, on one thread. The file list is made before
//!   the timing, so the floor does not even pay for the walk.
//! - `floor_parallel`: the same floor with rayon on every core.
//! - `rules`: the cross-record rules and the sorting of the findings alone, on a
//!   repository already loaded: the 50,000 and 100,000 runs compare two halves.
//!
//! After divan's table, a summary prints the medians and the ratios that
//! `docs/performance.md` reports.

#[path = "../examples/synth/generate.rs"]
mod generate;
mod support;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use support::{corpora_dir, in_turn, median};

use rayon::prelude::*;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const SEED: u64 = 42;
/// Runs of each variant behind every figure of the summaries.
const RUNS: usize = 9;

struct Corpus {
    root: PathBuf,
    files: Vec<PathBuf>,
    bytes: usize,
    planted: usize,
}

/// The corpus of `n` actions, generated once per run (1% planted errors).
fn corpus(n: usize) -> &'static Corpus {
    static CORPORA: OnceLock<std::sync::Mutex<Vec<(usize, &'static Corpus)>>> = OnceLock::new();
    let cache = CORPORA.get_or_init(Default::default);
    let mut cache = cache.lock().expect("not poisoned");
    if let Some((_, c)) = cache.iter().find(|(size, _)| *size == n) {
        return c;
    }
    let root = corpora_dir().join(format!("actions-{n}"));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).expect("create the corpus folder");
    let generated = generate::generate(&generate::Options::scaled(n, SEED, 0.01));
    generated.write(&root).expect("write the corpus");
    let files = generated
        .files
        .iter()
        .map(|(path, _)| root.join(path))
        .collect();
    let corpus: &'static Corpus = Box::leak(Box::new(Corpus {
        root,
        files,
        bytes: generated.bytes(),
        planted: generated.planted.total(),
    }));
    cache.push((n, corpus));
    corpus
}

fn today() -> chrono::NaiveDate {
    generate::default_at()
}

fn run_check(c: &Corpus) -> usize {
    let analysis = ctg_core::analyse(&c.root, today());
    analysis.findings.errors()
}

fn parse_floor(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).expect("read");
    let table: toml::Table = text.parse().expect("valid TOML");
    table.len()
}

fn floor_one_thread(c: &Corpus) -> usize {
    c.files.iter().map(|p| parse_floor(p)).sum()
}

fn floor_parallel(c: &Corpus) -> usize {
    c.files.par_iter().map(|p| parse_floor(p)).sum()
}

fn one_thread_pool() -> &'static rayon::ThreadPool {
    static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("a pool")
    })
}

#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn check(bencher: divan::Bencher, n: usize) {
    let c = corpus(n);
    bencher.bench(|| run_check(c));
}

#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn check_one_thread(bencher: divan::Bencher, n: usize) {
    let c = corpus(n);
    bencher.bench(|| one_thread_pool().install(|| run_check(c)));
}

#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn floor_single(bencher: divan::Bencher, n: usize) {
    let c = corpus(n);
    bencher.bench(|| floor_one_thread(c));
}

#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn floor_both_cores(bencher: divan::Bencher, n: usize) {
    let c = corpus(n);
    bencher.bench(|| floor_parallel(c));
}

/// The rules and the sorting alone, on 50,000 (a half) and 100,000 actions.
#[divan::bench(args = [50_000, 100_000], sample_count = 10, sample_size = 1)]
fn rules(bencher: divan::Bencher, n: usize) {
    let c = corpus(n);
    let loaded = ctg_core::read::loader::load(&c.root);
    bencher.bench(|| {
        let diagnostics = ctg_core::rules::check(&loaded.repo, today(), Default::default());
        ctg_core::analysis::locate(&loaded.repo, diagnostics)
            .diagnostics
            .len()
    });
}

fn summary() {
    println!();
    println!("summary (median of {RUNS} runs each, in turn; seconds; ratios are check / floor)");
    println!(
        "{:>8} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9} {:>11} {:>11} {:>11}",
        "actions",
        "TOML bytes",
        "check",
        "check 1t",
        "floor 1t",
        "floor par",
        "errors ok",
        "check/fl1t",
        "check1t/fl1",
        "check/flpar"
    );
    let mut cpu_rows = Vec::new();
    for n in SIZES {
        let c = corpus(n);
        let errors = run_check(c);
        let costs = in_turn(
            &mut [
                &mut || run_check(c),
                &mut || one_thread_pool().install(|| run_check(c)),
                &mut || floor_one_thread(c),
                &mut || floor_parallel(c),
            ],
            RUNS,
        );
        cpu_rows.push((n, costs.map(|cost| cost.cpu)));
        let [check, check_1t, floor_1t, floor_par] = costs.map(|cost| cost.wall);
        let s = |d: Duration| d.as_secs_f64();
        println!(
            "{:>8} {:>10} {:>9.4} {:>9.4} {:>9.4} {:>9.4} {:>9} {:>11.2} {:>11.2} {:>11.2}",
            n,
            c.bytes,
            s(check),
            s(check_1t),
            s(floor_1t),
            s(floor_par),
            errors == c.planted,
            s(check) / s(floor_1t),
            s(check_1t) / s(floor_1t),
            s(check) / s(floor_par),
        );
    }
    println!();
    println!("CPU time per run (user + system, all threads; mean of the same runs; seconds)");
    println!(
        "{:>8} {:>9} {:>9} {:>9} {:>9} {:>12} {:>12}",
        "actions", "check", "check 1t", "floor 1t", "floor par", "check/fl1t", "check1t/fl1t"
    );
    for (n, [check, check_1t, floor_1t, floor_par]) in cpu_rows {
        println!(
            "{:>8} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>12.2} {:>12.2}",
            n,
            check,
            check_1t,
            floor_1t,
            floor_par,
            check / floor_1t,
            check_1t / floor_1t
        );
    }
    // Linearity, loosely: the rules over 100,000 actions against twice 50,000.
    let half = corpus(50_000);
    let full = corpus(100_000);
    let loaded_half = ctg_core::read::loader::load(&half.root);
    let loaded_full = ctg_core::read::loader::load(&full.root);
    let rules = |repo: &ctg_core::Repository| {
        let diagnostics = ctg_core::rules::check(repo, today(), Default::default());
        ctg_core::analysis::locate(repo, diagnostics)
            .diagnostics
            .len()
    };
    let t_half = median(|| rules(&loaded_half.repo), 5);
    let t_full = median(|| rules(&loaded_full.repo), 5);
    let c_half = median(|| run_check(half), 3);
    let c_full = median(|| run_check(full), 3);
    println!(
        "linearity: rules 50k {:.4}s, 100k {:.4}s (x{:.2}); full check 50k {:.4}s, 100k {:.4}s (x{:.2}); linear is about x2",
        t_half.as_secs_f64(),
        t_full.as_secs_f64(),
        t_full.as_secs_f64() / t_half.as_secs_f64(),
        c_half.as_secs_f64(),
        c_full.as_secs_f64(),
        c_full.as_secs_f64() / c_half.as_secs_f64(),
    );
}

fn main() {
    divan::main();
    // `cargo bench` passes --bench; without it (`cargo test --benches`) divan
    // runs each benchmark once as a test, and the summary is skipped.
    if support::benching() {
        summary();
    }
}
