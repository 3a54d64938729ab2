//! The words of `ctg import actions`, in English and French: why a file
//! cannot be read, what `--map` and `--sheet` refuse, what `--list-columns`
//! shows and what an import wrote. The problems found in the cells are the
//! library's (`ctg_core::read::import`).

use ctg_core::diagnostics::Severity;
use ctg_core::diagnostics::message::words;
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::escape_controls_keep_lines;
use ctg_core::read::import::Field;

use super::labels::{colon, semicolon};

/// Why an import cannot start: said before any cell is read (exit 2).
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The file's name says no spreadsheet ctg reads.
    UnknownKind { path: String },
    /// The file could not be opened or read.
    Unreadable { path: String, error: String },
    /// `--sheet` names no sheet of the file.
    NoSuchSheet { sheet: String, sheets: Vec<String> },
    /// A `--map` without `=`.
    MapWithoutEquals { map: String },
    /// A `--map` whose field is none.
    UnknownField { field: String },
    /// A `--map` whose column is not in the header row.
    NoSuchColumn {
        column: String,
        headers: Vec<String>,
    },
}

impl Refusal {
    /// The statement.
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Refusal::UnknownKind { path }, Lang::En) => {
                format!("{path} is not a spreadsheet ctg reads")
            }
            (Refusal::UnknownKind { path }, Lang::Fr) => {
                format!("{path} n'est pas un tableur que ctg lit")
            }
            (Refusal::Unreadable { path, error }, Lang::En) => {
                format!("{path} cannot be read: {error}")
            }
            (Refusal::Unreadable { path, error }, Lang::Fr) => {
                format!("{path} ne peut pas être lu : {error}")
            }
            (Refusal::NoSuchSheet { sheet, .. }, Lang::En) => {
                format!("the file has no sheet `{sheet}`")
            }
            (Refusal::NoSuchSheet { sheet, .. }, Lang::Fr) => {
                format!("le fichier n'a pas de feuille `{sheet}`")
            }
            (Refusal::MapWithoutEquals { map }, Lang::En) => format!("`--map {map}` says no field"),
            (Refusal::MapWithoutEquals { map }, Lang::Fr) => {
                format!("`--map {map}` ne dit aucun champ")
            }
            (Refusal::UnknownField { field }, Lang::En) => {
                format!("`{field}` is no field of an action")
            }
            (Refusal::UnknownField { field }, Lang::Fr) => {
                format!("`{field}` n'est aucun champ d'une action")
            }
            (Refusal::NoSuchColumn { column, .. }, Lang::En) => {
                format!("the header row has no column `{column}`")
            }
            (Refusal::NoSuchColumn { column, .. }, Lang::Fr) => {
                format!("la ligne d'en-tête n'a pas de colonne `{column}`")
            }
        }
    }

    /// How to get past it.
    pub fn hint(&self, lang: Lang) -> String {
        let quoted = |items: &[String]| {
            items
                .iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let fields = Field::ALL
            .iter()
            .map(|f| f.as_str().to_owned())
            .collect::<Vec<_>>();
        match (self, lang) {
            (Refusal::UnknownKind { .. }, Lang::En) => {
                "give a .xlsx, .xls, .xlsb, .ods or .csv file".into()
            }
            (Refusal::UnknownKind { .. }, Lang::Fr) => {
                "donnez un fichier .xlsx, .xls, .xlsb, .ods ou .csv".into()
            }
            (Refusal::Unreadable { .. }, Lang::En) => {
                "check the path, and that the file opens in a spreadsheet".into()
            }
            (Refusal::Unreadable { .. }, Lang::Fr) => {
                "vérifiez le chemin, et que le fichier s'ouvre dans un tableur".into()
            }
            (Refusal::NoSuchSheet { sheets, .. }, Lang::En) => {
                format!("its sheets: {}", quoted(sheets))
            }
            (Refusal::NoSuchSheet { sheets, .. }, Lang::Fr) => {
                format!("ses feuilles : {}", quoted(sheets))
            }
            (Refusal::MapWithoutEquals { .. }, Lang::En) => {
                "write `--map \"Header=field\"`, e.g. `--map \"Pilote=lead\"`".into()
            }
            (Refusal::MapWithoutEquals { .. }, Lang::Fr) => {
                "écrivez `--map \"En-tête=champ\"`, par exemple `--map \"Pilote=lead\"`".into()
            }
            (Refusal::UnknownField { .. }, Lang::En) => format!("the fields: {}", quoted(&fields)),
            (Refusal::UnknownField { .. }, Lang::Fr) => format!("les champs : {}", quoted(&fields)),
            (Refusal::NoSuchColumn { headers, .. }, Lang::En) => {
                format!("its columns: {} (or a column's letter)", quoted(headers))
            }
            (Refusal::NoSuchColumn { headers, .. }, Lang::Fr) => format!(
                "ses colonnes : {} (ou la lettre d'une colonne)",
                quoted(headers)
            ),
        }
    }

    /// The refusal as stderr shows it: `error: …` and `help: …`.
    pub fn say(&self, lang: Lang) -> String {
        let colon = colon(lang);
        let out = format!(
            "{}{colon} {}\n  {}{colon} {}\n",
            words::severity(Severity::Error, lang),
            self.text(lang),
            words::help(lang),
            self.hint(lang)
        );
        escape_controls_keep_lines(&out).into_owned()
    }
}

/// What a code's severity does to an import, for `ctg explain` (the
/// codes of `ctg check` say what it does to a check).
pub fn severity_note(severity: Severity, lang: Lang) -> &'static str {
    match (severity, lang) {
        (Severity::Error, Lang::En) => "an error of ctg import: nothing is written (exit 1)",
        (Severity::Warning, Lang::En) => "a warning of ctg import: the records are written",
        // One colon a line: « import-bad-date : une erreur (…) ».
        (Severity::Error, Lang::Fr) => "une erreur de ctg import (rien n'est écrit, code 1)",
        (Severity::Warning, Lang::Fr) => {
            "un avertissement de ctg import (les enregistrements sont écrits)"
        }
    }
}

/// The heading of `--list-columns`: the file (and sheet) and the header
/// row's number.
pub fn columns_heading(place: &str, row: u32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{place}, header row {row}:"),
        Lang::Fr => format!("{place}, ligne d'en-tête {row} :"),
    }
}

/// How a column maps, as `--list-columns` says it.
pub fn column_mapping(
    field: Field,
    mapped: bool,
    unknown: bool,
    repeats: Option<&str>,
    lang: Lang,
) -> String {
    let how = match (mapped, unknown, repeats, lang) {
        (true, _, _, Lang::En) => " (--map)".to_owned(),
        (true, _, _, Lang::Fr) => " (--map)".to_owned(),
        (_, true, _, Lang::En) => " (no field: kept under its header)".to_owned(),
        (_, true, _, Lang::Fr) => " (aucun champ : gardée sous son en-tête)".to_owned(),
        (_, _, Some(cell), Lang::En) => format!(" (repeats column {cell})"),
        (_, _, Some(cell), Lang::Fr) => format!(" (répète la colonne {cell})"),
        _ => String::new(),
    };
    let field = match field {
        Field::Ignore => lang.pick("ignored", "ignorée").to_owned(),
        Field::Notes => "[notes]".to_owned(),
        field => field.as_str().to_owned(),
    };
    format!("{field}{how}")
}

/// The last line of an import: rows read, problems, what was written.
pub fn summary(
    records: usize,
    errors: usize,
    warnings: usize,
    written: Written,
    lang: Lang,
) -> String {
    // French counts 0 in the singular (« 0 erreur »), English in the plural.
    let singular = |n: usize| n == 1 || (n == 0 && lang == Lang::Fr);
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if singular(n) { one } else { many });
    let problems = match lang {
        Lang::En => format!(
            "{}, {}",
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings")
        ),
        Lang::Fr => format!(
            "{}, {}",
            plural(errors, "erreur", "erreurs"),
            plural(warnings, "avertissement", "avertissements")
        ),
    };
    let sep = semicolon(lang);
    match (written, lang) {
        (Written::Nothing, Lang::En) => format!("{problems}{sep}nothing was written"),
        (Written::Nothing, Lang::Fr) => format!("{problems}{sep}rien n'a été écrit"),
        (Written::DryRun, Lang::En) => format!(
            "{problems}{sep}{} would be written (--dry-run: nothing was)",
            plural(records, "action", "actions")
        ),
        (Written::DryRun, Lang::Fr) => format!(
            "{problems}{sep}{} {} (--dry-run : rien ne l'a été)",
            plural(records, "action", "actions"),
            if singular(records) {
                "serait écrite"
            } else {
                "seraient écrites"
            }
        ),
        (Written::Files, Lang::En) => format!(
            "{problems}{sep}{} written in actions/",
            plural(records, "action", "actions")
        ),
        (Written::Files, Lang::Fr) => format!(
            "{problems}{sep}{} écrite{} dans actions/",
            plural(records, "action", "actions"),
            if singular(records) { "" } else { "s" }
        ),
    }
}

/// What an import did with its records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// An error stopped it.
    Nothing,
    /// `--dry-run`.
    DryRun,
    /// The files are written.
    Files,
}

/// The line above a file `--dry-run` prints.
pub fn would_write(path: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("# {path} (would be written)"),
        Lang::Fr => format!("# {path} (serait écrit)"),
    }
}

/// The line of a file written.
pub fn wrote(path: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Created {path}"),
        Lang::Fr => format!("{path} créé"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_is_worded_in_both_languages() {
        let samples = [
            Refusal::UnknownKind {
                path: "plan.pdf".into(),
            },
            Refusal::Unreadable {
                path: "plan.xlsx".into(),
                error: "not found".into(),
            },
            Refusal::NoSuchSheet {
                sheet: "Plan".into(),
                sheets: vec!["Actions".into()],
            },
            Refusal::MapWithoutEquals {
                map: "Pilote".into(),
            },
            Refusal::UnknownField {
                field: "budget".into(),
            },
            Refusal::NoSuchColumn {
                column: "Nom".into(),
                headers: vec!["Intitulé".into()],
            },
        ];
        for refusal in &samples {
            assert_ne!(
                refusal.text(Lang::En),
                refusal.text(Lang::Fr),
                "{refusal:?}"
            );
            assert_ne!(
                refusal.hint(Lang::En),
                refusal.hint(Lang::Fr),
                "{refusal:?}"
            );
        }
        assert_eq!(
            summary(1, 0, 2, Written::Files, Lang::Fr),
            "0 erreur, 2 avertissements ; 1 action écrite dans actions/"
        );
        assert_eq!(
            summary(3, 1, 0, Written::Nothing, Lang::En),
            "1 error, 0 warnings; nothing was written"
        );
    }
}
