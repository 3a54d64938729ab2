//! `ctg report`'s HTML: one self-contained page to open, print or mail.
//!
//! Inline CSS and inline SVG only: no script, no font, no image, nothing
//! fetched. The page reads on a phone (viewport, fluid widths, tables that
//! scroll sideways) and prints on A4 with no chart cut across a page.
//!
//! The markup is written with maud's `html!`, so that the compiler checks
//! that every element is closed, and every value spliced in is escaped
//! unless it says otherwise: the only `PreEscaped` text is the generator
//! tag and the style sheet below, and the charts' markup, which maud built
//! and escaped itself.
//! Words go in as [`Plain`], which adds what maud leaves as it is. maud
//! writes no line breaks between tags: the page is one long line, which
//! browsers lay out as they did the indented page.

use maud::{DOCTYPE, Markup, PreEscaped, Render, html};

use crate::render::report::{Block, Cell, Chart, ChartKind, Doc, Indicators, Row};
use crate::render::svg;
use crate::wording::report::Label;
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::is_hidden;

/// Text to show on the page, record text above all: every word of the page
/// and of its charts goes in through here. maud escapes `&`, `<`, `>` and
/// `"` in whatever it is handed; this adds the two things it leaves as they
/// are. Control characters are written as visible escapes (`\u{1b}`), as in
/// `ctg`'s terminal output, so that an ANSI escape in a title shows rather
/// than hides. And `'` is written `&#39;`, as the page always wrote it: the
/// text stays inert even in an attribute quoted with `'`, and the page
/// kept its character references when it moved to maud.
pub struct Plain<'a>(pub &'a str);

impl Render for Plain<'_> {
    /// One pass over the text, copying the runs between the characters it
    /// changes: a report writes every title of the plan through here.
    fn render_to(&self, out: &mut String) {
        let text = self.0;
        let bytes = text.as_bytes();
        // `copied` is where the text not yet written starts.
        let (mut at, mut copied) = (0, 0);
        /// The bytes written as they are: printable ASCII but the five
        /// that HTML gives a meaning.
        const AS_IS: [bool; 256] = {
            let mut as_is = [false; 256];
            let mut byte = 0x20;
            while byte < 0x7f {
                as_is[byte] = !matches!(byte as u8, b'&' | b'<' | b'>' | b'"' | b'\'');
                byte += 1;
            }
            as_is
        };
        while at < bytes.len() {
            let byte = bytes[at];
            if AS_IS[usize::from(byte)] {
                at += 1;
                continue;
            }
            let entity = match byte {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                0x20..0x7f => {
                    at += 1;
                    continue;
                }
                _ => {
                    let c = text[at..].chars().next().unwrap_or('\0');
                    let width = c.len_utf8();
                    if c == '\t' || is_hidden(c) {
                        out.push_str(&text[copied..at]);
                        // As `escape_controls` writes it: a tab is a space.
                        if c == '\t' {
                            out.push(' ');
                        } else {
                            out.extend(c.escape_default());
                        }
                        copied = at + width;
                    }
                    at += width;
                    continue;
                }
            };
            out.push_str(&text[copied..at]);
            out.push_str(entity);
            at += 1;
            copied = at;
        }
        out.push_str(&text[copied..]);
    }
}

/// The page's generator tag, written as it is: `ctg report -o` recognises a
/// page it wrote by it, and replaces that page without `--force`.
pub const GENERATOR: &str = r#"<meta name="generator" content="ctg report">"#;

/// A page as wide as a table of many figures: printed across A4, and on
/// a screen the width of the window with the table's text smaller, so that
/// it is read whole on a laptop as on paper.
const LANDSCAPE: &str = "@page { size: A4 landscape; }
header, main, footer { max-width: 80rem; }
@media screen and (min-width: 700px) {
  .table-wrap table { font-size: .72rem; }
  .table-wrap th, .table-wrap td { padding: .3rem .25rem; }
  .table-wrap td:first-child:not(.num), .table-wrap th:first-child:not(.num) { min-width: 8rem; }
}";

/// The page's style: screen first, then print.
const STYLE: &str = r#"
:root { --ink: #1b2430; --muted: #55606e; --line: #d3d9e0; --accent: #1f5fa8; --soft: #eef3f9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: #fff; line-height: 1.45; font-size: 16px; }
header, main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; padding-bottom: .8rem; border-bottom: 4px solid var(--accent); }
h1 { font-size: 1.65rem; line-height: 1.2; margin: 0 0 .3rem; }
.subtitle { color: var(--muted); margin: 0; }
nav ol { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; list-style: none; padding: 0; margin: .8rem 0 0; font-size: .95rem; }
nav a { color: var(--accent); }
h2 { font-size: 1.35rem; color: var(--accent); margin: 2.2rem 0 .7rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
p { margin: .5rem 0; }
.headline { font-size: 1.1rem; font-weight: 600; background: var(--soft); border-left: 5px solid var(--accent); padding: .55rem .8rem; }
.key ul { list-style: none; margin: 1.2rem 0 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .6rem; }
.key li { border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 4px; padding: .5rem .7rem; }
.key strong { display: block; font-size: 1.45rem; line-height: 1.2; font-variant-numeric: tabular-nums; }
.key span { color: var(--muted); font-size: .9rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.2rem; margin: .5rem 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { background: #f3f5f8; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
/* Figures stay whole and their headers may wrap; the first column (a
   commune, a commission, a title) is never squeezed to a word a line. */
th.num { white-space: normal; }
td:first-child:not(.num), th:first-child:not(.num) { min-width: 9rem; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
td ul { margin: 0; padding-left: 1.1rem; }
figure { margin: 1rem 0; }
svg.chart { display: block; width: 100%; height: auto; max-width: 48rem; font-size: 13px; }
svg.chart.bars, svg.chart.stacks { max-width: 36rem; }
svg text { fill: var(--ink); }
svg .legend text, svg .axis text { fill: var(--muted); }
.bar-label { font-weight: 600; }
.bar-target { fill: #fff; stroke: var(--ink); stroke-width: 1.2; stroke-dasharray: 4 3; }
.bar-fte { fill: var(--accent); }
.bar-baseline { stroke: #d9822b; stroke-width: 3; fill: #d9822b; }
.grid { stroke: var(--line); stroke-width: 1; }
.tick { stroke: var(--muted); }
.target { stroke: #b03a2e; stroke-width: 1.5; stroke-dasharray: 6 4; }
.target-label { fill: #b03a2e; font-weight: 600; }
.step { fill: none; stroke: var(--accent); stroke-width: 3; }
.step-label { font-weight: 600; }
.today { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 2 3; }
.today-label { fill: var(--muted); }
.reached { fill: #fff; stroke: #2d7a46; stroke-width: 3; }
.reached-label { fill: #2d7a46; font-weight: 600; }
.s-done { fill: #2d7a46; } .s-in-progress { fill: #1f5fa8; } .s-planned { fill: #a9c1e0; }
.s-paused { fill: #e2b33c; } .s-blocked { fill: #b03a2e; } .s-abandoned { fill: #9aa1a9; }
rect.s-done, rect.s-in-progress, rect.s-planned, rect.s-paused, rect.s-blocked, rect.s-abandoned { stroke: #fff; stroke-width: 1.5; }
text.seg { font-weight: 700; fill: #fff; }
text.seg.s-planned, text.seg.s-paused { fill: var(--ink); }
.commission { border-top: 1px solid var(--line); padding-top: .2rem; }
.indicator { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 1.2rem; align-items: start; margin: .6rem 0 1rem; }
.indicator figure { margin: 0; }
svg.chart.indicator { max-width: 24rem; }
table.figures th { width: 38%; background: none; color: var(--muted); }
table.figures td.num { text-align: left; }
.expected { fill: none; stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 6 4; }
.measures { fill: none; stroke: var(--accent); stroke-width: 2.5; }
.measure { fill: var(--accent); }
.baseline-dot { fill: #fff; stroke: var(--accent); stroke-width: 2; }
.target-mark { fill: #fff; stroke: #b03a2e; stroke-width: 2; }
.value-label { font-weight: 600; }
h2 + .commission { border-top: none; }
footer { color: var(--muted); font-size: .9rem; margin-top: 2.5rem; padding-bottom: 2rem; border-top: 1px solid var(--line); padding-top: .6rem; }
@media (min-width: 40rem) {
  td.short { white-space: nowrap; }
}
@media (max-width: 40rem) {
  body { font-size: 15px; }
  h1 { font-size: 1.35rem; }
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin-bottom: .4rem; }
  th, td { padding: .3rem .35rem; }
  figure { overflow-x: auto; }
  svg.chart.steps { min-width: 30rem; }
  .indicator { grid-template-columns: minmax(0, 1fr); }
  /* A table of words stacks: each row a block, each cell after its header. */
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: auto; min-width: 0; }
  table.stack tr { border-bottom: 1px solid var(--line); padding: .3rem 0; }
  table.stack td { border: none; padding: .05rem .35rem; text-align: left; white-space: normal; }
  table.stack td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  html[lang="fr"] table.stack td::before { content: attr(data-label) "\a0: "; }
}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  html, body { font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  header, main, footer { max-width: none; padding: 0; }
  nav { display: none; }
  .table-wrap { overflow: visible; }
  table { font-size: 9pt; }
  th, td { padding: .2rem .35rem; }
  td.short { white-space: nowrap; }
  h2 { margin-top: 1.2rem; }
  h3 { margin-top: 1rem; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  /* Small things whole; a long commission may go over a page rather than
     leave the bottom of one empty. */
  figure, svg.chart, tr, .headline, dl.facts, .indicator, .keep, .key { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  footer { break-before: avoid; page-break-before: avoid; margin-top: 1rem; padding-bottom: 0; }
  .key ul { grid-template-columns: repeat(5, 1fr); }
  svg.chart { max-width: 16cm; }
  svg.chart.bars, svg.chart.stacks { max-width: 12cm; }
  svg.chart.indicator { max-width: 9cm; }
  figure { overflow: visible; }
  .headline, .lead-in { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// The page, whole: for the portfolio's page and the tests.
pub fn render(doc: &Doc<'_>) -> String {
    let mut page = Vec::new();
    // Writing into memory cannot fail.
    let _ = write(doc, &mut page);
    String::from_utf8(page).unwrap_or_default()
}

/// How much of the page is made before it is handed to the writer: a
/// report of the whole plan is tens of megabytes for 100,000 actions, made
/// and written a piece at a time rather than held whole.
const PIECE: usize = 256 * 1024;

/// Writes the page to `out` as it is made, a [`PIECE`] at a time.
///
/// The elements that enclose the sections (`html`, `body`, `main`,
/// `section`) are opened and closed here by hand, so that each section's
/// blocks can be written out before the next is made; everything inside
/// them is maud's, or the table rows of [`table_to`].
pub fn write(doc: &Doc<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let lang = match doc.lang {
        Lang::En => "en",
        Lang::Fr => "fr",
    };
    let mut piece = String::with_capacity(PIECE + PIECE / 4);
    let head = html! {
        (DOCTYPE)
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            (PreEscaped(GENERATOR))
            title { (Plain(&doc.title)) }
            // A constant of this file, not text from a record.
            style { (PreEscaped(STYLE)) }
            @if doc.landscape {
                style { (PreEscaped(LANDSCAPE)) }
            }
        }
    };
    // `<!DOCTYPE html>` first, then `<html lang>` around the rest.
    let head = head.into_string();
    let (doctype, head) = head.split_at(DOCTYPE.0.len());
    piece.push_str(doctype);
    piece.push_str(r#"<html lang=""#);
    piece.push_str(lang);
    piece.push_str(r#"">"#);
    piece.push_str(head);
    piece.push_str("<body>");
    html! {
        header {
            h1 { (Plain(&doc.title)) }
            p.subtitle { (Plain(&doc.subtitle)) }
            nav aria-label=(Plain(Label::Contents.text(doc.lang))) {
                ol {
                    @for section in &doc.sections {
                        li { a href={ "#" (section.id) } { (Plain(&section.title)) } }
                    }
                }
            }
        }
    }
    .render_to(&mut piece);
    piece.push_str("<main>");
    html! {
        section.key aria-label=(Plain(Label::KeyFigures.text(doc.lang))) {
            ul {
                @for (figure, label) in &doc.key_figures {
                    li { strong { (Plain(figure)) } span { (Plain(label)) } }
                }
            }
        }
    }
    .render_to(&mut piece);
    for section in &doc.sections {
        piece.push_str(r#"<section id=""#);
        Plain(section.id).render_to(&mut piece);
        piece.push_str(r#"">"#);
        html! { h2 { (Plain(&section.title)) } }.render_to(&mut piece);
        for block in &section.blocks {
            block_to(block, &mut piece, out)?;
        }
        piece.push_str("</section>");
    }
    piece.push_str("</main>");
    html! { footer { p { (Plain(&doc.footer)) } } }.render_to(&mut piece);
    // A text file ends with a line break.
    piece.push_str("</body></html>\n");
    out.write_all(piece.as_bytes())
}

/// Hands `piece` to `out` once it holds a [`PIECE`], and empties it.
fn flush_piece(piece: &mut String, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    if piece.len() >= PIECE {
        out.write_all(piece.as_bytes())?;
        piece.clear();
    }
    Ok(())
}

/// A block, written into `piece` (a commission of the whole plan one table
/// row at a time, handed to `out` as the piece fills).
fn block_to(
    block: &Block<'_>,
    piece: &mut String,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match block {
        Block::Table(table) => table_to(&table.head, &table.rows, piece, out)?,
        Block::Actions(table) => table_to(&table.head, table.rows(), piece, out)?,
        Block::Group(blocks) => {
            piece.push_str(r#"<article class="commission">"#);
            for block in blocks {
                block_to(block, piece, out)?;
            }
            piece.push_str("</article>");
        }
        Block::Facts(facts) => html! {
            dl.facts {
                @for (label, value) in facts {
                    dt { (Plain(label)) }
                    dd { (Plain(value)) }
                }
            }
        }
        .render_to(piece),
        Block::Headline(text) => html! { p.headline { (Plain(text)) } }.render_to(piece),
        Block::Para(text) => html! { p { (Plain(text)) } }.render_to(piece),
        Block::List(items) => {
            html! { ul { @for item in items { li { (Plain(item)) } } } }.render_to(piece)
        }
        Block::Heading(text) => html! { h3 { (Plain(text)) } }.render_to(piece),
        Block::Chart(chart) => html! { figure.keep { (chart_svg(chart)) } }.render_to(piece),
        Block::Indicators(indicators) => indicators_html(indicators).render_to(piece),
    }
    flush_piece(piece, out)
}

/// Each indicator: its chart beside its figures, a table of one column
/// whose rows are headed by the figures' names (on a narrow screen, the
/// table under the chart).
fn indicators_html(indicators: &Indicators<'_>) -> Markup {
    html! {
        div.indicators {
            @for (chart, row) in &indicators.items {
                div.indicator {
                    figure { (chart_svg(chart)) }
                    div.table-wrap {
                        table.figures {
                            tbody {
                                @for ((label, _), cell) in indicators.head.iter().zip(&row.cells) {
                                    tr {
                                        th scope="row" { (Plain(label)) }
                                        (CellHtml(cell, None))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A table; one of words, with at most one column of figures, is stacked
/// on a narrow screen (each row a block, each cell after its header), so
/// that a phone shows it whole; a table of figures scrolls sideways.
///
/// The rows are written straight into `piece`, one after the other, and
/// handed to `out` as it fills: the whole plan is one table per commission,
/// up to tens of thousands of rows.
fn table_to<'a, R: std::borrow::Borrow<Row<'a>>>(
    head: &[(String, bool)],
    rows: impl IntoIterator<Item = R>,
    piece: &mut String,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let stack = head.iter().filter(|(_, numeric)| *numeric).count() <= 1;
    piece.push_str(if stack {
        r#"<div class="table-wrap"><table class="stack">"#
    } else {
        r#"<div class="table-wrap"><table>"#
    });
    html! {
        thead {
            tr {
                @for (label, numeric) in head {
                    th scope="col" class=[numeric.then_some("num")] { (Plain(label)) }
                }
            }
        }
    }
    .render_to(piece);
    piece.push_str("<tbody>");
    for row in rows {
        let row = row.borrow();
        piece.push_str(if row.total {
            r#"<tr class="total">"#
        } else {
            "<tr>"
        });
        for (i, cell) in row.cells.iter().enumerate() {
            let label = head
                .get(i)
                .filter(|_| stack)
                .map(|(label, _)| label.as_str());
            CellHtml(cell, label).render_to(piece);
        }
        piece.push_str("</tr>");
        flush_piece(piece, out)?;
    }
    piece.push_str("</tbody></table></div>");
    Ok(())
}

/// A cell, with its column's header when its table stacks on a narrow
/// screen; several lines make a list, unless there is only one. Written
/// straight into its row (a report has hundreds of thousands of cells).
struct CellHtml<'c>(&'c Cell<'c>, Option<&'c str>);

impl Render for CellHtml<'_> {
    fn render_to(&self, out: &mut String) {
        let CellHtml(cell, label) = *self;
        let open = |out: &mut String, class: Option<&str>| {
            out.push_str("<td");
            if let Some(class) = class {
                out.push_str(r#" class=""#);
                out.push_str(class);
                out.push('"');
            }
            if let Some(label) = label {
                out.push_str(r#" data-label=""#);
                Plain(label).render_to(out);
                out.push('"');
            }
            out.push('>');
        };
        match cell {
            Cell::Text(text) => {
                open(out, None);
                Plain(text).render_to(out);
            }
            Cell::Short(text) => {
                open(out, Some("short"));
                Plain(text).render_to(out);
            }
            Cell::Num(text) => {
                open(out, Some("num"));
                Plain(text).render_to(out);
            }
            Cell::Link(text, href) => {
                open(out, None);
                html! { a href=(Plain(href)) { (Plain(text)) } }.render_to(out);
            }
            Cell::Lines(lines) => {
                open(out, None);
                html! {
                    @match lines.as_slice() {
                        [] => {}
                        [line] => (Plain(line)),
                        lines => ul { @for line in lines { li { (Plain(line)) } } },
                    }
                }
                .render_to(out);
            }
        }
        out.push_str("</td>");
    }
}

fn chart_svg(chart: &Chart) -> Markup {
    match &chart.kind {
        ChartKind::Targets(rows, legend) => svg::target_bars(&chart.labels, rows, legend),
        ChartKind::Steps(steps) => svg::step_chart(&chart.labels, steps),
        ChartKind::Stacks(categories, rows) => svg::stacked_bars(&chart.labels, categories, rows),
        ChartKind::Indicator(indicator) => svg::indicator_chart(&chart.labels, indicator),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::render::report::{Section, Table};
    use crate::render::svg::{Category, Labels, Stack, StepChart, TargetBar};
    use ctg_core::domain::fte::Fte;

    /// Short enough that no chart cuts it (`LABEL_CHARS`).
    const HOSTILE: &str = "<script>alert(1)</script> & \"q\" 'a' \u{1b}";
    const ESCAPED: &str =
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39; \\u{1b}";

    fn h() -> String {
        HOSTILE.to_owned()
    }

    fn labels(id: &'static str) -> Labels {
        Labels {
            id: id.into(),
            title: h(),
            desc: h(),
        }
    }

    /// A page with the hostile text in every place the renderer writes text:
    /// every block, every kind of cell, every chart's every label.
    fn hostile_doc() -> Doc<'static> {
        let day = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
        let one = Fte::from_hundredths(100);
        let table = Table {
            head: vec![(h(), false), (h(), true), (h(), false)],
            rows: vec![
                Row {
                    cells: vec![
                        Cell::Text(h().into()),
                        Cell::Num(h().into()),
                        Cell::Short(h().into()),
                    ],
                    total: false,
                },
                Row {
                    cells: vec![Cell::Lines(vec![h()]), Cell::Lines(vec![h(), h()])],
                    total: true,
                },
            ],
        };
        let charts = [
            Chart {
                labels: labels("bars"),
                kind: ChartKind::Targets(
                    vec![TargetBar {
                        label: h(),
                        value: one,
                        target: Some(one),
                        baseline: Some(one),
                        text: h(),
                    }],
                    [h(), h(), h()],
                ),
            },
            Chart {
                labels: labels("steps"),
                kind: ChartKind::Steps(StepChart {
                    start: day(1),
                    end: day(12),
                    points: vec![(day(1), Fte::ZERO), (day(3), one)],
                    target: one,
                    target_text: h(),
                    reached: Some((day(3), h())),
                    date: Some((day(6), h())),
                    value_text: Box::new(|_| HOSTILE.to_owned()),
                    years: vec![(day(1), h())],
                }),
            },
            Chart {
                labels: labels("stacks"),
                kind: ChartKind::Stacks(
                    vec![Category {
                        name: h(),
                        class: "s-done",
                    }],
                    vec![Stack {
                        label: h(),
                        total_text: h(),
                        counts: vec![1],
                    }],
                ),
            },
        ];
        let mut blocks = vec![
            Block::Facts(vec![(h(), h())]),
            Block::Headline(h()),
            Block::Para(h()),
            Block::Heading(h()),
            Block::Table(table),
            // Two columns of figures: it scrolls rather than stacks.
            Block::Table(Table {
                head: vec![(h(), true), (h(), true)],
                rows: vec![Row {
                    cells: vec![Cell::Num(h().into()), Cell::Text(h().into())],
                    total: false,
                }],
            }),
        ];
        blocks.extend(charts.into_iter().map(Block::Chart));
        Doc {
            lang: Lang::Fr,
            title: h(),
            subtitle: h(),
            key_figures: vec![(h(), h())],
            sections: vec![Section {
                id: "s",
                title: h(),
                blocks: vec![Block::Group(blocks)],
            }],
            footer: h(),
            landscape: false,
        }
    }

    #[test]
    fn plain_text_is_escaped_with_its_controls_and_apostrophes() {
        let shown = |text: &str| Plain(text).render().into_string();
        assert_eq!(shown(HOSTILE), ESCAPED);
        assert_eq!(shown("Fos-sur-Mer, l'étang"), "Fos-sur-Mer, l&#39;étang");
        assert_eq!(shown("a\u{1b}[31m\r\n"), "a\\u{1b}[31m\\r\\n");
        assert_eq!(shown("'"), "&#39;");
        assert_eq!(shown(""), "");
    }

    /// This fails if any text reaches the page unescaped, in an element or
    /// in an attribute: each `alert` must sit inside the escaped form.
    #[test]
    fn no_text_reaches_the_page_unescaped() {
        let page = render(&hostile_doc());
        assert!(!page.contains("<script"));
        assert!(!page.contains('\u{1b}'));
        assert!(!page.contains("'a'"));
        assert!(!page.contains("\"q\""));
        assert!(!page.contains("& \""));
        let escaped = page.matches(ESCAPED).count();
        assert_eq!(page.matches("alert").count(), escaped);
        // The page: title (head and h1), subtitle, key figure (2), section
        // title (nav and h2), facts (2), headline, paragraph, heading, table
        // (14: a head of 3, cells of 3 then 2 with the list of two, each
        // cell's column name as it stacks on a phone), a table of figures
        // (4), footer: 31. Each chart's
        // aria-label, title and desc: 9. Bars: legend (3), label, figures:
        // 5. Steps: axis (0, 1, 2), year, target, first total, change, date,
        // reached: 9. Stacks: legend, label, total: 3.
        assert_eq!(escaped, 57);
        for context in [
            "<title>&lt;script",
            "<th scope=\"col\">&lt;script",
            "<th scope=\"col\" class=\"num\">&lt;script",
            "<td>&lt;script",
            "<td class=\"num\">&lt;script",
            "<td class=\"num\" data-label=\"&lt;script",
            "<td class=\"short\" data-label=\"&lt;script",
            "<td data-label=\"&lt;script",
            "<li>&lt;script",
            "aria-label=\"&lt;script",
            "<desc id=\"steps-desc\">&lt;script",
            "<text class=\"reached-label\"",
        ] {
            assert!(page.contains(context), "{context}");
        }
    }
}
