//! What a diagnostic says: the [`Message`] trait each family of problems
//! implements with its own message type, worded in English and French next
//! to the check that finds the problem; the few helpers several families
//! word with; and the fixed words around every diagnostic.

use crate::diagnostics::Code;
use crate::domain::model::RecordKind;
use crate::i18n::Lang;

/// What a diagnostic says, with the values it needs, put into words only
/// when rendered. Each family of problems has its own type, whose wording
/// matches on [`Lang`] with no wildcard: a message without its French does
/// not compile.
pub trait Message: std::any::Any + std::fmt::Debug + Send + Sync {
    /// The code of the problem: the message chooses it, so that no
    /// problem can be said under another problem's code.
    fn code(&self) -> Code;

    /// The one-line statement of the problem.
    fn text(&self, lang: Lang) -> String;

    /// How to fix it, where a hint helps.
    fn hint(&self, lang: Lang) -> Option<String>;
}

/// A kind of record as messages name it: `officer`, `chargé de coopération`.
pub fn kind_name(kind: RecordKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (RecordKind::Copil, Lang::En) => "COPIL",
        (RecordKind::Commission, Lang::En) => "commission",
        (RecordKind::Officer, Lang::En) => "officer",
        (RecordKind::Action, Lang::En) => "action",
        (RecordKind::Copil, Lang::Fr) => "COPIL",
        (RecordKind::Commission, Lang::Fr) => "commission",
        (RecordKind::Officer, Lang::Fr) => "chargé de coopération",
        (RecordKind::Action, Lang::Fr) => "action",
    }
}

/// `did you mean `x`?`, when there is a suggestion.
pub fn did_you_mean(suggestion: &Option<String>, lang: Lang) -> Option<String> {
    suggestion.as_ref().map(|s| match lang {
        Lang::En => format!("did you mean `{s}`?"),
        Lang::Fr => format!("vouliez-vous dire `{s}` ?"),
    })
}

/// `` `a`, `b`, `c` ``.
pub fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fixed words around diagnostics: severities, summaries, hint prefixes.
pub mod words {
    use crate::diagnostics::Severity;
    use crate::i18n::Lang;

    /// `error` / `erreur`.
    pub fn severity(severity: Severity, lang: Lang) -> &'static str {
        match (severity, lang) {
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::En) => "warning",
            (Severity::Error, Lang::Fr) => "erreur",
            (Severity::Warning, Lang::Fr) => "avertissement",
        }
    }

    /// `1 file`, `2 files`.
    pub fn plural(n: usize, one: &str, many: &str) -> String {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    }

    /// French counts 0 and 1 in the singular: `0 erreur`, `1 erreur`, `2 erreurs`.
    pub fn plural_fr(n: usize, one: &str, many: &str) -> String {
        if n <= 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    }

    /// A number of days: `1 day`, `28 days`; `1 jour`, `28 jours`.
    pub fn days(n: i64, lang: Lang) -> String {
        let n = usize::try_from(n).unwrap_or(0);
        match lang {
            Lang::En => plural(n, "day", "days"),
            Lang::Fr => plural_fr(n, "jour", "jours"),
        }
    }

    /// `2 errors, 1 warning in 23 files`, or the clean-run line.
    pub fn summary(errors: usize, warnings: usize, files: usize, lang: Lang) -> String {
        match lang {
            Lang::En if errors + warnings == 0 => {
                format!("ok: {}, no problems", plural(files, "file", "files"))
            }
            Lang::Fr if errors + warnings == 0 => format!(
                "ok : {}, aucun problème",
                plural_fr(files, "fichier", "fichiers")
            ),
            Lang::En => format!(
                "{}, {} in {}",
                plural(errors, "error", "errors"),
                plural(warnings, "warning", "warnings"),
                plural(files, "file", "files")
            ),
            Lang::Fr => format!(
                "{}, {} dans {}",
                plural_fr(errors, "erreur", "erreurs"),
                plural_fr(warnings, "avertissement", "avertissements"),
                plural_fr(files, "fichier", "fichiers")
            ),
        }
    }

    /// Where `ctg explain` tells more about a code.
    pub fn explain(code: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!("for more, run `ctg explain {code}`"),
            Lang::Fr => format!("pour en savoir plus : `ctg explain {code}`"),
        }
    }

    /// The line `fte`, `status` and `actions` print for each file they could not use.
    pub fn left_out(file: &str, code: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!("warning: {file} left out ({code}); run `ctg check` for details"),
            Lang::Fr => format!("attention : {file} ignoré ({code}) ; `ctg check` donne le détail"),
        }
    }

    /// The name of the help line under a diagnostic: `help` / `aide`.
    pub fn help(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "help",
            Lang::Fr => "aide",
        }
    }

    /// The name of the note line under a diagnostic: `note` / `remarque`.
    pub fn note(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "note",
            Lang::Fr => "remarque",
        }
    }
}
