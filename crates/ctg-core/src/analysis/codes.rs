//! Every problem code, from every family, in the order the documentation
//! lists them (errors first): what `ctg explain` lists, and the order
//! problems at one place are sorted in. Each code is declared in its
//! family's module, with its check, its wording, its explanation and its
//! example; this list only places it.

use crate::diagnostics::{Code, ExampleFile};
use crate::read::problems::{fields, files};
use crate::rules::{
    actions, commissions, indicators, meetings, period, references, skipped, staffing,
};

/// Every code, in documentation order.
pub const ALL: &[Code] = &[
    files::SYNTAX,
    fields::UNKNOWN_FIELD,
    fields::MISSING_FIELD,
    fields::INVALID_VALUE,
    fields::DATE_OUT_OF_RANGE,
    files::INVALID_ID,
    files::DUPLICATE_ID,
    files::MISPLACED_RECORD,
    references::UNKNOWN_REFERENCE,
    staffing::FTE_OVERBOOKED,
    staffing::PLAN_MISMATCH,
    meetings::MEETING_IN_FUTURE_HELD,
    fields::DUPLICATE_MEASURE,
    indicators::MEASURE_IN_FUTURE,
    files::FILE_TOO_LARGE,
    files::UNREADABLE_FILE,
    files::STRAY_FILE,
    files::SKIPPED_FILE,
    files::OFFICER_DELETED,
    skipped::NOT_CHECKED,
    period::OUTSIDE_CONVENTION,
    staffing::FTE_OVER_TARGET,
    staffing::BASELINE_MISMATCH,
    meetings::COPIL_FREQUENCY,
    meetings::COMMISSION_FREQUENCY,
    meetings::MEETING_NOT_RECORDED,
    commissions::NO_REFERENT,
    commissions::REFERENT_INACTIVE,
    actions::OVERDUE,
    indicators::INDICATOR_STALE,
    indicators::TARGET_MISSED,
    indicators::NO_INDICATOR,
];

/// The codes of each family, in the order of the modules.
pub const FAMILIES: &[&[Code]] = &[
    files::CODES,
    fields::CODES,
    references::CODES,
    staffing::CODES,
    meetings::CODES,
    commissions::CODES,
    actions::CODES,
    period::CODES,
    indicators::CODES,
    skipped::CODES,
];

/// The code named `name`, if there is one.
pub fn from_name(name: &str) -> Option<Code> {
    ALL.iter().copied().find(|code| code.as_str() == name)
}

/// The place of `code` in documentation order: codes sort by it.
pub fn rank(code: Code) -> usize {
    ALL.iter().position(|c| *c == code).unwrap_or(ALL.len())
}

/// A sound repository the examples are dropped into: every example, written
/// over it, produces its code. Checked as of 2026-06-15 by the tests. Its
/// files are real files (`analysis/base/`), a repository `ctg --dir` reads
/// as any other, shared by `ctg explain`, the tests and the docs.
pub const BASE: &[ExampleFile] = &[
    ("copil.toml", include_str!("base/copil.toml")),
    (
        "officers/marie-dupont.toml",
        include_str!("base/officers/marie-dupont.toml"),
    ),
    (
        "commissions/petite-enfance.toml",
        include_str!("base/commissions/petite-enfance.toml"),
    ),
    (
        "actions/pe-01.toml",
        include_str!("base/actions/pe-01.toml"),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_of_every_family_is_listed_exactly_once() {
        let mut names: Vec<&str> = ALL.iter().map(|c| c.as_str()).collect();
        let mut declared: Vec<&str> = FAMILIES
            .iter()
            .flat_map(|family| family.iter().map(|c| c.as_str()))
            .collect();
        names.sort_unstable();
        declared.sort_unstable();
        let listed = names.len();
        names.dedup();
        assert_eq!(names.len(), listed, "a code is listed twice");
        assert_eq!(
            names, declared,
            "ALL must list the codes of every family, once"
        );
    }

    #[test]
    fn errors_come_before_warnings() {
        assert!(
            ALL.is_sorted_by_key(|c| c.severity()),
            "documentation order lists errors first"
        );
    }

    #[test]
    fn docs_list_the_codes_in_order() {
        let doc = include_str!("../../../../docs/codes.md");
        let table: Vec<&str> = doc
            .lines()
            .filter_map(|l| l.strip_prefix("| [`")?.split('`').next())
            .collect();
        let headings: Vec<&str> = doc
            .lines()
            .filter_map(|l| l.strip_prefix("### `")?.strip_suffix('`'))
            .collect();
        let names: Vec<&str> = ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(table, names, "the table of docs/codes.md");
        assert_eq!(headings, names, "the sections of docs/codes.md");
    }

    #[test]
    fn names_and_ranks_round_trip() {
        for (i, code) in ALL.iter().enumerate() {
            assert_eq!(from_name(code.as_str()), Some(*code));
            assert_eq!(rank(*code), i);
        }
        assert_eq!(from_name("nope"), None);
    }
}
