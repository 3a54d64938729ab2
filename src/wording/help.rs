//! The command line's help and manual page, in English and French.
//!
//! Every text `src/cli.rs` gives clap is a variant of [`Help`] (the
//! placeholders of values, of [`Name`]): the derive's attributes read them
//! through [`help`] and [`name`] in the language of the run, which
//! [`command`] sets before clap builds the tree. Each is an exhaustive
//! `match` on the variant and the language, so a text without its French
//! does not compile. What clap writes itself (`--help`, `--version`, `help`,
//! the headings, `[default: …]`, the manual's section names) is [`Clap`],
//! which [`localized`] puts in place for French.

use std::cell::Cell;

use clap::builder::PossibleValue;
use clap::{Arg, Command, CommandFactory};

use crate::wording::labels::colon;
use ctg_core::diagnostics::message::words::plural_fr;
use ctg_core::i18n::Lang;

thread_local! {
    /// The language of the help texts clap asks for. Per thread, so that
    /// tests building both languages at once do not mix them; `ctg` itself
    /// runs on one thread.
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// A help text, in the language of this run (English until [`command`]
/// sets another). What `src/cli.rs` writes in `help = …` and `about = …`.
pub fn help(text: Help) -> &'static str {
    text.text(LANG.get())
}

/// A value's placeholder, in the language of this run. What `src/cli.rs`
/// writes in `value_name = …`.
pub fn name(name: Name) -> &'static str {
    name.text(LANG.get())
}

/// The command line of `ctg`, its texts in `lang`. The language stays set
/// on this thread afterwards: clap asks for the helps of values
/// (`Possible values:`) only when it prints them, after the tree is built.
pub fn command(lang: Lang) -> Command {
    LANG.set(lang);
    crate::cli::Cli::command()
}

/// Every help text of the command line: the abouts of the commands, the
/// helps of the arguments and of their values, given to clap by the
/// attributes of `src/cli.rs` (`help = help(Help::Dir)`). A variant without
/// its French does not compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    /// `ctg`
    Ctg,
    /// `ctg --dir`
    Dir,
    /// `ctg --at`
    At,
    /// `ctg --color`
    Color,
    /// `ctg --color auto`
    ColorAuto,
    /// `ctg --color always`
    ColorAlways,
    /// `ctg --color never`
    ColorNever,
    /// `ctg --lang`
    Lang,
    /// `ctg --lang en`
    LangEn,
    /// `ctg --lang fr`
    LangFr,
    /// `ctg check`
    Check,
    /// `ctg check --format`
    CheckFormat,
    /// `ctg check --format human`
    CheckFormatHuman,
    /// `ctg check --format short`
    CheckFormatShort,
    /// `ctg check --format json`
    CheckFormatJson,
    /// `ctg check --format github`
    CheckFormatGithub,
    /// `ctg check --strict`
    CheckStrict,
    /// `ctg check --staged`
    CheckStaged,
    /// `ctg portfolio`
    Portfolio,
    /// `ctg import`
    Import,
    /// `ctg import actions`
    ImportActions,
    /// `ctg import actions FILE`
    ImportFile,
    /// `ctg import actions --sheet`
    ImportSheet,
    /// `ctg import actions --map`
    ImportMap,
    /// `ctg import actions --list-columns`
    ImportListColumns,
    /// `ctg import actions --dry-run`
    ImportDryRun,
    /// `ctg portfolio [DIR...]`
    PortfolioDirs,
    /// `ctg portfolio --sort`
    PortfolioSort,
    /// `--sort name`
    PortfolioSortName,
    /// `--sort gap`
    PortfolioSortGap,
    /// `--sort overdue`
    PortfolioSortOverdue,
    /// `--sort problems`
    PortfolioSortProblems,
    /// `ctg portfolio --format`
    PortfolioFormat,
    /// `ctg portfolio -o`
    PortfolioOutput,
    /// `ctg portfolio --force`
    PortfolioForce,
    /// `ctg portfolio --reports`
    PortfolioReports,
    /// `ctg calendar`
    Calendar,
    /// `ctg calendar --from`
    CalendarFrom,
    /// `ctg calendar --to`
    CalendarTo,
    /// `ctg calendar -o`
    CalendarOutput,
    /// `ctg calendar --force`
    CalendarForce,
    /// `--csv-sep` of `actions`, `fte`, `indicators`, `portfolio`
    CsvSep,
    /// `--csv-sep ,`
    CsvSepComma,
    /// `--csv-sep ';'`
    CsvSepSemicolon,
    /// `--format xlsx`
    FormatXlsx,
    /// `ctg check --hook`
    CheckHook,
    /// `ctg check --verbose`
    CheckVerbose,
    /// `ctg check --max-problems`
    CheckMaxProblems,
    /// `ctg fte`
    Fte,
    /// `ctg fte --commune`
    FteCommune,
    /// `ctg fte --by`
    FteBy,
    /// `ctg fte --by commune`
    FteByCommune,
    /// `ctg fte --by officer`
    FteByOfficer,
    /// `ctg fte --history`
    FteHistory,
    /// `ctg fte --format`
    FteFormat,
    /// `ctg fte --format table`, `ctg actions --format table`
    ListFormatTable,
    /// `ctg fte --format json`, `ctg actions --format json`
    ListFormatJson,
    /// `ctg fte --format csv`, `ctg actions --format csv`
    ListFormatCsv,
    /// `ctg status`
    Status,
    /// `ctg status --format`
    StatusFormat,
    /// `ctg status --format table`
    StatusFormatTable,
    /// `ctg status --format json`
    StatusFormatJson,
    /// `ctg status --format markdown`
    StatusFormatMarkdown,
    /// `ctg changes`
    Changes,
    /// `ctg changes --since`
    ChangesSince,
    /// `ctg changes --until`
    ChangesUntil,
    /// `ctg changes --format`
    ChangesFormat,
    /// `ctg changes --format table`
    ChangesFormatTable,
    /// `ctg changes --format markdown`
    ChangesFormatMarkdown,
    /// `ctg changes --format json`
    ChangesFormatJson,
    /// `ctg action`
    Action,
    /// `ctg action set`
    ActionSet,
    /// `ctg action done`
    ActionDone,
    /// `ctg action start`
    ActionStart,
    /// `ctg action pause`
    ActionPause,
    /// `ctg action block`
    ActionBlock,
    /// `ctg action abandon`
    ActionAbandon,
    /// an action's id or title
    EditAction,
    /// `--status`
    EditStatus,
    /// `--progress`
    EditProgress,
    /// `--due`
    EditDue,
    /// `--lead`
    EditLead,
    /// `--title`
    EditTitle,
    /// `--completed`
    EditCompleted,
    /// `--on`
    EditOn,
    /// `--note`
    EditNote,
    /// `--dry-run`
    DryRun,
    /// `ctg meeting`
    Meeting,
    /// `ctg meeting add`
    MeetingAdd,
    /// `ctg meeting held`
    MeetingHeld,
    /// `ctg meeting cancel`
    MeetingCancel,
    /// BODY
    MeetingBody,
    /// `--date`
    MeetingDate,
    /// `--status`
    MeetingStatusArg,
    /// `--decision`
    MeetingDecision,
    /// `ctg officer`
    Officer,
    /// `ctg officer end`
    OfficerEnd,
    /// `ctg officer assign`
    OfficerAssign,
    /// an officer's id or name
    EditOfficer,
    /// `officer end --on`
    OfficerEndOn,
    /// `--commune`
    OfficerCommune,
    /// `--fte`
    OfficerFte,
    /// `--from`
    OfficerFrom,
    /// `--until`
    OfficerUntil,
    /// `--replace`
    OfficerReplace,
    /// `ctg actions`
    Actions,
    /// `ctg actions --commission`
    ActionsCommission,
    /// `ctg actions --status`
    ActionsStatus,
    /// `ctg actions --status planned`
    StatusArgPlanned,
    /// `ctg actions --status in-progress`
    StatusArgInProgress,
    /// `ctg actions --status paused`
    StatusArgPaused,
    /// `ctg actions --status blocked`
    StatusArgBlocked,
    /// `ctg actions --status done`
    StatusArgDone,
    /// `ctg actions --status abandoned`
    StatusArgAbandoned,
    /// `ctg actions --status overdue`
    StatusArgOverdue,
    /// `ctg actions --commune`
    ActionsCommune,
    /// `ctg actions --lead`
    ActionsLead,
    /// `ctg actions --due-before`
    ActionsDueBefore,
    /// `ctg actions --format`
    ActionsFormat,
    /// `ctg indicators`
    Indicators,
    /// `ctg indicators --commission`
    IndicatorsCommission,
    /// `ctg indicators --action`
    IndicatorsAction,
    /// `ctg indicators --state`
    IndicatorsState,
    /// `ctg indicators --state reached`
    StateArgReached,
    /// `ctg indicators --state on-track`
    StateArgOnTrack,
    /// `ctg indicators --state behind`
    StateArgBehind,
    /// `ctg indicators --state stale`
    StateArgStale,
    /// `ctg indicators --state no-measure`
    StateArgNoMeasure,
    /// `ctg indicators --format`
    IndicatorsFormat,
    /// `--format markdown` of a list
    ListFormatMarkdown,
    /// `ctg report`
    Report,
    /// `ctg report --year`
    ReportYear,
    /// `ctg report --format`
    ReportFormat,
    /// `ctg report --format html`
    ReportFormatHtml,
    /// `ctg report --format markdown`
    ReportFormatMarkdown,
    /// `ctg report --output`
    ReportOutput,
    /// `ctg report --force`
    ReportForce,
    /// `ctg explain`
    Explain,
    /// `ctg explain <CODE>`
    ExplainCode,
    /// `ctg init`
    Init,
    /// `ctg init <DIR>`
    InitDir,
    /// `ctg init --force`
    InitForce,
    /// `ctg new`
    New,
    /// `ctg new <KIND>`
    NewKind,
    /// `ctg new officer`
    NewKindOfficer,
    /// `ctg new commission`
    NewKindCommission,
    /// `ctg new action`
    NewKindAction,
    /// `ctg new <ID>`
    NewId,
    /// `ctg new --commission`
    NewCommission,
    /// `ctg new --commune`
    NewCommune,
    /// `ctg new --title`
    NewTitle,
    /// `ctg new --name`
    NewName,
    /// `ctg new --territorial`
    NewTerritorial,
    /// `ctg new --communes`
    NewCommunes,
    /// `ctg new --fte`
    NewFte,
    /// `ctg new --start`
    NewStart,
    /// `ctg new --force`
    NewForce,
    /// `ctg hook`
    Hook,
    /// `ctg hook install`
    HookInstall,
    /// `ctg hook install --force`
    HookInstallForce,
    /// `ctg schema`
    Schema,
    /// `ctg schema --out`
    SchemaOut,
    /// `ctg schema --force`
    SchemaForce,
    /// `ctg completions`
    Completions,
    /// `ctg completions <SHELL>`
    CompletionsShell,
    /// `ctg completions bash`
    ShellBash,
    /// `ctg completions zsh`
    ShellZsh,
    /// `ctg completions fish`
    ShellFish,
    /// `ctg completions powershell`
    ShellPowershell,
    /// `ctg man`
    Man,
}

impl Help {
    /// The text in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            // The package's description, as clap's bare `about` gave it.
            (Help::Ctg, Lang::En) => env!("CARGO_PKG_DESCRIPTION"),
            (Help::Ctg, Lang::Fr) => {
                "Suivre la gouvernance d'une Convention Territoriale Globale (COPIL, commissions, chargés de coopération, plan d'actions) à partir de simples fichiers TOML"
            }
            (Help::Dir, Lang::En) => {
                "The repository's root (the folder holding copil.toml). Default: $CTG_DIR, else the nearest folder upwards that holds copil.toml"
            }
            (Help::Dir, Lang::Fr) => {
                "La racine du dépôt (le dossier qui contient copil.toml). Par défaut : $CTG_DIR, sinon le plus proche dossier parent qui contient copil.toml"
            }
            (Help::At, Lang::En) => {
                "The date \"today\" means, as YYYY-MM-DD or DD/MM/YYYY: for reproducible runs and for looking ahead. Default: the local date"
            }
            (Help::At, Lang::Fr) => {
                "La date à prendre pour « aujourd'hui », au format AAAA-MM-JJ ou JJ/MM/AAAA : pour des résultats reproductibles ou pour voir plus loin. Par défaut : la date du jour"
            }
            (Help::Color, Lang::En) => "When to colour output",
            (Help::Color, Lang::Fr) => "Quand mettre la sortie en couleur",
            (Help::ColorAuto, Lang::En) => {
                "Colour on a terminal, unless `NO_COLOR` is set (or forced by `CLICOLOR_FORCE`)"
            }
            (Help::ColorAuto, Lang::Fr) => {
                "en couleur sur un terminal, sauf avec `NO_COLOR` (`CLICOLOR_FORCE` la force)"
            }
            (Help::ColorAlways, Lang::En) => "Always colour",
            (Help::ColorAlways, Lang::Fr) => "toujours en couleur",
            (Help::ColorNever, Lang::En) => "Never colour",
            (Help::ColorNever, Lang::Fr) => "jamais en couleur",
            (Help::Lang, Lang::En) => {
                "The language of human output. Default: convention.language, else en"
            }
            (Help::Lang, Lang::Fr) => {
                "La langue des messages. Par défaut : convention.language, sinon en"
            }
            (Help::LangEn, Lang::En) => "English",
            (Help::LangEn, Lang::Fr) => "anglais",
            (Help::LangFr, Lang::En) => "French",
            (Help::LangFr, Lang::Fr) => "français",
            (Help::Check, Lang::En) => {
                "Validate every file and report every problem (for git pre-commit hooks)"
            }
            (Help::Check, Lang::Fr) => {
                "Valider chaque fichier et signaler chaque problème (pour les hooks pre-commit de git)"
            }
            (Help::CheckFormat, Lang::En) => "How to print the problems",
            (Help::CheckFormat, Lang::Fr) => "Comment afficher les problèmes",
            (Help::CheckFormatHuman, Lang::En) => "Source snippets with carets, on stderr",
            (Help::CheckFormatHuman, Lang::Fr) => {
                "extraits du fichier avec des repères, sur stderr"
            }
            (Help::CheckFormatShort, Lang::En) => {
                "`file:line:col: severity[code]: message`, one per line, on stdout"
            }
            (Help::CheckFormatShort, Lang::Fr) => {
                "`fichier:ligne:colonne: gravité[code]: message`, un par ligne, sur stdout"
            }
            (Help::CheckFormatJson, Lang::En) => "One JSON object on stdout",
            (Help::CheckFormatJson, Lang::Fr) => "un objet JSON sur stdout",
            (Help::CheckFormatGithub, Lang::En) => {
                "GitHub Actions annotations (`::error file=…`), on stdout"
            }
            (Help::CheckFormatGithub, Lang::Fr) => {
                "annotations GitHub Actions (`::error file=…`), sur stdout"
            }
            (Help::CheckStrict, Lang::En) => "Fail (exit 1) on warnings too",
            (Help::CheckStrict, Lang::Fr) => "Échouer (code 1) aussi sur les avertissements",
            (Help::CheckStaged, Lang::En) => {
                "Check what is staged in git's index (what a commit will contain), not the working tree"
            }
            (Help::CheckStaged, Lang::Fr) => {
                "Vérifier ce qui est indexé dans git (ce que contiendra le commit), pas la copie de travail"
            }
            (Help::Portfolio, Lang::En) => {
                "Every CTG under the folders given, on one screen: FTE against target, COPIL meetings, actions, data health"
            }
            (Help::Portfolio, Lang::Fr) => {
                "Toutes les CTG sous les dossiers donnés, sur un écran : ETP par rapport à la cible, réunions du COPIL, actions, qualité des données"
            }
            (Help::Import, Lang::En) => "Records from a spreadsheet (xlsx, xls, ods, csv)",
            (Help::Import, Lang::Fr) => {
                "Des enregistrements depuis un tableur (xlsx, xls, ods, csv)"
            }
            (Help::ImportActions, Lang::En) => {
                "The action plan of a spreadsheet as action records: columns mapped by header, every problem said at its cell, nothing written when one is an error"
            }
            (Help::ImportActions, Lang::Fr) => {
                "Le plan d'actions d'un tableur en fiches action : colonnes associées par leur en-tête, chaque problème signalé à sa cellule, rien d'écrit s'il y a une erreur"
            }
            (Help::ImportFile, Lang::En) => {
                "The spreadsheet: .xlsx, .xls, .ods or .csv (`;` or `,`)"
            }
            (Help::ImportFile, Lang::Fr) => "Le tableur : .xlsx, .xls, .ods ou .csv (`;` ou `,`)",
            (Help::ImportSheet, Lang::En) => {
                "The sheet to read; default: the first whose header row names the titles"
            }
            (Help::ImportSheet, Lang::Fr) => {
                "La feuille à lire ; par défaut : la première dont la ligne d'en-tête nomme les intitulés"
            }
            (Help::ImportMap, Lang::En) => {
                "Read a column (its header or letter) as a field: title, commission, lead, status, start, due, completed, communes, objective, progress, description, id, notes or ignore"
            }
            (Help::ImportMap, Lang::Fr) => {
                "Lire une colonne (son en-tête ou sa lettre) comme un champ : title, commission, lead, status, start, due, completed, communes, objective, progress, description, id, notes ou ignore"
            }
            (Help::ImportListColumns, Lang::En) => {
                "Show how each column would map, and write nothing"
            }
            (Help::ImportListColumns, Lang::Fr) => {
                "Montrer à quoi chaque colonne correspondrait, sans rien écrire"
            }
            (Help::ImportDryRun, Lang::En) => "Print the files it would write, and write nothing",
            (Help::ImportDryRun, Lang::Fr) => {
                "Afficher les fichiers qui seraient écrits, sans rien écrire"
            }
            (Help::PortfolioDirs, Lang::En) => {
                "Folders to search for CTGs (folders holding a copil.toml); default: the current folder"
            }
            (Help::PortfolioDirs, Lang::Fr) => {
                "Dossiers où chercher les CTG (dossiers qui contiennent un copil.toml) ; par défaut : le dossier courant"
            }
            (Help::PortfolioSort, Lang::En) => "Order of the lines",
            (Help::PortfolioSort, Lang::Fr) => "Ordre des lignes",
            (Help::PortfolioSortName, Lang::En) => "By name",
            (Help::PortfolioSortName, Lang::Fr) => "Par nom",
            (Help::PortfolioSortGap, Lang::En) => "The most short of their FTE target first",
            (Help::PortfolioSortGap, Lang::Fr) => "Les plus loin de leur cible d'ETP d'abord",
            (Help::PortfolioSortOverdue, Lang::En) => "The most overdue actions first",
            (Help::PortfolioSortOverdue, Lang::Fr) => "Le plus d'actions en retard d'abord",
            (Help::PortfolioSortProblems, Lang::En) => "The most errors, then warnings, first",
            (Help::PortfolioSortProblems, Lang::Fr) => {
                "Le plus d'erreurs, puis d'avertissements, d'abord"
            }
            (Help::PortfolioFormat, Lang::En) => "Output form",
            (Help::PortfolioFormat, Lang::Fr) => "Forme de la sortie",
            (Help::PortfolioOutput, Lang::En) => {
                "Write to this file (atomically; `-` for standard output) instead of printing"
            }
            (Help::PortfolioOutput, Lang::Fr) => {
                "Écrire dans ce fichier (de façon atomique ; `-` pour la sortie standard) au lieu d'afficher"
            }
            (Help::PortfolioForce, Lang::En) => "Replace the file of -o if it exists",
            (Help::PortfolioForce, Lang::Fr) => "Remplacer le fichier de -o s'il existe",
            (Help::PortfolioReports, Lang::En) => {
                "With --format html: also write each CTG's report (as `ctg report` does) into this folder, and link each CTG's name to it"
            }
            (Help::PortfolioReports, Lang::Fr) => {
                "Avec --format html : écrire aussi le bilan de chaque CTG (comme `ctg report`) dans ce dossier, et y lier le nom de chaque CTG"
            }
            (Help::Calendar, Lang::En) => {
                "The governance's dates as an iCalendar file (.ics): COPIL and commission meetings, actions' due dates, the convention's end"
            }
            (Help::Calendar, Lang::Fr) => {
                "Les dates de la gouvernance en fichier iCalendar (.ics) : réunions du COPIL et des commissions, échéances des actions, fin de la convention"
            }
            (Help::CalendarFrom, Lang::En) => {
                "Only the events on or after this date (YYYY-MM-DD or DD/MM/YYYY)"
            }
            (Help::CalendarFrom, Lang::Fr) => {
                "Seulement les événements à partir de cette date (AAAA-MM-JJ ou JJ/MM/AAAA)"
            }
            (Help::CalendarTo, Lang::En) => "Only the events on or before this date",
            (Help::CalendarTo, Lang::Fr) => "Seulement les événements jusqu'à cette date",
            (Help::CalendarOutput, Lang::En) => {
                "Write to this file (atomically; `-` for standard output) instead of printing"
            }
            (Help::CalendarOutput, Lang::Fr) => {
                "Écrire dans ce fichier (de façon atomique ; `-` pour la sortie standard) au lieu d'afficher"
            }
            (Help::CalendarForce, Lang::En) => "Replace the file of -o if it exists",
            (Help::CalendarForce, Lang::Fr) => "Remplacer le fichier de -o s'il existe",
            (Help::CsvSep, Lang::En) => {
                "The CSV's field separator (default: `;` with decimal commas when the output is in French, as French spreadsheets expect; `,` otherwise)"
            }
            (Help::CsvSep, Lang::Fr) => {
                "Le séparateur de champs du CSV (par défaut : `;` avec la virgule décimale quand la sortie est en français, comme l'attendent les tableurs français ; `,` sinon)"
            }
            (Help::CsvSepComma, Lang::En) => "comma-separated, `.` as the decimal separator",
            (Help::CsvSepComma, Lang::Fr) => {
                "séparé par des virgules, `.` comme séparateur décimal"
            }
            (Help::CsvSepSemicolon, Lang::En) => {
                "semicolon-separated, `,` as the decimal separator"
            }
            (Help::CsvSepSemicolon, Lang::Fr) => {
                "séparé par des points-virgules, `,` comme séparateur décimal"
            }
            (Help::FormatXlsx, Lang::En) => {
                "an Excel workbook (typed cells, totals computed by ctg); needs -o FILE on a terminal"
            }
            (Help::FormatXlsx, Lang::Fr) => {
                "un classeur Excel (cellules typées, totaux calculés par ctg) ; demande -o FICHIER dans un terminal"
            }
            (Help::CheckHook, Lang::En) => {
                "Print for a git pre-commit hook: what stops the commit first, other warnings in one line each (one line in all for those shown at the previous commit), and what became of the commit"
            }
            (Help::CheckHook, Lang::Fr) => {
                "Affichage pour un hook git pre-commit : d'abord ce qui arrête le commit, les autres avertissements en une ligne chacun (une seule ligne pour ceux déjà signalés au commit précédent), puis ce qu'il advient du commit"
            }
            (Help::CheckVerbose, Lang::En) => "With --hook: every warning in full",
            (Help::CheckVerbose, Lang::Fr) => "Avec --hook : chaque avertissement en entier",
            (Help::CheckMaxProblems, Lang::En) => {
                "Print at most NUMBER problems (errors first), then how many more; 0 prints every one. Default: 50 in the human form on a terminal, every one otherwise. The summary and the exit status count every problem"
            }
            (Help::CheckMaxProblems, Lang::Fr) => {
                "Afficher au plus NOMBRE problèmes (les erreurs d'abord), puis combien d'autres ; 0 les affiche tous. Par défaut : 50 dans la forme lisible sur un terminal, tous sinon. Le résumé et le code de sortie comptent tous les problèmes"
            }
            (Help::Fte, Lang::En) => {
                "Cofunded FTE (ETP) of cooperation officers against the target, by commune"
            }
            (Help::Fte, Lang::Fr) => {
                "ETP cofinancés des chargés de coopération par rapport à l'objectif, par commune"
            }
            (Help::FteCommune, Lang::En) => {
                "Show one commune and the officers behind it. Case, accents, spaces, hyphens and apostrophes do not matter; a prefix, a word, initials (PSL) or `st` for `saint` are enough"
            }
            (Help::FteCommune, Lang::Fr) => {
                "Afficher une commune et les chargés de coopération qui y sont affectés. Majuscules, accents, espaces, tirets et apostrophes ne comptent pas ; un début de nom, un mot, les initiales (PSL) ou `st` pour `saint` suffisent"
            }
            (Help::FteBy, Lang::En) => "Group by commune (default) or by officer",
            (Help::FteBy, Lang::Fr) => {
                "Regrouper par commune (par défaut) ou par chargé de coopération"
            }
            (Help::FteByCommune, Lang::En) => "One line per commune",
            (Help::FteByCommune, Lang::Fr) => "une ligne par commune",
            (Help::FteByOfficer, Lang::En) => "One line per officer",
            (Help::FteByOfficer, Lang::Fr) => "une ligne par chargé de coopération",
            (Help::FteHistory, Lang::En) => {
                "Every date on which the cofunded FTE changes, and when the target was reached (with --commune: in that commune, against its own target)"
            }
            (Help::FteHistory, Lang::Fr) => {
                "Chaque date où les ETP cofinancés changent, et quand l'objectif a été atteint (avec --commune : dans cette commune, par rapport à sa propre cible)"
            }
            (Help::FteFormat, Lang::En) => "How to print",
            (Help::FteFormat, Lang::Fr) => "Comment afficher",
            (Help::ListFormatTable, Lang::En) => "A table for people",
            (Help::ListFormatTable, Lang::Fr) => "un tableau à lire",
            (Help::ListFormatJson, Lang::En) => "One JSON object",
            (Help::ListFormatJson, Lang::Fr) => "un objet JSON",
            (Help::ListFormatCsv, Lang::En) => "CSV with a header row (see --csv-sep)",
            (Help::ListFormatCsv, Lang::Fr) => "CSV avec une ligne d'en-tête (voir --csv-sep)",
            (Help::Indicators, Lang::En) => {
                "The indicators of the plan: baseline, latest measure, target, progress against the expected line, and state"
            }
            (Help::Indicators, Lang::Fr) => {
                "Les indicateurs du plan : référence, dernière mesure, cible, progression face à la trajectoire attendue, et état"
            }
            (Help::IndicatorsCommission, Lang::En) => {
                "Only this commission's indicators and its actions' (repeatable)"
            }
            (Help::IndicatorsCommission, Lang::Fr) => {
                "Seulement les indicateurs de cette commission et de ses actions (répétable)"
            }
            (Help::IndicatorsAction, Lang::En) => "Only this action's indicators (repeatable)",
            (Help::IndicatorsAction, Lang::Fr) => {
                "Seulement les indicateurs de cette action (répétable)"
            }
            (Help::IndicatorsState, Lang::En) => "Only indicators in this state (repeatable)",
            (Help::IndicatorsState, Lang::Fr) => {
                "Seulement les indicateurs dans cet état (répétable)"
            }
            (Help::StateArgReached, Lang::En) => "The latest measure meets the target",
            (Help::StateArgReached, Lang::Fr) => "la dernière mesure atteint la cible (atteint)",
            (Help::StateArgOnTrack, Lang::En) => {
                "At or above the straight line from baseline to target"
            }
            (Help::StateArgOnTrack, Lang::Fr) => {
                "sur ou au-dessus de la droite de la référence à la cible (en-bonne-voie)"
            }
            (Help::StateArgBehind, Lang::En) => "Below that line",
            (Help::StateArgBehind, Lang::Fr) => "en dessous de cette droite (en-retard)",
            (Help::StateArgStale, Lang::En) => "No measure within one period",
            (Help::StateArgStale, Lang::Fr) => {
                "aucune mesure depuis plus d'une période (a-mettre-a-jour)"
            }
            (Help::StateArgNoMeasure, Lang::En) => "No measure yet",
            (Help::StateArgNoMeasure, Lang::Fr) => "aucune mesure encore (sans-mesure)",
            (Help::IndicatorsFormat, Lang::En) => "How to print",
            (Help::IndicatorsFormat, Lang::Fr) => "Comment afficher",
            (Help::ListFormatMarkdown, Lang::En) => "A markdown table, for minutes",
            (Help::ListFormatMarkdown, Lang::Fr) => "un tableau markdown, pour un compte rendu",
            (Help::Status, Lang::En) => {
                "The one screen to read before a meeting: convention, FTE, COPIL, commissions, actions and the data's health"
            }
            (Help::Status, Lang::Fr) => {
                "L'écran à lire avant une réunion : convention, ETP, COPIL, commissions, fiches action et état des données"
            }
            (Help::StatusFormat, Lang::En) => "How to print",
            (Help::StatusFormat, Lang::Fr) => "Comment afficher",
            (Help::StatusFormatTable, Lang::En) => "One screen of text",
            (Help::StatusFormatTable, Lang::Fr) => "un écran de texte",
            (Help::StatusFormatJson, Lang::En) => "One JSON object",
            (Help::StatusFormatJson, Lang::Fr) => "un objet JSON",
            (Help::StatusFormatMarkdown, Lang::En) => "Markdown, to paste into meeting minutes",
            (Help::StatusFormatMarkdown, Lang::Fr) => {
                "Markdown, à coller dans un compte rendu de réunion"
            }
            (Help::Changes, Lang::En) => {
                "What moved since the last COPIL (or between two versions), read from git: officers, FTE, actions, meetings"
            }
            (Help::Changes, Lang::Fr) => {
                "Ce qui a bougé depuis le dernier COPIL (ou entre deux versions), lu dans git : chargés de coopération, ETP, fiches action, réunions"
            }
            (Help::ChangesSince, Lang::En) => {
                "From when: `copil` (the last COPIL held, the default), a date (YYYY-MM-DD or DD/MM/YYYY), or a git revision (tag, branch, commit, HEAD~3)"
            }
            (Help::ChangesSince, Lang::Fr) => {
                "Depuis quand : `copil` (le dernier COPIL tenu, par défaut), une date (AAAA-MM-JJ ou JJ/MM/AAAA) ou une révision git (étiquette, branche, commit, HEAD~3)"
            }
            (Help::ChangesUntil, Lang::En) => {
                "Up to when: a date or a git revision (default: the files as they are now, uncommitted edits included)"
            }
            (Help::ChangesUntil, Lang::Fr) => {
                "Jusqu'à quand : une date ou une révision git (par défaut : les fichiers tels qu'ils sont, modifications non validées comprises)"
            }
            (Help::ChangesFormat, Lang::En) => "How to print",
            (Help::ChangesFormat, Lang::Fr) => "Comment afficher",
            (Help::ChangesFormatTable, Lang::En) => "Text for the terminal",
            (Help::ChangesFormatTable, Lang::Fr) => "du texte pour le terminal",
            (Help::ChangesFormatMarkdown, Lang::En) => "Markdown, to paste into meeting minutes",
            (Help::ChangesFormatMarkdown, Lang::Fr) => {
                "Markdown, à coller dans un compte rendu de réunion"
            }
            (Help::ChangesFormatJson, Lang::En) => "One JSON object (shape in docs/commands.md)",
            (Help::ChangesFormatJson, Lang::Fr) => "un objet JSON (forme dans docs/commands.md)",
            (Help::Action, Lang::En) => {
                "Change an action's record: status, progress, due date, lead, title"
            }
            (Help::Action, Lang::Fr) => {
                "Modifier une fiche action : statut, avancement, échéance, pilote, titre"
            }
            (Help::ActionSet, Lang::En) => "Set fields of an action",
            (Help::ActionSet, Lang::Fr) => "Modifier des champs d'une fiche action",
            (Help::ActionDone, Lang::En) => {
                "Mark an action done, completed on a day (default: today)"
            }
            (Help::ActionDone, Lang::Fr) => {
                "Marquer une fiche action terminée, à une date (par défaut : aujourd'hui)"
            }
            (Help::ActionStart, Lang::En) => "Mark an action in progress",
            (Help::ActionStart, Lang::Fr) => "Marquer une fiche action en cours",
            (Help::ActionPause, Lang::En) => "Mark an action paused",
            (Help::ActionPause, Lang::Fr) => "Marquer une fiche action en pause",
            (Help::ActionBlock, Lang::En) => "Mark an action blocked",
            (Help::ActionBlock, Lang::Fr) => "Marquer une fiche action bloquée",
            (Help::ActionAbandon, Lang::En) => "Mark an action abandoned",
            (Help::ActionAbandon, Lang::Fr) => "Marquer une fiche action abandonnée",
            (Help::EditAction, Lang::En) => {
                "The action: its id, or its title or the start of either (any case, with or without accents)"
            }
            (Help::EditAction, Lang::Fr) => {
                "La fiche action : son identifiant, ou son titre, ou le début de l'un des deux (majuscules et accents indifférents)"
            }
            (Help::EditStatus, Lang::En) => {
                "planned, in-progress, paused, blocked, done, abandoned (or in French: prévue, en cours, en pause, bloquée, terminée, abandonnée)"
            }
            (Help::EditStatus, Lang::Fr) => {
                "prévue, en cours, en pause, bloquée, terminée, abandonnée (ou les mots du fichier : planned, in-progress…)"
            }
            (Help::EditProgress, Lang::En) => "Progress, from 0 to 100 (percent)",
            (Help::EditProgress, Lang::Fr) => "Avancement, de 0 à 100 (pour cent)",
            (Help::EditDue, Lang::En) => "The due date: YYYY-MM-DD or DD/MM/YYYY",
            (Help::EditDue, Lang::Fr) => "L'échéance : AAAA-MM-JJ ou JJ/MM/AAAA",
            (Help::EditLead, Lang::En) => "The officer who leads it: an id or a name",
            (Help::EditLead, Lang::Fr) => {
                "Le chargé de coopération pilote : un identifiant ou un nom"
            }
            (Help::EditTitle, Lang::En) => "The action's title",
            (Help::EditTitle, Lang::Fr) => "Le titre de la fiche action",
            (Help::EditCompleted, Lang::En) => "The day it was completed: YYYY-MM-DD or DD/MM/YYYY",
            (Help::EditCompleted, Lang::Fr) => {
                "Le jour où elle a été terminée : AAAA-MM-JJ ou JJ/MM/AAAA"
            }
            (Help::EditOn, Lang::En) => {
                "The day: YYYY-MM-DD or DD/MM/YYYY (default: today, or --at)"
            }
            (Help::EditOn, Lang::Fr) => {
                "Le jour : AAAA-MM-JJ ou JJ/MM/AAAA (par défaut : aujourd'hui, ou --at)"
            }
            (Help::EditNote, Lang::En) => "Why, written as a dated comment above the status",
            (Help::EditNote, Lang::Fr) => "Pourquoi, écrit en commentaire daté au-dessus du statut",
            (Help::DryRun, Lang::En) => "Print the change as a diff and write nothing",
            (Help::DryRun, Lang::Fr) => {
                "Afficher la modification sous forme de diff, sans rien écrire"
            }
            (Help::Meeting, Lang::En) => "Record a meeting of the COPIL or of a commission",
            (Help::Meeting, Lang::Fr) => "Enregistrer une réunion du COPIL ou d'une commission",
            (Help::MeetingAdd, Lang::En) => "Add a meeting",
            (Help::MeetingAdd, Lang::Fr) => "Ajouter une réunion",
            (Help::MeetingHeld, Lang::En) => {
                "Mark a meeting held (a planned one on that day, or a new one), with its decisions"
            }
            (Help::MeetingHeld, Lang::Fr) => {
                "Marquer une réunion tenue (celle prévue ce jour-là, ou une nouvelle), avec ses décisions"
            }
            (Help::MeetingCancel, Lang::En) => "Mark a meeting cancelled",
            (Help::MeetingCancel, Lang::Fr) => "Marquer une réunion annulée",
            (Help::MeetingBody, Lang::En) => "`copil`, or a commission: its id or its name",
            (Help::MeetingBody, Lang::Fr) => {
                "`copil`, ou une commission : son identifiant ou son nom"
            }
            (Help::MeetingDate, Lang::En) => "The meeting's day: YYYY-MM-DD or DD/MM/YYYY",
            (Help::MeetingDate, Lang::Fr) => "Le jour de la réunion : AAAA-MM-JJ ou JJ/MM/AAAA",
            (Help::MeetingStatusArg, Lang::En) => {
                "held, planned or cancelled (tenue, prévue, annulée); default: held, or planned for a day still to come"
            }
            (Help::MeetingStatusArg, Lang::Fr) => {
                "held, planned ou cancelled (tenue, prévue, annulée) ; par défaut : tenue, ou prévue pour un jour à venir"
            }
            (Help::MeetingDecision, Lang::En) => "A decision taken (repeat for several)",
            (Help::MeetingDecision, Lang::Fr) => "Une décision prise (à répéter pour plusieurs)",
            (Help::Officer, Lang::En) => {
                "Record an officer's assignments: the day one ends, a new one"
            }
            (Help::Officer, Lang::Fr) => {
                "Enregistrer les affectations d'un chargé de coopération : la fin de l'une, une nouvelle"
            }
            (Help::OfficerEnd, Lang::En) => {
                "End the officer's open assignments on a day (instead of deleting the file: the FTE history stays)"
            }
            (Help::OfficerEnd, Lang::Fr) => {
                "Terminer les affectations en cours du chargé de coopération à une date (plutôt que supprimer le fichier : l'historique des ETP reste)"
            }
            (Help::OfficerAssign, Lang::En) => "Add an assignment to a commune",
            (Help::OfficerAssign, Lang::Fr) => "Ajouter une affectation à une commune",
            (Help::EditOfficer, Lang::En) => {
                "The officer: their id, or their name or the start of either"
            }
            (Help::EditOfficer, Lang::Fr) => {
                "Le chargé de coopération : son identifiant, ou son nom, ou le début de l'un des deux"
            }
            (Help::OfficerEndOn, Lang::En) => {
                "The last day of the assignment: YYYY-MM-DD or DD/MM/YYYY"
            }
            (Help::OfficerEndOn, Lang::Fr) => {
                "Le dernier jour de l'affectation : AAAA-MM-JJ ou JJ/MM/AAAA"
            }
            (Help::OfficerCommune, Lang::En) => "The commune (as `fte --commune` matches it)",
            (Help::OfficerCommune, Lang::Fr) => "La commune (reconnue comme par `fte --commune`)",
            (Help::OfficerFte, Lang::En) => "The share of a post: 0.5 or 0,5",
            (Help::OfficerFte, Lang::Fr) => "La part d'un poste : 0.5 ou 0,5",
            (Help::OfficerFrom, Lang::En) => "The first day: YYYY-MM-DD or DD/MM/YYYY",
            (Help::OfficerFrom, Lang::Fr) => "Le premier jour : AAAA-MM-JJ ou JJ/MM/AAAA",
            (Help::OfficerUntil, Lang::En) => "The last day, if known",
            (Help::OfficerUntil, Lang::Fr) => "Le dernier jour, s'il est connu",
            (Help::OfficerReplace, Lang::En) => {
                "End the open assignment in that commune the day before"
            }
            (Help::OfficerReplace, Lang::Fr) => {
                "Terminer la veille l'affectation en cours dans cette commune"
            }
            (Help::Actions, Lang::En) => "The action plan, sorted by due date, with filters",
            (Help::Actions, Lang::Fr) => "Le plan d'actions, trié par échéance, avec des filtres",
            (Help::ActionsCommission, Lang::En) => {
                "Only the actions of this commission (its id or name, as --commune matches; repeat for several)"
            }
            (Help::ActionsCommission, Lang::Fr) => {
                "Seulement les fiches action de cette commission (son identifiant ou son nom, reconnu comme --commune ; à répéter pour plusieurs)"
            }
            (Help::ActionsStatus, Lang::En) => {
                "Only actions with this status (repeat for several); `overdue` is open and past due"
            }
            (Help::ActionsStatus, Lang::Fr) => {
                "Seulement les fiches action de ce statut (à répéter pour plusieurs) ; `overdue` : ouverte et en retard"
            }
            (Help::StatusArgPlanned, Lang::En) => "Not started",
            (Help::StatusArgPlanned, Lang::Fr) => "pas commencée",
            (Help::StatusArgInProgress, Lang::En) => "Under way",
            (Help::StatusArgInProgress, Lang::Fr) => "en cours",
            (Help::StatusArgPaused, Lang::En) => "Stopped for now, by choice",
            (Help::StatusArgPaused, Lang::Fr) => "arrêtée pour l'instant, par choix",
            (Help::StatusArgBlocked, Lang::En) => "Stopped by an obstacle",
            (Help::StatusArgBlocked, Lang::Fr) => "arrêtée par un obstacle",
            (Help::StatusArgDone, Lang::En) => "Finished",
            (Help::StatusArgDone, Lang::Fr) => "terminée",
            (Help::StatusArgAbandoned, Lang::En) => "Given up",
            (Help::StatusArgAbandoned, Lang::Fr) => "abandonnée",
            (Help::StatusArgOverdue, Lang::En) => "Open and past its due date",
            (Help::StatusArgOverdue, Lang::Fr) => "ouverte et en retard sur son échéance",
            (Help::ActionsCommune, Lang::En) => {
                "Only actions concerning this commune (actions with no communes concern the whole territory and always match). Matched as in `ctg fte --commune`"
            }
            (Help::ActionsCommune, Lang::Fr) => {
                "Seulement les fiches action qui concernent cette commune (une fiche sans communes concerne tout le territoire et correspond toujours). Reconnue comme dans `ctg fte --commune`"
            }
            (Help::ActionsLead, Lang::En) => {
                "Only actions led by this officer (an id or a name: `Sophie Garcia`, `sophie` when only one officer has it)"
            }
            (Help::ActionsLead, Lang::Fr) => {
                "Seulement les fiches action pilotées par ce chargé de coopération (un identifiant ou un nom : `Sophie Garcia`, `sophie` si un seul chargé le porte)"
            }
            (Help::ActionsDueBefore, Lang::En) => {
                "Only actions due before this date (YYYY-MM-DD or DD/MM/YYYY)"
            }
            (Help::ActionsDueBefore, Lang::Fr) => {
                "Seulement les fiches action dont l'échéance précède cette date (AAAA-MM-JJ ou JJ/MM/AAAA)"
            }
            (Help::ActionsFormat, Lang::En) => "How to print",
            (Help::ActionsFormat, Lang::Fr) => "Comment afficher",
            (Help::Report, Lang::En) => {
                "The yearly follow-up for the COPIL, as one HTML page (or Markdown)"
            }
            (Help::Report, Lang::Fr) => {
                "Le bilan annuel pour le COPIL, en une page HTML (ou en Markdown)"
            }
            (Help::ReportYear, Lang::En) => {
                "The year to report on, as of its last day (or --at if earlier). Default: the year of --at (today)"
            }
            (Help::ReportYear, Lang::Fr) => {
                "L'année du bilan, au dernier jour de l'année (ou à --at si antérieur). Par défaut : l'année de --at (aujourd'hui)"
            }
            (Help::ReportFormat, Lang::En) => "The form of the report",
            (Help::ReportFormat, Lang::Fr) => "La forme du bilan",
            (Help::ReportFormatHtml, Lang::En) => {
                "One self-contained page: inline CSS and SVG charts, printable on A4"
            }
            (Help::ReportFormatHtml, Lang::Fr) => {
                "une page autonome : CSS et graphiques SVG intégrés, imprimable en A4"
            }
            (Help::ReportFormatMarkdown, Lang::En) => {
                "The same sections, with tables instead of charts"
            }
            (Help::ReportFormatMarkdown, Lang::Fr) => {
                "les mêmes parties, avec des tableaux au lieu des graphiques"
            }
            (Help::ReportOutput, Lang::En) => {
                "Write the report to FILE rather than to stdout (never over an existing file without --force, except a report ctg wrote)"
            }
            (Help::ReportOutput, Lang::Fr) => {
                "Écrire le bilan dans FICHIER plutôt que sur stdout (jamais par-dessus un fichier existant sans --force, sauf un bilan écrit par ctg)"
            }
            (Help::ReportForce, Lang::En) => "Replace FILE if it exists",
            (Help::ReportForce, Lang::Fr) => "Remplacer FICHIER s'il existe",
            (Help::Explain, Lang::En) => {
                "Explain a problem code: what it means, an example, how to fix it"
            }
            (Help::Explain, Lang::Fr) => {
                "Expliquer un code de problème : ce qu'il signifie, un exemple, comment le corriger"
            }
            (Help::ExplainCode, Lang::En) => {
                "The code, as `ctg check` prints it (`unknown-reference`). Without it, every code is listed"
            }
            (Help::ExplainCode, Lang::Fr) => {
                "Le code, tel que `ctg check` l'affiche (`unknown-reference`). Sans code, tous les codes sont listés"
            }
            (Help::Init, Lang::En) => {
                "Create a new CTG repository, with commented examples to fill in"
            }
            (Help::Init, Lang::Fr) => {
                "Créer un nouveau dépôt CTG, avec des exemples commentés à remplir"
            }
            (Help::InitDir, Lang::En) => {
                "The folder to create the repository in (created if needed). Default: --dir, else the current folder"
            }
            (Help::InitDir, Lang::Fr) => {
                "Le dossier où créer le dépôt (créé si besoin). Par défaut : --dir, sinon le dossier courant"
            }
            (Help::InitForce, Lang::En) => "Replace files that already exist",
            (Help::InitForce, Lang::Fr) => "Remplacer les fichiers qui existent déjà",
            (Help::New, Lang::En) => {
                "Create a record (officer, commission or action) from a commented template"
            }
            (Help::New, Lang::Fr) => {
                "Créer une fiche (chargé de coopération, commission ou fiche action) à partir d'un modèle commenté"
            }
            (Help::NewKind, Lang::En) => "What to create",
            (Help::NewKind, Lang::Fr) => "Ce qu'il faut créer",
            (Help::NewKindOfficer, Lang::En) => "A cooperation officer, in officers/",
            (Help::NewKindOfficer, Lang::Fr) => "un chargé de coopération, dans officers/",
            (Help::NewKindCommission, Lang::En) => "A working commission, in commissions/",
            (Help::NewKindCommission, Lang::Fr) => "une commission thématique, dans commissions/",
            (Help::NewKindAction, Lang::En) => "An action of the plan, in actions/",
            (Help::NewKindAction, Lang::Fr) => "une fiche action du plan, dans actions/",
            (Help::NewId, Lang::En) => {
                "The record's id, which is its file name: lowercase letters, digits and hyphens (`marie-dupont`)"
            }
            (Help::NewId, Lang::Fr) => {
                "L'identifiant de la fiche, qui est son nom de fichier : minuscules, chiffres et tirets (`marie-dupont`)"
            }
            (Help::NewCommission, Lang::En) => "The commission an action belongs to (its id)",
            (Help::NewCommission, Lang::Fr) => {
                "La commission dont relève une fiche action (son identifiant)"
            }
            (Help::NewCommune, Lang::En) => "The commune of an officer's first assignment",
            (Help::NewCommune, Lang::Fr) => {
                "La commune de la première affectation d'un chargé de coopération"
            }
            (Help::NewTitle, Lang::En) => {
                "An action's title (else one is made from its id: change it in the file)"
            }
            (Help::NewTitle, Lang::Fr) => {
                "L'intitulé d'une fiche action (sinon il est tiré de l'identifiant : à changer dans le fichier)"
            }
            (Help::NewName, Lang::En) => {
                "A commission's or an officer's name (else one is made from the id)"
            }
            (Help::NewName, Lang::Fr) => {
                "Le nom d'une commission ou d'un chargé de coopération (sinon il est tiré de l'identifiant)"
            }
            (Help::NewTerritorial, Lang::En) => {
                "Make a territorial commission, over the communes of --communes"
            }
            (Help::NewTerritorial, Lang::Fr) => {
                "Créer une commission territoriale, sur les communes de --communes"
            }
            (Help::NewCommunes, Lang::En) => {
                "The communes of a territorial commission, separated by commas (as in `ctg fte --commune`, a prefix is enough); makes the commission territorial"
            }
            (Help::NewCommunes, Lang::Fr) => {
                "Les communes d'une commission territoriale, séparées par des virgules (comme pour `ctg fte --commune`, le début du nom suffit) ; rend la commission territoriale"
            }
            (Help::NewFte, Lang::En) => {
                "The FTE of an officer's first assignment (0 < FTE <= 1, e.g. 0.5)"
            }
            (Help::NewFte, Lang::Fr) => {
                "L'ETP de la première affectation d'un chargé de coopération (0 < ETP <= 1, par exemple 0,5)"
            }
            (Help::NewStart, Lang::En) => {
                "The start date (YYYY-MM-DD or DD/MM/YYYY) of an officer's first assignment or of an action"
            }
            (Help::NewStart, Lang::Fr) => {
                "La date de début (AAAA-MM-JJ ou JJ/MM/AAAA) de la première affectation d'un chargé de coopération ou d'une fiche action"
            }
            (Help::NewForce, Lang::En) => "Replace the file if it already exists",
            (Help::NewForce, Lang::Fr) => "Remplacer le fichier s'il existe déjà",
            (Help::Hook, Lang::En) => {
                "Git integration: install a pre-commit hook that runs `ctg check --staged`"
            }
            (Help::Hook, Lang::Fr) => {
                "Intégration à git : installer un hook pre-commit qui lance `ctg check --staged`"
            }
            (Help::HookInstall, Lang::En) => {
                "Write the git pre-commit hook that runs `ctg check --staged`"
            }
            (Help::HookInstall, Lang::Fr) => {
                "Écrire le hook pre-commit de git qui lance `ctg check --staged`"
            }
            (Help::HookInstallForce, Lang::En) => "Replace an existing pre-commit hook",
            (Help::HookInstallForce, Lang::Fr) => "Remplacer un hook pre-commit existant",
            (Help::Schema, Lang::En) => {
                "Print (or write) the JSON Schemas of the files, for editors (taplo, Even Better TOML)"
            }
            (Help::Schema, Lang::Fr) => {
                "Afficher (ou écrire) les schémas JSON des fichiers, pour les éditeurs (taplo, Even Better TOML)"
            }
            (Help::SchemaOut, Lang::En) => {
                "Write one `<kind>.schema.json` per file kind into DIR instead of printing them"
            }
            (Help::SchemaOut, Lang::Fr) => {
                "Écrire un `<kind>.schema.json` par sorte de fichier dans DOSSIER au lieu de les afficher"
            }
            (Help::SchemaForce, Lang::En) => "Replace schema files that already exist in DIR",
            (Help::SchemaForce, Lang::Fr) => {
                "Remplacer les fichiers de schéma qui existent déjà dans DOSSIER"
            }
            (Help::Completions, Lang::En) => "Print a shell completion script",
            (Help::Completions, Lang::Fr) => "Afficher un script de complétion pour le shell",
            (Help::CompletionsShell, Lang::En) => "The shell",
            (Help::CompletionsShell, Lang::Fr) => "Le shell",
            (Help::ShellBash, Lang::En) => "Bash",
            (Help::ShellBash, Lang::Fr) => "Bash",
            (Help::ShellZsh, Lang::En) => "Zsh",
            (Help::ShellZsh, Lang::Fr) => "Zsh",
            (Help::ShellFish, Lang::En) => "Fish",
            (Help::ShellFish, Lang::Fr) => "Fish",
            (Help::ShellPowershell, Lang::En) => "PowerShell",
            (Help::ShellPowershell, Lang::Fr) => "PowerShell",
            (Help::Man, Lang::En) => "Print the manual page (roff), e.g. `ctg man > ctg.1`",
            (Help::Man, Lang::Fr) => {
                "Afficher la page de manuel (roff), par exemple `ctg man > ctg.1`"
            }
        }
    }

    /// Every variant, for the tests.
    #[cfg(test)]
    pub const ALL: [Help; 170] = [
        Help::Ctg,
        Help::Dir,
        Help::At,
        Help::Color,
        Help::ColorAuto,
        Help::ColorAlways,
        Help::ColorNever,
        Help::Lang,
        Help::LangEn,
        Help::LangFr,
        Help::Check,
        Help::CheckFormat,
        Help::CheckFormatHuman,
        Help::CheckFormatShort,
        Help::CheckFormatJson,
        Help::CheckFormatGithub,
        Help::CheckStrict,
        Help::CheckStaged,
        Help::Portfolio,
        Help::Import,
        Help::ImportActions,
        Help::ImportFile,
        Help::ImportSheet,
        Help::ImportMap,
        Help::ImportListColumns,
        Help::ImportDryRun,
        Help::PortfolioDirs,
        Help::PortfolioSort,
        Help::PortfolioSortName,
        Help::PortfolioSortGap,
        Help::PortfolioSortOverdue,
        Help::PortfolioSortProblems,
        Help::PortfolioFormat,
        Help::PortfolioOutput,
        Help::PortfolioForce,
        Help::PortfolioReports,
        Help::Calendar,
        Help::CalendarFrom,
        Help::CalendarTo,
        Help::CalendarOutput,
        Help::CalendarForce,
        Help::CsvSep,
        Help::CsvSepComma,
        Help::CsvSepSemicolon,
        Help::FormatXlsx,
        Help::CheckHook,
        Help::CheckVerbose,
        Help::CheckMaxProblems,
        Help::Fte,
        Help::FteCommune,
        Help::FteBy,
        Help::FteByCommune,
        Help::FteByOfficer,
        Help::FteHistory,
        Help::FteFormat,
        Help::ListFormatTable,
        Help::ListFormatJson,
        Help::ListFormatCsv,
        Help::Status,
        Help::StatusFormat,
        Help::StatusFormatTable,
        Help::StatusFormatJson,
        Help::StatusFormatMarkdown,
        Help::Changes,
        Help::ChangesSince,
        Help::ChangesUntil,
        Help::ChangesFormat,
        Help::ChangesFormatTable,
        Help::ChangesFormatMarkdown,
        Help::ChangesFormatJson,
        Help::Action,
        Help::ActionSet,
        Help::ActionDone,
        Help::ActionStart,
        Help::ActionPause,
        Help::ActionBlock,
        Help::ActionAbandon,
        Help::EditAction,
        Help::EditStatus,
        Help::EditProgress,
        Help::EditDue,
        Help::EditLead,
        Help::EditTitle,
        Help::EditCompleted,
        Help::EditOn,
        Help::EditNote,
        Help::DryRun,
        Help::Meeting,
        Help::MeetingAdd,
        Help::MeetingHeld,
        Help::MeetingCancel,
        Help::MeetingBody,
        Help::MeetingDate,
        Help::MeetingStatusArg,
        Help::MeetingDecision,
        Help::Officer,
        Help::OfficerEnd,
        Help::OfficerAssign,
        Help::EditOfficer,
        Help::OfficerEndOn,
        Help::OfficerCommune,
        Help::OfficerFte,
        Help::OfficerFrom,
        Help::OfficerUntil,
        Help::OfficerReplace,
        Help::Actions,
        Help::ActionsCommission,
        Help::ActionsStatus,
        Help::StatusArgPlanned,
        Help::StatusArgInProgress,
        Help::StatusArgPaused,
        Help::StatusArgBlocked,
        Help::StatusArgDone,
        Help::StatusArgAbandoned,
        Help::StatusArgOverdue,
        Help::ActionsCommune,
        Help::ActionsLead,
        Help::ActionsDueBefore,
        Help::ActionsFormat,
        Help::Indicators,
        Help::IndicatorsCommission,
        Help::IndicatorsAction,
        Help::IndicatorsState,
        Help::StateArgReached,
        Help::StateArgOnTrack,
        Help::StateArgBehind,
        Help::StateArgStale,
        Help::StateArgNoMeasure,
        Help::IndicatorsFormat,
        Help::ListFormatMarkdown,
        Help::Report,
        Help::ReportYear,
        Help::ReportFormat,
        Help::ReportFormatHtml,
        Help::ReportFormatMarkdown,
        Help::ReportOutput,
        Help::ReportForce,
        Help::Explain,
        Help::ExplainCode,
        Help::Init,
        Help::InitDir,
        Help::InitForce,
        Help::New,
        Help::NewKind,
        Help::NewKindOfficer,
        Help::NewKindCommission,
        Help::NewKindAction,
        Help::NewId,
        Help::NewCommission,
        Help::NewCommune,
        Help::NewTitle,
        Help::NewName,
        Help::NewTerritorial,
        Help::NewCommunes,
        Help::NewFte,
        Help::NewStart,
        Help::NewForce,
        Help::Hook,
        Help::HookInstall,
        Help::HookInstallForce,
        Help::Schema,
        Help::SchemaOut,
        Help::SchemaForce,
        Help::Completions,
        Help::CompletionsShell,
        Help::ShellBash,
        Help::ShellZsh,
        Help::ShellFish,
        Help::ShellPowershell,
        Help::Man,
    ];
}

/// The placeholder of a value in the help (`--out <DIR>`, `<KIND>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name {
    /// A folder.
    Dir,
    /// A date.
    Date,
    /// `--color`.
    Color,
    /// `--lang`.
    Lang,
    /// `ctg explain`'s code.
    Code,
    /// `ctg new`'s kind of record.
    Kind,
    /// A record's id.
    Id,
    /// A commune's name.
    Name,
    /// An FTE.
    Fte,
    /// `ctg completions`'s shell.
    Shell,
    /// `--format`.
    Format,
    /// `ctg fte --by`.
    What,
    /// `ctg actions --status`.
    Status,
    /// `ctg report --year`.
    Year,
    /// `ctg report --output`.
    File,
    /// `ctg changes --since`: a date, a revision or `copil`.
    When,
    /// A free text (`--note`, `--decision`, `--title`).
    Text,
    /// A percentage.
    Percent,
    /// `ctg meeting`'s body: `copil` or a commission.
    Body,
    /// A count (`check --max-problems`).
    Count,
    /// `ctg indicators --state`.
    State,
    /// `--csv-sep`.
    Sep,
    /// `ctg import actions --sheet`.
    Sheet,
    /// `ctg import actions --map`.
    Map,
}

impl Name {
    /// The placeholder in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Name::Dir, Lang::En) => "DIR",
            (Name::Dir, Lang::Fr) => "DOSSIER",
            (Name::Date, Lang::En) => "DATE",
            (Name::Date, Lang::Fr) => "DATE",
            (Name::Color, Lang::En) => "COLOR",
            (Name::Color, Lang::Fr) => "COULEUR",
            (Name::Lang, Lang::En) => "LANG",
            (Name::Lang, Lang::Fr) => "LANGUE",
            (Name::Code, Lang::En) => "CODE",
            (Name::Code, Lang::Fr) => "CODE",
            (Name::Kind, Lang::En) => "KIND",
            (Name::Kind, Lang::Fr) => "NATURE",
            (Name::Id, Lang::En) => "ID",
            (Name::Id, Lang::Fr) => "ID",
            (Name::Name, Lang::En) => "NAME",
            (Name::Name, Lang::Fr) => "NOM",
            (Name::Fte, Lang::En) => "FTE",
            (Name::Fte, Lang::Fr) => "ETP",
            (Name::Shell, Lang::En) => "SHELL",
            (Name::Shell, Lang::Fr) => "SHELL",
            (Name::Format, Lang::En) => "FORMAT",
            (Name::Format, Lang::Fr) => "FORMAT",
            (Name::What, Lang::En) => "WHAT",
            (Name::What, Lang::Fr) => "QUOI",
            (Name::Status, Lang::En) => "STATUS",
            (Name::Status, Lang::Fr) => "STATUT",
            (Name::State, Lang::En) => "STATE",
            (Name::State, Lang::Fr) => "ÉTAT",
            (Name::Year, Lang::En) => "YYYY",
            (Name::Year, Lang::Fr) => "AAAA",
            (Name::Sep, Lang::En) => "SEP",
            (Name::Sep, Lang::Fr) => "SÉP",
            (Name::File, Lang::En) => "FILE",
            (Name::File, Lang::Fr) => "FICHIER",
            (Name::When, Lang::En) => "WHEN",
            (Name::When, Lang::Fr) => "QUAND",
            (Name::Text, Lang::En) => "TEXT",
            (Name::Text, Lang::Fr) => "TEXTE",
            (Name::Percent, Lang::En) => "PERCENT",
            (Name::Percent, Lang::Fr) => "POURCENTAGE",
            (Name::Body, Lang::En) => "BODY",
            (Name::Body, Lang::Fr) => "INSTANCE",
            (Name::Sheet, Lang::En) => "SHEET",
            (Name::Sheet, Lang::Fr) => "FEUILLE",
            (Name::Map, Lang::En) => "COLUMN=FIELD",
            (Name::Map, Lang::Fr) => "COLONNE=CHAMP",
            (Name::Count, Lang::En) => "NUMBER",
            (Name::Count, Lang::Fr) => "NOMBRE",
        }
    }
}

/// What clap (and clap_mangen) write themselves: the texts of the `--help`
/// and `--version` flags and of the `help` command, the words of the help's
/// layout and the manual's section names. The English is clap's, for
/// reference: English help is clap's own, untouched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clap {
    /// `-h, --help` when no text has a longer form.
    PrintHelp,
    /// `-h` when some text has a longer form.
    PrintHelpSeeMore,
    /// `--help` when some text has a longer form.
    PrintHelpSeeSummary,
    /// `-V, --version`.
    PrintVersion,
    /// The `help` command.
    HelpCommand,
    /// The argument of the `help` command.
    HelpCommandArgument,
    /// The placeholder of a command (`<COMMAND>`).
    CommandName,
    /// The heading of the usage line.
    Usage,
    /// The heading of the commands.
    Commands,
    /// The heading of the positional arguments.
    Arguments,
    /// The heading of the options.
    Options,
    /// Before the list of a value's possible values, in the long help.
    PossibleValues,
    /// Before the possible values, on the short help's line.
    PossibleValuesInline,
    /// Before the default value.
    Default,
    /// The manual's section of the name.
    ManName,
    /// The manual's section of the commands.
    ManCommands,
    /// The manual's section of the authors.
    ManAuthors,
}

impl Clap {
    /// The text in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Clap::PrintHelp, Lang::En) => "Print help",
            (Clap::PrintHelp, Lang::Fr) => "Afficher l'aide",
            (Clap::PrintHelpSeeMore, Lang::En) => "Print help (see more with '--help')",
            (Clap::PrintHelpSeeMore, Lang::Fr) => "Afficher l'aide (plus de détails avec '--help')",
            (Clap::PrintHelpSeeSummary, Lang::En) => "Print help (see a summary with '-h')",
            (Clap::PrintHelpSeeSummary, Lang::Fr) => "Afficher l'aide (un résumé avec '-h')",
            (Clap::PrintVersion, Lang::En) => "Print version",
            (Clap::PrintVersion, Lang::Fr) => "Afficher la version",
            (Clap::HelpCommand, Lang::En) => {
                "Print this message or the help of the given subcommand(s)"
            }
            (Clap::HelpCommand, Lang::Fr) => "Afficher ce message ou l'aide des commandes données",
            (Clap::HelpCommandArgument, Lang::En) => "Print help for the subcommand(s)",
            (Clap::HelpCommandArgument, Lang::Fr) => "Afficher l'aide de ces commandes",
            (Clap::CommandName, Lang::En) => "COMMAND",
            (Clap::CommandName, Lang::Fr) => "COMMANDE",
            (Clap::Usage, Lang::En) => "Usage",
            (Clap::Usage, Lang::Fr) => "Utilisation",
            (Clap::Commands, Lang::En) => "Commands",
            (Clap::Commands, Lang::Fr) => "Commandes",
            (Clap::Arguments, Lang::En) => "Arguments",
            (Clap::Arguments, Lang::Fr) => "Arguments",
            (Clap::Options, Lang::En) => "Options",
            (Clap::Options, Lang::Fr) => "Options",
            (Clap::PossibleValues, Lang::En) => "Possible values",
            (Clap::PossibleValues, Lang::Fr) => "Valeurs possibles",
            (Clap::PossibleValuesInline, Lang::En) => "possible values",
            (Clap::PossibleValuesInline, Lang::Fr) => "valeurs possibles",
            (Clap::Default, Lang::En) => "default",
            (Clap::Default, Lang::Fr) => "par défaut",
            (Clap::ManName, Lang::En) => "NAME",
            (Clap::ManName, Lang::Fr) => "NOM",
            (Clap::ManCommands, Lang::En) => "SUBCOMMANDS",
            (Clap::ManCommands, Lang::Fr) => "COMMANDES",
            (Clap::ManAuthors, Lang::En) => "AUTHORS",
            (Clap::ManAuthors, Lang::Fr) => "AUTEURS",
        }
    }
}

/// A command line clap refuses, as `ctg` words it in French. In English,
/// clap's own message is printed, except where it has no fix to offer (an
/// empty file or folder name, a year that is not one): see
/// [`ArgumentProblem::english`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgumentProblem {
    /// A value that does not parse (`--at 31/12/2026`) or is not one of a list.
    InvalidValue {
        arg: String,
        value: String,
        fix: Fix,
    },
    /// An option given without its value (`ctg fte --commune` at the end of
    /// the line): `arg` has its placeholder (`--commune <NOM>`).
    NoValue { arg: String, fix: Fix },
    /// Required arguments missing.
    Missing { args: String },
    /// A command that needs a sub-command got none.
    NoCommand { parent: String, valid: String },
    /// An argument the command does not have, the one it may be a typo of
    /// (clap's suggestion), and clap's other tips.
    UnknownArgument {
        arg: String,
        suggested: Option<String>,
        tips: Vec<Tip>,
    },
    /// A command that does not exist, and those it may be a typo of, the
    /// likeliest first.
    UnknownCommand {
        name: String,
        suggested: Vec<String>,
        tips: Vec<Tip>,
    },
    /// Two arguments that cannot go together (`prior` is the other one), or
    /// one given twice (`prior` is `None`).
    Conflict { arg: String, prior: Option<String> },
    /// A value more than the argument takes.
    TooManyValues { arg: String, value: String },
    /// Not as many values as the argument takes: `expected` exactly, or at
    /// least `expected` when `at_least`.
    WrongNumberOfValues {
        arg: String,
        expected: usize,
        actual: usize,
        at_least: bool,
    },
    /// An option whose value must follow an `=` (`--flag=value`).
    NoEquals { arg: String },
    /// An argument that is not UTF-8 text, where text is needed.
    NotUtf8,
    /// Any other refusal of clap's: said in French without its detail.
    Other,
}

/// How to write a refused value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// One of these values (clap's list), and the one the value may be a
    /// typo of (clap's suggestion).
    OneOf {
        valid: Vec<String>,
        near: Option<String>,
    },
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A year, such as 2026 (clap's English would name the range of an `i32`).
    Year,
    /// A file's name, where an empty one was given (clap would list no
    /// "possible values").
    FileName,
    /// A folder's name, where an empty one was given.
    FolderName,
    /// Nothing better to say than `--help`.
    SeeHelp,
}

/// One of clap's tips after an unknown argument or command, which clap
/// words in English only; one it does not know is left out rather than
/// shown in English ([`Tip::from_clap`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tip {
    /// `'fte --history' exists`: the option belongs to a command.
    Exists(String),
    /// `subcommand 'status' exists; to use it, remove the '--' before it`.
    RemoveDashes(String),
    /// `to pass '-x' as a value, use '-- -x'`.
    AsValue { arg: String, write: String },
}

impl Tip {
    /// Reads one of clap's English tips (clap_builder's `error/mod.rs`):
    /// the quoted words are what the tip is about.
    pub fn from_clap(text: &str) -> Option<Tip> {
        let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
        match quoted.as_slice() {
            [arg, write] if text.starts_with("to pass ") => Some(Tip::AsValue {
                arg: (*arg).to_owned(),
                write: (*write).to_owned(),
            }),
            [name, _] if text.starts_with("subcommand ") => {
                Some(Tip::RemoveDashes((*name).to_owned()))
            }
            [what] if text.ends_with("' exists") => Some(Tip::Exists((*what).to_owned())),
            _ => None,
        }
    }

    /// The tip in French.
    fn french(&self) -> String {
        match self {
            Tip::Exists(what) => format!("vouliez-vous dire `{what}` ?"),
            Tip::RemoveDashes(name) => {
                format!("la commande `{name}` existe : enlevez le `--` qui la précède")
            }
            Tip::AsValue { arg, write } => {
                format!("pour donner `{arg}` comme valeur, écrivez `{write}`")
            }
        }
    }
}

/// The French words `ctg` also takes for the values of `arg`, beside the
/// list's own (`cli::Spoken` reads them through `ctg_core::domain::spoken`):
/// a French user who typed a wrong one learns that `en cours` is one.
fn french_values(arg: &str) -> &'static [(&'static str, &'static str)] {
    match arg {
        "--status" => &[
            ("planned", "prévue"),
            ("in-progress", "en cours"),
            ("paused", "en pause"),
            ("blocked", "bloquée"),
            ("done", "terminée"),
            ("abandoned", "abandonnée"),
            ("overdue", "en retard"),
        ],
        "--state" => &[
            ("reached", "atteint"),
            ("on-track", "en bonne voie"),
            ("behind", "en retard"),
            ("stale", "à mettre à jour"),
            ("no-measure", "sans mesure"),
        ],
        _ => &[],
    }
}

/// What to write instead, in French, for the value of `arg` (`--status`,
/// without its placeholder).
fn french_fix(arg: &str, fix: &Fix) -> String {
    const SEE_HELP: &str = "lancez la commande avec --help pour voir ce qui est attendu";
    match fix {
        Fix::OneOf { valid, near } => {
            let french = french_values(arg);
            let valid: Vec<String> = valid
                .iter()
                .map(|word| match french.iter().find(|(own, _)| own == word) {
                    Some((_, fr)) => format!("{word} ({fr})"),
                    None => word.clone(),
                })
                .collect();
            let mut fix = format!("valeurs possibles : {}", valid.join(", "));
            if let Some(near) = near {
                fix.push_str(&format!("\n  vouliez-vous dire {near} ?"));
            }
            fix
        }
        Fix::Date => "écrivez la date JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 28/11/2026".to_owned(),
        Fix::Year => "écrivez une année, par exemple 2026".to_owned(),
        Fix::SeeHelp | Fix::FileName | Fix::FolderName => SEE_HELP.to_owned(),
    }
}

impl ArgumentProblem {
    /// The problem and its fix, in French, as the lines `ctg` prints; then
    /// the command's `usage` (as clap's English ends with it), if any.
    pub fn french(&self, usage: &str) -> String {
        const SEE_HELP: &str = "lancez la commande avec --help pour voir ce qui est attendu";
        const SEE_OPTIONS: &str = "lancez la commande avec --help pour voir ses options";
        // `--commune <NOM>`, `--eq=<X>`: the flag alone.
        let flag = |arg: &str| arg.split([' ', '=']).next().unwrap_or_default().to_owned();
        let with_tips = |mut text: String, tips: &[Tip]| {
            for tip in tips {
                text.push_str(&format!("\n  {}", tip.french()));
            }
            text
        };
        let mut text = match self {
            ArgumentProblem::InvalidValue { arg, value, fix } => match fix {
                Fix::FileName => format!(
                    "erreur : {arg} attend un nom de fichier, et en a reçu un vide\n  \
                     écrivez le nom du fichier à écrire, par exemple rapport-2026.html"
                ),
                Fix::FolderName => format!(
                    "erreur : {arg} attend un nom de dossier, et en a reçu un vide\n  \
                     écrivez le nom du dossier, par exemple ctg-golfe (ou `.` pour le dossier courant)"
                ),
                _ => format!(
                    "erreur : valeur invalide pour {arg} : `{value}`\n  {}",
                    french_fix(arg, fix)
                ),
            },
            ArgumentProblem::NoValue { arg, fix } => format!(
                "erreur : il manque la valeur de {arg}\n  {}",
                french_fix(&flag(arg), fix)
            ),
            ArgumentProblem::Missing { args } => format!("erreur : il manque {args}\n  {SEE_HELP}"),
            ArgumentProblem::NoCommand { parent, valid } => format!(
                "erreur : `{parent}` attend une commande : {valid}\n  \
                 lancez `{parent} --help` pour voir ce que fait chacune"
            ),
            ArgumentProblem::UnknownArgument {
                arg,
                suggested,
                tips,
            } => {
                let first = format!("erreur : argument inattendu `{arg}`");
                match suggested {
                    Some(near) => with_tips(format!("{first}\n  vouliez-vous dire {near} ?"), tips),
                    None if !tips.is_empty() => with_tips(first, tips),
                    None => format!("{first}\n  {SEE_OPTIONS}"),
                }
            }
            ArgumentProblem::UnknownCommand {
                name,
                suggested,
                tips,
            } => {
                let first = format!("erreur : commande inconnue `{name}`");
                let near: Vec<String> = suggested.iter().map(|s| format!("`{s}`")).collect();
                match near.as_slice() {
                    [] => with_tips(
                        format!("{first}\n  lancez `ctg --help` pour voir les commandes"),
                        tips,
                    ),
                    [.., last] if near.len() > 1 => with_tips(
                        format!(
                            "{first}\n  vouliez-vous dire {} ou {last} ?",
                            near[..near.len() - 1].join(", ")
                        ),
                        tips,
                    ),
                    _ => with_tips(
                        format!("{first}\n  vouliez-vous dire {} ?", near.join("")),
                        tips,
                    ),
                }
            }
            ArgumentProblem::Conflict {
                arg,
                prior: Some(prior),
            } => format!(
                "erreur : {arg} ne peut pas être utilisé avec {prior}\n  \
                 gardez l'un des deux (lancez la commande avec --help pour voir ses options)"
            ),
            ArgumentProblem::Conflict { arg, prior: None } => format!(
                "erreur : {arg} est donné plusieurs fois\n  \
                 ne le donnez qu'une fois"
            ),
            ArgumentProblem::TooManyValues { arg, value } => {
                format!("erreur : valeur en trop pour {arg} : `{value}`\n  {SEE_HELP}")
            }
            ArgumentProblem::WrongNumberOfValues {
                arg,
                expected,
                actual,
                at_least,
            } => {
                let expected = plural_fr(*expected, "valeur", "valeurs");
                let at_least = if *at_least { "au moins " } else { "" };
                let actual = match actual {
                    0 => "n'en a reçu aucune".to_owned(),
                    n => format!("en a reçu {n}"),
                };
                format!("erreur : {arg} attend {at_least}{expected}, et {actual}\n  {SEE_HELP}")
            }
            ArgumentProblem::NoEquals { arg } => {
                let flag = flag(arg);
                format!(
                    "erreur : la valeur de {arg} s'écrit après un signe =\n  \
                     écrivez {flag}=VALEUR, sans espace"
                )
            }
            ArgumentProblem::NotUtf8 => {
                "erreur : un argument n'est pas du texte lisible (UTF-8)\n  \
                 retapez-le au clavier plutôt que de le copier"
                    .to_owned()
            }
            ArgumentProblem::Other => {
                format!("erreur : la ligne de commande n'est pas comprise\n  {SEE_HELP}")
            }
        };
        let usage: Vec<&str> = usage
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if !usage.is_empty() {
            // Several lines (a command used in two ways) line up under the first.
            text.push_str(&format!(
                "\n  utilisation : {}",
                usage.join("\n                ")
            ));
        }
        // It quotes what the user typed: shown, never obeyed, by the terminal.
        ctg_core::i18n::text::escape_controls_keep_lines(&text).into_owned()
    }

    /// The problem and its fix in English, where clap's own message has no
    /// fix to offer: an empty file or folder name (clap says a value is
    /// required, as if none had been typed) and a year that is not one
    /// (clap names the range of an `i32`). `None` leaves clap's message.
    pub fn english(&self) -> Option<String> {
        let ArgumentProblem::InvalidValue { arg, value, fix } = self else {
            return None;
        };
        let text = match fix {
            Fix::FileName => format!(
                "error: {arg} needs a file name, and was given an empty one\n  \
                 write the name of the file to write, such as report-2026.html"
            ),
            Fix::FolderName => format!(
                "error: {arg} needs a folder name, and was given an empty one\n  \
                 write the folder's name, such as ctg-golfe (or `.` for the current folder)"
            ),
            Fix::Year => {
                format!("error: invalid value for {arg}: `{value}`\n  write a year, such as 2026")
            }
            Fix::OneOf { .. } | Fix::Date | Fix::SeeHelp => return None,
        };
        Some(ctg_core::i18n::text::escape_controls_keep_lines(&text).into_owned())
    }
}

/// The command line of `ctg` in `lang`, built (clap's `help` and `--help`
/// exist in it). English is clap's own layout, untouched; French has every
/// text, heading and value list in French.
pub fn localized(lang: Lang, man: bool) -> Command {
    let mut command = command(lang);
    if lang == Lang::En {
        command.build();
        return command;
    }
    command = prepare(command, lang, man);
    command.build();
    // clap adds `--help`, `--version` and `help` when building: word them too.
    finish(command, lang)
}

/// Before clap builds the tree: the commands' placeholder, and the lists of
/// values and defaults said in `lang`.
fn prepare(command: Command, lang: Lang, man: bool) -> Command {
    command
        .subcommand_value_name(Clap::CommandName.text(lang))
        .mut_args(|arg| argument(arg, lang, man))
        .mut_subcommands(|sub| prepare(sub, lang, man))
}

/// One argument's possible values and default, in `lang`.
fn argument(arg: Arg, lang: Lang, man: bool) -> Arg {
    if man || !arg.get_action().takes_values() {
        return arg;
    }
    // clap writes "[default: …]", "[possible values: …]" and "Possible
    // values:" in English: hide them and say them in the help itself.
    let values: Vec<PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let default: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if values.is_empty() && default.is_empty() {
        return arg;
    }
    let colon = colon(lang);
    let short = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let mut brief = short.clone();
    let mut full = arg
        .get_long_help()
        .map(ToString::to_string)
        .unwrap_or(short);
    let default_is = format!(
        "[{}{colon} {}]",
        Clap::Default.text(lang),
        default.join(", ")
    );
    if !default.is_empty() {
        brief.push_str(&format!(" {default_is}"));
    }
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        brief.push_str(&format!(
            " [{}{colon} {}]",
            Clap::PossibleValuesInline.text(lang),
            names.join(", ")
        ));
        full.push_str(&format!("\n\n{}{colon}", Clap::PossibleValues.text(lang)));
        let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        for value in &values {
            let name = value.get_name();
            match value.get_help() {
                Some(help) => full.push_str(&format!("\n- {name:width$}{colon} {help}")),
                None => full.push_str(&format!("\n- {name}")),
            }
        }
    }
    if !default.is_empty() {
        full.push_str(&format!("\n\n{default_is}"));
    }
    arg.hide_default_value(true)
        .hide_possible_values(true)
        .help(brief)
        .long_help(full)
}

/// After the build: clap's own texts and the headings.
fn finish(command: Command, lang: Lang) -> Command {
    let help_command = command.get_name() == "help";
    let command = match command.get_about() {
        Some(_) if help_command => command.about(Clap::HelpCommand.text(lang)),
        _ => command,
    };
    let command = command.mut_args(|arg| match arg.get_id().as_str() {
        // clap gives `--help` a longer form when some text has one.
        "help" if arg.get_long_help().is_some() => arg
            .help(Clap::PrintHelpSeeMore.text(lang))
            .long_help(Clap::PrintHelpSeeSummary.text(lang)),
        "help" => arg.help(Clap::PrintHelp.text(lang)),
        "version" => arg.help(Clap::PrintVersion.text(lang)),
        "subcommand" if help_command => arg
            .help(Clap::HelpCommandArgument.text(lang))
            .value_name(Clap::CommandName.text(lang)),
        _ => arg,
    });
    let command = command.mut_subcommands(|sub| finish(sub, lang));
    let template = template(&command, lang);
    command
        .subcommand_help_heading(Clap::Commands.text(lang))
        .help_template(template)
}

/// clap's default help template, with the headings in `lang`.
fn template(command: &Command, lang: Lang) -> String {
    let styles = command.get_styles();
    let (u, u_) = (
        styles.get_usage().render(),
        styles.get_usage().render_reset(),
    );
    let (h, h_) = (
        styles.get_header().render(),
        styles.get_header().render_reset(),
    );
    let colon = colon(lang);
    let heading = |word: Clap, what: &str| format!("{h}{}{colon}{h_}\n{what}", word.text(lang));
    let mut sections = Vec::new();
    if command.has_subcommands() && command.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(heading(Clap::Commands, "{subcommands}"));
    }
    if command.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(heading(Clap::Arguments, "{positionals}"));
    }
    if command
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(heading(Clap::Options, "{options}"));
    }
    let head = format!(
        "{{before-help}}{{about-with-newline}}\n{u}{}{colon}{u_} {{usage}}",
        Clap::Usage.text(lang)
    );
    if sections.is_empty() {
        format!("{head}{{after-help}}")
    } else {
        format!("{head}\n\n{}{{after-help}}", sections.join("\n\n"))
    }
}

/// The manual in roff, with the section names and words clap_mangen writes
/// in English put in `lang`.
pub fn roff(roff: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return roff.to_owned();
    }
    let section = |word: Clap, lang| format!(".SH {}", word.text(lang));
    // In French the commands' heading is already `Commandes` (see `finish`).
    let sections = [
        (
            section(Clap::ManName, Lang::En),
            section(Clap::ManName, lang),
        ),
        (
            section(Clap::ManCommands, Lang::En),
            section(Clap::ManCommands, lang),
        ),
        (
            section(Clap::Commands, lang),
            section(Clap::ManCommands, lang),
        ),
        (
            section(Clap::ManAuthors, Lang::En),
            section(Clap::ManAuthors, lang),
        ),
    ];
    let colon = colon(lang);
    let words = [
        (
            format!("{}:", Clap::PossibleValues.text(Lang::En)),
            format!("{}{colon}", Clap::PossibleValues.text(lang)),
        ),
        (
            format!("[{}: ", Clap::Default.text(Lang::En)),
            format!("[{}{colon} ", Clap::Default.text(lang)),
        ),
    ];
    let mut out = String::with_capacity(roff.len());
    let mut value = false;
    for line in roff.lines() {
        let text = match sections.iter().find(|(english, _)| english == line) {
            Some((_, translated)) => translated.clone(),
            // A possible value, `name: help`, follows its bullet.
            None if value => line.replacen(": ", &format!("{colon} "), 1),
            None => words
                .iter()
                .fold(line.to_owned(), |line, (english, translated)| {
                    line.replace(english.as_str(), translated)
                }),
        };
        value = line.starts_with(".IP \\(bu");
        out.push_str(&text);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of the tree, with where it is: abouts, helps, the helps
    /// of values and the placeholders.
    fn texts(command: &Command, path: &str, out: &mut Vec<(String, String)>) {
        let path = format!("{path} {}", command.get_name()).trim().to_owned();
        for about in [command.get_about(), command.get_long_about()]
            .into_iter()
            .flatten()
        {
            out.push((path.clone(), about.to_string()));
        }
        for arg in command.get_arguments() {
            let at = format!("{path} {}", arg.get_id());
            for help in [arg.get_help(), arg.get_long_help()].into_iter().flatten() {
                out.push((at.clone(), help.to_string()));
            }
            for value in arg.get_possible_values() {
                if let Some(help) = value.get_help() {
                    out.push((format!("{at}={}", value.get_name()), help.to_string()));
                }
            }
            if arg.get_action().takes_values() {
                for name in arg.get_value_names().into_iter().flatten() {
                    out.push((format!("{at} <>"), name.to_string()));
                }
            }
        }
        for sub in command.get_subcommands() {
            texts(sub, &path, out);
        }
    }

    /// The texts of the tree in `lang`, read before another language is set
    /// (clap asks for the helps of values only when they are read).
    fn tree(lang: Lang, man: bool) -> Vec<(String, String)> {
        let command = localized(lang, man);
        let mut all = Vec::new();
        texts(&command, "", &mut all);
        all
    }

    /// Texts that are the same in both languages.
    const SAME: [&str; 9] = [
        "Bash",
        "Zsh",
        "Fish",
        "PowerShell",
        "DATE",
        "CODE",
        "ID",
        "SHELL",
        "FORMAT",
    ];

    #[test]
    fn every_text_of_the_tree_is_french_in_french() {
        // The manual's tree has the same texts at the same places in both
        // languages (the help's French also says the values in the help).
        let english = tree(Lang::En, true);
        let french = tree(Lang::Fr, true);
        assert!(english.len() > 100, "{}", english.len());
        let places = |all: &[(String, String)]| -> Vec<String> {
            all.iter().map(|(at, _)| at.clone()).collect()
        };
        assert_eq!(places(&english), places(&french));
        for ((at, en), (_, fr)) in english.iter().zip(&french) {
            assert!(
                !en.trim().is_empty() && !fr.trim().is_empty(),
                "{at}: empty"
            );
            // A text clap took from a doc comment, not from `Help`, would
            // be the same in both.
            assert!(
                en != fr || SAME.contains(&en.as_str()),
                "{at}: no French for {en:?}"
            );
        }
        let english: std::collections::HashSet<String> =
            english.into_iter().map(|(_, text)| text).collect();
        for (at, fr) in tree(Lang::Fr, false) {
            assert!(
                !english.contains(&fr) || SAME.contains(&fr.as_str()),
                "{at}: still English: {fr:?}"
            );
        }
    }

    /// The French words a refused `--status` or `--state` lists are those
    /// the flags take (`cli::Spoken`, through `ctg_core::domain::spoken`),
    /// each for its own word.
    #[test]
    fn the_french_values_listed_are_taken() {
        use ctg_core::answers::actions::StatusFilter;
        use ctg_core::domain::spoken::indicator_state;
        let status = |word: &str| StatusFilter::from_word(word).map(StatusFilter::as_str);
        let state = |word: &str| indicator_state(word).map(|state| state.as_str());
        assert_eq!(french_values("--status").len(), StatusFilter::names().len());
        for (own, french) in french_values("--status") {
            assert_eq!(status(french), Some(*own), "{french}");
        }
        assert_eq!(french_values("--state").len(), 5);
        for (own, french) in french_values("--state") {
            assert_eq!(state(french), Some(*own), "{french}");
        }
        assert!(french_values("--format").is_empty());
    }

    #[test]
    fn every_help_text_has_two_languages() {
        for text in Help::ALL {
            let (en, fr) = (text.text(Lang::En), text.text(Lang::Fr));
            assert!(!en.is_empty() && !fr.is_empty(), "{text:?}");
            assert!(en != fr || SAME.contains(&en), "{text:?}: {en:?}");
            // clap's doc comments lost their final period: so do the texts.
            assert!(!en.ends_with('.') && !fr.ends_with('.'), "{text:?}");
        }
    }

    #[test]
    fn the_language_is_english_until_set_and_per_thread() {
        std::thread::spawn(|| {
            assert_eq!(help(Help::Dir), Help::Dir.text(Lang::En));
            let _ = command(Lang::Fr);
            assert_eq!(help(Help::Dir), Help::Dir.text(Lang::Fr));
            std::thread::spawn(|| assert_eq!(help(Help::Dir), Help::Dir.text(Lang::En)))
                .join()
                .unwrap();
        })
        .join()
        .unwrap();
    }
}
