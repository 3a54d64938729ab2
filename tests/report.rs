//! `ctg report`: the yearly follow-up page, its Markdown twin, its escaping,
//! its file handling, and the page in a real browser (headless Chromium).
//!
//! Snapshots are insta's, in `tests/snapshots/`: after a deliberate change,
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test`, then the diff).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::{data, run_in};

const AT: &str = "2026-11-28";

/// `ctg --dir DIR --at AT --color never ARGS`: stdout, stderr, status.
fn ctg(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let mut all = vec!["--at", AT, "--color", "never"];
    all.extend_from_slice(args);
    let run = run_in(dir, &all);
    (run.stdout, run.stderr, run.code)
}

/// The HTML's structure: headings, headlines, charts (with their accessible
/// names), and tables (headers and row counts), one per line.
fn outline(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    let mut rows = 0;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let end = rest.find('>').unwrap_or(rest.len() - 1);
        let tag = &rest[1..end];
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap_or("");
        let inner = || {
            let body = &rest[end + 1..];
            body[..body.find("</").unwrap_or(0)].to_owned()
        };
        match (closing, name) {
            (true, "table") => out.push_str(&format!(" ({} rows)\n", rows - 1)),
            (true, _) => {}
            (false, "h1" | "h2" | "h3") => out.push_str(&format!("{name}: {}\n", inner())),
            (false, "p") if tag.contains("class=\"headline\"") => {
                out.push_str(&format!("  headline: {}\n", inner()))
            }
            (false, "svg") => {
                let label = tag
                    .split("aria-label=\"")
                    .nth(1)
                    .and_then(|s| s.split('"').next())
                    .unwrap_or("");
                assert!(tag.contains("role=\"img\""), "chart without role=img");
                out.push_str(&format!("  chart: {label}\n"));
            }
            (false, "table") => {
                out.push_str("  table:");
                rows = 0;
            }
            (false, "strong") => out.push_str(&format!("  key figure: {}\n", inner())),
            (false, "th") => out.push_str(&format!(" [{}]", inner())),
            (false, "tr") => rows += 1,
            _ => {}
        }
        rest = &rest[end.max(1)..];
    }
    out
}

#[test]
fn markdown_of_data_matches_the_snapshot_and_the_annex() {
    let (md, stderr, code) = ctg(&data(), &["report", "--format", "markdown"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr, "");
    insta::assert_snapshot!("report-data.md", md);
    // The numbers the COPIL will read, in French.
    assert!(md.starts_with(
        "<!-- generator: ctg report -->\n# CTG Golfe et des étangs\u{a0}: bilan de suivi 2026\n\n\
         Situation au 28 novembre 2026, à l'attention du comité de pilotage.\n"
    ));
    assert!(md.contains(
        "**3,8 ETP sur 3,8 cofinancés par la Caf (100\u{202f}%)\u{a0}: cible atteinte**"
    ));
    // The annex sets the baseline (3.1) for the territory only: the
    // communes have their increase and FTE, and no target of their own.
    assert!(md.contains("| Istres | +0,5 | 2,1 |"));
    assert!(md.contains("| Fos-sur-Mer | +0,2 | 1,0 |"));
    assert!(md.contains("| **Total** | **+0,7** | **3,8** |"));
    assert!(md.contains(
        "La convention fixe l'existant (3,1 ETP au 1er janvier 2025) et la cible pour l'ensemble du territoire\u{a0}; elle ne les répartit pas entre les communes."
    ));
    assert!(md.contains("La cible a été atteinte le 5 janvier 2026."));
    assert!(md.contains("| 5 janvier 2026 | 3,8 | +0,5 Lucie Mercier (Istres) |"));
    assert!(md.contains("0,2 ETP de chargés de coopération non cofinancés par la Caf, hors total"));
    assert!(md.contains("**Prochaine réunion prévue\u{a0}: 11 mars 2027.**"));
    assert!(md.contains(
        "- **3,8 / 3,8** ETP cofinancés par la Caf\n\
         - **5 / 18** actions terminées\n\
         - **0** action en retard\n\
         - **1** action bloquée\n\
         - **11 mars 2027** prochain COPIL\n"
    ));
    assert!(md.contains("**18 actions au plan\u{a0}: 5 terminées, 0 en retard.**"));
    assert!(md.contains(
        "| **Total** | **5** | **7** | **3** | **1** | **1** | **1** | **0** | **18** |"
    ));
    assert!(md.contains("| Créer une permanence de médiation familiale | Parentalité | Sophie Garcia | 31 décembre 2027 | 10\u{202f}% |"));
    // The illustrative workshops' indicator has gone a quarter without a measure.
    assert!(md.contains(
        "**Aucune fiche ne contient d'erreur\u{a0}; 1 fiche comporte des points à vérifier.**"
    ));
    for section in [
        "## La convention",
        "## Chargés de coopération (ETP)",
        "## Le comité de pilotage (COPIL)",
        "## Les commissions",
        "## Le plan d'action",
        "## Toutes les actions, par commission",
        "## Évaluation",
        "## Qualité des données",
    ] {
        assert!(md.contains(&format!("\n{section}\n")), "{section}");
    }
}

#[test]
fn html_of_data_has_the_snapshot_structure_and_stands_alone() {
    let (html, stderr, code) = ctg(&data(), &["report"]);
    assert_eq!(code, 0, "{stderr}");
    insta::assert_snapshot!("report-data.outline", outline(&html));
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"fr\">"));
    assert!(
        html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    );
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains("break-inside: avoid"));
    // Three charts of staffing and the plan, one per indicator (7).
    assert_eq!(html.matches("<svg class=\"chart ").count(), 10);
    assert_eq!(html.matches("role=\"img\"").count(), 10);
    assert_eq!(html.matches("<title id=").count(), 10);
    // Charts carry their figures as text.
    // The annex gives no baseline by commune: the bars have no target.
    assert!(html.contains(">2,1 ETP</text>"));
    assert!(html.contains(">1,0 ETP</text>"));
    assert!(!html.contains("class=\"bar-target\""));
    assert!(html.contains(">cible atteinte le 5 janvier 2026</text>"));
    assert!(html.contains("Istres\u{a0}: 2,1 ETP\u{a0}; Fos-sur-Mer\u{a0}: 1,0 ETP"));
    // Self-contained: nothing to run, nothing to fetch.
    let lower = html.to_lowercase();
    for needle in [
        "<script",
        "<link",
        "<img",
        "<iframe",
        "<object",
        "<embed",
        "@import",
        "url(",
        "src=",
        "http:",
        "https:",
        "href=\"//",
    ] {
        assert!(!lower.contains(needle), "the page holds {needle}");
    }
    for href in lower.split("href=\"").skip(1) {
        assert!(
            href.starts_with('#'),
            "a link that leaves the page: {href:.40}"
        );
    }
}

/// The part of `html` from `<section id="ID">` to its end.
fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<section id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no section {id}"));
    let rest = &html[start..];
    &rest[..rest.find("</section>").unwrap()]
}

/// The evaluation: per commission, each indicator's chart (measures, the
/// expected path dashed, the target, the date's rule) beside its figures.
#[test]
fn evaluation_shows_each_indicator_with_its_chart_and_figures() {
    let (html, err, code) = ctg(&data(), &["report"]);
    assert_eq!(code, 0, "{err}");
    let eval = section(&html, "evaluation");
    assert!(eval.contains("<h2>Évaluation</h2>"));
    // The date is the page's, said under its title, not again here.
    assert!(eval.contains("<p>Le progrès est le chemin parcouru"));
    assert!(!eval.contains("28 novembre 2026") && !eval.contains("Chaque indicateur au"));
    for commission in [
        "Accès aux droits et inclusion numérique",
        "Parentalité",
        "Petite enfance",
        "Commission territoriale de Port-Saint-Louis-du-Rhône",
    ] {
        assert!(
            eval.contains(&format!(
                "<article class=\"commission\"><h3>{commission}</h3>"
            )),
            "{commission}"
        );
    }
    // One chart per indicator, each with its parts and its table.
    for needle in [
        "<svg class=\"chart indicator\"",
        "<path class=\"expected\"",
        "<path class=\"measures\"",
        "<path class=\"target-mark\"",
        "<line class=\"today\"",
        "<table class=\"figures\">",
    ] {
        assert_eq!(eval.matches(needle).count(), 7, "{needle}");
    }
    assert_eq!(eval.matches("role=\"img\"").count(), 7);
    assert!(html.contains(
        ".expected { fill: none; stroke: var(--muted); stroke-width: 1.5; stroke-dasharray:"
    ));
    let laep = eval
        .split("<div class=\"indicator\">")
        .find(|i| i.contains("Familles accueillies au LAEP itinérant"))
        .expect("the LAEP's indicator");
    for row in [
        "<th scope=\"row\">Indicateur</th><td>Familles accueillies au LAEP itinérant</td>",
        "<th scope=\"row\">Unité</th><td>familles</td>",
        "<th scope=\"row\">Type</th><td>résultat</td>",
        "<th scope=\"row\">Référence</th><td>0 familles\u{a0}(31/12/2024)</td>",
        "<th scope=\"row\">Dernière mesure</th><td>52 familles\u{a0}(30/06/2026)</td>",
        "<th scope=\"row\">Cible</th><td>120 familles\u{a0}(31/12/2027)</td>",
        "<th scope=\"row\">Progrès</th><td class=\"num\">43\u{202f}%</td>",
        "<th scope=\"row\">Attendu</th><td class=\"num\">63\u{202f}%</td>",
        "<th scope=\"row\">État</th><td>en retard</td>",
    ] {
        assert!(laep.contains(row), "{row}");
    }
    assert!(laep.contains(
        "aria-label=\"Familles accueillies au LAEP itinérant\u{a0}: en retard, progrès 43\u{202f}% pour 63\u{202f}% attendus\""
    ));
    assert!(laep.contains(
        "Référence 0 familles\u{a0}(31/12/2024)\u{a0}; mesures 15 familles\u{a0}(31/12/2025), 52 familles\u{a0}(30/06/2026)\u{a0}; cible 120 familles\u{a0}(31/12/2027)\u{a0}; évalué au 28/11/2026."
    ));
    // The figures on the drawing: the latest, the target, the date.
    assert!(laep.contains(">52 familles</text>"));
    assert!(laep.contains("<text class=\"target-label\""));
    assert!(laep.contains(">120 familles</text>"));
    assert!(laep.contains("<text class=\"today-label\""));
    // Kept together in print.
    assert!(html.contains(", .indicator, .keep"));

    let (md, _, _) = ctg(&data(), &["report", "--format", "markdown"]);
    assert!(md.contains(
        "| Familles accueillies au LAEP itinérant | Ouvrir un lieu d'accueil enfants-parents (LAEP) itinérant | familles | résultat | 0 familles\u{a0}(31/12/2024) | 52 familles\u{a0}(30/06/2026) | 120 familles\u{a0}(31/12/2027) | 43\u{202f}% | 63\u{202f}% | en retard |"
    ));

    let (en, _, _) = ctg(&data(), &["--lang", "en", "report", "--format", "markdown"]);
    assert!(en.contains("\n## Evaluation\n"));
    assert!(en.contains("| 43% | 63% | behind |"));
}

/// For a past year the indicators are those of its last day, as the FTE.
#[test]
fn evaluation_of_a_past_year_is_on_its_last_day() {
    let (md, _, code) = ctg(
        &data(),
        &["report", "--year", "2025", "--format", "markdown"],
    );
    assert_eq!(code, 0);
    assert!(md.contains("\nSituation au 31 décembre 2025, à l'attention du comité de pilotage.\n"));
    let eval = md.split("## Évaluation").nth(1).unwrap();
    // The measure of 2026 is not counted: the latest is 2025's.
    assert!(eval.contains("| 0 familles\u{a0}(31/12/2024) | 15 familles\u{a0}(31/12/2025) |"));
    // The shuttle's baseline is in 2026: no measure yet, nothing expected yet.
    assert!(eval.contains("| 0 jeunes\u{a0}(30/06/2026) | — | 60 jeunes\u{a0}(30/09/2027) | — | 0\u{202f}% | sans mesure |"));
}

/// Without indicators, the section says so in one line.
#[test]
fn evaluation_without_indicators_says_so() {
    let dir = tempfile::tempdir().unwrap();
    hostile_repo(dir.path());
    let (md, _, code) = ctg(dir.path(), &["report", "--format", "markdown"]);
    assert_eq!(code, 0);
    assert!(
        md.contains("## Évaluation\n\nAucun indicateur.\n\n## "),
        "{md}"
    );
    let (html, _, _) = ctg(dir.path(), &["report"]);
    assert!(html.contains("<h2>Évaluation</h2><p>Aucun indicateur.</p></section>"));
}

/// An indicator's name and unit are record text: escaped in the table, in
/// the chart's accessible name and in its drawing; in Markdown too.
#[test]
fn hostile_indicator_text_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    hostile_repo(dir.path());
    let name = "<script>alert('ind')</script> & co|*_";
    let unit = "<b>&</b>";
    let mut commission = fs::read_to_string(dir.path().join("commissions/c.toml")).unwrap();
    commission.push_str(&format!(
        "[[indicator]]\nid = \"i\"\nname = {}\nkind = \"result\"\nunit = {}\n\
         baseline = {{ date = 2024-12-31, value = 0 }}\n\
         target = {{ date = 2027-12-31, value = 100 }}\n\
         measure = [{{ date = 2026-06-30, value = 40 }}]\n",
        toml_str(name),
        toml_str(unit)
    ));
    fs::write(dir.path().join("commissions/c.toml"), commission).unwrap();
    let (check, check_err, _) = ctg(dir.path(), &["check", "--format", "short"]);
    assert!(!check.contains("error["), "{check}{check_err}");

    let (html, err, code) = ctg(dir.path(), &["report"]);
    assert_eq!(code, 0, "{err}");
    assert!(!html.to_lowercase().contains("<script"));
    assert!(!html.contains("<b>"));
    let eval = section(&html, "evaluation");
    let shown = "&lt;script&gt;alert(&#39;ind&#39;)&lt;/script&gt; &amp; co|*_";
    // The table's cell, the chart's aria-label and its title.
    assert!(eval.contains(&format!("<td>{shown}</td>")), "{eval}");
    assert!(eval.contains(&format!("aria-label=\"{shown}\u{a0}: ")));
    assert!(eval.contains(&format!("<title id=\"indicator-1-title\">{shown}\u{a0}: ")));
    // The unit, in the table and in the drawing's figures.
    assert!(eval.contains("<td>&lt;b&gt;&amp;&lt;/b&gt;</td>"));
    assert!(eval.contains(">40 &lt;b&gt;&amp;&lt;/b&gt;</text>"));

    let (md, err, code) = ctg(dir.path(), &["report", "--format", "markdown"]);
    assert_eq!(code, 0, "{err}");
    assert!(!md.to_lowercase().contains("<script"));
    assert!(
        md.contains("| &lt;script&gt;alert('ind')&lt;/script&gt; &amp; co\\|\\*\\_ | "),
        "{md}"
    );
    assert!(md.contains("| 40 &lt;b&gt;&amp;&lt;/b&gt;\u{a0}(30/06/2026) |"));
}

#[test]
fn report_speaks_english_when_asked() {
    let (md, _, code) = ctg(&data(), &["--lang", "en", "report", "--format", "markdown"]);
    assert_eq!(code, 0);
    assert!(md.contains("**3.8 of 3.8 FTE cofunded by the Caf (100%): target reached**"));
    assert!(md.contains("| Istres | +0.5 | 2.1 |"));
    assert!(md.contains("The target was first reached on 5 January 2026."));
    assert!(md.contains("\nFigures as of 28 November 2026, for the steering committee.\n"));
    assert!(md.contains("| Créer une permanence de médiation familiale | blocked | 10% | 31 December 2027 | Sophie Garcia |"), "{md}");
    assert!(md.contains("No record contains an error; 1 record has points to check."));
    let (html, _, _) = ctg(&data(), &["--lang", "en", "report"]);
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains(">2.1 FTE</text>"));
}

/// The report's staffing figures are those of `ctg fte`.
#[test]
fn report_agrees_with_ctg_fte() {
    let (json, _, code) = ctg(&data(), &["fte", "--format", "json"]);
    assert_eq!(code, 0);
    let fte: serde_json::Value = serde_json::from_str(&json).unwrap();
    let (md, _, _) = ctg(&data(), &["--lang", "en", "report", "--format", "markdown"]);
    let n = |v: &serde_json::Value| format!("{:.1}", v.as_f64().unwrap());
    let signed = |v: &serde_json::Value| {
        let x = v.as_f64().unwrap();
        if x > 0.0 {
            format!("+{x:.1}")
        } else {
            format!("{x:.1}")
        }
    };
    // data/'s plan gives no baseline by commune: the report, like `ctg
    // fte`, shows each commune's increase and FTE, and no target.
    for commune in fte["communes"].as_array().unwrap() {
        assert!(commune["target"].is_null());
        let row = format!(
            "| {} | {} | {} |",
            commune["commune"].as_str().unwrap(),
            signed(&commune["increase"]),
            n(&commune["fte"]),
        );
        assert!(md.contains(&row), "missing {row}");
    }
    assert!(md.contains(&format!(
        "{} of {} FTE cofunded",
        n(&fte["total"]),
        n(&fte["target"])
    )));
}

/// The text a reader sees on the page: no head, no chart drawings, no tags.
fn visible_text(html: &str) -> String {
    let body = &html[html.find("<body>").expect("a body")..];
    let mut out = String::new();
    let mut rest = body;
    while let Some(at) = rest.find("<svg") {
        out.push_str(&rest[..at]);
        rest = &rest[at + rest[at..].find("</svg>").expect("a closed svg") + 6..];
    }
    out.push_str(rest);
    let mut text = String::new();
    let mut in_tag = false;
    for c in out.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// A past year's report is that year as it ended: the FTE, the actions
/// (done later means under way then; not started means planned), the
/// meetings and the next COPIL of 31 December 2025, seen from 28 November
/// 2026; the date is said once, and today's only as when the page was made.
#[test]
fn a_past_year_is_reported_as_it_ended() {
    let (md, err, code) = ctg(
        &data(),
        &["report", "--year", "2025", "--format", "markdown"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(md.contains("bilan de suivi 2025"));
    assert!(md.contains("(année 1 sur 5)"));
    assert_eq!(md.matches("au 31 décembre 2025").count(), 1, "{md}");
    assert!(
        md.contains("\n\nSituation au 31 décembre 2025, à l'attention du comité de pilotage.\n")
    );
    assert_eq!(md.matches("28 novembre 2026").count(), 1);
    assert!(md.ends_with("\nGénéré le 28 novembre 2026.\n"));
    // Today, par-02 and ej-02 are done (in 2026) and par-04 is blocked
    // (started in 2026): not on 31 December 2025.
    assert!(
        md.contains(
            "- **3,3 / 3,8** ETP cofinancés par la Caf\n\
         - **3 / 18** actions terminées\n\
         - **0** action en retard\n\
         - **0** action bloquée\n\
         - **16 juin 2026** prochain COPIL\n"
        ),
        "{md}"
    );
    assert!(md.contains(
        "**3,3 ETP sur 3,8 cofinancés par la Caf (86\u{202f}%)\u{a0}: 0,5 ETP à pourvoir**"
    ));
    assert!(md.contains("**18 actions au plan\u{a0}: 3 terminées, 0 en retard.**"));
    assert!(md.contains(
        "| **Total** | **3** | **6** | **8** | **0** | **0** | **1** | **0** | **18** |"
    ));
    assert!(md.contains("### Actions terminées en 2025"));
    assert!(md.contains("| Actualiser le diagnostic partagé de l'offre d'accueil du jeune enfant | Petite enfance | Amélie Roux | 24 juin 2025 |"));
    assert!(md.contains("### Actions bloquées\n\nAucune.\n"));
    // The COPIL held in June 2026 was the next one then.
    assert!(md.contains("2 réunions tenues en 2025, pour un minimum de 1 par an."));
    assert!(md.contains("**Prochaine réunion prévue\u{a0}: 16 juin 2026.**"));
    assert!(!md.contains("11 mars 2027"));
    // The whole plan, with each action's status then; the progress of an
    // action whose status changed since is not known.
    let plan = md
        .split("## Toutes les actions, par commission")
        .nth(1)
        .unwrap();
    let plan = plan.split("\n## ").next().unwrap();
    for row in [
        "| Structurer le réseau parentalité (REAAP) du territoire | en cours | — | 30 juin 2026 | Sophie Garcia |",
        "| Créer une permanence de médiation familiale | prévue | — | 31 décembre 2027 | Sophie Garcia |",
        "| Renouveler le Plan mercredi et harmoniser les accueils de loisirs | prévue | — | 1er septembre 2026 | Lucie Mercier |",
        "| Ouvrir un lieu d'accueil enfants-parents (LAEP) itinérant | en cours | 75\u{202f}% | 15 janvier 2027 | Sophie Garcia |",
        "| Créer un conseil intercommunal des jeunes | abandonnée | — | 30 juin 2026 | Karim Benali |",
    ] {
        assert!(plan.contains(row), "{row}\n{plan}");
    }
    // An abandoned action keeps its recorded status: the page says so.
    assert!(md.contains("Les fiches ne disent pas depuis quand une action est bloquée, en pause ou abandonnée\u{a0}: ces statuts sont ceux enregistrés aujourd'hui."));

    // The page says the same, and its date once.
    let (html, _, code) = ctg(&data(), &["report", "--year", "2025"]);
    assert_eq!(code, 0);
    let text = visible_text(&html);
    assert_eq!(text.matches("au 31 décembre 2025").count(), 1, "{text}");
    assert_eq!(text.matches("28 novembre 2026").count(), 1, "{text}");
    assert!(text.contains("Généré le 28 novembre 2026."));
}

/// This year's report is as of today, and its plan lists every action,
/// commission by commission, with its status and progress; no file ids.
#[test]
fn the_whole_plan_lists_every_action_by_commission() {
    let (json, _, code) = ctg(&data(), &["actions", "--format", "json"]);
    assert_eq!(code, 0);
    let actions: serde_json::Value = serde_json::from_str(&json).unwrap();
    let actions = actions["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 18);
    let (md, _, code) = ctg(&data(), &["report", "--format", "markdown"]);
    assert_eq!(code, 0);
    assert_eq!(md.matches("au 28 novembre 2026").count(), 1, "{md}");
    let plan = md
        .split("## Toutes les actions, par commission")
        .nth(1)
        .unwrap();
    let plan = plan.split("\n## ").next().unwrap();
    for commission in [
        "Accès aux droits et inclusion numérique",
        "Enfance et jeunesse",
        "Parentalité",
        "Petite enfance",
        "Commission territoriale de Port-Saint-Louis-du-Rhône",
    ] {
        assert!(
            plan.contains(&format!(
                "\n### {commission}\n\n| Intitulé | Statut | Avancement | Échéance | Pilote |\n"
            )),
            "{commission}"
        );
    }
    for action in actions {
        let title = text_md(action["title"].as_str().unwrap());
        assert_eq!(
            plan.matches(&format!("\n| {title} | ")).count(),
            1,
            "{title}"
        );
        assert!(
            !md.contains(action["id"].as_str().unwrap()),
            "{}",
            action["id"]
        );
    }
    for row in [
        "| Créer une permanence de médiation familiale | bloquée | 10\u{202f}% | 31 décembre 2027 | Sophie Garcia |",
        "| Financer des formations BAFA pour les jeunes du territoire | en pause | 20\u{202f}% | 30 juin 2027 | Lucie Mercier |",
        "| Conduire une étude sur le non-recours aux prestations sociales | prévue | — | 31 octobre 2027 | Karim Benali |",
        "| Ouvrir un lieu d'accueil enfants-parents (LAEP) itinérant | en cours | 75\u{202f}% | 15 janvier 2027 | Sophie Garcia |",
        "| Renouveler le Plan mercredi et harmoniser les accueils de loisirs | terminée | — | 1er septembre 2026 | Lucie Mercier |",
    ] {
        assert!(plan.contains(row), "{row}\n{plan}");
    }
    // Statuses the records date themselves need no note today.
    assert!(!md.contains("Les fiches ne disent pas depuis quand"));
}

/// An overdue action says so beside its status in the whole plan.
#[test]
fn an_overdue_action_says_so_in_the_whole_plan() {
    let run = run_in(
        &data(),
        &["--at", "2027-02-01", "report", "--format", "markdown"],
    );
    let (md, code) = (run.stdout, run.code);
    assert_eq!(code, 0);
    assert!(md.contains("| Ouvrir un lieu d'accueil enfants-parents (LAEP) itinérant | en cours, en retard | 75\u{202f}% | 15 janvier 2027 | Sophie Garcia |"), "{md}");
}

/// The page speaks to elected members: no file ids, no tool or git words;
/// a member who does not fund says « non », not a blank.
#[test]
fn the_page_has_no_jargon_and_says_non() {
    for year in ["2025", "2026"] {
        let (md, _, code) = ctg(&data(), &["report", "--year", year, "--format", "markdown"]);
        assert_eq!(code, 0);
        assert!(md.contains("| Jean-Luc Sabatier | Métropole Aix-Marseille-Provence, conseil de territoire Istres-Ouest Provence | Conseiller métropolitain délégué à la cohésion sociale | non |"), "{md}");
        assert!(md.contains("| Olivier Blanc | MSA Provence-Azur | Responsable de l'action sanitaire et sociale | oui |"));
        let (html, _, code) = ctg(&data(), &["report", "--year", year]);
        assert_eq!(code, 0);
        let text = visible_text(&html);
        let body = md.split_once('\n').unwrap().1;
        for page in [body, text.as_str()] {
            // The convention's name holds « CTG »: the tool's name is lower case.
            assert!(!page.contains("ctg"), "{year}: ctg in the page");
            let lower = page.to_lowercase();
            for jargon in [
                "dépôt",
                "git",
                "commit",
                ".toml",
                "indicator-stale",
                "pe-01-",
            ] {
                assert!(!lower.contains(jargon), "{year}: {jargon} in the page");
            }
        }
    }
}

#[test]
fn a_year_outside_the_convention_is_refused() {
    let (out, err, code) = ctg(&data(), &["report", "--year", "2031"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(err.contains("2031"), "{err}");
    assert!(err.contains("de 2025 à 2029"), "{err}");
}

#[test]
fn output_file_is_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bilan.html");
    let path = file.to_str().unwrap();

    let (out, err, code) = ctg(&data(), &["report", "-o", path]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "");
    assert!(err.contains(path), "{err}");
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );

    fs::write(&file, "mine").unwrap();
    let (out, err, code) = ctg(&data(), &["report", "-o", path, "--format", "markdown"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(err.contains(path) && err.contains("--force"), "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine");

    let (_, err, code) = ctg(
        &data(),
        &["report", "-o", path, "--format", "markdown", "--force"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .starts_with("<!-- generator: ctg report -->\n# CTG Golfe")
    );
}

/// A report that `ctg report` wrote is replaced without `--force` (the
/// monthly run over last month's page); any other file is refused, even
/// one that mentions ctg, and so is a link to a report.
#[test]
fn output_replaces_a_report_ctg_wrote_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bilan.html");
    let path = file.to_str().unwrap();
    let (_, err, code) = ctg(&data(), &["report", "--year", "2025", "-o", path]);
    assert_eq!(code, 0, "{err}");
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .contains("Situation au 31 décembre 2025")
    );

    // HTML over its own HTML, then Markdown over it, then HTML again.
    let (_, err, code) = ctg(&data(), &["report", "-o", path]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("bilan écrit dans"), "{err}");
    let page = fs::read_to_string(&file).unwrap();
    assert!(page.contains("Situation au 28 novembre 2026"));
    assert!(page.contains("<meta name=\"generator\" content=\"ctg report\">"));
    let (_, err, code) = ctg(&data(), &["report", "-o", path, "--format", "markdown"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .starts_with("<!-- generator: ctg report -->\n")
    );
    let (_, err, code) = ctg(&data(), &["report", "-o", path]);
    assert_eq!(code, 0, "{err}");
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );

    // Other files are the user's: refused, untouched.
    let theirs = [
        "<!DOCTYPE html><html><head><meta name=\"generator\" content=\"ctg\"></head></html>",
        "<html><head><meta name=\"generator\" content=\"other\"></head>ctg report</html>",
        "Notes on <!-- generator: ctg -->",
    ];
    for text in theirs {
        fs::write(&file, text).unwrap();
        let (out, err, code) = ctg(&data(), &["report", "-o", path]);
        assert_eq!(code, 2, "{text}");
        assert_eq!(out, "");
        assert!(err.contains(path) && err.contains("--force"), "{err}");
        assert_eq!(fs::read_to_string(&file).unwrap(), text);
    }
    // The tag further than the first 4 KB: not the page's head.
    let late = format!(
        "{}<meta name=\"generator\" content=\"ctg report\">",
        "x".repeat(5000)
    );
    fs::write(&file, &late).unwrap();
    let (_, _, code) = ctg(&data(), &["report", "-o", path]);
    assert_eq!(code, 2);
    assert_eq!(fs::read_to_string(&file).unwrap(), late);

    // A link to a report is not replaced, nor is its target.
    #[cfg(unix)]
    {
        let target = dir.path().join("target.html");
        let (_, err, code) = ctg(&data(), &["report", "-o", target.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        let before = fs::read_to_string(&target).unwrap();
        let link = dir.path().join("link.html");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let (_, _, code) = ctg(
            &data(),
            &["report", "--year", "2025", "-o", link.to_str().unwrap()],
        );
        assert_eq!(code, 2);
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), before);
    }
}

/// A TOML basic string holding `text` exactly.
fn toml_str(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Hostile text for one field: a script tag, an ampersand, quotes, an ANSI escape.
fn hostile(field: &str) -> String {
    format!("<script>alert('{field}')</script> & \"q\" \u{1b}[31m|*_")
}

/// How `hostile(field)` must appear in the page.
fn escaped(field: &str) -> String {
    format!(
        "&lt;script&gt;alert(&#39;{field}&#39;)&lt;/script&gt; &amp; &quot;q&quot; \\u{{1b}}[31m|*_"
    )
}

/// Every field whose text the report prints.
const FIELDS: [&str; 16] = [
    "convention",
    "signatory",
    "commune",
    "other-commune",
    "member",
    "organisation",
    "role",
    "copil-decision",
    "commission",
    "theme",
    "commission-decision",
    "officer",
    "referent",
    "action",
    "blocked-action",
    "done-action",
];

fn hostile_repo(root: &Path) {
    let h = |f: &str| toml_str(&hostile(f));
    for folder in ["commissions", "officers", "actions"] {
        fs::create_dir_all(root.join(folder)).unwrap();
    }
    fs::write(
        root.join("copil.toml"),
        format!(
            "[convention]\nname = {}\nstart = 2025-01-01\nend = 2029-12-31\n\
             communes = [{}, {}]\nsignatories = [{}]\nlanguage = \"fr\"\n\
             [[copil.member]]\nname = {}\norganisation = {}\nrole = {}\nfunder = true\n\
             [[copil.meeting]]\ndate = 2026-03-01\ndecisions = [{}]\n\
             [[copil.meeting]]\ndate = 2027-03-01\nstatus = \"planned\"\n\
             [fte]\ntarget = 1.0\nbaseline = 0.5\n[fte.increase]\n{} = 0.5\n",
            h("convention"),
            h("commune"),
            h("other-commune"),
            h("signatory"),
            h("member"),
            h("organisation"),
            h("role"),
            h("copil-decision"),
            h("commune"),
        ),
    )
    .unwrap();
    fs::write(
        root.join("commissions/c.toml"),
        format!(
            "name = {}\nkind = \"territorial\"\ntheme = {}\ncommunes = [{}]\nreferent = \"ref\"\n\
             [[meeting]]\ndate = 2026-02-01\ndecisions = [{}]\n\
             [[meeting]]\ndate = 2027-02-01\nstatus = \"planned\"\n",
            h("commission"),
            h("theme"),
            h("other-commune"),
            h("commission-decision"),
        ),
    )
    .unwrap();
    fs::write(
        root.join("officers/o.toml"),
        format!(
            "name = {}\n[[assignment]]\ncommune = {}\nfte = 0.5\nstart = 2025-01-01\n\
             [[assignment]]\ncommune = {}\nfte = 0.5\nstart = 2026-01-01\nend = 2026-12-31\n",
            h("officer"),
            h("commune"),
            h("commune"),
        ),
    )
    .unwrap();
    fs::write(
        root.join("officers/ref.toml"),
        format!(
            "name = {}\ncaf_cofunded = false\n[[assignment]]\ncommune = {}\nfte = 0.2\nstart = 2025-01-01\n",
            h("referent"),
            h("other-commune"),
        ),
    )
    .unwrap();
    let actions = [
        ("a", "action", "in-progress", "o", "due = 2026-01-31\n"),
        (
            "b",
            "blocked-action",
            "blocked",
            "ref",
            "due = 2027-01-31\n",
        ),
        ("d", "done-action", "done", "o", "completed = 2026-05-01\n"),
    ];
    for (id, field, status, lead, extra) in actions {
        fs::write(
            root.join(format!("actions/{id}.toml")),
            format!(
                "title = {}\ncommission = \"c\"\nstatus = \"{status}\"\nlead = \"{lead}\"\n{extra}",
                h(field)
            ),
        )
        .unwrap();
    }
}

#[test]
fn hostile_record_text_is_escaped_everywhere_it_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    hostile_repo(dir.path());
    let (check, check_err, _) = ctg(dir.path(), &["check", "--format", "short"]);
    assert!(!check.contains("error["), "{check}{check_err}");

    let (html, err, code) = ctg(dir.path(), &["report"]);
    assert_eq!(code, 0, "{err}");
    assert!(!html.to_lowercase().contains("<script"));
    assert!(!html.contains('\u{1b}'));
    assert!(!html.contains("alert('"));
    for field in FIELDS {
        assert!(
            html.contains(&escaped(field)),
            "the {field} text is missing or not escaped as expected"
        );
    }
    // In attributes too (the charts' accessible names).
    assert!(html.contains("aria-label=\"ETP cofinancés par commune"));

    let (md, err, code) = ctg(dir.path(), &["report", "--format", "markdown"]);
    assert_eq!(code, 0, "{err}");
    assert!(!md.to_lowercase().contains("<script"));
    assert!(!md.contains('\u{1b}'));
    for field in FIELDS {
        let expected = format!(
            "&lt;script&gt;alert('{field}')&lt;/script&gt; &amp; \"q\" \\u{{1b}}\\[31m\\|\\*\\_"
        );
        assert!(
            md.contains(&expected),
            "the {field} text in Markdown: {:?}",
            md.lines().find(|l| l.contains(&format!("('{field}')")))
        );
    }
    // A `|` in a cell cannot break a table: every table row has the same count of bare pipes.
    for table in md.split("\n\n").filter(|b| b.starts_with('|')) {
        let counts: Vec<usize> = table
            .lines()
            .map(|l| l.replace("\\|", "").matches('|').count())
            .collect();
        assert!(counts.windows(2).all(|w| w[0] == w[1]), "{table}");
    }
}

#[test]
fn broken_files_are_named_and_the_report_still_made() {
    let dir = tempfile::tempdir().unwrap();
    hostile_repo(dir.path());
    fs::write(dir.path().join("actions/broken.toml"), "title = \n").unwrap();
    let (html, err, code) = ctg(dir.path(), &["report"]);
    assert_eq!(code, 1);
    assert!(err.contains("actions/broken.toml"), "{err}");
    assert!(
        html.contains("actions/broken.toml"),
        "the page names it too"
    );
    assert!(html.contains("</html>"));
}

// --- A real browser -------------------------------------------------------

pub(crate) fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let names = ["chromium", "chromium-browser"];
    std::env::split_paths(&std::env::var_os("PATH")?)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// Runs chromium headless on `page` with `extra` flags, a fresh profile and
/// background networking off; gives up after two minutes.
pub(crate) fn run_chromium(chromium: &Path, page: &Path, profile: &Path, extra: &[String]) {
    let mut child = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium failed: {status}");
            return;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The URLs that the page itself asked for, from a Chromium net log.
/// Chromium's own service requests (initiator "not an origin") are not the page's.
fn page_requests(net_log: &str) -> Vec<String> {
    let log: serde_json::Value = serde_json::from_str(net_log)
        .or_else(|_| {
            serde_json::from_str(&format!("{}]}}", net_log.trim_end().trim_end_matches(',')))
        })
        .expect("the net log is JSON");
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].as_i64();
    log["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["type"].as_i64() == start_job)
        .filter_map(|e| {
            let url = e["params"]["url"].as_str()?;
            let initiator = e["params"]["initiator"].as_str().unwrap_or("");
            let local = url.starts_with("file:") || url.starts_with("data:");
            (!local && initiator != "not an origin").then(|| url.to_owned())
        })
        .collect()
}

#[test]
fn page_renders_in_a_real_browser_to_png_and_a4_pdf_without_network() {
    let Some(chromium) = chromium() else {
        if std::env::var_os("CI").is_some() {
            panic!(
                "chromium is not installed: .ci/run must install it (apt-get install -y chromium)"
            );
        }
        eprintln!(
            "SKIPPED page_renders_in_a_real_browser: chromium is not installed \
             (apt-get install chromium, or set CHROMIUM=/path/to/chromium)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("bilan.html");
    let (_, err, code) = ctg(&data(), &["report", "-o", page.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");

    let pdf = dir.path().join("bilan.pdf");
    let net_log = dir.path().join("net.json");
    run_chromium(
        &chromium,
        &page,
        &dir.path().join("profile-pdf"),
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
            // The headings as the PDF's outline: what the print holds.
            "--generate-pdf-document-outline".into(),
            format!("--log-net-log={}", net_log.display()),
        ],
    );
    let bytes = fs::read(&pdf).expect("a PDF was printed");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&bytes);
    let pages = pdf_pages(&text);
    assert!(
        (3..=10).contains(&pages),
        "the A4 report has {pages} pages, expected 3 to 10"
    );
    // A past year's report, with the whole plan too, prints as short.
    let past = dir.path().join("bilan-2025.html");
    let (_, err, code) = ctg(
        &data(),
        &["report", "--year", "2025", "-o", past.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let past_pdf = dir.path().join("bilan-2025.pdf");
    run_chromium(
        &chromium,
        &past,
        &dir.path().join("profile-pdf-2025"),
        &[
            format!("--print-to-pdf={}", past_pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
    );
    let past_pages = pdf_pages(&String::from_utf8_lossy(&fs::read(&past_pdf).unwrap()));
    assert!(
        (3..=10).contains(&past_pages),
        "the 2025 report has {past_pages} pages, expected 3 to 10"
    );
    // A4 is 595 x 842 points.
    let boxes: Vec<Vec<f64>> = text
        .split("/MediaBox [")
        .skip(1)
        .map(|b| {
            b.split(']')
                .next()
                .unwrap_or("")
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect()
        })
        .collect();
    assert!(!boxes.is_empty());
    for b in &boxes {
        assert!(
            b.len() == 4 && (b[2] - 595.0).abs() < 1.0 && (b[3] - 842.0).abs() < 1.0,
            "a page is not A4: {b:?}"
        );
    }
    let requests = page_requests(&fs::read_to_string(&net_log).expect("a net log"));
    assert!(requests.is_empty(), "the page made requests: {requests:?}");
    // The evaluation is printed: its heading and its commissions' are in
    // the outline, and each indicator's chart is in the tagged PDF with its
    // accessible name (`/Alt`).
    let titles = pdf_strings(&text, "/Title");
    for heading in ["Évaluation", "Parentalité", "Petite enfance"] {
        assert!(
            titles.iter().any(|t| t == heading),
            "{heading} is not in the printed outline: {titles:?}"
        );
    }
    let charts = pdf_strings(&text, "/Alt");
    let indicators = charts.iter().filter(|a| a.contains(" attendus")).count();
    assert_eq!(indicators, 7, "indicator charts printed: {charts:?}");
    assert!(charts.iter().any(|a| {
        a.starts_with(
            "Familles accueillies au LAEP itinérant\u{a0}: en retard, progrès 43\u{202f}%",
        )
    }));

    let png = dir.path().join("bilan.png");
    run_chromium(
        &chromium,
        &page,
        &dir.path().join("profile-png"),
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1200,2000".into(),
        ],
    );
    let image = fs::read(&png).expect("a screenshot was taken");
    assert!(image.starts_with(b"\x89PNG\r\n\x1a\n"));
    // The IHDR chunk holds the width and height, big-endian.
    let width = u32::from_be_bytes(image[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(image[20..24].try_into().unwrap());
    assert_eq!((width, height), (1200, 2000));
    assert!(image.len() > 20_000, "the screenshot looks blank");
}

/// How many pages a PDF has: its page objects (`/Type /Page`), not its
/// page tree (`/Type /Pages`).
pub(crate) fn pdf_pages(pdf: &str) -> usize {
    pdf.match_indices("/Type")
        .filter(|(at, _)| {
            let rest = pdf[at + 5..].trim_start();
            rest.starts_with("/Page") && !rest.starts_with("/Pages")
        })
        .count()
}

/// The text strings of a PDF that follow `key`: `(literal)` or
/// `<FEFF…>` (UTF-16BE in hex), as Chromium writes outlines and `/Alt`.
fn pdf_strings(pdf: &str, key: &str) -> Vec<String> {
    pdf.split(key)
        .skip(1)
        .filter_map(|rest| {
            let rest = rest.trim_start();
            if let Some(hex) = rest.strip_prefix("<FEFF") {
                let hex = &hex[..hex.find('>')?];
                let units: Vec<u16> = (0..hex.len() / 4)
                    .filter_map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).ok())
                    .collect();
                Some(String::from_utf16_lossy(&units))
            } else {
                let literal = rest.strip_prefix('(')?;
                Some(literal[..literal.find(')')?].to_owned())
            }
        })
        .collect()
}

/// At 400 pixels wide (a phone), nothing of the page is cut off: the page
/// does not scroll sideways, every indicator's chart, its words and its
/// table stay within the width, and so does every element outside a
/// table of figures (which scrolls in its wrapper); tables of words stack. The page is shown in a 400-pixel frame of a
/// test page whose script measures it (the report itself has none).
#[test]
fn evaluation_fits_a_400_pixel_screen_in_a_real_browser() {
    let Some(chromium) = chromium() else {
        if std::env::var_os("CI").is_some() {
            panic!("chromium is not installed: .ci/run must install it");
        }
        eprintln!("SKIPPED evaluation_fits_a_400_pixel_screen: chromium is not installed");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("bilan.html");
    let (_, err, code) = ctg(&data(), &["report", "-o", page.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let probe = dir.path().join("probe.html");
    fs::write(&probe, PROBE).unwrap();
    let result = probe_result(&chromium, &probe, &dir.path().join("profile"));
    assert_eq!(result, "ok 7 charts", "at 400 px: {result}");
}

/// Runs a probe page (a page framing ours, whose script measures it and
/// writes what it found in `<pre id="result">`) in headless Chromium, and
/// returns what it wrote.
pub(crate) fn probe_result(chromium: &Path, probe: &Path, profile: &Path) -> String {
    let output = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            // The probe reads the framed page: both are local files.
            "--allow-file-access-from-files",
            "--window-size=1200,1000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", probe.display()))
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .expect("chromium starts");
    let dom = String::from_utf8_lossy(&output.stdout);
    dom.split("<pre id=\"result\">")
        .nth(1)
        .and_then(|r| r.split("</pre>").next())
        .unwrap_or_else(|| panic!("the probe said nothing: {dom:.2000}"))
        .to_owned()
}

/// The test page of the 400-pixel check: the report in a frame 400 pixels
/// wide, and a script that lists what sticks out of it.
const PROBE: &str = r#"<!DOCTYPE html><html><body>
<iframe id="page" src="bilan.html" style="width:400px;height:800px;border:0"></iframe>
<pre id="result">not measured</pre>
<script>
document.getElementById('page').onload = function () {
  var out = [];
  try {
    var win = this.contentWindow, doc = win.document, width = win.innerWidth;
    if (width !== 400) out.push('frame is ' + width + ' px');
    if (doc.documentElement.scrollWidth > width) out.push('page scrolls sideways: ' + doc.documentElement.scrollWidth);
    var eval_ = doc.getElementById('evaluation');
    if (!eval_) out.push('no evaluation');
    var inside = function (el, what) {
      var r = el.getBoundingClientRect();
      if (r.width <= 0 || r.left < -0.5 || r.right > width + 0.5) out.push(what + ' at ' + r.left + '..' + r.right);
    };
    var charts = eval_ ? eval_.querySelectorAll('svg.chart.indicator') : [];
    charts.forEach(function (svg, i) {
      inside(svg, 'chart ' + i);
      var box = svg.viewBox.baseVal;
      svg.querySelectorAll('text').forEach(function (t) {
        var b = t.getBBox();
        if (b.x < 0 || b.x + b.width > box.width || b.y < 0 || b.y + b.height > box.height)
          out.push('chart ' + i + ' cuts "' + t.textContent + '"');
      });
    });
    (eval_ ? eval_.querySelectorAll('.table-wrap') : []).forEach(function (wrap, i) {
      inside(wrap, 'table ' + i);
      if (wrap.scrollWidth > wrap.clientWidth) out.push('table ' + i + ' scrolls: ' + wrap.scrollWidth);
    });
    (eval_ ? eval_.querySelectorAll('h3, p, td, th') : []).forEach(function (el) {
      inside(el, el.tagName + ' ' + el.textContent.slice(0, 30));
    });
    // The whole page: every element outside a table's scrolling wrapper
    // and a chart stays within the width; tables of words stack and do
    // not scroll (the whole plan, the actions, the meetings, the members).
    doc.querySelectorAll('body *').forEach(function (el) {
      if (el.closest('.table-wrap') || el.closest('svg') || el.closest('thead')) return;
      var r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < -0.5 || r.right > width + 0.5))
        out.push(el.tagName + ' ' + el.textContent.slice(0, 30) + ' at ' + r.left + '..' + r.right);
    });
    var stacked = doc.querySelectorAll('table.stack');
    if (stacked.length < 10) out.push('only ' + stacked.length + ' stacked tables');
    stacked.forEach(function (table) {
      var wrap = table.parentNode;
      if (wrap.scrollWidth > wrap.clientWidth) out.push('a stacked table scrolls: ' + table.textContent.slice(0, 30));
      table.querySelectorAll('td').forEach(function (td) { inside(td, 'stacked ' + td.textContent.slice(0, 30)); });
    });
    if (!doc.querySelector('#actions table.stack td[data-label]')) out.push('the whole plan does not stack');
    if (!out.length) out.push('ok ' + charts.length + ' charts');
  } catch (e) { out.push('error ' + e); }
  document.getElementById('result').textContent = out.join('\n');
};
</script></body></html>"#;

/// The net-log reader tells the page's requests from Chromium's own: a page
/// that fetches an image is caught (this keeps the check above honest).
#[test]
fn net_log_reader_catches_a_page_request() {
    let log = r#"{"constants":{"logEventTypes":{"URL_REQUEST_START_JOB":7}},"events":[
        {"type":7,"params":{"initiator":"not an origin","url":"https://update.example/x"}},
        {"type":7,"params":{"initiator":"null","url":"https://example.com/x.png"}},
        {"type":7,"params":{"initiator":"null","url":"file:///tmp/x.html"}},
        {"type":3,"params":{"url":"https://example.org/"}}
    ]}"#;
    assert_eq!(page_requests(log), ["https://example.com/x.png"]);
}

#[test]
fn data_health_lists_the_codes_found() {
    let dir = tempfile::tempdir().unwrap();
    hostile_repo(dir.path());
    let (short, _, _) = ctg(dir.path(), &["--lang", "en", "check", "--format", "short"]);
    let (md, _, code) = ctg(
        dir.path(),
        &["--lang", "en", "report", "--format", "markdown"],
    );
    assert_eq!(code, 0);
    let health = md.split("## Data health").nth(1).unwrap();
    // Said in plain words: records, not codes.
    let files: std::collections::BTreeSet<&str> = short
        .lines()
        .filter(|l| l.contains(": warning["))
        .filter_map(|l| l.split(':').next())
        .collect();
    assert!(files.len() > 1, "{short}");
    assert!(
        health.contains(&format!(
            "**No record contains an error; {} records have points to check.**",
            files.len()
        )),
        "{health}"
    );
    assert!(
        !health.contains("overdue") && !health.contains("warning"),
        "{health}"
    );

    // A record with an error: the figures may be incomplete, and the
    // record is named.
    fs::write(dir.path().join("actions/broken.toml"), "title = [\n").unwrap();
    let (md, _, code) = ctg(dir.path(), &["report", "--format", "markdown"]);
    assert_eq!(code, 1);
    let health = md.split("## Qualité des données").nth(1).unwrap();
    assert!(
        health.contains(
            "**1 fiche contient des erreurs\u{a0}; les chiffres peuvent être incomplets\u{a0}; "
        ),
        "{health}"
    );
    assert!(
        health.contains("Fiches écartées de ce bilan, car illisibles\u{a0}: actions/broken.toml."),
        "{health}"
    );
}

#[test]
fn no_report_without_a_convention() {
    let dir = tempfile::tempdir().unwrap();
    hostile_repo(dir.path());
    fs::write(dir.path().join("copil.toml"), "[convention]\nname = 3\n").unwrap();
    let (out, err, code) = ctg(dir.path(), &["report"]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(err.contains("copil.toml"), "{err}");
    assert!(err.contains("ctg check"), "{err}");
}

/// The report's action counts are those of `ctg status`, commission by commission.
#[test]
fn report_agrees_with_ctg_status() {
    let hostile = tempfile::tempdir().unwrap();
    hostile_repo(hostile.path());
    for dir in [data(), hostile.path().to_owned()] {
        let (json, _, code) = ctg(&dir, &["status", "--format", "json"]);
        assert_eq!(code, 0);
        let status: serde_json::Value = serde_json::from_str(&json).unwrap();
        let (md, _, _) = ctg(&dir, &["--lang", "en", "report", "--format", "markdown"]);
        let cells = |c: &serde_json::Value| {
            [
                "done",
                "in_progress",
                "planned",
                "paused",
                "blocked",
                "abandoned",
                "overdue",
                "total",
            ]
            .iter()
            .map(|k| c[*k].as_u64().unwrap().to_string())
            .collect::<Vec<_>>()
        };
        for commission in status["commissions"].as_array().unwrap() {
            let name = text_md(commission["name"].as_str().unwrap());
            let row = format!("| {name} | {} |", cells(&commission["actions"]).join(" | "));
            assert!(md.contains(&row), "missing {row}");
        }
        let total = cells(&status["actions"]["counts"])
            .iter()
            .map(|c| format!("**{c}**"))
            .collect::<Vec<_>>()
            .join(" | ");
        assert!(md.contains(&format!("| **Total** | {total} |")), "{total}");
        let copil = &status["copil"];
        assert!(md.contains(&format!("\n{} member", copil["members"])));
        assert!(md.contains(&format!(
            ", {} of them representing funders",
            copil["funders"]
        )));
    }
}

/// Record text as the Markdown report writes it (see `escape_markdown`).
fn text_md(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            c if c.is_control() => out.extend(c.escape_default()),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' | '*' | '_' | '`' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A convention that ends in June: its last year's figures are June's, not December's.
#[test]
fn figures_stay_within_the_convention() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("officers")).unwrap();
    fs::write(
        root.join("copil.toml"),
        "[convention]\nname = \"Court\"\nstart = 2025-01-01\nend = 2026-06-30\ncommunes = [\"A\"]\n\
         [[copil.meeting]]\ndate = 2025-05-01\n[[copil.meeting]]\ndate = 2026-05-01\n\
         [fte]\ntarget = 0.5\nbaseline = 0.5\n",
    )
    .unwrap();
    fs::write(
        root.join("officers/x.toml"),
        "name = \"X\"\n[[assignment]]\ncommune = \"A\"\nfte = 0.5\nstart = 2025-01-01\nend = 2026-06-30\n",
    )
    .unwrap();
    let (md, err, code) = ctg(
        root,
        &[
            "--lang", "en", "report", "--year", "2026", "--format", "markdown",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        md.contains("\nFigures as of 30 June 2026, for the steering committee.\n")
            && md.contains("**0.5 of 0.5 FTE cofunded by the Caf (100%): target reached**"),
        "{md}"
    );
    assert!(md.contains("(year 2 of 2)"));
    // Today (28 November 2026) is after the end: the current year's figures are the last day's.
    let (md, _, code) = ctg(root, &["--lang", "en", "report", "--format", "markdown"]);
    assert_eq!(code, 0);
    assert!(md.contains("Figures as of 30 June 2026"));
    let (_, err, code) = ctg(root, &["--lang", "en", "report", "--year", "2027"]);
    assert_eq!(code, 2);
    assert!(err.contains("from 2025 to 2026"), "{err}");
}
