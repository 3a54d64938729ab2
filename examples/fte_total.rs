//! A small program on the `ctg` library: load a repository and print the
//! FTE of its Caf-cofunded cooperation officers on a date.
//!
//! ```text
//! cargo run --example fte_total -- data 2026-01-05
//! ```
//!
//! Arguments: the repository's folder (default `data`) and the date (default
//! today). Files with errors of their own are left out of the total, and named.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let root = args
        .next()
        .map_or_else(|| PathBuf::from("data"), PathBuf::from);
    let date = match args.next() {
        None => chrono::Local::now().date_naive(),
        Some(text) => match ctg::cli::parse_date(&text.to_string_lossy()) {
            Ok(date) => date,
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(2);
            }
        },
    };
    let analysis = ctg_core::analyse(&root, date);
    let repo = &analysis.repo;
    let total = ctg_core::domain::staffing::total_on(
        ctg_core::domain::staffing::cofunded(repo.staff()),
        date,
    );
    match &repo.convention {
        Some(convention) => println!(
            "{}: {total} FTE cofunded on {date} (target {})",
            convention.name, convention.fte.target.value
        ),
        None => println!("{total} FTE cofunded on {date}"),
    }
    for left in &repo.left_out {
        eprintln!("left out: {} ({})", left.file, left.code);
    }
    if repo.left_out.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
