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
        } else if candidate_lower.chars().count().abs_diff(length) > limit
            || bag_distance(&lower, &candidate_lower) > limit
        {
            // The distance is at least the difference in length, and at
            // least the bag distance: too far.
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

/// How many letters one word has that the other lacks, counted with
/// repeats, the larger of both ways: a lower bound of the edit distance
/// (an insertion, deletion or substitution changes it by one at most, a swap
/// not at all), far cheaper to compute. 0 when a word is not ASCII.
fn bag_distance(a: &str, b: &str) -> usize {
    if !a.is_ascii() || !b.is_ascii() {
        return 0;
    }
    let mut counts = [0i32; 128];
    for byte in a.bytes() {
        counts[usize::from(byte)] += 1;
    }
    for byte in b.bytes() {
        counts[usize::from(byte)] -= 1;
    }
    let (only_a, only_b) = counts.iter().fold(
        (0, 0),
        |(x, y), &c| {
            if c > 0 { (x + c, y) } else { (x, y - c) }
        },
    );
    only_a.max(only_b) as usize
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

    proptest::proptest! {
        #[test]
        fn the_bag_distance_never_exceeds_the_edit_distance(
            a in "[a-e0-2-]{0,12}",
            b in "[a-e0-2-]{0,12}",
        ) {
            proptest::prop_assert!(bag_distance(&a, &b) <= strsim::osa_distance(&a, &b));
        }
    }
}
