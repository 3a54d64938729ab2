//! `ctg changes` as text, Markdown (for minutes) or JSON; and its short
//! forms: a line of `ctg status`, a section of the report.

use crate::render::fit;
use crate::render::table::json as to_json;
use crate::wording::changes::{self as words, ActionMove, BodyMove, Heading};
use crate::wording::labels::colon;
use ctg_core::answers::changes::{Change, Changes};
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::{escape_controls, escape_markdown};

/// The answer's sections, each a heading and its items, in the answer's
/// order; shared by the text, the Markdown and the report.
pub fn sections(changes: &Changes, lang: Lang) -> Vec<(Heading, Vec<String>)> {
    let c = colon(lang);
    let mut out = Vec::new();
    out.push((
        Heading::Versions,
        vec![
            format!(
                "{}{c} {}",
                words::from_to(true, lang),
                words::side(&changes.from, lang)
            ),
            format!(
                "{}{c} {}",
                words::from_to(false, lang),
                words::side(&changes.to, lang)
            ),
        ],
    ));
    // 2. FTE, by commune where it moved, and the officers behind it.
    let fte = &changes.fte;
    let mut items = vec![words::fte_total(fte.from, fte.to, fte.target, lang)];
    if !fte.complete {
        items.push(words::fte_incomplete(lang).to_owned());
    }
    items.extend(
        fte.communes
            .iter()
            .map(|line| words::commune_move(&line.commune, line.from, line.to, lang)),
    );
    items.extend(changes.officers.posts.iter().map(|posts| {
        words::officer_move(
            &posts.name,
            &posts.id,
            posts.from.as_ref(),
            posts.to.as_ref(),
            lang,
        )
    }));
    out.push((Heading::Fte, items));
    out.push((Heading::Actions, action_items(changes, lang)));
    out.push((
        Heading::Measures,
        changes
            .measures
            .iter()
            .map(|m| {
                let value = crate::wording::indicators::unbroken(
                    &ctg_core::domain::indicator::say(m.value, m.unit.as_deref(), lang),
                );
                words::measure_added(&m.place.id, &m.indicator, &m.name, &value, m.date, lang)
            })
            .collect(),
    ));
    out.push((
        Heading::Meetings,
        changes
            .meetings
            .iter()
            .map(|m| words::meeting(m.date, &m.body, m.status, lang))
            .collect(),
    ));
    out.push((Heading::Bodies, body_items(changes, lang)));
    out.push((Heading::Other, other_items(changes, lang)));
    out
}

fn action_items(changes: &Changes, lang: Lang) -> Vec<String> {
    let c = colon(lang);
    let moves = &changes.actions;
    let named = |id: &str| {
        let (title, commission) = moves.about.get(id).cloned().unwrap_or_default();
        words::action(id, &title, &commission, lang)
    };
    let mut items = Vec::new();
    for (what, ids) in [
        (ActionMove::Added, &moves.added),
        (ActionMove::Completed, &moves.completed),
        (ActionMove::Started, &moves.started),
        (ActionMove::Paused, &moves.paused),
        (ActionMove::Blocked, &moves.blocked),
        (ActionMove::Abandoned, &moves.abandoned),
        (ActionMove::Removed, &moves.removed),
        (ActionMove::Overdue, &moves.overdue),
    ] {
        items.extend(
            ids.iter()
                .map(|id| format!("{}{c} {}", what.text(lang), named(id))),
        );
    }
    items.extend(moves.due_moved.iter().map(|due| {
        format!(
            "{}{c} {}, {}",
            ActionMove::DueMoved.text(lang),
            named(&due.id),
            words::due_move(due.from, due.to, due.days, lang)
        )
    }));
    items.extend(moves.progress.iter().map(|progress| {
        format!(
            "{}{c} {}, {}",
            ActionMove::Progress.text(lang),
            named(&progress.id),
            words::progress_move(progress.from, progress.to, lang)
        )
    }));
    items
}

fn body_items(changes: &Changes, lang: Lang) -> Vec<String> {
    let c = colon(lang);
    let said = |what: BodyMove, text: &str| format!("{}{c} {text}", what.text(lang));
    let moves = &changes.commissions;
    let mut items: Vec<String> = Vec::new();
    items.extend(
        moves
            .added
            .iter()
            .map(|id| said(BodyMove::CommissionAdded, id)),
    );
    items.extend(
        moves
            .removed
            .iter()
            .map(|id| said(BodyMove::CommissionRemoved, id)),
    );
    items.extend(moves.referent.iter().map(|referent| {
        let who = |r: &Option<String>| r.clone().unwrap_or_else(|| words::none(lang).to_owned());
        said(
            BodyMove::Referent,
            &format!(
                "{}, {} → {}",
                referent.id,
                who(&referent.from),
                who(&referent.to)
            ),
        )
    }));
    items.extend(
        changes
            .copil
            .added
            .iter()
            .map(|m| said(BodyMove::MemberAdded, m)),
    );
    items.extend(
        changes
            .copil
            .removed
            .iter()
            .map(|m| said(BodyMove::MemberRemoved, m)),
    );
    items
}

/// Section 6: what no section above says, so that nothing is silent.
fn other_items(changes: &Changes, lang: Lang) -> Vec<String> {
    let c = colon(lang);
    let value = |v: &Option<serde_json::Value>| match v {
        None => words::none(lang).to_owned(),
        Some(v) => v.to_string(),
    };
    let mut items: Vec<String> = changes
        .other_records()
        .into_iter()
        .map(|record| {
            format!(
                "{} {}{c} {}",
                words::kind(record.kind, lang),
                record.id,
                words::record_there(record.change == Change::Added, lang)
            )
        })
        .collect();
    for record in &changes.records {
        if let Some(from) = &record.moved_from {
            items.push(format!(
                "{} {}{c} {}",
                words::kind(record.kind, lang),
                record.id,
                words::moved(from, &record.file, lang)
            ));
        }
    }
    items.extend(changes.other_fields().into_iter().map(|(kind, id, field)| {
        format!(
            "{} {id}{c} {} {} → {}",
            words::kind(kind, lang),
            field.key,
            value(&field.from),
            value(&field.to)
        )
    }));
    items
}

/// The answer as text for a terminal or a file, each item wrapped at
/// spaces to `width` columns under its dash.
pub fn text(changes: &Changes, lang: Lang, width: usize) -> String {
    let title = words::title(changes.from.date, changes.to.date, lang);
    let mut out = format!("{}\n", escape_controls(&title));
    if changes.is_empty() {
        out.push_str(&format!("\n{}\n", words::unchanged(lang)));
    }
    for (heading, items) in sections(changes, lang) {
        let heading = heading.text(lang);
        out.push_str(&format!(
            "\n{}\n{}\n",
            heading.to_uppercase(),
            "=".repeat(heading.chars().count())
        ));
        if items.is_empty() {
            out.push_str(&format!("  {}\n", words::nothing(lang)));
        }
        for item in items {
            let lines = fit::lines(&escape_controls(&item), width.saturating_sub(4).max(16));
            for (i, line) in lines.iter().enumerate() {
                let lead = if i == 0 { "  - " } else { "    " };
                out.push_str(&format!("{lead}{line}\n"));
            }
        }
    }
    out
}

/// The answer as Markdown, for minutes.
pub fn markdown(changes: &Changes, lang: Lang) -> String {
    let title = words::title(changes.from.date, changes.to.date, lang);
    let mut out = format!("# {}\n", escape_markdown(&title));
    if changes.is_empty() {
        out.push_str(&format!("\n{}\n", escape_markdown(words::unchanged(lang))));
    }
    for (heading, items) in sections(changes, lang) {
        out.push_str(&format!("\n## {}\n\n", escape_markdown(heading.text(lang))));
        if items.is_empty() {
            out.push_str(&format!("{}\n", escape_markdown(words::nothing(lang))));
        }
        for item in items {
            out.push_str(&format!("- {}\n", escape_markdown(&item)));
        }
    }
    out
}

/// The answer as JSON (its shape is documented in docs/commands.md).
pub fn json(changes: &Changes) -> String {
    to_json(changes)
}

/// The short summary of `ctg status`: actions completed and started, the
/// FTE's move, officers joined and left, meetings held.
pub fn summary(changes: &Changes, lang: Lang) -> Vec<String> {
    let moves = &changes.actions;
    let mut parts = Vec::new();
    for (what, ids) in [
        (ActionMove::Completed, &moves.completed),
        (ActionMove::Started, &moves.started),
        (ActionMove::Blocked, &moves.blocked),
        (ActionMove::Abandoned, &moves.abandoned),
        (ActionMove::Added, &moves.added),
    ] {
        if !ids.is_empty() {
            parts.push(words::count(ids.len(), what, lang));
        }
    }
    if changes.fte.complete && changes.fte.from != changes.fte.to {
        parts.push(words::fte_delta(changes.fte.from, changes.fte.to, lang));
    }
    parts.extend(words::officers_count(
        changes.officers.joined.len(),
        changes.officers.left.len(),
        lang,
    ));
    let held = changes
        .meetings
        .iter()
        .filter(|m| m.status == ctg_core::domain::model::MeetingStatus::Held)
        .count();
    if held > 0 {
        parts.push(words::meetings_held(held, lang));
    }
    parts
}
