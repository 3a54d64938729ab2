//! "Did you mean …?": the nearest name to a misspelt one.

/// The candidate closest to `word`, if it is near enough to be a likely typo.
///
/// Same-but-for-case wins outright; otherwise the edit distance (Levenshtein,
/// with a swap of two neighbours counted as one edit) must be at most a third
/// of the word's length (and at least 1), as just and cargo do.
pub fn suggest<'a, I>(word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    let lower = word.to_lowercase();
    let limit = (word.chars().count() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    let length = lower.chars().count();
    for candidate in candidates {
        if candidate == word {
            continue;
        }
        // Ids are lowercase ASCII already: no need to allocate their lowercase.
        let candidate_lower = if candidate
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            std::borrow::Cow::Borrowed(candidate)
        } else {
            std::borrow::Cow::Owned(candidate.to_lowercase())
        };
        let distance = if *candidate_lower == *lower {
            0
        } else if candidate_lower.chars().count().abs_diff(length) > limit {
            // The distance is at least the difference in length: too far.
            continue;
        } else {
            // Swapped neighbours (`fso` for `fos`) are the commonest typo: one edit.
            strsim::osa_distance(&lower, &candidate_lower)
        };
        // Ties keep the smallest name, so the answer does not depend on order.
        if distance <= limit
            && best.is_none_or(|(d, b)| distance < d || (distance == d && candidate < b))
        {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, name)| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_near_names_only() {
        let keys = ["name", "employer", "missions", "assignment"];
        assert_eq!(suggest("nme", keys), Some("name".into()));
        assert_eq!(suggest("assignement", keys), Some("assignment".into()));
        assert_eq!(suggest("Missions", keys), Some("missions".into()));
        assert_eq!(suggest("colour", keys), None);
        assert_eq!(suggest("fso", ["fos", "pe"]), Some("fos".into()));
        assert_eq!(suggest("emplyoer", keys), Some("employer".into()));
    }
}
