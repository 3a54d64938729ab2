//! The command line, as clap parses it. Nothing here runs a command.
//!
//! Every text clap shows is a variant of [`Help`] (a value's placeholder, of
//! [`Name`]), given by an attribute (`help = help(Help::Dir)`, `about = …`,
//! `#[value(help = …)]`, `value_name = name(Name::Dir)`) and read in the
//! language of the run ([`crate::wording::help::command`]), so a text without
//! its French does not compile. Fields and variants get no doc comment: clap
//! would show it (a second paragraph becomes the long help, even beside
//! `help = …`).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

use crate::render::ColorChoice;
use crate::wording::help::{Help, Name, help, name};
use ctg_core::i18n::Lang;

// The command line of `ctg` (no doc comment: clap would show it).
#[derive(Debug, Parser)]
#[command(name = "ctg", version, about = help(Help::Ctg), max_term_width = 100)]
pub struct Cli {
    #[arg(long, global = true, value_name = name(Name::Dir), help = help(Help::Dir))]
    pub dir: Option<PathBuf>,

    #[arg(long, global = true, value_name = name(Name::Date), value_parser = parse_date, help = help(Help::At))]
    pub at: Option<NaiveDate>,

    #[arg(long, global = true, value_enum, value_name = name(Name::Color), default_value_t = ColorChoice::Auto, help = help(Help::Color))]
    pub color: ColorChoice,

    #[arg(long, global = true, value_enum, value_name = name(Name::Lang), help = help(Help::Lang))]
    pub lang: Option<LangArg>,

    // What to do.
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
    #[value(help = help(Help::LangEn))]
    En,
    #[value(help = help(Help::LangFr))]
    Fr,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = help(Help::Check))]
    Check(CheckArgs),
    #[command(about = help(Help::Fte))]
    Fte(FteArgs),
    #[command(about = help(Help::Status))]
    Status(StatusArgs),
    #[command(about = help(Help::Actions))]
    Actions(ActionsArgs),
    #[command(about = help(Help::Indicators))]
    Indicators(IndicatorsArgs),
    #[command(about = help(Help::Changes))]
    Changes(ChangesArgs),
    #[command(about = help(Help::Action))]
    #[command(subcommand)]
    Action(ActionCommand),
    #[command(about = help(Help::Meeting))]
    #[command(subcommand)]
    Meeting(MeetingCommand),
    #[command(about = help(Help::Officer))]
    #[command(subcommand)]
    Officer(OfficerCommand),
    #[command(about = help(Help::Report))]
    Report(ReportArgs),
    #[command(about = help(Help::Calendar))]
    Calendar(CalendarArgs),
    #[command(about = help(Help::Portfolio))]
    Portfolio(PortfolioArgs),
    #[command(about = help(Help::Import))]
    #[command(subcommand)]
    Import(ImportCommand),
    #[command(about = help(Help::Explain))]
    Explain(ExplainArgs),
    #[command(about = help(Help::Init))]
    Init(InitArgs),
    #[command(about = help(Help::New))]
    New(NewArgs),
    #[command(about = help(Help::Hook))]
    #[command(subcommand)]
    Hook(HookCommand),
    #[command(about = help(Help::Schema))]
    Schema(SchemaArgs),
    #[command(about = help(Help::Completions))]
    Completions(CompletionsArgs),
    #[command(about = help(Help::Man))]
    Man,
}

/// `ctg import`.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    #[command(about = help(Help::ImportActions))]
    Actions(ImportActionsArgs),
}

/// `ctg import actions`.
#[derive(Debug, Args)]
pub struct ImportActionsArgs {
    #[arg(value_name = name(Name::File), help = help(Help::ImportFile))]
    pub file: PathBuf,

    #[arg(long, value_name = name(Name::Sheet), help = help(Help::ImportSheet))]
    pub sheet: Option<String>,

    #[arg(long = "map", value_name = name(Name::Map), help = help(Help::ImportMap))]
    pub map: Vec<String>,

    #[arg(long, help = help(Help::ImportListColumns))]
    pub list_columns: bool,

    #[arg(long, help = help(Help::ImportDryRun))]
    pub dry_run: bool,
}

/// `ctg explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[arg(value_name = name(Name::Code), help = help(Help::ExplainCode))]
    pub code: Option<String>,
}

/// `ctg init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    #[arg(value_name = name(Name::Dir), help = help(Help::InitDir))]
    pub dir: Option<PathBuf>,

    #[arg(long, help = help(Help::InitForce))]
    pub force: bool,
}

/// The kinds of record `ctg new` creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewKind {
    #[value(help = help(Help::NewKindOfficer))]
    Officer,
    #[value(help = help(Help::NewKindCommission))]
    Commission,
    #[value(help = help(Help::NewKindAction))]
    Action,
}

/// `ctg new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    #[arg(value_enum, value_name = name(Name::Kind), help = help(Help::NewKind))]
    pub kind: NewKind,

    #[arg(help = help(Help::NewId))]
    pub id: String,

    #[arg(long, value_name = name(Name::Text), help = help(Help::NewTitle))]
    pub title: Option<String>,

    #[arg(long, value_name = name(Name::Text), help = help(Help::NewName))]
    pub name: Option<String>,

    #[arg(long, value_name = name(Name::Id), help = help(Help::NewCommission))]
    pub commission: Option<String>,

    #[arg(long, help = help(Help::NewTerritorial))]
    pub territorial: bool,

    #[arg(long, value_name = name(Name::Name), value_delimiter = ',', num_args = 1.., help = help(Help::NewCommunes))]
    pub communes: Vec<String>,

    #[arg(long, value_name = name(Name::Name), help = help(Help::NewCommune))]
    pub commune: Option<String>,

    #[arg(long, value_name = name(Name::Fte), help = help(Help::NewFte))]
    pub fte: Option<String>,

    #[arg(long, value_name = name(Name::Date), value_parser = parse_date, help = help(Help::NewStart))]
    pub start: Option<NaiveDate>,

    #[arg(long, help = help(Help::NewForce))]
    pub force: bool,
}

/// `ctg hook`.
#[derive(Debug, Subcommand)]
pub enum HookCommand {
    #[command(about = help(Help::HookInstall))]
    Install {
        #[arg(long, help = help(Help::HookInstallForce))]
        force: bool,
    },
}

/// What every editing command takes.
#[derive(Debug, Args)]
pub struct EditArgs {
    #[arg(long, help = help(Help::DryRun))]
    pub dry_run: bool,
}

/// `ctg action ID` and a short note.
#[derive(Debug, Args)]
pub struct ActionNote {
    #[arg(value_name = name(Name::Id), help = help(Help::EditAction), add = ArgValueCompleter::new(crate::complete::open_actions))]
    pub id: String,
    #[arg(long, value_name = name(Name::Text), help = help(Help::EditNote))]
    pub note: Option<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

/// `ctg action`.
#[derive(Debug, Subcommand)]
pub enum ActionCommand {
    #[command(about = help(Help::ActionSet))]
    Set {
        #[arg(value_name = name(Name::Id), help = help(Help::EditAction), add = ArgValueCompleter::new(crate::complete::actions))]
        id: String,
        #[arg(long, value_name = name(Name::Status), help = help(Help::EditStatus), add = ArgValueCompleter::new(crate::complete::action_statuses))]
        status: Option<String>,
        #[arg(long, value_name = name(Name::Percent), help = help(Help::EditProgress))]
        progress: Option<String>,
        #[arg(long, value_name = name(Name::Date), help = help(Help::EditDue))]
        due: Option<String>,
        #[arg(long, value_name = name(Name::Id), help = help(Help::EditLead), add = ArgValueCompleter::new(crate::complete::officers))]
        lead: Option<String>,
        #[arg(long, value_name = name(Name::Text), help = help(Help::EditTitle))]
        title: Option<String>,
        #[arg(long, value_name = name(Name::Date), help = help(Help::EditCompleted))]
        completed: Option<String>,
        #[command(flatten)]
        edit: EditArgs,
    },
    #[command(about = help(Help::ActionDone))]
    Done {
        #[arg(value_name = name(Name::Id), help = help(Help::EditAction), add = ArgValueCompleter::new(crate::complete::open_actions))]
        id: String,
        #[arg(long, value_name = name(Name::Date), help = help(Help::EditOn))]
        on: Option<String>,
        #[command(flatten)]
        edit: EditArgs,
    },
    #[command(about = help(Help::ActionStart))]
    Start(ActionNote),
    #[command(about = help(Help::ActionPause))]
    Pause(ActionNote),
    #[command(about = help(Help::ActionBlock))]
    Block(ActionNote),
    #[command(about = help(Help::ActionAbandon))]
    Abandon(ActionNote),
}

/// `ctg meeting … BODY --date DATE`.
#[derive(Debug, Args)]
pub struct MeetingArgs {
    #[arg(value_name = name(Name::Body), help = help(Help::MeetingBody), add = ArgValueCompleter::new(crate::complete::bodies))]
    pub body: String,
    #[arg(long, value_name = name(Name::Date), help = help(Help::MeetingDate))]
    pub date: String,
    #[arg(long = "decision", value_name = name(Name::Text), help = help(Help::MeetingDecision))]
    pub decisions: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

/// `ctg meeting`.
#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    #[command(about = help(Help::MeetingAdd))]
    Add {
        #[command(flatten)]
        meeting: MeetingArgs,
        #[arg(long, value_name = name(Name::Status), help = help(Help::MeetingStatusArg), add = ArgValueCompleter::new(crate::complete::meeting_statuses))]
        status: Option<String>,
    },
    #[command(about = help(Help::MeetingHeld))]
    Held(MeetingArgs),
    #[command(about = help(Help::MeetingCancel))]
    Cancel(MeetingArgs),
}

/// `ctg officer`.
#[derive(Debug, Subcommand)]
pub enum OfficerCommand {
    #[command(about = help(Help::OfficerEnd))]
    End {
        #[arg(value_name = name(Name::Id), help = help(Help::EditOfficer), add = ArgValueCompleter::new(crate::complete::officers))]
        id: String,
        #[arg(long, value_name = name(Name::Date), help = help(Help::OfficerEndOn))]
        on: String,
        #[arg(long, value_name = name(Name::Name), help = help(Help::OfficerCommune), add = ArgValueCompleter::new(crate::complete::communes))]
        commune: Option<String>,
        #[command(flatten)]
        edit: EditArgs,
    },
    #[command(about = help(Help::OfficerAssign))]
    Assign {
        #[arg(value_name = name(Name::Id), help = help(Help::EditOfficer), add = ArgValueCompleter::new(crate::complete::officers))]
        id: String,
        #[arg(long, value_name = name(Name::Name), help = help(Help::OfficerCommune), add = ArgValueCompleter::new(crate::complete::communes))]
        commune: String,
        #[arg(long, value_name = name(Name::Fte), help = help(Help::OfficerFte))]
        fte: String,
        #[arg(long, value_name = name(Name::Date), help = help(Help::OfficerFrom))]
        from: String,
        #[arg(long, value_name = name(Name::Date), help = help(Help::OfficerUntil))]
        until: Option<String>,
        #[arg(long, help = help(Help::OfficerReplace))]
        replace: bool,
        #[command(flatten)]
        edit: EditArgs,
    },
}

/// `ctg schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    #[arg(long, value_name = name(Name::Dir), help = help(Help::SchemaOut))]
    pub out: Option<PathBuf>,

    #[arg(long, help = help(Help::SchemaForce))]
    pub force: bool,
}

/// `ctg completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum, value_name = name(Name::Shell), help = help(Help::CompletionsShell))]
    pub shell: Shell,
}

/// Shells `ctg completions` writes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    #[value(help = help(Help::ShellBash))]
    Bash,
    #[value(help = help(Help::ShellZsh))]
    Zsh,
    #[value(help = help(Help::ShellFish))]
    Fish,
    #[value(help = help(Help::ShellPowershell))]
    Powershell,
}

/// `ctg check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long, value_enum, value_name = name(Name::Format), default_value_t = CheckFormat::Human, help = help(Help::CheckFormat))]
    pub format: CheckFormat,

    #[arg(long, help = help(Help::CheckStrict))]
    pub strict: bool,

    #[arg(long, help = help(Help::CheckStaged))]
    pub staged: bool,

    #[arg(long, help = help(Help::CheckHook))]
    pub hook: bool,

    #[arg(short, long, requires = "hook", help = help(Help::CheckVerbose))]
    pub verbose: bool,

    #[arg(long, value_name = name(Name::Count), conflicts_with = "hook", help = help(Help::CheckMaxProblems))]
    pub max_problems: Option<usize>,
}

/// Output forms of `ctg check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    #[value(help = help(Help::CheckFormatHuman))]
    Human,
    #[value(help = help(Help::CheckFormatShort))]
    Short,
    #[value(help = help(Help::CheckFormatJson))]
    Json,
    #[value(help = help(Help::CheckFormatGithub))]
    Github,
}

/// Output forms of `ctg fte` and `ctg actions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    #[value(help = help(Help::ListFormatTable))]
    Table,
    #[value(help = help(Help::ListFormatJson))]
    Json,
    #[value(help = help(Help::ListFormatCsv))]
    Csv,
    #[value(help = help(Help::FormatXlsx))]
    Xlsx,
}

/// How `ctg fte` groups its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FteBy {
    #[value(help = help(Help::FteByCommune))]
    Commune,
    #[value(help = help(Help::FteByOfficer))]
    Officer,
}

/// `ctg fte`.
#[derive(Debug, Args)]
pub struct FteArgs {
    #[arg(long, value_name = name(Name::Name), conflicts_with = "by", help = help(Help::FteCommune), add = ArgValueCompleter::new(crate::complete::communes))]
    pub commune: Option<String>,

    #[arg(long, value_enum, value_name = name(Name::What), help = help(Help::FteBy))]
    pub by: Option<FteBy>,

    #[arg(long, conflicts_with = "by", help = help(Help::FteHistory))]
    pub history: bool,

    #[arg(long, value_enum, value_name = name(Name::Format), default_value_t = ListFormat::Table, help = help(Help::FteFormat))]
    pub format: ListFormat,

    #[command(flatten)]
    pub written: Written,
}

/// Output forms of `ctg changes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChangesFormat {
    #[value(help = help(Help::ChangesFormatTable))]
    Table,
    #[value(help = help(Help::ChangesFormatMarkdown))]
    Markdown,
    #[value(help = help(Help::ChangesFormatJson))]
    Json,
}

/// `ctg changes`.
#[derive(Debug, Args)]
pub struct ChangesArgs {
    #[arg(long, value_name = name(Name::When), default_value = "copil", help = help(Help::ChangesSince))]
    pub since: String,

    #[arg(long, value_name = name(Name::When), help = help(Help::ChangesUntil))]
    pub until: Option<String>,

    #[arg(long, value_enum, value_name = name(Name::Format), default_value_t = ChangesFormat::Table, help = help(Help::ChangesFormat))]
    pub format: ChangesFormat,
}

/// Output forms of `ctg status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    #[value(help = help(Help::StatusFormatTable))]
    Table,
    #[value(help = help(Help::StatusFormatJson))]
    Json,
    #[value(help = help(Help::StatusFormatMarkdown))]
    Markdown,
}

/// `ctg status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(long, value_enum, value_name = name(Name::Format), default_value_t = StatusFormat::Table, help = help(Help::StatusFormat))]
    pub format: StatusFormat,
}

/// A status `ctg actions --status` filters on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    #[value(help = help(Help::StatusArgPlanned))]
    Planned,
    #[value(help = help(Help::StatusArgInProgress))]
    InProgress,
    #[value(help = help(Help::StatusArgPaused))]
    Paused,
    #[value(help = help(Help::StatusArgBlocked))]
    Blocked,
    #[value(help = help(Help::StatusArgDone))]
    Done,
    #[value(help = help(Help::StatusArgAbandoned))]
    Abandoned,
    #[value(help = help(Help::StatusArgOverdue))]
    Overdue,
}

/// `ctg actions`.
#[derive(Debug, Args)]
pub struct ActionsArgs {
    #[arg(long, value_name = name(Name::Id), help = help(Help::ActionsCommission))]
    pub commission: Vec<String>,

    #[arg(long, value_parser = Spoken::<StatusArg>::new(status_word), value_name = name(Name::Status), help = help(Help::ActionsStatus))]
    pub status: Vec<StatusArg>,

    #[arg(long, value_name = name(Name::Name), help = help(Help::ActionsCommune))]
    pub commune: Option<String>,

    #[arg(long, value_name = name(Name::Id), help = help(Help::ActionsLead))]
    pub lead: Option<String>,

    #[arg(long, value_name = name(Name::Date), value_parser = parse_date, help = help(Help::ActionsDueBefore))]
    pub due_before: Option<NaiveDate>,

    #[arg(long, value_enum, value_name = name(Name::Format), default_value_t = ListFormat::Table, help = help(Help::ActionsFormat))]
    pub format: ListFormat,

    #[command(flatten)]
    pub written: Written,
}

/// `ctg indicators`.
#[derive(Debug, Args)]
pub struct IndicatorsArgs {
    #[arg(long, value_name = name(Name::Id), help = help(Help::IndicatorsCommission))]
    pub commission: Vec<String>,

    #[arg(long, value_name = name(Name::Id), help = help(Help::IndicatorsAction))]
    pub action: Vec<String>,

    #[arg(long, value_parser = Spoken::<StateArg>::new(state_word), value_name = name(Name::State), help = help(Help::IndicatorsState))]
    pub state: Vec<StateArg>,

    #[arg(long, value_enum, value_name = name(Name::Format), default_value_t = IndicatorsFormat::Table, help = help(Help::IndicatorsFormat))]
    pub format: IndicatorsFormat,

    #[command(flatten)]
    pub written: Written,
}

/// A state `ctg indicators --state` filters on; the French words are
/// accepted too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StateArg {
    #[value(alias = "atteint", help = help(Help::StateArgReached))]
    Reached,
    #[value(alias = "en-bonne-voie", help = help(Help::StateArgOnTrack))]
    OnTrack,
    #[value(alias = "en-retard", help = help(Help::StateArgBehind))]
    Behind,
    #[value(alias = "a-mettre-a-jour", help = help(Help::StateArgStale))]
    Stale,
    #[value(alias = "sans-mesure", help = help(Help::StateArgNoMeasure))]
    NoMeasure,
}

/// Output forms of `ctg indicators`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IndicatorsFormat {
    #[value(help = help(Help::ListFormatTable))]
    Table,
    #[value(help = help(Help::ListFormatJson))]
    Json,
    #[value(help = help(Help::ListFormatCsv))]
    Csv,
    #[value(help = help(Help::FormatXlsx))]
    Xlsx,
    #[value(help = help(Help::ListFormatMarkdown))]
    Markdown,
}

/// `ctg report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(long, value_name = name(Name::Year), help = help(Help::ReportYear))]
    pub year: Option<i32>,

    #[arg(long, value_enum, value_name = name(Name::Format), default_value_t = ReportFormat::Html, help = help(Help::ReportFormat))]
    pub format: ReportFormat,

    #[arg(short = 'o', long = "output", value_name = name(Name::File), help = help(Help::ReportOutput))]
    pub output: Option<PathBuf>,

    #[arg(long, help = help(Help::ReportForce))]
    pub force: bool,
}

/// `ctg calendar`.
#[derive(Debug, Args)]
pub struct CalendarArgs {
    #[arg(long, value_name = name(Name::Date), value_parser = parse_date, help = help(Help::CalendarFrom))]
    pub from: Option<NaiveDate>,

    #[arg(long, value_name = name(Name::Date), value_parser = parse_date, help = help(Help::CalendarTo))]
    pub to: Option<NaiveDate>,

    #[arg(short = 'o', long = "output", value_name = name(Name::File), help = help(Help::CalendarOutput))]
    pub output: Option<PathBuf>,

    #[arg(long, help = help(Help::CalendarForce))]
    pub force: bool,
}

/// `ctg portfolio`.
#[derive(Debug, Args)]
pub struct PortfolioArgs {
    #[arg(value_name = name(Name::Dir), help = help(Help::PortfolioDirs))]
    pub dirs: Vec<PathBuf>,

    #[arg(long, value_enum, value_name = name(Name::What), default_value_t = PortfolioSort::Name, help = help(Help::PortfolioSort))]
    pub sort: PortfolioSort,

    #[arg(long, value_enum, value_name = name(Name::Format), default_value_t = PortfolioFormat::Table, help = help(Help::PortfolioFormat))]
    pub format: PortfolioFormat,

    #[arg(long, value_name = name(Name::Dir), help = help(Help::PortfolioReports))]
    pub reports: Option<PathBuf>,

    #[command(flatten)]
    pub written: Written,
}

/// Where `actions`, `fte`, `indicators` and `portfolio` write their answer
/// (`-o`, `--force`), and the CSV's separator.
#[derive(Debug, Args)]
pub struct Written {
    #[arg(short = 'o', long = "output", value_name = name(Name::File), help = help(Help::PortfolioOutput))]
    pub output: Option<PathBuf>,

    #[arg(long, help = help(Help::PortfolioForce))]
    pub force: bool,

    #[arg(long, value_enum, value_name = name(Name::Sep), help = help(Help::CsvSep))]
    pub csv_sep: Option<CsvSep>,
}

/// A CSV's field separator; `;` goes with decimal commas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvSep {
    #[value(name = ",", help = help(Help::CsvSepComma))]
    Comma,
    #[value(name = ";", help = help(Help::CsvSepSemicolon))]
    Semicolon,
}

/// How `ctg portfolio` orders its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PortfolioSort {
    #[value(help = help(Help::PortfolioSortName))]
    Name,
    #[value(help = help(Help::PortfolioSortGap))]
    Gap,
    #[value(help = help(Help::PortfolioSortOverdue))]
    Overdue,
    #[value(help = help(Help::PortfolioSortProblems))]
    Problems,
}

/// Output forms of `ctg portfolio`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PortfolioFormat {
    #[value(help = help(Help::ListFormatTable))]
    Table,
    #[value(help = help(Help::ListFormatJson))]
    Json,
    #[value(help = help(Help::ListFormatCsv))]
    Csv,
    #[value(help = help(Help::FormatXlsx))]
    Xlsx,
    #[value(help = help(Help::ReportFormatMarkdown))]
    Markdown,
    #[value(help = help(Help::ReportFormatHtml))]
    Html,
}

/// Output forms of `ctg report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    #[value(help = help(Help::ReportFormatHtml))]
    Html,
    #[value(help = help(Help::ReportFormatMarkdown))]
    Markdown,
}

/// A value of a list (`--status`, `--state`) as people type it, in either
/// language: `en cours`, `En retard`, `terminée` are read as the list's own
/// words (`in-progress`, `overdue`, `done`) through one mapping, that of
/// [`ctg_core::domain::spoken`]; anything else is left to clap, which
/// refuses it with the list. Help and completions show the list's words.
#[derive(Clone)]
pub struct Spoken<E> {
    canonical: fn(&str) -> Option<&'static str>,
    list: std::marker::PhantomData<E>,
}

impl<E> Spoken<E> {
    fn new(canonical: fn(&str) -> Option<&'static str>) -> Self {
        Spoken {
            canonical,
            list: std::marker::PhantomData,
        }
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> clap::builder::TypedValueParser for Spoken<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        let list = clap::builder::EnumValueParser::<E>::new();
        match value.to_str().and_then(self.canonical) {
            Some(word) => list.parse_ref(cmd, arg, std::ffi::OsStr::new(word)),
            None => list.parse_ref(cmd, arg, value),
        }
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            E::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value),
        ))
    }
}

/// The `--status` word `text` names, in either language.
fn status_word(text: &str) -> Option<&'static str> {
    ctg_core::answers::actions::StatusFilter::from_word(text).map(|filter| filter.as_str())
}

/// The `--state` word `text` names, in either language.
fn state_word(text: &str) -> Option<&'static str> {
    ctg_core::domain::spoken::indicator_state(text).map(|state| state.as_str())
}

/// Parses a date flag (`--at`, `--due-before`, `--start`): `YYYY-MM-DD` or
/// `DD/MM/YYYY`, the one reading every date flag shares
/// ([`ctg_core::i18n::input::date`]). The message is never shown: a refused
/// date is worded by `app::bad_arguments` in the user's language.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    ctg_core::i18n::input::date(text).ok_or_else(|| {
        format!("`{text}` is not a date: write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-11-28")
    })
}
