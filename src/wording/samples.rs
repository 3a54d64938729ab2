//! A sample of every message, so that a test can prove each one is worded in
//! both languages. `variant` has no wildcard: a new `Message` variant does not
//! compile until it is given a number here, and the test fails until a
//! sample of it is listed.

use chrono::NaiveDate;

use super::fatal::Fatal;
use super::tools::{self, ExplainPart, Notice};
use crate::root::Origin;
use ctg_core::diagnostics::explanation::{explanation, situation};
use ctg_core::diagnostics::message::{Bounds, Message, SkipReason, words};
use ctg_core::diagnostics::{Code, Severity};
use ctg_core::domain::fte::Fte;
use ctg_core::domain::model::RecordKind;
use ctg_core::i18n::Lang;

const MESSAGE_VARIANTS: usize = 39;

fn variant(message: &Message) -> usize {
    use Message as M;
    match message {
        M::Syntax { .. } => 0,
        M::NotUtf8 => 1,
        M::FileTooLarge { .. } => 2,
        M::Unreadable { .. } => 3,
        M::UnknownField { .. } => 4,
        M::MissingField { .. } => 5,
        M::TerritorialWithoutCommunes => 6,
        M::WrongType { .. } => 7,
        M::NotADate { .. } => 8,
        M::UnknownVariant { .. } => 9,
        M::OutOfRange { .. } => 10,
        M::TooPrecise { .. } => 11,
        M::EndBeforeStart { .. } => 12,
        M::CompletedNotDone { .. } => 13,
        M::DoneWithoutCompleted => 14,
        M::DuplicateInList { .. } => 15,
        M::EmptyList { .. } => 16,
        M::InvalidId { .. } => 17,
        M::DuplicateId { .. } => 18,
        M::UnknownReference { .. } => 19,
        M::UnknownCommune { .. } => 20,
        M::FteOverbooked { .. } => 21,
        M::PlanMismatch { .. } => 22,
        M::PlanUnknownCommune { .. } => 23,
        M::MeetingInFutureHeld { .. } => 24,
        M::StrayFile => 25,
        M::SkippedFile { .. } => 26,
        M::AssignmentOutside { .. } => 27,
        M::MeetingOutside { .. } => 28,
        M::DueAfterEnd { .. } => 29,
        M::FteOverTarget { .. } => 30,
        M::BaselineMismatch { .. } => 31,
        M::CopilFrequency { .. } => 32,
        M::CommissionFrequency { .. } => 33,
        M::MeetingNotRecorded { .. } => 34,
        M::NoReferent => 35,
        M::ReferentInactive { .. } => 36,
        M::Overdue { .. } => 37,
        M::MoreProblems { .. } => 38,
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn fte(hundredths: i64) -> Fte {
    Fte::from_hundredths(hundredths)
}

/// At least one message of every variant, and of every inner choice that
/// changes the wording (bounds, skip reasons, kinds, with and without a suggestion).
pub fn messages() -> Vec<Message> {
    use Message as M;
    let s = |x: &str| x.to_owned();
    let mut all = vec![
        M::MoreProblems { more: 12 },
        M::Syntax {
            detail: s("expected `=`"),
        },
        M::NotUtf8,
        M::FileTooLarge {
            size: 12_000_000,
            limit: 10_485_760,
        },
        M::Unreadable {
            error: s("Permission denied (os error 13)"),
        },
        M::UnknownField {
            key: s("nmae"),
            table: s(""),
            suggestion: Some(s("name")),
            expected: vec!["name", "employer"],
        },
        M::UnknownField {
            key: s("zzz"),
            table: s("[convention]"),
            suggestion: None,
            expected: vec!["name", "start"],
        },
        M::MissingField {
            key: s("name"),
            table: s(""),
        },
        M::MissingField {
            key: s("fte"),
            table: s("[[assignment]]"),
        },
        M::TerritorialWithoutCommunes,
        M::NotADate {
            key: s("start"),
            quoted: true,
        },
        M::NotADate {
            key: s("start"),
            quoted: false,
        },
        M::UnknownVariant {
            key: s("status"),
            value: s("doing"),
            allowed: &["planned", "done"],
            suggestion: Some(s("done")),
        },
        M::UnknownVariant {
            key: s("status"),
            value: s("zzz"),
            allowed: &["planned", "done"],
            suggestion: None,
        },
        M::TooPrecise {
            key: s("fte"),
            value: s("0.333"),
        },
        M::EndBeforeStart {
            key: s("end"),
            end: day(2025, 1, 1),
            start_key: "start",
            start: day(2025, 6, 1),
        },
        M::CompletedNotDone {
            status: s("planned"),
        },
        M::DoneWithoutCompleted,
        M::DuplicateInList {
            key: s("communes"),
            value: s("Istres"),
        },
        M::EmptyList { key: s("communes") },
        M::InvalidId {
            id: s("Marie Dupont"),
            suggestion: s("marie-dupont"),
        },
        M::UnknownCommune {
            value: s("Itsres"),
            suggestion: Some(s("Istres")),
        },
        M::UnknownCommune {
            value: s("Paris"),
            suggestion: None,
        },
        M::FteOverbooked {
            officer: s("Marie Dupont"),
            date: day(2026, 1, 5),
            total: fte(130),
        },
        M::PlanMismatch {
            baseline: fte(310),
            increase: fte(50),
            target: fte(380),
        },
        M::PlanUnknownCommune {
            value: s("Itsres"),
            suggestion: Some(s("Istres")),
        },
        M::PlanUnknownCommune {
            value: s("Paris"),
            suggestion: None,
        },
        M::MeetingInFutureHeld {
            date: day(2029, 6, 12),
            today: day(2026, 6, 15),
        },
        M::StrayFile,
        M::AssignmentOutside {
            start: day(2020, 1, 1),
            end: Some(day(2020, 12, 31)),
            from: day(2025, 1, 1),
            to: day(2029, 12, 31),
        },
        M::AssignmentOutside {
            start: day(2031, 1, 1),
            end: None,
            from: day(2025, 1, 1),
            to: day(2029, 12, 31),
        },
        M::MeetingOutside {
            date: day(2031, 1, 1),
            from: day(2025, 1, 1),
            to: day(2029, 12, 31),
        },
        M::DueAfterEnd {
            due: day(2031, 6, 30),
            to: day(2029, 12, 31),
        },
        M::FteOverTarget {
            date: day(2026, 1, 5),
            total: fte(390),
            target: fte(380),
        },
        M::BaselineMismatch {
            date: day(2025, 1, 1),
            actual: fte(290),
            baseline: fte(310),
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
        M::NoReferent,
        M::ReferentInactive {
            officer: s("luc-martin"),
            today: day(2026, 6, 15),
        },
        M::Overdue {
            due: day(2026, 3, 31),
            days: 76,
        },
    ];
    for (expected, found) in [
        ("string", "integer"),
        ("integer", "string"),
        ("boolean", "string"),
        ("date", "string"),
        ("array", "string"),
        ("table", "string"),
        ("array of tables", "table"),
        ("fte", "string"),
        ("float", "datetime"),
    ] {
        all.push(M::WrongType {
            key: s("x"),
            expected,
            found,
        });
    }
    for range in [
        Bounds::Share,
        Bounds::Positive,
        Bounds::NonNegative,
        Bounds::Percent,
        Bounds::PerYear,
    ] {
        all.push(M::OutOfRange {
            key: s("fte"),
            value: s("1.5"),
            range,
        });
    }
    for reason in [
        SkipReason::NotRegular,
        SkipReason::LinkOutside,
        SkipReason::BrokenLink,
        SkipReason::LinkedFolder,
        SkipReason::NonUtf8Name,
    ] {
        all.push(M::SkippedFile { reason });
    }
    for kind in [
        RecordKind::Copil,
        RecordKind::Commission,
        RecordKind::Officer,
        RecordKind::Action,
    ] {
        all.push(M::DuplicateId {
            kind,
            id: s("pe-01"),
            other: s("actions/pe-01.toml"),
        });
        all.push(M::UnknownReference {
            kind,
            value: s("petite-enfant"),
            suggestion: None,
        });
        all.push(M::UnknownReference {
            kind,
            value: s("petite-enfant"),
            suggestion: Some(s("petite-enfance")),
        });
    }
    all
}

fn fatals() -> Vec<Fatal> {
    let s = |x: &str| x.to_owned();
    let mut all = vec![Fatal::NotFound {
        from: s("/home/me"),
    }];
    for origin in [Origin::Flag, Origin::Env] {
        all.push(Fatal::NoSuchDir {
            dir: s("x"),
            origin,
            error: s("No such file"),
        });
        all.push(Fatal::NotADir {
            dir: s("x"),
            origin,
        });
        all.push(Fatal::NoCopil {
            dir: s("x"),
            origin,
        });
    }
    // No wildcard: a new variant must be added above.
    for fatal in &all {
        match fatal {
            Fatal::NotFound { .. }
            | Fatal::NoSuchDir { .. }
            | Fatal::NotADir { .. }
            | Fatal::NoCopil { .. } => {}
        }
    }
    all
}

fn notices() -> Vec<Notice> {
    let s = |x: &str| x.to_owned();
    let all = vec![
        Notice::Exists {
            path: s("copil.toml"),
        },
        Notice::CannotWrite {
            path: s("copil.toml"),
            error: s("Permission denied"),
        },
        Notice::InvalidId {
            id: s("Marie"),
            suggestion: s("marie"),
        },
        Notice::BadFte { value: s("2") },
        Notice::UselessFlag {
            flag: "fte",
            kind: "action",
        },
        Notice::UnknownCode {
            code: s("x"),
            codes: vec!["syntax"],
        },
        Notice::NoGit {
            error: s("not a git repository"),
        },
        Notice::GitFailed {
            command: s("git show"),
            error: s("bad"),
        },
        Notice::HookExists {
            path: s(".git/hooks/pre-commit"),
        },
        Notice::HookInstalled {
            path: s(".git/hooks/pre-commit"),
        },
        Notice::Created {
            path: s("officers/x.toml"),
        },
        Notice::Wrote { path: s("x.json") },
        Notice::NotStaged {
            path: s("copil.toml"),
        },
        Notice::IdTaken {
            id: s("x"),
            path: s("officers/2025/x.toml"),
        },
        Notice::HookCurrent {
            path: s(".git/hooks/pre-commit"),
        },
        Notice::LinkedFolder {
            path: s("commissions"),
        },
        Notice::IsFolder { path: s("out") },
    ];
    let mut seen = [false; 17];
    for notice in &all {
        let i = match notice {
            Notice::Exists { .. } => 0,
            Notice::CannotWrite { .. } => 1,
            Notice::InvalidId { .. } => 2,
            Notice::BadFte { .. } => 3,
            Notice::UselessFlag { .. } => 4,
            Notice::UnknownCode { .. } => 5,
            Notice::NoGit { .. } => 6,
            Notice::GitFailed { .. } => 7,
            Notice::HookExists { .. } => 8,
            Notice::HookInstalled { .. } => 9,
            Notice::Created { .. } => 10,
            Notice::Wrote { .. } => 11,
            Notice::NotStaged { .. } => 12,
            Notice::IdTaken { .. } => 13,
            Notice::HookCurrent { .. } => 14,
            Notice::LinkedFolder { .. } => 15,
            Notice::IsFolder { .. } => 16,
        };
        seen[i] = true;
    }
    assert!(seen.iter().all(|s| *s), "a Notice variant has no sample");
    all
}

/// Both languages say something, and not the same thing.
fn both(what: &str, en: &str, fr: &str) {
    assert!(!en.trim().is_empty(), "{what}: empty English");
    assert!(!fr.trim().is_empty(), "{what}: empty French");
    assert_ne!(en, fr, "{what}: the French is the English");
}

fn both_hints(what: &str, en: Option<String>, fr: Option<String>) {
    match (en, fr) {
        (None, None) => {}
        (Some(en), Some(fr)) => both(what, &en, &fr),
        (en, fr) => panic!("{what}: a hint in one language only: {en:?} / {fr:?}"),
    }
}

#[test]
fn every_message_variant_has_a_sample() {
    let mut seen = [false; MESSAGE_VARIANTS];
    for message in messages() {
        seen[variant(&message)] = true;
    }
    let missing: Vec<usize> = (0..MESSAGE_VARIANTS).filter(|i| !seen[*i]).collect();
    assert!(missing.is_empty(), "variants without a sample: {missing:?}");
}

#[test]
fn every_message_is_worded_in_both_languages() {
    for message in messages() {
        let what = format!("{message:?}");
        both(&what, &message.text(Lang::En), &message.text(Lang::Fr));
        both_hints(&what, message.hint(Lang::En), message.hint(Lang::Fr));
    }
    for fatal in fatals() {
        let what = format!("{fatal:?}");
        both(&what, &fatal.text(Lang::En), &fatal.text(Lang::Fr));
        both(&what, &fatal.hint(Lang::En), &fatal.hint(Lang::Fr));
    }
    for notice in notices() {
        let what = format!("{notice:?}");
        both(&what, &notice.text(Lang::En), &notice.text(Lang::Fr));
        both_hints(&what, notice.hint(Lang::En), notice.hint(Lang::Fr));
    }
}

#[test]
fn every_word_is_worded_in_both_languages() {
    for severity in [Severity::Error, Severity::Warning] {
        both(
            "severity",
            words::severity(severity, Lang::En),
            words::severity(severity, Lang::Fr),
        );
        both(
            "severity note",
            &tools::severity_note(severity, Lang::En),
            &tools::severity_note(severity, Lang::Fr),
        );
    }
    for (e, w, f) in [(0, 0, 1), (1, 1, 1), (2, 3, 23)] {
        both(
            "summary",
            &words::summary(e, w, f, Lang::En),
            &words::summary(e, w, f, Lang::Fr),
        );
    }
    both(
        "explain",
        &words::explain("overdue", Lang::En),
        &words::explain("overdue", Lang::Fr),
    );
    both(
        "left_out",
        &words::left_out("a.toml", "syntax", Lang::En),
        &words::left_out("a.toml", "syntax", Lang::Fr),
    );
    both("help", words::help(Lang::En), words::help(Lang::Fr));
    both("note", words::note(Lang::En), words::note(Lang::Fr));
    both(
        "init",
        &tools::init_done("x", Lang::En),
        &tools::init_done("x", Lang::Fr),
    );
    both(
        "in_file",
        &tools::in_file("x", Lang::En),
        &tools::in_file("x", Lang::Fr),
    );
    for part in [
        ExplainPart::Meaning,
        ExplainPart::Example,
        ExplainPart::Fix,
        ExplainPart::Codes,
    ] {
        both(
            "heading",
            tools::explain_heading(part, Lang::En),
            tools::explain_heading(part, Lang::Fr),
        );
    }
    both(
        "taplo",
        tools::taplo_comment(Lang::En),
        tools::taplo_comment(Lang::Fr),
    );
    both(
        "referent",
        tools::referent_placeholder(Lang::En),
        tools::referent_placeholder(Lang::Fr),
    );
    both(
        "convention",
        tools::convention_placeholder(Lang::En),
        tools::convention_placeholder(Lang::Fr),
    );
    for kind in [
        RecordKind::Copil,
        RecordKind::Commission,
        RecordKind::Officer,
        RecordKind::Action,
    ] {
        both(
            "template",
            tools::template(kind, Lang::En),
            tools::template(kind, Lang::Fr),
        );
    }
    for code in Code::ALL {
        let (en, fr) = (explanation(*code, Lang::En), explanation(*code, Lang::Fr));
        both(code.as_str(), en.meaning, fr.meaning);
        both(code.as_str(), en.fix, fr.fix);
        match (situation(*code, Lang::En), situation(*code, Lang::Fr)) {
            (None, None) => {}
            (Some(en), Some(fr)) => both(code.as_str(), en, fr),
            other => panic!("{code}: a situation in one language only: {other:?}"),
        }
    }
}

#[test]
fn french_numbers_have_a_decimal_comma() {
    let fr = |m: Message| m.text(Lang::Fr);
    let overbooked = fr(Message::FteOverbooked {
        officer: "Marie".into(),
        date: day(2026, 1, 5),
        total: fte(130),
    });
    assert!(overbooked.contains("1,3 ETP"), "{overbooked}");
    let plan = fr(Message::PlanMismatch {
        baseline: fte(310),
        increase: fte(50),
        target: fte(380),
    });
    assert_eq!(
        plan,
        "existant 3,1 + développement 0,5 = 3,6, différent de la cible 3,8"
    );
    for message in messages() {
        let text = message.text(Lang::Fr);
        let bytes = text.as_bytes();
        let point_between_digits = bytes
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
        assert!(!point_between_digits, "a decimal point in French: {text}");
    }
}
