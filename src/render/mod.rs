//! Renderers: turn answers into text. They read what the pipeline computed
//! and never a file; formats are siblings over the same data.

pub mod actions;
pub mod calendar;
pub mod changes;
pub mod check;
pub mod explain;
pub mod fit;
pub mod fte;
pub mod indicators;
pub mod portfolio;
pub mod report;
pub mod report_html;
pub mod report_markdown;
pub mod status;
pub mod svg;
pub mod table;
pub mod xlsx;

use crate::wording::help::{Help, help};
use ctg_core::i18n::Lang;

/// An answer that prints as a table, JSON or CSV (`--format`): its forms are
/// written together, beside its other renderers, and a command only picks one
/// (with [`table::json`] for every answer alike).
pub trait Listing: serde::Serialize {
    /// The table a person reads; `terminal` when stdout is one.
    fn table(&self, lang: Lang, terminal: bool) -> String;
    /// The same rows for a spreadsheet, as CSV.
    fn csv(&self, style: table::Csv) -> String;
    /// The same rows as a worksheet (`--format xlsx`), headers in `lang`.
    fn sheet(&self, lang: Lang) -> xlsx::Sheet;
}

/// The width of output that is not a terminal's (a file, a pipe, a
/// test): a screen's, whatever the terminal the command ran from.
pub const PIPED: usize = 100;

/// The columns every table and paragraph of text output fits in, decided
/// here for all of them: `COLUMNS` when it is set (a shell's, a test's),
/// else the terminal's width when stdout is one, else [`PIPED`].
pub fn width() -> usize {
    use std::io::IsTerminal;
    let usable = |columns: usize| (20..=1000).contains(&columns);
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse::<usize>().ok())
        .filter(|c| usable(*c))
    {
        return columns;
    }
    let stdout = std::io::stdout();
    if stdout.is_terminal()
        && let Some((terminal_size::Width(columns), _)) = terminal_size::terminal_size_of(&stdout)
        && usable(usize::from(columns))
    {
        return usize::from(columns);
    }
    PIPED
}

/// Whether to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    #[value(help = help(Help::ColorAuto))]
    #[default]
    Auto,
    #[value(help = help(Help::ColorAlways))]
    Always,
    #[value(help = help(Help::ColorNever))]
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream that is (or is not) a terminal.
    pub fn enabled(self, is_terminal: bool) -> bool {
        let set = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto if set("NO_COLOR") => false,
            ColorChoice::Auto
                if std::env::var_os("CLICOLOR_FORCE")
                    .is_some_and(|v| !v.is_empty() && v != "0") =>
            {
                true
            }
            ColorChoice::Auto => is_terminal,
        }
    }
}
