//! Commission rules: every commission needs a referent officer in post, the
//! link between it and the COPIL that the annex asks for.

use chrono::NaiveDate;

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Diagnostic};
use crate::read::repository::Repository;

pub(super) fn check(repo: &Repository, today: NaiveDate, out: &mut Vec<Diagnostic>) {
    for commission in &repo.commissions {
        let Some(referent) = &commission.referent else {
            out.push(Diagnostic::new(
                Code::NoReferent,
                &commission.file,
                Some(0..0),
                Message::NoReferent,
            ));
            continue;
        };
        if let Some(officer) = repo.officer(&referent.value)
            && !officer.assignments.iter().any(|a| a.is_active(today))
        {
            out.push(Diagnostic::new(
                Code::ReferentInactive,
                &commission.file,
                Some(referent.span()),
                Message::ReferentInactive {
                    officer: referent.value.to_string(),
                    today,
                },
            ));
        }
    }
}
