//! Commune names as people type them: `fos sur mer`, `FOS-SUR-MER` and
//! `Fos-sur-Mer` are one commune, and so are `l isle` and `L'Isle`.

use unicode_normalization::UnicodeNormalization;

use crate::i18n::suggest::suggest;

/// The form names are compared in: no accents, lowercase, and spaces,
/// hyphens and apostrophes all made one single space.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
    {
        if c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '‘' | '`' | '‐' | '–') {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        out.extend(c.to_lowercase());
    }
    out
}

/// Why a typed name did not pick one commune (or one record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// Nothing was typed (`--commune ""`): it names nothing.
    Empty,
    /// Several names match what was typed.
    Ambiguous(Vec<String>),
    /// None matches; the nearest names, if any are near.
    NotFound(Vec<String>),
}

/// The commune of `communes` that `query` names (see [`pick`]).
pub fn resolve<'c>(query: &str, communes: &'c [String]) -> Result<&'c str, Mismatch> {
    pick(query, communes, |c| vec![c.as_str()]).map(String::as_str)
}

/// The item of `items` that `query` names, as people type names: one of
/// its `names` (the first is the one shown in a refusal: an id, or a
/// commune as the convention spells it), compared as [`normalize`] does,
/// with `st`/`ste` read as `saint`/`sainte`. The same name wins outright;
/// otherwise every item that `query` starts (`ist` for Istres), whose words
/// it starts in order (`port st louis`, `saint`, `sophie` for Sophie
/// Garcia), or whose initials it is (`PSL`, `fsm`) is a match; one is
/// picked, several are refused with their names.
pub fn pick<'a, T>(
    query: &str,
    items: &'a [T],
    names: impl Fn(&'a T) -> Vec<&'a str>,
) -> Result<&'a T, Mismatch> {
    let wanted = expand(&normalize(query));
    if wanted.is_empty() {
        return Err(Mismatch::Empty);
    }
    let shown = |item: &'a T| {
        names(item)
            .first()
            .map_or(String::new(), |n| (*n).to_owned())
    };
    let same: Vec<&T> = items
        .iter()
        .filter(|item| names(item).iter().any(|n| expand(&normalize(n)) == wanted))
        .collect();
    let matching = if same.is_empty() {
        items
            .iter()
            .filter(|item| {
                names(item)
                    .iter()
                    .any(|n| starts(&wanted, &expand(&normalize(n))))
            })
            .collect()
    } else {
        same
    };
    match matching.as_slice() {
        [only] => Ok(only),
        [] => {
            let all: Vec<&str> = items.iter().flat_map(&names).collect();
            let near = closest_of(query, &all).and_then(|name| {
                items
                    .iter()
                    .find(|item| names(item).contains(&name.as_str()))
            });
            Err(Mismatch::NotFound(near.map(shown).into_iter().collect()))
        }
        many => {
            let mut shown: Vec<String> = many.iter().map(|item| shown(item)).collect();
            shown.dedup();
            Err(Mismatch::Ambiguous(shown))
        }
    }
}

/// Common abbreviations written out: `st` is `saint`, `ste` `sainte`.
fn expand(normalized: &str) -> String {
    normalized
        .split(' ')
        .map(|word| match word {
            "st" => "saint",
            "ste" => "sainte",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `wanted` (normalized and expanded) starts the name `name`: as a
/// prefix of the whole, word by word (each typed word starts a word of the
/// name, in order, words may be skipped), or as its initials.
fn starts(wanted: &str, name: &str) -> bool {
    if name.starts_with(wanted) {
        return true;
    }
    let mut words = name.split(' ');
    let in_order = wanted
        .split(' ')
        .all(|typed| words.any(|word| word.starts_with(typed)));
    if in_order {
        return true;
    }
    // `PSL`, `psldr`: a single typed word of two letters or more, the
    // initials of the name's words (or of those that are not `de`, `du`…).
    let initials = |skip_small: bool| -> String {
        name.split(' ')
            .filter(|w| !skip_small || !PARTICLES.contains(w))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    !wanted.contains(' ')
        && wanted.chars().count() >= 2
        && name.contains(' ')
        && (initials(false).starts_with(wanted) || initials(true).starts_with(wanted))
}

/// The small words of place names, left out of initials: Port-Saint-Louis-du-Rhône is `PSLR`
/// as well as `PSLDR`.
const PARTICLES: &[&str] = &[
    "de", "du", "des", "d", "la", "le", "les", "l", "sur", "sous", "en", "et", "a",
];

/// The name of `names` nearest to a misspelt `name`, for "did you mean".
fn closest_of(name: &str, names: &[&str]) -> Option<String> {
    let wanted = normalize(name);
    let normalized: Vec<String> = names.iter().map(|c| normalize(c)).collect();
    if let Some(at) = normalized.iter().position(|n| *n == wanted) {
        return Some(names[at].to_owned());
    }
    let near = suggest(&wanted, normalized.iter().map(String::as_str))?;
    let at = normalized.iter().position(|n| *n == near)?;
    Some(names[at].to_owned())
}

/// The commune nearest to a misspelt `name`, for "did you mean".
pub fn closest(name: &str, communes: &[String]) -> Option<String> {
    let wanted = normalize(name);
    if let Some(same) = communes.iter().find(|c| normalize(c) == wanted) {
        return Some(same.clone());
    }
    let normalized: Vec<String> = communes.iter().map(|c| normalize(c)).collect();
    let near = suggest(&wanted, normalized.iter().map(String::as_str))?;
    let at = normalized.iter().position(|n| *n == near)?;
    Some(communes[at].clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn communes() -> Vec<String> {
        [
            "Istres",
            "Fos-sur-Mer",
            "Port-Saint-Louis-du-Rhône",
            "L'Isle-sur-la-Sorgue",
            "Port-de-Bouc",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn matches_as_people_type() {
        let c = communes();
        assert_eq!(resolve("fos sur mer", &c), Ok("Fos-sur-Mer"));
        assert_eq!(resolve("FOS-SUR-MER", &c), Ok("Fos-sur-Mer"));
        assert_eq!(
            resolve("l isle sur la sorgue", &c),
            Ok("L'Isle-sur-la-Sorgue")
        );
        assert_eq!(
            resolve("port saint louis du rhone", &c),
            Ok("Port-Saint-Louis-du-Rhône")
        );
        assert_eq!(resolve("ist", &c), Ok("Istres"));
        assert_eq!(
            resolve("port", &c),
            Err(Mismatch::Ambiguous(vec![
                "Port-Saint-Louis-du-Rhône".into(),
                "Port-de-Bouc".into()
            ]))
        );
        assert_eq!(
            resolve("Istrse", &c),
            Err(Mismatch::NotFound(vec!["Istres".into()]))
        );
        assert_eq!(resolve("Marseille", &c), Err(Mismatch::NotFound(vec![])));
    }

    /// The examples of the issue: initials, `st` for `saint`, a word inside
    /// the name, and nothing typed.
    #[test]
    fn matches_initials_abbreviations_and_words() {
        let c = communes();
        let psl = Ok("Port-Saint-Louis-du-Rhône");
        assert_eq!(resolve("PSL", &c), psl);
        assert_eq!(resolve("port-st-louis", &c), psl);
        assert_eq!(resolve("saint", &c), psl);
        assert_eq!(resolve("St Louis", &c), psl);
        assert_eq!(resolve("fsm", &c), Ok("Fos-sur-Mer"));
        assert_eq!(resolve("sorgue", &c), Ok("L'Isle-sur-la-Sorgue"));
        assert_eq!(resolve("", &c), Err(Mismatch::Empty));
        assert_eq!(resolve(" - ", &c), Err(Mismatch::Empty));
        assert_eq!(
            resolve("p", &c),
            Err(Mismatch::Ambiguous(vec![
                "Port-Saint-Louis-du-Rhône".into(),
                "Port-de-Bouc".into()
            ]))
        );
    }

    /// Records named by id or by name: a first name alone when it is unique.
    #[test]
    fn picks_records_by_id_or_name() {
        let officers = [
            ("sophie-garcia", "Sophie Garcia"),
            ("lucie-mercier", "Lucie Mercier"),
            ("luc-besson", "Luc Besson"),
        ];
        let by = |q: &str| pick(q, &officers, |o| vec![o.0, o.1]).map(|o| o.0);
        assert_eq!(by("Sophie Garcia"), Ok("sophie-garcia"));
        assert_eq!(by("sophie"), Ok("sophie-garcia"));
        assert_eq!(by("garcia"), Ok("sophie-garcia"));
        assert_eq!(by("luc-besson"), Ok("luc-besson"));
        assert_eq!(
            by("luc"),
            Err(Mismatch::Ambiguous(vec![
                "lucie-mercier".into(),
                "luc-besson".into()
            ]))
        );
        assert_eq!(
            by("sophie-garica"),
            Err(Mismatch::NotFound(vec!["sophie-garcia".into()]))
        );
        let commissions = [
            ("parentalite", "Parentalité"),
            ("petite-enfance", "Petite enfance"),
        ];
        let pick_c = |q: &str| pick(q, &commissions, |c| vec![c.0, c.1]).map(|c| c.0);
        assert_eq!(pick_c("parentalité"), Ok("parentalite"));
        assert_eq!(pick_c("PETITE ENFANCE"), Ok("petite-enfance"));
    }
}
