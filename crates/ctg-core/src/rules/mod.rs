//! The rules that look across records: references, staffing, meetings,
//! commissions, the action plan and the convention's period. Each family is
//! one module holding its checks, its codes (name, severity, explanation
//! and example) and its messages worded in English and French. Each rule
//! reads the [`Repository`] and returns diagnostics; none prints, and none
//! re-reads a file.

pub mod actions;
pub mod commissions;
pub mod meetings;
pub mod period;
pub mod references;
pub mod staffing;

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
    period::check(repo, &mut out);
    out
}
