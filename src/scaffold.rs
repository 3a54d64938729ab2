//! New files from the commented templates of [`crate::wording::tools::template`]:
//! what `ctg init` and `ctg new` write. Values are written as TOML literals,
//! so a commune with a quote in its name still gives a valid file.

use chrono::{Datelike, NaiveDate};

use crate::wording::tools::{self, template};
use ctg_core::domain::fte::Fte;
use ctg_core::domain::model::RecordKind;
use ctg_core::i18n::Lang;

fn string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = template.to_owned();
    for (key, value) in values {
        out = out.replace(&format!("{{{{{key}}}}}"), value);
    }
    out
}

/// A readable name from an id: `marie-dupont` gives `Marie Dupont` for a
/// person; `petite-enfance` gives `Petite enfance` for a commission or action.
pub fn name_from_id(id: &str, person: bool) -> String {
    let mut words: Vec<String> = id.split('-').map(str::to_owned).collect();
    for (i, word) in words.iter_mut().enumerate() {
        if person || i == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                *word = first.to_uppercase().chain(chars).collect();
            }
        }
    }
    words.join(" ")
}

/// `copil.toml` of a new repository: a five-year convention from the first
/// of this year, a planned COPIL meeting this year, a plan of `target` FTE.
pub fn copil(lang: Lang, today: NaiveDate, communes: &[&str], target: Fte) -> String {
    let start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let end = NaiveDate::from_ymd_opt(today.year() + 4, 12, 31).unwrap_or(today);
    let year_end = NaiveDate::from_ymd_opt(today.year(), 12, 31).unwrap_or(today);
    // The first COPIL is planned within the year, so the yearly minimum is met.
    let meeting = (today + chrono::Days::new(30)).min(year_end);
    let communes = format!(
        "[{}]",
        communes
            .iter()
            .map(|c| string(c))
            .collect::<Vec<_>>()
            .join(", ")
    );
    fill(
        template(RecordKind::Copil, lang),
        &[
            ("name", string(tools::convention_placeholder(lang))),
            ("start", start.to_string()),
            ("end", end.to_string()),
            ("communes", communes),
            ("meeting", meeting.to_string()),
            ("target", target.to_string()),
        ],
    )
}

/// The first day of the convention `copil` would start, for examples that begin with it.
pub fn convention_start(today: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today)
}

/// An officer with one assignment.
pub fn officer(
    lang: Lang,
    id: &str,
    name: Option<&str>,
    commune: &str,
    fte: Fte,
    start: NaiveDate,
) -> String {
    fill(
        template(RecordKind::Officer, lang),
        &[
            (
                "name",
                string(&name.map_or_else(|| name_from_id(id, true), str::to_owned)),
            ),
            ("commune", string(commune)),
            ("fte", fte.to_string()),
            ("start", start.to_string()),
        ],
    )
}

/// A TOML array of strings: `["Istres", "Fos-sur-Mer"]`.
fn strings(items: &[&str]) -> String {
    let items: Vec<String> = items.iter().map(|item| string(item)).collect();
    format!("[{}]", items.join(", "))
}

/// A commission: thematic when `communes` is empty, else territorial over
/// them; with its name (else one made from the id) and its referent if one
/// is known.
pub fn commission(
    lang: Lang,
    id: &str,
    name: Option<&str>,
    communes: &[&str],
    referent: Option<&str>,
) -> String {
    let referent = referent.map_or_else(
        || tools::referent_placeholder(lang).to_owned(),
        |r| format!("referent = {}", string(r)),
    );
    let (kind, communes) = match communes {
        [] => ("thematic", "# communes = [\"…\"]".to_owned()),
        _ => ("territorial", format!("communes = {}", strings(communes))),
    };
    fill(
        template(RecordKind::Commission, lang),
        &[
            (
                "name",
                string(&name.map_or_else(|| name_from_id(id, false), str::to_owned)),
            ),
            ("kind", string(kind)),
            ("communes", communes),
            ("referent", referent),
        ],
    )
}

/// A planned action of a commission, with its title (else one made from
/// the id).
pub fn action(
    lang: Lang,
    id: &str,
    title: Option<&str>,
    commission: &str,
    start: NaiveDate,
) -> String {
    fill(
        template(RecordKind::Action, lang),
        &[
            (
                "name",
                string(&title.map_or_else(|| name_from_id(id, false), str::to_owned)),
            ),
            ("commission", string(commission)),
            ("start", start.to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_is_filled() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        for lang in [Lang::En, Lang::Fr] {
            let half = Fte::from_hundredths(50);
            for text in [
                copil(lang, today, &["Istres"], half),
                officer(lang, "marie-dupont", None, "Istres", half, today),
                commission(lang, "petite-enfance", None, &[], None),
                commission(lang, "petite-enfance", None, &[], Some("marie-dupont")),
                commission(lang, "ouest", Some("Ouest"), &["Istres"], None),
                action(
                    lang,
                    "pe-01",
                    Some("Guichet unique"),
                    "petite-enfance",
                    today,
                ),
            ] {
                assert!(!text.contains("{{"), "{text}");
            }
        }
    }

    #[test]
    fn names_come_from_ids() {
        assert_eq!(name_from_id("marie-dupont", true), "Marie Dupont");
        assert_eq!(name_from_id("petite-enfance", false), "Petite enfance");
    }
}
