//! Writes a synthetic, realistic CTG repository, for benchmarks and scale tests.
//!
//! ```text
//! cargo run --release --example synth -- --actions 100000 --officers 2500 \
//!     --commissions 500 --out /tmp/ctg-100k [--seed 7] [--errors 0.01]
//! ctg --dir /tmp/ctg-100k --at 2026-06-15 check
//! ```
//!
//! The same seed gives the same files, byte for byte. Every record is valid
//! for `--at` (default 2026-06-15), except the planted errors (one error each,
//! in actions), whose count is printed.
//!
//! `--ctgs N` writes N CTGs side by side (`ctg-001/` …), for `ctg portfolio`:
//! each with the same number of files (1 + officers + commissions + actions),
//! its own communes (2 to 31 of them, or 50% to 150% of `--communes`), its
//! officers from 60% to 140% of `--officers` (so targets differ), a quarter
//! in English; CTGs 4, 14, … have a file that is not TOML, CTGs 8, 18, … an
//! action led by nobody known, CTGs 12, 37, … no COPIL meeting this year.
//!
//! ```text
//! cargo run --release --example synth -- --ctgs 400 --actions 230 --officers 12 \
//!     --commissions 7 --out /tmp/ctg-400     # 400 CTGs of 250 files each
//! ctg --at 2026-06-15 portfolio /tmp/ctg-400
//! ```

mod generate;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Parser;

/// Write a synthetic CTG repository.
#[derive(Debug, Parser)]
#[command(name = "synth")]
struct Args {
    /// Number of actions.
    #[arg(long)]
    actions: usize,
    /// Number of cooperation officers (at least 1).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    officers: u32,
    /// Number of commissions (at least 1).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    commissions: u32,
    /// How many communes the convention names (default: one per two
    /// officers, from 3 to 24).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    communes: Option<u32>,
    /// Write this many CTGs side by side in --out (ctg-001/, ctg-002/, …),
    /// each of 1 + officers + commissions + actions files.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    ctgs: Option<u32>,
    /// The folder to write; it must be empty or absent, unless --force.
    #[arg(long)]
    out: PathBuf,
    /// The seed of the generator.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The share of actions given one error, from 0 to 1.
    #[arg(long, default_value_t = 0.0)]
    errors: f64,
    /// The share of actions given an indicator with measures, from 0 to 1.
    #[arg(long, default_value_t = 0.0)]
    indicators: f64,
    /// The "today" the records are consistent with: check with the same `--at`.
    #[arg(long, value_parser = ctg::cli::parse_date)]
    at: Option<NaiveDate>,
    /// Write into a non-empty --out: its copil.toml, actions/, officers/ and
    /// commissions/ are replaced, and with --ctgs its ctg-* folders
    /// (nothing else in it is touched).
    #[arg(long)]
    force: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if !(0.0..=1.0).contains(&args.errors) {
        eprintln!("error: --errors must be between 0 and 1 (e.g. 0.01 for 1%)");
        return ExitCode::from(2);
    }
    if !(0.0..=1.0).contains(&args.indicators) {
        eprintln!("error: --indicators must be between 0 and 1 (e.g. 0.3 for 30%)");
        return ExitCode::from(2);
    }
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &Args) -> std::io::Result<()> {
    let out = &args.out;
    if out.exists() && !out.is_dir() {
        return Err(std::io::Error::other(format!(
            "{} exists and is not a folder",
            out.display()
        )));
    }
    let non_empty = out.is_dir() && std::fs::read_dir(out)?.next().is_some();
    if non_empty {
        if !args.force {
            return Err(std::io::Error::other(format!(
                "{} is not empty: choose an empty folder, or pass --force to replace \
                 its copil.toml, actions/, officers/ and commissions/",
                out.display()
            )));
        }
        let copil = out.join("copil.toml");
        if copil.exists() {
            std::fs::remove_file(copil)?;
        }
        for folder in ["actions", "officers", "commissions"] {
            let folder = out.join(folder);
            if folder.exists() {
                std::fs::remove_dir_all(folder)?;
            }
        }
        if args.ctgs.is_some() {
            for entry in std::fs::read_dir(out)? {
                let entry = entry?;
                if entry.file_name().to_string_lossy().starts_with("ctg-")
                    && entry.file_type()?.is_dir()
                {
                    std::fs::remove_dir_all(entry.path())?;
                }
            }
        }
    }
    std::fs::create_dir_all(out)?;
    let options = generate::Options {
        actions: args.actions,
        officers: args.officers as usize,
        commissions: args.commissions as usize,
        seed: args.seed,
        errors: args.errors,
        indicators: args.indicators,
        at: args.at.unwrap_or_else(generate::default_at),
        communes: args.communes.map(|n| n as usize),
        ..generate::Options::default()
    };
    let (files, bytes, planted) = match args.ctgs {
        None => {
            let corpus = generate::generate(&options);
            corpus.write(out)?;
            (corpus.files.len(), corpus.bytes(), corpus.planted)
        }
        Some(n) => {
            // One CTG at a time: generated, written, dropped.
            let n = n as usize;
            let (mut files, mut bytes) = (0, 0);
            let mut planted = generate::Planted::default();
            for k in 0..n {
                let corpus = generate::generate(&options.ctg(k));
                let dir = out.join(generate::Options::ctg_folder(k, n));
                std::fs::create_dir_all(&dir)?;
                corpus.write(&dir)?;
                files += corpus.files.len();
                bytes += corpus.bytes();
                for (code, count) in corpus.planted.by_code {
                    *planted.by_code.entry(code).or_default() += count;
                }
            }
            (files, bytes, planted)
        }
    };
    let planted = &planted;
    let detail: Vec<String> = planted
        .by_code
        .iter()
        .map(|(code, n)| format!("{n} {code}"))
        .collect();
    let mut report = format!(
        "wrote {files} files ({bytes} bytes of TOML) to {}{}\n",
        out.display(),
        args.ctgs
            .map(|n| format!(" in {n} CTGs"))
            .unwrap_or_default()
    );
    if detail.is_empty() {
        report.push_str("planted 0 errors\n");
    } else {
        report.push_str(&format!(
            "planted {} errors ({})\n",
            planted.total(),
            detail.join(", ")
        ));
    }
    report.push_str(&match args.ctgs {
        None => format!(
            "check it with: ctg --dir {} --at {} check\n",
            out.display(),
            options.at
        ),
        Some(_) => format!(
            "see them with: ctg --at {} portfolio {}\n",
            options.at,
            out.display()
        ),
    });
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(report.as_bytes());
    Ok(())
}
