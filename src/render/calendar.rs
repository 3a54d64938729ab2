//! `ctg calendar` as iCalendar (RFC 5545), for any calendar application.
//!
//! Every event is a whole day (`DTSTART;VALUE=DATE` to the next day), an
//! action's due date included: a `VEVENT`, not a `VTODO`, because the
//! calendars the partners use (Outlook, Google Calendar, Thunderbird) all
//! show events, while Google Calendar ignores to-dos on import. Each
//! event's `UID` is made of the convention's name, the record and the day,
//! never of the time of the run, and `DTSTAMP` is the answer's date: the
//! same files give the same calendar, and importing it again updates the
//! events rather than adding copies. The `icalendar` crate escapes text
//! (`\`, `,`, `;`, line breaks) and folds lines at 75 octets; hidden
//! characters of record text are first written as visible escapes.

use chrono::{NaiveDate, NaiveTime};
use icalendar::{Calendar as Ical, Component, Event as IcalEvent, EventLike, EventStatus};

use crate::wording::calendar as words;
use ctg_core::answers::calendar::{Calendar, What};
use ctg_core::domain::commune::normalize;
use ctg_core::domain::model::MeetingStatus;
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::escape_controls_keep_lines;

/// The part of every `UID` that names the CTG: its name, in lowercase
/// ASCII letters, digits and hyphens.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in normalize(name).chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            ' ' if !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    let out = out.trim_matches('-').to_owned();
    if out.is_empty() {
        "ctg".to_owned()
    } else {
        out
    }
}

/// Record text as a calendar may show it.
fn shown(text: &str) -> String {
    escape_controls_keep_lines(&text.replace("\r\n", "\n")).into_owned()
}

/// The calendar as an `.ics` file's text.
pub fn ics(calendar: &Calendar, lang: Lang) -> String {
    let slug = slug(&calendar.name);
    let stamp = calendar.date.and_time(NaiveTime::MIN).and_utc();
    let mut ical = Ical::empty();
    for (key, value) in [
        ("VERSION", "2.0"),
        ("PRODID", "-//ctg//calendar//EN"),
        ("CALSCALE", "GREGORIAN"),
    ] {
        ical.append_property(icalendar::Property::new(key, value));
    }
    ical.name(&shown(&words::name(&calendar.name, lang)));
    for event in &calendar.events {
        let mut e = IcalEvent::new();
        e.uid(&format!("{slug}.{}@ctg", event.key))
            .timestamp(stamp)
            .starts(event.date)
            .ends(event.date.succ_opt().unwrap_or(NaiveDate::MAX))
            .summary(&shown(&words::summary(&event.what, &calendar.name, lang)));
        if let Some(description) = words::description(&event.what, lang) {
            e.description(&shown(&description));
        }
        let status = match &event.what {
            What::Copil { status, .. } | What::Commission { status, .. } => Some(*status),
            _ => None,
        };
        // A meeting held is confirmed, one planned tentative, one cancelled
        // cancelled; a due date or a reminder is a date, with no status.
        match status {
            Some(MeetingStatus::Cancelled) => {
                e.status(EventStatus::Cancelled);
            }
            Some(MeetingStatus::Planned) => {
                e.status(EventStatus::Tentative);
            }
            Some(MeetingStatus::Held) => {
                e.status(EventStatus::Confirmed);
            }
            None => {}
        }
        ical.push(e.done());
    }
    ical.done().to_string()
}
