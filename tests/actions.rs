//! `ctg actions`: the action plan, filtered and sorted, in every format.

use crate::support::{Repo, Run, data, has_row, lines, run_in as ctg};
use serde_json::json;

/// `ctg --dir ROOT ARGS` on a screen wide enough for every row on one line
/// (piped, the table fits 100 columns and its titles wrap).
fn wide(repo: &Repo, args: &[&str]) -> Run {
    Run::of(
        crate::support::ctg()
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200")
            .arg("--dir")
            .arg(repo.path())
            .args(args),
    )
}

fn ids(repo: &Repo, args: &[&str]) -> Vec<String> {
    let mut all = vec!["--at", "2026-07-01", "actions", "--format", "json"];
    all.extend_from_slice(args);
    let run = repo.ctg(&all);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.json()["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn table_sorted_by_due_date_then_id() {
    let repo = Repo::fixture();
    // Same due date as a5: the id decides.
    repo.file(
        "actions/a0.toml",
        "title = \"Same day\"\ncommission = \"psl\"\nstatus = \"paused\"\ndue = 2026-07-20\n",
    );
    let run = wide(&repo, &["--at", "2026-07-01", "--lang", "en", "actions"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    let l = lines(out);
    assert!(
        has_row(
            out,
            &[
                "Id",
                "Title",
                "Commission",
                "Lead",
                "Status",
                "Due",
                "Progress"
            ]
        ),
        "{out}"
    );
    let order: Vec<&str> = l[2..]
        .iter()
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(order, ["a2", "a1", "a0", "a5", "a3", "a4"], "{out}");
    assert!(
        has_row(
            out,
            &[
                "a1",
                "Overdue",
                "one",
                "pe",
                "Cléo",
                "Caron",
                "in",
                "progress,",
                "overdue",
                "2026-05-01",
                "40%"
            ]
        ),
        "{out}"
    );
    assert!(
        has_row(
            out,
            &[
                "a2",
                "Done",
                "one",
                "pe",
                "Bob",
                "Brun",
                "done",
                "2026-02-01",
                "100%"
            ]
        ),
        "{out}"
    );
    assert!(
        has_row(
            out,
            &[
                "a4",
                "Blocked,",
                "whole",
                "territory,",
                "no",
                "due",
                "date",
                "psl",
                "blocked"
            ]
        ),
        "{out}"
    );
}

#[test]
fn french_table() {
    let run = wide(
        &Repo::fixture(),
        &["--at", "2026-07-01", "--lang", "fr", "actions"],
    );
    assert!(
        has_row(
            &run.stdout,
            &[
                "Id",
                "Intitulé",
                "Commission",
                "Pilote",
                "Statut",
                "Échéance",
                "Avancement"
            ]
        ),
        "{}",
        run.stdout
    );
    assert!(
        has_row(
            &run.stdout,
            &[
                "a1",
                "Overdue",
                "one",
                "pe",
                "Cléo",
                "Caron",
                "en",
                "cours,",
                "en",
                "retard",
                "01/05/2026",
                "40",
                "%"
            ]
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn filters() {
    let repo = Repo::fixture();
    assert_eq!(ids(&repo, &[]), ["a2", "a1", "a5", "a3", "a4"]);
    assert_eq!(ids(&repo, &["--commission", "psl"]), ["a3", "a4"]);
    assert_eq!(
        ids(&repo, &["--commission", "psl", "--commission", "pe"]),
        ["a2", "a1", "a5", "a3", "a4"]
    );
    assert_eq!(ids(&repo, &["--status", "planned"]), ["a5", "a3"]);
    assert_eq!(ids(&repo, &["--status", "overdue"]), ["a1"]);
    assert_eq!(
        ids(&repo, &["--status", "overdue", "--status", "blocked"]),
        ["a1", "a4"]
    );
    assert_eq!(ids(&repo, &["--status", "in-progress"]), ["a1"]);
    assert_eq!(ids(&repo, &["--lead", "bob"]), ["a2", "a3"]);
    assert_eq!(ids(&repo, &["--due-before", "2026-07-20"]), ["a2", "a1"]);
    assert_eq!(
        ids(&repo, &["--due-before", "2026-07-21"]),
        ["a2", "a1", "a5"]
    );
    assert_eq!(
        ids(&repo, &["--lead", "cleo", "--status", "planned"]),
        ["a5"]
    );
}

#[test]
fn commune_filter_keeps_actions_for_the_whole_territory() {
    let repo = Repo::fixture();
    // a2 and a4 name no commune: they concern every commune.
    assert_eq!(ids(&repo, &["--commune", "istres"]), ["a2", "a1", "a4"]);
    assert_eq!(
        ids(&repo, &["--commune", "FOS-SUR-MER"]),
        ["a2", "a5", "a4"]
    );
    assert_eq!(
        ids(&repo, &["--commune", "port saint louis du rhone"]),
        ["a2", "a3", "a4"]
    );
    assert_eq!(
        ids(&repo, &["--commune", "l isle sur la sorgue"]),
        ["a2", "a4"]
    );
}

#[test]
fn overdue_is_judged_on_the_date() {
    let repo = Repo::fixture();
    let at = |date: &str| {
        let run = repo.ctg(&[
            "--at", date, "actions", "--status", "overdue", "--format", "json",
        ]);
        run.json()["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert!(at("2026-05-01").is_empty(), "due today is not overdue yet");
    assert_eq!(at("2026-05-02"), ["a1"]);
    assert_eq!(at("2026-08-16"), ["a1", "a5", "a3"]);
}

#[test]
fn bad_commune_commission_lead_or_status_exit_2() {
    let repo = Repo::fixture();
    let run = repo.ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "actions",
        "--commune",
        "port",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("`Port-Saint-Louis-du-Rhône`, `Port-de-Bouc`"),
        "{}",
        run.stderr
    );
    let run = repo.ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "actions",
        "--commune",
        "Fos-sur-Mre",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `Fos-sur-Mer`?"),
        "{}",
        run.stderr
    );
    let run = repo.ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "actions",
        "--commission",
        "ppe",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("--commission `ppe`: no such id in commissions/"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean `pe`?"), "{}", run.stderr);
    let run = repo.ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "actions",
        "--lead",
        "nobody",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("--lead `nobody`: no such id in officers/"),
        "{}",
        run.stderr
    );
    assert_eq!(
        repo.ctg(&["--at", "2026-07-01", "actions", "--status", "someday"])
            .code,
        2
    );
    assert_eq!(
        repo.ctg(&["--at", "2026-07-01", "actions", "--due-before", "soon"])
            .code,
        2
    );
    assert_eq!(
        repo.ctg(&["--at", "2026-07-01", "actions", "--format", "markdown"])
            .code,
        2
    );
    assert_eq!(Repo::bare().ctg(&["--at", "2026-07-01", "actions"]).code, 2);
}

#[test]
fn json_rows() {
    let run = Repo::fixture().ctg(&[
        "--at",
        "2026-07-01",
        "actions",
        "--format",
        "json",
        "--status",
        "overdue",
    ]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.json(),
        json!({
            "date": "2026-07-01",
            "actions": [{
                "id": "a1", "title": "Overdue one", "commission": "pe", "commission_name": "Petite enfance",
                "lead": "cleo", "lead_name": "Cléo Caron", "status": "in-progress", "overdue": true,
                "start": null, "due": "2026-05-01", "completed": null, "progress": 40, "communes": ["Istres"]
            }]
        })
    );
}

#[test]
fn csv_rows_quote_what_needs_it() {
    let run = Repo::fixture().ctg(&["--at", "2026-07-01", "actions", "--format", "csv"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        lines(&run.stdout),
        [
            "id,title,commission,lead,status,overdue,start,due,completed,progress,communes",
            "a2,Done one,pe,bob,done,false,,2026-02-01,2026-01-10,100,",
            "a1,Overdue one,pe,cleo,in-progress,true,,2026-05-01,,40,Istres",
            "a5,\"Planned at Fos, \"\"quoted\"\", with a comma\",pe,cleo,planned,false,,2026-07-20,,,Fos-sur-Mer",
            "a3,\"Due soon, in Port-Saint-Louis\",psl,bob,planned,false,,2026-08-15,,,Port-Saint-Louis-du-Rhône",
            "a4,\"Blocked, whole territory, no due date\",psl,,blocked,false,,,,,",
        ]
    );
}

#[test]
fn control_characters_in_titles_are_escaped_in_tables() {
    let repo = Repo::fixture();
    repo.file(
        "actions/a9.toml",
        "title = \"Red \\u001b[31mtitle\"\ncommission = \"pe\"\nstatus = \"planned\"\n",
    );
    let run = repo.ctg(&["--at", "2026-07-01", "actions"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains('\u{1b}'));
    assert!(
        run.stdout.contains("Red \\u{1b}[31mtitle"),
        "{}",
        run.stdout
    );
}

#[test]
fn no_match_says_so() {
    let run = Repo::fixture().ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "actions",
        "--status",
        "abandoned",
    ]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, "No action matches.\n");
}

#[test]
fn a_broken_action_is_named_with_exit_1() {
    let repo = Repo::fixture();
    repo.file(
        "actions/bad.toml",
        "title = \"Bad\"\ncommission = \"pe\"\nstatus = \"done\"\n",
    );
    let run = wide(&repo, &["--at", "2026-07-01", "--lang", "en", "actions"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "warning: actions/bad.toml left out (missing-field); run `ctg check` for details\n"
    );
    assert_eq!(lines(&run.stdout).len(), 2 + 5);
    let run = repo.ctg(&["--at", "2026-07-01", "actions", "--format", "csv"]);
    assert_eq!(run.code, 1);
    assert_eq!(lines(&run.stdout).len(), 1 + 5);
}

#[test]
fn data_actions() {
    let run = ctg(
        &data(),
        &["--at", "2026-11-28", "actions", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["actions"].as_array().unwrap().len(), 18);
    let run = ctg(
        &data(),
        &[
            "--at",
            "2026-11-28",
            "actions",
            "--status",
            "overdue",
            "--format",
            "csv",
            "--csv-sep",
            ",",
        ],
    );
    assert_eq!(lines(&run.stdout).len(), 1);
    let run = ctg(
        &data(),
        &[
            "--at",
            "2026-11-28",
            "actions",
            "--due-before",
            "2027-01-28",
            "--status",
            "in-progress",
            "--format",
            "csv",
            "--csv-sep",
            ",",
        ],
    );
    let found: Vec<&str> = lines(&run.stdout)[1..]
        .iter()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(
        found,
        ["pe-03-relais-petite-enfance-psl", "par-01-laep-itinerant"]
    );
}
