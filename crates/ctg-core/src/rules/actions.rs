//! Action plan rules: open actions past their due date, and due dates past
//! the convention's end.

use chrono::NaiveDate;

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Diagnostic};
use crate::read::repository::Repository;

pub(super) fn check(repo: &Repository, today: NaiveDate, out: &mut Vec<Diagnostic>) {
    for action in &repo.actions {
        let Some(due) = &action.due else { continue };
        if action.is_overdue(today) {
            out.push(Diagnostic::new(
                Code::Overdue,
                &action.file,
                Some(due.span()),
                Message::Overdue {
                    due: due.value,
                    days: (today - due.value).num_days(),
                },
            ));
        }
        if let Some(c) = &repo.convention
            && due.value > c.end
        {
            out.push(Diagnostic::new(
                Code::OutsideConvention,
                &action.file,
                Some(due.span()),
                Message::DueAfterEnd {
                    due: due.value,
                    to: c.end,
                },
            ));
        }
    }
}
