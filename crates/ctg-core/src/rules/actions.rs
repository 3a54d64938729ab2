//! Action plan rules: open actions past their due date (`overdue`).

use chrono::NaiveDate;

use crate::diagnostics::message::{Message, words};
use crate::diagnostics::{Code, Definition, Diagnostic, Example, Explanation, Severity};
use crate::i18n::{Lang, date};
use crate::read::repository::Repository;

/// `overdue`: an open action past its due date.
pub const OVERDUE: Code = Code::new(&Definition {
    name: "overdue",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "An action that is neither done nor abandoned has a `due` date in the past.",
        fix: "Update its `status` (done with `completed`, paused, abandoned…), or move `due`.",
    },
    fr: Explanation {
        meaning: "Une action ni terminée ni abandonnée a une échéance `due` passée.",
        fix: "Mettez à jour son `status` (done avec `completed`, paused, abandoned…), ou reportez `due`.",
    },
    example: Example::Files(&[(
        "actions/pe-01.toml",
        include_str!("examples/overdue/actions/pe-01.toml"),
    )]),
});

/// The codes of this family.
pub const CODES: &[Code] = &[OVERDUE];

/// What is wrong with an action.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionProblem {
    /// An open action past its due date.
    Overdue { due: NaiveDate, days: i64 },
}

#[rustfmt::skip]
impl Message for ActionProblem {
    fn code(&self) -> Code {
        match self {
            ActionProblem::Overdue { .. } => OVERDUE,
        }
    }
    fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (ActionProblem::Overdue { due, days }, Lang::En) => format!("overdue: due {}, {} ago", date(*due, lang), words::days(*days, lang)),
            (ActionProblem::Overdue { due, days }, Lang::Fr) => format!("en retard : échéance le {}, il y a {}", date(*due, lang), words::days(*days, lang)),
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        Some(match (self, lang) {
            (ActionProblem::Overdue { .. }, Lang::En) => "update `status` (done, paused, abandoned…) or move `due`".into(),
            (ActionProblem::Overdue { .. }, Lang::Fr) => "mettez à jour `status` (done, paused, abandoned…) ou reportez `due`".into(),
        })
    }
}

pub(super) fn check(repo: &Repository, today: NaiveDate, out: &mut Vec<Diagnostic>) {
    for action in &repo.actions {
        let Some(due) = &action.due else { continue };
        if action.is_overdue(today) {
            out.push(Diagnostic::new(
                &action.file,
                Some(due.span()),
                ActionProblem::Overdue {
                    due: due.value,
                    days: (today - due.value).num_days(),
                },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::worded;

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = [ActionProblem::Overdue {
            due: NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
            days: 76,
        }];
        // No wildcard: a new variant does not compile until it has a sample.
        worded::every_variant(&samples, 1, |m| match m {
            ActionProblem::Overdue { .. } => 0,
        });
        worded::messages(&samples);
    }

    /// "il y a 28 jours", "il y a 1 jour": never "jour(s)".
    #[test]
    fn days_agree_with_their_number() {
        let due = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        let said = |days, lang| ActionProblem::Overdue { due, days }.text(lang);
        assert_eq!(
            said(28, Lang::Fr),
            "en retard : échéance le 31/03/2026, il y a 28 jours"
        );
        assert_eq!(
            said(1, Lang::Fr),
            "en retard : échéance le 31/03/2026, il y a 1 jour"
        );
        assert_eq!(said(1, Lang::En), "overdue: due 2026-03-31, 1 day ago");
        assert_eq!(said(2, Lang::En), "overdue: due 2026-03-31, 2 days ago");
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }
}
