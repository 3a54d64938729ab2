//! The rules that look across records: references, staffing, meetings,
//! commissions, the action plan and the convention's period. Each family is
//! one module holding its checks, its codes (name, severity, explanation
//! and example) and its messages worded in English and French. Each rule
//! reads the [`Repository`] and returns diagnostics; none prints, and none
//! re-reads a file.
//!
//! To add a code to a family (here, or in `read::problems` for a problem
//! found while reading): in the family's module, declare it (`pub const
//! NAME: Code = Code::new(&Definition { name, severity, en, fr, example })`),
//! add it to the module's `CODES`, give its message a variant (worded in
//! both languages, its code named by the message's `code()`, with a sample
//! in the module's tests) and report it from the check
//! (`Diagnostic::new(file, span, message)`: the message chooses the code); then place it in `analysis::codes::ALL` (documentation order)
//! and document it in docs/codes.md (a test checks both). A new family is a
//! module here, called from [`check`] and listed in `analysis::codes::FAMILIES`.
//!
//! A rule that reads every file of a kind (a total of every officer)
//! declares it in its family's `NEEDS`, listed in [`check`]: it is held
//! back, and said to be, when one of those files has errors (`skipped`).

pub mod actions;
pub mod commissions;
pub mod indicators;
pub mod meetings;
pub mod period;
pub mod references;
pub mod skipped;
pub mod staffing;

use chrono::NaiveDate;

use crate::diagnostics::Diagnostic;
use crate::read::repository::Repository;

/// What a check asks beyond the rules that always run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Settings {
    /// Report `no-indicator` whatever `copil.toml` says (`check --strict`).
    pub require_indicators: bool,
}

/// Every cross-record problem of `repo`, with "today" being `today`.
pub fn check(repo: &Repository, today: NaiveDate, settings: Settings) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    references::check(repo, &mut out);
    staffing::check(repo, &mut out);
    meetings::check(repo, today, &mut out);
    commissions::check(repo, today, &mut out);
    actions::check(repo, today, &mut out);
    period::check(repo, &mut out);
    indicators::check(repo, today, settings.require_indicators, &mut out);
    let needs = [staffing::NEEDS, meetings::NEEDS, period::NEEDS].concat();
    skipped::hold_back(repo, &needs, &mut out);
    out
}
