//! `ctg import actions FILE`: the shipped example (examples/import/) with
//! every diagnostic, all or nothing, `--dry-run`, `--list-columns`,
//! `--map`, each date form, ids made unique, and the round trip of
//! `ctg actions --format csv`.
//!
//! The example spreadsheet and its CSV twin are generated from [`PLAN`]:
//! `cargo test --test tests -- --ignored --exact import::regenerate_examples_import`
//! rewrites them; a test checks the CSV against it.

use std::path::{Path, PathBuf};

use crate::support::{Repo, Run};

/// The headers of the example's sheet, row 3 (under a merged title row).
const HEADERS: [&str; 10] = [
    "Axe",
    "Intitulé de l'action",
    "Pilote",
    "État d'avancement",
    "Date de début",
    "Échéance",
    "Date de réalisation",
    "Commune(s)",
    "Objectif opérationnel",
    "Budget prévisionnel (€)",
];

/// The example's 20 rows (rows 4 to 23): dates `YYYY-MM-DD` are real date
/// cells in the xlsx (`DD/MM/YYYY` in the CSV), anything else is text as
/// people type it. The mess of real plans: « Axe 1 - … », a pilot by name
/// or first name, « T4 2026 », « déc. 2026 », « Tout le territoire », a
/// commission that does not exist (« Logement », row 18).
const PLAN: [[&str; 10]; 20] = [
    [
        "Axe 1 - Petite enfance",
        "Ouvrir un guichet unique d'information des familles sur l'accueil du jeune enfant",
        "Amélie Roux",
        "Réalisé",
        "2025-02-01",
        "2025-12-31",
        "2025-11-30",
        "Istres, Fos-sur-Mer",
        "Simplifier les démarches des familles",
        "15000",
    ],
    [
        "Petite enfance",
        "Créer un relais petite enfance itinérant à Port-Saint-Louis",
        "amelie-roux",
        "En cours",
        "2025-09-01",
        "2026-12-31",
        "",
        "Port-Saint-Louis-du-Rhône",
        "",
        "42000",
    ],
    [
        "Petite enfance",
        "Former les assistantes maternelles aux premiers secours",
        "Sophie Garcia",
        "à venir",
        "2026-09-01",
        "T4 2026",
        "",
        "Tout le territoire",
        "",
        "3500",
    ],
    [
        "Parentalité",
        "Installer un lieu d'accueil enfants-parents itinérant",
        "Karim",
        "en cours",
        "2025-04-01",
        "2027-06-30",
        "",
        "Istres et Fos-sur-Mer",
        "",
        "28000",
    ],
    [
        "Parentalité",
        "Organiser la semaine de la parentalité",
        "Lucie Mercier",
        "Fait",
        "2025-10-06",
        "2025-10-11",
        "2025-10-11",
        "",
        "",
        "5000",
    ],
    [
        "Parentalité",
        "Développer la médiation familiale",
        "Lucie Mercier",
        "Suspendu",
        "2025-06-01",
        "déc. 2026",
        "",
        "",
        "",
        "",
    ],
    [
        "Enfance et jeunesse",
        "Ouvrir un accueil de jeunes à Fos-sur-Mer",
        "Marc Lefebvre",
        "Bloqué",
        "2025-09-01",
        "2026-09-30",
        "",
        "Fos-sur-Mer",
        "",
        "60000",
    ],
    [
        "Enfance jeunesse",
        "Construire le plan mercredi intercommunal",
        "Marc Lefebvre",
        "en cours",
        "2025-01-15",
        "31 décembre 2026",
        "",
        "Istres ; Fos-sur-Mer",
        "",
        "",
    ],
    [
        "Enfance et jeunesse",
        "Financer des formations BAFA pour les jeunes du territoire",
        "Nathalie Vidal",
        "prévu",
        "2026-10-01",
        "2027-06-30",
        "",
        "",
        "",
        "12000",
    ],
    [
        "Enfance et jeunesse",
        "Créer un conseil intercommunal des jeunes",
        "Marc Lefebvre",
        "Abandonné",
        "2025-06-01",
        "2026-06-30",
        "",
        "",
        "",
        "",
    ],
    [
        "Accès aux droits",
        "Coordonner les permanences d'accès aux droits",
        "Karim Benali",
        "En cours",
        "2025-05-20",
        "2027-12-31",
        "",
        "",
        "Rendre lisible l'offre de permanences",
        "",
    ],
    [
        "Accès aux droits et inclusion numérique",
        "Animer des ateliers numériques pour les familles",
        "Thomas Ollivier",
        "en cours",
        "2025-03-01",
        "2026-12-31",
        "",
        "Istres / Port-Saint-Louis-du-Rhône",
        "",
        "8000",
    ],
    [
        "Accès aux droits",
        "Conduire une étude sur le non-recours aux prestations",
        "Nathalie Vidal",
        "Terminé",
        "2025-01-15",
        "2025-09-30",
        "2025-09-15",
        "",
        "",
        "20000",
    ],
    [
        "Port-Saint-Louis",
        "Accompagner le renouvellement du projet social du centre social",
        "Karim Benali",
        "Réalisé",
        "2025-03-25",
        "2025-12-31",
        "2025-11-28",
        "Port-Saint-Louis-du-Rhône",
        "",
        "",
    ],
    [
        "Logement",
        "Repérer les familles en situation de mal-logement",
        "Thomas Ollivier",
        "à venir",
        "2026-09-01",
        "T2 2027",
        "",
        "",
        "",
        "",
    ],
    [
        "Port-Saint-Louis",
        "Faciliter la mobilité des jeunes vers l'emploi",
        "Sophie Garcia",
        "en cours",
        "2026-01-05",
        "2027-06-30",
        "",
        "Port-Saint-Louis-du-Rhône",
        "",
        "",
    ],
    [
        "Petite enfance",
        "Animer une communauté professionnelle petite enfance",
        "Amélie Roux",
        "En attente",
        "2025-11-01",
        "2026-12-31",
        "",
        "",
        "",
        "",
    ],
    [
        "Parentalité",
        "Mettre en place des cafés des parents dans les écoles",
        "Lucie",
        "à venir",
        "2026-09-01",
        "2027-06-30",
        "",
        "Istres",
        "",
        "2500",
    ],
    [
        "Enfance et jeunesse",
        "Ouvrir les accueils de loisirs pendant les petites vacances",
        "Nathalie Vidal",
        "en cours",
        "2025-02-15",
        "2026-12-31",
        "",
        "",
        "",
        "",
    ],
    [
        "Accès aux droits",
        "Mettre à jour le guide des aides aux familles",
        "Thomas Ollivier",
        "prévu",
        "2026-07-01",
        "2026-12-15",
        "",
        "",
        "",
        "",
    ],
];

/// The title above the headers, merged across them.
const TITLE: &str = "PLAN D'ACTIONS — CTG du Golfe et des étangs 2025-2029";

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/import")
        .join(name)
}

fn iso(text: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// The CSV twin: `;`, dates `DD/MM/YYYY`, as a French spreadsheet saves it.
fn example_csv() -> String {
    let field = |text: &str| {
        if text.contains([';', '"', '\n']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_owned()
        }
    };
    let mut out = format!("{}\n\n", field(TITLE));
    out.push_str(&HEADERS.map(field).join(";"));
    out.push('\n');
    for row in PLAN {
        let cells: Vec<String> = row
            .iter()
            .map(|cell| match iso(cell) {
                Some(day) => day.format("%d/%m/%Y").to_string(),
                None => field(cell),
            })
            .collect();
        out.push_str(&cells.join(";"));
        out.push('\n');
    }
    out
}

/// The workbook: a « Lisez-moi » sheet first (no header: skipped), then
/// « Actions » with the merged title, a blank row, the headers and the rows.
fn example_xlsx(path: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    let readme = workbook.add_worksheet().set_name("Lisez-moi").unwrap();
    readme
        .write_string(
            0,
            0,
            "Plan d'actions de la CTG : une ligne par action, voir l'onglet Actions.",
        )
        .unwrap();
    let sheet = workbook.add_worksheet().set_name("Actions").unwrap();
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("dd/mm/yyyy");
    sheet.merge_range(0, 0, 0, 9, TITLE, &bold).unwrap();
    for (col, header) in HEADERS.iter().enumerate() {
        sheet
            .write_string_with_format(2, col as u16, *header, &bold)
            .unwrap();
    }
    for (i, row) in PLAN.iter().enumerate() {
        let r = 3 + i as u32;
        for (col, cell) in row.iter().enumerate() {
            let col = col as u16;
            if cell.is_empty() {
                continue;
            }
            if let Some(date) = iso(cell) {
                let when = ExcelDateTime::parse_from_str(&date.to_string()).unwrap();
                sheet
                    .write_datetime_with_format(r, col, &when, &day)
                    .unwrap();
            } else if col == 9 {
                sheet
                    .write_number(r, col, cell.parse::<f64>().unwrap())
                    .unwrap();
            } else {
                sheet.write_string(r, col, *cell).unwrap();
            }
        }
    }
    workbook.save(path).unwrap();
}

/// Regenerates examples/import/ from [`PLAN`]; run on demand.
#[test]
#[ignore = "writes examples/import/; run on demand"]
fn regenerate_examples_import() {
    std::fs::create_dir_all(example("")).unwrap();
    std::fs::write(example("plan-actions.csv"), example_csv()).unwrap();
    example_xlsx(&example("plan-actions.xlsx"));
}

#[test]
fn the_shipped_csv_is_the_plan() {
    let shipped = std::fs::read_to_string(example("plan-actions.csv"))
        .expect("examples/import/plan-actions.csv");
    assert_eq!(shipped, example_csv(), "regenerate: see the module's doc");
    assert!(example("plan-actions.xlsx").is_file());
}

/// data/'s commissions, officers and plan, with its actions: the imported
/// ids must not clash with them.
fn data_repo() -> Repo {
    Repo::data_copy()
}

fn actions_in(repo: &Repo) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(repo.join("actions"))
        .map(|dir| {
            dir.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Each problem of stderr as `place code`: the `-->` line under the title.
fn problems(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut code = None;
    for line in stderr.lines() {
        if let Some(start) = line.find('[')
            && (line.starts_with("error[") || line.starts_with("warning["))
        {
            code = line[start + 1..].split(']').next().map(str::to_owned);
        }
        if let Some(place) = line.trim().strip_prefix("--> ")
            && let Some(code) = code.take()
        {
            out.push(format!("{place} {code}"));
        }
    }
    out
}

fn import(repo: &Repo, file: &Path, extra: &[&str]) -> Run {
    let file = file.to_str().unwrap();
    let mut args = vec!["import", "actions", file];
    args.extend_from_slice(extra);
    repo.run(&args)
}

#[test]
fn the_shipped_example_reports_every_problem_at_its_cell_and_writes_nothing() {
    let repo = data_repo();
    let before = actions_in(&repo);
    let file = example("plan-actions.xlsx");
    let run = import(&repo, &file, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let at = |cell: &str, code: &str| format!("{}:Actions!{cell} {code}", file.display());
    assert_eq!(
        problems(&run.stderr),
        [
            at("J3", "import-unmapped-column"),
            at("F6", "import-approximate-date"),
            at("F9", "import-approximate-date"),
            at("A18", "import-unknown-commission"),
            at("F18", "import-approximate-date"),
        ]
    );
    assert!(
        run.stderr.contains(
            "error[import-unknown-commission]: `Logement` is no commission of the repository"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("warning[import-approximate-date]: `T4 2026` read as 2026-12-31, the last day of the quarter"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("= note: `ctg explain import-unknown-commission`")
            || run.stderr.contains("ctg explain import-unknown-commission"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("1 error, 4 warnings; nothing was written\n"),
        "{}",
        run.stderr
    );
    assert_eq!(
        actions_in(&repo),
        before,
        "nothing is written when a row has an error"
    );
}

#[test]
fn the_csv_twin_reports_the_same_problems_in_french() {
    let repo = data_repo();
    let file = example("plan-actions.csv");
    let run = Run::of(
        crate::support::ctg()
            .arg("--dir")
            .arg(repo.path())
            .args([
                "--at",
                crate::support::TODAY,
                "--lang",
                "fr",
                "--color",
                "never",
            ])
            .args(["import", "actions", file.to_str().unwrap()]),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let at = |cell: &str, code: &str| format!("{}:{cell} {code}", file.display());
    let found: Vec<String> = run
        .stderr
        .lines()
        .zip(run.stderr.lines().skip(1))
        .filter_map(|(title, place)| {
            let code = title.split('[').nth(1)?.split(']').next()?;
            Some(format!("{} {code}", place.trim().strip_prefix("--> ")?))
        })
        .collect();
    assert_eq!(
        found,
        [
            at("J3", "import-unmapped-column"),
            at("F6", "import-approximate-date"),
            at("F9", "import-approximate-date"),
            at("A18", "import-unknown-commission"),
            at("F18", "import-approximate-date"),
        ]
    );
    assert!(
        run.stderr.contains(
            "erreur[import-unknown-commission] : `Logement` n'est pas une commission du dépôt"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("`déc. 2026` lu comme le 31/12/2026, le dernier jour du mois"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("1 erreur, 4 avertissements ; rien n'a été écrit\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn once_the_commission_exists_the_example_imports_and_check_finds_no_error_in_it() {
    let repo = data_repo();
    let before = actions_in(&repo);
    let made = repo.run(&["new", "commission", "logement", "--name", "Logement"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let run = import(&repo, &example("plan-actions.xlsx"), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .ends_with("0 errors, 4 warnings; 20 actions written in actions/\n"),
        "{}",
        run.stdout
    );
    let after = actions_in(&repo);
    let new: Vec<&String> = after.iter().filter(|name| !before.contains(name)).collect();
    assert_eq!(new.len(), 20, "{new:?}");
    // Ids from titles, numbered after data/'s, by the commission's initials.
    assert!(
        new.contains(&&"pe-06-ouvrir-un-guichet-unique.toml".to_owned()),
        "{new:?}"
    );
    assert!(
        new.contains(&&"log-01-reperer-les-familles-en-situation.toml".to_owned()),
        "{new:?}"
    );
    let text =
        std::fs::read_to_string(repo.join("actions/par-05-installer-un-lieu-d-accueil.toml"))
            .unwrap();
    assert_eq!(
        text,
        "title = \"Installer un lieu d'accueil enfants-parents itinérant\"\ncommission = \"parentalite\"\nstatus = \"in-progress\"\nlead = \"karim-benali\"\ncommunes = [\"Istres\", \"Fos-sur-Mer\"]\nstart = 2025-04-01\ndue = 2027-06-30\n\n[notes]\n\"Budget prévisionnel (€)\" = \"28000\"\n"
    );
    let report = repo.report();
    let in_new: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == "error")
        .filter(|d| new.iter().any(|name| d.file == format!("actions/{name}")))
        .collect();
    assert!(
        in_new.is_empty(),
        "errors in the imported files: {in_new:?}"
    );
    // Importing it again writes nothing: the ids made are new ones, but
    // the same plan twice is for the user to see.
    let again = import(&repo, &example("plan-actions.xlsx"), &["--dry-run"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again
            .stdout
            .contains("actions/pe-10-ouvrir-un-guichet-unique.toml"),
        "{}",
        again.stdout
    );
}

#[test]
fn dry_run_prints_the_files_and_writes_nothing() {
    let repo = Repo::new();
    let before = actions_in(&repo);
    let csv = "Intitulé;Commission;Échéance;Pilote\nCréer un guichet \"unique\";Petite enfance;T4 2026;Ana\n";
    repo.file("plan.csv", csv);
    let run = import(&repo, &repo.join("plan.csv"), &["--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "# actions/pe-02-creer-un-guichet-unique.toml (would be written)\ntitle = 'Créer un guichet \"unique\"'\ncommission = \"pe\"\nstatus = \"planned\"\nlead = \"ana\"\ndue = 2026-12-31\n\n"
    );
    assert!(
        run.stderr
            .ends_with("0 errors, 1 warning; 1 action would be written (--dry-run: nothing was)\n"),
        "{}",
        run.stderr
    );
    assert_eq!(actions_in(&repo), before);
}

#[test]
fn list_columns_shows_how_each_column_maps() {
    let repo = data_repo();
    let file = example("plan-actions.xlsx");
    let run = import(
        &repo,
        &file,
        &["--list-columns", "--map", "Budget prévisionnel (€)=ignore"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        format!(
            "{}:Actions, header row 3:\n  A   Axe                      → commission\n  B   Intitulé de l'action     → title\n  C   Pilote                   → lead\n  D   État d'avancement        → status\n  E   Date de début            → start\n  F   Échéance                 → due\n  G   Date de réalisation      → completed\n  H   Commune(s)               → communes\n  I   Objectif opérationnel    → objective\n  J   Budget prévisionnel (€)  → ignored (--map)\n",
            file.display()
        )
    );
    assert_eq!(actions_in(&repo), actions_in(&data_repo()));
}

#[test]
fn map_reads_a_column_whose_header_says_nothing() {
    let repo = Repo::new();
    repo.file("plan.csv", "Nom,Commission\nGuichet unique,pe\n");
    let run = import(&repo, &repo.join("plan.csv"), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        problems(&run.stderr),
        [format!(
            "{} import-no-header",
            repo.join("plan.csv").display()
        )]
    );
    let run = import(&repo, &repo.join("plan.csv"), &["--map", "nom=title"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(repo.join("actions/pe-02-guichet-unique.toml").is_file());
    std::fs::remove_file(repo.join("actions/pe-02-guichet-unique.toml")).unwrap();
    let bad = import(&repo, &repo.join("plan.csv"), &["--map", "Nom=budget"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .starts_with("error: `budget` is no field of an action\n"),
        "{}",
        bad.stderr
    );
    let missing = import(
        &repo,
        &repo.join("plan.csv"),
        &["--map", "Nom=title", "--map", "Budget=notes"],
    );
    assert_eq!(missing.code, 2, "{}", missing.stderr);
    assert!(
        missing
            .stderr
            .starts_with("error: the header row has no column `Budget`\n"),
        "{}",
        missing.stderr
    );
}

#[test]
fn every_date_form_a_spreadsheet_holds() {
    let repo = Repo::new();
    let rows = [
        ("A", "31/12/2026", "2026-12-31", false),
        ("B", "2026-12-31", "2026-12-31", false),
        ("C", "31 décembre 2026", "2026-12-31", false),
        ("D", "1er mars 2027", "2027-03-01", false),
        ("E", "déc. 2026", "2026-12-31", true),
        ("F", "T1 2027", "2027-03-31", true),
        ("G", "fin 2027", "2027-12-31", true),
    ];
    let mut csv = String::from("Intitulé;Commission;Échéance\n");
    for (title, due, _, _) in rows {
        csv.push_str(&format!("{title};pe;{due}\n"));
    }
    repo.file("plan.csv", &csv);
    let run = import(&repo, &repo.join("plan.csv"), &["--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (title, _, day, _) in rows {
        assert!(
            run.stdout.contains(&format!(
                "title = \"{title}\"\ncommission = \"pe\"\nstatus = \"planned\"\ndue = {day}\n"
            )),
            "{title}: {}",
            run.stdout
        );
    }
    let warned: Vec<String> = problems(&run.stderr);
    let expected: Vec<String> = rows
        .iter()
        .enumerate()
        .filter(|(_, (.., warned))| *warned)
        .map(|(i, _)| {
            format!(
                "{}:C{} import-approximate-date",
                repo.join("plan.csv").display(),
                i + 2
            )
        })
        .collect();
    assert_eq!(warned, expected);
    repo.file(
        "plan.csv",
        "Intitulé;Commission;Échéance\nA;pe;31/02/2026\nB;pe;rentrée\n",
    );
    let run = import(&repo, &repo.join("plan.csv"), &[]);
    assert_eq!(run.code, 1);
    let file = repo.join("plan.csv").display().to_string();
    assert_eq!(
        problems(&run.stderr),
        [
            format!("{file}:C2 import-bad-date"),
            format!("{file}:C3 import-bad-date")
        ]
    );
}

#[test]
fn ids_are_unique_and_never_clash_nor_overwrite() {
    let repo = Repo::new().file(
        "actions/pe-02-guichet.toml",
        "title = \"G\"\ncommission = \"pe\"\nstatus = \"planned\"\n",
    );
    repo.file("plan.csv", "Intitulé;Commission\nGuichet;pe\nGuichet;pe\n");
    let run = import(&repo, &repo.join("plan.csv"), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(repo.join("actions/pe-03-guichet.toml").is_file());
    assert!(repo.join("actions/pe-04-guichet.toml").is_file());
    // An id column that names an existing record: refused, nothing written.
    repo.file(
        "plan2.csv",
        "id;Intitulé;Commission\npe-1;Autre;pe\nneuf;Neuf;pe\n",
    );
    let before = actions_in(&repo);
    let run = import(&repo, &repo.join("plan2.csv"), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        problems(&run.stderr),
        [format!(
            "{}:A2 import-id-taken",
            repo.join("plan2.csv").display()
        )]
    );
    assert_eq!(actions_in(&repo), before);
}

#[test]
fn csv_round_trip_of_data_gives_the_same_records() {
    let original = Repo::data_copy();
    let exported = original.run(&["actions", "--format", "csv"]);
    assert_eq!(exported.code, 0, "{}", exported.stderr);
    let target = Repo::data_copy();
    std::fs::remove_dir_all(target.join("actions")).unwrap();
    target.file("plan.csv", &exported.stdout);
    let run = import(&target, &target.join("plan.csv"), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(actions_in(&target).len(), actions_in(&original).len());
    let again = target.run(&["actions", "--format", "csv"]);
    assert_eq!(again.stdout, exported.stdout);
}

#[test]
fn explain_knows_the_import_codes() {
    let repo = Repo::new();
    let run = repo.run(&["explain", "import-approximate-date"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(
            "import-approximate-date: a warning of ctg import: the records are written\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("it is read as the last day of that period"),
        "{}",
        run.stdout
    );
    let list = repo.run(&["explain"]);
    assert!(
        list.stdout.contains("  import-unknown-lead "),
        "{}",
        list.stdout
    );
}

#[test]
fn xlsx_round_trip_of_data_gives_the_same_records() {
    let original = Repo::data_copy();
    let target = Repo::data_copy();
    std::fs::remove_dir_all(target.join("actions")).unwrap();
    let plan = target.join("plan.xlsx");
    let exported = original.run(&["actions", "--format", "xlsx", "-o", plan.to_str().unwrap()]);
    assert_eq!(exported.code, 0, "{}", exported.stderr);
    let run = import(&target, &plan, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "no problem: {}", run.stderr);
    let csv = |repo: &Repo| repo.run(&["actions", "--format", "csv"]).stdout;
    assert_eq!(csv(&target), csv(&original));
    assert_eq!(actions_in(&target), actions_in(&original));
}

#[test]
fn a_file_that_cannot_be_read_or_a_wrong_sheet_is_refused_with_exit_2() {
    let repo = data_repo();
    let before = actions_in(&repo);
    let file = example("plan-actions.xlsx");
    let run = import(&repo, &file, &["--sheet", "Plan"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "error: the file has no sheet `Plan`\n  help: its sheets: `Lisez-moi`, `Actions`\n"
    );
    // The sheet named is read, even when another would map: « Lisez-moi » has no header.
    let run = import(&repo, &file, &["--sheet", "lisez-moi"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        problems(&run.stderr),
        [format!("{}:'Lisez-moi' import-no-header", file.display())]
    );
    repo.file("plan.pdf", "%PDF");
    let run = import(&repo, &repo.join("plan.pdf"), &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    assert!(
        run.stderr.contains("is not a spreadsheet ctg reads"),
        "{}",
        run.stderr
    );
    repo.file("broken.xlsx", "not a zip");
    let run = import(&repo, &repo.join("broken.xlsx"), &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot be read"), "{}", run.stderr);
    let run = import(&repo, &repo.join("absent.csv"), &[]);
    assert_eq!(run.code, 2);
    assert_eq!(actions_in(&repo), before);
}

#[test]
fn a_done_action_needs_its_date_and_hostile_text_is_shown_not_obeyed() {
    let repo = Repo::new();
    repo.file("plan.csv", "Intitulé;Commission;État;Budget\u{1b}[31m\nGuichet;pe;Réalisé;12\nRelais;pe;en cours;\u{1b}[2J\n");
    let run = import(&repo, &repo.join("plan.csv"), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let file = repo.join("plan.csv").display().to_string();
    assert_eq!(
        problems(&run.stderr),
        [
            format!("{file}:D1 import-unmapped-column"),
            format!("{file}:C2 import-missing-value")
        ]
    );
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error[import-missing-value]: no completion date"),
        "{}",
        run.stderr
    );
}
