//! Rules not run because a file they read all of has errors
//! (`not-checked`).
//!
//! A rule that adds up every officer (`fte-over-target`) would give a wrong
//! total without a broken officer file: its warning would come and go as
//! unrelated files break. Such a rule declares, in its family's `NEEDS`
//! next to its code, the kinds of files it reads all of; when one of them
//! has errors, its findings are held back and one note says which rules
//! were not run, and because of which files. A rule that reads only files
//! that read cleanly runs: a broken action does not stop the FTE rules.

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Definition, Diagnostic, Example, Explanation, Severity};
use crate::domain::model::RecordKind;
use crate::i18n::Lang;
use crate::read::repository::Repository;
use crate::read::scan::{MARKER, kind_of};

/// A rule and the kinds of files it reads all of.
pub type Needs = (Code, &'static [RecordKind]);

/// `not-checked`: rules not run because a file they read all of has errors.
pub const NOT_CHECKED: Code = Code::new(&Definition {
    name: "not-checked",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A rule that adds up or compares every file of a kind (the FTE totals read copil.toml and every officer) was not run, because one of those files has errors of its own: its figures would be missing, and the rule's answer wrong. The message names the rules and the files.",
        fix: "Fix the errors of the files named (each is reported with its own errors), then run `ctg check` again: the rules run once every file they need reads cleanly.",
    },
    fr: Explanation {
        meaning: "Une règle qui additionne ou compare tous les fichiers d'un type (les totaux d'ETP lisent copil.toml et tous les chargés de coopération) n'a pas été appliquée, car l'un de ces fichiers a ses propres erreurs : ses chiffres manqueraient, et la réponse de la règle serait fausse. Le message nomme les règles et les fichiers.",
        fix: "Corrigez les erreurs des fichiers nommés (chacun est signalé avec ses propres erreurs), puis relancez `ctg check` : les règles s'appliquent dès que tous les fichiers dont elles ont besoin se lisent sans erreur.",
    },
    example: Example::Files(&[(
        "officers/luc-martin.toml",
        include_str!("examples/not-checked/officers/luc-martin.toml"),
    )]),
});

/// The codes of this family.
pub const CODES: &[Code] = &[NOT_CHECKED];

/// Files shown by name in the note at the most.
const MAX_FILES_NAMED: usize = 3;

/// Rules not run, and why.
#[derive(Debug, Clone, PartialEq)]
pub enum SkippedProblem {
    /// `rules` were not run: `files` (the first few of `count`) have errors.
    NotChecked {
        rules: Vec<&'static str>,
        files: Vec<String>,
        count: usize,
    },
}

#[rustfmt::skip]
impl Message for SkippedProblem {
    fn code(&self) -> Code {
        match self {
            SkippedProblem::NotChecked { .. } => NOT_CHECKED,
        }
    }

    fn text(&self, lang: Lang) -> String {
        let SkippedProblem::NotChecked { rules, files, count } = self;
        let checked = if rules.len() == 1 { "non vérifié" } else { "non vérifiés" };
        let rules = rules.iter().map(|r| format!("`{r}`")).collect::<Vec<_>>().join(", ");
        let more = count - files.len();
        let files = files.join(", ");
        match (lang, *count, more) {
            (Lang::En, 1, _) => format!("{rules} not checked: {files} has errors"),
            (Lang::En, _, 0) => format!("{rules} not checked: {files} have errors"),
            (Lang::En, _, more) => format!("{rules} not checked: {files} and {more} more files have errors"),
            (Lang::Fr, 1, _) => format!("{rules} {checked} : {files} contient des erreurs"),
            (Lang::Fr, _, 0) => format!("{rules} {checked} : {files} contiennent des erreurs"),
            (Lang::Fr, _, more) => format!("{rules} {checked} : {files} et {more} autres fichiers contiennent des erreurs"),
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        Some(match lang {
            Lang::En => "without those files the totals would be wrong; fix their errors and these rules run again".into(),
            Lang::Fr => "sans ces fichiers les totaux seraient faux ; corrigez leurs erreurs et ces règles s'appliqueront de nouveau".into(),
        })
    }
}

/// Whether the file at `path` (as left out) holds records of `kind`: a
/// folder that could not be walked counts for its kind too.
fn holds(path: &str, kind: RecordKind) -> bool {
    match kind {
        RecordKind::Copil => path == MARKER,
        _ => kind_of(path) == Some(kind) || kind.folder() == Some(path),
    }
}

/// Holds back the findings of the rules of `needs` that a file with errors
/// would make wrong, and says so once, at the first such file.
pub(super) fn hold_back(repo: &Repository, needs: &[Needs], out: &mut Vec<Diagnostic>) {
    let mut rules: Vec<&'static str> = Vec::new();
    let mut files: Vec<&str> = Vec::new();
    for (code, kinds) in needs {
        let broken: Vec<&str> = repo
            .left_out
            .iter()
            .map(|l| l.file.as_str())
            .filter(|file| kinds.iter().any(|kind| holds(file, *kind)))
            .collect();
        if broken.is_empty() {
            continue;
        }
        out.retain(|d| d.code != *code);
        rules.push(code.as_str());
        files.extend(broken);
    }
    if rules.is_empty() {
        return;
    }
    files.sort_unstable();
    files.dedup();
    let count = files.len();
    out.push(Diagnostic::new(
        files[0],
        None,
        SkippedProblem::NotChecked {
            rules,
            files: files
                .iter()
                .take(MAX_FILES_NAMED)
                .map(|f| (*f).to_owned())
                .collect(),
            count,
        },
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::worded;

    fn samples() -> Vec<SkippedProblem> {
        let files = |n: usize| (0..n).map(|i| format!("officers/o{i}.toml")).collect();
        vec![
            SkippedProblem::NotChecked {
                rules: vec!["fte-over-target", "baseline-mismatch"],
                files: files(1),
                count: 1,
            },
            SkippedProblem::NotChecked {
                rules: vec!["fte-over-target"],
                files: files(2),
                count: 2,
            },
            SkippedProblem::NotChecked {
                rules: vec!["plan-mismatch"],
                files: files(3),
                count: 5,
            },
        ]
    }

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = samples();
        // No wildcard: a new variant does not compile until it has a sample.
        worded::every_variant(&samples, 1, |m| match m {
            SkippedProblem::NotChecked { .. } => 0,
        });
        worded::messages(&samples);
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }

    #[test]
    fn the_note_names_the_rules_and_the_files() {
        let [one, two, many] = <[SkippedProblem; 3]>::try_from(samples()).unwrap();
        assert_eq!(
            one.text(Lang::En),
            "`fte-over-target`, `baseline-mismatch` not checked: officers/o0.toml has errors"
        );
        assert_eq!(
            two.text(Lang::Fr),
            "`fte-over-target` non vérifié : officers/o0.toml, officers/o1.toml contiennent des erreurs"
        );
        assert_eq!(
            many.text(Lang::En),
            "`plan-mismatch` not checked: officers/o0.toml, officers/o1.toml, officers/o2.toml and 2 more files have errors"
        );
    }

    #[test]
    fn a_folder_that_could_not_be_walked_counts_for_its_kind() {
        assert!(holds("officers", RecordKind::Officer));
        assert!(holds("officers/2025/a.toml", RecordKind::Officer));
        assert!(!holds("actions/a.toml", RecordKind::Officer));
        assert!(holds("copil.toml", RecordKind::Copil));
        assert!(!holds("officers/copil.toml", RecordKind::Copil));
    }
}
