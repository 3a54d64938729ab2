//! The rules that look across records: references, staffing, meetings and
//! the action plan. Each rule reads the [`Repository`] and returns
//! diagnostics; none prints, and none re-reads a file.

mod actions;
mod commissions;
mod meetings;
mod references;
mod staffing;

use chrono::NaiveDate;

use crate::diagnostics::Diagnostic;
use crate::read::repository::Repository;

/// Every cross-record problem of `repo`, with "today" being `today`.
pub fn check(repo: &Repository, today: NaiveDate) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    references::check(repo, &mut out);
    staffing::check(repo, &mut out);
    meetings::check(repo, today, &mut out);
    commissions::check(repo, today, &mut out);
    actions::check(repo, today, &mut out);
    out
}
