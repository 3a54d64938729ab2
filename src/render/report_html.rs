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

use crate::render::report::{Block, Cell, Chart, ChartKind, Doc, Indicators, Table};
use crate::render::svg;
use crate::wording::report::Label;
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::escape_controls;

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
    fn render_to(&self, out: &mut String) {
        let shown = escape_controls(self.0);
        let mut parts = shown.split('\'');
        if let Some(first) = parts.next() {
            first.render_to(out);
        }
        for part in parts {
            out.push_str("&#39;");
            part.render_to(out);
        }
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

/// The page.
pub fn render(doc: &Doc) -> String {
    let lang = match doc.lang {
        Lang::En => "en",
        Lang::Fr => "fr",
    };
    let page = html! {
        (DOCTYPE)
        html lang=(lang) {
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
            body {
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
                main {
                    section.key aria-label=(Plain(Label::KeyFigures.text(doc.lang))) {
                        ul {
                            @for (figure, label) in &doc.key_figures {
                                li { strong { (Plain(figure)) } span { (Plain(label)) } }
                            }
                        }
                    }
                    @for section in &doc.sections {
                        section id=(section.id) {
                            h2 { (Plain(&section.title)) }
                            @for block in &section.blocks {
                                (block_html(block))
                            }
                        }
                    }
                }
                footer { p { (Plain(&doc.footer)) } }
            }
        }
    };
    // A text file ends with a line break.
    let mut out = page.into_string();
    out.push('\n');
    out
}

fn block_html(block: &Block) -> Markup {
    html! {
        @match block {
            Block::Facts(facts) => {
                dl.facts {
                    @for (label, value) in facts {
                        dt { (Plain(label)) }
                        dd { (Plain(value)) }
                    }
                }
            }
            Block::Headline(text) => p.headline { (Plain(text)) },
            Block::Para(text) => p { (Plain(text)) },
            Block::List(items) => ul { @for item in items { li { (Plain(item)) } } },
            Block::Heading(text) => h3 { (Plain(text)) },
            Block::Table(table) => (table_html(table)),
            Block::Chart(chart) => figure.keep { (chart_svg(chart)) },
            Block::Group(blocks) => {
                article.commission {
                    @for block in blocks {
                        (block_html(block))
                    }
                }
            }
            Block::Indicators(indicators) => (indicators_html(indicators)),
        }
    }
}

/// Each indicator: its chart beside its figures, a table of one column
/// whose rows are headed by the figures' names (on a narrow screen, the
/// table under the chart).
fn indicators_html(indicators: &Indicators) -> Markup {
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
                                        (cell_html(cell, None))
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
fn table_html(table: &Table) -> Markup {
    let stack = table.head.iter().filter(|(_, numeric)| *numeric).count() <= 1;
    html! {
        div.table-wrap {
            table class=[stack.then_some("stack")] {
                thead {
                    tr {
                        @for (label, numeric) in &table.head {
                            th scope="col" class=[numeric.then_some("num")] { (Plain(label)) }
                        }
                    }
                }
                tbody {
                    @for row in &table.rows {
                        tr class=[row.total.then_some("total")] {
                            @for (i, cell) in row.cells.iter().enumerate() {
                                (cell_html(cell, table.head.get(i).filter(|_| stack).map(|(label, _)| label.as_str())))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A cell, with its column's header when its table stacks on a narrow
/// screen; several lines make a list, unless there is only one.
fn cell_html(cell: &Cell, label: Option<&str>) -> Markup {
    let label = label.map(Plain);
    html! {
        @match cell {
            Cell::Text(text) => td data-label=[label] { (Plain(text)) },
            Cell::Short(text) => td.short data-label=[label] { (Plain(text)) },
            Cell::Num(text) => td.num data-label=[label] { (Plain(text)) },
            Cell::Link(text, href) => td data-label=[label] { a href=(Plain(href)) { (Plain(text)) } },
            Cell::Lines(lines) => {
                td data-label=[label] {
                    @match lines.as_slice() {
                        [] => {}
                        [line] => (Plain(line)),
                        lines => ul { @for line in lines { li { (Plain(line)) } } },
                    }
                }
            }
        }
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
    use crate::render::report::{Row, Section};
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
    fn hostile_doc() -> Doc {
        let day = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
        let one = Fte::from_hundredths(100);
        let table = Table {
            head: vec![(h(), false), (h(), true), (h(), false)],
            rows: vec![
                Row {
                    cells: vec![Cell::Text(h()), Cell::Num(h()), Cell::Short(h())],
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
                    cells: vec![Cell::Num(h()), Cell::Text(h())],
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
