//! Inline SVG charts for the HTML report: bars by commune, the FTE over
//! time as a step chart, and stacked bars of actions by status.
//!
//! The charts know no language: the caller hands them every label already
//! worded and formatted, and they escape it. Each chart is `role="img"` with
//! a `<title>`, a `<desc>` and an `aria-label`, and writes its figures as
//! text on the drawing, so that a screen reader or a black-and-white print
//! still gives the numbers. Pixel positions are the only floating-point
//! arithmetic here; the figures themselves stay exact [`Fte`] amounts.

use std::fmt::Write;

use chrono::NaiveDate;

use ctg_core::domain::fte::Fte;
use ctg_core::i18n::text::escape_html;

/// The width the step chart is drawn at; it scales to the page (`viewBox`).
const WIDTH: f64 = 640.0;

/// The width bar charts are drawn at: narrower, so that their words stay
/// readable when the page shrinks to a phone's width.
const NARROW: f64 = 480.0;

/// The height of one line of legend.
const LEGEND_ROW: f64 = 22.0;

/// How a chart introduces itself to assistive technology.
#[derive(Debug, Clone)]
pub struct Labels {
    /// A unique id prefix within the page (`[a-z-]+`).
    pub id: &'static str,
    /// The chart's title.
    pub title: String,
    /// What it shows, with its numbers, in one or two sentences.
    pub desc: String,
}

/// How many characters of a row's label fit beside its figures; longer
/// labels are cut with an ellipsis (the table beside the chart has them whole).
const LABEL_CHARS: usize = 44;

/// `text` cut to `max` characters, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn px(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

fn open(out: &mut String, labels: &Labels, kind: &str, width: f64, height: f64) {
    let _ = write!(
        out,
        "<svg class=\"chart {kind}\" viewBox=\"0 0 {} {}\" \
         role=\"img\" aria-label=\"{}\" aria-describedby=\"{id}-desc\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        px(width),
        px(height),
        escape_html(&labels.title),
        escape_html(&labels.title),
        escape_html(&labels.desc),
        id = labels.id,
    );
}

/// One commune's bar: its FTE against its target, the baseline marked.
#[derive(Debug, Clone)]
pub struct TargetBar {
    /// The commune.
    pub label: String,
    /// The FTE on the date.
    pub value: Fte,
    /// Baseline plus planned increase.
    pub target: Fte,
    /// The baseline.
    pub baseline: Fte,
    /// The figures as text, shown at the bar's right (`2,1 / 2,1 ETP`).
    pub text: String,
}

/// Horizontal bars, one per commune: an outlined track as long as the
/// target, filled as far as the FTE, with a tick at the baseline.
pub fn target_bars(labels: &Labels, rows: &[TargetBar], names: &[String; 3]) -> String {
    const ROW: f64 = 58.0;
    let (legend, legend_height) = legend(
        &[
            ("bar-fte", names[0].as_str()),
            ("bar-target", names[1].as_str()),
            ("bar-baseline", names[2].as_str()),
        ],
        NARROW,
    );
    let top = legend_height + 12.0;
    let height = top + ROW * rows.len() as f64 + 6.0;
    let max = rows
        .iter()
        .flat_map(|r| [r.value, r.target, r.baseline])
        .max()
        .unwrap_or(Fte::ZERO)
        .max(Fte::from_hundredths(1));
    let scale = |f: Fte| (NARROW - 2.0) * f.hundredths() as f64 / max.hundredths() as f64;
    let mut out = String::new();
    open(&mut out, labels, "bars", NARROW, height);
    out.push_str(&legend);
    for (i, row) in rows.iter().enumerate() {
        let y = top + ROW * i as f64;
        let _ = write!(
            out,
            "<g class=\"bar-row\"><text class=\"bar-label\" x=\"1\" y=\"{}\">{}</text>\
             <text class=\"bar-value\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect class=\"bar-target\" x=\"1\" y=\"{}\" width=\"{}\" height=\"22\"/>\
             <rect class=\"bar-fte\" x=\"1\" y=\"{}\" width=\"{}\" height=\"22\"/>\
             <line class=\"bar-baseline\" x1=\"{bx}\" x2=\"{bx}\" y1=\"{}\" y2=\"{}\"/></g>",
            px(y + 14.0),
            escape_html(&clip(&row.label, LABEL_CHARS)),
            px(NARROW - 1.0),
            px(y + 14.0),
            escape_html(&row.text),
            px(y + 22.0),
            px(scale(row.target)),
            px(y + 22.0),
            px(scale(row.value)),
            px(y + 18.0),
            px(y + 48.0),
            bx = px(1.0 + scale(row.baseline)),
        );
    }
    out.push_str("</svg>");
    out
}

/// A legend of coloured squares and words, wrapped over as many lines as
/// the width needs; returns its SVG and its height.
fn legend(items: &[(&str, &str)], width: f64) -> (String, f64) {
    let mut out = String::from("<g class=\"legend\">");
    let (mut x, mut line) = (1.0, 0.0);
    for (class, text) in items {
        // Legend words are short; an estimate of their width is enough.
        let w = 19.0 + 7.2 * text.chars().count() as f64 + 22.0;
        if x + w > width && x > 1.0 {
            line += 1.0;
            x = 1.0;
        }
        let y = LEGEND_ROW * line;
        let _ = write!(
            out,
            "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"14\" height=\"14\"/>\
             <text x=\"{}\" y=\"{}\">{}</text>",
            px(x),
            px(y + 4.0),
            px(x + 19.0),
            px(y + 16.0),
            escape_html(text)
        );
        x += w;
    }
    out.push_str("</g>");
    (out, LEGEND_ROW * (line + 1.0))
}

/// The FTE over a period, as a step line, with the target and two marks.
pub struct StepChart {
    /// The first day drawn.
    pub start: NaiveDate,
    /// The last day drawn.
    pub end: NaiveDate,
    /// `(day, total from that day on)`, in order; the total before the
    /// first day is that of the last point before `start`, or zero.
    pub points: Vec<(NaiveDate, Fte)>,
    /// The target, drawn as a dashed line.
    pub target: Fte,
    /// The target's label (`cible 3,8`).
    pub target_text: String,
    /// The day the target was first reached, with its label.
    pub reached: Option<(NaiveDate, String)>,
    /// The date of the figures, with its label.
    pub date: Option<(NaiveDate, String)>,
    /// The label of each point where the total changes (`3,3`).
    pub value_text: Box<dyn Fn(Fte) -> String>,
    /// The label of each year on the axis.
    pub years: Vec<(NaiveDate, String)>,
}

/// A step chart of the FTE over the convention.
pub fn step_chart(labels: &Labels, chart: &StepChart) -> String {
    const HEIGHT: f64 = 300.0;
    const LEFT: f64 = 36.0;
    const RIGHT: f64 = 14.0;
    const TOP: f64 = 26.0;
    const BOTTOM: f64 = 34.0;
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let days = (chart.end - chart.start).num_days().max(1) as f64;
    let x = |d: NaiveDate| {
        let offset = (d - chart.start).num_days().clamp(0, days as i64) as f64;
        LEFT + plot_w * offset / days
    };
    let top_value = chart
        .points
        .iter()
        .map(|(_, f)| *f)
        .chain([chart.target])
        .max()
        .unwrap_or(Fte::ZERO);
    // Whole FTE on the axis, one above the highest figure.
    let units = top_value.hundredths().div_euclid(100) + 1;
    let max = units as f64 * 100.0;
    let y = |f: Fte| TOP + plot_h * (1.0 - f.hundredths() as f64 / max);

    let mut out = String::new();
    open(&mut out, labels, "steps", WIDTH, HEIGHT);
    out.push_str("<g class=\"axis\">");
    for unit in 0..=units {
        let f = Fte::from_hundredths(unit * 100);
        let _ = write!(
            out,
            "<line class=\"grid\" x1=\"{}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\"/>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            px(LEFT),
            px(WIDTH - RIGHT),
            px(LEFT - 6.0),
            px(y(f) + 4.0),
            escape_html(&(chart.value_text)(f)),
            y = px(y(f)),
        );
    }
    for (day, text) in &chart.years {
        let _ = write!(
            out,
            "<line class=\"tick\" x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\"/>\
             <text x=\"{x}\" y=\"{}\" text-anchor=\"start\">{}</text>",
            px(HEIGHT - BOTTOM),
            px(HEIGHT - BOTTOM + 6.0),
            px(HEIGHT - BOTTOM + 20.0),
            escape_html(text),
            x = px(x(*day) + 2.0),
        );
    }
    out.push_str("</g>");

    // The target line, labelled at its right end, above the line.
    let _ = write!(
        out,
        "<line class=\"target\" x1=\"{}\" x2=\"{}\" y1=\"{ty}\" y2=\"{ty}\"/>\
         <text class=\"target-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        px(LEFT),
        px(WIDTH - RIGHT),
        px(WIDTH - RIGHT),
        px(y(chart.target) - 6.0),
        escape_html(&chart.target_text),
        ty = px(y(chart.target)),
    );

    // The step line: the total before the period, then each change in it.
    let before = chart
        .points
        .iter()
        .take_while(|(d, _)| *d <= chart.start)
        .last()
        .map_or(Fte::ZERO, |(_, f)| *f);
    let mut path = format!("M{} {}", px(x(chart.start)), px(y(before)));
    let mut marks = String::new();
    let mut last = before;
    for (day, total) in chart
        .points
        .iter()
        .filter(|(d, _)| *d > chart.start && *d <= chart.end)
    {
        let _ = write!(path, " H{} V{}", px(x(*day)), px(y(*total)));
        if *total != last {
            let _ = write!(
                marks,
                "<text class=\"step-label\" x=\"{}\" y=\"{}\">{}</text>",
                px(x(*day) + 8.0),
                px(y(*total) + if *total > last { 16.0 } else { -6.0 }),
                escape_html(&(chart.value_text)(*total))
            );
        }
        last = *total;
    }
    let _ = write!(path, " H{}", px(x(chart.end)));
    let _ = write!(
        out,
        "<text class=\"step-label\" x=\"{}\" y=\"{}\">{}</text>{marks}<path class=\"step\" d=\"{path}\"/>",
        px(x(chart.start) + 4.0),
        px(y(before) + 16.0),
        escape_html(&(chart.value_text)(before)),
    );

    if let Some((day, text)) = &chart.date {
        let _ = write!(
            out,
            "<line class=\"today\" x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\"/>\
             <text class=\"today-label\" x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>",
            px(TOP - 10.0),
            px(HEIGHT - BOTTOM),
            px(x(*day) + if x(*day) > WIDTH / 2.0 { -4.0 } else { 4.0 }),
            px(TOP - 12.0 + 10.0),
            if x(*day) > WIDTH / 2.0 {
                "end"
            } else {
                "start"
            },
            escape_html(text),
            x = px(x(*day)),
        );
    }
    if let Some((day, text)) = &chart.reached
        && *day <= chart.end
    {
        let (cx, cy) = (x(*day), y(chart.target));
        let _ = write!(
            out,
            "<circle class=\"reached\" cx=\"{}\" cy=\"{}\" r=\"6\"/>\
             <text class=\"reached-label\" x=\"{}\" y=\"{}\">{}</text>",
            px(cx),
            px(cy),
            px(cx + 9.0),
            px(cy + 32.0),
            escape_html(text),
        );
    }
    out.push_str("</svg>");
    out
}

/// A category of a stacked bar: its legend and its CSS class.
#[derive(Debug, Clone)]
pub struct Category {
    /// The legend (`terminée`).
    pub name: String,
    /// The CSS class that colours it (`s-done`).
    pub class: &'static str,
}

/// One stacked bar: a label and one count per category.
#[derive(Debug, Clone)]
pub struct Stack {
    /// The bar's label.
    pub label: String,
    /// The total as text, shown at the bar's right.
    pub total_text: String,
    /// One count per category, in the categories' order.
    pub counts: Vec<usize>,
}

/// Horizontal stacked bars on one scale (the largest total), each segment
/// carrying its count, under a legend of the categories.
pub fn stacked_bars(labels: &Labels, categories: &[Category], rows: &[Stack]) -> String {
    const ROW: f64 = 52.0;
    let items: Vec<(&str, &str)> = categories
        .iter()
        .map(|c| (c.class, c.name.as_str()))
        .collect();
    let (legend, legend_height) = legend(&items, NARROW);
    let top = legend_height + 10.0;
    let height = top + ROW * rows.len() as f64;
    let max = rows
        .iter()
        .map(|r| r.counts.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut out = String::new();
    open(&mut out, labels, "stacks", NARROW, height);
    out.push_str(&legend);
    for (i, row) in rows.iter().enumerate() {
        let y = top + ROW * i as f64;
        let _ = write!(
            out,
            "<g class=\"stack\"><text class=\"bar-label\" x=\"1\" y=\"{}\">{}</text>\
             <text class=\"bar-value\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            px(y + 12.0),
            escape_html(&clip(&row.label, LABEL_CHARS)),
            px(NARROW - 1.0),
            px(y + 12.0),
            escape_html(&row.total_text),
        );
        let mut x = 1.0;
        for (category, count) in categories.iter().zip(&row.counts) {
            if *count == 0 {
                continue;
            }
            let w = (NARROW - 2.0) * *count as f64 / max as f64;
            let _ = write!(
                out,
                "<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"24\"/>",
                category.class,
                px(x),
                px(y + 18.0),
                px(w),
            );
            if w >= 16.0 {
                let _ = write!(
                    out,
                    "<text class=\"seg {}\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{count}</text>",
                    category.class,
                    px(x + w / 2.0),
                    px(y + 35.0),
                );
            }
            x += w;
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Labels {
        Labels {
            id: "t",
            title: "<script>alert(1)</script>".into(),
            desc: "a & b".into(),
        }
    }

    #[test]
    fn charts_escape_their_text_and_describe_themselves() {
        let svg = stacked_bars(
            &labels(),
            &[Category {
                name: "<b>".into(),
                class: "s-done",
            }],
            &[Stack {
                label: "\"x\"".into(),
                total_text: "3".into(),
                counts: vec![3],
            }],
        );
        assert!(!svg.contains("<script"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<title id=\"t-title\">&lt;script&gt;"));
        assert!(svg.contains("<desc id=\"t-desc\">a &amp; b</desc>"));
        assert!(svg.contains(">3</text>"));
    }

    #[test]
    fn long_labels_are_cut() {
        assert_eq!(clip("Istres", 10), "Istres");
        assert_eq!(clip("Port-Saint-Louis-du-Rhône", 10), "Port-Sain…");
    }

    #[test]
    fn pixels_print_short() {
        assert_eq!(px(12.0), "12");
        assert_eq!(px(12.04), "12");
        assert_eq!(px(12.25), "12.3");
    }
}
