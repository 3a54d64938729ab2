//! Regressions, as ripgrep keeps them: each test pins a bug found by using
//! `ctg` on broken copies of `data/` as its users would, and its doc comment
//! says what the bug was.

use crate::support::{Repo, has_row, lines};

/// A typo in an officer's commune (`Istre`): the assignment counts in no
/// figure, so the communes' lines add up to the total, and it is shown apart.
#[test]
fn assignment_to_an_unknown_commune_counts_nowhere_and_is_shown_apart() {
    let repo = Repo::data_by_commune();
    repo.edit(
        "officers/amelie-roux.toml",
        "commune = \"Istres\"",
        "commune = \"Istre\"",
    );
    let run = repo.ctg(&["--at", "2026-11-28", "fte"]);
    let out = &run.stdout;
    assert_eq!(
        lines(out)[0],
        "2,8 ETP sur 3,8 cofinancés par la Caf (73 %) au 28/11/2026 : reste 1,0"
    );
    assert!(
        has_row(out, &["Istres", "1,60", "+0,50", "2,10", "1,10", "-1,00"]),
        "{out}"
    );
    assert!(
        has_row(out, &["Total", "3,10", "+0,70", "3,80", "2,80", "-1,00"]),
        "{out}"
    );
    assert!(
        out.contains(
            "Hors des communes de la convention (non comptés) : 1,0 ETP (Amélie Roux, « Istre » 1,0)\n\
             `ctg check` indique comment corriger\n"
        ),
        "{out}"
    );
    // The same figure everywhere.
    let json = repo
        .ctg(&["--at", "2026-11-28", "fte", "--format", "json"])
        .json();
    assert_eq!(json["total"], serde_json::json!(2.8));
    assert_eq!(json["outside_communes"][0]["commune"], "Istre");
    let status = repo
        .ctg(&["--at", "2026-11-28", "status", "--format", "json"])
        .json();
    assert_eq!(status["fte"]["total"], serde_json::json!(2.8));
    let by_officer = repo
        .ctg(&[
            "--at",
            "2026-11-28",
            "fte",
            "--by",
            "officer",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(by_officer["total"], serde_json::json!(2.8));
    // And nothing apart on the real data.
    let clean = Repo::data_copy()
        .ctg(&["--at", "2026-11-28", "fte", "--format", "json"])
        .json();
    assert!(clean.get("outside_communes").is_none());
}

/// After the convention's end every year shows on the COPIL's line: the screen
/// still fits 100 columns, in both languages.
#[test]
fn status_fits_100_columns_after_a_long_convention() {
    let repo = Repo::data_copy();
    for lang in ["fr", "en"] {
        let run = repo.ctg(&["--at", "2030-01-01", "--lang", lang, "status"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        for line in lines(&run.stdout) {
            assert!(line.chars().count() <= 100, "{lang}: {line:?}");
        }
    }
    let run = repo.ctg(&["--at", "2030-01-01", "status"]);
    assert!(
        run.stdout.contains("2029 : 0 tenue, minimum 1 !"),
        "{}",
        run.stdout
    );
}

/// A repository without actions says so, in words.
#[test]
fn status_with_no_action() {
    let repo = Repo::data_copy();
    std::fs::remove_dir_all(repo.path().join("actions")).unwrap();
    let fr = repo.ctg(&["--at", "2026-11-28", "status"]);
    assert_eq!(fr.code, 0, "{}", fr.stderr);
    assert!(
        lines(&fr.stdout).contains(&"aucune action"),
        "{}",
        fr.stdout
    );
    let en = repo.ctg(&["--at", "2026-11-28", "--lang", "en", "status"]);
    assert!(lines(&en.stdout).contains(&"no actions"), "{}", en.stdout);
}

/// French agrees « aucune commission », « aucun chargé de coopération ».
#[test]
fn unknown_reference_in_correct_french() {
    let repo = Repo::data_copy();
    repo.edit(
        "actions/par-01-laep-itinerant.toml",
        "commission = \"parentalite\"",
        "commission = \"parentalit\"",
    );
    repo.edit(
        "actions/par-01-laep-itinerant.toml",
        "lead = \"sophie-garcia\"",
        "lead = \"sophie-garcai\"",
    );
    let run = repo.ctg(&["--at", "2026-11-28", "check", "--format", "short"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains(
            "actions/par-01-laep-itinerant.toml:2:14: erreur[unknown-reference] : \
             aucune commission n'a l'identifiant `parentalit`"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("aucun chargé de coopération n'a l'identifiant `sophie-garcai`"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("aucun(e)"), "{}", run.stdout);
}

/// A referent who left without replacement is marked on the status screen,
/// as `ctg check` warns; a commission short of its minimum is marked `!`.
#[test]
fn status_marks_a_referent_who_left_and_a_commission_short_of_meetings() {
    let repo = Repo::data_copy();
    repo.edit(
        "officers/lucie-mercier.toml",
        "start = 2026-01-05",
        "start = 2026-01-05\nend = 2026-06-30",
    );
    let check = repo.ctg(&["--at", "2026-11-28", "check", "--format", "short"]);
    assert!(
        check.stdout.contains("referent-inactive"),
        "{}",
        check.stdout
    );
    let fr = repo.ctg(&["--at", "2026-11-28", "status"]);
    assert!(
        has_row(
            &fr.stdout,
            &[
                "Enfance",
                "et",
                "jeunesse",
                "thématique",
                "Lucie",
                "Mercier",
                "(pas",
                "en",
                "poste)",
                "2",
                "/",
                "2"
            ]
        ),
        "{}",
        fr.stdout
    );
    let en = repo.ctg(&["--at", "2026-11-28", "--lang", "en", "status"]);
    assert!(
        en.stdout.contains("Lucie Mercier (not in post)"),
        "{}",
        en.stdout
    );
    // Still in post on 2026-06-30 (ends are inclusive): not marked.
    let before = repo.ctg(&["--at", "2026-06-30", "status"]);
    assert!(!before.stdout.contains("pas en poste"), "{}", before.stdout);
    // No meeting recorded in 2029, a year of the convention: every
    // commission is short, as `ctg check` says.
    let late = repo.ctg(&["--at", "2029-06-01", "status"]);
    let check = repo.ctg(&["--at", "2029-06-01", "check", "--format", "short"]);
    assert!(
        check.stdout.contains(
            "commissions/parentalite.toml:10:25: avertissement[commission-frequency] : \
             aucune réunion tenue ou prévue en 2029"
        ),
        "{}",
        check.stdout
    );
    assert!(
        has_row(
            &late.stdout,
            &[
                "Parentalité",
                "thématique",
                "Sophie",
                "Garcia",
                "0",
                "/",
                "2",
                "!"
            ]
        ),
        "{}",
        late.stdout
    );
}

/// A French repository whose copil.toml is broken still speaks French: the
/// `language` line is read even when the file is not valid TOML.
#[test]
fn broken_copil_keeps_the_repository_language() {
    let syntax = Repo::data_copy();
    syntax.edit(
        "copil.toml",
        "min_meetings_per_year = 1",
        "min_meetings_per_year = = 1",
    );
    let run = syntax.ctg(&["--at", "2026-11-28", "check", "--format", "short"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("copil.toml:22:25: erreur[syntax] : TOML invalide")),
        "{}",
        run.stdout
    );
    let run = syntax.ctg(&["--at", "2026-11-28", "status"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        lines(&run.stdout)[0],
        "copil.toml n'a pas pu être chargé : ni convention, ni plan d'ETP, ni COPIL à afficher"
    );
    assert_eq!(
        run.stderr,
        "attention : copil.toml ignoré (syntax) ; `ctg check` donne le détail\n"
    );
    // Valid TOML without its [fte] table.
    let no_fte = Repo::data_copy();
    let path = no_fte.path().join("copil.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.find("[fte]").unwrap()]).unwrap();
    let run = no_fte.ctg(&["--at", "2026-11-28", "fte"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("aucun chiffre d'ETP"), "{}", run.stderr);
    // --lang still wins.
    let run = no_fte.ctg(&["--at", "2026-11-28", "--lang", "en", "fte"]);
    assert!(run.stderr.contains("no FTE figures"), "{}", run.stderr);
}

/// A convention of one year: the refusal of another year names it once.
#[test]
fn report_on_a_one_year_convention_outside_it() {
    let repo = Repo::data_copy();
    repo.edit("copil.toml", "end = 2029-12-31", "end = 2025-12-31");
    let run = repo.ctg(&["--at", "2026-11-28", "report", "--format", "markdown"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "erreur : la convention ne couvre que 2025 : pas de bilan possible pour 2026\n  \
         faites le bilan de 2025 avec --year 2025\n"
    );
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "report",
        "--format",
        "markdown",
        "--year",
        "2025",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// A commune name close to none: the error lists the communes to choose from.
#[test]
fn unknown_commune_lists_the_communes() {
    let repo = Repo::data_copy();
    let run = repo.ctg(&["--at", "2026-11-28", "fte", "--commune", "Marseille"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "erreur : aucune commune de la convention ne s'appelle `Marseille`\n  \
         les communes sont `Istres`, `Fos-sur-Mer`, `Port-Saint-Louis-du-Rhône` \
         (`convention.communes` de copil.toml)\n"
    );
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "--lang",
        "en",
        "actions",
        "--commune",
        "Marseille",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("the communes are `Istres`, `Fos-sur-Mer`, `Port-Saint-Louis-du-Rhône`"),
        "{}",
        run.stderr
    );
}

/// `ctg new` refuses a commune the convention does not name (it used to write
/// a file `ctg check` then rejected), and French messages put a space before
/// the colon.
#[test]
fn new_refuses_an_unknown_commune_in_french_typography() {
    let repo = Repo::data_copy();
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "new",
        "officer",
        "jean-martin",
        "--commune",
        "Istrse",
        "--fte",
        "0.5",
    ]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "erreur : aucune commune de la convention ne s'appelle `Istrse`\n  vouliez-vous dire `Istres` ?\n"
    );
    assert!(!repo.path().join("officers/jean-martin.toml").exists());
    let run = repo.ctg(&["--at", "2026-11-28", "new", "officer", "amelie-roux"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("erreur : ") && run.stderr.contains("\n  aide : relancez"),
        "{}",
        run.stderr
    );
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "new",
        "officer",
        "jean-martin",
        "--commune",
        "fos",
        "--fte",
        "0.5",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(repo.path().join("officers/jean-martin.toml")).unwrap();
    assert!(text.contains("commune = \"Fos-sur-Mer\""), "{text}");
}

/// The next step `ctg init` suggests works as written in the new repository.
#[test]
fn init_suggests_a_new_command_that_works() {
    let repo = Repo::bare();
    let run = repo.ctg(&["--lang", "fr", "--at", "2026-11-28", "init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("ctg new officer jean-martin --commune \"Commune A\" --fte 0.5"),
        "{}",
        run.stdout
    );
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "new",
        "officer",
        "jean-martin",
        "--commune",
        "Commune A",
        "--fte",
        "0.5",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// French agreement in the counts: « 2 en pause » (not « 2 en pauses »),
/// « aucun membre », « 1 membre, aucun financeur ».
#[test]
fn status_counts_agree_in_french() {
    let repo = Repo::data_copy();
    repo.edit(
        "actions/pe-01-guichet-unique.toml",
        "status = \"in-progress\"",
        "status = \"paused\"",
    );
    let run = repo.ctg(&["--at", "2026-11-28", "status"]);
    assert!(
        run.stdout.contains(
            "18 actions : 3 prévues, 6 en cours, 2 en pause, 1 bloquée, 5 terminées, 1 abandonnée ; 0 en retard"
        ),
        "{}",
        run.stdout
    );
    let repo = Repo::bare();
    assert_eq!(
        repo.ctg(&["--lang", "fr", "--at", "2026-11-28", "init"])
            .code,
        0
    );
    let run = repo.ctg(&["--at", "2026-11-28", "status"]);
    assert!(
        lines(&run.stdout).contains(&"aucun membre"),
        "{}",
        run.stdout
    );
    let run = repo.ctg(&["--at", "2026-11-28", "--lang", "en", "status"]);
    assert!(lines(&run.stdout).contains(&"no members"), "{}", run.stdout);
}

/// « fte = 0,5 » (a French decimal comma): the French message is French
/// throughout, and the hint says how decimals are written.
#[test]
fn decimal_comma_is_explained_in_french() {
    let repo = Repo::data_copy();
    repo.edit("officers/lucie-mercier.toml", "fte = 0.5", "fte = 0,5");
    let run = repo.ctg(&["--at", "2026-11-28", "check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "erreur[syntax] : TOML invalide : clé ou valeur inattendue ; attendu : une fin de ligne ou `#`\n \
             --> officers/lucie-mercier.toml:9:8\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("les décimales avec un point (0.5)"),
        "{}",
        run.stderr
    );
    // The officer is left out of the figures, and fte says so.
    let run = repo.ctg(&["--at", "2026-11-28", "fte"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        lines(&run.stdout)[0],
        "3,3 ETP sur 3,8 cofinancés par la Caf (86 %) au 28/11/2026 : reste 0,5"
    );
    assert_eq!(
        run.stderr,
        "attention : officers/lucie-mercier.toml ignoré (syntax) ; `ctg check` donne le détail\n"
    );
    // English keeps the parser's words.
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "--lang",
        "en",
        "check",
        "--format",
        "short",
    ]);
    assert!(
        run.stdout.contains(
            "error[syntax]: not valid TOML: unexpected key or value, expected newline, `#`"
        ),
        "{}",
        run.stdout
    );
}

/// copil.toml without its `[fte]` table: the hint says to add the table.
#[test]
fn missing_fte_table_hint_names_the_table() {
    let repo = Repo::data_copy();
    let path = repo.path().join("copil.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.find("[fte]").unwrap()]).unwrap();
    let run = repo.ctg(&["--at", "2026-11-28", "check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("= aide : ajoutez une table `[fte]` à la fin du fichier, avec `target = …`"),
        "{}",
        run.stderr
    );
    // A missing plain field keeps its hint.
    let repo = Repo::data_copy();
    repo.edit("officers/amelie-roux.toml", "name = \"Amélie Roux\"\n", "");
    let run = repo.ctg(&["--at", "2026-11-28", "--lang", "en", "check"]);
    assert!(
        run.stderr.contains("= help: add `name = …` here"),
        "{}",
        run.stderr
    );
}

/// A repository without commissions says so in the commissions' section.
#[test]
fn status_with_no_commission() {
    let repo = Repo::data_copy();
    std::fs::remove_dir_all(repo.path().join("commissions")).unwrap();
    let run = repo.ctg(&["--at", "2026-11-28", "status"]);
    let l = lines(&run.stdout);
    let at = l
        .iter()
        .position(|x| *x == "COMMISSIONS")
        .expect(&run.stdout);
    assert_eq!(
        l[at + 2],
        "aucune commission (un fichier par commission dans commissions/ : `ctg new commission ID`)"
    );
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "--lang",
        "en",
        "status",
        "--format",
        "markdown",
    ]);
    assert!(
        run.stdout.contains("## Commissions\n\nno commissions"),
        "{}",
        run.stdout
    );
}

/// With officers/ emptied, referents are shown by id and not said to have left.
#[test]
fn status_with_no_officer_files() {
    let repo = Repo::data_copy();
    for entry in std::fs::read_dir(repo.path().join("officers")).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let run = repo.ctg(&["--at", "2026-11-28", "status"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        has_row(
            &run.stdout,
            &[
                "Petite",
                "enfance",
                "thématique",
                "amelie-roux",
                "3",
                "/",
                "2"
            ]
        ),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("pas en poste"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("0,0 ETP sur 3,8 cofinancés par la Caf (0 %) au 28/11/2026 : reste 3,8"),
        "{}",
        run.stdout
    );
}

/// The report marks a referent who left, as `ctg status` does, in every year
/// reported (the referent is today's record), and in HTML too.
#[test]
fn report_marks_a_referent_who_left() {
    let repo = Repo::data_copy();
    repo.edit(
        "officers/lucie-mercier.toml",
        "start = 2026-01-05",
        "start = 2026-01-05\nend = 2026-06-30",
    );
    for year in ["2025", "2026"] {
        let run = repo.ctg(&[
            "--at",
            "2026-11-28",
            "report",
            "--format",
            "markdown",
            "--year",
            year,
        ]);
        assert!(
            run.stdout
                .contains("- **Référent**\u{a0}: Lucie Mercier (pas en poste)\n"),
            "{}",
            run.stdout
        );
        assert!(
            run.stdout.contains("- **Référent**\u{a0}: Amélie Roux\n"),
            "{}",
            run.stdout
        );
    }
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "--lang",
        "en",
        "report",
        "--format",
        "html",
    ]);
    assert!(
        run.stdout.contains("Lucie Mercier (not in post)"),
        "{}",
        run.stdout
    );
    // Not marked while in post.
    let run = Repo::data_copy().ctg(&["--at", "2026-11-28", "report", "--format", "markdown"]);
    assert!(!run.stdout.contains("pas en poste"), "{}", run.stdout);
}

/// In a French repository, a date written the French way or a bad value is
/// refused in French (exit 2); with `--lang en`, in English.
#[test]
fn bad_arguments_are_explained_in_the_repository_language() {
    let repo = Repo::data_copy();
    let run = repo.ctg(&["--at", "31/02/2026", "status"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "erreur : valeur invalide pour --at : `31/02/2026`\n  \
         écrivez la date JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 28/11/2026\n"
    );
    assert!(run.stdout.is_empty());
    let run = repo.ctg(&["--at", "2026-11-28", "actions", "--status", "someday"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "erreur : valeur invalide pour --status : `someday`\n  \
         valeurs possibles : planned (prévue), in-progress (en cours), paused (en pause), \
         blocked (bloquée), done (terminée), abandoned (abandonnée), overdue (en retard)\n"
    );
    let run = repo.ctg(&["--at", "2026-11-28", "status", "--bogus"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("erreur : argument inattendu `--bogus`\n"),
        "{}",
        run.stderr
    );
    let run = repo.ctg(&["--lang", "en", "--at", "31/02/2026", "status"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: invalid value '31/02/2026' for '--at <DATE>'"),
        "{}",
        run.stderr
    );
    // Help is still help.
    let run = repo.ctg(&["status", "--help"]);
    assert_eq!(run.code, 0);
}

/// `fte --history` seen from before the target is reached says it is planned,
/// not done; with no cofunded assignment it says so instead of an empty table.
#[test]
fn history_before_the_target_and_without_assignments() {
    let repo = Repo::data_copy();
    let run = repo.ctg(&["--at", "2024-06-01", "fte", "--history"]);
    assert_eq!(
        lines(&run.stdout).last().copied(),
        Some("Cible de 3,8 ETP atteinte le 05/01/2026 d'après les affectations prévues")
    );
    let run = repo.ctg(&["--at", "2026-01-05", "fte", "--history"]);
    assert_eq!(
        lines(&run.stdout).last().copied(),
        Some("Cible de 3,8 ETP atteinte pour la première fois le 05/01/2026")
    );
    for entry in std::fs::read_dir(repo.path().join("officers")).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let run = repo.ctg(&["--at", "2026-11-28", "fte", "--history"]);
    assert_eq!(
        run.stdout,
        "Aucune affectation cofinancée : aucun mouvement.\n\nCible de 3,8 ETP non atteinte\n"
    );
}

/// The report made before the target is reached says when it will be, not
/// that it was.
#[test]
fn report_before_the_target_is_reached() {
    let repo = Repo::data_copy();
    let run = repo.ctg(&["--at", "2025-06-01", "report", "--format", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "\nLa cible sera atteinte le 5 janvier 2026 d'après les affectations prévues.\n"
        ),
        "{}",
        run.stdout
    );
    let run = repo.ctg(&["--at", "2026-11-28", "report", "--format", "markdown"]);
    assert!(
        run.stdout
            .contains("\nLa cible a été atteinte le 5 janvier 2026.\n"),
        "{}",
        run.stdout
    );
}

/// A meeting still marked planned after its day does not make up the
/// commission's minimum, in `check` and in `status` alike.
#[test]
fn a_planned_meeting_whose_day_passed_does_not_count() {
    let repo = Repo::data_copy();
    repo.edit(
        "commissions/parentalite.toml",
        "date = 2026-12-08",
        "date = 2026-10-08",
    );
    let run = repo.ctg(&["--at", "2026-11-28", "check", "--format", "short"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        lines(&run.stdout),
        vec![
            // data/'s one warning on purpose (data/README.md).
            "actions/ad-02-ateliers-numeriques.toml:13:6: avertissement[indicator-stale] : \
             l'indicateur `seances-ateliers` a été mesuré pour la dernière fois le 31/03/2026, il y a plus de 3 mois",
            "commissions/parentalite.toml:10:25: avertissement[commission-frequency] : \
             1 réunion tenue ou prévue en 2026, moins que le minimum de 2 de cette commission",
            "commissions/parentalite.toml:58:8: avertissement[meeting-not-recorded] : \
             la réunion du 08/10/2026 est toujours marquée prévue, mais sa date est passée",
        ]
    );
    let run = repo.ctg(&["--at", "2026-11-28", "status"]);
    assert!(
        has_row(
            &run.stdout,
            &[
                "Parentalité",
                "thématique",
                "Sophie",
                "Garcia",
                "1",
                "/",
                "2",
                "!"
            ]
        ),
        "{}",
        run.stdout
    );
    let json = repo
        .ctg(&["--at", "2026-11-28", "status", "--format", "json"])
        .json();
    let parentalite = json["commissions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "parentalite")
        .unwrap()
        .clone();
    assert_eq!(parentalite["this_year"]["planned"], 0);
    // Planned on the day itself: it still counts.
    let run = repo.ctg(&["--at", "2026-10-08", "status"]);
    assert!(
        has_row(
            &run.stdout,
            &[
                "Parentalité",
                "thématique",
                "Sophie",
                "Garcia",
                "1",
                "+",
                "1",
                "prévue",
                "/",
                "2"
            ]
        ),
        "{}",
        run.stdout
    );
}

/// A long convention name, action id and lead name: `ctg status` still fits
/// 100 columns (title wrapped, the lead on its own line).
#[test]
fn status_fits_100_columns_with_long_names() {
    let repo = Repo::data_copy();
    repo.edit(
        "copil.toml",
        "name = \"CTG Golfe et des étangs\"",
        "name = \"Convention Territoriale Globale de la communauté de communes du Golfe et des étangs de Berre\"",
    );
    repo.edit(
        "officers/thomas-ollivier.toml",
        "name = \"Thomas Ollivier\"",
        "name = \"Thomas-Alexandre Ollivier de la Roche-Guyon\"",
    );
    let dir = repo.path().join("actions");
    std::fs::rename(
        dir.join("pe-03-relais-petite-enfance-psl.toml"),
        dir.join("pe-03-relais-petite-enfance-port-saint-louis-du-rhone-et-fos.toml"),
    )
    .unwrap();
    for lang in ["fr", "en"] {
        for at in ["2026-11-28", "2030-01-01"] {
            let run = repo.ctg(&["--at", at, "--lang", lang, "status"]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            for line in lines(&run.stdout) {
                assert!(line.chars().count() <= 100, "{lang} {at}: {line:?}");
            }
        }
    }
    let run = repo.ctg(&["--at", "2026-11-28", "status"]);
    assert!(
        run.stdout.contains(
            "pe-03-relais-petite-enfance-port-saint-louis-du-rhone-et-fos  31/12/2026\n    \
             Petite enfance\n    \
             Thomas-Alexandre Ollivier de la Roche-Guyon\n    \
             Ouvrir une permanence du relais petite enfance à Port-Saint-Louis-du-Rhône\n"
        ),
        "{}",
        run.stdout
    );
}

/// `report -o` into a folder that does not exist: refused in French, with
/// what to check, exit 2.
#[test]
fn report_into_a_missing_folder_is_refused_in_french() {
    let repo = Repo::data_copy();
    let target = repo.path().join("nope/bilan.html");
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "report",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with(&format!(
            "erreur : impossible d'écrire {} : ",
            target.display()
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("\n  aide : vérifiez que le dossier existe et que vous pouvez y écrire\n"),
        "{}",
        run.stderr
    );
}

/// Before the convention, and after it, a year outside it is not marked short
/// of meetings (`ctg check` does not count it), and the COPIL's line says
/// « aucune » rather than nothing.
#[test]
fn status_outside_the_convention_years() {
    let repo = Repo::data_copy();
    let run = repo.ctg(&["--at", "2024-06-01", "status"]);
    let l = lines(&run.stdout);
    assert!(l.contains(&"Réunions : aucune"), "{}", run.stdout);
    assert!(!run.stdout.contains(" !"), "{}", run.stdout);
    let run = repo.ctg(&["--at", "2030-01-01", "status"]);
    assert!(
        has_row(
            &run.stdout,
            &[
                "Parentalité",
                "thématique",
                "Sophie",
                "Garcia",
                "0",
                "/",
                "2"
            ]
        ),
        "{}",
        run.stdout
    );
    let check = repo.ctg(&["--at", "2030-01-01", "check", "--format", "short"]);
    assert!(!check.stdout.contains("en 2030"), "{}", check.stdout);
}

/// When the communes' baselines and increases do not add up to `fte.target`
/// (a typo in `[fte.increase]`), the FTE table says so under its total row.
#[test]
fn fte_says_when_the_plan_does_not_add_up() {
    let repo = Repo::data_by_commune();
    repo.edit("copil.toml", "\"Istres\" = 0.5", "\"Istre\" = 0.5");
    let run = repo.ctg(&["--at", "2026-11-28", "fte"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        has_row(
            &run.stdout,
            &["Total", "3,10", "+0,20", "3,80", "3,80", "0,00"]
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.ends_with(
            "\nAttention : existant 3,1 + développement 0,2 = 3,3 ETP, mais la cible est de 3,8\n\
             vérifiez `[fte]` dans copil.toml et les affectations des chargés de coopération (`ctg check`)\n"
        ),
        "{}",
        run.stdout
    );
    let check = repo.ctg(&["--at", "2026-11-28", "check", "--format", "short"]);
    assert!(
        check.stdout.contains("erreur[plan-mismatch]"),
        "{}",
        check.stdout
    );
    let status = repo.ctg(&["--at", "2026-11-28", "--lang", "en", "status"]);
    assert!(
        status
            .stdout
            .contains("Note: baseline 3.1 + increase 0.2 = 3.3 FTE, but the target is 3.8\n"),
        "{}",
        status.stdout
    );
    // Not on the real data, where 3.1 + 0.7 = 3.8.
    let clean = Repo::data_copy().ctg(&["--at", "2026-11-28", "fte"]);
    assert!(!clean.stdout.contains("Attention"), "{}", clean.stdout);
}

/// `ctg new action --commission` with an id no commission has: refused with
/// the closest id, nothing written.
#[test]
fn new_action_refuses_an_unknown_commission() {
    let repo = Repo::data_copy();
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "new",
        "action",
        "par-05",
        "--commission",
        "parentalit",
    ]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "erreur : --commission `parentalit` : aucun identifiant de ce nom dans commissions/\n  \
         vouliez-vous dire `parentalite` ?\n"
    );
    assert!(!repo.path().join("actions/par-05.toml").exists());
    let run = repo.ctg(&[
        "--at",
        "2026-11-28",
        "new",
        "action",
        "par-05",
        "--commission",
        "parentalite",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// Actions whose commission is unknown or whose commission file is broken
/// keep their row in the table by commission, marked, so the rows add up to
/// the number of actions.
#[test]
fn status_action_rows_add_up_with_unknown_commissions() {
    let repo = Repo::data_copy();
    repo.edit(
        "actions/par-01-laep-itinerant.toml",
        "commission = \"parentalite\"",
        "commission = \"parentalit\"",
    );
    let run = repo.ctg(&["--at", "2026-11-28", "status"]);
    assert!(
        has_row(&run.stdout, &["Parentalité", "1", "0", "1", "1", "0"]),
        "{}",
        run.stdout
    );
    assert!(
        has_row(
            &run.stdout,
            &["parentalit", "(inconnue)", "0", "1", "0", "0", "0"]
        ),
        "{}",
        run.stdout
    );
    let repo = Repo::data_copy();
    repo.edit(
        "commissions/parentalite.toml",
        "kind = \"thematic\"",
        "kind = = \"thematic\"",
    );
    let run = repo.ctg(&["--at", "2026-11-28", "--lang", "en", "status"]);
    assert_eq!(run.code, 1);
    assert!(
        has_row(
            &run.stdout,
            &[
                "parentalite",
                "(file",
                "left",
                "out)",
                "1",
                "1",
                "1",
                "1",
                "0"
            ]
        ),
        "{}",
        run.stdout
    );
}

/// 3.1 of 3.8 is 81 % (rounded down, never 82), the same in fte, status and
/// the report, in both languages; 3.3 of 3.8 is 86 %.
#[test]
fn shares_of_the_target_are_rounded_down_everywhere() {
    let repo = Repo::data_copy();
    let fte = repo.ctg(&["--at", "2025-01-01", "fte"]);
    assert_eq!(
        lines(&fte.stdout)[0],
        "3,1 ETP sur 3,8 cofinancés par la Caf (81 %) au 01/01/2025 : reste 0,7"
    );
    let status = repo.ctg(&["--at", "2025-01-01", "--lang", "en", "status"]);
    assert!(
        status
            .stdout
            .contains("\n3.1 of 3.8 FTE cofunded by the Caf (81%) on 2025-01-01: 0.7 to go\n"),
        "{}",
        status.stdout
    );
    let report = repo.ctg(&["--at", "2025-01-01", "report", "--format", "markdown"]);
    assert!(
        report.stdout.contains(
            "**3,1 ETP sur 3,8 cofinancés par la Caf (81\u{202f}%)\u{a0}: 0,7 ETP à pourvoir**"
        ),
        "{}",
        report.stdout
    );
    let later = Repo::data_by_commune().ctg(&["--at", "2025-09-01", "fte", "--commune", "ist"]);
    assert_eq!(
        lines(&later.stdout)[0],
        "Istres : 1,6 ETP sur 2,1 cofinancés par la Caf (76 %) au 01/09/2025 : reste 0,5"
    );
    let total = repo.ctg(&["--at", "2025-09-01", "fte"]);
    assert!(
        total
            .stdout
            .starts_with("3,3 ETP sur 3,8 cofinancés par la Caf (86 %)")
    );
}

/// `actions --lead lucie`: the one officer it names is taken (as `--commune`
/// takes the one commune a prefix names).
#[test]
fn actions_lead_suggests_the_id_it_starts() {
    let repo = Repo::data_copy();
    let run = repo.ctg(&["--at", "2026-11-28", "actions", "--lead", "lucie"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let full = repo.ctg(&["--at", "2026-11-28", "actions", "--lead", "lucie-mercier"]);
    assert_eq!(run.stdout, full.stdout);
    // The name may wrap in its column.
    assert!(
        run.stdout.contains("Lucie") && run.stdout.contains("Mercier"),
        "{}",
        run.stdout
    );
    // Several ids start with `p`: none is suggested.
    let run = repo.ctg(&["--at", "2026-11-28", "actions", "--commission", "p"]);
    assert_eq!(run.code, 2);
    assert!(!run.stderr.contains("vouliez-vous dire"), "{}", run.stderr);
}

#[test]
fn no_repository_in_french_puts_a_space_before_the_colon() {
    let dir = tempfile::tempdir().unwrap();
    let out = crate::support::ctg()
        .current_dir(dir.path())
        .env_remove("CTG_DIR")
        .args(["--lang", "fr", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("erreur : aucun dépôt CTG ici : pas de copil.toml dans "),
        "{stderr}"
    );
}

/// `cargo install` built a 50 MB binary: the release profile kept debug
/// information. It ships none now (7 MB); `--profile profiling` keeps the
/// line tables perf and callgrind need.
#[test]
fn the_release_build_ships_no_debug_information() {
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let manifest: toml::Table = manifest.parse().unwrap();
    let profile = |name: &str| manifest["profile"][name].as_table().unwrap().clone();
    let release = profile("release");
    assert!(
        matches!(
            release.get("debug"),
            None | Some(toml::Value::Boolean(false)) | Some(toml::Value::Integer(0))
        ),
        "{release:?}"
    );
    let profiling = profile("profiling");
    assert_eq!(profiling["inherits"].as_str(), Some("release"));
    assert!(
        profiling
            .get("debug")
            .is_some_and(|d| d.as_bool() != Some(false))
    );
}
