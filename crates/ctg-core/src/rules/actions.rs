//! Action plan rules: open actions past their due date (`overdue`).

use chrono::NaiveDate;

use crate::diagnostics::message::Message;
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
            (ActionProblem::Overdue { due, days }, Lang::En) => format!("overdue: due {}, {days} day(s) ago", date(*due, lang)),
            (ActionProblem::Overdue { due, days }, Lang::Fr) => format!("en retard : échéance le {}, il y a {days} jour(s)", date(*due, lang)),
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

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }
}
