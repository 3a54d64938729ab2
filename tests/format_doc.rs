//! docs/format.md's field tables are generated from `crates/ctg-core/src/domain/schema.rs`, the one
//! declaration of the format the loader checks files against: this test fails
//! when they differ, so the reference cannot drift from what `ctg` accepts.
//!
//! After changing the schema, run
//! `cargo test --test tests -- --ignored --exact format_doc::regenerate_docs_format_md`
//! to rewrite the tables, and review the diff.

use std::fmt::Write;

use ctg_core::domain::model::RecordKind;
use ctg_core::domain::schema::{Field, FteRange, Ty, fields_of};

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/format.md");

/// The files of a repository, as the doc names them.
const FILES: [(RecordKind, &str); 4] = [
    (RecordKind::Copil, "copil.toml"),
    (RecordKind::Officer, "officers/<id>.toml"),
    (RecordKind::Commission, "commissions/<id>.toml"),
    (RecordKind::Action, "actions/<id>.toml"),
];

fn words(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The type of a value, as a reader of the format needs it.
fn type_text(ty: &Ty) -> String {
    match ty {
        Ty::Str => "string".into(),
        Ty::Date => "date (`2025-01-31`, no quotes)".into(),
        Ty::Bool => "boolean".into(),
        Ty::Int { min, max } => format!("integer, {min} to {max}"),
        Ty::Fte(range) => match range {
            FteRange::Share => "FTE: above 0, at most 1, two decimals at most".into(),
            FteRange::Positive => "FTE: above 0, two decimals at most".into(),
            FteRange::NonNegative => "FTE: 0 or more, two decimals at most".into(),
        },
        Ty::Number => "number, exact to four decimals (`45`, `12.5`)".into(),
        Ty::Enum(names) => format!("one of {}", words(names)),
        Ty::List(item) => match item {
            Ty::Str => "list of strings".into(),
            Ty::Enum(names) => format!("list, each one of {}", words(names)),
            other => format!("list of: {}", type_text(other)),
        },
        Ty::Table(_) => "table".into(),
        Ty::TableList(_) => "list of tables".into(),
        Ty::Map(item) => format!("table, one key per commune: {}", type_text(item)),
    }
}

/// The header a table is written under in a file.
fn header(path: &str, list: bool) -> String {
    match (path.is_empty(), list) {
        (true, _) => "at the top level".into(),
        (false, false) => format!("of `[{path}]`"),
        (false, true) => format!("of `[[{path}]]`"),
    }
}

fn table(out: &mut String, fields: &[Field], path: &str, list: bool) {
    let _ = writeln!(out, "Keys {}:\n", header(path, list));
    out.push_str("| Key | Type | Required | Meaning |\n|---|---|---|---|\n");
    for field in fields {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            field.name,
            type_text(&field.ty),
            if field.required {
                "required"
            } else {
                "optional"
            },
            field.doc.replace('|', "\\|")
        );
    }
    out.push('\n');
    for field in fields {
        let child = if path.is_empty() {
            field.name.to_owned()
        } else {
            format!("{path}.{}", field.name)
        };
        match field.ty {
            Ty::Table(inner) => table(out, inner, &child, false),
            Ty::TableList(inner) => table(out, inner, &child, true),
            _ => {}
        }
    }
}

/// The generated part of the doc for one file.
fn generated(kind: RecordKind) -> String {
    let mut out = String::new();
    table(&mut out, fields_of(kind), "", false);
    out
}

fn begin(name: &str) -> String {
    format!("<!-- generated from crates/ctg-core/src/domain/schema.rs: {name} -->\n")
}

const END: &str = "<!-- end of generated part -->\n";

/// The doc with every generated part replaced by what the schema says.
fn regenerate(doc: &str) -> String {
    let mut doc = doc.to_owned();
    for (kind, name) in FILES {
        let begin = begin(name);
        let start = doc
            .find(&begin)
            .unwrap_or_else(|| panic!("docs/format.md has no `{}`", begin.trim()))
            + begin.len();
        let end = start
            + doc[start..]
                .find(END)
                .unwrap_or_else(|| panic!("the part for {name} has no end marker"));
        doc.replace_range(start..end, &format!("\n{}", generated(kind)));
    }
    doc
}

#[test]
fn format_doc_matches_the_schema() {
    let doc = std::fs::read_to_string(DOC).expect("docs/format.md");
    let fresh = regenerate(&doc);
    assert!(
        doc == fresh,
        "docs/format.md is out of date with crates/ctg-core/src/domain/schema.rs: run \
         `cargo test --test tests -- --ignored --exact format_doc::regenerate_docs_format_md` \
         and review the diff"
    );
}

/// Writes the generated tables into docs/format.md: the doc is the expected
/// text (not a snapshot beside it), so it is regenerated on demand, never
/// by a test run.
#[test]
#[ignore = "writes docs/format.md; run on demand"]
fn regenerate_docs_format_md() {
    let doc = std::fs::read_to_string(DOC).expect("docs/format.md");
    std::fs::write(DOC, regenerate(&doc)).expect("write docs/format.md");
}

#[test]
fn every_field_of_the_schema_is_in_the_doc() {
    // The same, said plainly: a field the doc does not name fails here too.
    fn names(fields: &[Field], out: &mut Vec<&'static str>) {
        for field in fields {
            out.push(field.name);
            if let Ty::Table(inner) | Ty::TableList(inner) = field.ty {
                names(inner, out);
            }
        }
    }
    let doc = std::fs::read_to_string(DOC).expect("docs/format.md");
    for (kind, name) in FILES {
        let mut all = Vec::new();
        names(fields_of(kind), &mut all);
        for field in all {
            assert!(
                doc.contains(&format!("| `{field}` |")),
                "docs/format.md does not document `{field}` of {name}"
            );
        }
    }
}

#[test]
fn the_examples_of_the_doc_are_valid_records() {
    // Each ```toml block that starts with `# file: PATH` is a complete file.
    let doc = std::fs::read_to_string(DOC).expect("docs/format.md");
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in doc.lines() {
        match (&mut current, line) {
            (None, "```toml") => current = Some((String::new(), String::new())),
            (Some(_), "```") => blocks.push(current.take().unwrap()),
            (Some((path, text)), line) => {
                if text.is_empty()
                    && path.is_empty()
                    && let Some(p) = line.strip_prefix("# file: ")
                {
                    *path = p.to_owned();
                }
                text.push_str(line);
                text.push('\n');
            }
            (None, _) => {}
        }
    }
    let files: Vec<(String, String)> = blocks.into_iter().filter(|(p, _)| !p.is_empty()).collect();
    assert!(files.len() >= 4, "{files:?}");
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in &files {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    let output = crate::support::ctg_process()
        .args(["--at", "2026-06-15", "--lang", "en", "--color", "never"])
        .arg("--dir")
        .arg(dir.path())
        .args(["check", "--strict", "--format", "short"])
        .env_remove("CTG_DIR")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the doc's example repository does not pass `ctg check --strict`:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
}
