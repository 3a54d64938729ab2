//! `ctg indicators` and the indicator codes of `ctg check` (issue #14), run
//! as users run them: the state of an indicator at each boundary, exact
//! decimals, every code in both languages with its file:line:column, the
//! JSON and CSV shapes, the filters, the table at several widths, the JSON
//! Schema, and snapshots of what a person reads on `data/`.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::schema::{parse_toml, schemas, validator};
use crate::support::{self, Repo, Report, Run, TODAY, ctg, data, run_in};

// ---------------------------------------------------------------------------
// Fixtures: the valid repository, with indicators in `actions/pe-1.toml`.
// ---------------------------------------------------------------------------

/// An `[[indicator]]` table. Appended to `actions/pe-1.toml` (8 lines) after
/// a blank line, its lines are:
///
/// ```text
/// 10 [[indicator]]
/// 11 id = "familles"                            (the id: column 6)
/// 12 name = "Familles accueillies"
/// 13 kind = "result"
/// 14 unit = "familles"
/// 15 baseline = { date = …, value = … }
/// 16 target = { date = …, value = … }           (the target: column 10)
/// 17 measure = [                                (when there are measures)
/// 18   { date = …, value = … },                 (a date: column 12)
/// ..   …
///    ]
///    EXTRA
/// ```
fn indicator(
    baseline: (&str, &str),
    target: (&str, &str),
    measures: &[(&str, &str)],
    extra: &str,
) -> String {
    let mut text = format!(
        "[[indicator]]\nid = \"familles\"\nname = \"Familles accueillies\"\nkind = \"result\"\n\
         unit = \"familles\"\nbaseline = {{ date = {}, value = {} }}\n\
         target = {{ date = {}, value = {} }}\n",
        baseline.0, baseline.1, target.0, target.1
    );
    if !measures.is_empty() {
        text.push_str("measure = [\n");
        for (date, value) in measures {
            text.push_str(&format!("  {{ date = {date}, value = {value} }},\n"));
        }
        text.push_str("]\n");
    }
    text.push_str(extra);
    text
}

/// The valid repository with `text` appended to `actions/pe-1.toml`.
fn with(text: &str) -> Repo {
    Repo::new().append("actions/pe-1.toml", &format!("\n{text}"))
}

/// The valid repository with one indicator (see [`indicator`]).
fn repo(baseline: (&str, &str), target: (&str, &str), measures: &[(&str, &str)]) -> Repo {
    with(&indicator(baseline, target, measures, ""))
}

/// `ctg --at AT --lang en indicators --format json ARGS`, which succeeds.
fn answer(repo: &Repo, at: &str, args: &[&str]) -> Value {
    let mut all = vec!["--at", at, "--lang", "en", "indicators", "--format", "json"];
    all.extend_from_slice(args);
    let run = repo.ctg(&all);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    assert_eq!(run.stderr, "");
    let answer = run.json();
    assert_eq!(answer["date"], at);
    answer
}

/// The one indicator of the fixture, as of `at`.
fn one(repo: &Repo, at: &str) -> Value {
    let answer = answer(repo, at, &[]);
    let list = answer["indicators"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{answer:#}");
    list[0].clone()
}

/// `(state, progress, expected)` of the one indicator as of `at`.
fn standing(repo: &Repo, at: &str) -> (Value, Value, Value) {
    let row = one(repo, at);
    (
        row["state"].clone(),
        row["progress"].clone(),
        row["expected"].clone(),
    )
}

/// `ctg --at AT --lang LANG check --format json EXTRA`: its exit status and
/// the report (whose shape `Report::parse` checks).
fn check_at(repo: &Repo, at: &str, lang: &str, extra: &[&str]) -> (i32, Report) {
    let mut all = vec!["--at", at, "--lang", lang, "check", "--format", "json"];
    all.extend_from_slice(extra);
    let run = repo.ctg(&all);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    (run.code, Report::parse(&run.stdout))
}

/// The codes an indicator can cause, and those of a file left out.
const INDICATOR_CODES: [&str; 9] = [
    "duplicate-measure",
    "measure-in-future",
    "indicator-stale",
    "target-missed",
    "no-indicator",
    "invalid-value",
    "invalid-id",
    "duplicate-id",
    "missing-field",
];

/// The problems `check` finds as of `at`: `file:line:col code`. On TODAY
/// the fixture is otherwise sound, and every problem is listed; on another
/// day it has others (a commission meeting of 2026-05-01 held in the
/// future, an action overdue), and only those of the codes an indicator
/// causes are.
fn found_at(repo: &Repo, at: &str) -> Vec<String> {
    let report = check_at(repo, at, "en", &[]).1;
    if at == TODAY {
        return report.places();
    }
    report
        .diagnostics
        .iter()
        .filter(|d| INDICATOR_CODES.contains(&d.code.as_str()))
        .map(|d| d.place())
        .collect()
}

/// The message of the one `code` as of `at`, in English and in French.
fn messages(repo: &Repo, at: &str, code: &str) -> (String, String) {
    let say = |lang| check_at(repo, at, lang, &[]).1.one(code).message.clone();
    (say("en"), say("fr"))
}

/// The human form of `check` (stderr), in `lang`.
fn human(repo: &Repo, at: &str, lang: &str) -> Run {
    repo.ctg(&["--at", at, "--lang", lang, "--color", "never", "check"])
}

fn s(text: &str) -> Value {
    json!(text)
}

// ---------------------------------------------------------------------------
// 1. Every state, at its boundaries.
// ---------------------------------------------------------------------------

#[test]
fn exactly_on_the_expected_line_is_on_track_and_a_hair_below_is_behind() {
    // 730 days from baseline to target, 730 to gain: on TODAY, 530 days
    // in, the line is at 530 (530/730 = 0.726027…).
    let on = repo(
        ("2025-01-01", "0"),
        ("2027-01-01", "730"),
        &[("2026-06-15", "530")],
    );
    assert_eq!(
        standing(&on, TODAY),
        (s("on-track"), json!(0.726), json!(0.726))
    );
    let below = repo(
        ("2025-01-01", "0"),
        ("2027-01-01", "730"),
        &[("2026-06-15", "529.9999")],
    );
    // Both round to 0.726; the comparison is exact.
    assert_eq!(
        standing(&below, TODAY),
        (s("behind"), json!(0.726), json!(0.726))
    );
    // Neither is a problem for `check`.
    assert_eq!(found_at(&on, TODAY), Vec::<String>::new());
    assert_eq!(found_at(&below, TODAY), Vec::<String>::new());
}

#[test]
fn on_the_line_with_tenths_that_floats_get_wrong_is_on_track() {
    // In binary floats (0.3 − 0.1) / (0.5 − 0.1) = 0.49999999999999994,
    // below the 1/2 expected half-way: exact arithmetic says on the line.
    let on = repo(
        ("2025-01-01", "0.1"),
        ("2027-01-01", "0.5"),
        &[("2026-01-01", "0.3")],
    );
    assert_eq!(
        standing(&on, "2026-01-01"),
        (s("on-track"), json!(0.5), json!(0.5))
    );
    let below = repo(
        ("2025-01-01", "0.1"),
        ("2027-01-01", "0.5"),
        &[("2026-01-01", "0.2999")],
    );
    assert_eq!(
        standing(&below, "2026-01-01"),
        (s("behind"), json!(0.4998), json!(0.5))
    );
}

#[test]
fn a_target_met_on_its_day_is_reached_and_not_missed() {
    let met = repo(
        ("2025-01-01", "0"),
        ("2026-06-15", "100"),
        &[("2026-06-15", "100")],
    );
    assert_eq!(
        standing(&met, "2026-06-15"),
        (s("reached"), json!(1.0), json!(1.0))
    );
    assert_eq!(found_at(&met, "2026-06-15"), Vec::<String>::new());
    // Met, it stays met the day after and is never asked for more.
    assert_eq!(standing(&met, "2026-06-16").0, "reached");
    assert_eq!(found_at(&met, "2026-06-16"), Vec::<String>::new());
    assert_eq!(found_at(&met, "2028-06-16"), Vec::<String>::new());
}

#[test]
fn a_short_measure_misses_the_target_the_day_after_its_date_not_on_it() {
    let short = repo(
        ("2025-01-01", "0"),
        ("2026-06-15", "100"),
        &[("2026-06-15", "99.5")],
    );
    // The target's day itself is still on time.
    assert_eq!(
        standing(&short, "2026-06-15"),
        (s("behind"), json!(0.995), json!(1.0))
    );
    assert_eq!(found_at(&short, "2026-06-15"), Vec::<String>::new());
    // The day after: a warning at the `target` line, exit 0.
    let (code, report) = check_at(&short, "2026-06-16", "en", &[]);
    assert_eq!((code, report.errors), (0, 0));
    assert_eq!(
        found_at(&short, "2026-06-16"),
        ["actions/pe-1.toml:16:10 target-missed"]
    );
    assert_eq!(
        report.one("target-missed").message,
        "indicator `familles` missed its target of 100 familles by 2026-06-15: \
         last measure 99.5 familles on 2026-06-15"
    );
}

#[test]
fn one_measure_is_the_latest_and_the_only_one_listed() {
    let repo = repo(
        ("2025-01-01", "0"),
        ("2027-01-01", "730"),
        &[("2026-03-01", "300, note = \"deux communes\"")],
    );
    let row = one(&repo, TODAY);
    assert_eq!(row["latest"], json!({"date": "2026-03-01", "value": 300}));
    assert_eq!(
        row["measures"],
        json!([{"date": "2026-03-01", "value": 300, "note": "deux communes"}])
    );
    // 300/730 = 0.41096 below 530/730.
    assert_eq!(
        (&row["state"], &row["progress"], &row["expected"]),
        (&s("behind"), &json!(0.411), &json!(0.726))
    );
}

#[test]
fn no_measure_is_no_measure_with_null_latest_and_progress() {
    // The baseline is less than a year old on TODAY: nothing to warn.
    let young = repo(("2025-06-16", "0"), ("2027-06-16", "100"), &[]);
    let row = one(&young, TODAY);
    assert_eq!(row["state"], "no-measure");
    assert_eq!(row["latest"], Value::Null);
    assert_eq!(row["progress"], Value::Null);
    assert_eq!(row["measures"], json!([]));
    // 364 days of 730.
    assert_eq!(row["expected"], json!(0.4986));
    assert_eq!(found_at(&young, TODAY), Vec::<String>::new());
    // A year old that day: still `no-measure`, and `check` says it is stale.
    let old = repo(("2025-06-15", "0"), ("2027-06-15", "100"), &[]);
    assert_eq!(one(&old, TODAY)["state"], "no-measure");
    assert_eq!(
        found_at(&old, TODAY),
        ["actions/pe-1.toml:11:6 indicator-stale"]
    );
    assert_eq!(
        messages(&old, TODAY, "indicator-stale"),
        (
            "indicator `familles` has no measure, though its baseline is more than a year old"
                .to_owned(),
            "l'indicateur `familles` n'a aucune mesure, alors que sa valeur de référence date de plus d'un an"
                .to_owned()
        )
    );
}

#[test]
fn yearly_is_stale_one_day_past_a_year_without_a_measure() {
    let repo = repo(
        ("2024-12-31", "0"),
        ("2027-12-31", "1095"),
        &[("2025-06-15", "600")],
    );
    // A year to the day: on track (600/1095 above 531/1095).
    assert_eq!(
        standing(&repo, "2026-06-15"),
        (s("on-track"), json!(0.5479), json!(0.4849))
    );
    assert_eq!(one(&repo, "2026-06-15")["periodicity"], "yearly");
    assert_eq!(found_at(&repo, "2026-06-15"), Vec::<String>::new());
    // A day more: stale, whatever the progress.
    assert_eq!(standing(&repo, "2026-06-16").0, "stale");
    let (code, report) = check_at(&repo, "2026-06-16", "en", &[]);
    assert_eq!((code, report.errors), (0, 0));
    assert_eq!(
        found_at(&repo, "2026-06-16"),
        ["actions/pe-1.toml:11:6 indicator-stale"]
    );
    assert_eq!(
        messages(&repo, "2026-06-16", "indicator-stale"),
        (
            "indicator `familles` was last measured on 2025-06-15, more than a year ago".to_owned(),
            "l'indicateur `familles` a été mesuré pour la dernière fois le 15/06/2025, il y a plus d'un an"
                .to_owned()
        )
    );
}

#[test]
fn quarterly_is_stale_one_day_past_three_months() {
    let repo = with(&indicator(
        ("2024-12-31", "0"),
        ("2027-12-31", "1095"),
        &[("2026-03-15", "600")],
        "periodicity = \"quarterly\"\n",
    ));
    assert_eq!(one(&repo, "2026-06-15")["periodicity"], "quarterly");
    assert_eq!(standing(&repo, "2026-06-15").0, "on-track");
    assert_eq!(found_at(&repo, "2026-06-15"), Vec::<String>::new());
    assert_eq!(standing(&repo, "2026-06-16").0, "stale");
    assert_eq!(
        found_at(&repo, "2026-06-16"),
        ["actions/pe-1.toml:11:6 indicator-stale"]
    );
    assert_eq!(
        messages(&repo, "2026-06-16", "indicator-stale"),
        (
            "indicator `familles` was last measured on 2026-03-15, more than 3 months ago".to_owned(),
            "l'indicateur `familles` a été mesuré pour la dernière fois le 15/03/2026, il y a plus de 3 mois"
                .to_owned()
        )
    );
}

#[test]
fn monthly_counts_a_month_back_from_the_end_of_a_long_month() {
    // A month before 31 October is 30 September.
    let repo = with(&indicator(
        ("2024-12-31", "0"),
        ("2027-12-31", "1095"),
        &[("2026-09-30", "800")],
        "periodicity = \"monthly\"\n",
    ));
    assert_eq!(standing(&repo, "2026-10-31").0, "on-track");
    assert_eq!(found_at(&repo, "2026-10-31"), Vec::<String>::new());
    assert_eq!(standing(&repo, "2026-11-01").0, "stale");
    assert_eq!(
        found_at(&repo, "2026-11-01"),
        ["actions/pe-1.toml:11:6 indicator-stale"]
    );
    assert_eq!(
        messages(&repo, "2026-11-01", "indicator-stale"),
        (
            "indicator `familles` was last measured on 2026-09-30, more than a month ago".to_owned(),
            "l'indicateur `familles` a été mesuré pour la dernière fois le 30/09/2026, il y a plus d'un mois"
                .to_owned()
        )
    );
}

#[test]
fn a_reached_target_is_never_stale() {
    let repo = repo(
        ("2024-12-31", "0"),
        ("2027-12-31", "100"),
        &[("2025-03-31", "100")],
    );
    assert_eq!(standing(&repo, "2027-06-15").0, "reached");
    assert_eq!(found_at(&repo, "2027-06-15"), Vec::<String>::new());
}

#[test]
fn lower_is_better_when_the_target_is_below_the_baseline() {
    // A waiting time from 90 days down to 30; half-way on 2026-01-01.
    let at = |value: &str| {
        let repo = repo(
            ("2025-01-01", "90"),
            ("2027-01-01", "30"),
            &[("2026-01-01", value)],
        );
        standing(&repo, "2026-01-01")
    };
    assert_eq!(at("60"), (s("on-track"), json!(0.5), json!(0.5)));
    assert_eq!(at("45"), (s("on-track"), json!(0.75), json!(0.5)));
    // A hair worse than the line: more days, behind.
    assert_eq!(at("60.0001"), (s("behind"), json!(0.5), json!(0.5)));
    // Worse than the baseline: negative progress.
    assert_eq!(at("120"), (s("behind"), json!(-0.5), json!(0.5)));
    // At or below the target: reached, and beyond 1 below it.
    assert_eq!(at("30"), (s("reached"), json!(1.0), json!(0.5)));
    assert_eq!(at("29"), (s("reached"), json!(1.0167), json!(0.5)));
    // The table says which way is better.
    let lower = repo(
        ("2025-01-01", "90"),
        ("2027-01-01", "30"),
        &[("2026-01-01", "60")],
    );
    let table = lower.ctg(&["--at", "2026-01-01", "--lang", "en", "indicators"]);
    // The name wraps at words in its column: read its words in order.
    let name: Vec<&str> = table
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("---"))
        .skip(1)
        .take(3)
        .filter_map(|l| l.split("   ").next())
        .flat_map(str::split_whitespace)
        .collect();
    assert!(
        name.join(" ")
            .starts_with("Familles accueillies (familles, lower is better)"),
        "{}",
        table.stdout
    );
    let higher = repo(
        ("2025-01-01", "30"),
        ("2027-01-01", "90"),
        &[("2026-01-01", "60")],
    );
    let table = higher.ctg(&["--at", "2026-01-01", "--lang", "en", "indicators"]);
    assert!(
        table.stdout.contains("Familles accueillies (familles)"),
        "{}",
        table.stdout
    );
    assert!(!table.stdout.contains("lower"), "{}", table.stdout);
}

#[test]
fn lower_is_better_misses_its_target_only_when_above_it() {
    let at = |value: &str| {
        repo(
            ("2025-01-01", "90"),
            ("2026-06-14", "30"),
            &[("2026-06-01", value)],
        )
    };
    assert_eq!(found_at(&at("30"), TODAY), Vec::<String>::new());
    assert_eq!(found_at(&at("12.5"), TODAY), Vec::<String>::new());
    let missed = at("30.5");
    assert_eq!(
        found_at(&missed, TODAY),
        ["actions/pe-1.toml:16:10 target-missed"]
    );
    assert_eq!(
        messages(&missed, TODAY, "target-missed"),
        (
            "indicator `familles` missed its target of 30 familles by 2026-06-14: \
             last measure 30.5 familles on 2026-06-01"
                .to_owned(),
            "l'indicateur `familles` n'a pas atteint sa cible de 30 familles au 14/06/2026 : \
             dernière mesure 30,5 familles le 01/06/2026"
                .to_owned()
        )
    );
}

#[test]
fn measures_after_the_day_are_ignored_by_the_answer_and_refused_by_check() {
    let repo = repo(
        ("2025-01-01", "0"),
        ("2027-01-01", "730"),
        &[("2025-09-01", "100"), ("2026-09-01", "700")],
    );
    let row = one(&repo, TODAY);
    assert_eq!(row["latest"], json!({"date": "2025-09-01", "value": 100}));
    assert_eq!(
        row["measures"],
        json!([{"date": "2025-09-01", "value": 100, "note": null}])
    );
    assert_eq!(row["state"], "behind");
    // Once the day has come, it counts.
    let later = one(&repo, "2026-09-01");
    assert_eq!(later["latest"], json!({"date": "2026-09-01", "value": 700}));
    assert_eq!(later["measures"].as_array().unwrap().len(), 2);
    // `check` on TODAY: an error at the second measure's date, exit 1.
    let (code, report) = check_at(&repo, TODAY, "en", &[]);
    assert_eq!(code, 1);
    assert_eq!(
        report.places(),
        ["actions/pe-1.toml:19:12 measure-in-future"]
    );
    assert_eq!(report.errors, 1);
    assert_eq!(
        messages(&repo, TODAY, "measure-in-future"),
        (
            "indicator `familles`: measure of 2026-09-01 is after today (2026-06-15)".to_owned(),
            "indicateur `familles` : la mesure du 01/09/2026 est postérieure à aujourd'hui (15/06/2026)"
                .to_owned()
        )
    );
    assert_eq!(found_at(&repo, "2026-09-01"), Vec::<String>::new());
}

// ---------------------------------------------------------------------------
// 2. Exact decimals.
// ---------------------------------------------------------------------------

#[test]
fn tenths_reach_their_target_exactly() {
    for (baseline, target) in [("0", "0.3"), ("0.1", "0.4"), ("0.7", "0.1")] {
        let repo = repo(
            ("2025-01-01", baseline),
            ("2027-01-01", target),
            &[("2026-01-01", target)],
        );
        let row = one(&repo, "2026-01-01");
        assert_eq!(
            (&row["state"], &row["progress"]),
            (&s("reached"), &json!(1.0)),
            "{baseline} → {target}"
        );
        assert_eq!(row["latest"]["value"], row["target"]["value"]);
        assert_eq!(
            row["target"]["value"].to_string(),
            target,
            "printed as written"
        );
    }
}

#[test]
fn a_value_with_five_decimals_is_invalid_and_its_file_left_out() {
    let repo = repo(
        ("2025-01-01", "0"),
        ("2027-01-01", "730"),
        &[("2026-01-01", "0.00001")],
    );
    let (code, report) = check_at(&repo, TODAY, "en", &[]);
    assert_eq!(code, 1);
    assert_eq!(report.places(), ["actions/pe-1.toml:18:32 invalid-value"]);
    assert_eq!(
        report.one("invalid-value").message,
        "`value` = 0.00001 has more than four decimals"
    );
    let fr = check_at(&repo, TODAY, "fr", &[]).1;
    assert_eq!(
        fr.one("invalid-value").message,
        "`value` = 0,00001 a plus de quatre décimales"
    );
    // Four decimals are fine.
    let fine = repo_value("0.0001");
    assert_eq!(one(&fine, TODAY)["latest"]["value"], json!(0.0001));
}

fn repo_value(value: &str) -> Repo {
    repo(
        ("2025-01-01", "0"),
        ("2027-01-01", "730"),
        &[("2026-01-01", value)],
    )
}

#[test]
fn exponents_read_as_the_numbers_they_are() {
    let repo = repo(
        ("2025-01-01", "0"),
        ("2027-01-01", "1e3"),
        &[("2026-01-01", "2.5e2"), ("2026-02-01", "1_000e-3")],
    );
    let row = one(&repo, TODAY);
    assert_eq!(row["target"]["value"], json!(1000));
    assert_eq!(row["measures"][0]["value"], json!(250));
    assert_eq!(row["measures"][1]["value"], json!(1));
    assert_eq!(found_at(&repo, TODAY), Vec::<String>::new());
}

#[test]
fn progress_is_rounded_to_four_decimals() {
    let at = |value: &str| {
        let repo = repo(
            ("2025-01-01", "0"),
            ("2027-01-01", "3"),
            &[("2026-01-01", value)],
        );
        let row = one(&repo, "2026-01-01");
        let csv = repo.ctg(&["--at", "2026-01-01", "indicators", "--format", "csv"]);
        let rows = parse_csv(&csv.stdout);
        (row["progress"].clone(), rows[1][13].clone())
    };
    assert_eq!(at("1"), (json!(0.3333), "0.3333".to_owned()));
    assert_eq!(at("2"), (json!(0.6667), "0.6667".to_owned()));
    assert_eq!(at("-1"), (json!(-0.3333), "-0.3333".to_owned()));
    // The raw text has no more than four decimals.
    let repo = repo_value("1");
    let run = repo.ctg(&["--at", "2026-01-01", "indicators", "--format", "json"]);
    assert!(
        run.stdout.contains("\"progress\": 0.0014,"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\"expected\": 0.5,"), "{}", run.stdout);
}

// ---------------------------------------------------------------------------
// 3. Every code, in both languages.
// ---------------------------------------------------------------------------

#[test]
fn duplicate_measure_points_at_the_second_measure_and_leaves_the_file_out() {
    // Out of order in the file: the second written is the one pointed at.
    let repo = repo(
        ("2025-01-01", "0"),
        ("2027-01-01", "730"),
        &[
            ("2026-01-01", "50"),
            ("2025-06-01", "20"),
            ("2026-01-01", "51"),
        ],
    );
    let (code, report) = check_at(&repo, TODAY, "en", &[]);
    assert_eq!(code, 1);
    assert_eq!(
        report.places(),
        ["actions/pe-1.toml:20:12 duplicate-measure"]
    );
    assert_eq!(
        messages(&repo, TODAY, "duplicate-measure"),
        (
            "indicator `familles` has two measures on 2026-01-01".to_owned(),
            "l'indicateur `familles` a deux mesures le 01/01/2026".to_owned()
        )
    );
    let en = human(&repo, TODAY, "en");
    assert_eq!(en.code, 1);
    assert!(
        en.stderr.contains(
            "error[duplicate-measure]: indicator `familles` has two measures on 2026-01-01\n  --> actions/pe-1.toml:20:12\n"
        ),
        "{}",
        en.stderr
    );
    let fr = human(&repo, TODAY, "fr");
    assert!(
        fr.stderr.contains(
            "erreur[duplicate-measure] : l'indicateur `familles` a deux mesures le 01/01/2026\n  --> actions/pe-1.toml:20:12\n"
        ),
        "{}",
        fr.stderr
    );
    assert_left_out(&repo, "duplicate-measure");
}

/// `actions/pe-1.toml` is left out: `ctg actions` and `ctg indicators` no
/// longer list it, say so on stderr and exit 1.
fn assert_left_out(repo: &Repo, code: &str) {
    let actions = repo.ctg(&["--at", TODAY, "--lang", "en", "actions", "--format", "json"]);
    assert_eq!(actions.code, 1, "{}", actions.stderr);
    assert_eq!(actions.json()["actions"], json!([]));
    assert_eq!(
        actions.stderr,
        format!("warning: actions/pe-1.toml left out ({code}); run `ctg check` for details\n")
    );
    let indicators = repo.ctg(&[
        "--at",
        TODAY,
        "--lang",
        "en",
        "indicators",
        "--format",
        "json",
    ]);
    assert_eq!(indicators.code, 1);
    assert_eq!(indicators.json()["indicators"], json!([]));
    assert!(
        indicators.stderr.contains("actions/pe-1.toml left out"),
        "{}",
        indicators.stderr
    );
}

#[test]
fn without_the_broken_indicator_the_action_is_listed() {
    // The control of `assert_left_out`: the same fixture, sound.
    let repo = repo(
        ("2025-01-01", "0"),
        ("2027-01-01", "730"),
        &[("2025-06-01", "20"), ("2026-01-01", "51")],
    );
    let actions = repo.ctg(&["--at", TODAY, "actions", "--format", "json"]);
    assert_eq!(actions.code, 0, "{}", actions.stderr);
    assert_eq!(actions.json()["actions"][0]["id"], "pe-1");
    assert_eq!(answer(&repo, TODAY, &[])["indicators"][0]["id"], "familles");
}

#[test]
fn measure_in_future_is_an_error_but_leaves_the_file_in() {
    let repo = repo(
        ("2025-01-01", "0"),
        ("2027-01-01", "730"),
        &[("2026-06-16", "530")],
    );
    let en = human(&repo, TODAY, "en");
    assert_eq!(en.code, 1);
    assert!(
        en.stderr.contains(
            "error[measure-in-future]: indicator `familles`: measure of 2026-06-16 is after today (2026-06-15)\n  --> actions/pe-1.toml:18:12\n"
        ),
        "{}",
        en.stderr
    );
    let fr = human(&repo, TODAY, "fr");
    assert!(
        fr.stderr.contains(
            "erreur[measure-in-future] : indicateur `familles` : la mesure du 16/06/2026 est postérieure à aujourd'hui (15/06/2026)\n  --> actions/pe-1.toml:18:12\n"
        ),
        "{}",
        fr.stderr
    );
    // A measure of today is not in the future.
    assert_eq!(found_at(&repo, "2026-06-16"), Vec::<String>::new());
    // The answer as of today: no measure yet, the action still listed.
    let row = one(&repo, TODAY);
    assert_eq!(row["state"], "no-measure");
    assert_eq!(row["where"], json!({"kind": "action", "id": "pe-1"}));
}

#[test]
fn indicator_stale_and_target_missed_in_human_form_in_both_languages() {
    let repo = repo(
        ("2024-12-31", "0"),
        ("2026-03-31", "60"),
        &[("2025-03-31", "52.5")],
    );
    // Both at once, a year and a quarter on: stale (11:6) and missed (16:10).
    let (code, report) = check_at(&repo, TODAY, "en", &[]);
    assert_eq!(code, 0);
    assert_eq!(
        report.places(),
        [
            "actions/pe-1.toml:11:6 indicator-stale",
            "actions/pe-1.toml:16:10 target-missed"
        ]
    );
    let en = human(&repo, TODAY, "en");
    assert_eq!(en.code, 0);
    for expected in [
        "warning[indicator-stale]: indicator `familles` was last measured on 2025-03-31, more than a year ago\n  --> actions/pe-1.toml:11:6\n",
        "warning[target-missed]: indicator `familles` missed its target of 60 familles by 2026-03-31: last measure 52.5 familles on 2025-03-31\n  --> actions/pe-1.toml:16:10\n",
        "0 errors, 2 warnings",
    ] {
        assert!(en.stderr.contains(expected), "{expected}\n{}", en.stderr);
    }
    let fr = human(&repo, TODAY, "fr");
    assert_eq!(fr.code, 0);
    for expected in [
        "avertissement[indicator-stale] : l'indicateur `familles` a été mesuré pour la dernière fois le 31/03/2025, il y a plus d'un an\n  --> actions/pe-1.toml:11:6\n",
        "avertissement[target-missed] : l'indicateur `familles` n'a pas atteint sa cible de 60 familles au 31/03/2026 : dernière mesure 52,5 familles le 31/03/2025\n  --> actions/pe-1.toml:16:10\n",
        "0 erreur, 2 avertissements",
    ] {
        assert!(fr.stderr.contains(expected), "{expected}\n{}", fr.stderr);
    }
}

#[test]
fn target_missed_without_any_measure() {
    let repo = repo(("2026-01-01", "0"), ("2026-06-14", "60"), &[]);
    assert_eq!(
        found_at(&repo, TODAY),
        ["actions/pe-1.toml:16:10 target-missed"]
    );
    assert_eq!(
        messages(&repo, TODAY, "target-missed"),
        (
            "indicator `familles` had a target of 60 familles by 2026-06-14 and has no measure"
                .to_owned(),
            "l'indicateur `familles` avait une cible de 60 familles au 14/06/2026 et n'a aucune mesure"
                .to_owned()
        )
    );
}

/// The valid repository whose action is done, without an indicator.
fn done() -> Repo {
    Repo::new().edit(
        "actions/pe-1.toml",
        "status = \"in-progress\"\n",
        "status = \"done\"\ncompleted = 2026-05-01\n",
    )
}

#[test]
fn no_indicator_is_off_by_default() {
    let (code, report) = check_at(&done(), TODAY, "en", &[]);
    assert_eq!((code, report.places()), (0, vec![]));
}

#[test]
fn no_indicator_is_on_with_strict_which_then_fails() {
    let repo = done();
    let (code, report) = check_at(&repo, TODAY, "en", &["--strict"]);
    assert_eq!(code, 1);
    assert_eq!(report.places(), ["actions/pe-1.toml:3:10 no-indicator"]);
    assert_eq!(report.one("no-indicator").severity, "warning");
    let fr = check_at(&repo, TODAY, "fr", &["--strict"]).1;
    assert_eq!(
        (
            report.one("no-indicator").message.as_str(),
            fr.one("no-indicator").message.as_str()
        ),
        (
            "this done action has no indicator to show what it achieved",
            "cette action terminée n'a aucun indicateur pour montrer ce qu'elle a produit"
        )
    );
    // With an indicator, --strict passes.
    let measured = done().append(
        "actions/pe-1.toml",
        &format!(
            "\n{}",
            indicator(
                ("2025-01-01", "0"),
                ("2026-05-01", "10"),
                &[("2026-05-01", "10")],
                ""
            )
        ),
    );
    let (code, report) = check_at(&measured, TODAY, "en", &["--strict"]);
    assert_eq!((code, report.places()), (0, vec![]));
}

#[test]
fn no_indicator_is_a_mere_warning_with_require_indicators_in_copil_toml() {
    let repo = done().append("copil.toml", "\n[check]\nrequire_indicators = true\n");
    let (code, report) = check_at(&repo, TODAY, "en", &[]);
    assert_eq!(code, 0);
    assert_eq!(report.places(), ["actions/pe-1.toml:3:10 no-indicator"]);
    let en = human(&repo, TODAY, "en");
    assert_eq!(en.code, 0);
    assert!(
        en.stderr.contains(
            "warning[no-indicator]: this done action has no indicator to show what it achieved\n --> actions/pe-1.toml:3:10\n"
        ),
        "{}",
        en.stderr
    );
    let fr = human(&repo, TODAY, "fr");
    assert_eq!(fr.code, 0);
    assert!(
        fr.stderr.contains(
            "avertissement[no-indicator] : cette action terminée n'a aucun indicateur pour montrer ce qu'elle a produit\n --> actions/pe-1.toml:3:10\n"
        ),
        "{}",
        fr.stderr
    );
    // `false` is the default: nothing.
    let off = done().append("copil.toml", "\n[check]\nrequire_indicators = false\n");
    assert_eq!(found_at(&off, TODAY), Vec::<String>::new());
}

#[test]
fn no_indicator_for_a_commission_with_objectives() {
    let repo = Repo::new().append(
        "commissions/pe.toml",
        "objectives = [\"Informer chaque famille\"]\n",
    );
    assert_eq!(found_at(&repo, TODAY), Vec::<String>::new());
    let (code, report) = check_at(&repo, TODAY, "en", &["--strict"]);
    assert_eq!(code, 1);
    assert_eq!(report.places(), ["commissions/pe.toml:4:14 no-indicator"]);
    let fr = check_at(&repo, TODAY, "fr", &["--strict"]).1;
    assert_eq!(
        (
            report.one("no-indicator").message.as_str(),
            fr.one("no-indicator").message.as_str()
        ),
        (
            "this commission has objectives but no indicator to follow them",
            "cette commission a des objectifs mais aucun indicateur pour les suivre"
        )
    );
    // Its own indicator satisfies it.
    let measured = repo.append(
        "commissions/pe.toml",
        &format!(
            "\n{}",
            indicator(
                ("2025-01-01", "0"),
                ("2027-01-01", "730"),
                &[("2026-06-01", "600")],
                ""
            )
        ),
    );
    let (code, report) = check_at(&measured, TODAY, "en", &["--strict"]);
    assert_eq!((code, report.places()), (0, vec![]));
    let row = one(&measured, TODAY);
    assert_eq!(row["where"], json!({"kind": "commission", "id": "pe"}));
}

#[test]
fn a_target_dated_on_or_before_its_baseline_is_invalid() {
    for target in ["2025-01-01", "2024-12-31"] {
        let repo = repo(
            ("2025-01-01", "0"),
            (target, "730"),
            &[("2026-01-01", "100")],
        );
        let (code, report) = check_at(&repo, TODAY, "en", &[]);
        assert_eq!(code, 1);
        assert_eq!(report.places(), ["actions/pe-1.toml:16:10 invalid-value"]);
        let fr = check_at(&repo, TODAY, "fr", &[]).1;
        let day = &target[8..10];
        let month = &target[5..7];
        let year = &target[..4];
        assert_eq!(
            (
                report.one("invalid-value").message.clone(),
                fr.one("invalid-value").message.clone()
            ),
            (
                format!("the target's date ({target}) is not after the baseline's (2025-01-01)"),
                format!(
                    "la date de la cible ({day}/{month}/{year}) n'est pas postérieure à celle de \
                     la valeur de référence (01/01/2025)"
                )
            )
        );
        assert_left_out(&repo, "invalid-value");
    }
}

#[test]
fn a_target_equal_to_its_baseline_is_invalid() {
    let repo = repo(
        ("2025-01-01", "12.5"),
        ("2027-01-01", "12.50"),
        &[("2026-01-01", "13")],
    );
    let (code, report) = check_at(&repo, TODAY, "en", &[]);
    assert_eq!(code, 1);
    assert_eq!(report.places(), ["actions/pe-1.toml:16:10 invalid-value"]);
    let fr = check_at(&repo, TODAY, "fr", &[]).1;
    assert_eq!(
        (
            report.one("invalid-value").message.as_str(),
            fr.one("invalid-value").message.as_str()
        ),
        (
            "the target (12.5) equals the baseline: there is no progress to measure",
            "la cible (12,5) est égale à la valeur de référence : il n'y a pas de progrès à mesurer"
        )
    );
    assert_left_out(&repo, "invalid-value");
}

#[test]
fn two_indicators_with_one_id_in_a_file_are_a_duplicate_id() {
    let first = indicator(("2025-01-01", "0"), ("2027-01-01", "730"), &[], "");
    // The second starts on line 18: its id on line 19.
    let dup = with(&format!("{first}\n{first}"));
    let (code, report) = check_at(&dup, TODAY, "en", &[]);
    assert_eq!(code, 1);
    assert_eq!(report.places(), ["actions/pe-1.toml:19:6 duplicate-id"]);
    let fr = check_at(&dup, TODAY, "fr", &[]).1;
    assert_eq!(
        (
            report.one("duplicate-id").message.as_str(),
            fr.one("duplicate-id").message.as_str()
        ),
        (
            "two indicators of this file have the id `familles`",
            "deux indicateurs de ce fichier ont l'identifiant `familles`"
        )
    );
    assert_left_out(&dup, "duplicate-id");
    // One id in two files is no duplicate: ids are per file.
    let sound = indicator(
        ("2025-01-01", "0"),
        ("2027-01-01", "730"),
        &[("2026-06-01", "600")],
        "",
    );
    let two_files = with(&sound).file("actions/pe-2.toml", format!("{}\n{sound}", support::PE_1));
    assert_eq!(found_at(&two_files, TODAY), Vec::<String>::new());
    let ids: Vec<Value> = answer(&two_files, TODAY, &[])["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| json!([r["where"]["id"], r["id"]]))
        .collect();
    assert_eq!(
        ids,
        [json!(["pe-1", "familles"]), json!(["pe-2", "familles"])]
    );
}

#[test]
fn an_indicator_id_with_spaces_or_capitals_is_an_invalid_id() {
    let text = indicator(("2025-01-01", "0"), ("2027-01-01", "730"), &[], "")
        .replace("id = \"familles\"", "id = \"Familles Accueillies\"");
    let repo = with(&text);
    let (code, report) = check_at(&repo, TODAY, "en", &[]);
    assert_eq!(code, 1);
    assert_eq!(report.places(), ["actions/pe-1.toml:11:6 invalid-id"]);
    let diag = report.one("invalid-id");
    assert_eq!(
        diag.message,
        "`Familles Accueillies` is not a valid indicator id"
    );
    assert_eq!(
        diag.hint.as_deref(),
        Some("use lowercase letters, digits and hyphens, such as `id = \"familles-accueillies\"`")
    );
    let fr = check_at(&repo, TODAY, "fr", &[]).1;
    assert_eq!(
        fr.one("invalid-id").message,
        "`Familles Accueillies` n'est pas un identifiant d'indicateur valide"
    );
    assert_left_out(&repo, "invalid-id");
}

#[test]
fn an_indicator_without_its_target_leaves_its_file_out() {
    let text = indicator(("2025-01-01", "0"), ("2027-01-01", "730"), &[], "")
        .replace("target = { date = 2027-01-01, value = 730 }\n", "");
    let repo = with(&text);
    let (code, report) = check_at(&repo, TODAY, "en", &[]);
    assert_eq!(code, 1);
    assert_eq!(report.codes(), ["missing-field"]);
    assert_eq!(report.diagnostics[0].file, "actions/pe-1.toml");
    assert_left_out(&repo, "missing-field");
}

// ---------------------------------------------------------------------------
// 4. The JSON shape.
// ---------------------------------------------------------------------------

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("an object: {value}"))
        .keys()
        .map(String::as_str)
        .collect()
}

fn set<'a>(items: &[&'a str]) -> BTreeSet<&'a str> {
    items.iter().copied().collect()
}

fn is_day(value: &Value) -> bool {
    value.as_str().is_some_and(|text| {
        let b = text.as_bytes();
        text.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && text
                .chars()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    })
}

/// A dated value: `{"date", "value"}`, the value an integer when it is one.
fn assert_dated(value: &Value, what: &str) {
    assert_eq!(keys(value), set(&["date", "value"]), "{what}: {value}");
    assert!(is_day(&value["date"]), "{what}: {value}");
    assert_exact(&value["value"], what);
}

/// A number, printed as an integer when it is one (45, not 45.0).
fn assert_exact(value: &Value, what: &str) {
    let number = value.as_f64().unwrap_or_else(|| panic!("{what}: {value}"));
    if number.fract() == 0.0 {
        assert!(value.is_i64(), "{what}: {value} is an integer");
    }
}

fn data_answer(args: &[&str]) -> Value {
    let mut all = vec!["--at", "2026-11-28", "indicators", "--format", "json"];
    all.extend_from_slice(args);
    let run = run_in(&data(), &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.json()
}

#[test]
fn the_json_has_the_documented_shape() {
    let answer = data_answer(&[]);
    assert_eq!(keys(&answer), set(&["date", "indicators"]));
    assert_eq!(answer["date"], "2026-11-28");
    let rows = answer["indicators"].as_array().unwrap();
    assert_eq!(rows.len(), 7);
    let mut latest_null = 0;
    for row in rows {
        let id = row["id"].as_str().unwrap();
        assert_eq!(
            keys(row),
            set(&[
                "where",
                "id",
                "name",
                "kind",
                "unit",
                "periodicity",
                "baseline",
                "target",
                "latest",
                "progress",
                "expected",
                "state",
                "measures"
            ]),
            "{id}"
        );
        assert_eq!(keys(&row["where"]), set(&["kind", "id"]));
        assert!(
            ["action", "commission"].contains(&row["where"]["kind"].as_str().unwrap()),
            "{id}"
        );
        assert!(row["where"]["id"].is_string());
        assert!(row["name"].as_str().is_some_and(|n| !n.is_empty()));
        assert!(["result", "means"].contains(&row["kind"].as_str().unwrap()));
        assert!(row["unit"].is_string() || row["unit"].is_null());
        assert!(
            ["yearly", "half-yearly", "quarterly", "monthly"]
                .contains(&row["periodicity"].as_str().unwrap())
        );
        assert_dated(&row["baseline"], id);
        assert_dated(&row["target"], id);
        assert!(
            ["reached", "on-track", "behind", "stale", "no-measure"]
                .contains(&row["state"].as_str().unwrap())
        );
        assert!(row["expected"].is_f64(), "{id}");
        let measures = row["measures"].as_array().unwrap();
        for m in measures {
            assert_eq!(keys(m), set(&["date", "value", "note"]), "{id}");
            assert!(is_day(&m["date"]));
            assert_exact(&m["value"], id);
            assert!(m["note"].is_string() || m["note"].is_null());
        }
        if row["latest"].is_null() {
            latest_null += 1;
            assert_eq!(row["progress"], Value::Null, "{id}");
            assert_eq!(row["state"], "no-measure");
            assert!(measures.is_empty());
        } else {
            assert_dated(&row["latest"], id);
            assert!(row["progress"].is_f64(), "{id}");
            // The latest is the last measure listed.
            let last = measures.last().unwrap();
            assert_eq!(
                json!({"date": last["date"], "value": last["value"]}),
                row["latest"]
            );
        }
    }
    assert_eq!(latest_null, 1);
    // The documented example is `par-01-laep-itinerant`'s row, as it is.
    let par_01 = rows
        .iter()
        .find(|r| r["where"]["id"] == "par-01-laep-itinerant")
        .unwrap();
    assert_eq!(
        *par_01,
        json!({
          "where": { "kind": "action", "id": "par-01-laep-itinerant" },
          "id": "familles-accueillies",
          "name": "Familles accueillies au LAEP itinérant",
          "kind": "result",
          "unit": "familles",
          "periodicity": "half-yearly",
          "baseline": { "date": "2024-12-31", "value": 0 },
          "target": { "date": "2027-12-31", "value": 120 },
          "latest": { "date": "2026-06-30", "value": 52 },
          "progress": 0.4333,
          "expected": 0.6365,
          "state": "behind",
          "measures": [
            { "date": "2025-12-31", "value": 15, "note": "deux mois d'ouverture" },
            { "date": "2026-06-30", "value": 52, "note": "deux communes seulement" }
          ]
        })
    );
}

#[test]
fn integers_print_as_integers_and_decimals_as_written() {
    let repo = repo(
        ("2025-01-01", "45.0"),
        ("2027-01-01", "12.50"),
        &[("2026-01-01", "20"), ("2026-02-01", "0.0001")],
    );
    let run = repo.ctg(&["--at", TODAY, "indicators", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for text in [
        "\"value\": 45\n",
        "\"value\": 12.5\n",
        "\"value\": 20,\n",
        "\"value\": 0.0001,\n",
    ] {
        assert!(run.stdout.contains(text), "{text}\n{}", run.stdout);
    }
    assert!(!run.stdout.contains("45.0"), "{}", run.stdout);
    assert!(!run.stdout.contains("20.0"), "{}", run.stdout);
}

#[test]
fn no_indicator_at_all_is_an_empty_list() {
    let repo = Repo::new();
    assert_eq!(
        answer(&repo, TODAY, &[]),
        json!({"date": TODAY, "indicators": []})
    );
    let run = repo.ctg(&["--at", TODAY, "--lang", "en", "indicators"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert!(!run.stdout.trim().is_empty());
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
}

// ---------------------------------------------------------------------------
// 5. CSV.
// ---------------------------------------------------------------------------

/// An RFC 4180 reader: fields separated by commas, records by CRLF or LF,
/// a quoted field may hold commas, line breaks and doubled quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut started = false;
    while let Some(c) = chars.next() {
        started = true;
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                quoted = true;
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                started = false;
            }
            _ => field.push(c),
        }
    }
    assert!(!quoted, "an unclosed quote");
    if started {
        record.push(field);
        records.push(record);
    }
    records
}

#[test]
fn the_csv_reader_reads_quotes_commas_and_line_breaks() {
    assert_eq!(
        parse_csv("a,\"b, \"\"c\"\"\nd\",\r\n,x\n"),
        [
            vec!["a".to_owned(), "b, \"c\"\nd".to_owned(), String::new()],
            vec![String::new(), "x".to_owned()]
        ]
    );
}

const CSV_HEADER: [&str; 16] = [
    "where_kind",
    "where_id",
    "id",
    "name",
    "kind",
    "unit",
    "periodicity",
    "baseline_date",
    "baseline_value",
    "target_date",
    "target_value",
    "latest_date",
    "latest_value",
    "progress",
    "expected",
    "state",
];

/// The CSV row a JSON row should give: text as is, numbers compared as
/// numbers (JSON writes 1.0 where CSV writes 1).
fn assert_same_row(csv: &[String], row: &Value) {
    let text = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let expected_text = [
        text(&row["where"]["kind"]),
        text(&row["where"]["id"]),
        text(&row["id"]),
        text(&row["name"]),
        text(&row["kind"]),
        text(&row["unit"]),
        text(&row["periodicity"]),
        text(&row["baseline"]["date"]),
        text(&row["baseline"]["value"]),
        text(&row["target"]["date"]),
        text(&row["target"]["value"]),
        text(&row["latest"]["date"]),
        text(&row["latest"]["value"]),
    ];
    assert_eq!(csv.len(), 16, "{csv:?}");
    assert_eq!(csv[..13], expected_text, "{row}");
    let number = |field: &str| -> Option<f64> {
        (!field.is_empty()).then(|| field.parse().unwrap_or_else(|_| panic!("{field}")))
    };
    assert_eq!(number(&csv[13]), row["progress"].as_f64(), "{row}");
    assert_eq!(number(&csv[14]), row["expected"].as_f64(), "{row}");
    assert_eq!(csv[15], text(&row["state"]));
}

#[test]
fn the_csv_of_data_parses_back_to_the_json() {
    let run = run_in(
        &data(),
        &[
            "--at",
            "2026-11-28",
            "indicators",
            "--format",
            "csv",
            "--csv-sep",
            ",",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let records = parse_csv(&run.stdout);
    assert_eq!(records[0], CSV_HEADER);
    let json = data_answer(&[]);
    let rows = json["indicators"].as_array().unwrap();
    assert_eq!(records.len(), 1 + rows.len());
    for (csv, row) in records[1..].iter().zip(rows) {
        assert_same_row(csv, row);
    }
    // Spot checks, as a person would read them.
    assert_eq!(
        records[4][..],
        [
            "action",
            "par-01-laep-itinerant",
            "familles-accueillies",
            "Familles accueillies au LAEP itinérant",
            "result",
            "familles",
            "half-yearly",
            "2024-12-31",
            "0",
            "2027-12-31",
            "120",
            "2026-06-30",
            "52",
            "0.4333",
            "0.6365",
            "behind"
        ]
    );
    let no_measure = records.iter().find(|r| r[15] == "no-measure").unwrap();
    assert_eq!(no_measure[11..14], ["", "", ""]);
}

#[test]
fn the_csv_quotes_names_with_commas_quotes_and_line_breaks() {
    let text = indicator(
        ("2025-01-01", "0.5"),
        ("2027-01-01", "730"),
        &[("2026-01-01", "12.25")],
        "",
    )
    .replace(
        "name = \"Familles accueillies\"",
        "name = \"Familles \\\"accueillies\\\", Istres\"",
    )
    .replace("unit = \"familles\"\n", "");
    let repo = with(&text);
    let run = repo.ctg(&["--at", TODAY, "indicators", "--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let records = parse_csv(&run.stdout);
    assert_eq!(records.len(), 2, "{}", run.stdout);
    assert_eq!(records[1][3], "Familles \"accueillies\", Istres");
    assert_eq!(records[1][5], "", "no unit");
    let json = answer(&repo, TODAY, &[]);
    assert_eq!(json["indicators"][0]["unit"], Value::Null);
    assert_same_row(&records[1], &json["indicators"][0]);
}

// ---------------------------------------------------------------------------
// 6. Filters.
// ---------------------------------------------------------------------------

fn pairs(answer: &Value) -> Vec<(String, String)> {
    answer["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["where"]["id"].as_str().unwrap().to_owned(),
                r["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn owned(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn commission_keeps_its_own_indicators_and_its_actions() {
    assert_eq!(
        pairs(&data_answer(&["--commission", "parentalite"])),
        owned(&[
            ("parentalite", "familles-actions-parentalite"),
            ("par-01-laep-itinerant", "familles-accueillies"),
            ("par-02-reseau-parentalite", "signataires-charte"),
        ])
    );
    assert_eq!(
        data_answer(&["--commission", "parentalite"])["indicators"][0]["where"]["kind"],
        "commission"
    );
    // Two commissions: both.
    assert_eq!(
        pairs(&data_answer(&[
            "--commission",
            "petite-enfance",
            "--commission",
            "port-saint-louis"
        ])),
        owned(&[
            ("petite-enfance", "taux-couverture"),
            ("psl-02-mobilite-jeunes", "jeunes-transportes"),
        ])
    );
    // A commission without indicators: none, and still exit 0.
    assert_eq!(
        pairs(&data_answer(&["--commission", "enfance-jeunesse"])),
        []
    );
}

#[test]
fn action_keeps_that_actions_indicators() {
    assert_eq!(
        pairs(&data_answer(&["--action", "par-01-laep-itinerant"])),
        owned(&[("par-01-laep-itinerant", "familles-accueillies")])
    );
    // An action without indicators: none.
    assert_eq!(
        pairs(&data_answer(&["--action", "par-03-semaine-parentalite"])),
        []
    );
}

#[test]
fn state_filters_in_english_and_in_french() {
    let behind = owned(&[("par-01-laep-itinerant", "familles-accueillies")]);
    assert_eq!(pairs(&data_answer(&["--state", "behind"])), behind);
    assert_eq!(pairs(&data_answer(&["--state", "en-retard"])), behind);
    assert_eq!(
        pairs(&data_answer(&["--state", "atteint", "--state", "stale"])),
        owned(&[
            ("ad-02-ateliers-numeriques", "seances-ateliers"),
            ("par-02-reseau-parentalite", "signataires-charte"),
        ])
    );
    assert_eq!(
        pairs(&data_answer(&["--state", "sans-mesure"])),
        owned(&[("psl-02-mobilite-jeunes", "jeunes-transportes")])
    );
    // Filters add up: parentalite's on-track indicators.
    assert_eq!(
        pairs(&data_answer(&[
            "--commission",
            "parentalite",
            "--state",
            "en-bonne-voie"
        ])),
        owned(&[("parentalite", "familles-actions-parentalite")])
    );
    // An unknown state is a usage error.
    let run = run_in(
        &data(),
        &["--at", "2026-11-28", "indicators", "--state", "late"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(run.stdout, "");
}

#[test]
fn an_unknown_commission_exits_2_with_the_nearest_id() {
    for (lang, expected) in [
        (
            "en",
            "error: --commission `parentalte`: no such id in commissions/\n",
        ),
        (
            "fr",
            "erreur : --commission `parentalte` : aucun identifiant de ce nom dans commissions/\n",
        ),
    ] {
        let run = run_in(
            &data(),
            &[
                "--at",
                "2026-11-28",
                "--lang",
                lang,
                "indicators",
                "--commission",
                "parentalte",
            ],
        );
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert_eq!(run.stdout, "");
        assert!(run.stderr.starts_with(expected), "{}", run.stderr);
        assert!(run.stderr.contains("`parentalite`"), "{}", run.stderr);
    }
    let run = run_in(
        &data(),
        &["--at", "2026-11-28", "indicators", "--action", "par-01-lap"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("--action `par-01-lap`"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------
// 7. data/ on 2026-11-28.
// ---------------------------------------------------------------------------

#[test]
fn the_states_of_data() {
    let answer = data_answer(&[]);
    let states: Vec<(String, String, String, Value)> = answer["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["where"]["id"].as_str().unwrap().to_owned(),
                r["id"].as_str().unwrap().to_owned(),
                r["state"].as_str().unwrap().to_owned(),
                r["progress"].clone(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String, Value)> = [
        (
            "ad-01-permanences-acces-droits",
            "delai-rendez-vous",
            "on-track",
            json!(0.8214),
        ),
        (
            "ad-02-ateliers-numeriques",
            "seances-ateliers",
            "stale",
            json!(0.2933),
        ),
        (
            "parentalite",
            "familles-actions-parentalite",
            "on-track",
            json!(0.5263),
        ),
        (
            "par-01-laep-itinerant",
            "familles-accueillies",
            "behind",
            json!(0.4333),
        ),
        (
            "par-02-reseau-parentalite",
            "signataires-charte",
            "reached",
            json!(1.2),
        ),
        (
            "petite-enfance",
            "taux-couverture",
            "on-track",
            json!(0.4026),
        ),
        (
            "psl-02-mobilite-jeunes",
            "jeunes-transportes",
            "no-measure",
            Value::Null,
        ),
    ]
    .into_iter()
    .map(|(w, i, s, p)| (w.to_owned(), i.to_owned(), s.to_owned(), p))
    .collect();
    assert_eq!(states, expected);
    // ad-01 is a waiting time: lower is better, and progress is positive.
    let ad_01 = &answer["indicators"][0];
    assert!(ad_01["target"]["value"].as_f64() < ad_01["baseline"]["value"].as_f64());
    assert!(ad_01["latest"]["value"].as_f64() < ad_01["baseline"]["value"].as_f64());
}

#[test]
fn check_on_data_gives_exactly_the_stale_indicator() {
    let run = run_in(
        &data(),
        &["--at", "2026-11-28", "check", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = Report::parse(&run.stdout);
    assert_eq!(
        report.places(),
        ["actions/ad-02-ateliers-numeriques.toml:13:6 indicator-stale"]
    );
    assert_eq!((report.errors, report.warnings), (0, 1));
    let human = run_in(&data(), &["--at", "2026-11-28", "--lang", "fr", "check"]);
    assert_eq!(human.code, 0);
    assert!(
        human.stderr.starts_with(
            "avertissement[indicator-stale] : l'indicateur `seances-ateliers` a été mesuré pour la dernière fois le 31/03/2026, il y a plus de 3 mois\n  --> actions/ad-02-ateliers-numeriques.toml:13:6\n"
        ),
        "{}",
        human.stderr
    );
}

// ---------------------------------------------------------------------------
// 8. The table fits the screen.
// ---------------------------------------------------------------------------

/// `ctg --dir data --at 2026-11-28 --lang LANG indicators` with `COLUMNS`.
fn table_at(columns: usize, lang: &str) -> String {
    let run = Run::of(
        ctg()
            .env("NO_COLOR", "1")
            .env("COLUMNS", columns.to_string())
            .arg("--dir")
            .arg(data())
            .args(["--at", "2026-11-28", "--lang", lang, "indicators"]),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    run.stdout
}

/// How many times each date of the answer should be printed: baseline,
/// latest and target of every indicator.
fn dates(lang: &str) -> Vec<String> {
    let answer = data_answer(&[]);
    let mut out = Vec::new();
    for row in answer["indicators"].as_array().unwrap() {
        for key in ["baseline", "latest", "target"] {
            if let Some(day) = row[key]["date"].as_str() {
                out.push(if lang == "fr" {
                    format!("{}/{}/{}", &day[8..10], &day[5..7], &day[..4])
                } else {
                    day.to_owned()
                });
            }
        }
    }
    out
}

fn is_rule(line: &str) -> bool {
    !line.trim().is_empty() && line.chars().all(|c| c == '-' || c == ' ')
}

#[test]
fn the_table_fits_60_80_100_and_120_columns() {
    for lang in ["fr", "en"] {
        let dates = dates(lang);
        assert_eq!(dates.len(), 20);
        for columns in [60, 80, 100, 120] {
            let out = table_at(columns, lang);
            for line in out.lines() {
                assert!(
                    line.chars().count() <= columns,
                    "{lang} {columns}: {} chars: {line}\n{out}",
                    line.chars().count()
                );
            }
            // Every date whole, as many times as the answer has it.
            for day in &dates {
                let want = dates.iter().filter(|d| *d == day).count();
                assert_eq!(
                    out.matches(day.as_str()).count(),
                    want,
                    "{lang} {columns}: {day}\n{out}"
                );
            }
            let rules = out.lines().filter(|l| is_rule(l)).count();
            let heads: Vec<&str> = out
                .lines()
                .filter(|l| !l.starts_with(' ') && l.contains(" — "))
                .collect();
            if columns <= 80 {
                // One paragraph per indicator, a blank line between two.
                assert_eq!(rules, 0, "{lang} {columns}\n{out}");
                assert_eq!(heads.len(), 7, "{lang} {columns}\n{out}");
                assert_eq!(out.split("\n\n").count(), 7, "{lang} {columns}\n{out}");
                for (head, block) in heads.iter().zip(out.split("\n\n")) {
                    assert!(block.starts_with(head), "{head}\n{block}");
                }
                assert!(heads[3].starts_with("par-01-laep-itinerant — "), "{out}");
            } else {
                // The table, with its header rule under the header.
                assert_eq!(rules, 1, "{lang} {columns}\n{out}");
                assert!(heads.is_empty(), "{lang} {columns}\n{out}");
                let lines: Vec<&str> = out.lines().collect();
                let rule = lines.iter().position(|l| is_rule(l)).unwrap();
                let header = lines[..rule].join(" ");
                let words = if lang == "fr" {
                    ["Indicateur", "Référence", "Cible", "État"]
                } else {
                    ["Indicator", "Baseline", "Target", "State"]
                };
                for word in words {
                    assert!(header.contains(word), "{word}\n{out}");
                }
                // Each id on its own line, under its name.
                for id in ["ad-01-permanences-acces-droits", "psl-02-mobilite-jeunes"] {
                    assert!(
                        lines.iter().any(|l| l.trim() == id),
                        "{lang} {columns}: {id}\n{out}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_paragraphs_hold_every_figure() {
    let out = table_at(60, "fr");
    let block = out
        .split("\n\n")
        .find(|b| b.starts_with("par-01-laep-itinerant"))
        .unwrap();
    let words: Vec<&str> = block.split_whitespace().collect();
    let text = words.join(" ");
    for part in [
        "Familles accueillies au LAEP itinérant (familles)",
        "Référence : 0 (31/12/2024)",
        "Dernière mesure : 52 (30/06/2026)",
        "Cible : 120 (31/12/2027)",
        "Progrès : 43 % · Attendu : 63 % · en retard",
    ] {
        assert!(
            text.replace('\u{a0}', " ").contains(part),
            "{part}\n{block}"
        );
    }
    let psl = out
        .split("\n\n")
        .find(|b| b.starts_with("psl-02-mobilite-jeunes"))
        .unwrap();
    assert!(
        !psl.contains("Progrès"),
        "no progress without a measure\n{psl}"
    );
    assert!(!psl.contains("Dernière"), "{psl}");
}

// ---------------------------------------------------------------------------
// 9. The JSON Schema.
// ---------------------------------------------------------------------------

/// The schemas of action and commission files, as `ctg schema` prints them.
fn validators() -> (jsonschema::Validator, jsonschema::Validator) {
    let all = schemas();
    (validator(&all["action"]), validator(&all["commission"]))
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn the_schema_accepts_the_indicators_of_data() {
    let (action, commission) = validators();
    let mut checked = 0;
    for folder in ["actions", "commissions"] {
        for entry in std::fs::read_dir(data().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            if !text.contains("[[indicator]]") {
                continue;
            }
            let validator = if folder == "actions" {
                &action
            } else {
                &commission
            };
            let instance = parse_toml(&text);
            assert!(instance["indicator"].is_array(), "{}", path.display());
            assert_eq!(
                errors(validator, &instance),
                Vec::<String>::new(),
                "{}",
                path.display()
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 7);
}

#[test]
fn the_schema_refuses_a_string_value_and_a_missing_target() {
    let (action, commission) = validators();
    let good = format!(
        "{}\n{}",
        support::PE_1,
        indicator(
            ("2025-01-01", "0"),
            ("2027-01-01", "730"),
            &[("2026-01-01", "12.5, note = \"x\"")],
            "periodicity = \"quarterly\"\n"
        )
    );
    assert_eq!(errors(&action, &parse_toml(&good)), Vec::<String>::new());
    let on_commission = format!(
        "{}\n{}",
        support::PE,
        indicator(("2025-01-01", "0"), ("2027-01-01", "730"), &[], "")
    );
    assert_eq!(
        errors(&commission, &parse_toml(&on_commission)),
        Vec::<String>::new()
    );
    for bad in [
        good.replace("value = 12.5", "value = \"12.5\""),
        good.replace("value = 730", "value = \"730\""),
        good.replace("target = { date = 2027-01-01, value = 730 }\n", ""),
        good.replace(", value = 730 }", " }"),
        good.replace("kind = \"result\"", "kind = \"outcome\""),
        good.replace("periodicity = \"quarterly\"", "periodicity = \"weekly\""),
        good.replace("date = 2026-01-01", "date = \"soon\""),
    ] {
        assert!(!action.is_valid(&parse_toml(&bad)), "{bad}");
    }
    // The same refusals from `ctg check`, for the string and the target.
    let string = with(
        &indicator(("2025-01-01", "0"), ("2027-01-01", "730"), &[], "")
            .replace("value = 730", "value = \"730\""),
    );
    assert_eq!(
        found_at(&string, TODAY),
        ["actions/pe-1.toml:16:39 invalid-value"]
    );
}

// ---------------------------------------------------------------------------
// 10. Snapshots of what a person reads.
// ---------------------------------------------------------------------------

fn snapshot_of(lang: &str, args: &[&str], columns: usize) -> String {
    let run = Run::of(
        ctg()
            .env("NO_COLOR", "1")
            .env("COLUMNS", columns.to_string())
            .arg("--dir")
            .arg(data())
            .args(["--at", "2026-11-28", "--lang", lang, "indicators"])
            .args(args),
    );
    format!(
        "status: {}\n--- stderr\n{}--- stdout\n{}",
        run.code, run.stderr, run.stdout
    )
}

#[test]
fn snapshot_table_at_100_columns_in_french() {
    insta::assert_snapshot!("indicators-table-100-fr", snapshot_of("fr", &[], 100));
}

#[test]
fn snapshot_table_at_100_columns_in_english() {
    insta::assert_snapshot!("indicators-table-100-en", snapshot_of("en", &[], 100));
}

#[test]
fn snapshot_markdown_in_french() {
    insta::assert_snapshot!(
        "indicators-markdown-fr",
        snapshot_of("fr", &["--format", "markdown"], 100)
    );
}
