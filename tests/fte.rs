//! `ctg fte`: figures by commune, by officer and over time, on fixtures and on data/.

use crate::support::{Repo, data, has_row, lines, run_in as ctg};
use serde_json::json;

fn total_on(repo: &Repo, date: &str) -> serde_json::Value {
    let run = repo.ctg(&["--at", date, "fte", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.json()["total"].clone()
}

#[test]
fn totals_before_on_and_after_an_end() {
    let repo = Repo::fixture();
    assert_eq!(total_on(&repo, "2024-12-31"), json!(0.0));
    assert_eq!(total_on(&repo, "2025-01-01"), json!(1.5));
    assert_eq!(total_on(&repo, "2026-02-28"), json!(1.5));
    assert_eq!(total_on(&repo, "2026-03-01"), json!(2.0));
    // Ana's last day is 2026-06-30: ends are inclusive.
    assert_eq!(total_on(&repo, "2026-06-30"), json!(2.0));
    assert_eq!(total_on(&repo, "2026-07-01"), json!(1.0));
}

#[test]
fn table_by_commune_with_total_headline_and_not_cofunded_apart() {
    let run = Repo::fixture().ctg(&["--at", "2026-07-01", "--lang", "en", "fte"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert_eq!(
        lines(out)[0],
        "1.0 of 2.0 FTE cofunded by the Caf (50%) on 2026-07-01: 1.0 to go"
    );
    assert!(
        has_row(
            out,
            &[
                "Commune",
                "Baseline",
                "2025-01-01",
                "Increase",
                "Target",
                "FTE",
                "Gap"
            ]
        ),
        "{out}"
    );
    assert!(
        has_row(out, &["Istres", "1.30", "+0.50", "1.80", "0.80", "-1.00"]),
        "{out}"
    );
    // Bob's split post: 0.2 at Fos-sur-Mer; Dan's 0.4 is not counted there.
    assert!(
        has_row(
            out,
            &["Fos-sur-Mer", "0.20", "0.00", "0.20", "0.20", "0.00"]
        ),
        "{out}"
    );
    assert!(
        has_row(
            out,
            &[
                "L'Isle-sur-la-Sorgue",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "0.00"
            ]
        ),
        "{out}"
    );
    assert!(
        has_row(out, &["Total", "1.50", "+0.50", "2.00", "1.00", "-1.00"]),
        "{out}"
    );
    assert!(
        out.contains(
            "Not cofunded by the Caf (not counted): 0.4 FTE (Dan Dufour, Fos-sur-Mer 0.4)"
        ),
        "{out}"
    );
    // Communes in the order of convention.communes.
    let at = |name: &str| out.find(&format!("\n {name} ")).unwrap();
    assert!(at("Istres") < at("Fos-sur-Mer"));
    assert!(at("Fos-sur-Mer") < at("L'Isle-sur-la-Sorgue"));
    assert!(at("Port-Saint-Louis-du-Rhône") < at("Port-de-Bouc"));
    assert!(!out.contains('\u{1b}'), "no colour off a terminal");
}

#[test]
fn headline_in_french_uses_decimal_commas() {
    let run = Repo::fixture().ctg(&["--at", "2026-07-01", "--lang", "fr", "fte"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        lines(&run.stdout)[0],
        "1,0 ETP sur 2,0 cofinancés par la Caf (50 %) au 01/07/2026 : reste 1,0"
    );
    assert!(has_row(
        &run.stdout,
        &["Total", "1,50", "+0,50", "2,00", "1,00", "-1,00"]
    ));
    assert!(
        run.stdout
            .contains("Non cofinancés par la Caf (non comptés) : 0,4 ETP")
    );
}

#[test]
fn json_has_the_documented_shape() {
    let run = Repo::fixture().ctg(&["--at", "2026-06-30", "fte", "--format", "json"]);
    assert_eq!(run.code, 0);
    let v = run.json();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "baseline",
            "communes",
            "date",
            "not_cofunded",
            "target",
            "total"
        ]
    );
    assert_eq!(v["baseline"], json!(1.5));
    assert_eq!(v["date"], "2026-06-30");
    assert_eq!(v["target"], json!(2.0));
    assert_eq!(v["total"], json!(2.0));
    assert_eq!(v["not_cofunded"], json!(0.4));
    let istres = &v["communes"][0];
    assert_eq!(istres["commune"], "Istres");
    assert_eq!(istres["baseline"], json!(1.3));
    assert_eq!(istres["increase"], json!(0.5));
    assert_eq!(istres["target"], json!(1.8));
    assert_eq!(istres["fte"], json!(1.8));
    assert_eq!(istres["gap"], json!(0.0));
    assert_eq!(
        istres["officers"],
        json!([
            {"id": "ana", "name": "Ana Alves", "fte": 1.0, "start": "2025-01-01", "end": "2026-06-30", "cofunded": true},
            {"id": "bob", "name": "Bob Brun", "fte": 0.3, "start": "2025-01-01", "end": null, "cofunded": true},
            {"id": "cleo", "name": "Cléo Caron", "fte": 0.5, "start": "2026-03-01", "end": null, "cofunded": true},
        ])
    );
    let fos = &v["communes"][1];
    assert_eq!(fos["fte"], json!(0.2));
    assert_eq!(fos["officers"][1]["id"], "dan");
    assert_eq!(fos["officers"][1]["cofunded"], json!(false));
    assert_eq!(v["communes"].as_array().unwrap().len(), 5);
}

#[test]
fn csv_one_row_per_commune_french_separators_by_default() {
    // French output: `;` between fields and decimal commas, as French
    // spreadsheets read them; `--csv-sep ,` gives `,` and `.`.
    let csv = |extra: &[&str]| {
        let mut args = vec![
            "--at",
            "2026-07-01",
            "--lang",
            "fr",
            "fte",
            "--format",
            "csv",
        ];
        args.extend_from_slice(extra);
        let run = Repo::fixture().ctg(&args);
        assert_eq!(run.code, 0);
        run.stdout
    };
    assert_eq!(
        lines(&csv(&[])),
        [
            "commune;baseline;increase;target;fte;gap",
            "Istres;1,3;0,5;1,8;0,8;-1,0",
            "Fos-sur-Mer;0,2;0,0;0,2;0,2;0,0",
            "L'Isle-sur-la-Sorgue;0,0;0,0;0,0;0,0;0,0",
            "Port-Saint-Louis-du-Rhône;0,0;0,0;0,0;0,0;0,0",
            "Port-de-Bouc;0,0;0,0;0,0;0,0;0,0",
        ]
    );
    assert_eq!(
        lines(&csv(&["--csv-sep", ","])),
        [
            "commune,baseline,increase,target,fte,gap",
            "Istres,1.3,0.5,1.8,0.8,-1.0",
            "Fos-sur-Mer,0.2,0.0,0.2,0.2,0.0",
            "L'Isle-sur-la-Sorgue,0.0,0.0,0.0,0.0,0.0",
            "Port-Saint-Louis-du-Rhône,0.0,0.0,0.0,0.0,0.0",
            "Port-de-Bouc,0.0,0.0,0.0,0.0,0.0",
        ]
    );
}

#[test]
fn commune_matching_ignores_case_accents_and_separators() {
    let repo = Repo::fixture();
    for (query, commune) in [
        ("istres", "Istres"),
        ("ISTRES", "Istres"),
        ("ist", "Istres"),
        ("fos sur mer", "Fos-sur-Mer"),
        ("FOS-SUR-MER", "Fos-sur-Mer"),
        ("Fos-sur-Mer", "Fos-sur-Mer"),
        ("l isle sur la sorgue", "L'Isle-sur-la-Sorgue"),
        ("l'isle", "L'Isle-sur-la-Sorgue"),
        ("port saint louis du rhone", "Port-Saint-Louis-du-Rhône"),
        ("PORT-SAINT", "Port-Saint-Louis-du-Rhône"),
        ("port de", "Port-de-Bouc"),
    ] {
        let run = repo.ctg(&[
            "--at",
            "2026-07-01",
            "fte",
            "--commune",
            query,
            "--format",
            "json",
        ]);
        assert_eq!(run.code, 0, "{query}: {}", run.stderr);
        let v = run.json();
        let communes = v["communes"].as_array().unwrap();
        assert_eq!(communes.len(), 1, "{query}");
        assert_eq!(communes[0]["commune"], commune, "{query}");
    }
}

#[test]
fn ambiguous_commune_exits_2_with_the_candidates() {
    let run = Repo::fixture().ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "fte",
        "--commune",
        "port",
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains(
            "`port` could be several communes: `Port-Saint-Louis-du-Rhône`, `Port-de-Bouc`"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn unknown_commune_exits_2_with_the_closest_name() {
    let repo = Repo::fixture();
    let run = repo.ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "fte",
        "--commune",
        "Istrse",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("no commune of the convention is called `Istrse`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `Istres`?"),
        "{}",
        run.stderr
    );
    let run = repo.ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "fte",
        "--commune",
        "Marseille",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("`convention.communes` of copil.toml"),
        "{}",
        run.stderr
    );
}

#[test]
fn one_commune_with_the_officers_behind_it() {
    let run = Repo::fixture().ctg(&[
        "--at",
        "2026-06-30",
        "--lang",
        "en",
        "fte",
        "--commune",
        "istres",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert_eq!(
        lines(out)[0],
        "Istres: 1.8 of 1.8 FTE cofunded by the Caf (100%) on 2026-06-30: target reached"
    );
    assert!(
        has_row(out, &["Istres", "1.30", "+0.50", "1.80", "1.80", "0.00"]),
        "{out}"
    );
    assert!(
        has_row(
            out,
            &["Officer", "FTE", "Start", "End", "Missions", "Cofunded"]
        ),
        "{out}"
    );
    assert!(
        has_row(
            out,
            &[
                "Ana",
                "Alves",
                "1.00",
                "2025-01-01",
                "2026-06-30",
                "network,",
                "evaluation",
                "yes"
            ]
        ),
        "{out}"
    );
    assert!(
        has_row(out, &["Bob", "Brun", "0.30", "2025-01-01", "yes"]),
        "{out}"
    );
    assert!(
        has_row(
            out,
            &[
                "Cléo",
                "Caron",
                "0.50",
                "2026-03-01",
                "decision",
                "support",
                "yes"
            ]
        ),
        "{out}"
    );
    assert!(!out.contains("Fos-sur-Mer"), "{out}");
}

#[test]
fn commune_shows_a_not_cofunded_officer_but_does_not_count_them() {
    let run = Repo::fixture().ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "fte",
        "--commune",
        "fos",
    ]);
    assert_eq!(run.code, 0);
    assert_eq!(
        lines(&run.stdout)[0],
        "Fos-sur-Mer: 0.2 of 0.2 FTE cofunded by the Caf (100%) on 2026-07-01: target reached"
    );
    assert!(
        has_row(&run.stdout, &["Dan", "Dufour", "0.40", "2025-01-01", "no"]),
        "{}",
        run.stdout
    );
    let run = Repo::fixture().ctg(&[
        "--at",
        "2026-07-01",
        "fte",
        "--commune",
        "fos",
        "--format",
        "csv",
    ]);
    assert_eq!(
        lines(&run.stdout),
        [
            "commune,baseline,increase,target,fte,gap",
            "Fos-sur-Mer,0.2,0.0,0.2,0.2,0.0"
        ]
    );
}

#[test]
fn by_officer_table_json_and_csv() {
    let repo = Repo::fixture();
    let run = repo.ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "en",
        "fte",
        "--by",
        "officer",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        has_row(out, &["Officer", "Employer", "Communes", "FTE", "Cofunded"]),
        "{out}"
    );
    assert!(
        has_row(
            out,
            &[
                "Bob",
                "Brun",
                "Ville",
                "de",
                "Fos-sur-Mer",
                "Istres,",
                "Fos-sur-Mer",
                "0.50",
                "yes"
            ]
        ),
        "{out}"
    );
    assert!(
        has_row(
            out,
            &[
                "Dan",
                "Dufour",
                "Ville",
                "de",
                "Fos-sur-Mer",
                "Fos-sur-Mer",
                "0.40",
                "no"
            ]
        ),
        "{out}"
    );
    assert!(
        !out.contains("Ana Alves"),
        "ana has left on 2026-07-01: {out}"
    );

    let v = repo
        .ctg(&[
            "--at",
            "2026-06-30",
            "fte",
            "--by",
            "officer",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(v["total"], json!(2.0));
    assert_eq!(v["not_cofunded"], json!(0.4));
    let ids: Vec<&str> = v["officers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["ana", "bob", "cleo", "dan"]);
    assert_eq!(
        v["officers"][1],
        json!({"id": "bob", "name": "Bob Brun", "employer": "Ville de Fos-sur-Mer",
               "communes": ["Istres", "Fos-sur-Mer"], "fte": 0.5, "cofunded": true})
    );

    let run = repo.ctg(&[
        "--at",
        "2026-07-01",
        "fte",
        "--by",
        "officer",
        "--format",
        "csv",
    ]);
    assert_eq!(
        lines(&run.stdout),
        [
            "id,name,employer,communes,fte,cofunded",
            "bob,Bob Brun,Ville de Fos-sur-Mer,Istres;Fos-sur-Mer,0.5,true",
            "cleo,Cléo Caron,Ville d'Istres,Istres,0.5,true",
            "dan,Dan Dufour,Ville de Fos-sur-Mer,Fos-sur-Mer,0.4,false",
        ]
    );
}

#[test]
fn history_lists_every_change_and_when_the_target_was_reached() {
    let repo = Repo::fixture();
    let v = repo
        .ctg(&["--at", "2026-07-01", "fte", "--history", "--format", "json"])
        .json();
    assert_eq!(v["reached"], "2026-03-01");
    assert_eq!(v["target"], json!(2.0));
    let steps: Vec<(&str, f64)> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["date"].as_str().unwrap(), s["total"].as_f64().unwrap()))
        .collect();
    assert_eq!(
        steps,
        [
            ("2025-01-01", 1.5),
            ("2026-03-01", 2.0),
            ("2026-07-01", 1.0)
        ]
    );
    assert_eq!(
        v["steps"][2]["changes"],
        json!([{"officer": "ana", "name": "Ana Alves", "commune": "Istres", "delta": -1.0}])
    );

    let run = repo.ctg(&["--at", "2026-07-01", "--lang", "en", "fte", "--history"]);
    assert_eq!(run.code, 0);
    assert!(
        has_row(
            &run.stdout,
            &["2026-03-01", "2.00", "Cléo", "Caron,", "Istres", "+0.5"]
        ),
        "{}",
        run.stdout
    );
    assert!(
        has_row(
            &run.stdout,
            &["2026-07-01", "1.00", "Ana", "Alves,", "Istres", "-1.0"]
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Target of 2.0 FTE first reached on 2026-03-01"),
        "{}",
        run.stdout
    );

    let run = repo.ctg(&["--at", "2026-07-01", "fte", "--history", "--format", "csv"]);
    assert_eq!(
        lines(&run.stdout)[0],
        "date,total,officer,name,commune,delta"
    );
    assert!(lines(&run.stdout).contains(&"2026-07-01,1.0,ana,Ana Alves,Istres,-1.0"));
    assert_eq!(lines(&run.stdout).len(), 1 + 5);
}

#[test]
fn history_says_when_the_target_is_not_reached() {
    let repo = Repo::fixture();
    repo.file(
        "officers/cleo.toml",
        "name = \"Cléo\"\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.4\nstart = 2026-03-01\n",
    );
    let v = repo
        .ctg(&["--at", "2026-07-01", "fte", "--history", "--format", "json"])
        .json();
    assert_eq!(v["reached"], serde_json::Value::Null);
    let run = repo.ctg(&["--at", "2026-07-01", "--lang", "en", "fte", "--history"]);
    assert!(
        run.stdout.contains("Target of 2.0 FTE not reached"),
        "{}",
        run.stdout
    );
}

#[test]
fn ten_officers_at_a_tenth_make_exactly_one() {
    let repo = Repo::bare();
    repo.file(
        "copil.toml",
        "[convention]\nname = \"Ten\"\nstart = 2025-01-01\nend = 2025-12-31\ncommunes = [\"Istres\"]\n\n[fte]\ntarget = 1.0\n",
    );
    for i in 0..10 {
        repo.file(
            &format!("officers/o{i}.toml"),
            "name = \"Officer\"\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.1\nstart = 2025-01-01\n",
        );
    }
    let run = repo.ctg(&["--at", "2025-06-01", "--lang", "en", "fte"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        lines(&run.stdout)[0],
        "1.0 of 1.0 FTE cofunded by the Caf (100%) on 2025-06-01: target reached"
    );
    assert!(
        has_row(&run.stdout, &["Total", "–", "0.00", "1.00", "1.00", "0.00"]),
        "{}",
        run.stdout
    );
    let run = repo.ctg(&["--at", "2025-06-01", "fte", "--format", "json"]);
    assert!(run.stdout.contains("\"total\": 1.0,"), "{}", run.stdout);
    assert_eq!(run.json()["total"], json!(1.0));
    let run = repo.ctg(&["--at", "2025-06-01", "fte", "--format", "csv"]);
    // One commune: its target is the convention's (the plan gives no baseline).
    assert_eq!(lines(&run.stdout)[1], "Istres,,0.0,1.0,1.0,0.0");
}

#[test]
fn a_broken_officer_is_named_and_the_rest_printed_with_exit_1() {
    let repo = Repo::fixture();
    repo.file("officers/eve.toml", "name = \"Eve\"\n[[assignment]\n");
    let run = repo.ctg(&["--at", "2026-07-01", "--lang", "en", "fte"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "warning: officers/eve.toml left out (syntax); run `ctg check` for details\n"
    );
    assert!(
        has_row(
            &run.stdout,
            &["Total", "1.50", "+0.50", "2.00", "1.00", "-1.00"]
        ),
        "{}",
        run.stdout
    );
    let run = repo.ctg(&["--at", "2026-07-01", "fte", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["total"], json!(1.0));
}

#[test]
fn a_broken_copil_is_named_with_exit_1() {
    let repo = Repo::fixture();
    repo.file("copil.toml", "[convention\n");
    let run = repo.ctg(&["--at", "2026-07-01", "--lang", "en", "fte"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("copil.toml left out (syntax)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("no FTE figures"), "{}", run.stderr);
}

#[test]
fn no_repository_or_bad_flags_exit_2() {
    let empty = Repo::bare();
    assert_eq!(empty.ctg(&["--at", "2026-07-01", "fte"]).code, 2);
    let repo = Repo::fixture();
    assert_eq!(
        repo.ctg(&["--at", "2026-07-01", "fte", "--format", "xml"])
            .code,
        2
    );
    assert_eq!(
        repo.ctg(&["--at", "2026-07-01", "fte", "--by", "commission"])
            .code,
        2
    );
    assert_eq!(
        repo.ctg(&["--at", "2026-07-01", "fte", "--history", "--by", "officer"])
            .code,
        2
    );
    assert_eq!(
        repo.ctg(&[
            "--at",
            "2026-07-01",
            "fte",
            "--by",
            "officer",
            "--commune",
            "istres"
        ])
        .code,
        2
    );
    assert_eq!(repo.ctg(&["--at", "2026-13-01", "fte"]).code, 2);
}

// data/: the figures of the annex.

fn data_json(args: &[&str]) -> serde_json::Value {
    let run = ctg(&data(), args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.json()
}

#[test]
fn data_matches_the_annex() {
    let v = data_json(&["--at", "2025-01-01", "fte", "--format", "json"]);
    assert_eq!(v["total"], json!(3.1));
    assert_eq!(v["target"], json!(3.8));
    let v = data_json(&["--at", "2026-11-28", "fte", "--format", "json"]);
    assert_eq!(v["total"], json!(3.8));
    assert_eq!(v["not_cofunded"], json!(0.2));
    let communes = v["communes"].as_array().unwrap();
    let line = |name: &str| {
        communes
            .iter()
            .find(|c| c["commune"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(v["baseline"], json!(3.1));
    assert_eq!(line("Istres")["increase"], json!(0.5));
    // The annex gives the baseline of the territory only: no commune has a
    // baseline, a target or a gap of its own (issue 12: they were made up
    // from the assignments, and added up to more than the total target).
    for commune in communes {
        assert_eq!(commune["baseline"], json!(null), "{commune}");
        assert_eq!(commune["target"], json!(null), "{commune}");
        assert_eq!(commune["gap"], json!(null), "{commune}");
    }
    assert_eq!(line("Istres")["fte"], json!(2.1));
    assert_eq!(line("Fos-sur-Mer")["increase"], json!(0.2));
    assert_eq!(line("Fos-sur-Mer")["fte"], json!(1.0));
    assert_eq!(line("Port-Saint-Louis-du-Rhône")["fte"], json!(0.7));
}

#[test]
fn data_headlines_in_english_and_french() {
    let run = ctg(&data(), &["--at", "2026-11-28", "fte"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        lines(&run.stdout)[0],
        "3,8 ETP sur 3,8 cofinancés par la Caf (100 %) au 28/11/2026 : cible atteinte"
    );
    let run = ctg(&data(), &["--at", "2025-10-01", "--lang", "en", "fte"]);
    assert_eq!(
        lines(&run.stdout)[0],
        "3.3 of 3.8 FTE cofunded by the Caf (86%) on 2025-10-01: 0.5 to go"
    );
    let run = ctg(
        &data(),
        &[
            "--at",
            "2026-11-28",
            "--lang",
            "en",
            "fte",
            "--commune",
            "istres",
        ],
    );
    assert_eq!(
        lines(&run.stdout)[0],
        "Istres: 2.1 FTE cofunded by the Caf on 2026-11-28; planned increase +0.5"
    );
}

#[test]
fn data_history_has_the_dates_of_the_readme() {
    let v = data_json(&["--at", "2026-11-28", "fte", "--history", "--format", "json"]);
    let steps: Vec<(&str, f64)> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["date"].as_str().unwrap(), s["total"].as_f64().unwrap()))
        .collect();
    assert_eq!(
        steps,
        [
            ("2025-01-01", 3.1),
            ("2025-09-01", 3.3),
            ("2026-01-05", 3.8),
            ("2026-03-01", 3.8)
        ]
    );
    assert_eq!(v["reached"], "2026-01-05");
    assert_eq!(
        v["steps"][1]["changes"],
        json!([{"officer": "sophie-garcia", "name": "Sophie Garcia", "commune": "Fos-sur-Mer", "delta": 0.2}])
    );
    assert_eq!(
        v["steps"][3]["changes"],
        json!([
            {"officer": "nathalie-vidal", "name": "Nathalie Vidal", "commune": "Port-Saint-Louis-du-Rhône", "delta": -0.5},
            {"officer": "thomas-ollivier", "name": "Thomas Ollivier", "commune": "Port-Saint-Louis-du-Rhône", "delta": 0.5},
        ])
    );
}

#[test]
fn above_the_target_is_said_so() {
    let repo = Repo::fixture();
    repo.file(
        "officers/fay.toml",
        "name = \"Fay\"\n[[assignment]]\ncommune = \"Port-de-Bouc\"\nfte = 0.3\nstart = 2026-01-01\n",
    );
    let run = repo.ctg(&["--at", "2026-06-30", "--lang", "en", "fte"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        lines(&run.stdout)[0],
        "2.3 of 2.0 FTE cofunded by the Caf (115%) on 2026-06-30: 0.3 above the target"
    );
    assert!(
        has_row(
            &run.stdout,
            &["Port-de-Bouc", "0.00", "0.00", "0.00", "0.30", "+0.30"]
        ),
        "{}",
        run.stdout
    );
    assert!(
        has_row(
            &run.stdout,
            &["Total", "1.50", "+0.50", "2.00", "2.30", "+0.30"]
        ),
        "{}",
        run.stdout
    );
    let run = repo.ctg(&["--at", "2026-06-30", "--lang", "fr", "fte"]);
    assert_eq!(
        lines(&run.stdout)[0],
        "2,3 ETP sur 2,0 cofinancés par la Caf (115 %) au 30/06/2026 : 0,3 au-dessus de la cible"
    );
}

#[test]
fn commune_in_french() {
    let run = Repo::fixture().ctg(&[
        "--at",
        "2026-07-01",
        "--lang",
        "fr",
        "fte",
        "--commune",
        "istres",
    ]);
    assert_eq!(run.code, 0);
    assert_eq!(
        lines(&run.stdout)[0],
        "Istres : 0,8 ETP sur 1,8 cofinancés par la Caf (44 %) au 01/07/2026 : reste 1,0"
    );
    assert!(
        has_row(
            &run.stdout,
            &[
                "Chargé(e)",
                "de",
                "coopération",
                "ETP",
                "Début",
                "Fin",
                "Missions",
                "Cofinancé"
            ]
        ),
        "{}",
        run.stdout
    );
    assert!(
        has_row(
            &run.stdout,
            &[
                "Cléo",
                "Caron",
                "0,50",
                "01/03/2026",
                "aide",
                "à",
                "la",
                "décision",
                "oui"
            ]
        ),
        "{}",
        run.stdout
    );
}

/// Issue 12: each commune's baseline and target came from its assignments
/// on the baseline date, not from the plan, so they could add up to more
/// than the convention's target. They are the plan's now: here the plan
/// says Istres had 1.0 while the assignments then gave it 1.3 — the table
/// shows the plan's 1.0 and target 1.5, and `check` points at the figure.
#[test]
fn commune_baseline_and_target_are_the_plans() {
    let repo = Repo::fixture().edit(
        "copil.toml",
        "\"Istres\" = 1.3\n\"Fos-sur-Mer\" = 0.2",
        "\"Istres\" = 1.0\n\"Fos-sur-Mer\" = 0.5",
    );
    let run = repo.ctg(&["--at", "2026-06-30", "--lang", "en", "fte"]);
    assert!(
        has_row(
            &run.stdout,
            &["Istres", "1.00", "+0.50", "1.50", "1.80", "+0.30"]
        ),
        "{}",
        run.stdout
    );
    assert!(
        has_row(
            &run.stdout,
            &["Fos-sur-Mer", "0.50", "0.00", "0.50", "0.20", "-0.30"]
        ),
        "{}",
        run.stdout
    );
    // The communes' targets add up to the convention's: 1.5 + 0.5 = 2.0.
    assert!(
        has_row(
            &run.stdout,
            &["Total", "1.50", "+0.50", "2.00", "2.00", "0.00"]
        ),
        "{}",
        run.stdout
    );
    let report = repo.report();
    let istres = report
        .diagnostics
        .iter()
        .find(|d| d.message.contains("in Istres"))
        .expect("a baseline-mismatch for Istres");
    assert_eq!(istres.code, "baseline-mismatch");
    assert_eq!(istres.file, "copil.toml");
    assert_eq!(
        istres.message,
        "the officers' cofunded FTE in Istres on 2025-01-01 is 1.3, but the baseline by commune says 1.0"
    );
}

/// The communes' baselines must add up to `fte.baseline` and name the
/// convention's communes: `plan-mismatch` at the table's lines.
#[test]
fn baseline_by_commune_that_does_not_add_up_is_a_plan_mismatch() {
    let repo = Repo::fixture().edit(
        "copil.toml",
        "\"Istres\" = 1.3\n\"Fos-sur-Mer\" = 0.2",
        "\"Istres\" = 1.3\n\"Fos-sur-Mer\" = 0.2\n\"Istre\" = 0.1",
    );
    let text = std::fs::read_to_string(repo.join("copil.toml")).unwrap();
    let line = |key: &str| text.lines().position(|l| l.starts_with(key)).unwrap() + 1;
    let report = repo.report();
    let plan: Vec<(String, &str)> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "plan-mismatch")
        .map(|d| (d.place(), d.message.as_str()))
        .collect();
    assert_eq!(
        plan,
        [
            (
                format!("copil.toml:{}:1 plan-mismatch", line("\"Istres\" = 1.3")),
                "the baseline by commune adds up to 1.6, not `fte.baseline` = 1.5"
            ),
            (
                format!("copil.toml:{}:1 plan-mismatch", line("\"Istre\"")),
                "the baseline by commune names `Istre`, which is not one of the convention's communes"
            ),
        ]
    );
    assert_eq!(report.errors, 2, "{:?}", report.places());
}

/// An officer above one full-time post (`fte-overbooked`) is still counted
/// in the total: `ctg fte`, its JSON and the report say the total includes it.
#[test]
fn the_total_says_it_includes_an_overbooked_officer() {
    let repo = Repo::fixture().append(
        "officers/cleo.toml",
        "\n[[assignment]]\ncommune = \"Fos-sur-Mer\"\nfte = 0.7\nstart = 2026-03-01\n",
    );
    let run = repo.ctg(&["--at", "2026-06-30", "--lang", "en", "fte"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "The total includes an officer above one full-time post: Cléo Caron (1.2)\n`ctg check` says how to fix it\n"
        ),
        "{}",
        run.stdout
    );
    let json = repo
        .ctg(&["--at", "2026-06-30", "fte", "--format", "json"])
        .json();
    assert_eq!(json["total"], json!(2.7));
    assert_eq!(
        json["overbooked"],
        json!([{"id": "cleo", "name": "Cléo Caron", "fte": 1.2}])
    );
    let fr = repo.ctg(&["--at", "2026-06-30", "--lang", "fr", "fte"]);
    assert!(
        fr.stdout.contains(
            "Le total inclut un chargé de coopération au-delà d'un temps plein : Cléo Caron (1,2)\n"
        ),
        "{}",
        fr.stdout
    );
    let md = repo.ctg(&[
        "--at",
        "2026-06-30",
        "--lang",
        "fr",
        "report",
        "--format",
        "markdown",
    ]);
    assert!(
        md.stdout.contains(
            "Ce total inclut des affectations au-delà d'un temps plein, à corriger\u{a0}: Cléo Caron (1,2 ETP)."
        ),
        "{}",
        md.stdout
    );
    // Before the overbooking, nothing is said.
    let before = repo.ctg(&["--at", "2026-02-28", "--lang", "en", "fte"]);
    assert!(
        !before.stdout.contains("full-time post"),
        "{}",
        before.stdout
    );
}

/// When the plan gives only the territory's baseline, no commune gets a
/// target: the table leaves out the columns it would fill and says why,
/// with the figure the plan does give.
#[test]
fn no_commune_target_without_a_baseline_by_commune() {
    let run = crate::support::run_in(&data(), &["--at", "2026-11-28", "--lang", "en", "fte"]);
    assert!(
        has_row(&run.stdout, &["Commune", "Increase", "FTE"]),
        "{}",
        run.stdout
    );
    assert!(
        has_row(&run.stdout, &["Istres", "+0.50", "2.10"]),
        "{}",
        run.stdout
    );
    assert!(
        has_row(&run.stdout, &["Total", "+0.70", "3.80"]),
        "{}",
        run.stdout
    );
    // The note wraps to the screen: compared word by word.
    let words = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(
            "The plan gives the baseline (3.1 FTE on 2025-01-01) for the whole territory only: no commune has a target of its own. \
             To give each one, add `[fte.baseline_by_commune]` to copil.toml (docs/format.md)."
        ),
        "{}",
        run.stdout
    );
    let csv = crate::support::run_in(
        &data(),
        &[
            "--at",
            "2026-11-28",
            "fte",
            "--format",
            "csv",
            "--csv-sep",
            ",",
        ],
    );
    assert_eq!(lines(&csv.stdout)[1], "Istres,,0.5,,2.1,");
}
