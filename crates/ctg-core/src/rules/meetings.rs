//! Meeting rules: how often the COPIL and the commissions meet
//! (`copil-frequency`, `commission-frequency`), and meetings whose status
//! contradicts their date (`meeting-in-future-held`, `meeting-not-recorded`).

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Definition, Diagnostic, Example, Explanation, Severity};
use crate::domain::model::{Convention, Meeting, MeetingStatus};
use crate::i18n::{Lang, date};
use crate::read::repository::Repository;

/// `meeting-in-future-held`: a meeting marked held on a date still to come.
pub const MEETING_IN_FUTURE_HELD: Code = Code::new(&Definition {
    name: "meeting-in-future-held",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A meeting is marked `held` (the default status) but its date is still to come.",
        fix: "Write `status = \"planned\"` until the meeting has taken place, or correct its date.",
    },
    fr: Explanation {
        meaning: "Une réunion est marquée `held` (le statut par défaut) alors que sa date est à venir.",
        fix: "Écrivez `status = \"planned\"` tant que la réunion n'a pas eu lieu, ou corrigez sa date.",
    },
    example: Example::Files(&[(
        "commissions/petite-enfance.toml",
        include_str!("examples/meeting-in-future-held/commissions/petite-enfance.toml"),
    )]),
});

/// `copil-frequency`: too few COPIL meetings in a year.
pub const COPIL_FREQUENCY: Code = Code::new(&Definition {
    name: "copil-frequency",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A calendar year of the convention has fewer held COPIL meetings than `copil.min_meetings_per_year` (default 1); for the current year, held meetings and those planned from today on count.",
        fix: "Record the meetings held (`[[copil.meeting]]`), or plan the next one with `status = \"planned\"`.",
    },
    fr: Explanation {
        meaning: "Une année civile de la convention compte moins de réunions du COPIL tenues que `copil.min_meetings_per_year` (1 par défaut) ; pour l'année en cours, les réunions prévues à partir d'aujourd'hui comptent aussi.",
        fix: "Enregistrez les réunions tenues (`[[copil.meeting]]`), ou prévoyez la suivante avec `status = \"planned\"`.",
    },
    example: Example::Files(&[(
        "copil.toml",
        include_str!("examples/copil-frequency/copil.toml"),
    )]),
});

/// `commission-frequency`: too few meetings of a commission in a year.
pub const COMMISSION_FREQUENCY: Code = Code::new(&Definition {
    name: "commission-frequency",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A commission that sets `min_meetings_per_year` met fewer times than that in a calendar year; for the current year, meetings planned from today on count.",
        fix: "Record the meetings held (`[[meeting]]`), or plan the next one with `status = \"planned\"`.",
    },
    fr: Explanation {
        meaning: "Une commission qui fixe `min_meetings_per_year` s'est réunie moins souvent sur une année civile ; pour l'année en cours, les réunions prévues à partir d'aujourd'hui comptent.",
        fix: "Enregistrez les réunions tenues (`[[meeting]]`), ou prévoyez la suivante avec `status = \"planned\"`.",
    },
    example: Example::Files(&[(
        "commissions/petite-enfance.toml",
        include_str!("examples/commission-frequency/commissions/petite-enfance.toml"),
    )]),
});

/// `meeting-not-recorded`: a planned meeting whose date has passed.
pub const MEETING_NOT_RECORDED: Code = Code::new(&Definition {
    name: "meeting-not-recorded",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A meeting is still marked `planned` but its date has passed: did it take place?",
        fix: "Write `status = \"held\"` (and its decisions) or `status = \"cancelled\"`.",
    },
    fr: Explanation {
        meaning: "Une réunion est toujours marquée `planned` alors que sa date est passée : a-t-elle eu lieu ?",
        fix: "Écrivez `status = \"held\"` (et ses décisions) ou `status = \"cancelled\"`.",
    },
    example: Example::Files(&[(
        "commissions/petite-enfance.toml",
        include_str!("examples/meeting-not-recorded/commissions/petite-enfance.toml"),
    )]),
});

/// The rules of this family that count against copil.toml's convention:
/// without it, which years to count is not known (see `rules::skipped`).
pub const NEEDS: &[super::skipped::Needs] = &[
    (COPIL_FREQUENCY, &[crate::domain::model::RecordKind::Copil]),
    (
        COMMISSION_FREQUENCY,
        &[crate::domain::model::RecordKind::Copil],
    ),
];

/// The codes of this family.
pub const CODES: &[Code] = &[
    MEETING_IN_FUTURE_HELD,
    COPIL_FREQUENCY,
    COMMISSION_FREQUENCY,
    MEETING_NOT_RECORDED,
];

/// What is wrong with the meetings.
#[derive(Debug, Clone, PartialEq)]
pub enum MeetingProblem {
    /// A meeting marked held on a date still to come.
    MeetingInFutureHeld { date: NaiveDate, today: NaiveDate },
    /// Too few COPIL meetings in a year.
    CopilFrequency {
        year: i32,
        count: u32,
        min: u32,
        current: bool,
    },
    /// Too few meetings of a commission in a year.
    CommissionFrequency {
        year: i32,
        count: u32,
        min: u32,
        current: bool,
    },
    /// A planned meeting whose date has passed.
    MeetingNotRecorded { date: NaiveDate },
}

#[rustfmt::skip]
impl Message for MeetingProblem {
    fn code(&self) -> Code {
        match self {
            MeetingProblem::MeetingInFutureHeld { .. } => MEETING_IN_FUTURE_HELD,
            MeetingProblem::CopilFrequency { .. } => COPIL_FREQUENCY,
            MeetingProblem::CommissionFrequency { .. } => COMMISSION_FREQUENCY,
            MeetingProblem::MeetingNotRecorded { .. } => MEETING_NOT_RECORDED,
        }
    }
    fn text(&self, lang: Lang) -> String {
        use MeetingProblem as M;
        let d = |x: &NaiveDate| date(*x, lang);
        match (self, lang) {
            (M::MeetingInFutureHeld { date, today }, Lang::En) => {
                format!("meeting of {} is marked held, but today is {}", d(date), d(today))
            }
            (M::MeetingInFutureHeld { date, today }, Lang::Fr) => {
                format!("la réunion du {} est marquée tenue, mais nous sommes le {}", d(date), d(today))
            }
            (M::CopilFrequency { year, count, min, current }, Lang::En) => format!(
                "{} {} in {year}, fewer than the minimum of {min}",
                match count {
                    0 => "no COPIL meeting".to_owned(),
                    1 => "1 COPIL meeting".to_owned(),
                    n => format!("{n} COPIL meetings"),
                },
                if *current { "held or planned" } else { "held" }
            ),
            (M::CopilFrequency { year, count, min, current }, Lang::Fr) => {
                let s = if *count > 1 { "s" } else { "" };
                let how = if *current { format!("tenue{s} ou prévue{s}") } else { format!("tenue{s}") };
                match count {
                    0 => format!("aucune réunion du COPIL {how} en {year}, moins que le minimum de {min}"),
                    _ => format!("{count} réunion{s} du COPIL {how} en {year}, moins que le minimum de {min}"),
                }
            }
            (M::CommissionFrequency { year, count, min, current }, Lang::En) => format!(
                "{} {} in {year}, fewer than this commission's minimum of {min}",
                match count {
                    0 => "no meeting".to_owned(),
                    1 => "1 meeting".to_owned(),
                    n => format!("{n} meetings"),
                },
                if *current { "held or planned" } else { "held" }
            ),
            (M::CommissionFrequency { year, count, min, current }, Lang::Fr) => {
                let s = if *count > 1 { "s" } else { "" };
                let how = if *current { format!("tenue{s} ou prévue{s}") } else { format!("tenue{s}") };
                match count {
                    0 => format!("aucune réunion {how} en {year}, moins que le minimum de {min} de cette commission"),
                    _ => format!("{count} réunion{s} {how} en {year}, moins que le minimum de {min} de cette commission"),
                }
            }
            (M::MeetingNotRecorded { date }, Lang::En) => {
                format!("meeting of {} is still marked planned, but its date has passed", d(date))
            }
            (M::MeetingNotRecorded { date }, Lang::Fr) => {
                format!("la réunion du {} est toujours marquée prévue, mais sa date est passée", d(date))
            }
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use MeetingProblem as M;
        Some(match (self, lang) {
            (M::MeetingInFutureHeld { .. }, Lang::En) => "set `status = \"planned\"` until the meeting has taken place".into(),
            (M::MeetingInFutureHeld { .. }, Lang::Fr) => "indiquez `status = \"planned\"` tant que la réunion n'a pas eu lieu".into(),
            (M::CopilFrequency { .. } | M::CommissionFrequency { .. }, Lang::En) => "record the meetings held (`[[meeting]]` with `status = \"held\"`) or plan one".into(),
            (M::CopilFrequency { .. } | M::CommissionFrequency { .. }, Lang::Fr) => "enregistrez les réunions tenues (`[[meeting]]` avec `status = \"held\"`) ou prévoyez-en une".into(),
            (M::MeetingNotRecorded { .. }, Lang::En) => "set `status = \"held\"` (and its decisions) or `status = \"cancelled\"`".into(),
            (M::MeetingNotRecorded { .. }, Lang::Fr) => "indiquez `status = \"held\"` (et ses décisions) ou `status = \"cancelled\"`".into(),
        })
    }
}

/// Held meetings, and planned ones still to come (from `today` on), per
/// calendar year. A planned meeting whose day has passed counts for nothing
/// (`meeting-not-recorded` asks to record it as held or cancelled), so it
/// cannot make up for a missing meeting.
fn per_year(meetings: &[Meeting], today: NaiveDate) -> BTreeMap<i32, (u32, u32)> {
    let mut years = BTreeMap::new();
    for meeting in meetings {
        let entry = years.entry(meeting.date.value.year()).or_insert((0, 0));
        match meeting.status {
            MeetingStatus::Held => entry.0 += 1,
            MeetingStatus::Planned if meeting.date.value >= today => entry.1 += 1,
            MeetingStatus::Planned => {}
            MeetingStatus::Cancelled => {}
        }
    }
    years
}

/// The years of the convention up to the current one, with the meetings that
/// count: held ones for past years, held and planned for the current one.
/// Returns `(year, count, is_current)` for each year below `min`.
pub fn short_years(
    convention: &Convention,
    meetings: &[Meeting],
    min: u32,
    today: NaiveDate,
) -> Vec<(i32, u32, bool)> {
    let years = per_year(meetings, today);
    let last = today.year().min(convention.end.year());
    (convention.start.year()..=last)
        .filter(|year| *year <= today.year())
        .filter_map(|year| {
            let (held, planned) = years.get(&year).copied().unwrap_or((0, 0));
            let current = year == today.year();
            let count = if current { held + planned } else { held };
            (count < min).then_some((year, count, current))
        })
        .collect()
}

fn dates(file: &str, meetings: &[Meeting], today: NaiveDate, out: &mut Vec<Diagnostic>) {
    for meeting in meetings {
        let (date, span) = (meeting.date.value, meeting.date.span());
        let mut report = |message| out.push(Diagnostic::new(file, Some(span.clone()), message));
        match meeting.status {
            MeetingStatus::Held if date > today => {
                report(MeetingProblem::MeetingInFutureHeld { date, today })
            }
            MeetingStatus::Planned if date < today => {
                report(MeetingProblem::MeetingNotRecorded { date })
            }
            _ => {}
        }
    }
}

fn frequency(
    out: &mut Vec<Diagnostic>,
    file: &str,
    span: &Range<usize>,
    shortfalls: Vec<(i32, u32, bool)>,
    min: u32,
    copil: bool,
) {
    for (year, count, current) in shortfalls {
        let message = if copil {
            MeetingProblem::CopilFrequency {
                year,
                count,
                min,
                current,
            }
        } else {
            MeetingProblem::CommissionFrequency {
                year,
                count,
                min,
                current,
            }
        };
        out.push(Diagnostic::new(file, Some(span.clone()), message));
    }
}

pub(super) fn check(repo: &Repository, today: NaiveDate, out: &mut Vec<Diagnostic>) {
    let convention = repo.convention.as_ref();
    if let Some(c) = convention {
        let copil = &c.copil;
        dates(&c.file, &copil.meetings, today, out);
        let min = copil.min_meetings_per_year;
        frequency(
            out,
            &c.file,
            &copil.min_span,
            short_years(c, &copil.meetings, min, today),
            min,
            true,
        );
    }
    for commission in &repo.commissions {
        dates(&commission.file, &commission.meetings, today, out);
        if let (Some(c), Some(min)) = (convention, &commission.min_meetings_per_year) {
            let shortfalls = short_years(c, &commission.meetings, min.value, today);
            frequency(
                out,
                &commission.file,
                &min.span(),
                shortfalls,
                min.value,
                false,
            );
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

    /// A sample of every message, for past and current years, one meeting and more.
    fn samples() -> Vec<MeetingProblem> {
        use MeetingProblem as M;
        vec![
            M::MeetingInFutureHeld {
                date: day(2029, 6, 12),
                today: day(2026, 6, 15),
            },
            M::CopilFrequency {
                year: 2025,
                count: 0,
                min: 1,
                current: false,
            },
            M::CopilFrequency {
                year: 2026,
                count: 1,
                min: 2,
                current: true,
            },
            M::CommissionFrequency {
                year: 2025,
                count: 1,
                min: 2,
                current: false,
            },
            M::CommissionFrequency {
                year: 2026,
                count: 0,
                min: 2,
                current: true,
            },
            M::MeetingNotRecorded {
                date: day(2026, 1, 15),
            },
        ]
    }

    /// No wildcard: a new variant does not compile until it is numbered here.
    fn variant(message: &MeetingProblem) -> usize {
        use MeetingProblem as M;
        match message {
            M::MeetingInFutureHeld { .. } => 0,
            M::CopilFrequency { .. } => 1,
            M::CommissionFrequency { .. } => 2,
            M::MeetingNotRecorded { .. } => 3,
        }
    }

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = samples();
        worded::every_variant(&samples, 4, variant);
        worded::messages(&samples);
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }
}
