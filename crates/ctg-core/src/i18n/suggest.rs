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
    let counts = ByteCounts::of(&lower);
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
        } else if counts.as_ref().is_some_and(|counts| {
            // A cheap lower bound of the distance spares computing it for
            // most candidates.
            let bound = counts.bag_distance(&candidate_lower);
            bound > limit || best.is_some_and(|(d, _)| bound > d)
        }) {
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

/// How many times each ASCII byte occurs in a word.
struct ByteCounts([i32; 128]);

impl ByteCounts {
    /// The counts of `word`, when it is ASCII (otherwise no bound is used).
    fn of(word: &str) -> Option<Self> {
        let mut counts = [0; 128];
        for b in word.bytes() {
            *counts.get_mut(usize::from(b))? += 1;
        }
        Some(ByteCounts(counts))
    }

    /// How many letters one word has that the other lacks, counted with
    /// repeats, the larger of both ways: a lower bound of the edit distance
    /// (an insertion, deletion or substitution changes it by one at most, a
    /// swap not at all), far cheaper to compute. 0 when `other` is not ASCII.
    fn bag_distance(&self, other: &str) -> usize {
        let mut counts = self.0;
        for b in other.bytes() {
            match counts.get_mut(usize::from(b)) {
                Some(count) => *count -= 1,
                None => return 0,
            }
        }
        let (only_self, only_other) =
            counts.iter().fold(
                (0, 0),
                |(x, y), &c| {
                    if c > 0 { (x + c, y) } else { (x, y - c) }
                },
            );
        only_self.max(only_other) as usize
    }
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

    /// #12 item 9: "did you mean" only for a word near enough to be a typo
    /// of the candidate; a far word gets nothing (the caller then lists
    /// the allowed words).
    #[test]
    fn a_far_word_gets_no_suggestion() {
        let communes = ["Istres", "Fos-sur-Mer", "Port-Saint-Louis-du-Rhône"];
        assert_eq!(suggest("Paris", communes), None);
        assert_eq!(suggest("Marseille", communes), None);
        assert_eq!(suggest("Istrse", communes), Some("Istres".into()));
        assert_eq!(suggest("fos-sur-mr", communes), Some("Fos-sur-Mer".into()));
        let statuses = [
            "planned",
            "in-progress",
            "paused",
            "blocked",
            "done",
            "abandoned",
        ];
        assert_eq!(suggest("finished", statuses), None);
        assert_eq!(suggest("closed", statuses), None);
        assert_eq!(suggest("in-progres", statuses), Some("in-progress".into()));
        assert_eq!(suggest("blokced", statuses), Some("blocked".into()));
    }

    #[test]
    fn the_letter_bound_never_hides_the_nearest() {
        // Same letters, other order: the bound is 0, the distance decides.
        assert_eq!(suggest("naem", ["mean", "name"]), Some("name".into()));
        // A nearer candidate after a farther one, and a tie kept by name.
        let ids = [
            "atelier-parents-2027",
            "atelier-parent-2026",
            "atelier-parents-2026",
        ];
        assert_eq!(
            suggest("atelier-parents-2026x", ids),
            Some("atelier-parents-2026".into())
        );
        assert_eq!(suggest("abcd", ["abce", "abcf"]), Some("abce".into()));
        // Non-ASCII on either side: no bound, the distance still decides.
        assert_eq!(suggest("éte", ["etes", "ete"]), Some("ete".into()));
        assert_eq!(suggest("ete", ["été", "xyz"]), None);
    }

    proptest::proptest! {
        #[test]
        fn the_bag_distance_never_exceeds_the_edit_distance(
            a in "[a-e0-2-]{0,12}",
            b in "[a-e0-2-]{0,12}",
        ) {
            let counts = ByteCounts::of(&a).expect("ASCII");
            proptest::prop_assert!(counts.bag_distance(&b) <= strsim::osa_distance(&a, &b));
        }
    }

    /// The definition, without the bound.
    fn nearest_by_definition<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
        let lower = word.to_lowercase();
        let limit = (word.chars().count() / 3).max(1);
        candidates
            .iter()
            .filter(|c| **c != word)
            .map(|c| (strsim::osa_distance(&lower, &c.to_lowercase()), *c))
            .filter(|(d, _)| *d <= limit)
            .min()
            .map(|(_, c)| c)
    }

    proptest::proptest! {
        #[test]
        fn the_same_answer_as_the_definition(
            word in "[a-dA-Dé-]{0,9}",
            candidates in proptest::collection::vec("[a-dé-]{0,9}", 0..12),
        ) {
            let candidates: Vec<&str> = candidates.iter().map(String::as_str).collect();
            let found = suggest(&word, candidates.iter().copied());
            proptest::prop_assert_eq!(
                found.as_deref(),
                nearest_by_definition(&word, &candidates)
            );
        }
    }
}
