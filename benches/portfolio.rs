//! `ctg portfolio` against `ctg check`: 400 CTGs of 250 files each (100,000
//! files) against one repository of 100,000 files, and against the floor
//! (reading and parsing the same 100,000 files into plain `toml::Table`s).
//!
//! ```text
//! cargo bench --bench portfolio      # divan's table, then the summary (a minute or two)
//! ```
//!
//! - `portfolio`: finding the CTGs (`read::discover::ctgs`) and
//!   `Portfolio::compute` (each CTG read, checked and summarised into one
//!   line on rayon's pool, its records dropped), as `ctg portfolio` does.
//! - `check_one`: `ctg_core::analyse` on the one repository of the same
//!   number of files, as `ctg check` does.
//! - `floor_single`, `floor_both_cores`: the portfolio's files read and
//!   parsed, on one thread and on rayon's pool; the file list is made
//!   before the timing.
//!
//! The goals (issue 15): portfolio ≤ 1.2× check_one, and ≤ 1.0× the floor.

#[path = "../examples/synth/generate.rs"]
mod generate;
mod support;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ctg_core::answers::portfolio::{Portfolio, Sort};
use rayon::prelude::*;

use support::{corpora_dir, in_turn};

const SEED: u64 = 42;
const CTGS: usize = 400;
/// Runs of each variant behind every figure of the summary.
const RUNS: usize = 9;

/// Files written, their bytes, the errors planted in them.
struct Corpus {
    root: PathBuf,
    files: Vec<PathBuf>,
    bytes: usize,
    planted: usize,
}

/// 400 CTGs of 1 + 12 + 7 + 230 = 250 files each (the officers vary from
/// CTG to CTG and the actions make up the difference); a broken file in
/// 40 of them and a dangling reference in 40.
fn portfolio_corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let root = corpora_dir().join(format!("portfolio-{CTGS}x250"));
        let base = generate::Options {
            actions: 230,
            officers: 12,
            commissions: 7,
            seed: SEED,
            ..generate::Options::default()
        };
        let _ = std::fs::remove_dir_all(&root);
        let (mut files, mut bytes, mut planted) = (Vec::new(), 0, 0);
        for k in 0..CTGS {
            let dir = root.join(generate::Options::ctg_folder(k, CTGS));
            std::fs::create_dir_all(&dir).expect("create a CTG's folder");
            let corpus = generate::generate(&base.ctg(k));
            corpus.write(&dir).expect("write a CTG");
            files.extend(corpus.files.iter().map(|(path, _)| dir.join(path)));
            bytes += corpus.bytes();
            planted += corpus.planted.total();
        }
        Corpus {
            root,
            files,
            bytes,
            planted,
        }
    })
}

/// One repository of 1 + 2,500 + 500 + 96,999 = 100,000 files.
fn one_corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let root = corpora_dir().join("one-100000-files");
        let options = generate::Options {
            actions: 96_999,
            officers: 2_500,
            commissions: 500,
            seed: SEED,
            ..generate::Options::default()
        };
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).expect("create the corpus folder");
        let corpus = generate::generate(&options);
        corpus.write(&root).expect("write the corpus");
        Corpus {
            files: corpus
                .files
                .iter()
                .map(|(path, _)| root.join(path))
                .collect(),
            root,
            bytes: corpus.bytes(),
            planted: corpus.planted.total(),
        }
    })
}

fn today() -> chrono::NaiveDate {
    generate::default_at()
}

/// `ctg portfolio`'s work: the CTGs found, each read and summarised. The
/// errors of every CTG, summed.
fn run_portfolio(c: &Corpus) -> usize {
    let found = ctg_core::read::discover::ctgs(std::slice::from_ref(&c.root));
    let ctgs: Vec<(PathBuf, String)> = found
        .ctgs
        .into_iter()
        .map(|(shown, _)| {
            let name = shown.display().to_string();
            (shown, name)
        })
        .collect();
    Portfolio::compute(&ctgs, today(), Sort::Name)
        .total
        .problems
        .errors
}

fn run_check(c: &Corpus) -> usize {
    ctg_core::analyse(&c.root, today()).findings.errors()
}

fn parse_floor(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).expect("read");
    // The broken files are not TOML: they count as no key, like the floor example.
    text.parse::<toml::Table>().map_or(0, |table| table.len())
}

fn floor_one_thread(c: &Corpus) -> usize {
    c.files.iter().map(|p| parse_floor(p)).sum()
}

fn floor_parallel(c: &Corpus) -> usize {
    c.files.par_iter().map(|p| parse_floor(p)).sum()
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn portfolio(bencher: divan::Bencher) {
    let c = portfolio_corpus();
    bencher.bench(|| run_portfolio(c));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn check_one(bencher: divan::Bencher) {
    let c = one_corpus();
    bencher.bench(|| run_check(c));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn floor_single(bencher: divan::Bencher) {
    let c = portfolio_corpus();
    bencher.bench(|| floor_one_thread(c));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn floor_both_cores(bencher: divan::Bencher) {
    let c = portfolio_corpus();
    bencher.bench(|| floor_parallel(c));
}

fn summary() {
    let (p, one) = (portfolio_corpus(), one_corpus());
    let errors_ok = run_portfolio(p) == p.planted && run_check(one) == one.planted;
    let load_before = support::load();
    let [portfolio, check, floor_1t, floor_par] = in_turn(
        &mut [
            &mut || run_portfolio(p),
            &mut || run_check(one),
            &mut || floor_one_thread(p),
            &mut || floor_parallel(p),
        ],
        RUNS,
    );
    let load_after = support::load();
    println!();
    println!(
        "summary: {CTGS} CTGs, {} files, {} bytes of TOML; one repository of {} files, {} bytes; \
         errors found = planted: {errors_ok}",
        p.files.len(),
        p.bytes,
        one.files.len(),
        one.bytes
    );
    println!(
        "median wall and mean CPU of {RUNS} runs each, in turn; load average (1 min) {load_before:.2} before, {load_after:.2} after"
    );
    println!(
        "{:>18} {:>9} {:>9} {:>13} {:>13} {:>13}",
        "", "wall s", "cpu s", "wall/check", "wall/floor1t", "cpu/floor1t"
    );
    for (name, cost) in [
        ("portfolio", portfolio),
        ("check (one repo)", check),
        ("floor 1 thread", floor_1t),
        ("floor parallel", floor_par),
    ] {
        let wall = cost.wall.as_secs_f64();
        println!(
            "{name:>18} {wall:>9.4} {:>9.3} {:>13.2} {:>13.2} {:>13.2}",
            cost.cpu,
            wall / check.wall.as_secs_f64(),
            wall / floor_1t.wall.as_secs_f64(),
            cost.cpu / floor_1t.cpu,
        );
    }
    println!(
        "goals: portfolio/check {:.2} (<= 1.2), portfolio/floor 1 thread {:.2} wall (<= 1.0), portfolio/floor parallel {:.2} wall",
        portfolio.wall.as_secs_f64() / check.wall.as_secs_f64(),
        portfolio.wall.as_secs_f64() / floor_1t.wall.as_secs_f64(),
        portfolio.wall.as_secs_f64() / floor_par.wall.as_secs_f64(),
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
