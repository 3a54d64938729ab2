//! The words of `ctg check --hook`, the form a git pre-commit hook prints:
//! the person is committing, not checking, so the last line says what
//! happened to the commit and how to get past the hook once.

use ctg_core::diagnostics::message::words::{plural, plural_fr};
use ctg_core::i18n::Lang;

/// The heading over the warnings not shown at the previous commit.
pub fn new_warnings(count: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{}:", plural(count, "warning", "warnings")),
        Lang::Fr => format!("{} :", plural_fr(count, "avertissement", "avertissements")),
    }
}

/// Where the full text of the summarised warnings is.
pub fn details(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "(full text: `ctg check --staged`, or `--verbose` in the hook)",
        Lang::Fr => "(texte complet : `ctg check --staged`, ou `--verbose` dans le hook)",
    }
}

/// The one line for the warnings the hook already showed at the previous
/// commit, with their codes (`indicator-stale ×2`).
pub fn seen_warnings(count: usize, codes: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "{} already shown at the previous commit: {codes}",
            plural(count, "warning", "warnings")
        ),
        Lang::Fr if count == 1 => {
            format!("1 avertissement déjà signalé au commit précédent : {codes}")
        }
        Lang::Fr => {
            format!("{count} avertissements déjà signalés au commit précédent : {codes}")
        }
    }
}

/// The last line when the commit is refused: by errors, or by any problem
/// under `--strict`.
pub fn stopped(count: usize, files: usize, strict: bool, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Commit stopped: {} to fix in {}. To commit once anyway: git commit --no-verify",
            match strict {
                false => plural(count, "error", "errors"),
                true => plural(count, "problem", "problems"),
            },
            plural(files, "file", "files"),
        ),
        Lang::Fr => format!(
            "Commit arrêté : {} à corriger dans {}. Pour passer outre une seule fois : git commit --no-verify",
            match strict {
                false => plural_fr(count, "erreur", "erreurs"),
                true => plural_fr(count, "problème", "problèmes"),
            },
            plural_fr(files, "fichier", "fichiers"),
        ),
    }
}

/// The last line when the commit goes on with warnings.
pub fn passed(warnings: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Commit accepted, with {}.",
            plural(warnings, "warning", "warnings")
        ),
        Lang::Fr => format!(
            "Commit accepté, avec {}.",
            plural_fr(warnings, "avertissement", "avertissements")
        ),
    }
}
