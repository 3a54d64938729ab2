//! `ctg status`: the one screen before a meeting, on fixtures and on data/.

use crate::support::{Repo, data, has_row, lines, run_in as ctg};
use serde_json::json;

fn assert_fits(text: &str) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= 100,
            "wider than 100 columns: {line:?}"
        );
    }
}

#[test]
fn table_shows_every_part_on_one_screen() {
    let run = Repo::fixture().ctg(&["--at", "2026-07-01", "--lang", "en", "status"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert_fits(out);
    let l = lines(out);
    assert_eq!(
        l[0],
        "CTG Test: 2025-01-01 to 2027-12-31, year 2 of 3 (on 2026-07-01)"
    );
    for line in [
        "1.0 of 2.0 FTE cofunded by the Caf (50%) on 2026-07-01: 1.0 to go",
        "[####################--------------------] 1.00 / 2.00",
        "Not cofunded by the Caf (not counted): 0.4 FTE (Dan Dufour, Fos-sur-Mer 0.4)",
        "2 members, 1 of them a funder",
        "Meetings: 2025: 1 held, minimum 1; 2026: 1 held (+1 planned), minimum 1",
        "Last held: 2026-06-01; next planned: 2026-12-10",
        "5 actions: 2 planned, 1 in progress, 1 blocked, 1 done; 1 overdue",
        "0 errors, 2 warnings: run `ctg check` to see them",
    ] {
        assert!(l.contains(&line), "missing {line:?} in\n{out}");
    }
    assert!(
        has_row(out, &["Total", "1.50", "+0.50", "2.00", "1.00", "-1.00"]),
        "{out}"
    );
    assert!(
        has_row(
            out,
            &[
                "Petite", "enfance", "thematic", "Cléo", "Caron", "1", "+", "1", "planned", "/",
                "2"
            ]
        ),
        "{out}"
    );
    assert!(
        has_row(
            out,
            &["Port-Saint-Louis", "territorial", "Bob", "Brun", "0"]
        ),
        "{out}"
    );
    assert!(
        has_row(out, &["Petite", "enfance", "1", "1", "1", "0", "1"]),
        "{out}"
    );
    assert!(
        has_row(out, &["Port-Saint-Louis", "0", "0", "1", "1", "0"]),
        "{out}"
    );
    let overdue = out.find("Overdue actions:").unwrap();
    let soon = out.find("Due in the next 60 days:").unwrap();
    assert_eq!(
        lines(&out[overdue..soon]),
        [
            "Overdue actions:",
            "a1  2026-05-01  Petite enfance  Cléo Caron",
            "    Overdue one",
            ""
        ]
    );
    assert_eq!(
        lines(&out[soon..out.find("DATA HEALTH").unwrap()])[..5],
        [
            "Due in the next 60 days:",
            "a5  2026-07-20  Petite enfance    Cléo Caron",
            "    Planned at Fos, \"quoted\", with a comma",
            "a3  2026-08-15  Port-Saint-Louis  Bob Brun",
            "    Due soon, in Port-Saint-Louis",
        ]
    );
}

#[test]
fn health_counts_are_those_of_check() {
    let repo = Repo::fixture();
    let check = repo
        .ctg(&["--at", "2026-07-01", "check", "--format", "json"])
        .json();
    let status = repo
        .ctg(&["--at", "2026-07-01", "status", "--format", "json"])
        .json();
    assert_eq!(status["health"]["errors"], check["errors"]);
    assert_eq!(status["health"]["warnings"], check["warnings"]);
    assert_eq!(status["health"]["files"], check["files"]);
    assert_eq!(status["health"]["warnings"], json!(2));
    assert_eq!(status["health"]["command"], "ctg check");
}

#[test]
fn json_holds_every_part() {
    let run = Repo::fixture().ctg(&["--at", "2026-07-01", "status", "--format", "json"]);
    assert_eq!(run.code, 0);
    let v = run.json();
    assert_eq!(v["date"], "2026-07-01");
    assert_eq!(
        v["convention"],
        json!({"name": "CTG Test", "start": "2025-01-01", "end": "2027-12-31", "year": 2, "years": 3})
    );
    assert_eq!(v["fte"]["total"], json!(1.0));
    assert_eq!(v["fte"]["target"], json!(2.0));
    assert_eq!(v["fte"]["not_cofunded"], json!(0.4));
    assert_eq!(
        v["copil"],
        json!({
            "members": 2, "funders": 1, "min_meetings_per_year": 1,
            "years": [{"year": 2025, "held": 1, "planned": 0}, {"year": 2026, "held": 1, "planned": 1}],
            "last_held": "2026-06-01", "next_planned": "2026-12-10"
        })
    );
    let pe = &v["commissions"][0];
    assert_eq!(pe["id"], "pe");
    assert_eq!(pe["kind"], "thematic");
    assert_eq!(pe["referent"], "cleo");
    assert_eq!(pe["referent_name"], "Cléo Caron");
    assert_eq!(pe["min_meetings_per_year"], json!(2));
    assert_eq!(
        pe["this_year"],
        json!({"year": 2026, "held": 1, "planned": 1})
    );
    assert_eq!(
        pe["actions"],
        json!({"total": 3, "planned": 1, "in_progress": 1, "paused": 0, "blocked": 0, "done": 1, "abandoned": 0, "overdue": 1})
    );
    assert_eq!(
        v["commissions"][1]["min_meetings_per_year"],
        serde_json::Value::Null
    );
    assert_eq!(v["actions"]["counts"]["total"], json!(5));
    assert_eq!(v["actions"]["counts"]["overdue"], json!(1));
    let ids = |key: &str| -> Vec<String> {
        v["actions"][key]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids("overdue"), ["a1"]);
    assert_eq!(ids("due_soon"), ["a5", "a3"]);
    assert_eq!(v["actions"]["overdue"][0]["status"], "in-progress");
    assert_eq!(v["actions"]["overdue"][0]["overdue"], json!(true));
    assert_eq!(v["health"]["left_out"], json!([]));
}

#[test]
fn convention_years_count_from_its_start() {
    let repo = Repo::fixture();
    let year = |date: &str| {
        repo.ctg(&["--at", date, "status", "--format", "json"])
            .json()["convention"]["year"]
            .clone()
    };
    assert_eq!(year("2024-12-31"), serde_json::Value::Null);
    assert_eq!(year("2025-01-01"), json!(1));
    assert_eq!(year("2025-12-31"), json!(1));
    assert_eq!(year("2026-01-01"), json!(2));
    assert_eq!(year("2027-12-31"), json!(3));
    assert_eq!(year("2028-01-01"), serde_json::Value::Null);
    let run = repo.ctg(&["--at", "2024-12-31", "--lang", "en", "status"]);
    assert!(
        lines(&run.stdout)[0].ends_with("not started yet (on 2024-12-31)"),
        "{}",
        run.stdout
    );
    let run = repo.ctg(&["--at", "2028-01-01", "--lang", "en", "status"]);
    assert!(
        lines(&run.stdout)[0].ends_with("ended (on 2028-01-01)"),
        "{}",
        run.stdout
    );
}

#[test]
fn markdown_for_the_minutes() {
    let repo = Repo::fixture();
    repo.file(
        "actions/a6.toml",
        "title = \"Pipes | in a title\"\ncommission = \"pe\"\nstatus = \"planned\"\ndue = 2026-07-10\n",
    );
    let run = repo.ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "status",
        "--format",
        "markdown",
    ]);
    assert_eq!(run.code, 0);
    let out = &run.stdout;
    let l = lines(out);
    assert_eq!(
        l[0],
        "# CTG Test: 2025-01-01 to 2027-12-31, year 2 of 3 (on 2026-07-01)"
    );
    for line in [
        "## FTE cofunded by the Caf",
        "| Commune | Baseline 2025-01-01 | Increase | Target | FTE | Gap |",
        "|---|---:|---:|---:|---:|---:|",
        "| Total | 1.50 | +0.50 | 2.00 | 1.00 | -1.00 |",
        "## COPIL",
        "2 members, 1 of them a funder",
    ] {
        assert!(l.contains(&line), "missing {line:?} in\n{out}");
    }
    assert!(
        l.contains(&"| Petite enfance | thematic | Cléo Caron | 1 + 1 planned / 2 |"),
        "{out}"
    );
    assert!(l.contains(&"### Overdue actions"), "{out}");
    assert!(
        l.contains(&"| a1 | Overdue one | 2026-05-01 | Petite enfance | Cléo Caron |"),
        "{out}"
    );
    assert!(
        l.contains(&"| a6 | Pipes \\| in a title | 2026-07-10 | Petite enfance |  |"),
        "{out}"
    );
    assert!(
        // Every line passes the one Markdown escaper, the wording's
        // backticks too: they show as typed.
        l.contains(&"0 errors, 2 warnings: run \\`ctg check\\` to see them"),
        "{out}"
    );
    assert!(!out.contains("\n\n\n"), "{out}");
}

#[test]
fn long_titles_wrap_within_100_columns() {
    let repo = Repo::fixture();
    let long = "Un intitulé très long ".repeat(12);
    repo.file(
        "actions/a7.toml",
        format!(
            "title = \"{long}\"\ncommission = \"pe\"\nstatus = \"planned\"\ndue = 2026-07-10\n"
        ),
    );
    repo.file(
        "commissions/zz.toml",
        format!(
            "name = \"{}\"\nkind = \"thematic\"\nreferent = \"bob\"\n",
            "Commission au nom interminable ".repeat(6)
        ),
    );
    for lang in ["en", "fr"] {
        let run = repo.ctg(&["--at", "2026-07-01", "--lang", lang, "status"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_fits(&run.stdout);
        assert!(
            run.stdout.contains("    Un intitulé très long Un intitulé"),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn french_status() {
    let run = Repo::fixture().ctg(&["--at", "2026-07-01", "--lang", "fr", "status"]);
    assert_eq!(run.code, 0);
    let l = lines(&run.stdout);
    assert_eq!(
        l[0],
        "CTG Test : du 01/01/2025 au 31/12/2027, année 2 sur 3 (au 01/07/2026)"
    );
    assert!(
        l.contains(&"1,0 ETP sur 2,0 cofinancés par la Caf (50 %) au 01/07/2026 : reste 1,0"),
        "{}",
        run.stdout
    );
    assert!(l.contains(&"2 membres, dont 1 financeur"), "{}", run.stdout);
    assert!(
        l.contains(&"5 actions : 2 prévues, 1 en cours, 1 bloquée, 1 terminée ; 1 en retard"),
        "{}",
        run.stdout
    );
    assert!(
        l.contains(&"0 erreur, 2 avertissements : `ctg check` les détaille"),
        "{}",
        run.stdout
    );
    assert!(
        l.contains(&"Réunions : 2025 : 1 tenue, minimum 1 ; 2026 : 1 tenue (+1 prévue), minimum 1"),
        "{}",
        run.stdout
    );
    assert!(l.contains(&"Actions en retard :"), "{}", run.stdout);
}

#[test]
fn a_broken_action_is_named_and_the_rest_printed_with_exit_1() {
    let repo = Repo::fixture();
    repo.file(
        "actions/bad.toml",
        "title = \"Bad\"\ncommission = \"pe\"\nstatus = \"someday\"\n",
    );
    let run = repo.ctg(&["--at", "2026-07-01", "--lang", "en", "status"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "warning: actions/bad.toml left out (invalid-value); run `ctg check` for details\n"
    );
    assert!(
        lines(&run.stdout)
            .contains(&"5 actions: 2 planned, 1 in progress, 1 blocked, 1 done; 1 overdue")
    );
    assert!(
        lines(&run.stdout).contains(&"1 file left out of every figure: actions/bad.toml"),
        "{}",
        run.stdout
    );
    let v = repo
        .ctg(&["--at", "2026-07-01", "status", "--format", "json"])
        .json();
    assert_eq!(v["health"]["left_out"], json!(["actions/bad.toml"]));
    assert_eq!(v["health"]["errors"], json!(1));
}

#[test]
fn without_copil_status_still_shows_the_actions() {
    let repo = Repo::fixture();
    repo.file("copil.toml", "[convention]\nname = 3\n");
    let run = repo.ctg(&["--at", "2026-07-01", "--lang", "en", "status"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("copil.toml left out"), "{}", run.stderr);
    assert!(
        lines(&run.stdout)[0].starts_with("copil.toml could not be loaded"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("5 actions: 2 planned"),
        "{}",
        run.stdout
    );
    let v = repo
        .ctg(&["--at", "2026-07-01", "status", "--format", "json"])
        .json();
    assert_eq!(v["fte"], serde_json::Value::Null);
    assert_eq!(v["convention"], serde_json::Value::Null);
}

#[test]
fn no_repository_or_bad_flags_exit_2() {
    assert_eq!(Repo::bare().ctg(&["--at", "2026-07-01", "status"]).code, 2);
    assert_eq!(
        Repo::fixture()
            .ctg(&["--at", "2026-07-01", "status", "--format", "csv"])
            .code,
        2
    );
}

#[test]
fn data_status() {
    for lang in ["en", "fr"] {
        let run = ctg(&data(), &["--at", "2026-11-28", "--lang", lang, "status"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_fits(&run.stdout);
    }
    let run = ctg(&data(), &["--at", "2026-11-28", "--lang", "en", "status"]);
    let l = lines(&run.stdout);
    assert_eq!(
        l[0],
        "CTG Golfe et des étangs: 2025-01-01 to 2029-12-31, year 2 of 5 (on 2026-11-28)"
    );
    for line in [
        "3.8 of 3.8 FTE cofunded by the Caf (100%) on 2026-11-28: target reached",
        "[########################################] 3.80 / 3.80",
        "8 members, 7 of them funders",
        "Meetings: 2025: 2 held, minimum 1; 2026: 1 held, minimum 1",
        "Last held: 2026-06-16; next planned: 2027-03-11",
        "18 actions: 3 planned, 7 in progress, 1 paused, 1 blocked, 5 done, 1 abandoned; 0 overdue",
        "pe-03-relais-petite-enfance-psl  2026-12-31  Petite enfance  Thomas Ollivier",
        "par-01-laep-itinerant            2027-01-15  Parentalité     Sophie Garcia",
        // data/'s one warning on purpose: a stale indicator (data/README.md).
        "0 errors, 1 warning: run `ctg check` to see them",
    ] {
        assert!(l.contains(&line), "missing {line:?} in\n{}", run.stdout);
    }
    assert!(has_row(
        &run.stdout,
        &[
            "Parentalité",
            "thematic",
            "Sophie",
            "Garcia",
            "1",
            "+",
            "1",
            "planned",
            "/",
            "2"
        ]
    ));
    let v = ctg(
        &data(),
        &["--at", "2026-11-28", "status", "--format", "json"],
    )
    .json();
    assert_eq!(v["fte"]["total"], json!(3.8));
    assert_eq!(v["actions"]["counts"]["done"], json!(5));
    assert_eq!(v["actions"]["overdue"], json!([]));
}
