//! Meeting rules: how often the COPIL and the commissions meet, and meetings
//! whose status contradicts their date.

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Diagnostic};
use crate::domain::model::{Convention, Meeting, MeetingStatus};
use crate::read::repository::Repository;

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

fn dates(
    file: &str,
    meetings: &[Meeting],
    convention: Option<&Convention>,
    today: NaiveDate,
    out: &mut Vec<Diagnostic>,
) {
    for meeting in meetings {
        let (date, span) = (meeting.date.value, meeting.date.span());
        let mut report =
            |code, message| out.push(Diagnostic::new(code, file, Some(span.clone()), message));
        match meeting.status {
            MeetingStatus::Held if date > today => report(
                Code::MeetingInFutureHeld,
                Message::MeetingInFutureHeld { date, today },
            ),
            MeetingStatus::Planned if date < today => report(
                Code::MeetingNotRecorded,
                Message::MeetingNotRecorded { date },
            ),
            _ => {}
        }
        if let Some(c) = convention
            && !c.covers(date)
        {
            report(
                Code::OutsideConvention,
                Message::MeetingOutside {
                    date,
                    from: c.start,
                    to: c.end,
                },
            );
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
            Message::CopilFrequency {
                year,
                count,
                min,
                current,
            }
        } else {
            Message::CommissionFrequency {
                year,
                count,
                min,
                current,
            }
        };
        let code = if copil {
            Code::CopilFrequency
        } else {
            Code::CommissionFrequency
        };
        out.push(Diagnostic::new(code, file, Some(span.clone()), message));
    }
}

pub(super) fn check(repo: &Repository, today: NaiveDate, out: &mut Vec<Diagnostic>) {
    let convention = repo.convention.as_ref();
    if let Some(c) = convention {
        let copil = &c.copil;
        dates(&c.file, &copil.meetings, convention, today, out);
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
        dates(
            &commission.file,
            &commission.meetings,
            convention,
            today,
            out,
        );
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
