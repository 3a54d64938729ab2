//! Inline SVG charts for the HTML report: bars by commune, the FTE over
//! time as a step chart, stacked bars of actions by status, and one small
//! chart per indicator (its measures against the expected path).
//!
//! The charts know no language: the caller hands them every label already
//! worded and formatted, and each goes in as [`Plain`], escaped. Each chart is
//! `role="img"` with a `<title>`, a `<desc>` and an `aria-label`, and writes
//! its figures as text on the drawing, so that a screen reader or a
//! black-and-white print still gives the numbers. Pixel positions are the
//! only floating-point arithmetic here; the figures themselves stay exact
//! [`Fte`] amounts.
//!
//! The SVG sits inside HTML, where an SVG element written `<rect>` with no
//! `/>` would hold what follows it: so every empty element here is written
//! with a body, `rect … {}`, which maud closes (`<rect …></rect>`).

use chrono::{Datelike, NaiveDate};
use maud::{Markup, html};

use crate::render::report_html::Plain;
use ctg_core::domain::fte::Fte;

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
    /// A unique id prefix within the page (`[a-z0-9-]+`).
    pub id: String,
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

/// The chart's frame: its size, and how it names itself to assistive
/// technology (the title both as `aria-label` and as `<title>`).
fn framed(labels: &Labels, kind: &str, width: f64, height: f64, drawing: Markup) -> Markup {
    let id = &labels.id;
    html! {
        svg class={ "chart " (kind) } viewBox={ "0 0 " (px(width)) " " (px(height)) }
            role="img" aria-label=(Plain(&labels.title)) aria-describedby={ (id) "-desc" } {
            title id={ (id) "-title" } { (Plain(&labels.title)) }
            desc id={ (id) "-desc" } { (Plain(&labels.desc)) }
            (drawing)
        }
    }
}

/// One commune's bar: its FTE against its target, the baseline marked.
#[derive(Debug, Clone)]
pub struct TargetBar {
    /// The commune.
    pub label: String,
    /// The FTE on the date.
    pub value: Fte,
    /// Baseline plus planned increase, when the plan gives the commune a
    /// baseline (else no track is drawn).
    pub target: Option<Fte>,
    /// The baseline, when the plan gives it (else no tick).
    pub baseline: Option<Fte>,
    /// The figures as text, shown at the bar's right (`2,1 / 2,1 ETP`).
    pub text: String,
}

/// Horizontal bars, one per commune: an outlined track as long as the
/// target, filled as far as the FTE, with a tick at the baseline.
pub fn target_bars(labels: &Labels, rows: &[TargetBar], names: &[String; 3]) -> Markup {
    const ROW: f64 = 58.0;
    // A mark the bars do not draw (no commune has a target) has no legend.
    let items: Vec<(&str, &str)> = [
        ("bar-fte", names[0].as_str(), true),
        (
            "bar-target",
            names[1].as_str(),
            rows.iter().any(|r| r.target.is_some()),
        ),
        (
            "bar-baseline",
            names[2].as_str(),
            rows.iter().any(|r| r.baseline.is_some()),
        ),
    ]
    .into_iter()
    .filter(|(_, _, drawn)| *drawn)
    .map(|(class, name, _)| (class, name))
    .collect();
    let (legend, legend_height) = legend(&items, NARROW);
    let top = legend_height + 12.0;
    let height = top + ROW * rows.len() as f64 + 6.0;
    let max = rows
        .iter()
        .flat_map(|r| [Some(r.value), r.target, r.baseline])
        .flatten()
        .max()
        .unwrap_or(Fte::ZERO)
        .max(Fte::from_hundredths(1));
    let scale = |f: Fte| (NARROW - 2.0) * f.hundredths() as f64 / max.hundredths() as f64;
    let drawing = html! {
        (legend)
        @for (i, row) in rows.iter().enumerate() {
            @let y = top + ROW * i as f64;
            g.bar-row {
                text.bar-label x="1" y=(px(y + 14.0)) { (Plain(&clip(&row.label, LABEL_CHARS))) }
                text.bar-value x=(px(NARROW - 1.0)) y=(px(y + 14.0)) text-anchor="end" {
                    (Plain(&row.text))
                }
                @if let Some(target) = row.target {
                    rect.bar-target x="1" y=(px(y + 22.0)) width=(px(scale(target))) height="22" {}
                }
                rect.bar-fte x="1" y=(px(y + 22.0)) width=(px(scale(row.value))) height="22" {}
                @if let Some(baseline) = row.baseline {
                    @let bx = px(1.0 + scale(baseline));
                    line.bar-baseline x1=(bx) x2=(bx) y1=(px(y + 18.0)) y2=(px(y + 48.0)) {}
                }
            }
        }
    };
    framed(labels, "bars", NARROW, height, drawing)
}

/// A legend of coloured squares and words, wrapped over as many lines as
/// the width needs; returns its SVG and its height.
fn legend(items: &[(&str, &str)], width: f64) -> (Markup, f64) {
    // Where each item goes: `(class, text, x, y)`.
    let mut placed = Vec::with_capacity(items.len());
    let (mut x, mut line) = (1.0, 0.0);
    for &(class, text) in items {
        // Legend words are short; an estimate of their width is enough.
        let w = 19.0 + 7.2 * text.chars().count() as f64 + 22.0;
        if x + w > width && x > 1.0 {
            line += 1.0;
            x = 1.0;
        }
        placed.push((class, text, x, LEGEND_ROW * line));
        x += w;
    }
    let legend = html! {
        g.legend {
            @for (class, text, x, y) in placed {
                rect class=(class) x=(px(x)) y=(px(y + 4.0)) width="14" height="14" {}
                text x=(px(x + 19.0)) y=(px(y + 16.0)) { (Plain(text)) }
            }
        }
    };
    (legend, LEGEND_ROW * (line + 1.0))
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

/// Where days and FTE fall on the step chart.
struct StepPlot {
    /// The first day drawn.
    start: NaiveDate,
    /// How many days the period spans (at least one).
    days: f64,
    /// How many whole FTE the vertical axis counts.
    units: i64,
}

impl StepPlot {
    const HEIGHT: f64 = 300.0;
    const LEFT: f64 = 36.0;
    const RIGHT: f64 = 14.0;
    const TOP: f64 = 26.0;
    const BOTTOM: f64 = 34.0;

    fn new(chart: &StepChart) -> StepPlot {
        let top_value = chart
            .points
            .iter()
            .map(|(_, f)| *f)
            .chain([chart.target])
            .max()
            .unwrap_or(Fte::ZERO);
        StepPlot {
            start: chart.start,
            days: (chart.end - chart.start).num_days().max(1) as f64,
            // Whole FTE on the axis, one above the highest figure.
            units: top_value.hundredths().div_euclid(100) + 1,
        }
    }

    /// The horizontal position of a day (days outside the period at its edges).
    fn x(&self, day: NaiveDate) -> f64 {
        let plot_w = WIDTH - Self::LEFT - Self::RIGHT;
        let offset = (day - self.start).num_days().clamp(0, self.days as i64) as f64;
        Self::LEFT + plot_w * offset / self.days
    }

    /// The vertical position of an FTE amount.
    fn y(&self, fte: Fte) -> f64 {
        let plot_h = Self::HEIGHT - Self::TOP - Self::BOTTOM;
        let max = self.units as f64 * 100.0;
        Self::TOP + plot_h * (1.0 - fte.hundredths() as f64 / max)
    }
}

/// A step chart of the FTE over the convention.
pub fn step_chart(labels: &Labels, chart: &StepChart) -> Markup {
    let plot = StepPlot::new(chart);
    let drawing = html! {
        (step_axes(&plot, chart))
        (target_line(&plot, chart))
        (step_line(&plot, chart))
        (date_mark(&plot, chart))
        (reached_mark(&plot, chart))
    };
    framed(labels, "steps", WIDTH, StepPlot::HEIGHT, drawing)
}

/// A grid line and a label at each whole FTE, a tick and a label at each year.
fn step_axes(plot: &StepPlot, chart: &StepChart) -> Markup {
    let (left, right) = (StepPlot::LEFT, WIDTH - StepPlot::RIGHT);
    let bottom = StepPlot::HEIGHT - StepPlot::BOTTOM;
    html! {
        g.axis {
            @for unit in 0..=plot.units {
                @let f = Fte::from_hundredths(unit * 100);
                @let y = px(plot.y(f));
                line.grid x1=(px(left)) x2=(px(right)) y1=(y) y2=(y) {}
                text x=(px(left - 6.0)) y=(px(plot.y(f) + 4.0)) text-anchor="end" {
                    (Plain(&(chart.value_text)(f)))
                }
            }
            @for (day, text) in &chart.years {
                @let x = px(plot.x(*day) + 2.0);
                line.tick x1=(x) x2=(x) y1=(px(bottom)) y2=(px(bottom + 6.0)) {}
                text x=(x) y=(px(bottom + 20.0)) text-anchor="start" { (Plain(text)) }
            }
        }
    }
}

/// The target as a dashed line, labelled at its right end, above the line.
fn target_line(plot: &StepPlot, chart: &StepChart) -> Markup {
    let (left, right) = (StepPlot::LEFT, WIDTH - StepPlot::RIGHT);
    let ty = px(plot.y(chart.target));
    html! {
        line.target x1=(px(left)) x2=(px(right)) y1=(ty) y2=(ty) {}
        text.target-label x=(px(right)) y=(px(plot.y(chart.target) - 6.0)) text-anchor="end" {
            (Plain(&chart.target_text))
        }
    }
}

/// The total on the first day: that of the last point up to it, or zero.
fn total_before(chart: &StepChart) -> Fte {
    chart
        .points
        .iter()
        .take_while(|(d, _)| *d <= chart.start)
        .last()
        .map_or(Fte::ZERO, |(_, f)| *f)
}

/// The step line: the total on the first day, labelled, then each change
/// within the period, labelled with the new total where it differs (below
/// the line when it rises, above when it falls).
fn step_line(plot: &StepPlot, chart: &StepChart) -> Markup {
    let before = total_before(chart);
    let changes: Vec<(NaiveDate, Fte)> = chart
        .points
        .iter()
        .filter(|(d, _)| *d > chart.start && *d <= chart.end)
        .copied()
        .collect();
    let previous = std::iter::once(before).chain(changes.iter().map(|(_, total)| *total));
    html! {
        text.step-label x=(px(plot.x(chart.start) + 4.0)) y=(px(plot.y(before) + 16.0)) {
            (Plain(&(chart.value_text)(before)))
        }
        @for ((day, total), last) in changes.iter().zip(previous) {
            @if *total != last {
                @let shift = if *total > last { 16.0 } else { -6.0 };
                text.step-label x=(px(plot.x(*day) + 8.0)) y=(px(plot.y(*total) + shift)) {
                    (Plain(&(chart.value_text)(*total)))
                }
            }
        }
        path.step d=(step_path(plot, chart, before, &changes)) {}
    }
}

/// The step line's path: from the first day at `before`, across to each
/// change and up or down to its total, then across to the last day.
fn step_path(
    plot: &StepPlot,
    chart: &StepChart,
    before: Fte,
    changes: &[(NaiveDate, Fte)],
) -> String {
    let mut path = format!("M{} {}", px(plot.x(chart.start)), px(plot.y(before)));
    for (day, total) in changes {
        path.push_str(&format!(" H{} V{}", px(plot.x(*day)), px(plot.y(*total))));
    }
    path.push_str(&format!(" H{}", px(plot.x(chart.end))));
    path
}

/// The date of the figures: a dotted vertical line, labelled on the side
/// with more room.
fn date_mark(plot: &StepPlot, chart: &StepChart) -> Markup {
    let Some((day, text)) = &chart.date else {
        return html! {};
    };
    let x = plot.x(*day);
    let (dx, anchor) = if x > WIDTH / 2.0 {
        (-4.0, "end")
    } else {
        (4.0, "start")
    };
    html! {
        line.today x1=(px(x)) x2=(px(x)) y1=(px(StepPlot::TOP - 10.0))
            y2=(px(StepPlot::HEIGHT - StepPlot::BOTTOM)) {}
        text.today-label x=(px(x + dx)) y=(px(StepPlot::TOP - 12.0 + 10.0)) text-anchor=(anchor) {
            (Plain(text))
        }
    }
}

/// The day the target was first reached, as a ring on the target line,
/// if it falls within the period.
fn reached_mark(plot: &StepPlot, chart: &StepChart) -> Markup {
    let Some((day, text)) = chart.reached.as_ref().filter(|(day, _)| *day <= chart.end) else {
        return html! {};
    };
    let (cx, cy) = (plot.x(*day), plot.y(chart.target));
    html! {
        circle.reached cx=(px(cx)) cy=(px(cy)) r="6" {}
        text.reached-label x=(px(cx + 9.0)) y=(px(cy + 32.0)) { (Plain(text)) }
    }
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
pub fn stacked_bars(labels: &Labels, categories: &[Category], rows: &[Stack]) -> Markup {
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
    let drawing = html! {
        (legend)
        @for (i, row) in rows.iter().enumerate() {
            @let y = top + ROW * i as f64;
            g.stack {
                text.bar-label x="1" y=(px(y + 12.0)) { (Plain(&clip(&row.label, LABEL_CHARS))) }
                text.bar-value x=(px(NARROW - 1.0)) y=(px(y + 12.0)) text-anchor="end" {
                    (Plain(&row.total_text))
                }
                @for (class, count, x, w) in segments(categories, &row.counts, max) {
                    rect class=(class) x=(px(x)) y=(px(y + 18.0)) width=(px(w)) height="24" {}
                    // A count is written only where its segment has room for it.
                    @if w >= 16.0 {
                        text class={ "seg " (class) } x=(px(x + w / 2.0)) y=(px(y + 35.0))
                            text-anchor="middle" { (count) }
                    }
                }
            }
        }
    };
    framed(labels, "stacks", NARROW, height, drawing)
}

/// The segments of one stacked bar, left to right, on a scale where `max`
/// fills the width: `(class, count, x, width)`; empty categories have none.
fn segments<'c>(
    categories: &'c [Category],
    counts: &[usize],
    max: usize,
) -> Vec<(&'c str, usize, f64, f64)> {
    let mut x = 1.0;
    let mut out = Vec::new();
    for (category, &count) in categories.iter().zip(counts) {
        if count == 0 {
            continue;
        }
        let w = (NARROW - 2.0) * count as f64 / max as f64;
        out.push((category.class, count, x, w));
        x += w;
    }
    out
}

/// One indicator: its measures from the baseline, the expected path to
/// the target, the target and the date of the evaluation. Values are
/// floats here for drawing only: every figure written on the chart comes
/// worded and exact from the caller.
#[derive(Debug, Clone)]
pub struct IndicatorChart {
    /// The baseline: its day and value.
    pub baseline: (NaiveDate, f64),
    /// The target: its day and value (never the baseline's value).
    pub target: (NaiveDate, f64),
    /// The measures up to the date, by date.
    pub measures: Vec<(NaiveDate, f64)>,
    /// The date of the evaluation, drawn as a vertical rule.
    pub date: NaiveDate,
    /// The baseline's value as text (`0 familles`).
    pub baseline_text: String,
    /// The target's value as text.
    pub target_text: String,
    /// The latest measure's value as text, if there is one.
    pub latest_text: Option<String>,
    /// The label of the date's rule (`28/11/2026`).
    pub date_text: String,
    /// The legend: the measures, the expected path, the target.
    pub legend: [String; 3],
}

/// The width an indicator's chart is drawn at: small, so that two sit
/// side by side with their tables on a wide page and its words stay
/// readable on a phone.
const SMALL: f64 = 360.0;

/// How many characters of a value's text an indicator chart writes.
const VALUE_CHARS: usize = 22;

/// Where days and values fall on an indicator's chart.
struct IndicatorPlot {
    /// The first day drawn.
    start: NaiveDate,
    /// How many days are drawn (at least one).
    days: f64,
    /// The lowest and highest values drawn, with room for labels.
    low: f64,
    high: f64,
    /// The plot's top, under the legend.
    top: f64,
}

impl IndicatorPlot {
    const LEFT: f64 = 8.0;
    const RIGHT: f64 = 10.0;
    const HEIGHT: f64 = 140.0;
    const BOTTOM: f64 = 24.0;

    fn new(chart: &IndicatorChart, top: f64) -> IndicatorPlot {
        let days = chart.measures.iter().map(|(d, _)| *d).chain([
            chart.baseline.0,
            chart.target.0,
            chart.date,
        ]);
        let start = days.clone().min().unwrap_or(chart.date);
        let end = days.max().unwrap_or(chart.date);
        let values = chart
            .measures
            .iter()
            .map(|(_, v)| *v)
            .chain([chart.baseline.1, chart.target.1]);
        let low = values.clone().fold(f64::INFINITY, f64::min);
        let high = values.fold(f64::NEG_INFINITY, f64::max);
        let span = if high > low { high - low } else { 1.0 };
        // A quarter of the span above and below: room for the labels.
        IndicatorPlot {
            start,
            days: (end - start).num_days().max(1) as f64,
            low: low - span / 4.0,
            high: high + span / 4.0,
            top,
        }
    }

    fn x(&self, day: NaiveDate) -> f64 {
        let plot_w = SMALL - Self::LEFT - Self::RIGHT;
        Self::LEFT + plot_w * (day - self.start).num_days() as f64 / self.days
    }

    fn y(&self, value: f64) -> f64 {
        self.top + Self::HEIGHT * (self.high - value) / (self.high - self.low)
    }

    fn bottom(&self) -> f64 {
        self.top + Self::HEIGHT
    }
}

/// Where a text of `chars` characters goes so that it stays within the
/// chart: from `x` on if it fits, else ending at `x`, else against the
/// nearer edge. Returns its `x` and `text-anchor`.
fn within(x: f64, chars: usize) -> (f64, &'static str) {
    // 13 px text; an estimate of its width is enough to keep it inside.
    let w = 7.4 * chars as f64;
    if x + w <= SMALL - 2.0 {
        (x, "start")
    } else if x - w >= 2.0 {
        (x, "end")
    } else {
        (SMALL - 2.0, "end")
    }
}

/// A label placed on the chart: its text, position and anchor.
struct Placed {
    text: String,
    x: f64,
    y: f64,
    anchor: &'static str,
}

impl Placed {
    /// A label of `text` at `x` (kept within the chart), baseline `y`.
    fn new(text: &str, x: f64, y: f64) -> Placed {
        let text = clip(text, VALUE_CHARS);
        let (x, anchor) = within(x, text.chars().count());
        Placed { text, x, y, anchor }
    }

    /// A label ending at `x`, if it fits there, else placed as [`Placed::new`].
    fn ending(text: &str, x: f64, y: f64) -> Placed {
        let text = clip(text, VALUE_CHARS);
        if x - 7.4 * text.chars().count() as f64 >= 2.0 {
            Placed {
                text,
                x,
                y,
                anchor: "end",
            }
        } else {
            Placed::new(&text, x, y)
        }
    }

    /// The box it covers, estimated: `(left, top, right, bottom)`.
    fn bounds(&self) -> (f64, f64, f64, f64) {
        let w = 7.4 * self.text.chars().count() as f64;
        let left = if self.anchor == "end" {
            self.x - w
        } else {
            self.x
        };
        (left, self.y - 11.0, left + w, self.y + 3.0)
    }

    fn overlaps(&self, other: (f64, f64, f64, f64)) -> bool {
        let a = self.bounds();
        a.0 < other.2 && other.0 < a.2 && a.1 < other.3 && other.1 < a.3
    }

    fn markup(&self, class: &str) -> Markup {
        html! {
            text class=(class) x=(px(self.x)) y=(px(self.y)) text-anchor=(self.anchor) {
                (Plain(&self.text))
            }
        }
    }
}

/// One indicator's chart: the measures as a line from the baseline, the
/// expected path dashed from the baseline to the target, the target as a
/// diamond on its day, and the date of the evaluation as a dotted rule;
/// the baseline, the latest measure and the target written by their points.
pub fn indicator_chart(labels: &Labels, chart: &IndicatorChart) -> Markup {
    let [measures, expected, target] = &chart.legend;
    let (legend, legend_height) = legend(
        &[
            ("measure", measures.as_str()),
            ("expected", expected.as_str()),
            ("target-mark", target.as_str()),
        ],
        SMALL,
    );
    // Room for the date's label above the plot.
    let plot = IndicatorPlot::new(chart, legend_height + 22.0);
    let height = plot.bottom() + IndicatorPlot::BOTTOM;
    let rising = chart.target.1 > chart.baseline.1;
    let (bx, by) = (plot.x(chart.baseline.0), plot.y(chart.baseline.1));
    let (tx, ty) = (plot.x(chart.target.0), plot.y(chart.target.1));
    let value_labels = indicator_labels(&plot, chart, rising);
    let mut line = format!("M{} {}", px(bx), px(by));
    for (day, value) in &chart.measures {
        line.push_str(&format!(" L{} {}", px(plot.x(*day)), px(plot.y(*value))));
    }
    let drawing = html! {
        (legend)
        (indicator_axis(&plot, chart))
        path.expected d={ "M" (px(bx)) " " (px(by)) " L" (px(tx)) " " (px(ty)) } {}
        (indicator_date(&plot, chart))
        path.measures d=(line) {}
        circle.baseline-dot cx=(px(bx)) cy=(px(by)) r="4" {}
        @for (day, value) in &chart.measures {
            circle.measure cx=(px(plot.x(*day))) cy=(px(plot.y(*value))) r="3.5" {}
        }
        path.target-mark d={
            "M" (px(tx)) " " (px(ty - 7.0)) " L" (px(tx + 7.0)) " " (px(ty))
            " L" (px(tx)) " " (px(ty + 7.0)) " L" (px(tx - 7.0)) " " (px(ty)) " Z"
        } {}
        @for (class, label) in &value_labels {
            (label.markup(class))
        }
    };
    framed(labels, "indicator", SMALL, height, drawing)
}

/// A line drawn on a chart, from one point to another, and how much
/// covering it costs a label.
type Segment = ((f64, f64), (f64, f64), usize);

/// The values written by their points: the baseline's away from the
/// target, the target's beyond its diamond, and the latest measure's
/// beside its point, on whichever side covers neither of the others nor
/// the diamond.
fn indicator_labels(
    plot: &IndicatorPlot,
    chart: &IndicatorChart,
    rising: bool,
) -> Vec<(&'static str, Placed)> {
    let (bx, by) = (plot.x(chart.baseline.0), plot.y(chart.baseline.1));
    let (tx, ty) = (plot.x(chart.target.0), plot.y(chart.target.1));
    let away = |y: f64, up: bool| if up { y - 10.0 } else { y + 20.0 };
    // The lines drawn: the measures from the baseline, the expected path.
    let mut points = vec![(bx, by)];
    points.extend(chart.measures.iter().map(|(d, v)| (plot.x(*d), plot.y(*v))));
    // How much of the lines a label would cover: points every 2 px along
    // them, the measures' counting twice the expected path's.
    let mut segments: Vec<Segment> = points.windows(2).map(|w| (w[0], w[1], 2)).collect();
    segments.push(((bx, by), (tx, ty), 1));
    let covers = |p: &Placed| -> usize {
        segments
            .iter()
            .map(|(a, b, weight)| {
                let steps = ((b.0 - a.0).hypot(b.1 - a.1) / 2.0).ceil().max(1.0) as usize;
                let inside = (0..=steps)
                    .filter(|i| {
                        let t = *i as f64 / steps as f64;
                        let (x, y) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
                        p.overlaps((x, y, x, y))
                    })
                    .count();
                inside * weight
            })
            .sum()
    };
    // The first of `candidates` that covers least.
    let best = |candidates: Vec<Placed>, cost: &dyn Fn(&Placed) -> usize| {
        let mut best: Option<(usize, Placed)> = None;
        for candidate in candidates {
            let c = cost(&candidate);
            if best.as_ref().is_none_or(|(b, _)| c < *b) {
                best = Some((c, candidate));
            }
        }
        best.map(|(_, p)| p)
    };
    let baseline = Placed::new(&chart.baseline_text, bx + 2.0, away(by, !rising));
    let diamond = (tx - 7.0, ty - 7.0, tx + 7.0, ty + 7.0);
    // A label on another costs more than any line.
    let on = |p: &Placed, other: (f64, f64, f64, f64)| usize::from(p.overlaps(other)) * 10_000;
    // Beyond the diamond, else beside it, else on the other side, else
    // further up or down.
    let target = best(
        vec![
            Placed::ending(&chart.target_text, tx + 7.0, away(ty, rising)),
            Placed::new(&chart.target_text, tx + 11.0, ty + 4.0),
            Placed::ending(&chart.target_text, tx + 7.0, away(ty, !rising)),
            Placed::ending(&chart.target_text, tx + 7.0, away(ty, rising) - 14.0),
            Placed::ending(&chart.target_text, tx + 7.0, away(ty, !rising) + 14.0),
        ],
        &|p| covers(p) + on(p, baseline.bounds()) + on(p, diamond),
    )
    .unwrap_or_else(|| Placed::ending(&chart.target_text, tx + 7.0, away(ty, rising)));
    let mut labels = Vec::with_capacity(3);
    if let (Some(text), Some((day, value))) = (&chart.latest_text, chart.measures.last()) {
        let (x, y) = (plot.x(*day), plot.y(*value));
        let candidates = vec![
            Placed::new(text, x + 8.0, y + 4.0),
            Placed::ending(text, x - 8.0, y + 4.0),
            Placed::new(text, x - 4.0, away(y, !rising)),
            Placed::new(text, x - 4.0, away(y, rising)),
        ];
        let cost = |p: &Placed| {
            covers(p) + on(p, target.bounds()) + on(p, baseline.bounds()) + on(p, diamond)
        };
        if let Some(latest) = best(candidates, &cost) {
            labels.push(("value-label latest", latest));
        }
    }
    labels.push(("value-label", baseline));
    labels.push(("target-label", target));
    labels
}

/// The time axis: a line under the plot, and each year's first day
/// ticked and labelled where there is room.
fn indicator_axis(plot: &IndicatorPlot, chart: &IndicatorChart) -> Markup {
    let bottom = plot.bottom();
    let last = chart
        .measures
        .iter()
        .map(|(d, _)| *d)
        .chain([chart.baseline.0, chart.target.0, chart.date])
        .max()
        .unwrap_or(chart.date);
    let years: Vec<(f64, i32)> = (plot.start.year() + 1..=last.year())
        .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1).map(|d| (plot.x(d), y)))
        .filter(|(x, _)| *x + 34.0 <= SMALL)
        .collect();
    html! {
        g.axis {
            line.grid x1=(px(IndicatorPlot::LEFT)) x2=(px(SMALL - IndicatorPlot::RIGHT))
                y1=(px(bottom)) y2=(px(bottom)) {}
            @for (x, year) in years {
                line.tick x1=(px(x)) x2=(px(x)) y1=(px(bottom)) y2=(px(bottom + 5.0)) {}
                text x=(px(x + 2.0)) y=(px(bottom + 18.0)) text-anchor="start" { (year) }
            }
        }
    }
}

/// The date of the evaluation: a dotted rule across the plot, labelled
/// above it.
fn indicator_date(plot: &IndicatorPlot, chart: &IndicatorChart) -> Markup {
    let x = plot.x(chart.date);
    let text = clip(&chart.date_text, VALUE_CHARS);
    // On the side with more room, as on the step chart: half the width
    // holds any text clipped to `VALUE_CHARS`.
    let (lx, anchor) = if x > SMALL / 2.0 {
        (x - 4.0, "end")
    } else {
        (x + 4.0, "start")
    };
    html! {
        line.today x1=(px(x)) x2=(px(x)) y1=(px(plot.top - 14.0)) y2=(px(plot.bottom())) {}
        text.today-label x=(px(lx)) y=(px(plot.top - 6.0)) text-anchor=(anchor) { (Plain(&text)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Labels {
        Labels {
            id: "t".into(),
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
        )
        .into_string();
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
