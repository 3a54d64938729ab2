//! `ctg calendar`: the governance's dates as iCalendar, read back by a
//! parser (the `icalendar` crate, and Python's when it is installed).

use std::collections::BTreeMap;

use icalendar::Component;

use crate::support::{Repo, data, run_in};

const AT: &str = "2026-11-28";

fn parse(text: &str) -> icalendar::Calendar {
    text.parse::<icalendar::Calendar>()
        .unwrap_or_else(|e| panic!("not iCalendar: {e}\n{text}"))
}

/// `(UID, (SUMMARY, DTSTART, STATUS))` of every event.
fn events(text: &str) -> BTreeMap<String, (String, String, Option<String>)> {
    parse(text)
        .events()
        .map(|e| {
            (
                e.get_uid().unwrap().to_owned(),
                (
                    e.get_summary().unwrap().to_owned(),
                    e.property_value("DTSTART").unwrap().to_owned(),
                    e.property_value("STATUS").map(str::to_owned),
                ),
            )
        })
        .collect()
}

#[test]
fn data_calendar_has_every_meeting_due_date_and_the_end() {
    let run = run_in(&data(), &["--at", AT, "calendar"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all = events(&run.stdout);
    // As many events as data/ holds dates: 4 COPIL meetings
    // (`[[copil.meeting]]` in copil.toml), 27 commission meetings, 18
    // actions with a `due`, and the convention's end.
    let count = |prefix: &str| all.keys().filter(|k| k.contains(prefix)).count();
    assert_eq!(
        (
            count(".copil.2"),
            count(".commission."),
            count(".action."),
            all.len()
        ),
        (4, 27, 18, 50)
    );
    let cancelled = all
        .values()
        .filter(|e| e.2.as_deref() == Some("CANCELLED"))
        .count();
    assert_eq!(cancelled, 1, "data/'s one cancelled commission meeting");
    let end = &all["ctg-golfe-et-des-etangs.convention.end@ctg"];
    assert_eq!(end.0, "Fin de la CTG Golfe et des étangs");
    assert_eq!(end.1, "20291231");
    let copil_held = &all["ctg-golfe-et-des-etangs.copil.2026-06-16@ctg"];
    assert_eq!(
        (copil_held.0.as_str(), copil_held.2.as_deref()),
        ("COPIL de la CTG Golfe et des étangs", Some("CONFIRMED"))
    );
    let next = &all["ctg-golfe-et-des-etangs.copil.2027-03-11@ctg"];
    assert_eq!(next.2.as_deref(), Some("TENTATIVE"));
    let due = &all["ctg-golfe-et-des-etangs.action.par-01-laep-itinerant.due@ctg"];
    assert_eq!(
        (due.0.as_str(), due.1.as_str(), due.2.as_deref()),
        (
            "Échéance : Ouvrir un lieu d'accueil enfants-parents (LAEP) itinérant",
            "20270115",
            None
        )
    );
    // Whole days: each event ends the day after it starts.
    for event in parse(&run.stdout).events() {
        let start = event.property_value("DTSTART").unwrap();
        let end = event.property_value("DTEND").unwrap();
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y%m%d").unwrap();
        assert_eq!(day(end), day(start).succ_opt().unwrap(), "{event:?}");
    }
}

/// Importing again updates instead of duplicating: the same files give the
/// same calendar, and on another day the same events keep their UIDs.
#[test]
fn uids_are_stable_from_run_to_run() {
    let first = run_in(&data(), &["--at", AT, "calendar"]).stdout;
    let again = run_in(&data(), &["--at", AT, "calendar"]).stdout;
    assert_eq!(first, again);
    let later = run_in(&data(), &["--at", "2026-12-15", "calendar"]).stdout;
    let (a, b) = (events(&first), events(&later));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    assert!(first.contains("DTSTAMP:20261128T000000Z\r\n"));
}

#[test]
fn from_and_to_keep_the_events_between_them() {
    let run = run_in(
        &data(),
        &[
            "--at",
            AT,
            "calendar",
            "--from",
            "01/12/2026",
            "--to",
            "2027-01-31",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let days: Vec<String> = events(&run.stdout).into_values().map(|e| e.1).collect();
    assert!(!days.is_empty());
    assert!(
        days.iter()
            .all(|d| ("20261201".."20270201").contains(&d.as_str())),
        "{days:?}"
    );
}

/// A cancelled meeting is `STATUS:CANCELLED`; a year without any COPIL
/// gets a reminder on the day of the question; record text is escaped
/// and long lines folded.
#[test]
fn cancelled_reminder_escaping_and_folding() {
    let repo = Repo::new()
        .edit(
            "copil.toml",
            "date = 2026-03-01\nstatus = \"held\"",
            "date = 2026-03-01\nstatus = \"cancelled\"",
        )
        .edit(
            "actions/pe-1.toml",
            "title = \"Guichet unique\"",
            "title = \"Guichet; unique, \\\\ \\\"vraiment\\\" \\u001b[2J et un intitulé assez long pour être plié en plusieurs lignes\"",
        );
    let run = repo.ctg(&["--at", "2026-06-15", "--lang", "en", "calendar"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all = events(&run.stdout);
    assert_eq!(
        all["ctg-test.copil.2026-03-01@ctg"],
        (
            "COPIL of CTG Test (cancelled)".to_owned(),
            "20260301".to_owned(),
            Some("CANCELLED".to_owned())
        )
    );
    let reminder = &all["ctg-test.copil.due.2026@ctg"];
    assert_eq!(reminder.0, "COPIL to hold in 2026: none held or planned");
    assert_eq!(reminder.1, "20260615");
    let ics = parse(&run.stdout);
    let description = ics
        .events()
        .find(|e| e.get_uid() == Some("ctg-test.copil.due.2026@ctg"))
        .and_then(|e| e.get_description().map(str::to_owned));
    assert_eq!(
        description.as_deref(),
        Some(
            "The convention asks for at least one COPIL meeting a year; none is held or planned this year."
        )
    );
    // Read back, the title is the record's, its escape made visible.
    let due = &all["ctg-test.action.pe-1.due@ctg"];
    assert_eq!(
        due.0,
        "Due: Guichet; unique, \\ \"vraiment\" \\u{1b}[2J et un intitulé assez long pour être plié en plusieurs lignes"
    );
    assert!(!run.stdout.contains('\u{1b}'));
    for line in run.stdout.split("\r\n") {
        assert!(line.len() <= 75, "a line of {} octets: {line}", line.len());
    }
    assert!(
        run.stdout
            .contains("SUMMARY:Due: Guichet\\; unique\\, \\\\ "),
        "{}",
        run.stdout
    );
}

#[test]
fn output_is_written_once_without_force() {
    let repo = Repo::new();
    let path = repo.join("agenda.ics");
    let shown = path.to_str().unwrap();
    let run = repo.ctg(&["--at", "2026-06-15", "calendar", "-o", shown]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    std::fs::write(&path, "mine").unwrap();
    let run = repo.ctg(&["--at", "2026-06-15", "calendar", "-o", shown]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    let run = repo.ctg(&["--at", "2026-06-15", "calendar", "-o", shown, "--force"]);
    assert_eq!(run.code, 0);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

/// Python's `icalendar` (Debian's python3-icalendar) reads the file the
/// same way: the events and their UIDs.
#[test]
fn python_icalendar_reads_it_too() {
    // The first Python that has it: the one on the PATH, else Debian's.
    let python = ["python3", "/usr/bin/python3"].into_iter().find(|python| {
        std::process::Command::new(python)
            .args(["-c", "import icalendar"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let Some(python) = python else {
        if std::env::var_os("CI").is_some() {
            panic!("python3-icalendar is not installed: .ci/run must install it");
        }
        eprintln!("SKIPPED python_icalendar_reads_it_too: python3-icalendar is not installed");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("agenda.ics");
    let run = run_in(
        &data(),
        &["--at", AT, "calendar", "-o", path.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let script = "import sys, icalendar\n\
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
        for e in cal.walk('VEVENT'):\n    print(e['UID'], e['DTSTART'].dt.isoformat(), e['SUMMARY'])\n";
    let out = std::process::Command::new(python)
        .args(["-c", script])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let ours = events(&std::fs::read_to_string(&path).unwrap());
    assert_eq!(text.lines().count(), ours.len());
    assert!(
        text.contains(
            "ctg-golfe-et-des-etangs.action.par-01-laep-itinerant.due@ctg 2027-01-15 Échéance : Ouvrir un lieu d'accueil enfants-parents (LAEP) itinérant"
        ),
        "{text}"
    );
}
