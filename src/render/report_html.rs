//! `ctg report`'s HTML: one self-contained page to open, print or mail.
//!
//! Inline CSS and inline SVG only: no script, no font, no image, nothing
//! fetched. The page reads on a phone (viewport, fluid widths, tables that
//! scroll sideways) and prints on A4 with no chart cut across a page. Every
//! piece of text passes through [`escape_html`].

use std::fmt::Write;

use crate::render::report::{Block, Cell, Chart, ChartKind, Doc, Table};
use crate::render::svg;
use crate::wording::report::Label;
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::escape_html as e;

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
h2 + .commission { border-top: none; }
footer { color: var(--muted); font-size: .9rem; margin-top: 2.5rem; padding-bottom: 2rem; border-top: 1px solid var(--line); padding-top: .6rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  h1 { font-size: 1.35rem; }
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin-bottom: .4rem; }
  th, td { padding: .3rem .35rem; }
  figure { overflow-x: auto; }
  svg.chart.steps { min-width: 30rem; }
}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  html, body { font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  header, main, footer { max-width: none; padding: 0; }
  nav { display: none; }
  .table-wrap { overflow: visible; }
  h2 { margin-top: 1.2rem; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure, svg.chart, tr, .headline, dl.facts, .commission, .keep, .key { break-inside: avoid; page-break-inside: avoid; }
  .key ul { grid-template-columns: repeat(5, 1fr); }
  svg.chart { max-width: 16cm; }
  svg.chart.bars, svg.chart.stacks { max-width: 12cm; }
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
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"ctg\">\n<title>{}</title>\n<style>{STYLE}</style>\n\
         </head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n",
        e(&doc.title),
        e(&doc.title),
        e(&doc.subtitle),
    );
    let _ = write!(
        out,
        "<nav aria-label=\"{}\"><ol>",
        e(Label::Contents.text(doc.lang))
    );
    for section in &doc.sections {
        let _ = write!(
            out,
            "<li><a href=\"#{}\">{}</a></li>",
            section.id,
            e(&section.title)
        );
    }
    out.push_str("</ol></nav>\n</header>\n<main>\n");
    let _ = write!(
        out,
        "<section class=\"key\" aria-label=\"{}\"><ul>",
        e(Label::KeyFigures.text(doc.lang))
    );
    for (figure, label) in &doc.key_figures {
        let _ = write!(
            out,
            "<li><strong>{}</strong><span>{}</span></li>",
            e(figure),
            e(label)
        );
    }
    out.push_str("</ul></section>\n");
    for section in &doc.sections {
        let _ = write!(
            out,
            "<section id=\"{}\">\n<h2>{}</h2>\n",
            section.id,
            e(&section.title)
        );
        for block in &section.blocks {
            block_html(&mut out, block);
        }
        out.push_str("</section>\n");
    }
    let _ = write!(
        out,
        "</main>\n<footer><p>{}</p></footer>\n</body>\n</html>\n",
        e(&doc.footer)
    );
    out
}

fn block_html(out: &mut String, block: &Block) {
    match block {
        Block::Facts(facts) => {
            out.push_str("<dl class=\"facts\">");
            for (label, value) in facts {
                let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", e(label), e(value));
            }
            out.push_str("</dl>\n");
        }
        Block::Headline(text) => {
            let _ = writeln!(out, "<p class=\"headline\">{}</p>", e(text));
        }
        Block::Para(text) => {
            let _ = writeln!(out, "<p>{}</p>", e(text));
        }
        Block::Heading(text) => {
            let _ = writeln!(out, "<h3>{}</h3>", e(text));
        }
        Block::Table(table) => table_html(out, table),
        Block::Chart(chart) => chart_html(out, chart),
        Block::Group(blocks) => {
            out.push_str("<article class=\"commission\">\n");
            for block in blocks {
                block_html(out, block);
            }
            out.push_str("</article>\n");
        }
    }
}

fn table_html(out: &mut String, table: &Table) {
    out.push_str("<div class=\"table-wrap\"><table>\n<thead><tr>");
    for (label, numeric) in &table.head {
        let class = if *numeric { " class=\"num\"" } else { "" };
        let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", e(label));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str(if row.total {
            "<tr class=\"total\">"
        } else {
            "<tr>"
        });
        for cell in &row.cells {
            match cell {
                Cell::Text(text) => {
                    let _ = write!(out, "<td>{}</td>", e(text));
                }
                Cell::Num(text) => {
                    let _ = write!(out, "<td class=\"num\">{}</td>", e(text));
                }
                Cell::Lines(lines) if lines.is_empty() => out.push_str("<td></td>"),
                Cell::Lines(lines) if lines.len() == 1 => {
                    let _ = write!(out, "<td>{}</td>", e(&lines[0]));
                }
                Cell::Lines(lines) => {
                    out.push_str("<td><ul>");
                    for line in lines {
                        let _ = write!(out, "<li>{}</li>", e(line));
                    }
                    out.push_str("</ul></td>");
                }
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n");
}

fn chart_html(out: &mut String, chart: &Chart) {
    let svg = match &chart.kind {
        ChartKind::Targets(rows, legend) => svg::target_bars(&chart.labels, rows, legend),
        ChartKind::Steps(steps) => svg::step_chart(&chart.labels, steps),
        ChartKind::Stacks(categories, rows) => svg::stacked_bars(&chart.labels, categories, rows),
    };
    let _ = writeln!(out, "<figure class=\"keep\">{svg}</figure>");
}
