//! `ctg report --format markdown`: the same sections as the HTML page, with
//! tables where the page also has charts, to paste into minutes or a wiki.
//! Every piece of text passes through [`escape_markdown`].

use std::borrow::Borrow;
use std::fmt::Write;

use crate::render::report::{Block, Cell, Doc, Row, Table};
use crate::wording::report::colon;
use ctg_core::i18n::text::escape_markdown as e;

/// The document's mark, an HTML comment that Markdown does not show:
/// `ctg report -o` recognises a document it wrote by it, and replaces that
/// document without `--force`.
pub const GENERATOR: &str = "<!-- generator: ctg report -->";

/// The document.
pub fn render(doc: &Doc) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let _ = writeln!(out, "{GENERATOR}");
    let _ = writeln!(out, "# {}\n\n{}\n", e(&doc.title), e(&doc.subtitle));
    for (figure, label) in &doc.key_figures {
        let _ = writeln!(out, "- **{}** {}", e(figure), e(label));
    }
    out.push('\n');
    for section in &doc.sections {
        let _ = writeln!(out, "## {}\n", e(&section.title));
        for block in &section.blocks {
            block_markdown(&mut out, block, doc);
        }
    }
    let _ = writeln!(out, "---\n\n{}", e(&doc.footer));
    out
}

fn block_markdown(out: &mut String, block: &Block, doc: &Doc) {
    match block {
        Block::Facts(facts) => {
            for (label, value) in facts {
                let _ = writeln!(out, "- **{}**{}{}", e(label), colon(doc.lang), e(value));
            }
            out.push('\n');
        }
        Block::Headline(text) => {
            let _ = writeln!(out, "**{}**\n", e(text));
        }
        Block::Para(text) => {
            let _ = writeln!(out, "{}\n", e(text));
        }
        Block::Heading(text) => {
            let _ = writeln!(out, "### {}\n", e(text));
        }
        Block::List(items) => {
            for item in items {
                let _ = writeln!(out, "- {}", e(item));
            }
            out.push('\n');
        }
        Block::Table(table) => table_markdown(out, table),
        Block::Actions(table) => rows_markdown(out, &table.head, table.rows()),
        // The figures of every chart are in the table beside it.
        Block::Chart(_) => {}
        Block::Group(blocks) => {
            for block in blocks {
                block_markdown(out, block, doc);
            }
        }
        // One table, a row per indicator, without the charts.
        Block::Indicators(indicators) => rows_markdown(
            out,
            &indicators.head,
            indicators.items.iter().map(|(_, row)| row),
        ),
    }
}

fn table_markdown(out: &mut String, table: &Table) {
    rows_markdown(out, &table.head, &table.rows);
}

fn rows_markdown<'a, R: Borrow<Row<'a>>>(
    out: &mut String,
    head: &[(String, bool)],
    rows: impl IntoIterator<Item = R>,
) {
    out.push('|');
    for (label, _) in head {
        let _ = write!(out, " {} |", e(label));
    }
    out.push_str("\n|");
    for (_, numeric) in head {
        out.push_str(if *numeric { " ---: |" } else { " --- |" });
    }
    out.push('\n');
    for row in rows {
        let row = row.borrow();
        out.push('|');
        for cell in &row.cells {
            let text = match cell {
                Cell::Text(text) | Cell::Short(text) | Cell::Num(text) | Cell::Link(text, _) => {
                    e(text)
                }
                Cell::Lines(lines) => lines.iter().map(|l| e(l)).collect::<Vec<_>>().join("<br>"),
            };
            if row.total && !text.is_empty() {
                let _ = write!(out, " **{text}** |");
            } else {
                let _ = write!(out, " {text} |");
            }
        }
        out.push('\n');
    }
    out.push('\n');
}
