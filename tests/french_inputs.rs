//! Inputs written the French way on the command line (issue 12, items 9 and
//! 11): dates `DD/MM/YYYY`, FTE `0,5`, statuses `en cours`, and names matched
//! as `--commune` matches them (`PSL`, `sophie`, `parentalité`). Each French
//! form must give exactly what the canonical form gives.

use crate::support::{Repo, data, lines, run_in};

/// `ctg ARGS` on the sample data, at 2026-06-15; its exit status, stdout, stderr.
fn on_data(args: &[&str]) -> (i32, String, String) {
    let mut all = if args.contains(&"--at") {
        vec![]
    } else {
        vec!["--at", "2026-06-15"]
    };
    all.extend_from_slice(args);
    let run = run_in(&data(), &all);
    (run.code, run.stdout, run.stderr)
}

/// The same answer for both command lines, and a non-empty one.
fn same(french: &[&str], canonical: &[&str]) -> String {
    let (code_fr, out_fr, err_fr) = on_data(french);
    let (code, out, _) = on_data(canonical);
    assert_eq!((code_fr, code), (0, 0), "{french:?}: {err_fr}");
    assert_eq!(out_fr, out, "{french:?} against {canonical:?}");
    assert!(lines(&out).len() > 1, "{out}");
    out
}

/// The ids (first column) of a CSV answer.
fn ids(csv: &str) -> Vec<&str> {
    csv.lines()
        .skip(1)
        .map(|line| line.split(',').next().unwrap_or_default())
        .collect()
}

#[test]
fn dates_written_dd_mm_yyyy_on_every_date_flag() {
    same(
        &["--at", "28/11/2026", "status"],
        &["--at", "2026-11-28", "status"],
    );
    let due = same(
        &[
            "actions",
            "--due-before",
            "31/12/2026",
            "--format",
            "csv",
            "--csv-sep",
            ",",
        ],
        &[
            "actions",
            "--due-before",
            "2026-12-31",
            "--format",
            "csv",
            "--csv-sep",
            ",",
        ],
    );
    assert_eq!(
        ids(&due),
        [
            "pe-04-diagnostic-offre-accueil",
            "pe-02-schema-petite-enfance",
            "psl-01-projet-social-centre-social",
            "ej-03-conseil-intercommunal-jeunes",
            "par-02-reseau-parentalite",
            "ej-02-plan-mercredi",
        ]
    );
    // `ctg new --start` and `--fte 0,5` write the same file as their
    // canonical forms.
    let write = |start: &str, fte: &str| {
        let repo = Repo::data_copy();
        let run = repo.ctg(&[
            "new",
            "officer",
            "zoe-blanc",
            "--commune",
            "istres",
            "--fte",
            fte,
            "--start",
            start,
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        std::fs::read_to_string(repo.join("officers/zoe-blanc.toml")).unwrap()
    };
    let french = write("01/02/2026", "0,5");
    assert_eq!(french, write("2026-02-01", "0.5"));
    assert!(french.contains("fte = 0.5"), "{french}");
    assert!(french.contains("start = 2026-02-01"), "{french}");
}

#[test]
fn a_date_that_does_not_exist_is_still_refused() {
    let (code, out, err) = on_data(&["actions", "--due-before", "31/02/2026"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "erreur : valeur invalide pour --due-before : `31/02/2026`\n  \
         écrivez la date JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 28/11/2026\n"
    );
}

#[test]
fn statuses_and_states_in_french() {
    let csv = ["--format", "csv", "--csv-sep", ","];
    for french in ["en cours", "en-cours", "En Cours", "EN COURS"] {
        same(
            &[&["actions", "--status", french][..], &csv].concat(),
            &[&["actions", "--status", "in-progress"][..], &csv].concat(),
        );
    }
    for (french, canonical) in [
        ("terminée", "done"),
        ("TERMINEE", "done"),
        ("prévue", "planned"),
        ("abandonnée", "abandoned"),
    ] {
        same(
            &[&["actions", "--status", french][..], &csv].concat(),
            &[&["actions", "--status", canonical][..], &csv].concat(),
        );
    }
    // `en retard` is the derived `overdue`: at the end of 2027 some are.
    let late = |word: &str| {
        run_in(
            &data(),
            &[
                "--at",
                "2027-12-31",
                "actions",
                "--status",
                word,
                "--format",
                "csv",
                "--csv-sep",
                ",",
            ],
        )
    };
    let (fr, en) = (late("en retard"), late("overdue"));
    assert_eq!((fr.code, &fr.stdout), (0, &en.stdout));
    assert!(fr.stdout.lines().count() > 1, "{}", fr.stdout);
    assert!(
        fr.stdout.lines().skip(1).all(|l| l.contains(",true,")),
        "{}",
        fr.stdout
    );
    for (french, canonical) in [("en retard", "behind"), ("En bonne voie", "on-track")] {
        same(
            &[
                "indicators",
                "--state",
                french,
                "--format",
                "csv",
                "--csv-sep",
                ",",
            ],
            &[
                "indicators",
                "--state",
                canonical,
                "--format",
                "csv",
                "--csv-sep",
                ",",
            ],
        );
    }
}

#[test]
fn fte_history_of_one_commune() {
    let csv = same(
        &[
            "fte",
            "--history",
            "--commune",
            "fos",
            "--format",
            "csv",
            "--csv-sep",
            ",",
        ],
        &[
            "fte",
            "--history",
            "--commune",
            "Fos-sur-Mer",
            "--format",
            "csv",
            "--csv-sep",
            ",",
        ],
    );
    assert_eq!(
        csv,
        "date,total,officer,name,commune,delta\n\
         2025-01-01,0.8,sophie-garcia,Sophie Garcia,Fos-sur-Mer,0.8\n\
         2025-09-01,1.0,sophie-garcia,Sophie Garcia,Fos-sur-Mer,0.2\n"
    );
    // The plan of data/ gives no commune a target: none is made up.
    let (code, out, _) = on_data(&["fte", "--history", "--commune", "fos"]);
    assert_eq!(code, 0);
    assert_eq!(
        lines(&out).last().copied(),
        Some("Le plan ne donne pas de cible propre à cette commune (`[fte.baseline_by_commune]`)")
    );
    // With a baseline by commune, the target is the commune's own.
    let run = crate::support::Repo::data_by_commune().ctg(&[
        "--at",
        "2026-06-15",
        "fte",
        "--history",
        "--commune",
        "fos",
    ]);
    assert_eq!(run.code, 0);
    assert_eq!(
        lines(&run.stdout).last().copied(),
        Some("Cible de 1,0 ETP atteinte pour la première fois le 01/09/2025")
    );
}

#[test]
fn names_matched_as_people_type_them() {
    let psl = [
        "actions",
        "--commune",
        "Port-Saint-Louis-du-Rhône",
        "--format",
        "csv",
    ];
    for typed in ["PSL", "psl", "port-st-louis", "saint", "Port St Louis"] {
        same(&["actions", "--commune", typed, "--format", "csv"], &psl);
    }
    let sophie = ["actions", "--lead", "sophie-garcia", "--format", "csv"];
    for typed in ["Sophie Garcia", "sophie", "garcia"] {
        let out = same(&["actions", "--lead", typed, "--format", "csv"], &sophie);
        assert_eq!(ids(&out).len(), 5, "{out}");
    }
    let parentalite = ["actions", "--commission", "parentalite", "--format", "csv"];
    for typed in ["parentalité", "Parentalité"] {
        same(
            &["actions", "--commission", typed, "--format", "csv"],
            &parentalite,
        );
    }
    same(
        &[
            "indicators",
            "--commission",
            "petite enfance",
            "--format",
            "csv",
        ],
        &[
            "indicators",
            "--commission",
            "petite-enfance",
            "--format",
            "csv",
        ],
    );
}

#[test]
fn an_empty_or_ambiguous_name_is_refused_clearly() {
    for (args, expected) in [
        (
            &["actions", "--commune", ""][..],
            "erreur : --commune a reçu un nom vide\n  \
             écrivez un nom, ou retirez --commune pour tout voir\n",
        ),
        (
            &["fte", "--commune", ""][..],
            "erreur : --commune a reçu un nom vide\n  \
             écrivez un nom, ou retirez --commune pour tout voir\n",
        ),
        (
            &["actions", "--lead", " "][..],
            "erreur : --lead a reçu un nom vide\n  \
             écrivez un nom, ou retirez --lead pour tout voir\n",
        ),
        (
            &["actions", "--lead", "m"][..],
            "erreur : --lead `m` peut désigner plusieurs fiches de officers/ : \
             `lucie-mercier`, `marc-lefebvre`\n  précisez le nom, ou donnez l'identifiant\n",
        ),
    ] {
        let (code, out, err) = on_data(args);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (2, "", expected),
            "{args:?}"
        );
    }
    let (code, _, err) = on_data(&["--lang", "en", "actions", "--commune", ""]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: --commune was given an empty name\n  \
         write a name, or leave --commune out to see them all\n"
    );
}
