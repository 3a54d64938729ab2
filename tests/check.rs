//! `ctg check`, run as users run it, on fixture repositories: one mistake per
//! fixture, asserting the code, the file, the line and the column users see.
//!
//! Unix only: the fixtures make symbolic links, FIFOs and unreadable files.

#![cfg(unix)]

use std::collections::BTreeSet;

use crate::support::{self, Repo, Run, TODAY, ctg};

// ---------------------------------------------------------------------------
// Fixtures: the valid repository with one mistake. Each code has at least one
// (see `every_code_is_produced_by_a_fixture`).
// ---------------------------------------------------------------------------

fn syntax() -> Repo {
    Repo::new().file(
        "actions/pe-1.toml",
        "title = \"Guichet\"\ncommission = \"pe\"\nstatus = in-progress\n",
    )
}

fn unknown_field() -> Repo {
    Repo::new().edit("officers/ana.toml", "name = ", "nme = ")
}

fn missing_field() -> Repo {
    Repo::new().edit("actions/pe-1.toml", "status = \"in-progress\"\n", "")
}

fn invalid_value() -> Repo {
    Repo::new().edit("actions/pe-1.toml", "progress = 40", "progress = 120")
}

fn date_out_of_range() -> Repo {
    Repo::new().edit(
        "officers/bob.toml",
        "start = 2026-01-05",
        "start = 0026-01-05",
    )
}

fn invalid_id() -> Repo {
    Repo::new().file("actions/Fiche PE_2.toml", support::PE_1)
}

fn duplicate_id() -> Repo {
    Repo::new()
        .remove("actions/pe-1.toml")
        .file("actions/x/pe-1.toml", support::PE_1)
        .file("actions/y/pe-1.toml", support::PE_1)
}

/// An officer's record saved in actions/.
fn misplaced_record() -> Repo {
    Repo::new().file("actions/cy-blanc.toml", support::BOB)
}

fn unknown_reference() -> Repo {
    Repo::new()
        .edit(
            "actions/pe-1.toml",
            "commission = \"pe\"",
            "commission = \"fso\"",
        )
        .edit("actions/pe-1.toml", "lead = \"ana\"", "lead = \"anna\"")
        .edit("actions/pe-1.toml", "[\"Istres\"]", "[\"Istre\"]")
}

/// An officer the Caf does not cofund (so the plan is untouched), on 1.1 FTE
/// from 2026-03-01.
fn fte_overbooked() -> Repo {
    Repo::new().file(
        "officers/cy.toml",
        r#"name = "Cy Blanc"
caf_cofunded = false

[[assignment]]
commune = "Istres"
fte = 0.6
start = 2025-01-01

[[assignment]]
commune = "Fos-sur-Mer"
fte = 0.5
start = 2026-03-01
end = 2026-12-31
"#,
    )
}

fn plan_mismatch() -> Repo {
    Repo::new().edit("copil.toml", "target = 1.5", "target = 1.6")
}

fn meeting_in_future_held() -> Repo {
    Repo::new().append("copil.toml", "\n[[copil.meeting]]\ndate = 2026-09-01\n")
}

fn file_too_large() -> Repo {
    let mut text = String::from(support::PE_1);
    let line = "# padding padding padding padding padding padding padding padding\n";
    while text.len() <= 10 * 1024 * 1024 {
        text.push_str(line);
    }
    Repo::new().file("actions/pe-2.toml", text)
}

/// A file no one may read. Root reads it anyway: see `is_unreadable`.
fn unreadable_file() -> Repo {
    let repo = Repo::new().file("actions/pe-2.toml", support::PE_1);
    set_mode(&repo.join("actions/pe-2.toml"), 0o000);
    repo
}

/// An officer with assignments, committed, then `git rm`: seen by
/// `check --staged` only (see [`staged_only`]).
fn officer_deleted() -> Repo {
    let repo = Repo::new().file(
        "officers/cy.toml",
        "name = \"Cy Blanc\"\ncaf_cofunded = false\n\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.2\nstart = 2025-01-01\n",
    );
    let dir = repo.path();
    support::git_ok(dir, &["init", "-q"]);
    support::git_ok(dir, &["config", "user.name", "Test"]);
    support::git_ok(dir, &["config", "user.email", "test@example.org"]);
    support::git_ok(dir, &["config", "commit.gpgsign", "false"]);
    support::git_ok(dir, &["add", "."]);
    support::git_ok(dir, &["commit", "-q", "-m", "CTG"]);
    support::git_ok(dir, &["rm", "-q", "officers/cy.toml"]);
    repo
}

/// The extra arguments of `check` for a code only the index shows.
fn staged_only(code: &str) -> &'static [&'static str] {
    if code == "officer-deleted" {
        &["--staged"]
    } else {
        &[]
    }
}

fn stray_file() -> Repo {
    Repo::new()
        .file("notes.toml", "title = \"not a record\"\n")
        .file("commissions/notes.txt", "notes")
        .file("actions/pe-1.toml.bak", "title = \"a copy\"\n")
}

fn skipped_file() -> Repo {
    let repo = Repo::new();
    // A regular file that exists outside the repository on every machine.
    let outside = std::env::current_exe().expect("the test binary");
    std::os::unix::fs::symlink(outside, repo.join("actions/outside.toml")).expect("symlink");
    repo
}

/// A draft officer with a missing quote: the FTE totals cannot be made.
fn not_checked() -> Repo {
    Repo::new().file("officers/cy.toml", "name = \"Cy Blanc\n")
}

fn outside_convention() -> Repo {
    Repo::new().edit("actions/pe-1.toml", "due = 2027-06-30", "due = 2030-03-31")
}

fn fte_over_target() -> Repo {
    Repo::new().edit("officers/bob.toml", "fte = 0.5", "fte = 0.6")
}

fn baseline_mismatch() -> Repo {
    Repo::new().edit("officers/ana.toml", "fte = 1.0", "fte = 0.9")
}

fn copil_frequency() -> Repo {
    Repo::new().edit(
        "copil.toml",
        "date = 2025-03-01\nstatus = \"held\"",
        "date = 2025-03-01\nstatus = \"cancelled\"",
    )
}

fn commission_frequency() -> Repo {
    Repo::new().edit(
        "commissions/fos.toml",
        "date = 2025-05-01",
        "date = 2025-05-01\nstatus = \"cancelled\"",
    )
}

fn meeting_not_recorded() -> Repo {
    Repo::new().edit(
        "commissions/fos.toml",
        "date = 2026-05-01",
        "date = 2026-05-01\nstatus = \"planned\"",
    )
}

fn no_referent() -> Repo {
    Repo::new().edit("commissions/pe.toml", "referent = \"ana\"\n", "")
}

fn referent_inactive() -> Repo {
    Repo::new().append("officers/bob.toml", "end = 2026-05-31\n")
}

fn overdue() -> Repo {
    Repo::new().edit("actions/pe-1.toml", "due = 2027-06-30", "due = 2026-06-01")
}

/// An indicator of `actions/pe-1.toml`, with `extra` lines inside its table.
fn with_indicator(extra: &str) -> Repo {
    Repo::new().append(
        "actions/pe-1.toml",
        &format!(
            "\n[[indicator]]\nid = \"familles\"\nname = \"Familles reçues\"\nkind = \"result\"\nunit = \"familles\"\n{extra}"
        ),
    )
}

fn duplicate_measure() -> Repo {
    with_indicator(
        "baseline = { date = 2024-12-31, value = 0 }\ntarget = { date = 2027-06-30, value = 120 }\nmeasure = [\n  { date = 2025-12-31, value = 45 },\n  { date = 2025-12-31, value = 50 },\n]\n",
    )
}

fn measure_in_future() -> Repo {
    with_indicator(
        "baseline = { date = 2024-12-31, value = 0 }\ntarget = { date = 2027-06-30, value = 120 }\nmeasure = [\n  { date = 2025-12-31, value = 45 },\n  { date = 2026-12-31, value = 80 },\n]\n",
    )
}

fn indicator_stale() -> Repo {
    with_indicator(
        "periodicity = \"half-yearly\"\nbaseline = { date = 2024-12-31, value = 0 }\ntarget = { date = 2027-06-30, value = 120 }\nmeasure = [{ date = 2025-06-30, value = 30 }]\n",
    )
}

fn target_missed() -> Repo {
    with_indicator(
        "baseline = { date = 2024-12-31, value = 0 }\ntarget = { date = 2026-03-31, value = 60 }\nmeasure = [{ date = 2026-03-31, value = 52.5 }]\n",
    )
}

fn no_indicator() -> Repo {
    Repo::new()
        .append("copil.toml", "\n[check]\nrequire_indicators = true\n")
        .edit(
            "actions/pe-1.toml",
            "status = \"in-progress\"",
            "status = \"done\"\ncompleted = 2026-05-29",
        )
}

/// A repository with one mistake.
type Fixture = fn() -> Repo;

/// Every code, and a fixture that produces it.
const COVERAGE: &[(&str, Fixture)] = &[
    ("syntax", syntax),
    ("unknown-field", unknown_field),
    ("missing-field", missing_field),
    ("invalid-value", invalid_value),
    ("date-out-of-range", date_out_of_range),
    ("invalid-id", invalid_id),
    ("duplicate-id", duplicate_id),
    ("misplaced-record", misplaced_record),
    ("unknown-reference", unknown_reference),
    ("fte-overbooked", fte_overbooked),
    ("plan-mismatch", plan_mismatch),
    ("meeting-in-future-held", meeting_in_future_held),
    ("duplicate-measure", duplicate_measure),
    ("measure-in-future", measure_in_future),
    ("file-too-large", file_too_large),
    ("unreadable-file", unreadable_file),
    ("stray-file", stray_file),
    ("skipped-file", skipped_file),
    ("officer-deleted", officer_deleted),
    ("not-checked", not_checked),
    ("outside-convention", outside_convention),
    ("fte-over-target", fte_over_target),
    ("baseline-mismatch", baseline_mismatch),
    ("copil-frequency", copil_frequency),
    ("commission-frequency", commission_frequency),
    ("meeting-not-recorded", meeting_not_recorded),
    ("no-referent", no_referent),
    ("referent-inactive", referent_inactive),
    ("overdue", overdue),
    ("indicator-stale", indicator_stale),
    ("target-missed", target_missed),
    ("no-indicator", no_indicator),
];

fn set_mode(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

fn symlink(target: &str, link: &std::path::Path) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

/// Whether this process really cannot read `path` (root can read anything).
fn is_unreadable(path: &std::path::Path) -> bool {
    std::fs::read(path).is_err()
}

// ---------------------------------------------------------------------------
// The valid repository, and the coverage of codes.
// ---------------------------------------------------------------------------

#[test]
fn the_valid_fixture_passes_even_strictly() {
    let repo = Repo::new();
    let run = repo.run(&["check", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "ok: 6 files, no problems\n");
    assert_eq!(run.stdout, "");
    let report = repo.report();
    assert_eq!(
        (report.files, report.errors, report.warnings),
        (6, 0, 0),
        "{report:?}"
    );
}

/// Prints what each fixture gives, to write docs/codes.md from.
#[test]
#[ignore = "a tool: cargo test -- --ignored print_fixtures --nocapture"]
fn print_fixtures() {
    for (code, fixture) in COVERAGE {
        let short = fixture().run(&["check", "--format", "short"]).stdout;
        println!("{code}:\n{short}");
    }
}

#[test]
fn every_code_is_produced_by_a_fixture() {
    let table: BTreeSet<&str> = COVERAGE.iter().map(|(code, _)| *code).collect();
    assert_eq!(table.len(), COVERAGE.len(), "a code is listed twice");
    let all: BTreeSet<&str> = ctg_core::analysis::codes::ALL
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(table, all, "the table must list every code of ctg");
    let documented = documented_codes();
    assert_eq!(table, documented, "docs/codes.md must document every code");
    let mut printed = BTreeSet::new();
    let mut as_root = false;
    for (code, fixture) in COVERAGE {
        let repo = fixture();
        if *code == "unreadable-file" && !is_unreadable(&repo.join("actions/pe-2.toml")) {
            as_root = true; // running as root: nothing is unreadable
            continue;
        }
        let report = repo.report_with(staged_only(code));
        assert!(
            report.codes().contains(code),
            "the fixture for `{code}` gave {:?}",
            report.places()
        );
        let mut args = vec!["check", "--format", "short"];
        args.extend_from_slice(staged_only(code));
        let short = repo.run(&args).stdout;
        printed.extend(short.lines().map(str::to_owned));
    }
    // The examples of docs/codes.md are what the fixtures print.
    let examples = documented_examples();
    assert!(examples.len() >= COVERAGE.len(), "{examples:?}");
    for example in examples {
        if as_root && example.contains("[unreadable-file]") {
            continue;
        }
        assert!(
            printed.contains(&example),
            "docs/codes.md shows a line no fixture prints:\n{example}\nThey print:\n{printed:#?}"
        );
    }
}

/// The output lines docs/codes.md shows, from its ```text blocks.
fn documented_examples() -> Vec<String> {
    let text = include_str!("../docs/codes.md");
    let mut inside = false;
    let mut lines = Vec::new();
    for line in text.lines() {
        match line {
            "```text" => inside = true,
            "```" => inside = false,
            _ if inside => lines.push(line.to_owned()),
            _ => {}
        }
    }
    lines
}

/// The codes docs/codes.md documents, one `### \`code\`` heading each.
fn documented_codes() -> BTreeSet<&'static str> {
    let text = include_str!("../docs/codes.md");
    text.lines()
        .filter_map(|l| l.strip_prefix("### `")?.strip_suffix('`'))
        .collect()
}

// ---------------------------------------------------------------------------
// Errors, one code at a time.
// ---------------------------------------------------------------------------

#[test]
fn syntax_error_points_at_the_bad_value() {
    let report = syntax().report();
    assert_eq!(report.places(), ["actions/pe-1.toml:3:10 syntax"]);
    let d = &report.diagnostics[0];
    assert!(d.message.starts_with("not valid TOML: "), "{}", d.message);
    assert!(d.hint.as_deref().unwrap().contains("double quotes"));
}

#[test]
fn unknown_field_suggests_the_near_name() {
    let report = unknown_field().report();
    // `name` is unknown as `nme`, and missing as `name`.
    assert_eq!(
        report.places(),
        [
            "officers/ana.toml:1:1 unknown-field",
            "officers/ana.toml:1:1 missing-field",
            "officers/ana.toml not-checked",
        ]
    );
    let d = &report.diagnostics[0];
    assert_eq!(
        d.message,
        "unknown field `nme` at the top level of the file"
    );
    assert_eq!(d.hint.as_deref(), Some("did you mean `name`?"));
}

#[test]
fn unknown_field_without_a_near_name_lists_the_fields() {
    let repo = Repo::new().edit("commissions/pe.toml", "kind = ", "colour = 1\nkind = ");
    let d = repo.report().one("unknown-field").clone();
    assert_eq!(d.place(), "commissions/pe.toml:2:1 unknown-field");
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "the fields allowed here are `name`, `kind`, `theme`, `communes`, `referent`, \
             `objectives`, `min_meetings_per_year`, `member`, `meeting`, `indicator`"
        )
    );
}

#[test]
fn unknown_field_in_a_nested_table_names_the_table() {
    let repo = Repo::new().edit(
        "copil.toml",
        "date = 2025-03-01\n",
        "date = 2025-03-01\nwhen = 1\n",
    );
    let d = repo.report().one("unknown-field").clone();
    assert_eq!(d.place(), "copil.toml:12:1 unknown-field");
    assert_eq!(d.message, "unknown field `when` in [[copil.meeting]]");
}

#[test]
fn missing_field_is_reported_at_the_start_of_its_table() {
    let report = missing_field().report();
    assert_eq!(report.places(), ["actions/pe-1.toml:1:1 missing-field"]);
    assert_eq!(
        report.diagnostics[0].message,
        "missing field `status` at the top level of the file"
    );

    let repo = Repo::new().edit("officers/bob.toml", "fte = 0.5\n", "");
    let d = repo.report().one("missing-field").clone();
    assert_eq!(d.place(), "officers/bob.toml:3:1 missing-field");
    assert_eq!(d.message, "missing field `fte` in [[assignment]]");
}

#[test]
fn territorial_commission_needs_communes() {
    let repo = Repo::new().edit("commissions/fos.toml", "communes = [\"Fos-sur-Mer\"]\n", "");
    let d = repo.report().one("missing-field").clone();
    assert_eq!(d.place(), "commissions/fos.toml:2:8 missing-field");
    assert_eq!(d.message, "a territorial commission needs `communes`");
}

#[test]
fn invalid_value_out_of_range() {
    let report = invalid_value().report();
    assert_eq!(report.places(), ["actions/pe-1.toml:8:12 invalid-value"]);
    let d = &report.diagnostics[0];
    assert_eq!(
        d.message,
        "`progress` = 120 is out of range: it must be from 0 to 100"
    );
    assert_eq!(d.hint.as_deref(), Some("use a value from 0 to 100"));

    let repo = Repo::new().edit("officers/bob.toml", "fte = 0.5", "fte = 1.5");
    let d = repo.report().one("invalid-value").clone();
    assert_eq!(d.place(), "officers/bob.toml:5:7 invalid-value");
    assert_eq!(
        d.message,
        "`fte` = 1.5 is out of range: it must be above 0 and at most 1"
    );
}

/// #10 item 11: a year typo is an error of its own, with the likely date.
#[test]
fn a_year_typo_is_a_date_out_of_range() {
    let report = date_out_of_range().report();
    assert_eq!(
        report.places(),
        [
            "officers/bob.toml:6:9 date-out-of-range",
            "officers/bob.toml not-checked"
        ]
    );
    let d = &report.diagnostics[0];
    assert_eq!(
        d.message,
        "`start` = 0026-01-05 is not a plausible date: a CTG's dates fall between 1990 and 2100"
    );
    assert_eq!(
        d.hint.as_deref(),
        Some("check the year: did you mean `start = 2026-01-05`?")
    );
}

/// #10 item 11: a convention from 0000 to 9999 gave tens of thousands of
/// yearly warnings and a 3,410-line status; now two errors and no yearly
/// rule over such a period.
#[test]
fn a_convention_over_millennia_gives_two_errors_not_thousands_of_warnings() {
    let repo = Repo::new()
        .edit("copil.toml", "start = 2025-01-01", "start = 0000-01-01")
        .edit("copil.toml", "end = 2029-12-31", "end = 9999-12-31");
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "copil.toml:3:9 date-out-of-range",
            "copil.toml:4:7 date-out-of-range",
            "copil.toml not-checked",
        ],
        "{report:?}"
    );
    let status = repo.run(&["status"]);
    assert!(status.stdout.lines().count() < 60, "{}", status.stdout);
}

#[test]
fn invalid_value_wrong_type() {
    let repo = Repo::new().edit(
        "officers/ana.toml",
        "employer = \"Ville d'Istres\"",
        "employer = 5",
    );
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "officers/ana.toml:2:12 invalid-value",
            "officers/ana.toml not-checked"
        ]
    );
    let d = &report.diagnostics[0];
    assert_eq!(d.message, "`employer` must be a string, found an integer");
    assert_eq!(d.hint.as_deref(), Some("write `employer = \"…\"`"));
}

#[test]
fn invalid_value_quoted_date() {
    let repo = Repo::new().edit(
        "officers/bob.toml",
        "start = 2026-01-05",
        "start = \"2026-01-05\"",
    );
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "officers/bob.toml:6:9 invalid-value",
            "officers/bob.toml not-checked"
        ]
    );
    let d = &report.diagnostics[0];
    assert_eq!(d.message, "`start` must be a date such as 2025-01-31");
    assert!(d.hint.as_deref().unwrap().starts_with("remove the quotes"));
}

#[test]
fn invalid_value_unknown_enum_value_suggests_the_near_one() {
    let repo = Repo::new().edit("actions/pe-1.toml", "\"in-progress\"", "\"in-progres\"");
    let report = repo.report();
    assert_eq!(report.places(), ["actions/pe-1.toml:3:10 invalid-value"]);
    let d = &report.diagnostics[0];
    assert_eq!(d.message, "`in-progres` is not a valid `status`");
    assert_eq!(d.hint.as_deref(), Some("did you mean `in-progress`?"));

    let repo = Repo::new().edit("commissions/pe.toml", "\"thematic\"", "\"sport\"");
    let d = repo.report().one("invalid-value").clone();
    assert_eq!(d.place(), "commissions/pe.toml:2:8 invalid-value");
    assert_eq!(
        d.hint.as_deref(),
        Some("use one of `thematic`, `territorial`")
    );
}

#[test]
fn invalid_value_fte_with_three_decimals() {
    let repo = Repo::new().edit("officers/bob.toml", "fte = 0.5", "fte = 0.333");
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "officers/bob.toml:5:7 invalid-value",
            "officers/bob.toml not-checked"
        ]
    );
    let d = &report.diagnostics[0];
    assert_eq!(d.message, "`fte` = 0.333 has more than two decimals");
    assert_eq!(
        d.hint.as_deref(),
        Some("FTE is counted in hundredths: round to two decimals, `fte = 0.33`")
    );
}

#[test]
fn invalid_value_end_before_start() {
    let repo = Repo::new().append("officers/bob.toml", "end = 2025-12-31\n");
    let report = repo.report();
    assert!(
        report
            .places()
            .contains(&"officers/bob.toml:7:7 invalid-value".to_string()),
        "{:?}",
        report.places()
    );
    let d = report.one("invalid-value");
    assert_eq!(
        d.message,
        "`end` (2025-12-31) is before `start` (2026-01-05)"
    );

    let repo = Repo::new().edit("actions/pe-1.toml", "due = 2027-06-30", "due = 2025-02-28");
    let d = repo.report().one("invalid-value").clone();
    assert_eq!(d.place(), "actions/pe-1.toml:7:7 invalid-value");
    assert_eq!(
        d.message,
        "`due` (2025-02-28) is before `start` (2025-03-01)"
    );
}

#[test]
fn invalid_value_completed_on_an_action_not_done() {
    let repo = Repo::new().append("actions/pe-1.toml", "completed = 2026-05-15\n");
    let report = repo.report();
    assert_eq!(report.places(), ["actions/pe-1.toml:9:13 invalid-value"]);
    let d = &report.diagnostics[0];
    assert_eq!(
        d.message,
        "`completed` is set but the status is `in-progress`, not `done`"
    );
}

#[test]
fn done_action_without_completed_is_a_missing_field() {
    let repo = Repo::new().edit("actions/pe-1.toml", "\"in-progress\"", "\"done\"");
    let report = repo.report();
    assert_eq!(report.places(), ["actions/pe-1.toml:3:10 missing-field"]);
    assert_eq!(
        report.diagnostics[0].message,
        "a done action needs its `completed` date"
    );
    // and with its date, all is well
    let repo = Repo::new()
        .edit("actions/pe-1.toml", "\"in-progress\"", "\"done\"")
        .append("actions/pe-1.toml", "completed = 2026-05-15\n");
    assert_eq!(repo.found(), Vec::<String>::new());
}

#[test]
fn duplicate_items_in_a_list_are_invalid() {
    let repo = Repo::new().edit(
        "copil.toml",
        "[\"Istres\", \"Fos-sur-Mer\"]",
        "[\"Istres\", \"Fos-sur-Mer\", \"Istres\"]",
    );
    let d = repo.report().one("invalid-value").clone();
    assert_eq!(d.place(), "copil.toml:5:38 invalid-value");
    assert_eq!(d.message, "`Istres` appears twice in `communes`");
}

#[test]
fn invalid_id_suggests_a_file_name() {
    let report = invalid_id().report();
    let d = report.one("invalid-id");
    assert_eq!(d.place(), "actions/Fiche PE_2.toml invalid-id");
    assert_eq!(d.message, "`Fiche PE_2` is not a valid id");
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "a file's name is its id: lowercase letters, digits and single hyphens; \
             rename it to `fiche-pe-2.toml`"
        )
    );
}

#[test]
fn duplicate_id_across_sub_folders() {
    let report = duplicate_id().report();
    assert_eq!(report.places(), ["actions/y/pe-1.toml duplicate-id"]);
    assert_eq!(
        report.diagnostics[0].message,
        "action id `pe-1` is already used by actions/x/pe-1.toml"
    );
}

#[test]
fn duplicate_id_in_french_elides_de_before_a_vowel() {
    let repo = duplicate_id();
    let run = Run::of(
        repo.bare_command()
            .arg("--dir")
            .arg(repo.path())
            .args(["--at", TODAY, "--lang", "fr", "--color", "never"])
            .args(["check", "--format", "short"]),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stdout.lines().next(),
        Some(
            "actions/y/pe-1.toml:1:1: erreur[duplicate-id] : l'identifiant d'action `pe-1` \
             est déjà pris par actions/x/pe-1.toml"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn the_first_file_in_folder_order_keeps_a_duplicate_id() {
    // `2025/` comes before `2025-old/` in a listing, though `-` sorts before `/`.
    let repo = Repo::new()
        .file("actions/2025-old/pe-1.toml", support::PE_1)
        .file("actions/2025/pe-1.toml", support::PE_1);
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "actions/2025-old/pe-1.toml duplicate-id",
            "actions/pe-1.toml duplicate-id"
        ]
    );
    for d in &report.diagnostics {
        assert_eq!(
            d.message,
            "action id `pe-1` is already used by actions/2025/pe-1.toml"
        );
    }
}

#[test]
fn duplicate_id_ignores_case() {
    let repo = Repo::new().file("actions/sub/PE-1.toml", support::PE_1);
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "actions/sub/PE-1.toml invalid-id",
            "actions/sub/PE-1.toml duplicate-id"
        ]
    );
    assert_eq!(
        report.one("duplicate-id").message,
        "action id `PE-1` is already used by actions/pe-1.toml"
    );
}

#[test]
fn unknown_references_suggest_near_ids_and_communes() {
    let report = unknown_reference().report();
    assert_eq!(
        report.places(),
        [
            "actions/pe-1.toml:2:14 unknown-reference",
            "actions/pe-1.toml:4:8 unknown-reference",
            "actions/pe-1.toml:5:13 unknown-reference",
        ]
    );
    let d = &report.diagnostics;
    assert_eq!(d[0].message, "no commission has the id `fso`");
    assert_eq!(d[0].hint.as_deref(), Some("did you mean `fos`?"));
    assert_eq!(d[1].message, "no officer has the id `anna`");
    assert_eq!(d[1].hint.as_deref(), Some("did you mean `ana`?"));
    assert_eq!(
        d[2].message,
        "`Istre` is not one of the convention's communes"
    );
    assert_eq!(d[2].hint.as_deref(), Some("did you mean `Istres`?"));
}

#[test]
fn unknown_reference_without_a_near_id_names_the_folder() {
    let repo = Repo::new().edit("commissions/pe.toml", "\"ana\"", "\"zoe-dupont\"");
    let d = repo.report().one("unknown-reference").clone();
    assert_eq!(d.place(), "commissions/pe.toml:3:12 unknown-reference");
    assert_eq!(
        d.hint.as_deref(),
        Some("use the name of a file in officers/ (without `.toml`)")
    );
}

#[test]
fn unknown_commune_of_an_assignment() {
    let repo = Repo::new().edit("officers/bob.toml", "\"Fos-sur-Mer\"", "\"Marseille\"");
    let d = repo.report().one("unknown-reference").clone();
    assert_eq!(d.place(), "officers/bob.toml:4:11 unknown-reference");
    assert_eq!(
        d.hint.as_deref(),
        Some("use a commune listed in `convention.communes` of copil.toml, or add it there")
    );
}

#[test]
fn a_reference_to_a_broken_file_is_not_dangling() {
    // The commission's file has its own error; actions naming it are not
    // reported as naming nothing.
    let repo = Repo::new().edit("commissions/pe.toml", "kind = \"thematic\"", "kind = 3");
    assert_eq!(repo.found(), ["commissions/pe.toml:2:8 invalid-value"]);
}

#[test]
fn fte_overbooked_names_the_first_day() {
    let report = fte_overbooked().report();
    assert_eq!(report.places(), ["officers/cy.toml:12:9 fte-overbooked"]);
    assert_eq!(
        report.diagnostics[0].message,
        "Cy Blanc is assigned 1.1 FTE on 2026-03-01, more than one full-time post"
    );
}

#[test]
fn assignments_ending_the_day_before_do_not_overbook() {
    let repo = fte_overbooked().edit(
        "officers/cy.toml",
        "start = 2025-01-01",
        "start = 2025-01-01\nend = 2026-02-28",
    );
    assert_eq!(repo.found(), Vec::<String>::new());
    let repo = fte_overbooked().edit(
        "officers/cy.toml",
        "start = 2025-01-01",
        "start = 2025-01-01\nend = 2026-03-01",
    );
    assert_eq!(repo.found(), ["officers/cy.toml:13:9 fte-overbooked"]);
}

#[test]
fn ten_officers_at_a_tenth_make_exactly_one() {
    let mut repo = Repo::new()
        .remove("officers/ana.toml")
        .edit("commissions/pe.toml", "\"ana\"", "\"o1\"")
        .edit("actions/pe-1.toml", "lead = \"ana\"\n", "");
    for i in 1..=10 {
        repo = repo.file(
            &format!("officers/o{i}.toml"),
            "name = \"O\"\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.1\nstart = 2025-01-01\n",
        );
    }
    // The baseline of 1.0 holds exactly: no baseline-mismatch.
    assert_eq!(repo.found(), Vec::<String>::new());
}

#[test]
fn plan_mismatch_when_the_sum_is_not_the_target() {
    let report = plan_mismatch().report();
    assert_eq!(report.places(), ["copil.toml:19:10 plan-mismatch"]);
    assert_eq!(
        report.diagnostics[0].message,
        "baseline 1.0 + increases 0.5 = 1.5, not the target 1.6"
    );
}

#[test]
fn plan_mismatch_on_an_unknown_commune() {
    let repo = Repo::new().edit(
        "copil.toml",
        "\"Fos-sur-Mer\" = 0.5",
        "\"Fos-sur-Mr\" = 0.5",
    );
    let report = repo.report();
    assert_eq!(report.places(), ["copil.toml:24:1 plan-mismatch"]);
    let d = &report.diagnostics[0];
    assert_eq!(
        d.message,
        "the increase names `Fos-sur-Mr`, which is not one of the convention's communes"
    );
    assert_eq!(d.hint.as_deref(), Some("did you mean `Fos-sur-Mer`?"));
}

#[test]
fn meeting_in_future_held_is_reported() {
    let report = meeting_in_future_held().report();
    assert_eq!(report.places(), ["copil.toml:27:8 meeting-in-future-held"]);
    assert_eq!(
        report.diagnostics[0].message,
        "meeting of 2026-09-01 is marked held, but today is 2026-06-15"
    );
    // The same meeting, planned, is fine.
    let repo = Repo::new().append(
        "copil.toml",
        "\n[[copil.meeting]]\ndate = 2026-09-01\nstatus = \"planned\"\n",
    );
    assert_eq!(repo.found(), Vec::<String>::new());
}

#[test]
fn file_too_large_is_not_read() {
    let report = file_too_large().report();
    assert_eq!(report.places(), ["actions/pe-2.toml file-too-large"]);
    assert!(
        report.diagnostics[0]
            .message
            .ends_with("bytes is over the 10485760-byte limit; it was not read"),
        "{}",
        report.diagnostics[0].message
    );
}

#[test]
fn unreadable_file_is_an_error() {
    let repo = unreadable_file();
    let path = repo.join("actions/pe-2.toml");
    if !is_unreadable(&path) {
        eprintln!("skipped: this user can read a file of mode 000 (root)");
        return;
    }
    let report = repo.report();
    assert_eq!(report.places(), ["actions/pe-2.toml unreadable-file"]);
    assert!(
        report.diagnostics[0]
            .message
            .starts_with("cannot read the file: ")
    );
    set_mode(&path, 0o644);
}

// ---------------------------------------------------------------------------
// Warnings, one code at a time.
// ---------------------------------------------------------------------------

#[test]
fn stray_files_are_warned_about_and_ignored() {
    let repo = stray_file()
        .file("docs/example.toml", "x = 1\n")
        .file("officers.toml", "x = 1\n");
    assert_eq!(
        repo.found(),
        [
            "actions/pe-1.toml.bak stray-file",
            "commissions/notes.txt stray-file",
            "docs/example.toml stray-file",
            "notes.toml stray-file",
            "officers.toml stray-file"
        ]
    );
}

#[test]
fn hidden_files_editor_leftovers_and_other_files_are_ignored() {
    let repo = Repo::new()
        .file(".git/config.toml", "garbage = = =")
        .file("actions/.draft.toml", "garbage = = =")
        .file("actions/pe-1.toml~", "garbage = = =")
        .file("actions/pe-1.toml.swp", "garbage")
        .file("actions/pe-1.toml.swo", "garbage")
        .file("actions/#pe-1.toml#", "garbage")
        .file("actions/.#pe-1.toml", "garbage")
        .file("actions/Thumbs.db", "garbage")
        .file("officers/desktop.ini", "garbage")
        .file("notes.txt", "notes")
        .file("docs/notes.md", "# notes")
        .file("README.md", "# notes");
    assert_eq!(repo.found(), Vec::<String>::new());
}

/// #12 item 12: in a records folder, a file that is not a record is said,
/// with what to do: a record named `X.TOML`, a copy someone made
/// (`.bak`, `.orig`, `.old`), notes (`.txt`, `.md`). A warning: the
/// check still passes without `--strict`.
#[test]
fn other_files_in_records_folders_are_stray() {
    let repo = Repo::new()
        .file("actions/pe-2.TOML", "garbage")
        .file("actions/pe-1.toml.bak", "garbage")
        .file("actions/2026/pe-1.toml.orig", "garbage")
        .file("officers/ana.toml.old", "garbage")
        .file("commissions/notes.txt", "notes")
        .file("officers/LISEZMOI.md", "notes")
        .file("actions/README", "notes")
        .file("README.md", "# notes");
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "actions/2026/pe-1.toml.orig stray-file",
            "actions/README stray-file",
            "actions/pe-1.toml.bak stray-file",
            "actions/pe-2.TOML stray-file",
            "commissions/notes.txt stray-file",
            "officers/LISEZMOI.md stray-file",
            "officers/ana.toml.old stray-file",
        ]
    );
    assert_eq!(report.errors, 0);
    let at = |file: &str| report.diagnostics.iter().find(|d| d.file == file).unwrap();
    let copy = at("actions/pe-1.toml.bak");
    assert_eq!(
        copy.message,
        "a copy of `actions/pe-1.toml`, not read; it is ignored"
    );
    assert_eq!(
        copy.hint.as_deref(),
        Some(
            "git keeps every version of a file: remove this copy, or move it out of the repository; if it is the record itself, rename it `actions/pe-1.toml`"
        )
    );
    assert_eq!(
        at("actions/2026/pe-1.toml.orig").message,
        "a copy of `actions/2026/pe-1.toml`, not read; it is ignored"
    );
    let notes = at("commissions/notes.txt");
    assert_eq!(
        notes.message,
        "only `.toml` records are read in `commissions/`; this file is ignored"
    );
    assert_eq!(
        notes.hint.as_deref(),
        Some(
            "if it is a record, rename it `commissions/notes.toml`; otherwise move it out of `commissions/` (the repository's root is a good place for notes)"
        )
    );
    assert_eq!(
        at("actions/README").hint.as_deref(),
        Some(
            "if it is a record, rename it `actions/README.toml`; otherwise move it out of `actions/` (the repository's root is a good place for notes)"
        )
    );
    assert_eq!(
        at("actions/pe-2.TOML").hint.as_deref(),
        Some("rename it `actions/pe-2.toml`")
    );
    let run = repo.ctg(&["--at", TODAY, "check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let strict = repo.ctg(&["--at", TODAY, "check", "--strict"]);
    assert_eq!(strict.code, 1);
    let fr = repo.ctg(&["--at", TODAY, "--lang", "fr", "check", "--format", "short"]);
    assert!(
        fr.stdout.contains("commissions/notes.txt:1:1: avertissement[stray-file] : seules les fiches `.toml` sont lues dans `commissions/` : ce fichier est ignoré"),
        "{}",
        fr.stdout
    );
    assert!(
        fr.stdout.contains("officers/ana.toml.old:1:1: avertissement[stray-file] : une copie de `officers/ana.toml`, qui n'est pas lue : elle est ignorée"),
        "{}",
        fr.stdout
    );
}

#[test]
fn outside_convention_action_due_after_the_end() {
    let report = outside_convention().report();
    assert_eq!(
        report.places(),
        ["actions/pe-1.toml:7:7 outside-convention"]
    );
    assert_eq!(
        report.diagnostics[0].message,
        "due 2030-03-31, after the convention ends on 2029-12-31"
    );
}

#[test]
fn outside_convention_assignment_and_meeting() {
    let repo = Repo::new()
        .file(
            "officers/cy.toml",
            "name = \"Cy\"\ncaf_cofunded = false\n\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.5\nstart = 2024-01-01\nend = 2024-12-31\n",
        )
        .append("commissions/fos.toml", "\n[[meeting]]\ndate = 2024-11-05\n");
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "commissions/fos.toml:14:8 outside-convention",
            "officers/cy.toml:7:9 outside-convention",
        ]
    );
    assert_eq!(
        report.diagnostics[0].message,
        "meeting of 2024-11-05 is outside the convention (2025-01-01 to 2029-12-31)"
    );
    assert_eq!(
        report.diagnostics[1].message,
        "assignment 2024-01-01 to 2024-12-31 does not overlap the convention (2025-01-01 to 2029-12-31)"
    );
}

#[test]
fn fte_over_target_names_the_first_day() {
    let report = fte_over_target().report();
    assert_eq!(report.places(), ["officers/bob.toml:6:9 fte-over-target"]);
    assert_eq!(
        report.diagnostics[0].message,
        "from 2026-01-05 the Caf-cofunded total is 1.6 FTE, above the target of 1.5"
    );
}

#[test]
fn officers_not_cofunded_do_not_count_toward_the_target() {
    let repo = fte_over_target().edit(
        "officers/bob.toml",
        "name = \"Bob Durand\"",
        "name = \"Bob Durand\"\ncaf_cofunded = false",
    );
    assert_eq!(repo.found(), Vec::<String>::new());
}

#[test]
fn baseline_mismatch_is_reported() {
    let report = baseline_mismatch().report();
    assert_eq!(report.places(), ["copil.toml:20:12 baseline-mismatch"]);
    assert_eq!(
        report.diagnostics[0].message,
        "the officers' cofunded FTE on 2025-01-01 is 0.9, but `fte.baseline` says 1.0"
    );
}

#[test]
fn copil_frequency_in_a_past_year() {
    let report = copil_frequency().report();
    assert_eq!(report.places(), ["copil.toml:8:25 copil-frequency"]);
    assert_eq!(
        report.diagnostics[0].message,
        "no COPIL meeting held in 2025, fewer than the minimum of 1"
    );
}

#[test]
fn copil_frequency_in_the_current_year_counts_planned_meetings() {
    let planned = Repo::new().edit(
        "copil.toml",
        "date = 2026-03-01\nstatus = \"held\"",
        "date = 2026-10-01\nstatus = \"planned\"",
    );
    assert_eq!(planned.found(), Vec::<String>::new());

    let cancelled = Repo::new().edit(
        "copil.toml",
        "date = 2026-03-01\nstatus = \"held\"",
        "date = 2026-10-01\nstatus = \"cancelled\"",
    );
    let report = cancelled.report();
    assert_eq!(report.places(), ["copil.toml:8:25 copil-frequency"]);
    assert_eq!(
        report.diagnostics[0].message,
        "no COPIL meeting held or planned in 2026, fewer than the minimum of 1"
    );
}

#[test]
fn copil_frequency_defaults_to_once_a_year() {
    let repo = copil_frequency().edit(
        "copil.toml",
        "[copil]\nmin_meetings_per_year = 1\n",
        "[copil]\n",
    );
    let report = repo.report();
    assert_eq!(report.places(), ["copil.toml:7:1 copil-frequency"]);
}

#[test]
fn commission_frequency_is_reported() {
    let report = commission_frequency().report();
    assert_eq!(
        report.places(),
        ["commissions/fos.toml:5:25 commission-frequency"]
    );
    assert_eq!(
        report.diagnostics[0].message,
        "no meeting held in 2025, fewer than this commission's minimum of 1"
    );
}

#[test]
fn meeting_not_recorded_is_reported() {
    let report = meeting_not_recorded().report();
    // The meeting whose day passed no longer counts toward the commission's
    // minimum either: it was its only one of the year.
    assert_eq!(
        report.places(),
        [
            "commissions/fos.toml:5:25 commission-frequency",
            "commissions/fos.toml:11:8 meeting-not-recorded"
        ]
    );
    assert_eq!(
        report.diagnostics[1].message,
        "meeting of 2026-05-01 is still marked planned, but its date has passed"
    );
}

#[test]
fn no_referent_is_reported() {
    let report = no_referent().report();
    assert_eq!(report.places(), ["commissions/pe.toml:1:1 no-referent"]);
    assert_eq!(
        report.diagnostics[0].message,
        "this commission has no referent officer"
    );
}

#[test]
fn referent_inactive_is_reported() {
    let report = referent_inactive().report();
    assert_eq!(
        report.places(),
        ["commissions/fos.toml:4:12 referent-inactive"]
    );
    assert_eq!(
        report.diagnostics[0].message,
        "referent `bob` has no assignment on 2026-06-15"
    );
}

#[test]
fn overdue_is_reported() {
    let report = overdue().report();
    assert_eq!(report.places(), ["actions/pe-1.toml:7:7 overdue"]);
    assert_eq!(
        report.diagnostics[0].message,
        "overdue: due 2026-06-01, 14 days ago"
    );
    // Done and abandoned actions are never overdue.
    let repo = overdue().edit("actions/pe-1.toml", "\"in-progress\"", "\"abandoned\"");
    assert_eq!(repo.found(), Vec::<String>::new());
}

#[test]
fn skipped_files_fifo_link_outside_and_loop() {
    let repo = skipped_file();
    symlink("loop.toml", &repo.join("actions/loop.toml"));
    let fifo = repo.join("actions/pipe.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    symlink("../commissions", &repo.join("actions/folder.toml"));
    symlink("nowhere.toml", &repo.join("actions/dangling.toml"));
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "actions/dangling.toml skipped-file",
            "actions/folder.toml skipped-file",
            "actions/loop.toml skipped-file",
            "actions/outside.toml skipped-file",
            "actions/pipe.toml skipped-file",
        ]
    );
    let d = &report.diagnostics[2..];
    assert_eq!(
        report.diagnostics[1].message,
        "symbolic link to a folder; it was not followed"
    );
    assert_eq!(
        d[0].message,
        "symbolic link that cannot be resolved (dangling or a loop)"
    );
    assert_eq!(
        d[1].message,
        "symbolic link to a file outside the repository; it was not followed"
    );
    assert_eq!(
        d[2].message,
        "not a regular file (a FIFO, socket or device); it was not opened"
    );
}

#[test]
fn a_link_inside_the_repository_is_read() {
    let repo = Repo::new().file("shared/pe-2.toml", support::PE_1);
    symlink("../shared/pe-2.toml", &repo.join("actions/pe-2.toml"));
    // shared/pe-2.toml is a stray; the link is read as action pe-2, cleanly.
    assert_eq!(repo.found(), ["shared/pe-2.toml stray-file"]);
    // A link is read as what its own path says: here an action read as an officer.
    let repo = Repo::new();
    symlink("../actions/pe-1.toml", &repo.join("officers/link.toml"));
    assert_eq!(
        repo.found(),
        [
            "officers/link.toml misplaced-record",
            "officers/link.toml not-checked"
        ]
    );
}

// ---------------------------------------------------------------------------
// Many problems: all reported, sorted.
// ---------------------------------------------------------------------------

#[test]
fn two_mistakes_in_one_file_are_both_reported() {
    let repo = Repo::new().file(
        "officers/bob.toml",
        "nme = \"Bob\"\nemployer = 5\n\n[[assignment]]\ncommune = \"Fos-sur-Mer\"\nfte = 0.333\nstart = \"2026-01-05\"\n",
    );
    assert_eq!(
        repo.found(),
        [
            "officers/bob.toml:1:1 unknown-field",
            "officers/bob.toml:1:1 missing-field",
            "officers/bob.toml:2:12 invalid-value",
            "officers/bob.toml:6:7 invalid-value",
            "officers/bob.toml:7:9 invalid-value",
            "officers/bob.toml not-checked",
        ]
    );
}

#[test]
fn problems_are_sorted_by_file_line_and_column() {
    let repo = Repo::new()
        .edit("actions/pe-1.toml", "progress = 40", "progress = 140")
        .edit("actions/pe-1.toml", "lead = \"ana\"", "lead = \"anna\"")
        .edit("actions/pe-1.toml", "title = ", "titel = ")
        .edit("officers/ana.toml", "fte = 1.0", "fte = 0.9")
        .file("zz.toml", "x = 1\n")
        .file("a.toml", "x = 1\n")
        .edit("commissions/pe.toml", "referent = \"ana\"\n", "");
    let run = repo.run(&["check", "--format", "short"]);
    assert_eq!(run.code, 1);
    let got: Vec<&str> = run
        .stdout
        .lines()
        .map(|l| l.split(": ").next().unwrap())
        .collect();
    assert_eq!(
        got,
        [
            "a.toml:1:1",
            "actions/pe-1.toml:1:1",
            "actions/pe-1.toml:1:1",
            "actions/pe-1.toml:4:8",
            "actions/pe-1.toml:8:12",
            "commissions/pe.toml:1:1",
            "copil.toml:20:12",
            "zz.toml:1:1",
        ]
    );
    // A second run prints the same, byte for byte.
    assert_eq!(repo.run(&["check", "--format", "short"]).stdout, run.stdout);
}

// ---------------------------------------------------------------------------
// Exit statuses.
// ---------------------------------------------------------------------------

#[test]
fn exit_status_0_1_and_strict() {
    assert_eq!(Repo::new().run(&["check"]).code, 0);
    assert_eq!(syntax().run(&["check"]).code, 1);
    let warned = overdue();
    assert_eq!(warned.run(&["check"]).code, 0);
    assert_eq!(warned.run(&["check", "--strict"]).code, 1);
    assert_eq!(
        warned.run(&["check", "--strict", "--format", "json"]).code,
        1
    );
}

#[test]
fn exit_status_2_when_check_cannot_run() {
    let empty = Repo::bare();
    let run = Run::of(
        ctg()
            .current_dir(empty.path())
            .args(["--at", TODAY, "check"]),
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: no CTG repository here: no copil.toml in "),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--dir DIR or CTG_DIR=DIR"));

    let repo = Repo::new();
    let dir_is_a_file = Run::of(ctg().arg("--dir").arg(repo.join("copil.toml")).arg("check"));
    assert_eq!(dir_is_a_file.code, 2);
    assert!(
        dir_is_a_file.stderr.contains("is a file, not a folder"),
        "{}",
        dir_is_a_file.stderr
    );

    let missing = Run::of(ctg().arg("--dir").arg(repo.join("nowhere")).arg("check"));
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("cannot open"), "{}", missing.stderr);

    let no_copil = Run::of(ctg().arg("--dir").arg(repo.join("officers")).arg("check"));
    assert_eq!(no_copil.code, 2);
    assert!(
        no_copil.stderr.contains("has no copil.toml"),
        "{}",
        no_copil.stderr
    );

    assert_eq!(repo.run(&["check", "--bogus"]).code, 2);
    assert_eq!(repo.run(&["check", "--format", "xml"]).code, 2);
    assert_eq!(repo.run(&["frobnicate"]).code, 2);
    let bad_at = Run::of(repo.bare_command().args(["--at", "2026-02-30", "check"]));
    assert_eq!(bad_at.code, 2);
    assert!(
        bad_at
            .stderr
            .contains("is not a date: write it as YYYY-MM-DD"),
        "{}",
        bad_at.stderr
    );
    let stdout_untouched = repo.run(&["check", "--bogus"]);
    assert_eq!(stdout_untouched.stdout, "");
}

// ---------------------------------------------------------------------------
// Finding the repository.
// ---------------------------------------------------------------------------

#[test]
fn root_is_found_from_a_sub_folder() {
    let repo = syntax().dir("actions/deep/er");
    let run = Run::of(
        ctg()
            .current_dir(repo.join("actions/deep/er"))
            .args(["--at", TODAY, "--lang", "en", "check", "--format", "short"]),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    // Paths stay relative to the root, not to the working folder.
    assert!(
        run.stdout
            .starts_with("actions/pe-1.toml:3:10: error[syntax]"),
        "{}",
        run.stdout
    );
}

#[test]
fn root_from_ctg_dir_and_dir_wins_over_it() {
    let broken = syntax();
    let clean = Repo::new();
    let elsewhere = Repo::bare();
    let run = Run::of(
        ctg()
            .current_dir(elsewhere.path())
            .env("CTG_DIR", broken.path())
            .args(["--at", TODAY, "check", "--format", "short"]),
    );
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("error[syntax]"));

    let run = Run::of(
        ctg()
            .current_dir(elsewhere.path())
            .env("CTG_DIR", broken.path())
            .arg("--dir")
            .arg(clean.path())
            .args(["--at", TODAY, "check"]),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);

    let run = Run::of(
        ctg()
            .current_dir(elsewhere.path())
            .env("CTG_DIR", elsewhere.path())
            .args(["--at", TODAY, "check"]),
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("(from CTG_DIR) has no copil.toml"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------
// Files as editors and file systems make them.
// ---------------------------------------------------------------------------

#[test]
fn bom_and_crlf_files_pass_cleanly() {
    let crlf = support::PE_1.replace('\n', "\r\n");
    let repo = Repo::new()
        .file("actions/pe-1.toml", format!("\u{feff}{}", support::PE_1))
        .file("officers/ana.toml", support::ANA.replace('\n', "\r\n"))
        .file("actions/pe-2.toml", format!("\u{feff}{crlf}"));
    assert_eq!(repo.found(), Vec::<String>::new());
}

#[test]
fn bom_and_crlf_keep_lines_and_columns() {
    let text = "title = \"Guichet\"\ncommission = \"pe\"\nstatus = \"in-progres\"\n";
    for (what, contents) in [
        ("BOM", format!("\u{feff}{text}")),
        ("CRLF", text.replace('\n', "\r\n")),
        (
            "BOM+CRLF",
            format!("\u{feff}{}", text.replace('\n', "\r\n")),
        ),
    ] {
        let repo = Repo::new().file("actions/pe-1.toml", &contents);
        assert_eq!(
            repo.found(),
            ["actions/pe-1.toml:3:10 invalid-value"],
            "{what}"
        );
        // The first line too: the BOM is not a column.
        let repo = Repo::new().file("actions/pe-1.toml", contents.replacen("title", "titel", 1));
        assert_eq!(
            repo.found(),
            [
                "actions/pe-1.toml:1:1 unknown-field",
                "actions/pe-1.toml:1:1 missing-field",
                "actions/pe-1.toml:3:10 invalid-value"
            ],
            "{what}"
        );
    }
}

#[test]
fn bom_syntax_error_column_on_the_first_line() {
    let repo = Repo::new().file("actions/pe-1.toml", "\u{feff}title = = \"x\"\n");
    assert_eq!(repo.found(), ["actions/pe-1.toml:1:9 syntax"]);
}

#[test]
fn one_syntax_error_a_line_and_a_few_lines_at_most() {
    let repo = Repo::new().file("actions/pe-1.toml", "a = = 1\nb = \"x\ny = [1,\nz = 3\n");
    let places = repo.found();
    assert_eq!(places[0], "actions/pe-1.toml:1:5 syntax", "{places:?}");
    assert_eq!(places[1], "actions/pe-1.toml:2:7 syntax", "{places:?}");
    let garbage = "= = =\n".repeat(1000);
    let repo = Repo::new().file("actions/pe-1.toml", garbage);
    assert_eq!(
        repo.found(),
        (1..=5)
            .map(|l| format!("actions/pe-1.toml:{l}:1 syntax"))
            .collect::<Vec<_>>()
    );
}

#[test]
fn crlf_snippet_has_no_carriage_return() {
    let repo = Repo::new().file(
        "actions/pe-1.toml",
        support::PE_1
            .replace("progress = 40", "progress = 140")
            .replace('\n', "\r\n"),
    );
    let run = repo.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("8 | progress = 140\n"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains('\r'));
    assert!(!run.stderr.contains("\\r"), "{}", run.stderr);
}

#[test]
fn invalid_utf8_is_a_syntax_error_at_its_line() {
    let repo = Repo::new().file(
        "actions/pe-1.toml",
        b"title = \"Guichet\"\ncommission = \"pe\"\nstatus = \"d\xe9j\xe0\"\n".as_slice(),
    );
    let report = repo.report();
    assert_eq!(report.places(), ["actions/pe-1.toml:3:12 syntax"]);
    assert_eq!(report.diagnostics[0].message, "the file is not UTF-8 text");
    // The human form shows the line, with the bad byte replaced.
    let run = repo.run(&["check"]);
    assert!(
        run.stderr.contains("3 | status = \"d\u{fffd}j\u{fffd}\""),
        "{}",
        run.stderr
    );
}

#[test]
fn an_empty_file_misses_its_required_fields() {
    let repo = Repo::new().file("officers/bob.toml", "");
    assert_eq!(
        repo.found(),
        [
            "officers/bob.toml:1:1 missing-field",
            "officers/bob.toml:1:1 missing-field",
            "officers/bob.toml not-checked",
        ]
    );
    let empty_copil = Repo::new().file("copil.toml", "");
    let report = empty_copil.report();
    assert_eq!(
        report.places(),
        [
            "copil.toml:1:1 missing-field",
            "copil.toml:1:1 missing-field",
            "copil.toml not-checked",
        ]
    );
}

#[test]
fn a_five_megabyte_file_is_read() {
    let mut text = String::from(support::PE_1);
    while text.len() < 5 * 1024 * 1024 {
        text.push_str("# a long comment line to make the file large, as a generated file might\n");
    }
    let last = text.lines().count() + 1;
    text.push_str("titel = \"x\"\n");
    let repo = Repo::new().file("actions/pe-1.toml", text);
    assert_eq!(
        repo.found(),
        [format!("actions/pe-1.toml:{last}:1 unknown-field")]
    );
}

#[test]
fn a_folder_named_like_a_record_is_walked_not_read() {
    let repo = Repo::new()
        .dir("actions/x.toml")
        .file("actions/x.toml/pe-2.toml", support::PE_1);
    // The folder is a sub-folder of actions/, so its file is action pe-2.
    assert_eq!(repo.found(), Vec::<String>::new());
    let repo = Repo::new().dir("officers/empty.toml");
    assert_eq!(repo.found(), Vec::<String>::new());
}

#[test]
fn deeply_nested_arrays_are_a_syntax_error() {
    let depth = 100_000;
    let text = format!(
        "title = \"x\"\ncommission = \"pe\"\nstatus = \"planned\"\nprogress = {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let repo = Repo::new().file("actions/pe-1.toml", text);
    let report = repo.report();
    assert_eq!(report.codes(), ["syntax"], "{:?}", report.places());
    assert_eq!(report.diagnostics[0].line, Some(4));
}

#[test]
fn deeply_nested_tables_are_a_syntax_error() {
    let depth = 100_000;
    let text = format!("x = {}{}\n", "{a = ".repeat(depth), "}".repeat(depth));
    let repo = Repo::new().file("actions/pe-2.toml", text);
    let report = repo.report();
    assert_eq!(report.codes(), ["syntax"], "{:?}", report.places());
}

#[test]
fn control_characters_in_values_are_escaped() {
    let repo = Repo::new().edit(
        "actions/pe-1.toml",
        "lead = \"ana\"",
        "lead = \"an\\u001b[31ma\"",
    );
    let run = repo.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("no officer has the id `an\\u{1b}[31ma`"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_real_data_passes() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let run = Run::of(ctg().args([
        "--dir",
        data,
        "--at",
        "2026-11-28",
        "check",
        "--format",
        "json",
    ]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    let report = support::Report::parse(&run.stdout);
    assert_eq!(report.errors, 0, "{:?}", report.places());
    assert!(report.files > 20);
}

// ---------------------------------------------------------------------------
// Output forms.
// ---------------------------------------------------------------------------

#[test]
fn human_output_shows_the_line_a_caret_a_hint_and_a_summary() {
    let repo = Repo::new()
        .edit("actions/pe-1.toml", "\"in-progress\"", "\"in-progres\"")
        .file("notes.toml", "x = 1\n");
    let run = repo.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    let expected = "\
error[invalid-value]: `in-progres` is not a valid `status`
 --> actions/pe-1.toml:3:10
  |
3 | status = \"in-progres\"
  |          ^^^^^^^^^^^^
  |
  = help: did you mean `in-progress`?
  = note: for more, run `ctg explain invalid-value`

";
    assert!(run.stderr.starts_with(expected), "{}", run.stderr);
    assert!(run.stderr.contains("warning[stray-file]: this TOML file is not part of the repository's records; it is ignored\n"));
    assert!(
        run.stderr.ends_with("\n1 error, 1 warning in 7 files\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn human_output_of_a_problem_without_a_line_names_the_file() {
    let run = invalid_id().run(&["check"]);
    assert!(
        run.stderr
            .contains("error[invalid-id]: `Fiche PE_2` is not a valid id\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("actions/Fiche PE_2.toml\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("help: a file's name is its id"),
        "{}",
        run.stderr
    );
}

#[test]
fn short_output_is_one_line_a_problem() {
    let run = Repo::new()
        .edit("actions/pe-1.toml", "\"in-progress\"", "\"in-progres\"")
        .run(&["check", "--format", "short"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "actions/pe-1.toml:3:10: error[invalid-value]: `in-progres` is not a valid `status`\n"
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn json_report_of_a_clean_run_and_nulls() {
    let run = Repo::new().run(&["check", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        value,
        serde_json::json!({"files": 6, "errors": 0, "warnings": 0, "diagnostics": []})
    );
    let run = invalid_id().run(&["check", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let d = &value["diagnostics"][0];
    assert_eq!(d["code"], "invalid-id");
    assert!(d["line"].is_null() && d["column"].is_null());
}

#[test]
fn french_output_when_asked() {
    let run = Run::of(
        overdue()
            .bare_command()
            .args(["--at", TODAY, "--lang", "fr", "check", "--format", "short"]),
    );
    assert_eq!(
        run.stdout,
        "actions/pe-1.toml:7:7: avertissement[overdue] : en retard : échéance le 01/06/2026, il y a 14 jours\n"
    );
}

#[test]
fn colour_only_when_wanted_never_under_no_color() {
    let repo = syntax();
    let esc = |run: &Run| run.stderr.contains('\u{1b}');
    assert!(esc(&Run::of(
        repo.bare_command().args(["--color", "always", "check"])
    )));
    assert!(!esc(&Run::of(
        repo.bare_command().args(["--color", "never", "check"])
    )));
    // Not a terminal: no colour.
    assert!(!esc(&Run::of(repo.bare_command().args(["check"]))));
    // Forced on, then NO_COLOR wins.
    assert!(esc(&Run::of(
        repo.bare_command()
            .env("CLICOLOR_FORCE", "1")
            .args(["check"])
    )));
    assert!(!esc(&Run::of(
        repo.bare_command()
            .env("CLICOLOR_FORCE", "1")
            .env("NO_COLOR", "1")
            .args(["check"])
    )));
    // JSON is never coloured.
    assert!(
        !Run::of(
            repo.bare_command()
                .args(["--color", "always", "check", "--format", "json"])
        )
        .stdout
        .contains('\u{1b}')
    );
}

#[test]
fn a_broken_officer_file_does_not_also_skew_the_totals() {
    // Ana's file is left out: the baseline and target warnings computed
    // without her would be wrong, and vanish once the file is fixed.
    let repo = Repo::new()
        .edit(
            "officers/ana.toml",
            "employer = \"Ville d'Istres\"",
            "employer = 5",
        )
        .edit("officers/bob.toml", "fte = 0.5", "fte = 0.6");
    assert_eq!(
        repo.found(),
        [
            "officers/ana.toml:2:12 invalid-value",
            "officers/ana.toml not-checked"
        ]
    );
    // Also from a sub-folder, and whatever the error.
    let repo = Repo::new()
        .file("officers/x/cy.toml", "name = \"Cy\"\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.5\nstart = = 2025-01-01\n")
        .edit("officers/bob.toml", "fte = 0.5", "fte = 0.6");
    assert_eq!(
        repo.found(),
        [
            "officers/x/cy.toml:5:9 syntax",
            "officers/x/cy.toml not-checked"
        ]
    );
}

#[test]
fn copil_toml_that_cannot_be_read_is_an_error() {
    // A folder named copil.toml does not make a repository.
    let repo = Repo::new().remove("copil.toml").dir("copil.toml");
    assert_eq!(repo.run(&["check"]).code, 2);
    let run = Run::of(
        ctg()
            .current_dir(repo.join("officers"))
            .args(["--at", TODAY, "check"]),
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    // A link out of the repository is not followed: an error, not a silent pass.
    let repo = Repo::new().remove("copil.toml");
    let outside = Repo::bare().file("copil.toml", support::COPIL);
    std::os::unix::fs::symlink(outside.join("copil.toml"), repo.join("copil.toml")).unwrap();
    let report = repo.report();
    assert_eq!(
        report.places(),
        ["copil.toml unreadable-file", "copil.toml not-checked"]
    );
    assert_eq!(
        report.diagnostics[0].message,
        "symbolic link to a file outside the repository; it was not followed"
    );
}

#[test]
fn an_integer_too_large_for_64_bits_is_out_of_range() {
    let repo = Repo::new().edit(
        "actions/pe-1.toml",
        "progress = 40",
        "progress = 99999999999999999999",
    );
    let d = repo.report().one("invalid-value").clone();
    assert_eq!(d.place(), "actions/pe-1.toml:8:12 invalid-value");
    assert_eq!(
        d.message,
        "`progress` = 99999999999999999999 is out of range: it must be from 0 to 100"
    );
    let repo = Repo::new().edit(
        "copil.toml",
        "min_meetings_per_year = 1",
        "min_meetings_per_year = -1",
    );
    assert_eq!(
        repo.report().one("invalid-value").message,
        "`min_meetings_per_year` = -1 is out of range: it must be from 0 to 366"
    );
}

#[test]
fn odd_numbers_for_fte_are_invalid_values_never_a_crash() {
    for value in [
        "1e400",
        "nan",
        "-0.0",
        "inf",
        "-0.5",
        "0",
        "1.000000000000000000001",
    ] {
        let repo = Repo::new().edit("officers/bob.toml", "fte = 0.5", &format!("fte = {value}"));
        assert_eq!(
            repo.report().places(),
            [
                "officers/bob.toml:5:7 invalid-value",
                "officers/bob.toml not-checked"
            ],
            "fte = {value}"
        );
    }
    // Exact forms of a half are all a half.
    for value in ["0.50", "5e-1", "0.05e1", "0.5_0"] {
        let repo = Repo::new().edit("officers/bob.toml", "fte = 0.5", &format!("fte = {value}"));
        assert_eq!(repo.found(), Vec::<String>::new(), "fte = {value}");
    }
}

#[test]
fn docs_state_each_code_severity() {
    let text = include_str!("../docs/codes.md");
    for code in ctg_core::analysis::codes::ALL {
        let severity = match code.severity() {
            ctg_core::diagnostics::Severity::Error => "error",
            ctg_core::diagnostics::Severity::Warning => "warning",
        };
        let heading = format!("### `{code}`\n\nSeverity: {severity}.\n");
        assert!(text.contains(&heading), "docs/codes.md needs:\n{heading}");
        let row = format!("| [`{code}`](#{code}) | {severity} |\n");
        assert!(text.contains(&row), "docs/codes.md's table needs:\n{row}");
    }
}

#[test]
fn control_characters_in_file_names_are_escaped() {
    let repo = Repo::new().file("actions/a\u{1b}[31mred\nx.toml", support::PE_1);
    let short = repo.run(&["check", "--format", "short"]);
    assert_eq!(
        short.stdout,
        "actions/a\\u{1b}[31mred\\nx.toml:1:1: error[invalid-id]: `a\\u{1b}[31mred\\nx` is not a valid id\n"
    );
    let human = repo.run(&["check"]);
    assert!(!human.stderr.contains('\u{1b}'), "{}", human.stderr);
    assert!(
        human
            .stderr
            .contains("--> actions/a\\u{1b}[31mred\\nx.toml\n"),
        "{}",
        human.stderr
    );
    // The name is made visible once, where it is read, so no output can
    // carry it raw, JSON included.
    assert_eq!(
        repo.report().diagnostics[0].file,
        "actions/a\\u{1b}[31mred\\nx.toml"
    );
}

#[test]
fn a_fifo_named_copil_toml_is_not_a_repository() {
    let repo = Repo::new().remove("copil.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(repo.join("copil.toml"))
        .status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let run = repo.run(&["check"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("has no copil.toml"), "{}", run.stderr);
}

#[test]
fn human_output_in_full() {
    let repo = Repo::new()
        .edit("actions/pe-1.toml", "due = 2027-06-30", "due = 2026-06-01")
        .edit("officers/bob.toml", "fte = 0.5", "fte = 0.333")
        .file("notes.toml", "x = 1\n");
    let run = repo.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "\
warning[overdue]: overdue: due 2026-06-01, 14 days ago
 --> actions/pe-1.toml:7:7
  |
7 | due = 2026-06-01
  |       ^^^^^^^^^^
  |
  = help: update `status` (done, paused, abandoned…) or move `due`
  = note: for more, run `ctg explain overdue`

warning[stray-file]: this TOML file is not part of the repository's records; it is ignored
--> notes.toml
 = help: records go in copil.toml, commissions/, officers/ or actions/; move or rename the file if it is one
 = note: for more, run `ctg explain stray-file`

error[invalid-value]: `fte` = 0.333 has more than two decimals
 --> officers/bob.toml:5:7
  |
5 | fte = 0.333
  |       ^^^^^
  |
  = help: FTE is counted in hundredths: round to two decimals, `fte = 0.33`
  = note: for more, run `ctg explain invalid-value`

warning[not-checked]: `fte-over-target`, `baseline-mismatch` not checked: officers/bob.toml has errors
--> officers/bob.toml
 = help: without those files the totals would be wrong; fix their errors and these rules run again
 = note: for more, run `ctg explain not-checked`

1 error, 3 warnings in 7 files
"
    );
}

#[test]
fn the_convention_language_is_the_default_and_lang_overrides_it() {
    let repo = overdue().edit(
        "copil.toml",
        "communes = [",
        "language = \"fr\"\ncommunes = [",
    );
    let french = Run::of(
        repo.bare_command()
            .args(["--at", TODAY, "--color", "never", "check"]),
    );
    assert!(
        french.stderr.starts_with(
            "avertissement[overdue] : en retard : échéance le 01/06/2026, il y a 14 jours\n"
        ),
        "{}",
        french.stderr
    );
    assert!(
        french
            .stderr
            .ends_with("\n0 erreur, 1 avertissement dans 6 fichiers\n"),
        "{}",
        french.stderr
    );
    let english = repo.run(&["check"]);
    assert!(
        english
            .stderr
            .starts_with("warning[overdue]: overdue: due 2026-06-01"),
        "{}",
        english.stderr
    );
    // Codes and JSON keys do not change with the language.
    let json = Run::of(
        repo.bare_command()
            .args(["--at", TODAY, "check", "--format", "json"]),
    );
    let report = support::Report::parse(&json.stdout);
    assert_eq!(report.codes(), ["overdue"]);
    assert_eq!(
        report.diagnostics[0].message,
        "en retard : échéance le 01/06/2026, il y a 14 jours"
    );
}

/// #12 item 7: a broken action does not stop the FTE rules, which read
/// only copil.toml and the officers.
#[test]
fn a_broken_action_does_not_hide_the_fte_warnings() {
    let repo = fte_over_target().file("actions/pe-9.toml", "title = \"Brouillon\n");
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "actions/pe-9.toml:1:19 syntax",
            "officers/bob.toml:6:9 fte-over-target",
        ]
    );
    assert_eq!(repo.run(&["check"]).code, 1);
}

/// #12 item 7: a broken officer file would make the totals wrong: the FTE
/// rules are not run, and one note says which and why.
#[test]
fn a_broken_officer_holds_back_the_fte_rules_and_says_so() {
    let repo = fte_over_target()
        .edit("officers/ana.toml", "fte = 1.0", "fte = 0.9")
        .file("officers/cy.toml", "name = \"Cy Blanc\n")
        .file("officers/dan.toml", "name = \"Dan\"\nfte = \"x\"\n");
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "officers/cy.toml:1:17 syntax",
            "officers/cy.toml not-checked",
            "officers/dan.toml:1:1 missing-field",
            "officers/dan.toml:2:1 unknown-field",
        ]
    );
    let note = report.one("not-checked");
    assert_eq!((note.file.as_str(), note.line), ("officers/cy.toml", None));
    assert_eq!(
        note.message,
        "`fte-over-target`, `baseline-mismatch` not checked: officers/cy.toml, officers/dan.toml have errors"
    );
    assert!(!report.codes().contains(&"fte-over-target"));
    assert!(!report.codes().contains(&"baseline-mismatch"));
    let fr = repo.ctg(&["--at", TODAY, "--lang", "fr", "check", "--format", "short"]);
    assert_eq!(fr.code, 1);
    assert!(
        fr.stdout.contains("officers/cy.toml:1:1: avertissement[not-checked] : `fte-over-target`, `baseline-mismatch` non vérifiés : officers/cy.toml, officers/dan.toml contiennent des erreurs"),
        "{}",
        fr.stdout
    );
}

/// #12 item 7: an impossible date (`2026-02-30`) no longer hides every other
/// problem of its file: all of them come in one run, at their lines, in
/// the user's language.
#[test]
fn an_impossible_date_and_the_file_s_other_problems_in_one_run() {
    let repo = Repo::new().file(
        "officers/bob.toml",
        "name = \"Bob Durand\"\ngrade = \"A\"\n\n[[assignment]]\ncommune = \"Istrse\"\nfte = 0.5\nstart = 2026-02-30\nend = 2026-13-01\n\n[[assignment]]\ncommune = \"Istres\"\nfte = \"half\"\nstart = 2025-01-01\n",
    );
    let report = repo.report();
    assert_eq!(
        report.places(),
        [
            "officers/bob.toml:2:1 unknown-field",
            "officers/bob.toml:7:9 invalid-value",
            "officers/bob.toml:8:7 invalid-value",
            "officers/bob.toml:12:7 invalid-value",
            "officers/bob.toml not-checked",
        ]
    );
    assert_eq!(
        report.diagnostics[1].message,
        "`2026-02-30` is not a date: February 30 does not exist"
    );
    let fr = repo.ctg(&["--at", TODAY, "--lang", "fr", "check", "--format", "short"]);
    assert_eq!(fr.code, 1);
    assert!(
        fr.stdout.contains("officers/bob.toml:7:9: erreur[invalid-value] : date invalide `2026-02-30` : le 30 février n'existe pas"),
        "{}",
        fr.stdout
    );
    assert!(!fr.stdout.contains("expected day"), "{}", fr.stdout);
}

/// #12 item 7: beside another syntax error, an impossible date is still
/// said in the user's words, not toml's.
#[test]
fn an_impossible_date_beside_a_syntax_error_is_said_in_french() {
    let repo = Repo::new().file(
        "officers/bob.toml",
        "name = \"Bob Durand\n\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.5\nstart = 2026-02-30\n",
    );
    let fr = repo.ctg(&["--at", TODAY, "--lang", "fr", "check", "--format", "short"]);
    assert_eq!(fr.code, 1);
    assert!(
        fr.stdout.contains("officers/bob.toml:1:19: erreur[syntax]"),
        "{}",
        fr.stdout
    );
    assert!(
        fr.stdout.contains("officers/bob.toml:6:9: erreur[invalid-value] : date invalide `2026-02-30` : le 30 février n'existe pas"),
        "{}",
        fr.stdout
    );
}

/// #12 item 12: the name suggested for a file with an invalid id is free:
/// `officers/Bob Durand.toml` beside `officers/bob-durand.toml`.
#[test]
fn an_invalid_name_is_told_a_free_name_when_the_suggested_one_is_taken() {
    let repo = Repo::new()
        .file("officers/bob-durand.toml", support::BOB)
        .file("officers/Bob Durand.toml", support::BOB);
    let report = repo.report();
    let d = report.one("invalid-id");
    assert_eq!(d.place(), "officers/Bob Durand.toml invalid-id");
    assert_eq!(
        d.hint.as_deref(),
        Some(
            "a file's name is its id: lowercase letters, digits and single hyphens; rename it to `bob-durand-2.toml` (`bob-durand.toml` exists already)"
        )
    );
    let fr = repo.ctg(&["--at", TODAY, "--lang", "fr", "check"]);
    assert_eq!(fr.code, 1);
    assert!(
        fr.stderr
            .contains("renommez-le en `bob-durand-2.toml` (`bob-durand.toml` existe déjà)"),
        "{}",
        fr.stderr
    );
    // A free name is suggested as it was.
    let alone = Repo::new()
        .file("officers/Cy Blanc.toml", support::BOB)
        .report();
    assert!(
        alone
            .one("invalid-id")
            .hint
            .as_deref()
            .unwrap()
            .ends_with("rename it to `cy-blanc.toml`"),
        "{alone:?}"
    );
}

/// The one problem of `code` in `repo`, and its hint, in English and in French.
fn hints(repo: &Repo, code: &str) -> (String, String, String) {
    let en = repo.report();
    let fr = repo.report_with(&["--lang", "fr"]);
    let (d, f) = (en.one(code), fr.one(code));
    assert_eq!(d.place(), f.place());
    (
        d.place(),
        d.hint.clone().unwrap_or_default(),
        f.hint.clone().unwrap_or_default(),
    )
}

/// #12 item 9: a status written the French way is told the exact record
/// word, from the command line's mapping, not a list to pick from.
#[test]
fn a_french_status_in_a_record_is_told_the_exact_word() {
    let repo = Repo::new().edit("actions/pe-1.toml", "\"in-progress\"", "\"en cours\"");
    assert_eq!(
        hints(&repo, "invalid-value"),
        (
            "actions/pe-1.toml:3:10 invalid-value".into(),
            "write `\"in-progress\"` for `\"en cours\"`: the files keep the English words".into(),
            "écrivez `\"in-progress\"` pour `\"en cours\"` : les fiches gardent les mots anglais"
                .into(),
        )
    );
    let repo = Repo::new().edit("officers/ana.toml", "\"network\"", "\"réseau\"");
    assert_eq!(
        hints(&repo, "invalid-value"),
        (
            "officers/ana.toml:3:13 invalid-value".into(),
            "write `\"network\"` for `\"réseau\"`: the files keep the English words".into(),
            "écrivez `\"network\"` pour `\"réseau\"` : les fiches gardent les mots anglais".into(),
        )
    );
}

/// #12 item 9: `caf_cofunded = "oui"` is told to write `true`, bare.
#[test]
fn a_boolean_in_quotes_is_told_the_bare_value() {
    for (written, meant) in [
        ("\"oui\"", "true"),
        ("\"non\"", "false"),
        ("\"true\"", "true"),
    ] {
        let repo = Repo::new().edit(
            "officers/ana.toml",
            "employer",
            &format!("caf_cofunded = {written}\nemployer"),
        );
        let (place, en, fr) = hints(&repo, "invalid-value");
        assert_eq!(place, "officers/ana.toml:2:16 invalid-value");
        assert_eq!(
            en,
            format!("write `caf_cofunded = {meant}`, without quotes")
        );
        assert_eq!(
            fr,
            format!("écrivez `caf_cofunded = {meant}`, sans guillemets")
        );
    }
    let repo = Repo::new().edit(
        "officers/ana.toml",
        "employer",
        "caf_cofunded = \"oui\"\nemployer",
    );
    assert_eq!(
        repo.report().one("invalid-value").message,
        "`caf_cofunded` must be true or false, found the text \"oui\""
    );
}

/// #12 item 9: `fte = 50` is a percentage: the share it stands for is proposed.
#[test]
fn an_fte_written_as_a_percentage_is_told_the_share() {
    let repo = Repo::new().edit("officers/bob.toml", "fte = 0.5", "fte = 50");
    assert_eq!(
        hints(&repo, "invalid-value"),
        (
            "officers/bob.toml:5:7 invalid-value".into(),
            "did you mean `fte = 0.5` (50% of a full-time post)?".into(),
            "vouliez-vous dire `fte = 0.5` (50\u{a0}% d'un temps plein) ?".into(),
        )
    );
    // Above 100, or a fraction of a percent: no percentage, the range only.
    for far in ["fte = 150", "fte = 1.5", "fte = 33.5"] {
        let repo = Repo::new().edit("officers/bob.toml", "fte = 0.5", far);
        let (_, en, _) = hints(&repo, "invalid-value");
        assert_eq!(en, "use a value above 0 and at most 1", "{far}");
    }
}

/// #12 item 9: the hint for `fte = 0.333` proposes `0.33` with a point in
/// both languages: `0,33` would be a TOML syntax error.
#[test]
fn a_too_precise_fte_is_told_the_rounded_value_with_a_point() {
    let repo = Repo::new().edit("officers/bob.toml", "fte = 0.5", "fte = 0.335");
    assert_eq!(
        hints(&repo, "invalid-value"),
        (
            "officers/bob.toml:5:7 invalid-value".into(),
            "FTE is counted in hundredths: round to two decimals, `fte = 0.34`".into(),
            "les ETP se comptent en centièmes : arrondissez à deux décimales, `fte = 0.34` (avec un point, comme le veut TOML)".into(),
        )
    );
    let repo = Repo::new().edit("officers/bob.toml", "fte = 0.5", "fte = 0.333");
    let (_, en, fr) = hints(&repo, "invalid-value");
    assert!(en.ends_with("`fte = 0.33`"), "{en}");
    assert!(fr.contains("`fte = 0.33`") && !fr.contains("0,33"), "{fr}");
    // Rounded to nothing: no value to propose, and still no comma.
    let repo = Repo::new().edit("officers/bob.toml", "fte = 0.5", "fte = 0.001");
    let (_, _, fr) = hints(&repo, "invalid-value");
    assert!(
        fr.contains("0.33 et non 0.333") && !fr.contains("0,3"),
        "{fr}"
    );
}

/// #12 item 9: "did you mean" only for a near word; a far one gets the list.
#[test]
fn only_a_near_word_is_suggested() {
    let repo = Repo::new().edit("actions/pe-1.toml", "\"in-progress\"", "\"in-progres\"");
    let (_, en, _) = hints(&repo, "invalid-value");
    assert_eq!(en, "did you mean `in-progress`?");
    let repo = Repo::new().edit("actions/pe-1.toml", "\"in-progress\"", "\"finished\"");
    let (_, en, _) = hints(&repo, "invalid-value");
    assert!(en.starts_with("use one of `planned`, "), "{en}");
}

/// #12 item 12: an officer's file in actions/ is said once, with the
/// folder it belongs in, instead of an error for each of its keys.
#[test]
fn an_officer_in_actions_is_told_its_folder() {
    let repo = misplaced_record();
    let report = repo.report();
    assert_eq!(report.places(), ["actions/cy-blanc.toml misplaced-record"]);
    let d = report.one("misplaced-record");
    assert_eq!(
        d.message,
        "this file holds an officer's record (`name`, `[[assignment]]`), not an action: it belongs in `officers/`"
    );
    assert_eq!(
        d.hint.as_deref(),
        Some("move it: `git mv actions/cy-blanc.toml officers/cy-blanc.toml`")
    );
    let fr = repo.ctg(&["--at", TODAY, "--lang", "fr", "check", "--format", "short"]);
    assert_eq!(fr.code, 1);
    assert!(
        fr.stdout.contains("actions/cy-blanc.toml:1:1: erreur[misplaced-record] : ce fichier contient une fiche de chargé de coopération (`name`, `[[assignment]]`), pas une fiche d'action : il va dans `officers/`"),
        "{}",
        fr.stdout
    );
    let fr = repo.report_with(&["--lang", "fr"]);
    assert_eq!(
        fr.one("misplaced-record").hint.as_deref(),
        Some("déplacez-le : `git mv actions/cy-blanc.toml officers/cy-blanc.toml`")
    );
}

/// #12 item 12: the other kinds too, from a sub-folder, and with every key
/// that tells; a record with typos in its own folder is still checked key
/// by key.
#[test]
fn misplaced_records_of_every_kind() {
    let repo = Repo::new()
        .file("officers/pe-2.toml", support::PE_1)
        .file("actions/2026/petite-enfance.toml", support::PE)
        .file("commissions/dan.toml", support::ANA);
    let report = repo.report();
    let found: Vec<(String, String)> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "misplaced-record")
        .map(|d| (d.message.clone(), d.hint.clone().unwrap()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "this file holds a commission (`name`, `kind`, `referent`), not an action: it belongs in `commissions/`".to_owned(),
                "move it: `git mv actions/2026/petite-enfance.toml commissions/petite-enfance.toml`".to_owned(),
            ),
            (
                "this file holds an officer's record (`employer`, `missions`, `[[assignment]]`), not a commission: it belongs in `officers/`".to_owned(),
                "move it: `git mv commissions/dan.toml officers/dan.toml`".to_owned(),
            ),
            (
                "this file holds an action (`title`, `commission`, `status`, …), not an officer's record: it belongs in `actions/`".to_owned(),
                "move it: `git mv officers/pe-2.toml actions/pe-2.toml`".to_owned(),
            ),
        ]
    );
    assert!(
        !report.codes().contains(&"unknown-field"),
        "{:?}",
        report.places()
    );
    // One key of another kind is a typo, not a misplaced file.
    let typo = Repo::new().edit("officers/bob.toml", "name = ", "title = ");
    assert_eq!(
        typo.found(),
        [
            "officers/bob.toml:1:1 unknown-field",
            "officers/bob.toml:1:1 missing-field",
            "officers/bob.toml not-checked",
        ]
    );
}

/// #12 item 9: `--commune Paris` is far from every commune: no "did you
/// mean", the list instead; `Istrse` is near `Istres`: suggested.
#[test]
fn a_far_commune_gets_the_list_and_a_near_one_a_suggestion() {
    let far = support::run_in(
        &support::data(),
        &["--lang", "en", "fte", "--commune", "Paris"],
    );
    assert_eq!(far.code, 2);
    assert!(!far.stderr.contains("did you mean"), "{}", far.stderr);
    assert!(
        far.stderr
            .contains("`Istres`, `Fos-sur-Mer`, `Port-Saint-Louis-du-Rhône`"),
        "{}",
        far.stderr
    );
    let near = support::run_in(
        &support::data(),
        &["--lang", "en", "fte", "--commune", "Istrse"],
    );
    assert_eq!(near.code, 2);
    assert!(
        near.stderr.contains("did you mean `Istres`?"),
        "{}",
        near.stderr
    );
}
