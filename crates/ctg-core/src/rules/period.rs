//! The convention's period: assignments, meetings and due dates that fall
//! outside it (`outside-convention`).

use chrono::NaiveDate;

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Definition, Diagnostic, Example, Explanation, Severity};
use crate::domain::model::{Convention, Meeting};
use crate::i18n::{Lang, date};
use crate::read::repository::Repository;

/// `outside-convention`: a date outside the convention's period.
pub const OUTSIDE_CONVENTION: Code = Code::new(&Definition {
    name: "outside-convention",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A date outside the convention's period (`convention.start` to `convention.end`): an assignment that never overlaps it, a meeting, or an action due after the end.",
        fix: "Correct the date, or the convention's dates if they are the wrong ones.",
    },
    fr: Explanation {
        meaning: "Une date hors de la période de la convention (`convention.start` à `convention.end`) : une affectation qui ne la recoupe pas, une réunion, ou une action dont l'échéance dépasse la fin.",
        fix: "Corrigez la date, ou les dates de la convention si ce sont elles qui sont fausses.",
    },
    example: Example::Files(&[(
        "actions/pe-02.toml",
        include_str!("examples/outside-convention/actions/pe-02.toml"),
    )]),
});

/// The convention's period is copil.toml's: without it, nothing is
/// outside it (see `rules::skipped`).
pub const NEEDS: &[super::skipped::Needs] = &[(
    OUTSIDE_CONVENTION,
    &[crate::domain::model::RecordKind::Copil],
)];

/// The codes of this family.
pub const CODES: &[Code] = &[OUTSIDE_CONVENTION];

/// A date outside the convention's period.
#[derive(Debug, Clone, PartialEq)]
pub enum OutsideConvention {
    /// An assignment that never overlaps the convention.
    Assignment {
        start: NaiveDate,
        end: Option<NaiveDate>,
        from: NaiveDate,
        to: NaiveDate,
    },
    /// A meeting outside the convention's period.
    Meeting {
        date: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
    },
    /// An action due after the convention ends.
    Due { due: NaiveDate, to: NaiveDate },
}

#[rustfmt::skip]
impl Message for OutsideConvention {
    fn code(&self) -> Code {
        OUTSIDE_CONVENTION
    }
    fn text(&self, lang: Lang) -> String {
        use OutsideConvention as M;
        let d = |x: &NaiveDate| date(*x, lang);
        match (self, lang) {
            (M::Assignment { start, end, from, to }, Lang::En) => format!(
                "assignment {} to {} does not overlap the convention ({} to {})",
                d(start), end.as_ref().map_or("open end".into(), d), d(from), d(to)
            ),
            (M::Assignment { start, end, from, to }, Lang::Fr) => format!(
                "l'affectation du {} au {} ne recoupe pas la convention (du {} au {})",
                d(start), end.as_ref().map_or("(sans fin)".into(), d), d(from), d(to)
            ),
            (M::Meeting { date, from, to }, Lang::En) => {
                format!("meeting of {} is outside the convention ({} to {})", d(date), d(from), d(to))
            }
            (M::Meeting { date, from, to }, Lang::Fr) => {
                format!("la réunion du {} est hors de la convention (du {} au {})", d(date), d(from), d(to))
            }
            (M::Due { due, to }, Lang::En) => {
                format!("due {}, after the convention ends on {}", d(due), d(to))
            }
            (M::Due { due, to }, Lang::Fr) => {
                format!("échéance le {}, après la fin de la convention le {}", d(due), d(to))
            }
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use OutsideConvention as M;
        Some(match (self, lang) {
            (M::Assignment { .. } | M::Meeting { .. }, Lang::En) => "check the dates against `convention.start` and `convention.end`".into(),
            (M::Assignment { .. } | M::Meeting { .. }, Lang::Fr) => "vérifiez les dates par rapport à `convention.start` et `convention.end`".into(),
            (M::Due { .. }, Lang::En) => "bring the due date within the convention, or extend `convention.end`".into(),
            (M::Due { .. }, Lang::Fr) => "ramenez l'échéance dans la convention, ou prolongez `convention.end`".into(),
        })
    }
}

fn meetings(out: &mut Vec<Diagnostic>, file: &str, meetings: &[Meeting], c: &Convention) {
    for meeting in meetings {
        let date = meeting.date.value;
        if !c.covers(date) {
            out.push(Diagnostic::new(
                file,
                Some(meeting.date.span()),
                OutsideConvention::Meeting {
                    date,
                    from: c.start,
                    to: c.end,
                },
            ));
        }
    }
}

pub(super) fn check(repo: &Repository, out: &mut Vec<Diagnostic>) {
    let Some(convention) = &repo.convention else {
        return;
    };
    let (from, to) = (convention.start, convention.end);
    for officer in &repo.officers {
        for assignment in &officer.assignments {
            let starts_after = assignment.start.value > to;
            let ends_before = assignment.end.is_some_and(|end| end < from);
            if starts_after || ends_before {
                out.push(Diagnostic::new(
                    &officer.file,
                    Some(assignment.start.span()),
                    OutsideConvention::Assignment {
                        start: assignment.start.value,
                        end: assignment.end,
                        from,
                        to,
                    },
                ));
            }
        }
    }
    meetings(
        out,
        &convention.file,
        &convention.copil.meetings,
        convention,
    );
    for commission in &repo.commissions {
        meetings(out, &commission.file, &commission.meetings, convention);
    }
    for action in &repo.actions {
        if let Some(due) = &action.due
            && due.value > to
        {
            out.push(Diagnostic::new(
                &action.file,
                Some(due.span()),
                OutsideConvention::Due { due: due.value, to },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::worded;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A sample of every message, with and without an end.
    fn samples() -> Vec<OutsideConvention> {
        use OutsideConvention as M;
        let (from, to) = (day(2025, 1, 1), day(2029, 12, 31));
        vec![
            M::Assignment {
                start: day(2020, 1, 1),
                end: Some(day(2020, 12, 31)),
                from,
                to,
            },
            M::Assignment {
                start: day(2031, 1, 1),
                end: None,
                from,
                to,
            },
            M::Meeting {
                date: day(2031, 1, 1),
                from,
                to,
            },
            M::Due {
                due: day(2031, 6, 30),
                to,
            },
        ]
    }

    /// No wildcard: a new variant does not compile until it is numbered here.
    fn variant(message: &OutsideConvention) -> usize {
        match message {
            OutsideConvention::Assignment { .. } => 0,
            OutsideConvention::Meeting { .. } => 1,
            OutsideConvention::Due { .. } => 2,
        }
    }

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = samples();
        worded::every_variant(&samples, 3, variant);
        worded::messages(&samples);
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }
}
