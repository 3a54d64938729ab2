//! The command line, as clap parses it. Nothing here runs a command.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::render::ColorChoice;
use ctg_core::i18n::Lang;

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
    pub lang: Option<LangArg>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The language `--lang` asks for, if any.
    pub fn lang(&self) -> Option<Lang> {
        self.lang.map(|arg| match arg {
            LangArg::En => Lang::En,
            LangArg::Fr => Lang::Fr,
        })
    }
}

/// A language, as `--lang` names it (the library's [`Lang`] knows no clap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// French.
    Fr,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate every file and report every problem (for git pre-commit hooks).
    Check(CheckArgs),
    /// Cofunded FTE (ETP) of cooperation officers against the target, by commune.
    Fte(FteArgs),
    /// The one screen to read before a meeting: convention, FTE, COPIL,
    /// commissions, actions and the data's health.
    Status(StatusArgs),
    /// The action plan, sorted by due date, with filters.
    Actions(ActionsArgs),
    /// The yearly follow-up for the COPIL, as one HTML page (or Markdown).
    Report(ReportArgs),
    /// Explain a problem code: what it means, an example, how to fix it.
    Explain(ExplainArgs),
    /// Create a new CTG repository, with commented examples to fill in.
    Init(InitArgs),
    /// Create a record (officer, commission or action) from a commented template.
    New(NewArgs),
    /// Git integration: install a pre-commit hook that runs `ctg check --staged`.
    #[command(subcommand)]
    Hook(HookCommand),
    /// Print (or write) the JSON Schemas of the files, for editors (taplo, Even Better TOML).
    Schema(SchemaArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `ctg man > ctg.1`.
    Man,
}

/// `ctg explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The code, as `ctg check` prints it (`unknown-reference`). Without it, every code is listed.
    pub code: Option<String>,
}

/// `ctg init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create the repository in (created if needed). Default: --dir, else the current folder.
    pub dir: Option<PathBuf>,

    /// Replace files that already exist.
    #[arg(long)]
    pub force: bool,
}

/// The kinds of record `ctg new` creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewKind {
    /// A cooperation officer, in officers/.
    Officer,
    /// A working commission, in commissions/.
    Commission,
    /// An action of the plan, in actions/.
    Action,
}

/// `ctg new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// What to create.
    #[arg(value_enum)]
    pub kind: NewKind,

    /// The record's id, which is its file name: lowercase letters, digits and hyphens (`marie-dupont`).
    pub id: String,

    /// The commission an action belongs to (its id).
    #[arg(long, value_name = "ID")]
    pub commission: Option<String>,

    /// The commune of an officer's first assignment.
    #[arg(long, value_name = "NAME")]
    pub commune: Option<String>,

    /// The FTE of an officer's first assignment (0 < FTE <= 1, e.g. 0.5).
    #[arg(long, value_name = "FTE")]
    pub fte: Option<String>,

    /// The start date (YYYY-MM-DD) of an officer's first assignment or of an action.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub start: Option<NaiveDate>,

    /// Replace the file if it already exists.
    #[arg(long)]
    pub force: bool,
}

/// `ctg hook`.
#[derive(Debug, Subcommand)]
pub enum HookCommand {
    /// Write the git pre-commit hook that runs `ctg check --staged`.
    Install {
        /// Replace an existing pre-commit hook.
        #[arg(long)]
        force: bool,
    },
}

/// `ctg schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Write one `<kind>.schema.json` per file kind into DIR instead of printing them.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Replace schema files that already exist in DIR.
    #[arg(long)]
    pub force: bool,
}

/// `ctg completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Shells `ctg completions` writes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
    /// PowerShell.
    Powershell,
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

    /// Check what is staged in git's index (what a commit will contain), not the working tree.
    #[arg(long)]
    pub staged: bool,
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
    /// GitHub Actions annotations (`::error file=…`), on stdout.
    Github,
}

/// Output forms of `ctg fte` and `ctg actions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for people.
    Table,
    /// One JSON object.
    Json,
    /// CSV with a header row, `.` as the decimal separator.
    Csv,
}

/// How `ctg fte` groups its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FteBy {
    /// One line per commune.
    Commune,
    /// One line per officer.
    Officer,
}

/// `ctg fte`.
#[derive(Debug, Args)]
pub struct FteArgs {
    /// Show one commune and the officers behind it. Case, accents, spaces,
    /// hyphens and apostrophes do not matter; a prefix is enough.
    #[arg(long, value_name = "NAME", conflicts_with = "by")]
    pub commune: Option<String>,

    /// Group by commune (default) or by officer.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub by: Option<FteBy>,

    /// Every date on which the cofunded FTE changes, and when the target was reached.
    #[arg(long, conflicts_with_all = ["commune", "by"])]
    pub history: bool,

    /// How to print.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// Output forms of `ctg status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// One screen of text.
    Table,
    /// One JSON object.
    Json,
    /// Markdown, to paste into meeting minutes.
    Markdown,
}

/// `ctg status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// How to print.
    #[arg(long, value_enum, default_value_t = StatusFormat::Table)]
    pub format: StatusFormat,
}

/// A status `ctg actions --status` filters on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    /// Not started.
    Planned,
    /// Under way.
    InProgress,
    /// Stopped for now, by choice.
    Paused,
    /// Stopped by an obstacle.
    Blocked,
    /// Finished.
    Done,
    /// Given up.
    Abandoned,
    /// Open and past its due date.
    Overdue,
}

/// `ctg actions`.
#[derive(Debug, Args)]
pub struct ActionsArgs {
    /// Only the actions of this commission (an id; repeat for several).
    #[arg(long, value_name = "ID")]
    pub commission: Vec<String>,

    /// Only actions with this status (repeat for several); `overdue` is open and past due.
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Vec<StatusArg>,

    /// Only actions concerning this commune (actions with no communes concern
    /// the whole territory and always match). Matched as in `ctg fte --commune`.
    #[arg(long, value_name = "NAME")]
    pub commune: Option<String>,

    /// Only actions led by this officer (an id).
    #[arg(long, value_name = "ID")]
    pub lead: Option<String>,

    /// Only actions due before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub due_before: Option<NaiveDate>,

    /// How to print.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
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
