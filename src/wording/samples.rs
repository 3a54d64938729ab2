//! A sample of every message of the binary (fatal problems, notices, the
//! fixed words around diagnostics), so that a test can prove each one is
//! worded in both languages. The matches have no wildcard: a new variant
//! does not compile until it is given a number here. The messages of the
//! data's problems are tested in their family's module of the library.

use super::fatal::Fatal;
use super::tools::{self, ExplainPart, Notice};
use crate::root::Origin;
use ctg_core::diagnostics::Severity;
use ctg_core::diagnostics::message::words;
use ctg_core::domain::model::RecordKind;
use ctg_core::i18n::Lang;

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
        Notice::NotAFolder {
            path: s("notes.txt"),
        },
        Notice::Unmerged {
            paths: vec![s("copil.toml"), s("actions/pe-01.toml")],
        },
        Notice::UnknownRevision {
            rev: s("v9"),
            shallow: false,
        },
        Notice::UnknownRevision {
            rev: s("v9"),
            shallow: true,
        },
        Notice::BeforeFirstCommit {
            date: chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
            first: chrono::NaiveDate::from_ymd_opt(2025, 3, 18).unwrap(),
            shallow: false,
        },
        Notice::NoCommit,
        Notice::NoHeldCopil {
            at: chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap(),
        },
        Notice::NoSuchRecord {
            kind: "action",
            query: s("pe-9"),
            suggestion: Some(s("pe-01")),
        },
        Notice::NoSuchRecord {
            kind: "officer",
            query: s("zed"),
            suggestion: None,
        },
        Notice::AmbiguousRecord {
            kind: "officer",
            query: s("ma"),
            candidates: vec![s("marc-lefebvre"), s("marie-dupont")],
        },
        Notice::BadValue {
            flag: "due",
            value: s("31/13/2026"),
            expected: super::tools::Expected::Date,
        },
        Notice::BrokenRecord {
            path: s("actions/pe-01.toml"),
        },
        Notice::NoSuchMeeting {
            body: s("copil"),
            date: chrono::NaiveDate::from_ymd_opt(2026, 6, 16).unwrap(),
        },
        Notice::MeetingExists {
            body: s("copil"),
            date: chrono::NaiveDate::from_ymd_opt(2026, 6, 16).unwrap(),
        },
        Notice::NoOpenAssignment {
            id: s("marie-dupont"),
        },
        Notice::NothingToSet,
        Notice::EditRefused {
            path: s("officers/marie-dupont.toml"),
        },
        Notice::Unchanged {
            path: s("actions/pe-01.toml"),
        },
        Notice::LinkedFile {
            path: s("officers/lucie.toml"),
        },
        Notice::TerritorialNeedsCommunes,
    ];
    let mut seen = [false; 35];
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
            Notice::Unmerged { .. } => 17,
            Notice::NotAFolder { .. } => 18,
            Notice::UnknownRevision { .. } => 19,
            Notice::BeforeFirstCommit { .. } => 20,
            Notice::NoCommit => 21,
            Notice::NoHeldCopil { .. } => 22,
            Notice::NoSuchRecord { .. } => 23,
            Notice::AmbiguousRecord { .. } => 24,
            Notice::BadValue { .. } => 25,
            Notice::BrokenRecord { .. } => 26,
            Notice::NoSuchMeeting { .. } => 27,
            Notice::MeetingExists { .. } => 28,
            Notice::NoOpenAssignment { .. } => 29,
            Notice::NothingToSet => 30,
            Notice::EditRefused { .. } => 31,
            Notice::Unchanged { .. } => 32,
            Notice::LinkedFile { .. } => 33,
            Notice::TerritorialNeedsCommunes => 34,
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
fn every_message_is_worded_in_both_languages() {
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
}
