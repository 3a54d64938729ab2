//! The words of `ctg check` around the problems themselves (each problem's
//! own words are the library's): the line that says how many were not
//! printed under `--max-problems`.

use ctg_core::diagnostics::message::words::{plural, plural_fr};
use ctg_core::i18n::Lang;

/// The line after the problems printed when `--max-problems` left some out:
/// how many, of which how many errors, and how to see them all. No colon or
/// semicolon: the line reads the same on a terminal in either language.
pub fn not_shown(errors: usize, warnings: usize, lang: Lang) -> String {
    let count = errors + warnings;
    match lang {
        Lang::En => format!(
            "… and {count} more {} not shown ({}, {}). To see them all, add --max-problems 0.",
            if count == 1 { "problem" } else { "problems" },
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings"),
        ),
        Lang::Fr => format!(
            "… et {} non {} ({}, {}). Pour tout voir, ajoutez --max-problems 0.",
            plural_fr(count, "autre problème", "autres problèmes"),
            if count <= 1 { "affiché" } else { "affichés" },
            plural_fr(errors, "erreur", "erreurs"),
            plural_fr(warnings, "avertissement", "avertissements"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_how_many_and_how_to_see_them_in_both_languages() {
        assert_eq!(
            not_shown(190, 0, Lang::En),
            "… and 190 more problems not shown (190 errors, 0 warnings). To see them all, add --max-problems 0."
        );
        assert_eq!(
            not_shown(1, 0, Lang::Fr),
            "… et 1 autre problème non affiché (1 erreur, 0 avertissement). Pour tout voir, ajoutez --max-problems 0."
        );
        assert_eq!(
            not_shown(3, 2, Lang::Fr),
            "… et 5 autres problèmes non affichés (3 erreurs, 2 avertissements). Pour tout voir, ajoutez --max-problems 0."
        );
    }
}
