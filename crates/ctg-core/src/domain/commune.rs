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

/// Why a typed name did not pick one commune.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// Several communes start with what was typed.
    Ambiguous(Vec<String>),
    /// None matches; the nearest names, if any are near.
    NotFound(Vec<String>),
}

/// The commune of `communes` that `query` names: the same name once
/// normalized, else the only one it is a prefix of.
pub fn resolve<'c>(query: &str, communes: &'c [String]) -> Result<&'c str, Mismatch> {
    let wanted = normalize(query);
    if let Some(exact) = communes.iter().find(|c| normalize(c) == wanted) {
        return Ok(exact);
    }
    let prefixed: Vec<&String> = communes
        .iter()
        .filter(|c| !wanted.is_empty() && normalize(c).starts_with(&wanted))
        .collect();
    match prefixed.as_slice() {
        [only] => Ok(only),
        [] => Err(Mismatch::NotFound(
            closest(query, communes).into_iter().collect(),
        )),
        many => Err(Mismatch::Ambiguous(
            many.iter().map(|c| c.to_string()).collect(),
        )),
    }
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
}
