//! The command line, as clap parses it. Nothing here runs a command.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::messages::Lang;
use crate::render::ColorChoice;

/// Follow a Convention Territoriale Globale (CTG) from its TOML files: the
/// COPIL, the working commissions, the cooperation officers and their FTE,
/// and the action plan.
#[derive(Debug, Parser)]
#[command(name = "ctg", version, about, max_term_width = 100)]
pub struct Cli {
    /// The repository's root (the folder holding copil.toml). Default:
    /// $CTG_DIR, else the nearest folder upwards that holds copil.toml.
    #[arg(long, global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// The date "today" means, as YYYY-MM-DD: for reproducible runs and for
    /// looking ahead. Default: the local date.
    #[arg(long, global = true, value_name = "DATE", value_parser = parse_date)]
    pub at: Option<NaiveDate>,

    /// When to colour output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The language of human output. Default: convention.language, else en.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate every file and report every problem (for git pre-commit hooks).
    Check(CheckArgs),
    /// The yearly follow-up for the COPIL, as one HTML page (or Markdown).
    Report(ReportArgs),
}

/// `ctg check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// How to print the problems.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub strict: bool,
}

/// Output forms of `ctg check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Source snippets with carets, on stderr.
    Human,
    /// `file:line:col: severity[code]: message`, one per line, on stdout.
    Short,
    /// One JSON object on stdout.
    Json,
}

/// `ctg report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The year to report on. Default: the year of --at (today).
    #[arg(long, value_name = "YYYY")]
    pub year: Option<i32>,

    /// The form of the report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Html)]
    pub format: ReportFormat,

    /// Write the report to FILE rather than to stdout (never over an existing file without --force).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Output forms of `ctg report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// One self-contained page: inline CSS and SVG charts, printable on A4.
    Html,
    /// The same sections, with tables instead of charts.
    Markdown,
}

/// Parses `--at`.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a date: write it as YYYY-MM-DD, e.g. 2026-11-28"))
}
