//! The cap on problems kept for one file.

/// Past the limit of problems kept for one file, which ones are kept does
/// not depend on the order of the lines: the first hundred keys in sorted
/// order, then one saying how many more, at the next key in that order.
#[test]
fn past_the_limit_problems_are_kept_in_key_order() {
    use ctg_core::domain::model::RecordKind;
    use ctg_core::read::problems::fields::FieldProblem;
    // 150 unknown keys, written in reverse order: k149 … k0.
    let text: String = std::iter::once("title = \"t\"\n".to_owned())
        .chain((0..150).rev().map(|i| format!("k{i:03} = 1\n")))
        .collect();
    let (_, diagnostics) =
        ctg_core::read::loader::parse_record(RecordKind::Action, &"actions/a.toml".into(), &text);
    let at = |key: &str| text.find(&format!("\n{key} ")).map(|i| i + 1);
    let unknown: Vec<usize> = diagnostics
        .iter()
        .filter(|d| matches!(d.message_as(), Some(FieldProblem::UnknownField { .. })))
        .filter_map(|d| d.span.as_ref().map(|s| s.start))
        .collect();
    let first_hundred: Vec<usize> = (0..100).filter_map(|i| at(&format!("k{i:03}"))).collect();
    let mut kept = unknown.clone();
    kept.sort_unstable_by_key(|&start| std::cmp::Reverse(start));
    let mut expected = first_hundred.clone();
    expected.sort_unstable_by_key(|&start| std::cmp::Reverse(start));
    assert_eq!(kept, expected);
    let more = diagnostics
        .iter()
        .find(|d| matches!(d.message_as(), Some(FieldProblem::MoreProblems { .. })))
        .expect("a last problem saying how many more");
    assert_eq!(more.span.as_ref().map(|s| s.start), at("k100"));
}
