//! `ctg calendar`: the dates of a CTG as a calendar's events — COPIL and
//! commission meetings, actions' due dates, the convention's end, and a
//! reminder when the year has no COPIL yet.
//!
//! The answer says what happens on which day; the renderer writes it as
//! iCalendar. Each event has a stable key (what kind, which record, which
//! day), from which the renderer makes its `UID`: importing the calendar
//! again updates the events instead of adding copies.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::domain::model::{ActionStatus, MeetingStatus};
use crate::read::repository::Repository;

/// What an event is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum What {
    /// A meeting of the COPIL.
    Copil {
        /// Held, planned or cancelled.
        status: MeetingStatus,
        /// What was decided.
        decisions: Vec<String>,
    },
    /// A meeting of a commission.
    Commission {
        /// The commission's id.
        id: String,
        /// Its name.
        name: String,
        /// Held, planned or cancelled.
        status: MeetingStatus,
        /// What was decided.
        decisions: Vec<String>,
    },
    /// An action's due date.
    Due {
        /// The action's id.
        id: String,
        /// Its title.
        title: String,
        /// Its status on the date.
        status: ActionStatus,
        /// Its lead's name (or id when the officer is not loaded).
        lead: Option<String>,
        /// Its commission's name (or id).
        commission: String,
    },
    /// The convention's last day.
    End,
    /// No COPIL meeting held or planned in the date's year, below the
    /// yearly minimum: a reminder on the date itself.
    CopilDue {
        /// The year.
        year: i32,
        /// The yearly minimum.
        min: u32,
    },
}

/// One day's event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// The day (events are whole days).
    pub date: NaiveDate,
    /// What happens.
    #[serde(flatten)]
    pub what: What,
    /// What makes the event itself, stable from run to run: kind, record,
    /// day, and a number when one record has two events on one day.
    pub key: String,
}

/// The calendar of a CTG.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Calendar {
    /// The convention's name, for the calendar's name and the events' ids.
    pub name: String,
    /// The date the answer is for (`--at`): the reminder's day.
    pub date: NaiveDate,
    /// The events, by day then key.
    pub events: Vec<Event>,
}

impl Calendar {
    /// The events of `repo` between `from` and `to` (inclusive, each
    /// unbounded when `None`), as of `date`.
    pub fn compute(
        repo: &Repository,
        date: NaiveDate,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Option<Calendar> {
        let convention = repo.convention.as_ref()?;
        let mut events = Vec::new();
        let mut push = |date: NaiveDate, what: What, key: String| {
            events.push(Event { date, what, key });
        };
        for m in &convention.copil.meetings {
            push(
                m.date.value,
                What::Copil {
                    status: m.status,
                    decisions: m.decisions.clone(),
                },
                format!("copil.{}", m.date.value),
            );
        }
        for c in &repo.commissions {
            for m in &c.meetings {
                push(
                    m.date.value,
                    What::Commission {
                        id: c.id.to_string(),
                        name: c.name.clone(),
                        status: m.status,
                        decisions: m.decisions.clone(),
                    },
                    format!("commission.{}.{}", c.id, m.date.value),
                );
            }
        }
        for a in &repo.actions {
            let Some(due) = &a.due else { continue };
            let lead = a.lead.as_ref().map(|l| {
                repo.officer(&l.value)
                    .map_or_else(|| l.value.to_string(), |o| o.name.clone())
            });
            let commission = repo
                .commission(&a.commission.value)
                .map_or_else(|| a.commission.value.to_string(), |c| c.name.clone());
            push(
                due.value,
                What::Due {
                    id: a.id.to_string(),
                    title: a.title.clone(),
                    status: a.status.value,
                    lead,
                    commission,
                },
                format!("action.{}.due", a.id),
            );
        }
        push(convention.end, What::End, "convention.end".to_owned());
        let min = convention.copil.min_meetings_per_year;
        let this_year = convention
            .copil
            .meetings
            .iter()
            .filter(|m| m.date.value.year() == date.year())
            .filter(|m| m.status != MeetingStatus::Cancelled)
            .count();
        if convention.covers(date) && min > 0 && (this_year as u32) < min {
            push(
                date,
                What::CopilDue {
                    year: date.year(),
                    min,
                },
                format!("copil.due.{}", date.year()),
            );
        }
        events.retain(|e| from.is_none_or(|f| e.date >= f) && to.is_none_or(|t| e.date <= t));
        events.sort_by(|a, b| (a.date, &a.key).cmp(&(b.date, &b.key)));
        // Two meetings of one body on one day: the second gets a number.
        let mut last: Option<(NaiveDate, String)> = None;
        let mut n = 1;
        for event in &mut events {
            let same = last
                .as_ref()
                .is_some_and(|(d, k)| *d == event.date && *k == event.key);
            if same {
                n += 1;
                last = Some((event.date, event.key.clone()));
                event.key = format!("{}.{n}", event.key);
            } else {
                n = 1;
                last = Some((event.date, event.key.clone()));
            }
        }
        Some(Calendar {
            name: convention.name.clone(),
            date,
            events,
        })
    }
}
