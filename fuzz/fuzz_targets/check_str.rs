//! Fuzzes load-from-string + check: the first byte picks the kind of record,
//! the rest is its text. The record is parsed and built as the loader does,
//! put in a repository beside the real `data/copil.toml`, and every rule runs;
//! then the findings are located and rendered. Nothing may panic, and every
//! position must fall inside the text.

#![no_main]

use chrono::NaiveDate;
use ctg_core::domain::model::RecordKind;
use ctg_core::read::repository::Repository;
use ctg_core::read::records::Record;
use ctg_core::read::source::SourceFile;
use libfuzzer_sys::fuzz_target;

const COPIL: &str = include_str!("../../data/copil.toml");

fn repository_with(kind: RecordKind, path: &str, text: &str) -> Repository {
    let mut repo = Repository::default();
    if kind != RecordKind::Copil {
        let (record, _) = ctg_core::read::loader::parse_record(RecordKind::Copil, &"copil.toml".into(), COPIL);
        if let Some(Record::Convention(c)) = record {
            repo.convention = Some(*c);
        }
        repo.sources
            .push(SourceFile::kept("copil.toml", COPIL.into()));
    }
    let (record, _) = ctg_core::read::loader::parse_record(kind, &path.into(), text);
    match record {
        Some(Record::Convention(c)) => repo.convention = Some(*c),
        Some(Record::Officer(o)) => {
            repo.known_ids.officers.insert(o.id.clone());
            repo.officers.push(o);
        }
        Some(Record::Commission(c)) => {
            repo.known_ids.commissions.insert(c.id.clone());
            repo.commissions.push(c);
        }
        Some(Record::Action(a)) => {
            repo.known_ids.actions.insert(a.id.clone());
            repo.actions.push(a);
        }
        None => {}
    }
    repo.sources.push(SourceFile::kept(path, text.into()));
    repo.sources
        .sort_by(|a, b| ctg_core::read::scan::reading_order_of(&a.path, &b.path));
    repo
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    // As the loader reads a file: the BOM dropped, invalid UTF-8 refused.
    let decoded = ctg_core::read::source::decode(rest.to_vec());
    if decoded.invalid_at.is_some() {
        return;
    }
    let text = decoded.text.as_str();
    let (kind, path) = match selector % 4 {
        0 => (RecordKind::Copil, "copil.toml"),
        1 => (RecordKind::Commission, "commissions/petite-enfance.toml"),
        2 => (RecordKind::Officer, "officers/amelie-roux.toml"),
        _ => (RecordKind::Action, "actions/pe-01.toml"),
    };
    let (_, own) = ctg_core::read::loader::parse_record(kind, &path.into(), text);
    let repo = repository_with(kind, path, text);
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date");
    let mut diagnostics = own;
    diagnostics.extend(ctg_core::rules::check(&repo, today));
    let findings = ctg_core::analysis::locate(&repo, diagnostics);
    for located in &findings.diagnostics {
        if let (Some(position), Some(source)) =
            (located.position, repo.source(&located.diagnostic.file))
        {
            let text = &source.text().expect("a position has its text").text;
            let line = text.split('\n').nth(position.line - 1);
            let line = line.expect("the line is inside the file");
            assert!(position.column <= line.chars().count() + 1);
        }
    }
    let _ = ctg::render::check::human(&findings, &repo, ctg_core::i18n::Lang::Fr, true);
    let _ = ctg::render::check::json(&findings, ctg_core::i18n::Lang::En);
});
