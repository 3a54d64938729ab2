//! `ctg fte` as a table, CSV or JSON.

use crate::render::Listing;
use crate::render::fit::fill;
use crate::render::table::{Csv, Grid, cell, fixed, signed_fixed};
use crate::render::xlsx::{Sheet, Value};
use crate::wording::labels::{self, Label};
use crate::wording::xlsx::Tab;
use ctg_core::Fte;
use ctg_core::answers::fte::{CommuneLine, FteAnswer, FteByOfficer, FteHistory};
use ctg_core::domain::fte::SayFte;
use ctg_core::i18n::{Lang, date};

/// The headline: `3.6 of 3.8 FTE cofunded by the Caf (94%) on 2026-11-28: 0.2 to go`.
pub fn headline(answer: &FteAnswer, lang: Lang) -> String {
    labels::fte_headline(
        answer.total,
        answer.target,
        answer.percent(),
        answer.date,
        lang,
    )
}

/// The table by commune, with a total row against `fte.target` if asked.
/// When the plan gives no commune a baseline, the columns it would fill
/// (baseline, target, gap) are left out rather than filled with dashes.
pub fn commune_grid(answer: &FteAnswer, lang: Lang, total: bool) -> Grid {
    let l = |label: Label| label.text(lang).to_owned();
    if !answer.by_commune() {
        let mut grid = Grid::new(
            vec![l(Label::Commune), l(Label::Increase), l(Label::Fte)],
            &[1, 2],
        );
        for c in &answer.communes {
            grid.push(vec![
                cell(&c.commune),
                signed_fixed(c.increase, lang),
                fixed(c.fte, lang),
            ]);
        }
        if total {
            grid.push(vec![
                Label::Total.text(lang).to_owned(),
                signed_fixed(answer.increase_total(), lang),
                fixed(answer.total, lang),
            ]);
        }
        return grid;
    }
    let mut grid = Grid::new(
        vec![
            l(Label::Commune),
            labels::baseline_on(answer.baseline_date, lang),
            l(Label::Increase),
            l(Label::Target),
            l(Label::Fte),
            l(Label::Gap),
        ],
        &[1, 2, 3, 4, 5],
    )
    .short(2, labels::short(Label::Increase, lang));
    for c in &answer.communes {
        grid.push(commune_row(c, lang));
    }
    if total {
        grid.push(vec![
            Label::Total.text(lang).to_owned(),
            maybe(answer.baseline, fixed, lang),
            signed_fixed(answer.increase_total(), lang),
            fixed(answer.target, lang),
            fixed(answer.total, lang),
            signed_fixed(answer.gap(), lang),
        ]);
    }
    grid
}

fn commune_row(c: &CommuneLine, lang: Lang) -> Vec<String> {
    vec![
        cell(&c.commune),
        maybe(c.baseline, fixed, lang),
        signed_fixed(c.increase, lang),
        maybe(c.target, fixed, lang),
        fixed(c.fte, lang),
        maybe(c.gap, signed_fixed, lang),
    ]
}

/// A figure the plan may not give: a dash when it does not, never a zero
/// that would read as a figure.
fn maybe(fte: Option<ctg_core::Fte>, say: fn(ctg_core::Fte, Lang) -> String, lang: Lang) -> String {
    fte.map_or_else(|| "–".to_owned(), |fte| say(fte, lang))
}

/// `ctg fte`: the headline, the table by commune with its total, and the
/// officers not cofunded apart.
fn table(answer: &FteAnswer, lang: Lang, terminal: bool) -> String {
    let width = crate::render::width();
    let grid = commune_grid(answer, lang, true);
    let mut out = format!(
        "{}\n\n{}",
        fill(&headline(answer, lang), width),
        grid.table(terminal, width, lang)
    );
    out.push_str(&fill(&not_cofunded(answer, lang), width));
    out
}

/// The lines shown apart from the table: officers not cofunded, with who and
/// where, then assignments to a commune the convention does not name; empty
/// when none.
pub fn not_cofunded(answer: &FteAnswer, lang: Lang) -> String {
    let mut out = not_cofunded_only(answer, lang);
    if !answer.overbooked.is_empty() {
        let who: Vec<String> = answer
            .overbooked
            .iter()
            .map(|o| format!("{} ({})", cell(&o.name), lang.fte(o.fte)))
            .collect();
        out.push_str(&format!(
            "\n{}\n",
            labels::overbooked_in_total(&who.join(labels::semicolon(lang)), who.len(), lang)
        ));
    }
    if !answer.by_commune() && !answer.communes.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            labels::no_target_by_commune(answer.baseline, answer.baseline_date, lang)
        ));
    }
    // The total row's target is `fte.target`; when the plan's baseline and
    // increases do not add up to it, say so rather than let the row
    // contradict itself silently.
    if let Some(baseline) = answer.baseline
        && baseline + answer.increase_total() != answer.target
    {
        out.push_str(&format!(
            "\n{}\n",
            labels::plan_does_not_add_up(baseline, answer.increase_total(), answer.target, lang)
        ));
    }
    if !answer.outside_communes.is_empty() {
        let total: ctg_core::Fte = answer.outside_communes.iter().map(|o| o.fte).sum();
        let who: Vec<String> = answer
            .outside_communes
            .iter()
            .map(|o| {
                format!(
                    "{}, {} {}",
                    cell(&o.name),
                    labels::quote(&cell(&o.commune), lang),
                    lang.fte(o.fte)
                )
            })
            .collect();
        out.push_str(&format!(
            "\n{}\n",
            labels::outside_communes(total, &who.join(labels::semicolon(lang)), lang)
        ));
    }
    out
}

fn not_cofunded_only(answer: &FteAnswer, lang: Lang) -> String {
    if answer.not_cofunded == ctg_core::Fte::ZERO {
        return String::new();
    }
    let who: Vec<String> = answer
        .not_cofunded_lines()
        .map(|(commune, o)| format!("{}, {} {}", cell(&o.name), cell(commune), lang.fte(o.fte)))
        .collect();
    format!(
        "\n{} ({})\n",
        labels::not_cofunded(answer.not_cofunded, lang),
        who.join(labels::semicolon(lang))
    )
}

/// `ctg fte --commune`: the commune's headline and line, and the officers behind it.
fn commune(answer: &FteAnswer, lang: Lang, terminal: bool) -> String {
    let width = crate::render::width();
    let mut out = String::new();
    for c in &answer.communes {
        let line = match c.target {
            Some(target) => {
                labels::fte_headline(c.fte, target, c.fte.percent_of(target), answer.date, lang)
            }
            None => labels::commune_headline_without_target(c.fte, c.increase, answer.date, lang),
        };
        let line = format!("{}{} {line}", cell(&c.commune), labels::colon(lang));
        out.push_str(&format!("{}\n\n", fill(&line, width)));
        out.push_str(&commune_grid(answer, lang, false).table(terminal, width, lang));
        out.push('\n');
        if c.officers.is_empty() {
            out.push_str(Label::NoOfficer.text(lang));
            out.push('\n');
            continue;
        }
        let l = |label: Label| label.text(lang).to_owned();
        let mut grid = Grid::new(
            vec![
                l(Label::Officer),
                l(Label::Fte),
                l(Label::Start),
                l(Label::End),
                l(Label::Missions),
                l(Label::Cofunded),
            ],
            &[1],
        )
        .keep(&[2, 3, 5])
        .short(4, labels::short(Label::Missions, lang))
        .short(5, labels::short(Label::Cofunded, lang))
        .short(0, labels::short(Label::Officer, lang))
        .drop_first(&[4]);
        for o in &c.officers {
            grid.push(vec![
                cell(&o.name),
                fixed(o.fte, lang),
                date(o.start, lang),
                o.end.map(|e| date(e, lang)).unwrap_or_default(),
                o.missions
                    .iter()
                    .map(|m| labels::mission(*m, lang))
                    .collect::<Vec<_>>()
                    .join(", "),
                l(if o.cofunded { Label::Yes } else { Label::No }),
            ]);
        }
        out.push_str(&grid.table(terminal, width, lang));
    }
    out
}

/// CSV by commune: a header row and one row per commune.
fn csv(answer: &FteAnswer, style: Csv) -> String {
    let mut out = style.line(&["commune", "baseline", "increase", "target", "fte", "gap"]);
    for c in &answer.communes {
        out.push_str(&style.line(&[
            c.commune.clone(),
            c.baseline.map(|b| style.number(b)).unwrap_or_default(),
            style.number(c.increase),
            c.target.map(|t| style.number(t)).unwrap_or_default(),
            style.number(c.fte),
            c.gap.map(|g| style.number(g)).unwrap_or_default(),
        ]));
    }
    out
}

/// `ctg fte --by officer` as a table.
fn by_officer(answer: &FteByOfficer, lang: Lang, terminal: bool) -> String {
    let l = |label: Label| label.text(lang).to_owned();
    let mut grid = Grid::new(
        vec![
            l(Label::Officer),
            l(Label::Employer),
            l(Label::Communes),
            l(Label::Fte),
            l(Label::Cofunded),
        ],
        &[3],
    )
    .keep(&[4])
    .short(4, labels::short(Label::Cofunded, lang))
    .short(1, labels::short(Label::Employer, lang))
    .short(0, labels::short(Label::Officer, lang))
    .drop_first(&[1]);
    for o in &answer.officers {
        grid.push(vec![
            cell(&o.name),
            o.employer.as_deref().map(cell).unwrap_or_default(),
            cell(&o.communes.join(", ")),
            fixed(o.fte, lang),
            l(if o.cofunded { Label::Yes } else { Label::No }),
        ]);
    }
    let headline = labels::fte_headline(
        answer.total,
        answer.target,
        answer.total.percent_of(answer.target),
        answer.date,
        lang,
    );
    let width = crate::render::width();
    let mut out = format!("{}\n\n", fill(&headline, width));
    if answer.officers.is_empty() {
        out.push_str(Label::NoOfficer.text(lang));
        out.push('\n');
    } else {
        out.push_str(&grid.table(terminal, width, lang));
    }
    if answer.not_cofunded != ctg_core::Fte::ZERO {
        out.push_str(&format!(
            "\n{}\n",
            fill(&labels::not_cofunded(answer.not_cofunded, lang), width)
        ));
    }
    out
}

/// `ctg fte --by officer` as CSV: one row per officer.
fn by_officer_csv(answer: &FteByOfficer, style: Csv) -> String {
    let mut out = style.line(&["id", "name", "employer", "communes", "fte", "cofunded"]);
    for o in &answer.officers {
        out.push_str(&style.line(&[
            o.id.clone(),
            o.name.clone(),
            o.employer.clone().unwrap_or_default(),
            o.communes.join(";"),
            style.number(o.fte),
            o.cofunded.to_string(),
        ]));
    }
    out
}

/// `ctg fte --history` as a table: one row per date, then when the target was reached.
fn history(answer: &FteHistory, lang: Lang, terminal: bool) -> String {
    let width = crate::render::width();
    let l = |label: Label| label.text(lang).to_owned();
    let mut grid = Grid::new(
        vec![l(Label::Date), l(Label::Total), l(Label::Change)],
        &[1],
    )
    .keep(&[0])
    .short(2, labels::short(Label::Change, lang));
    for step in &answer.steps {
        let changes: Vec<String> = step
            .changes
            .iter()
            .map(|c| labels::history_change(&cell(&c.name), &cell(&c.commune), c.delta, lang))
            .collect();
        grid.push(vec![
            date(step.date, lang),
            fixed(step.total, lang),
            changes.join("\n"),
        ]);
    }
    let table = if answer.steps.is_empty() {
        // Not an empty table: say there is nothing to show.
        format!("{}\n", labels::no_history(lang))
    } else {
        grid.table(terminal, width, lang)
    };
    format!(
        "{}{}\n",
        table,
        format_args!(
            "\n{}",
            fill(
                &match answer.target {
                    Some(target) => {
                        labels::target_reached_on(target, answer.reached, answer.date, lang)
                    }
                    None => labels::no_commune_target(lang).to_owned(),
                },
                width
            )
        )
    )
}

/// `ctg fte --history` as CSV: one row per change.
fn history_csv(answer: &FteHistory, style: Csv) -> String {
    let mut out = style.line(&["date", "total", "officer", "name", "commune", "delta"]);
    for step in &answer.steps {
        for c in &step.changes {
            out.push_str(&style.line(&[
                step.date.to_string(),
                style.number(step.total),
                c.officer.clone(),
                c.name.clone(),
                c.commune.clone(),
                style.number(c.delta),
            ]));
        }
    }
    out
}

impl Listing for FteAnswer {
    fn table(&self, lang: Lang, terminal: bool) -> String {
        table(self, lang, terminal)
    }
    fn csv(&self, style: Csv) -> String {
        csv(self, style)
    }
    fn sheet(&self, lang: Lang) -> Sheet {
        by_commune_sheet(self, lang)
    }
}

/// The FTE answer narrowed to one commune (`fte --commune`): its table also
/// lists the commune's officers; its JSON and CSV are the answer's.
#[derive(serde::Serialize)]
#[serde(transparent)]
pub struct OneCommune(pub FteAnswer);

impl Listing for OneCommune {
    fn table(&self, lang: Lang, terminal: bool) -> String {
        commune(&self.0, lang, terminal)
    }
    fn csv(&self, style: Csv) -> String {
        csv(&self.0, style)
    }
    fn sheet(&self, lang: Lang) -> Sheet {
        by_commune_sheet(&self.0, lang)
    }
}

impl Listing for FteByOfficer {
    fn table(&self, lang: Lang, terminal: bool) -> String {
        by_officer(self, lang, terminal)
    }
    fn csv(&self, style: Csv) -> String {
        by_officer_csv(self, style)
    }
    fn sheet(&self, lang: Lang) -> Sheet {
        by_officer_sheet(self, lang)
    }
}

impl Listing for FteHistory {
    fn table(&self, lang: Lang, terminal: bool) -> String {
        history(self, lang, terminal)
    }
    fn csv(&self, style: Csv) -> String {
        history_csv(self, style)
    }
    fn sheet(&self, lang: Lang) -> Sheet {
        history_sheet(self, lang)
    }
}

/// The sum of some FTE, exact; `None` when one is unknown.
fn sum(figures: impl Iterator<Item = Option<Fte>>) -> Option<Fte> {
    figures.sum()
}

/// `ctg fte` as a worksheet: one row per commune, and the total row,
/// each column summed by ctg.
fn by_commune_sheet(answer: &FteAnswer, lang: Lang) -> Sheet {
    let l = |label: Label| label.text(lang).to_owned();
    let communes = &answer.communes;
    Sheet {
        name: Tab::FteByCommune.name(lang).to_owned(),
        header: vec![
            l(Label::Commune),
            l(Label::Baseline),
            l(Label::Increase),
            l(Label::Target),
            l(Label::Fte),
            l(Label::Gap),
        ],
        rows: communes
            .iter()
            .map(|c| {
                vec![
                    Value::Text(c.commune.clone()),
                    Value::fte(c.baseline),
                    Value::Fte(c.increase),
                    Value::fte(c.target),
                    Value::Fte(c.fte),
                    Value::fte(c.gap),
                ]
            })
            .collect(),
        total: Some(vec![
            Value::Text(l(Label::Total)),
            Value::fte(sum(communes.iter().map(|c| c.baseline))),
            Value::Fte(communes.iter().map(|c| c.increase).sum()),
            Value::fte(sum(communes.iter().map(|c| c.target))),
            Value::Fte(communes.iter().map(|c| c.fte).sum()),
            Value::fte(sum(communes.iter().map(|c| c.gap))),
        ]),
    }
}

/// `ctg fte --by officer` as a worksheet: one row per officer; the total
/// row is the cofunded FTE, what the headline counts.
fn by_officer_sheet(answer: &FteByOfficer, lang: Lang) -> Sheet {
    let l = |label: Label| label.text(lang).to_owned();
    Sheet {
        name: Tab::FteByOfficer.name(lang).to_owned(),
        header: vec![
            l(Label::Id),
            l(Label::Officer),
            l(Label::Employer),
            l(Label::Communes),
            l(Label::Fte),
            l(Label::Cofunded),
        ],
        rows: answer
            .officers
            .iter()
            .map(|o| {
                vec![
                    Value::Text(o.id.clone()),
                    Value::Text(o.name.clone()),
                    Value::text(o.employer.as_deref()),
                    Value::Text(o.communes.join(", ")),
                    Value::Fte(o.fte),
                    Value::Text(l(if o.cofunded { Label::Yes } else { Label::No })),
                ]
            })
            .collect(),
        total: Some(vec![
            Value::Text(l(Label::Total)),
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Fte(answer.total),
            Value::Text(l(Label::Cofunded)),
        ]),
    }
}

/// `ctg fte --history` as a worksheet: one row per change, the running
/// total beside it; the total row is the last total.
fn history_sheet(answer: &FteHistory, lang: Lang) -> Sheet {
    let l = |label: Label| label.text(lang).to_owned();
    let rows: Vec<Vec<Value>> = answer
        .steps
        .iter()
        .flat_map(|step| {
            step.changes.iter().map(move |c| {
                vec![
                    Value::Date(step.date),
                    Value::Fte(step.total),
                    Value::Text(c.officer.clone()),
                    Value::Text(c.name.clone()),
                    Value::Text(c.commune.clone()),
                    Value::Fte(c.delta),
                ]
            })
        })
        .collect();
    let last = answer.steps.last().map_or(Fte::ZERO, |s| s.total);
    Sheet {
        name: Tab::FteHistory.name(lang).to_owned(),
        header: vec![
            l(Label::Date),
            l(Label::Total),
            l(Label::Id),
            l(Label::Officer),
            l(Label::Commune),
            l(Label::Change),
        ],
        rows,
        total: Some(vec![
            Value::Text(l(Label::Total)),
            Value::Fte(last),
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Empty,
        ]),
    }
}
