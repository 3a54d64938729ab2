//! The command line's help and manual page in French.
//!
//! The English doc comments of `src/cli.rs` are the English source; this
//! table gives the French of each of them, keyed by the English text (as
//! clap holds it), and [`localized`] applies it to the clap `Command` tree
//! with the builder API: abouts, argument helps, possible values, clap's own
//! `--help`/`--version`/`help` texts, and the headings (through a help
//! template). A test walks the whole tree and fails on any English text
//! without French, so a new flag cannot ship untranslated.

use std::any::TypeId;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Arg, Command, ValueEnum};

use ctg_core::i18n::Lang;

/// The French of an English help text of the command line.
pub fn french(english: &str) -> Option<&'static str> {
    let english = english.trim_end_matches('.');
    Some(match english {
        // ctg
        "Follow a Convention Territoriale Globale's governance (COPIL, commissions, cooperation officers, action plan) from plain TOML files" => {
            "Suivre la gouvernance d'une Convention Territoriale Globale (COPIL, commissions, chargés de coopération, plan d'actions) à partir de simples fichiers TOML"
        }
        "Follow a Convention Territoriale Globale (CTG) from its TOML files: the COPIL, the working commissions, the cooperation officers and their FTE, and the action plan" => {
            "Suivre une Convention Territoriale Globale (CTG) à partir de ses fichiers TOML : le COPIL, les commissions thématiques, les chargés de coopération et leurs ETP, et le plan d'actions"
        }
        "The repository's root (the folder holding copil.toml). Default: $CTG_DIR, else the nearest folder upwards that holds copil.toml" => {
            "La racine du dépôt (le dossier qui contient copil.toml). Par défaut : $CTG_DIR, sinon le plus proche dossier parent qui contient copil.toml"
        }
        "The date \"today\" means, as YYYY-MM-DD: for reproducible runs and for looking ahead. Default: the local date" => {
            "La date à prendre pour « aujourd'hui », au format AAAA-MM-JJ : pour des résultats reproductibles ou pour voir plus loin. Par défaut : la date du jour"
        }
        "When to colour output" => "Quand mettre la sortie en couleur",
        "Colour on a terminal, unless `NO_COLOR` is set (or forced by `CLICOLOR_FORCE`)" => {
            "en couleur sur un terminal, sauf avec `NO_COLOR` (`CLICOLOR_FORCE` la force)"
        }
        "Always colour" => "toujours en couleur",
        "Never colour" => "jamais en couleur",
        "The language of human output. Default: convention.language, else en" => {
            "La langue des messages. Par défaut : convention.language, sinon en"
        }
        "English" => "anglais",
        "French" => "français",
        "What to do" => "Que faire",
        // Commands
        "Validate every file and report every problem (for git pre-commit hooks)" => {
            "Valider chaque fichier et signaler chaque problème (pour les hooks pre-commit de git)"
        }
        "Cofunded FTE (ETP) of cooperation officers against the target, by commune" => {
            "ETP cofinancés des chargés de coopération par rapport à l'objectif, par commune"
        }
        "The one screen to read before a meeting: convention, FTE, COPIL, commissions, actions and the data's health" => {
            "L'écran à lire avant une réunion : convention, ETP, COPIL, commissions, fiches action et état des données"
        }
        "The action plan, sorted by due date, with filters" => {
            "Le plan d'actions, trié par échéance, avec des filtres"
        }
        "The yearly follow-up for the COPIL, as one HTML page (or Markdown)" => {
            "Le bilan annuel pour le COPIL, en une page HTML (ou en Markdown)"
        }
        "Explain a problem code: what it means, an example, how to fix it" => {
            "Expliquer un code de problème : ce qu'il signifie, un exemple, comment le corriger"
        }
        "Create a new CTG repository, with commented examples to fill in" => {
            "Créer un nouveau dépôt CTG, avec des exemples commentés à remplir"
        }
        "Create a record (officer, commission or action) from a commented template" => {
            "Créer une fiche (chargé de coopération, commission ou fiche action) à partir d'un modèle commenté"
        }
        "Git integration: install a pre-commit hook that runs `ctg check --staged`" => {
            "Intégration à git : installer un hook pre-commit qui lance `ctg check --staged`"
        }
        "Print (or write) the JSON Schemas of the files, for editors (taplo, Even Better TOML)" => {
            "Afficher (ou écrire) les schémas JSON des fichiers, pour les éditeurs (taplo, Even Better TOML)"
        }
        "Print a shell completion script" => "Afficher un script de complétion pour le shell",
        "Print the manual page (roff), e.g. `ctg man > ctg.1`" => {
            "Afficher la page de manuel (roff), par exemple `ctg man > ctg.1`"
        }
        // explain, init
        "The code, as `ctg check` prints it (`unknown-reference`). Without it, every code is listed" => {
            "Le code, tel que `ctg check` l'affiche (`unknown-reference`). Sans code, tous les codes sont listés"
        }
        "The folder to create the repository in (created if needed). Default: --dir, else the current folder" => {
            "Le dossier où créer le dépôt (créé si besoin). Par défaut : --dir, sinon le dossier courant"
        }
        "Replace files that already exist" => "Remplacer les fichiers qui existent déjà",
        // new
        "What to create" => "Ce qu'il faut créer",
        "A cooperation officer, in officers/" => "un chargé de coopération, dans officers/",
        "A working commission, in commissions/" => "une commission thématique, dans commissions/",
        "An action of the plan, in actions/" => "une fiche action du plan, dans actions/",
        "The record's id, which is its file name: lowercase letters, digits and hyphens (`marie-dupont`)" => {
            "L'identifiant de la fiche, qui est son nom de fichier : minuscules, chiffres et tirets (`marie-dupont`)"
        }
        "The commission an action belongs to (its id)" => {
            "La commission dont relève une fiche action (son identifiant)"
        }
        "The commune of an officer's first assignment" => {
            "La commune de la première affectation d'un chargé de coopération"
        }
        "The FTE of an officer's first assignment (0 < FTE <= 1, e.g. 0.5)" => {
            "L'ETP de la première affectation d'un chargé de coopération (0 < ETP <= 1, par exemple 0.5)"
        }
        "The start date (YYYY-MM-DD) of an officer's first assignment or of an action" => {
            "La date de début (AAAA-MM-JJ) de la première affectation d'un chargé de coopération ou d'une fiche action"
        }
        "Replace the file if it already exists" => "Remplacer le fichier s'il existe déjà",
        // hook
        "Write the git pre-commit hook that runs `ctg check --staged`" => {
            "Écrire le hook pre-commit de git qui lance `ctg check --staged`"
        }
        "Replace an existing pre-commit hook" => "Remplacer un hook pre-commit existant",
        // schema
        "Write one `<kind>.schema.json` per file kind into DIR instead of printing them" => {
            "Écrire un `<kind>.schema.json` par sorte de fichier dans DOSSIER au lieu de les afficher"
        }
        "Replace schema files that already exist in DIR" => {
            "Remplacer les fichiers de schéma qui existent déjà dans DOSSIER"
        }
        // completions
        "The shell" => "Le shell",
        "Bash" => "Bash",
        "Zsh" => "Zsh",
        "Fish" => "Fish",
        "PowerShell" => "PowerShell",
        // check
        "How to print the problems" => "Comment afficher les problèmes",
        "Source snippets with carets, on stderr" => {
            "extraits du fichier avec des repères, sur stderr"
        }
        "`file:line:col: severity[code]: message`, one per line, on stdout" => {
            "`fichier:ligne:colonne: gravité[code]: message`, un par ligne, sur stdout"
        }
        "One JSON object on stdout" => "un objet JSON sur stdout",
        "GitHub Actions annotations (`::error file=…`), on stdout" => {
            "annotations GitHub Actions (`::error file=…`), sur stdout"
        }
        "Fail (exit 1) on warnings too" => "Échouer (code 1) aussi sur les avertissements",
        "Check what is staged in git's index (what a commit will contain), not the working tree" => {
            "Vérifier ce qui est indexé dans git (ce que contiendra le commit), pas la copie de travail"
        }
        // fte, actions, status
        "A table for people" => "un tableau à lire",
        "One JSON object" => "un objet JSON",
        "CSV with a header row, `.` as the decimal separator" => {
            "CSV avec une ligne d'en-tête, `.` comme séparateur décimal"
        }
        "One line per commune" => "une ligne par commune",
        "One line per officer" => "une ligne par chargé de coopération",
        "Show one commune and the officers behind it. Case, accents, spaces, hyphens and apostrophes do not matter; a prefix is enough" => {
            "Afficher une commune et les chargés de coopération qui y sont affectés. Majuscules, accents, espaces, tirets et apostrophes ne comptent pas ; un début de nom suffit"
        }
        "Group by commune (default) or by officer" => {
            "Regrouper par commune (par défaut) ou par chargé de coopération"
        }
        "Every date on which the cofunded FTE changes, and when the target was reached" => {
            "Chaque date où les ETP cofinancés changent, et quand l'objectif a été atteint"
        }
        "How to print" => "Comment afficher",
        "One screen of text" => "un écran de texte",
        "Markdown, to paste into meeting minutes" => {
            "Markdown, à coller dans un compte rendu de réunion"
        }
        "Not started" => "pas commencée",
        "Under way" => "en cours",
        "Stopped for now, by choice" => "arrêtée pour l'instant, par choix",
        "Stopped by an obstacle" => "arrêtée par un obstacle",
        "Finished" => "terminée",
        "Given up" => "abandonnée",
        "Open and past its due date" => "ouverte et en retard sur son échéance",
        "Only the actions of this commission (an id; repeat for several)" => {
            "Seulement les fiches action de cette commission (un identifiant ; à répéter pour plusieurs)"
        }
        "Only actions with this status (repeat for several); `overdue` is open and past due" => {
            "Seulement les fiches action de ce statut (à répéter pour plusieurs) ; `overdue` : ouverte et en retard"
        }
        "Only actions concerning this commune (actions with no communes concern the whole territory and always match). Matched as in `ctg fte --commune`" => {
            "Seulement les fiches action qui concernent cette commune (une fiche sans communes concerne tout le territoire et correspond toujours). Reconnue comme dans `ctg fte --commune`"
        }
        "Only actions led by this officer (an id)" => {
            "Seulement les fiches action pilotées par ce chargé de coopération (un identifiant)"
        }
        "Only actions due before this date (YYYY-MM-DD)" => {
            "Seulement les fiches action dont l'échéance précède cette date (AAAA-MM-JJ)"
        }
        // report
        "The year to report on. Default: the year of --at (today)" => {
            "L'année du bilan. Par défaut : l'année de --at (aujourd'hui)"
        }
        "The form of the report" => "La forme du bilan",
        "One self-contained page: inline CSS and SVG charts, printable on A4" => {
            "une page autonome : CSS et graphiques SVG intégrés, imprimable en A4"
        }
        "The same sections, with tables instead of charts" => {
            "les mêmes parties, avec des tableaux au lieu des graphiques"
        }
        "Write the report to FILE rather than to stdout (never over an existing file without --force)" => {
            "Écrire le bilan dans FICHIER plutôt que sur stdout (jamais par-dessus un fichier existant sans --force)"
        }
        "Replace FILE if it exists" => "Remplacer FICHIER s'il existe",
        // clap's own
        "Print help" => "Afficher l'aide",
        "Print help (see more with '--help')" => "Afficher l'aide (plus de détails avec '--help')",
        "Print help (see a summary with '-h')" => "Afficher l'aide (un résumé avec '-h')",
        "Print version" => "Afficher la version",
        "Print this message or the help of the given subcommand(s)" => {
            "Afficher ce message ou l'aide des commandes données"
        }
        "Print help for the subcommand(s)" => "Afficher l'aide de ces commandes",
        _ => return None,
    })
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
    /// Required arguments missing, with the command's usage line.
    Missing { args: String, usage: String },
    /// A command that needs a sub-command got none.
    NoCommand { parent: String, valid: String },
    /// An argument the command does not have.
    UnknownArgument { arg: String },
}

/// How to write a refused value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// One of these values (clap's list, comma-separated).
    OneOf(String),
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

impl ArgumentProblem {
    /// The problem and its fix, in French, as the two lines `ctg` prints.
    pub fn french(&self) -> String {
        // It quotes what the user typed: shown, never obeyed, by the terminal.
        let text = match self {
            ArgumentProblem::InvalidValue { arg, value, fix } => match fix {
                Fix::FileName => format!(
                    "erreur : {arg} attend un nom de fichier, et en a reçu un vide\n  \
                     écrivez le nom du fichier à écrire, par exemple rapport-2026.html"
                ),
                Fix::FolderName => format!(
                    "erreur : {arg} attend un nom de dossier, et en a reçu un vide\n  \
                     écrivez le nom du dossier, par exemple ctg-golfe (ou `.` pour le dossier courant)"
                ),
                _ => {
                    let fix = match fix {
                        Fix::OneOf(valid) => format!("valeurs possibles : {valid}"),
                        Fix::Date => {
                            "écrivez la date AAAA-MM-JJ, par exemple 2026-11-28".to_owned()
                        }
                        Fix::Year => "écrivez une année, par exemple 2026".to_owned(),
                        Fix::SeeHelp | Fix::FileName | Fix::FolderName => {
                            "lancez la commande avec --help pour voir ce qui est attendu".to_owned()
                        }
                    };
                    format!("erreur : valeur invalide pour {arg} : `{value}`\n  {fix}")
                }
            },
            ArgumentProblem::Missing { args, usage } => format!(
                "erreur : il manque {args}\n  \
                 utilisation : {usage}\n  \
                 lancez la commande avec --help pour voir ce qui est attendu"
            ),
            ArgumentProblem::NoCommand { parent, valid } => format!(
                "erreur : `{parent}` attend une commande : {valid}\n  \
                 lancez `{parent} --help` pour voir ce que fait chacune"
            ),
            ArgumentProblem::UnknownArgument { arg } => format!(
                "erreur : argument inattendu `{arg}`\n  \
                 lancez la commande avec --help pour voir ses options"
            ),
        };
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
            Fix::OneOf(_) | Fix::Date | Fix::SeeHelp => return None,
        };
        Some(ctg_core::i18n::text::escape_controls_keep_lines(&text).into_owned())
    }
}

/// The French of a value's placeholder (`--out <DIR>`, `<KIND>`).
pub fn french_value_name(english: &str) -> Option<&'static str> {
    Some(match english {
        "DIR" => "DOSSIER",
        "DATE" => "DATE",
        "COLOR" => "COULEUR",
        "LANG" => "LANGUE",
        "CODE" => "CODE",
        "KIND" => "NATURE",
        "ID" => "ID",
        "NAME" => "NOM",
        "FTE" => "ETP",
        "SHELL" => "SHELL",
        "FORMAT" => "FORMAT",
        "WHAT" => "QUOI",
        "STATUS" => "STATUT",
        "DUE_BEFORE" => "DATE",
        "YYYY" => "AAAA",
        "FILE" => "FICHIER",
        "COMMAND" => "COMMANDE",
        _ => return None,
    })
}

/// The French of `text`, or `text` itself when it has none (the test
/// `every_help_text_has_french` makes sure none is missing).
fn fr(text: &str) -> String {
    french(text).map_or_else(|| text.to_owned(), str::to_owned)
}

/// The command line of `ctg` in `lang`: English is clap's own, untouched;
/// French has every text, heading and value list in French. The returned
/// command is built (clap's `help` and `--help` exist in it).
pub fn localized(command: Command, lang: Lang, man: bool) -> Command {
    let mut command = command;
    if lang == Lang::En {
        command.build();
        return command;
    }
    command = texts(command, man);
    command.build();
    // clap adds `--help`, `--version` and `help` when building: translate them too.
    finish(command, man)
}

/// Abouts, argument helps, possible values, before clap builds the tree.
fn texts(command: Command, man: bool) -> Command {
    let command = match command.get_about().map(ToString::to_string) {
        Some(about) => command.about(fr(&about)),
        None => command,
    };
    let command = match command.get_long_about().map(ToString::to_string) {
        Some(about) => command.long_about(fr(&about)),
        None => command,
    };
    command
        .subcommand_value_name("COMMANDE")
        .mut_args(|arg| argument(arg, man))
        .mut_subcommands(|sub| texts(sub, man))
}

/// One argument in French.
fn argument(arg: Arg, man: bool) -> Arg {
    let help = arg.get_help().map(ToString::to_string);
    let long = arg.get_long_help().map(ToString::to_string);
    let arg = french_values(arg);
    let names: Option<Vec<clap::builder::Str>> = arg.get_value_names().map(|names| {
        names
            .iter()
            .map(|n| french_value_name(n).map_or_else(|| n.clone(), Into::into))
            .collect()
    });
    let arg = match names {
        Some(names) => arg.value_names(names),
        None => arg,
    };
    let arg = match &help {
        Some(help) => arg.help(fr(help)),
        None => arg,
    };
    let arg = match &long {
        Some(long) => arg.long_help(fr(long)),
        None => arg,
    };
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
    let short = help.as_deref().map(fr).unwrap_or_default();
    let mut brief = short.clone();
    let mut full = long.as_deref().map(fr).unwrap_or(short);
    if !default.is_empty() {
        brief.push_str(&format!(" [par défaut : {}]", default.join(", ")));
    }
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        brief.push_str(&format!(" [valeurs possibles : {}]", names.join(", ")));
        full.push_str("\n\nValeurs possibles :");
        let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        for value in &values {
            let name = value.get_name();
            match value.get_help() {
                Some(help) => full.push_str(&format!("\n- {name:width$} : {help}")),
                None => full.push_str(&format!("\n- {name}")),
            }
        }
    }
    if !default.is_empty() {
        full.push_str(&format!("\n\n[par défaut : {}]", default.join(", ")));
    }
    arg.hide_default_value(true)
        .hide_possible_values(true)
        .help(brief)
        .long_help(full)
}

/// An argument whose values are one of ctg's value enums gets the same
/// parser with French descriptions of its values.
fn french_values(arg: Arg) -> Arg {
    use crate::cli::{
        CheckFormat, FteBy, ListFormat, NewKind, ReportFormat, Shell, StatusArg, StatusFormat,
    };
    use crate::render::ColorChoice;
    let arg = relabel::<crate::cli::LangArg>(arg);
    let arg = relabel::<ColorChoice>(arg);
    let arg = relabel::<CheckFormat>(arg);
    let arg = relabel::<ListFormat>(arg);
    let arg = relabel::<FteBy>(arg);
    let arg = relabel::<StatusFormat>(arg);
    let arg = relabel::<StatusArg>(arg);
    let arg = relabel::<ReportFormat>(arg);
    let arg = relabel::<NewKind>(arg);
    relabel::<Shell>(arg)
}

fn relabel<T: ValueEnum + Clone + Send + Sync + 'static>(arg: Arg) -> Arg {
    if arg.get_value_parser().type_id() != TypeId::of::<T>() {
        return arg;
    }
    let values = T::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .map(|value| match value.get_help().map(ToString::to_string) {
            Some(help) => value.help(fr(&help)),
            None => value,
        });
    arg.value_parser(PossibleValuesParser::new(values).try_map(|s| T::from_str(&s, false)))
}

/// After the build: clap's own texts, the headings, and the manual's words.
fn finish(command: Command, man: bool) -> Command {
    let command = match command.get_about().map(ToString::to_string) {
        Some(about) => command.about(fr(&about)),
        None => command,
    };
    let command = command.mut_args(|arg| {
        if arg.get_id() == "help" || arg.get_id() == "version" || arg.get_id() == "subcommand" {
            argument(arg, man)
        } else {
            arg
        }
    });
    let command = command.mut_subcommands(|sub| finish(sub, man));
    let template = template(&command);
    command
        .subcommand_help_heading("Commandes")
        .help_template(template)
}

/// clap's default help template with French headings.
fn template(command: &Command) -> String {
    let styles = command.get_styles();
    let (u, u_) = (
        styles.get_usage().render(),
        styles.get_usage().render_reset(),
    );
    let (h, h_) = (
        styles.get_header().render(),
        styles.get_header().render_reset(),
    );
    let mut sections = Vec::new();
    if command.has_subcommands() && command.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(format!("{h}Commandes :{h_}\n{{subcommands}}"));
    }
    if command.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(format!("{h}Arguments :{h_}\n{{positionals}}"));
    }
    if command
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(format!("{h}Options :{h_}\n{{options}}"));
    }
    let head = format!("{{before-help}}{{about-with-newline}}\n{u}Utilisation :{u_} {{usage}}");
    if sections.is_empty() {
        format!("{head}{{after-help}}")
    } else {
        format!("{head}\n\n{}{{after-help}}", sections.join("\n\n"))
    }
}

/// The manual in roff, with clap_mangen's English section names and words
/// put into French.
pub fn french_roff(roff: &str) -> String {
    let mut out = String::with_capacity(roff.len());
    let mut value = false;
    for line in roff.lines() {
        let french = match line {
            ".SH NAME" => ".SH NOM".to_owned(),
            ".SH Commandes" | ".SH SUBCOMMANDS" => ".SH COMMANDES".to_owned(),
            ".SH AUTHORS" => ".SH AUTEURS".to_owned(),
            // A possible value, `name: help`, follows its bullet.
            _ if value => line.replacen(": ", " : ", 1),
            _ => line
                .replace("Possible values:", "Valeurs possibles :")
                .replace("[default: ", "[par défaut : "),
        };
        value = line.starts_with(".IP \\(bu");
        out.push_str(&french);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every English text of the tree, with where it is.
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
        }
        for sub in command.get_subcommands() {
            texts(sub, &path, out);
        }
    }

    #[test]
    fn every_help_text_has_french() {
        let mut command = crate::cli::Cli::command();
        command.build();
        let mut all = Vec::new();
        texts(&command, "", &mut all);
        assert!(all.len() > 100, "{}", all.len());
        let missing: Vec<String> = all
            .iter()
            .filter(|(_, text)| french(text).is_none())
            .map(|(at, text)| format!("{at}: {text:?}"))
            .collect();
        assert!(missing.is_empty(), "no French for:\n{}", missing.join("\n"));
    }

    #[test]
    fn every_value_name_has_french() {
        fn walk(command: &Command, missing: &mut Vec<String>) {
            for arg in command.get_arguments() {
                if !arg.get_action().takes_values() {
                    continue;
                }
                for name in arg.get_value_names().into_iter().flatten() {
                    if french_value_name(name).is_none() {
                        missing.push(format!("{} {}: {name}", command.get_name(), arg.get_id()));
                    }
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, missing);
            }
        }
        let mut command = crate::cli::Cli::command();
        command.build();
        let mut missing = Vec::new();
        walk(&command, &mut missing);
        assert!(missing.is_empty(), "no French for:\n{}", missing.join("\n"));
    }

    #[test]
    fn the_french_tree_has_no_english_left() {
        for man in [false, true] {
            let command = localized(crate::cli::Cli::command(), Lang::Fr, man);
            let mut all = Vec::new();
            texts(&command, "", &mut all);
            for (at, text) in all {
                // Each text is French now, which the table does not know as English.
                assert!(
                    french(&text).is_none() || french(&text) == Some(text.trim_end_matches('.')),
                    "{at}: still English: {text:?}"
                );
            }
        }
    }
}
