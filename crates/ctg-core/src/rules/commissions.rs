//! Commission rules: every commission needs a referent officer
//! (`no-referent`) in post (`referent-inactive`), the link between it and
//! the COPIL that the annex asks for.

use chrono::NaiveDate;

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Definition, Diagnostic, Example, Explanation, Severity};
use crate::i18n::{Lang, date};
use crate::read::repository::Repository;

/// `no-referent`: a commission with no referent officer.
pub const NO_REFERENT: Code = Code::new(&Definition {
    name: "no-referent",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A commission has no `referent`: the cooperation officer who links it to the COPIL.",
        fix: "Add `referent = \"<officer id>\"`, the name of a file in officers/ without `.toml`.",
    },
    fr: Explanation {
        meaning: "Une commission n'a pas de `referent` : le chargé de coopération qui la relie au COPIL.",
        fix: "Ajoutez `referent = \"<identifiant>\"`, le nom d'un fichier de officers/ sans `.toml`.",
    },
    example: Example::Files(&[(
        "commissions/petite-enfance.toml",
        include_str!("examples/no-referent/commissions/petite-enfance.toml"),
    )]),
});

/// `referent-inactive`: a referent with no assignment today.
pub const REFERENT_INACTIVE: Code = Code::new(&Definition {
    name: "referent-inactive",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A commission's referent has no assignment today: they have left, or not started yet.",
        fix: "Name an officer who is in post, or add the referent's current assignment.",
    },
    fr: Explanation {
        meaning: "Le référent d'une commission n'a pas d'affectation aujourd'hui : il est parti, ou pas encore arrivé.",
        fix: "Désignez un chargé de coopération en poste, ou ajoutez l'affectation en cours du référent.",
    },
    example: Example::Files(&[
        (
            "commissions/petite-enfance.toml",
            include_str!("examples/referent-inactive/commissions/petite-enfance.toml"),
        ),
        (
            "officers/luc-martin.toml",
            include_str!("examples/referent-inactive/officers/luc-martin.toml"),
        ),
    ]),
});

/// The codes of this family.
pub const CODES: &[Code] = &[NO_REFERENT, REFERENT_INACTIVE];

/// What is wrong with a commission's referent.
#[derive(Debug, Clone, PartialEq)]
pub enum CommissionProblem {
    /// A commission with no referent officer.
    NoReferent,
    /// A referent with no assignment today.
    ReferentInactive { officer: String, today: NaiveDate },
}

#[rustfmt::skip]
impl Message for CommissionProblem {
    fn code(&self) -> Code {
        match self {
            CommissionProblem::NoReferent => NO_REFERENT,
            CommissionProblem::ReferentInactive { .. } => REFERENT_INACTIVE,
        }
    }
    fn text(&self, lang: Lang) -> String {
        use CommissionProblem as M;
        match (self, lang) {
            (M::NoReferent, Lang::En) => "this commission has no referent officer".into(),
            (M::NoReferent, Lang::Fr) => "cette commission n'a pas de chargé de coopération référent".into(),
            (M::ReferentInactive { officer, today }, Lang::En) => {
                format!("referent `{officer}` has no assignment on {}", date(*today, lang))
            }
            (M::ReferentInactive { officer, today }, Lang::Fr) => {
                format!("le référent `{officer}` n'a pas d'affectation au {}", date(*today, lang))
            }
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use CommissionProblem as M;
        Some(match (self, lang) {
            (M::NoReferent, Lang::En) => "add `referent = \"<officer id>\"`: the officer who links this commission to the COPIL".into(),
            (M::NoReferent, Lang::Fr) => "ajoutez `referent = \"<identifiant>\"` : le chargé de coopération qui relie cette commission au COPIL".into(),
            (M::ReferentInactive { .. }, Lang::En) => "name an officer who is in post today, or add their current assignment".into(),
            (M::ReferentInactive { .. }, Lang::Fr) => "désignez un chargé de coopération en poste aujourd'hui, ou ajoutez son affectation en cours".into(),
        })
    }
}

pub(super) fn check(repo: &Repository, today: NaiveDate, out: &mut Vec<Diagnostic>) {
    for commission in &repo.commissions {
        let Some(referent) = &commission.referent else {
            out.push(Diagnostic::new(
                &commission.file,
                Some(0..0),
                CommissionProblem::NoReferent,
            ));
            continue;
        };
        if let Some(officer) = repo.officer(&referent.value)
            && !officer.assignments.iter().any(|a| a.is_active(today))
        {
            out.push(Diagnostic::new(
                &commission.file,
                Some(referent.span()),
                CommissionProblem::ReferentInactive {
                    officer: referent.value.to_string(),
                    today,
                },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::worded;

    fn samples() -> Vec<CommissionProblem> {
        vec![
            CommissionProblem::NoReferent,
            CommissionProblem::ReferentInactive {
                officer: "luc-martin".into(),
                today: NaiveDate::from_ymd_opt(2026, 6, 15).unwrap(),
            },
        ]
    }

    /// No wildcard: a new variant does not compile until it is numbered here.
    fn variant(message: &CommissionProblem) -> usize {
        match message {
            CommissionProblem::NoReferent => 0,
            CommissionProblem::ReferentInactive { .. } => 1,
        }
    }

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = samples();
        worded::every_variant(&samples, 2, variant);
        worded::messages(&samples);
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }
}
