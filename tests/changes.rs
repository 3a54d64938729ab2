//! `ctg changes`: what moved between two versions of the records in git,
//! on real repositories built commit by commit (with their dates), and its
//! short forms in `ctg status` and `ctg report`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::support::{Run, ctg, data, git, git_ok, git_repo_at, lines};

/// The day every test of this module calls "today" (`--at`).
const AT: &str = "2026-11-29";

/// `git ARGS` in `dir` (as [`git`] runs it), its commit dated `day` at 10:00
/// UTC: author and committer.
fn git_on(dir: &Path, day: &str, args: &[&str]) {
    let stamp = format!("{day}T10:00:00+00:00");
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("GIT_AUTHOR_DATE", &stamp)
        .env("GIT_COMMITTER_DATE", &stamp)
        .env_remove("CTG_DIR")
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An empty git repository at `dir`, on branch `main`, configured to commit.
fn init(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    git_ok(dir, &["init", "-q", "-b", "main"]);
    git_ok(dir, &["config", "user.name", "Test"]);
    git_ok(dir, &["config", "user.email", "test@example.org"]);
    git_ok(dir, &["config", "commit.gpgsign", "false"]);
}

/// Stages everything in `dir` and commits it on `day`; returns the short id.
fn commit_all(dir: &Path, day: &str, message: &str) -> String {
    git_ok(dir, &["add", "-A"]);
    git_on(dir, day, &["commit", "-q", "-m", message]);
    short(dir, "HEAD")
}

/// The short id of `rev`, as `git log --oneline` shows it.
fn short(dir: &Path, rev: &str) -> String {
    let out = git(dir, &["log", "-1", "--format=%h", rev]);
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// Writes `relative` under `dir`, creating its folders.
fn write(dir: &Path, relative: &str, text: &str) {
    let path = dir.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// `ctg --dir DIR --at AT --color never --lang LANG changes ARGS`.
fn changes(dir: &Path, lang: &str, args: &[&str]) -> Run {
    ctg_in(dir, lang, &[&["changes"], args].concat())
}

/// `ctg --dir DIR --at AT --color never --lang LANG ARGS`.
fn ctg_in(dir: &Path, lang: &str, args: &[&str]) -> Run {
    Run::of(
        ctg()
            .arg("--dir")
            .arg(dir)
            .args(["--at", AT, "--color", "never", "--lang", lang])
            .args(args),
    )
}

/// `ctg changes … --format json`, which must succeed, parsed.
fn changes_json(dir: &Path, args: &[&str]) -> Value {
    let run = changes(dir, "en", &[args, &["--format", "json"]].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    run.json()
}

/// The items of the section `heading` of a text answer (`  - item` lines
/// under `HEADING` and its rule), or `["no change"]`-like lines as they are.
/// The items of a section, each on one line: an item wrapped to the width
/// (its next lines indented under its text) is joined back.
fn section(text: &str, heading: &str) -> Vec<String> {
    let all = lines(text);
    let upper = heading.to_uppercase();
    let start = all
        .iter()
        .position(|line| *line == upper)
        .unwrap_or_else(|| panic!("no section {upper} in\n{text}"));
    assert_eq!(all[start + 1], "=".repeat(heading.chars().count()));
    let mut items: Vec<String> = Vec::new();
    for line in all[start + 2..].iter().take_while(|line| !line.is_empty()) {
        match (line.strip_prefix("    "), items.last_mut()) {
            (Some(more), Some(item)) => {
                item.push(' ');
                item.push_str(more);
            }
            _ => items.push(line.trim_start().to_owned()),
        }
    }
    items
}

// ---------------------------------------------------------------------------
// A year of the CTG Golfe et des étangs, replayed commit by commit.
// ---------------------------------------------------------------------------

/// Edits of the real files that held before a day: before `.1`, the text
/// `.2` of file `.0` read `.3`.
const EARLIER: &[(&str, &str, &str, &str)] = &[
    // Lucie Mercier takes over the enfance-jeunesse commission on arrival.
    (
        "commissions/enfance-jeunesse.toml",
        "2026-01-05",
        "referent = \"lucie-mercier\"",
        "referent = \"karim-benali\"",
    ),
    // Thomas Ollivier replaces Nathalie Vidal at Port-Saint-Louis-du-Rhône.
    (
        "commissions/port-saint-louis.toml",
        "2026-03-01",
        "referent = \"thomas-ollivier\"",
        "referent = \"nathalie-vidal\"",
    ),
    // The COPIL of 16 June 2026 abandons the conseil intercommunal des
    // jeunes and extends the guichet unique to two more communes.
    (
        "actions/ej-03-conseil-intercommunal-jeunes.toml",
        "2026-06-16",
        "status = \"abandoned\"",
        "status = \"in-progress\"",
    ),
    (
        "actions/pe-01-guichet-unique.toml",
        "2026-06-16",
        "due = 2027-06-30",
        "due = 2026-12-31",
    ),
    (
        "actions/pe-01-guichet-unique.toml",
        "2026-06-16",
        "progress = 60",
        "progress = 40",
    ),
    // September: the BAFA funding is suspended, the mediation lacks a room.
    (
        "actions/ej-04-formations-bafa.toml",
        "2026-09-22",
        "status = \"paused\"",
        "status = \"in-progress\"",
    ),
    (
        "actions/par-04-mediation-familiale.toml",
        "2026-09-22",
        "status = \"blocked\"",
        "status = \"in-progress\"",
    ),
];

/// The first `key = YYYY-MM-DD` value of each line of `text` that has one.
fn dates_of<'t>(text: &'t str, key: &str) -> Vec<&'t str> {
    let prefix = format!("{key} = ");
    text.lines()
        .filter_map(|line| line.strip_prefix(&prefix))
        .collect()
}

/// The meetings of a commission or of `copil.toml` as known on `day`: those
/// up to `day` as they are, the next one planned (without decisions), no
/// later one. A meeting is the block from its `header` line to the next
/// line that opens a table or a comment.
fn meetings_on(text: &str, header: &str, day: &str) -> String {
    let mut out = String::new();
    let mut block: Option<Vec<&str>> = None;
    let mut planned = false;
    let mut flush = |block: &mut Option<Vec<&str>>, out: &mut String| {
        let Some(lines) = block.take() else { return };
        let date = lines
            .iter()
            .find_map(|l| l.strip_prefix("date = "))
            .expect("a meeting has a date");
        if date <= day {
            for line in lines {
                out.push_str(line);
                out.push('\n');
            }
        } else if !planned {
            planned = true;
            out.push_str(&format!("{header}\ndate = {date}\nstatus = \"planned\"\n"));
            // The blank line that ends a block, when there is one.
            if lines.last() == Some(&"") {
                out.push('\n');
            }
        }
    };
    for line in text.lines() {
        if line == header {
            flush(&mut block, &mut out);
            block = Some(vec![line]);
        } else if block.is_some() && (line.starts_with('[') || line.starts_with('#')) {
            flush(&mut block, &mut out);
            out.push_str(line);
            out.push('\n');
        } else if let Some(lines) = &mut block {
            lines.push(line);
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    flush(&mut block, &mut out);
    // A last block dropped leaves the blank line before it: files end with
    // one newline.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The files of `data/` (path relative to it, text).
fn data_files() -> BTreeMap<String, String> {
    fn walk(dir: &Path, base: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, base, out);
            } else {
                let relative = path.strip_prefix(base).unwrap();
                let relative = relative.to_str().unwrap().replace('\\', "/");
                out.insert(relative, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&data(), &data(), &mut out);
    out
}

/// The real repository as it plausibly stood on `day` (YYYY-MM-DD): officers
/// only once their first assignment started, and without an end not reached
/// yet; actions only once started (planned ones from the start), done only
/// once completed; meetings up to `day` and the next one planned; and the
/// edits of [`EARLIER`].
fn state_on(day: &str) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for (path, mut text) in data_files() {
        for (file, since, now, before) in EARLIER {
            if path == *file && day < *since {
                assert_eq!(text.matches(now).count(), 1, "{now} in {path}");
                text = text.replacen(now, before, 1);
            }
        }
        if path.starts_with("officers/") {
            if dates_of(&text, "start").iter().all(|start| *start > day) {
                continue;
            }
            text = text
                .lines()
                .filter(|line| line.strip_prefix("end = ").is_none_or(|end| end <= day))
                .map(|line| format!("{line}\n"))
                .collect();
        }
        if path.starts_with("actions/") {
            let planned = text.contains("status = \"planned\"");
            if !planned && dates_of(&text, "start").iter().all(|start| *start > day) {
                continue;
            }
            if let Some(completed) = dates_of(&text, "completed").first().copied()
                && completed > day
            {
                let line = format!("completed = {completed}\n");
                text = text.replacen(&line, "", 1).replacen(
                    "status = \"done\"",
                    "status = \"in-progress\"",
                    1,
                );
            }
        }
        if path.starts_with("commissions/") {
            text = meetings_on(&text, "[[meeting]]", day);
        }
        // An indicator's measures, one per line, are there from their day.
        text = text
            .lines()
            .filter(|line| {
                line.strip_prefix("  { date = ")
                    .is_none_or(|rest| rest.get(..10).is_none_or(|date| date <= day))
            })
            .map(|line| format!("{line}\n"))
            .collect();
        if path == "copil.toml" {
            text = meetings_on(&text, "[[copil.meeting]]", day);
        }
        files.insert(path, text);
    }
    files
}

/// Makes the files of `dir` (but `.git`) those of `state`.
fn write_state(dir: &Path, state: &BTreeMap<String, String>) {
    for folder in ["officers", "commissions", "actions"] {
        let _ = std::fs::remove_dir_all(dir.join(folder));
    }
    for (path, text) in state {
        write(dir, path, text);
    }
}

/// The commits of [`replay_year`], oldest first: (day, message).
const YEAR: &[(&str, &str)] = &[
    ("2025-12-01", "Relevé de la CTG au 1er décembre 2025"),
    (
        "2026-01-06",
        "Arrivée de Lucie Mercier à Istres (0,5 ETP) ; schéma petite enfance terminé",
    ),
    (
        "2026-03-02",
        "Départ de Nathalie Vidal, arrivée de Thomas Ollivier ; commissions de l'hiver",
    ),
    (
        "2026-04-08",
        "Charte du réseau parentalité signée ; navette de Port-Saint-Louis-du-Rhône",
    ),
    ("2026-06-17", "COPIL du 16 juin 2026"),
    (
        "2026-09-30",
        "Commissions de septembre ; Plan mercredi renouvelé",
    ),
    ("2026-11-18", "Commissions de l'automne"),
];

/// A year of the CTG Golfe et des étangs in git at `dir`: seven commits
/// from 2025-12-01 (Lucie Mercier not yet recruited, the schéma petite
/// enfance and the réseau parentalité under way, the guichet unique due on
/// 2026-12-31) to 2026-11-18, whose files are exactly those of `data/`.
/// Returns the commits, oldest first: (day, short id).
fn replay_year(dir: &Path) -> Vec<(&'static str, String)> {
    init(dir);
    let mut commits = Vec::new();
    for (day, message) in YEAR {
        write_state(dir, &state_on(day));
        commits.push((*day, commit_all(dir, day, message)));
    }
    // The last commit is the real repository, file for file.
    assert_eq!(state_on(YEAR[YEAR.len() - 1].0), data_files());
    commits
}

/// `ctg fte --format json` on `dir` at `at`: the cofunded total and the FTE
/// of `commune`.
fn fte_on(dir: &Path, at: &str, commune: &str) -> (Value, Value) {
    let run = Run::of(
        ctg()
            .arg("--dir")
            .arg(dir)
            .args(["--at", at, "--color", "never", "--lang", "en"])
            .args(["fte", "--format", "json"]),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v = run.json();
    let line = v["communes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["commune"] == commune)
        .unwrap_or_else(|| panic!("no {commune} in {v}"))
        .clone();
    (v["total"].clone(), line["fte"].clone())
}

#[test]
fn a_year_of_the_real_ctg_replayed_in_git() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ctg");
    let commits = replay_year(&dir);
    let first = &commits[0].1;

    let v = changes_json(&dir, &["--since", "2025-12-01"]);
    assert_eq!(
        v["from"],
        json!({"rev": "2025-12-01", "commit": first, "date": "2025-12-01"})
    );
    assert_eq!(v["to"], json!({"rev": null, "commit": null, "date": AT}));
    // 3.3 on 2025-12-01 (Roux 1.0, Benali 0.8, Garcia 1.0, Vidal 0.5), 3.8
    // now: Lucie Mercier's 0.5 at Istres; Thomas Ollivier took Nathalie
    // Vidal's 0.5 at Port-Saint-Louis-du-Rhône, which does not move.
    assert_eq!(
        v["fte"],
        json!({
            "complete": true,
            "target": 3.8,
            "from": 3.3,
            "to": 3.8,
            "communes": [{"commune": "Istres", "from": 1.6, "to": 2.1}]
        })
    );
    assert_eq!(
        v["officers"]["joined"],
        json!(["lucie-mercier", "thomas-ollivier"])
    );
    assert_eq!(v["officers"]["left"], json!(["nathalie-vidal"]));
    assert_eq!(v["officers"]["changed"], json!([]));
    assert_eq!(
        v["officers"]["posts"][0],
        json!({
            "id": "lucie-mercier",
            "name": "Lucie Mercier",
            "from": null,
            "to": {"cofunded": true, "communes": [["Istres", 0.5]]}
        })
    );
    let actions = &v["actions"];
    // Two actions under way on 2025-12-01 are done, and the Plan mercredi,
    // written in January, was completed in August.
    assert_eq!(
        actions["completed"],
        json!([
            "ej-02-plan-mercredi",
            "par-02-reseau-parentalite",
            "pe-02-schema-petite-enfance"
        ])
    );
    assert_eq!(
        actions["due_moved"],
        json!([{
            "id": "pe-01-guichet-unique",
            "from": "2026-12-31",
            "to": "2027-06-30",
            "days": 181
        }])
    );
    assert_eq!(
        actions["progress"],
        json!([{"id": "pe-01-guichet-unique", "from": 40, "to": 60}])
    );
    assert_eq!(
        actions["added"],
        json!([
            "ej-02-plan-mercredi",
            "ej-04-formations-bafa",
            "par-04-mediation-familiale",
            "pe-03-relais-petite-enfance-psl",
            "psl-02-mobilite-jeunes"
        ])
    );
    assert_eq!(
        actions["abandoned"],
        json!(["ej-03-conseil-intercommunal-jeunes"])
    );
    assert_eq!(actions["paused"], json!(["ej-04-formations-bafa"]));
    assert_eq!(actions["blocked"], json!(["par-04-mediation-familiale"]));
    assert_eq!(actions["removed"], json!([]));
    assert_eq!(actions["overdue"], json!([]));
    assert_eq!(
        v["commissions"]["referent"],
        json!([
            {"id": "enfance-jeunesse", "from": "karim-benali", "to": "lucie-mercier"},
            {"id": "port-saint-louis", "from": "nathalie-vidal", "to": "thomas-ollivier"}
        ])
    );
    assert_eq!(v["copil"], json!({"added": [], "removed": []}));
    // Eleven meetings held after 2025-12-01, six newly planned.
    let meetings = v["meetings"].as_array().unwrap();
    assert_eq!(meetings.len(), 17, "{meetings:#?}");
    assert_eq!(
        meetings[0],
        json!({"date": "2026-02-10", "body": "petite-enfance", "status": "held"})
    );
    assert!(meetings.contains(&json!({"date": "2026-06-16", "body": "copil", "status": "held"})));
    assert!(
        meetings.contains(&json!({"date": "2027-03-11", "body": "copil", "status": "planned"}))
    );
    let held = meetings.iter().filter(|m| m["status"] == "held").count();
    assert_eq!(held, 11);
    // Nathalie Vidal's end date is the one field of her file that moved.
    let records = v["records"].as_array().unwrap();
    let vidal = records
        .iter()
        .find(|r| r["id"] == "nathalie-vidal")
        .unwrap();
    assert_eq!(
        vidal,
        &json!({
            "kind": "officer",
            "id": "nathalie-vidal",
            "change": "modified",
            "file": "officers/nathalie-vidal.toml",
            "fields": [{"key": "assignment[0].end", "from": null, "to": "2026-02-28"}]
        })
    );

    // The first commit named by its id is the same version, on its day.
    let mut by_id = changes_json(&dir, &["--since", first]);
    assert_eq!(by_id["from"]["rev"], json!(first));
    by_id["from"]["rev"] = json!("2025-12-01");
    assert_eq!(by_id, v);

    // What `ctg fte` says of each version.
    git_ok(
        &dir,
        &["worktree", "add", "-q", "--detach", "../then", first],
    );
    assert_eq!(
        fte_on(&tmp.path().join("then"), "2025-12-01", "Istres"),
        (json!(3.3), json!(1.6))
    );
    assert_eq!(fte_on(&dir, AT, "Istres"), (json!(3.8), json!(2.1)));

    // In French, as the repository speaks.
    let fr = changes(&dir, "fr", &["--since", "2025-12-01"]);
    assert_eq!(fr.code, 0, "{}", fr.stderr);
    let text = &fr.stdout;
    assert_eq!(lines(text)[0], "Évolutions du 01/12/2025 au 29/11/2026");
    assert_eq!(
        section(text, "Versions comparées"),
        [
            format!("- du : 01/12/2025 (commit {first})").as_str(),
            "- au : les fichiers tels qu'ils sont (29/11/2026)"
        ]
    );
    assert_eq!(
        section(text, "ETP cofinancés"),
        [
            "- 3,3 → 3,8 ETP (+0,5), cible 3,8",
            "- Istres : 1,6 → 2,1 (+0,5)",
            "- arrivée : Lucie Mercier (lucie-mercier), Istres 0,5, cofinancé",
            "- départ : Nathalie Vidal (nathalie-vidal), était Port-Saint-Louis-du-Rhône 0,5, cofinancé",
            "- arrivée : Thomas Ollivier (thomas-ollivier), Port-Saint-Louis-du-Rhône 0,5, cofinancé",
        ]
    );
    let actions = section(text, "Fiches action");
    for line in [
        "- terminée : par-02-reseau-parentalite « Structurer le réseau parentalité (REAAP) du territoire » (parentalite)",
        "- terminée : pe-02-schema-petite-enfance « Élaborer le schéma pluriannuel de maintien et de développement de l'offre d'accueil du jeune enfant » (petite-enfance)",
        "- abandonnée : ej-03-conseil-intercommunal-jeunes « Créer un conseil intercommunal des jeunes » (enfance-jeunesse)",
        "- échéance déplacée : pe-01-guichet-unique « Mettre en place un guichet unique d'information des familles sur les modes d'accueil » (petite-enfance), 31/12/2026 → 30/06/2027 (+181 jours)",
        "- avancement : pe-01-guichet-unique « Mettre en place un guichet unique d'information des familles sur les modes d'accueil » (petite-enfance), 40\u{202f}% → 60\u{202f}%",
    ] {
        assert!(
            actions.iter().any(|a| a == line),
            "no {line:?} in {actions:#?}"
        );
    }
    assert_eq!(actions.len(), 15, "{actions:#?}");
    let meetings = section(text, "Réunions");
    assert_eq!(meetings.len(), 17);
    assert_eq!(
        meetings[0],
        "- tenue le 10/02/2026 : commission petite-enfance"
    );
    assert!(
        meetings
            .iter()
            .any(|m| m == "- tenue le 16/06/2026 : COPIL")
    );
    assert_eq!(
        meetings[16],
        "- prévue le 18/05/2027 : commission acces-aux-droits"
    );
    assert_eq!(
        section(text, "Commissions et COPIL"),
        [
            "- référent changé : enfance-jeunesse, karim-benali → lucie-mercier",
            "- référent changé : port-saint-louis, nathalie-vidal → thomas-ollivier",
        ]
    );
    assert_eq!(section(text, "Autres changements"), ["aucun changement"]);

    let md = changes(
        &dir,
        "fr",
        &["--since", "2025-12-01", "--format", "markdown"],
    );
    assert_eq!(md.code, 0, "{}", md.stderr);
    assert!(
        md.stdout.starts_with(&format!(
            "# Évolutions du 01/12/2025 au 29/11/2026\n\n## Versions comparées\n\n- du : 01/12/2025 (commit {first})\n"
        )),
        "{}",
        md.stdout
    );
    assert!(
        md.stdout
            .contains("\n## ETP cofinancés\n\n- 3,3 → 3,8 ETP (+0,5), cible 3,8\n")
    );
}

/// A git repository at `dir` holding the small sound CTG of
/// `ctg_core::analysis::codes::BASE` (`marie-dupont`, `petite-enfance`,
/// `pe-01`), committed on `day`; returns the commit's short id.
fn base_repo(dir: &Path, day: &str) -> String {
    git_repo_at(dir, dir);
    git_ok(dir, &["branch", "-M", "main"]);
    // `git_repo_at` commits today: the same files again, on `day`.
    git_on(
        dir,
        day,
        &["commit", "-q", "--amend", "--no-edit", "--reset-author"],
    );
    short(dir, "HEAD")
}

#[test]
fn a_file_moved_to_a_sub_folder_is_the_same_record() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let first = base_repo(dir, "2026-01-10");
    // In the work tree, not staged: an action moved into a sub-folder as it
    // is, and a commission moved and renamed.
    std::fs::create_dir_all(dir.join("actions/2026")).unwrap();
    std::fs::rename(
        dir.join("actions/pe-01.toml"),
        dir.join("actions/2026/pe-01.toml"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("commissions/thematiques")).unwrap();
    let text = std::fs::read_to_string(dir.join("commissions/petite-enfance.toml")).unwrap();
    std::fs::remove_file(dir.join("commissions/petite-enfance.toml")).unwrap();
    write(
        dir,
        "commissions/thematiques/petite-enfance.toml",
        &text.replace("\"Petite enfance\"", "\"Petite enfance et SPPE\""),
    );
    let expected = json!([
        {
            "kind": "commission",
            "id": "petite-enfance",
            "change": "modified",
            "file": "commissions/thematiques/petite-enfance.toml",
            "moved_from": "commissions/petite-enfance.toml",
            "fields": [{"key": "name", "from": "Petite enfance", "to": "Petite enfance et SPPE"}]
        },
        {
            "kind": "action",
            "id": "pe-01",
            "change": "modified",
            "file": "actions/2026/pe-01.toml",
            "moved_from": "actions/pe-01.toml",
            "fields": []
        }
    ]);
    let v = changes_json(dir, &["--since", "HEAD"]);
    assert_eq!(v["records"], expected);
    assert_eq!(v["actions"]["added"], json!([]));
    assert_eq!(v["actions"]["removed"], json!([]));
    assert_eq!(v["actions"]["started"], json!([]));
    assert_eq!(v["commissions"]["added"], json!([]));
    assert_eq!(v["commissions"]["removed"], json!([]));

    let run = changes(dir, "en", &["--since", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(section(&run.stdout, "Actions"), ["no change"]);
    assert_eq!(section(&run.stdout, "Commissions and COPIL"), ["no change"]);
    assert_eq!(
        section(&run.stdout, "Other changes"),
        [
            "- commission petite-enfance: file moved from commissions/petite-enfance.toml to commissions/thematiques/petite-enfance.toml",
            "- action pe-01: file moved from actions/pe-01.toml to actions/2026/pe-01.toml",
            "- commission petite-enfance: name \"Petite enfance\" → \"Petite enfance et SPPE\"",
        ]
    );
    let fr = changes(dir, "fr", &["--since", "HEAD"]);
    assert!(
        lines(&fr.stdout).contains(
            &"  - fiche action pe-01 : fichier déplacé de actions/pe-01.toml vers actions/2026/pe-01.toml"
        ),
        "{}",
        fr.stdout
    );

    // Committed (git sees renames), the two commits say the same.
    let second = commit_all(dir, "2026-02-10", "Rangement");
    let v = changes_json(dir, &["--since", &first, "--until", &second]);
    assert_eq!(v["records"], expected);
    // And the work tree, now as committed, has nothing new.
    let v = changes_json(dir, &["--since", "HEAD"]);
    assert_eq!(v["records"], json!([]));
}

#[test]
fn a_file_that_cannot_be_read_is_named_and_the_answer_still_printed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    for (path, text) in ctg_core::analysis::codes::BASE {
        write(dir, path, text);
    }
    // The first commit has an action that is not TOML.
    let good = std::fs::read_to_string(dir.join("actions/pe-01.toml")).unwrap();
    write(
        dir,
        "actions/pe-01.toml",
        "title = \"Guichet unique\nstatus = \n",
    );
    let first = commit_all(dir, "2026-01-10", "Brouillon");
    write(dir, "actions/pe-01.toml", &good);
    commit_all(dir, "2026-02-10", "Fiche réparée");
    // And the work tree breaks the commission.
    write(dir, "commissions/petite-enfance.toml", "name = [\n");

    let run = changes(dir, "en", &["--since", "HEAD~1", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let mut said: Vec<&str> = run.stderr.lines().collect();
    said.sort_unstable();
    let mut expected = [
        format!(
            "warning: {first}:actions/pe-01.toml left out (syntax); run `ctg check` for details"
        ),
        "warning: commissions/petite-enfance.toml left out (syntax); run `ctg check` for details"
            .to_owned(),
    ];
    expected.sort_unstable();
    assert_eq!(said, expected);
    let v = run.json();
    assert_eq!(v["from"]["commit"], json!(first));
    // The action is on both sides: neither added nor started, since what it
    // was could not be read; the commission is not removed.
    for list in ["added", "removed", "started", "completed"] {
        assert_eq!(v["actions"][list], json!([]), "actions.{list}");
    }
    assert_eq!(
        v["commissions"],
        json!({"added": [], "removed": [], "referent": []})
    );
    let kinds: Vec<(&Value, &Value)> = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (&r["id"], &r["change"]))
        .collect();
    assert_eq!(
        kinds,
        [
            (&json!("petite-enfance"), &json!("modified")),
            (&json!("pe-01"), &json!("modified"))
        ]
    );

    // The text answer too, with the same verdict.
    let text = changes(dir, "fr", &["--since", "HEAD~1"]);
    assert_eq!(text.code, 1);
    assert!(
        text.stdout
            .starts_with("Évolutions du 10/01/2026 au 29/11/2026\n"),
        "{}",
        text.stdout
    );
    assert_eq!(section(&text.stdout, "Fiches action"), ["aucun changement"]);
    assert!(
        text.stderr.contains(&format!(
            "attention : {first}:actions/pe-01.toml ignoré (syntax) ; `ctg check` donne le détail\n"
        )),
        "{}",
        text.stderr
    );
}

/// `officers/jean-martin.toml`: half time at Fos-sur-Mer from 2026-02-01.
const JEAN: &str = "name = \"Jean Martin\"\n\n[[assignment]]\ncommune = \"Fos-sur-Mer\"\nfte = 0.5\nstart = 2026-02-01\n";

#[test]
fn a_date_follows_the_first_parent_history() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let first = base_repo(dir, "2026-01-10");
    // A branch, with a commit on 2026-02-01, merged on 2026-03-01.
    git_ok(dir, &["checkout", "-q", "-b", "recrutement"]);
    write(dir, "officers/jean-martin.toml", JEAN);
    let branch = commit_all(dir, "2026-02-01", "Jean Martin");
    git_ok(dir, &["checkout", "-q", "main"]);
    git_on(
        dir,
        "2026-03-01",
        &["merge", "-q", "--no-ff", "-m", "Fusion", "recrutement"],
    );
    let merge = short(dir, "HEAD");
    assert_ne!(branch, first);

    // On 2026-02-15, the branch's commit is the newest of all, but main
    // still stood at its first commit.
    let v = changes_json(dir, &["--since", "2026-02-15"]);
    assert_eq!(
        v["from"],
        json!({"rev": "2026-02-15", "commit": first, "date": "2026-02-15"})
    );
    assert_eq!(v["officers"]["joined"], json!(["jean-martin"]));
    assert_eq!(v["records"][0]["id"], "jean-martin");
    assert_eq!(v["records"][0]["change"], "added");
    // The merge counts from its own day.
    let v = changes_json(dir, &["--since", "2026-03-01"]);
    assert_eq!(v["from"]["commit"], json!(merge));
    assert_eq!(v["records"], json!([]));
}

/// `actions/pe-02.toml` of the small repository.
const PE_02: &str = "title = \"Crèche\"\ncommission = \"petite-enfance\"\nstatus = \"in-progress\"\ndue = 2027-06-30\n";

/// Writes `bytes` at the path `relative` (bytes, not text) under `dir`.
#[cfg(unix)]
fn write_bytes_path(dir: &Path, relative: &[u8], text: &str) {
    use std::os::unix::ffi::OsStrExt;
    let path = dir.join(std::ffi::OsStr::from_bytes(relative));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_neither_panic_nor_make_changes_up() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    base_repo(dir, "2026-01-10");
    // A file whose name is Latin-1 (skipped, as `ctg check` says), and a
    // record in a folder whose name is Latin-1 (read, as `ctg check` does).
    write_bytes_path(dir, b"actions/caf\xe9.toml", PE_02);
    write_bytes_path(dir, b"actions/caf\xe9/pe-02.toml", PE_02);
    let first = commit_all(dir, "2026-02-10", "Noms Latin-1");

    let check = |args: &[&str]| {
        let run = ctg_in(dir, "en", &[&["check", "--format", "short"], args].concat());
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
    };
    let said = "actions/caf\u{FFFD}.toml:1:1: warning[skipped-file]: file name is not valid UTF-8; it was not read\n";
    assert_eq!(check(&[]), said);
    assert_eq!(check(&["--staged"]), said);

    // A file that cannot be read is named, as every unread record file
    // is (exit 1), and its record is called neither added nor removed.
    let skipped = |args: &[&str]| {
        let run = changes(dir, "en", &[args, &["--format", "json"]].concat());
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stderr
                .lines()
                .all(|line| line.ends_with("left out (skipped-file); run `ctg check` for details")),
            "{}",
            run.stderr
        );
        run.json()
    };
    // The commit and the work tree are the same: nothing moved.
    let v = skipped(&["--since", "HEAD"]);
    assert_eq!(v["records"], json!([]));
    assert_eq!(v["actions"]["added"], json!([]));
    // From the commit before, the record in the Latin-1 folder is new.
    let v = skipped(&["--since", "HEAD~1"]);
    assert_eq!(v["actions"]["added"], json!(["pe-02"]));
    assert_eq!(v["records"][0]["file"], "actions/caf\u{FFFD}/pe-02.toml");
    assert_eq!(v["records"].as_array().unwrap().len(), 1);

    // Done in the work tree, and another Latin-1 name: still no panic.
    write_bytes_path(
        dir,
        b"actions/caf\xe9/pe-02.toml",
        &(PE_02.replace("in-progress", "done") + "completed = 2026-03-01\n"),
    );
    write_bytes_path(dir, b"actions/d\xe9j\xe0.toml", PE_02);
    let run = changes(dir, "en", &["--since", &first]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        section(&run.stdout, "Actions"),
        ["- completed: pe-02 \"Crèche\" (petite-enfance)"]
    );
    let v = skipped(&["--since", &first]);
    assert_eq!(
        v["records"],
        json!([{
            "kind": "action",
            "id": "pe-02",
            "change": "modified",
            "file": "actions/caf\u{FFFD}/pe-02.toml",
            "fields": [
                {"key": "completed", "from": null, "to": "2026-03-01"},
                {"key": "status", "from": "in-progress", "to": "done"}
            ]
        }])
    );
}

#[test]
fn until_a_tag_and_since_head_1() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let first = base_repo(dir, "2026-01-10");
    git_ok(dir, &["tag", "v1"]);
    write(dir, "officers/jean-martin.toml", JEAN);
    let second = commit_all(dir, "2026-02-10", "Jean Martin");
    // An annotated tag names its tag object: the commit behind it counts.
    git_on(dir, "2026-02-10", &["tag", "-a", "v2", "-m", "Version 2"]);
    let done = std::fs::read_to_string(dir.join("actions/pe-01.toml"))
        .unwrap()
        .replace("in-progress", "done")
        + "completed = 2026-03-05\n";
    write(dir, "actions/pe-01.toml", &done);
    commit_all(dir, "2026-03-10", "Guichet unique terminé");
    // Not committed: the commission changes referent.
    let commission = std::fs::read_to_string(dir.join("commissions/petite-enfance.toml")).unwrap();
    write(
        dir,
        "commissions/petite-enfance.toml",
        &commission.replace("marie-dupont", "jean-martin"),
    );

    let v = changes_json(dir, &["--since", "v1", "--until", "v2"]);
    assert_eq!(
        v["from"],
        json!({"rev": "v1", "commit": first, "date": "2026-01-10"})
    );
    assert_eq!(
        v["to"],
        json!({"rev": "v2", "commit": second, "date": "2026-02-10"})
    );
    assert_eq!(
        v["fte"],
        json!({
            "complete": true,
            "target": 0.5,
            "from": 0.5,
            "to": 1.0,
            "communes": [{"commune": "Fos-sur-Mer", "from": 0.0, "to": 0.5}]
        })
    );
    assert_eq!(v["officers"]["joined"], json!(["jean-martin"]));
    // Neither the later commit nor the work tree counts.
    assert_eq!(v["actions"]["completed"], json!([]));
    assert_eq!(v["commissions"]["referent"], json!([]));
    let ids: Vec<&Value> = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["id"])
        .collect();
    assert_eq!(ids, [&json!("jean-martin")]);
    let run = changes(dir, "en", &["--since", "v1", "--until", "v2"]);
    assert_eq!(
        lines(&run.stdout)[0],
        "Changes from 2026-01-10 to 2026-02-10"
    );
    assert_eq!(
        section(&run.stdout, "Versions compared"),
        [
            format!("- from: v1 (commit {first}, 2026-01-10)").as_str(),
            &format!("- to: v2 (commit {second}, 2026-02-10)"),
        ]
    );
    assert_eq!(
        section(&run.stdout, "Cofunded FTE"),
        [
            "- 0.5 → 1.0 FTE (+0.5), target 0.5",
            "- Fos-sur-Mer: 0.0 → 0.5 (+0.5)",
            "- joined: Jean Martin (jean-martin), Fos-sur-Mer 0.5, cofunded",
        ]
    );

    // From the commit before the last one to the work tree.
    let v = changes_json(dir, &["--since", "HEAD~1"]);
    assert_eq!(
        v["from"],
        json!({"rev": "HEAD~1", "commit": second, "date": "2026-02-10"})
    );
    assert_eq!(v["to"], json!({"rev": null, "commit": null, "date": AT}));
    assert_eq!(v["actions"]["completed"], json!(["pe-01"]));
    assert_eq!(
        v["commissions"]["referent"],
        json!([{"id": "petite-enfance", "from": "marie-dupont", "to": "jean-martin"}])
    );
    assert_eq!(v["officers"]["joined"], json!([]));
    // A commit named by its id is said as such.
    let run = changes(dir, "en", &["--since", &first]);
    assert_eq!(
        section(&run.stdout, "Versions compared"),
        [
            format!("- from: commit {first} (2026-01-10)").as_str(),
            "- to: the files as they are now (2026-11-29)",
        ]
    );
}

#[test]
fn a_record_added_has_every_field_from_null_and_one_removed_every_field_to_null() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    base_repo(dir, "2026-01-10");
    write(
        dir,
        "officers/jean-martin.toml",
        "name = \"Jean Martin\"\nmissions = [\"network\"]\n\n\
         [[assignment]]\ncommune = \"Istres\"\nfte = 0.3\nstart = 2025-06-01\nend = 2026-01-31\n\n\
         [[assignment]]\ncommune = \"Fos-sur-Mer\"\nfte = 0.5\nstart = 2026-02-01\n",
    );
    std::fs::remove_file(dir.join("actions/pe-01.toml")).unwrap();
    let v = changes_json(dir, &["--since", "HEAD"]);
    assert_eq!(
        v["records"],
        json!([
            {
                "kind": "officer",
                "id": "jean-martin",
                "change": "added",
                "file": "officers/jean-martin.toml",
                "fields": [
                    {"key": "assignment[0].commune", "from": null, "to": "Istres"},
                    {"key": "assignment[0].end", "from": null, "to": "2026-01-31"},
                    {"key": "assignment[0].fte", "from": null, "to": 0.3},
                    {"key": "assignment[0].start", "from": null, "to": "2025-06-01"},
                    {"key": "assignment[1].commune", "from": null, "to": "Fos-sur-Mer"},
                    {"key": "assignment[1].fte", "from": null, "to": 0.5},
                    {"key": "assignment[1].start", "from": null, "to": "2026-02-01"},
                    {"key": "missions", "from": null, "to": ["network"]},
                    {"key": "name", "from": null, "to": "Jean Martin"}
                ]
            },
            {
                "kind": "action",
                "id": "pe-01",
                "change": "removed",
                "file": "actions/pe-01.toml",
                "fields": [
                    {"key": "commission", "from": "petite-enfance", "to": null},
                    {"key": "due", "from": "2027-06-30", "to": null},
                    {"key": "status", "from": "in-progress", "to": null},
                    {"key": "title", "from": "Guichet unique", "to": null}
                ]
            }
        ])
    );
    // Today Jean Martin is at Fos-sur-Mer (his Istres post ended).
    assert_eq!(v["officers"]["joined"], json!(["jean-martin"]));
    assert_eq!(v["actions"]["removed"], json!(["pe-01"]));
    let run = changes(dir, "en", &["--since", "HEAD"]);
    assert!(
        section(&run.stdout, "Cofunded FTE")
            .iter()
            .any(|l| l == "- joined: Jean Martin (jean-martin), Fos-sur-Mer 0.5, cofunded"),
        "{}",
        run.stdout
    );
    assert_eq!(
        section(&run.stdout, "Actions"),
        ["- removed: pe-01 \"Guichet unique\" (petite-enfance)"]
    );
}

/// A refusal: exit status 2, nothing on stdout, the reason and a help line
/// on stderr.
fn refused(run: &Run) -> [&str; 2] {
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(run.stdout, "", "{run:?}");
    let said: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(said.len(), 2, "{run:?}");
    [said[0], said[1]]
}

#[test]
fn refusals_say_why_in_one_line() {
    let tmp = tempfile::tempdir().unwrap();

    // Outside git.
    let plain = tmp.path().join("plain");
    for (path, text) in ctg_core::analysis::codes::BASE {
        write(&plain, path, text);
    }
    let run = changes(&plain, "en", &[]);
    let [why, help] = refused(&run);
    assert!(why.starts_with("error: not in a git repository: "), "{why}");
    assert_eq!(
        help,
        "  help: run `git init` in the repository's folder first (git must be installed)"
    );
    let run = changes(&plain, "fr", &["--since", "2026-01-01"]);
    let [why, help] = refused(&run);
    assert!(
        why.starts_with("erreur : pas dans un dépôt git : "),
        "{why}"
    );
    assert_eq!(
        help,
        "  aide : lancez d'abord `git init` dans le dossier du dépôt (git doit être installé)"
    );

    // No commit yet.
    let empty = tmp.path().join("empty");
    init(&empty);
    for (path, text) in ctg_core::analysis::codes::BASE {
        write(&empty, path, text);
    }
    let no_commit = [
        "error: the repository has no commit yet: there is no history to compare",
        "  help: commit the records first: `git add . && git commit`",
    ];
    assert_eq!(refused(&changes(&empty, "en", &[])), no_commit);
    assert_eq!(
        refused(&changes(&empty, "en", &["--since", "2026-01-01"])),
        no_commit
    );
    assert_eq!(
        refused(&changes(&empty, "fr", &["--since", "2026-01-01"])),
        [
            "erreur : le dépôt n'a encore aucun commit : il n'y a pas d'historique à comparer",
            "  aide : validez d'abord les fiches : `git add . && git commit`",
        ]
    );

    // An unknown revision.
    let repo = tmp.path().join("repo");
    base_repo(&repo, "2026-01-10");
    assert_eq!(
        refused(&changes(&repo, "en", &["--since", "v9"])),
        [
            "error: git knows no commit named `v9`",
            "  help: give a tag, a branch, a commit id, `HEAD~3`, a date YYYY-MM-DD or `copil`; `git log --oneline` lists the commits",
        ]
    );
    assert_eq!(
        refused(&changes(
            &repo,
            "fr",
            &["--since", "HEAD", "--until", "HEAD~1"]
        ))[0],
        "erreur : git ne connaît aucun commit nommé `HEAD~1`"
    );

    // A date before the first commit.
    assert_eq!(
        refused(&changes(&repo, "en", &["--since", "2025-12-31"])),
        [
            "error: 2025-12-31 is before the first commit, made on 2026-01-10: there is no version of the records to compare",
            "  help: give a date from 2026-01-10 on",
        ]
    );
    assert_eq!(
        refused(&changes(&repo, "fr", &["--since", "2025-12-31"])),
        [
            "erreur : le 31/12/2025 est avant le premier commit, fait le 10/01/2026 : aucune version des fiches n'est à comparer",
            "  aide : indiquez une date à partir du 10/01/2026",
        ]
    );

    // `--since copil` without a COPIL held by then (the work tree's
    // copil.toml has its meetings planned only).
    let copil = std::fs::read_to_string(repo.join("copil.toml")).unwrap();
    let planned = copil.replace(
        "date = 2026-03-10\n",
        "date = 2026-03-10\nstatus = \"planned\"\n",
    );
    let planned = planned.replace(
        "date = 2025-03-18\n",
        "date = 2025-03-18\nstatus = \"cancelled\"\n",
    );
    write(&repo, "copil.toml", &planned);
    let no_copil = [
        "error: copil.toml records no COPIL meeting held on or before 2026-11-29, so `--since copil` names no date",
        "  help: record the last COPIL with `status = \"held\"` in copil.toml, or give `--since` a date or a revision",
    ];
    assert_eq!(refused(&changes(&repo, "en", &[])), no_copil);
    assert_eq!(
        refused(&changes(&repo, "en", &["--since", "copil"])),
        no_copil
    );
    assert_eq!(
        refused(&changes(&repo, "fr", &["--since", "copil"])),
        [
            "erreur : copil.toml n'indique aucune réunion du COPIL tenue au plus tard le 29/11/2026, donc `--since copil` ne désigne aucune date",
            "  aide : indiquez le dernier COPIL avec `status = \"held\"` dans copil.toml, ou donnez à `--since` une date ou une révision",
        ]
    );
    // Even with `--until` a commit whose copil.toml had them held.
    assert_eq!(
        refused(&changes(&repo, "en", &["--until", "HEAD"])),
        no_copil
    );
}

#[test]
fn a_shallow_clone_says_to_fetch_the_history() {
    let tmp = tempfile::tempdir().unwrap();
    let origin = tmp.path().join("origin");
    let commits = replay_year(&origin);
    let url = format!("file://{}", origin.display());
    git_ok(
        tmp.path(),
        &["clone", "-q", "--depth", "1", &url, "shallow"],
    );
    let shallow = tmp.path().join("shallow");
    let old = {
        let out = git(&origin, &["rev-parse", "HEAD~3"]);
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    let unshallow = "  help: this clone is shallow and lacks the older history: fetch it with `git fetch --unshallow`";
    assert_eq!(
        refused(&changes(&shallow, "en", &["--since", &old])),
        [
            format!("error: git knows no commit named `{old}`").as_str(),
            unshallow
        ]
    );
    assert_eq!(
        refused(&changes(&shallow, "en", &["--since", "HEAD~1"])),
        ["error: git knows no commit named `HEAD~1`", unshallow]
    );
    // The last COPIL, 2026-06-16, is before the one commit the clone has.
    assert_eq!(
        refused(&changes(&shallow, "fr", &[])),
        [
            "erreur : le 16/06/2026 est avant le premier commit, fait le 18/11/2026 : aucune version des fiches n'est à comparer",
            "  aide : ce clone est superficiel (shallow) et n'a pas l'historique ancien : récupérez-le avec `git fetch --unshallow`",
        ]
    );
    // What it has, it compares.
    let v = changes_json(&shallow, &["--since", "2026-11-18"]);
    assert_eq!(v["from"]["commit"], json!(commits[6].1));
    assert_eq!(v["records"], json!([]));
}

/// `ctg --dir DIR --at AT --color never --lang LANG ARGS` on another day.
fn ctg_at(dir: &Path, at: &str, lang: &str, args: &[&str]) -> Run {
    Run::of(
        ctg()
            .arg("--dir")
            .arg(dir)
            .args(["--at", at, "--color", "never", "--lang", lang])
            .args(args),
    )
}

#[test]
fn since_defaults_to_the_last_copil_held() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ctg");
    let commits = replay_year(&dir);
    // The last COPIL held by 2026-11-29 is that of 2026-06-16 (the one of
    // 2027-03-11 is planned): the version is the last commit on or before
    // it, that of 2026-04-08.
    assert_eq!(commits[3].0, "2026-04-08");
    let v = changes_json(&dir, &[]);
    assert_eq!(
        v["from"],
        json!({"rev": "copil", "commit": commits[3].1, "date": "2026-06-16"})
    );
    assert_eq!(changes_json(&dir, &["--since", "copil"]), v);
    // Meetings held after the COPIL, not the COPIL itself.
    let held: Vec<&Value> = v["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["status"] == "held")
        .collect();
    assert_eq!(
        held,
        [
            &json!({"date": "2026-09-22", "body": "enfance-jeunesse", "status": "held"}),
            &json!({"date": "2026-09-29", "body": "port-saint-louis", "status": "held"}),
            &json!({"date": "2026-10-13", "body": "petite-enfance", "status": "held"}),
            &json!({"date": "2026-11-17", "body": "acces-aux-droits", "status": "held"}),
        ]
    );
    assert_eq!(v["actions"]["completed"], json!(["ej-02-plan-mercredi"]));
    let run = changes(&dir, "en", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        lines(&run.stdout)[0],
        "Changes from 2026-06-16 to 2026-11-29"
    );
    assert_eq!(
        section(&run.stdout, "Versions compared")[0],
        format!("- from: the COPIL of 2026-06-16 (commit {})", commits[3].1)
    );
    let fr = changes(&dir, "fr", &[]);
    assert_eq!(
        section(&fr.stdout, "Versions comparées")[0],
        format!("- du : le COPIL du 16/06/2026 (commit {})", commits[3].1)
    );
    // Read on 2026-06-15, the last COPIL held was that of 2025-11-20,
    // before the first commit.
    let run = ctg_at(&dir, "2026-06-15", "en", &["changes"]);
    assert_eq!(
        refused(&run),
        [
            "error: 2025-11-20 is before the first commit, made on 2025-12-01: there is no version of the records to compare",
            "  help: give a date from 2025-12-01 on",
        ]
    );
}

#[test]
fn status_says_what_moved_since_the_copil() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ctg");
    let commits = replay_year(&dir);

    let run = ctg_in(&dir, "en", &["status"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let l = lines(&run.stdout);
    assert_eq!(
        l[0],
        "CTG Golfe et des étangs: 2025-01-01 to 2029-12-31, year 2 of 5 (on 2026-11-29)"
    );
    assert_eq!(
        l[1..3],
        [
            "Since the COPIL of 2026-06-16: 1 action completed, 1 action started, 1 action blocked, 1 action",
            "abandoned, 1 action added, 4 meetings held",
        ]
    );
    let run = ctg_in(&dir, "fr", &["status"]);
    let l = lines(&run.stdout);
    assert_eq!(
        l[1..3],
        [
            "Depuis le COPIL du 16/06/2026 : 1 fiche action terminée, 1 fiche action commencée, 1 fiche action",
            "bloquée, 1 fiche action abandonnée, 1 fiche action ajoutée, 4 réunions tenues",
        ]
    );
    let run = ctg_in(&dir, "en", &["status", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let status = run.json();
    let since = &status["since_copil"];
    assert_eq!(
        since["from"],
        json!({"rev": "copil", "commit": commits[3].1, "date": "2026-06-16"})
    );
    assert_eq!(
        since["to"],
        json!({"rev": null, "commit": null, "date": AT})
    );
    // The same answer as `ctg changes`.
    assert_eq!(since, &changes_json(&dir, &[]));

    // Without a commit on or before the last COPIL: no line, null.
    let run = ctg_at(&dir, "2026-06-15", "en", &["status"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("Since the COPIL"), "{}", run.stdout);
    let run = ctg_at(&dir, "2026-06-15", "en", &["status", "--format", "json"]);
    assert_eq!(run.json()["since_copil"], Value::Null);

    // Outside git: the same files, no line, null.
    let plain = crate::support::Repo::data_copy();
    let run = ctg_in(plain.path(), "en", &["status"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let l = lines(&run.stdout);
    assert_eq!(
        l[0],
        "CTG Golfe et des étangs: 2025-01-01 to 2029-12-31, year 2 of 5 (on 2026-11-29)"
    );
    assert!(!run.stdout.contains("Since the COPIL"), "{}", run.stdout);
    let run = ctg_in(plain.path(), "fr", &["status"]);
    assert!(!run.stdout.contains("Depuis le COPIL"), "{}", run.stdout);
    let run = ctg_in(plain.path(), "en", &["status", "--format", "json"]);
    let status = run.json();
    assert!(status.as_object().unwrap().contains_key("since_copil"));
    assert_eq!(status["since_copil"], Value::Null);
}

#[test]
fn the_report_has_a_section_since_the_copil() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ctg");
    replay_year(&dir);
    let md = |dir: &Path, lang: &str| {
        let run = ctg_in(dir, lang, &["report", "--format", "markdown"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
    };
    let en = md(&dir, "en");
    let start = en
        .find("\n## Since the COPIL of 16 June 2026\n")
        .expect(&en);
    let end = start + 1 + en[start + 1..].find("\n## ").unwrap();
    assert_eq!(
        lines(&en[start + 1..end])[..8],
        [
            "## Since the COPIL of 16 June 2026",
            "",
            "**1 action completed, 1 action started, 1 action blocked, 1 action abandoned, 1 action added, 4 meetings held.**",
            "",
            "### Cofunded FTE",
            "",
            "- 3.8 FTE, unchanged, target 3.8",
            "",
        ]
    );
    assert!(en[start..end].contains("\n- held on 2026-11-17: commission acces-aux-droits\n"));
    assert!(!en.contains("Since the last COPIL"));
    let fr = md(&dir, "fr");
    assert!(
        fr.contains("\n## Depuis le COPIL du 16 juin 2026\n"),
        "{fr}"
    );
    assert!(fr.contains("\n- tenue le 17/11/2026\u{a0}: commission acces-aux-droits\n"));
    let html = ctg_in(&dir, "fr", &["report"]).stdout;
    assert!(html.contains("<h2>Depuis le COPIL du 16 juin 2026</h2>"));

    // A past year's report has no such section: it runs up to today.
    let past = ctg_in(
        &dir,
        "en",
        &["report", "--year", "2025", "--format", "markdown"],
    )
    .stdout;
    assert!(!past.contains("Since the"), "{past}");

    // Outside git: the section is left out, not explained in words of git
    // to the COPIL's elected members.
    let plain = crate::support::Repo::data_copy();
    let en = md(plain.path(), "en");
    assert!(!en.contains("Since the"), "{en}");
    assert!(!en.contains("git"), "{en}");
    assert!(en.contains("\n## The convention\n\n"));
    let fr = md(plain.path(), "fr");
    assert!(!fr.contains("Depuis le"), "{fr}");
    assert!(!fr.contains("dépôt"), "{fr}");
}

/// Every file and folder under `dir`, `.git` included, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                folders.push(path.clone());
                out.insert(path, None);
            } else if kind.is_symlink() {
                out.insert(
                    path.clone(),
                    Some(
                        std::fs::read_link(&path)
                            .unwrap()
                            .into_os_string()
                            .into_encoded_bytes(),
                    ),
                );
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.insert(path, Some(bytes));
            }
        }
    }
    out
}

#[test]
fn changes_write_nothing_in_the_repository_nor_in_tmpdir() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ctg");
    replay_year(&dir);
    // Uncommitted edits, one staged and one not, and a new file: the
    // reading takes every path (work tree, index, git's store).
    let pe = dir.join("actions/pe-01-guichet-unique.toml");
    let text = std::fs::read_to_string(&pe).unwrap();
    std::fs::write(&pe, text.replace("progress = 60", "progress = 70")).unwrap();
    let ej = dir.join("commissions/enfance-jeunesse.toml");
    std::fs::write(&ej, std::fs::read_to_string(&ej).unwrap() + "\n# Relu.\n").unwrap();
    git_ok(&dir, &["add", "commissions/enfance-jeunesse.toml"]);
    write(&dir, "officers/jean-martin.toml", JEAN);
    // git refreshes its index on its first look: let it, before the snapshot.
    git_ok(&dir, &["status", "--short"]);
    let empty_tmp = tempfile::tempdir().unwrap();
    let before = snapshot(&dir);
    for args in [
        &["changes"][..],
        &["changes", "--since", "2025-12-01", "--format", "json"],
        &[
            "changes", "--since", "HEAD~5", "--until", "HEAD~1", "--format", "markdown",
        ],
        &["status"],
        &["report", "--format", "markdown"],
    ] {
        let run = Run::of(
            ctg()
                .env("TMPDIR", empty_tmp.path())
                .arg("--dir")
                .arg(&dir)
                .args(["--at", AT, "--color", "never", "--lang", "en"])
                .args(args),
        );
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(!run.stdout.is_empty());
        assert_eq!(snapshot(&dir), before, "{args:?} changed the repository");
        assert_eq!(
            std::fs::read_dir(empty_tmp.path()).unwrap().count(),
            0,
            "{args:?} wrote in TMPDIR"
        );
    }
    // The edits were seen.
    let v = changes_json(&dir, &["--since", "HEAD"]);
    assert_eq!(
        v["actions"]["progress"],
        json!([{"id": "pe-01-guichet-unique", "from": 60, "to": 70}])
    );
    assert_eq!(v["officers"]["joined"], json!(["jean-martin"]));
}

#[test]
fn meetings_held_between_the_two_dates_and_newly_planned() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    git_repo_at(dir, dir);
    // The COPIL plans a meeting for 2026-12-01 already in the first version.
    let copil = std::fs::read_to_string(dir.join("copil.toml")).unwrap();
    let copil = copil.replace(
        "date = 2026-03-10\n",
        "date = 2026-03-10\n\n[[copil.meeting]]\ndate = 2026-12-01\nstatus = \"planned\"\n",
    );
    write(dir, "copil.toml", &copil);
    git_ok(dir, &["add", "-A"]);
    git_on(
        dir,
        "2026-01-10",
        &["commit", "-q", "--amend", "--no-edit", "--reset-author"],
    );
    // Since then: the commission's meetings, one before the date asked,
    // one between, one cancelled, one planned; and the COPIL's next.
    let commission = std::fs::read_to_string(dir.join("commissions/petite-enfance.toml")).unwrap();
    write(
        dir,
        "commissions/petite-enfance.toml",
        &(commission
            + "\n[[meeting]]\ndate = 2026-01-12\nstatus = \"held\"\n\
               \n[[meeting]]\ndate = 2026-02-05\nstatus = \"held\"\n\
               \n[[meeting]]\ndate = 2026-10-01\nstatus = \"cancelled\"\n\
               \n[[meeting]]\ndate = 2026-12-15\nstatus = \"planned\"\n"),
    );
    write(
        dir,
        "copil.toml",
        &(copil + "\n[[copil.meeting]]\ndate = 2027-03-01\nstatus = \"planned\"\n"),
    );

    let v = changes_json(dir, &["--since", "2026-01-15"]);
    assert_eq!(v["from"]["date"], "2026-01-15");
    assert_eq!(
        v["meetings"],
        json!([
            {"date": "2026-02-05", "body": "petite-enfance", "status": "held"},
            {"date": "2026-03-10", "body": "copil", "status": "held"},
            {"date": "2026-12-15", "body": "petite-enfance", "status": "planned"},
            {"date": "2027-03-01", "body": "copil", "status": "planned"}
        ])
    );
    let en = changes(dir, "en", &["--since", "2026-01-15"]);
    assert_eq!(
        section(&en.stdout, "Meetings"),
        [
            "- held on 2026-02-05: commission petite-enfance",
            "- held on 2026-03-10: COPIL",
            "- planned for 2026-12-15: commission petite-enfance",
            "- planned for 2027-03-01: COPIL",
        ]
    );
    let fr = changes(dir, "fr", &["--since", "2026-01-15"]);
    assert_eq!(
        section(&fr.stdout, "Réunions"),
        [
            "- tenue le 05/02/2026 : commission petite-enfance",
            "- tenue le 10/03/2026 : COPIL",
            "- prévue le 15/12/2026 : commission petite-enfance",
            "- prévue le 01/03/2027 : COPIL",
        ]
    );
    // Said in no other section: the meetings are theirs.
    assert_eq!(section(&en.stdout, "Other changes"), ["no change"]);
}

/// An officer file that one side cannot read takes its FTE out of that
/// side's figures: the move is then said to be incomplete, and the status
/// line does not claim it.
#[test]
fn an_unreadable_officer_makes_the_fte_move_incomplete() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    for (path, text) in ctg_core::analysis::codes::BASE {
        write(dir, path, text);
    }
    let good = std::fs::read_to_string(dir.join("officers/marie-dupont.toml")).unwrap();
    write(dir, "officers/marie-dupont.toml", "name = \"Marie\n");
    commit_all(dir, "2026-01-10", "Brouillon");
    write(dir, "officers/marie-dupont.toml", &good);

    let run = changes(dir, "en", &["--since", "HEAD", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let v = run.json();
    assert_eq!(v["fte"]["complete"], json!(false));
    // No officer is said to have joined: what she was could not be read.
    assert_eq!(v["officers"]["joined"], json!([]));
    let text = changes(dir, "en", &["--since", "HEAD"]);
    assert_eq!(text.code, 1);
    let fte = section(&text.stdout, "Cofunded FTE");
    assert!(
        fte.iter().any(|l| l
            == "- incomplete: an officer file could not be read (named on stderr), so its FTE is missing from these figures"),
        "{fte:?}"
    );
}

/// The README shows `ctg changes` on the replayed year: the block after the
/// prompt `ctg-golfe$ ctg …` must be what `ctg` prints there today (the
/// README's other examples run in the project's own folder, whose history
/// is the code's, not a CTG's).
#[test]
fn the_readme_shows_changes_on_the_replayed_year() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let mut lines = readme.lines();
    let command = lines
        .by_ref()
        .find_map(|line| line.strip_prefix("ctg-golfe$ ctg "))
        .expect("the README shows `ctg-golfe$ ctg … changes`");
    let shown: String = lines
        .take_while(|line| *line != "```")
        .map(|line| format!("{line}\n"))
        .collect();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ctg-golfe");
    replay_year(&dir);
    let out = ctg()
        .current_dir(&dir)
        .env("NO_COLOR", "1")
        .args(command.split_whitespace())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), shown);
}

/// `--until REV` reads that commit, not the work tree: a file edited since
/// (and one deleted) is read from git's store as the commit has it.
#[test]
fn until_a_revision_ignores_later_edits_of_the_work_tree() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    for (path, text) in ctg_core::analysis::codes::BASE {
        write(dir, path, text);
    }
    commit_all(dir, "2026-01-10", "v1");
    git_ok(dir, &["tag", "v1"]);
    let action = std::fs::read_to_string(dir.join("actions/pe-01.toml")).unwrap();
    let done = action.replace(
        "status = \"in-progress\"",
        "status = \"done\"\ncompleted = 2026-02-01",
    );
    assert_ne!(done, action, "the base action is in progress");
    write(dir, "actions/pe-01.toml", &done);
    commit_all(dir, "2026-02-10", "v2");
    git_ok(dir, &["tag", "v2"]);
    // Since v2: the action is broken in the work tree, the officer gone.
    write(dir, "actions/pe-01.toml", "status = [\n");
    std::fs::remove_file(dir.join("officers/marie-dupont.toml")).unwrap();

    let v = changes_json(dir, &["--since", "v1", "--until", "v2"]);
    assert_eq!(v["actions"]["completed"], json!(["pe-01"]));
    assert_eq!(v["officers"]["left"], json!([]));
    assert_eq!(v["to"]["date"], json!("2026-02-10"));
}

// ---------------------------------------------------------------------------
// Regressions found in review: each test below failed before its fix.
// ---------------------------------------------------------------------------

/// Copies the real CTG of `data/` into `dir`.
fn copy_data(dir: &Path) {
    let data = data();
    for entry in walkdir::WalkDir::new(&data) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let target = dir.join(entry.path().strip_prefix(&data).unwrap());
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A git repository at `dir` holding a copy of the real CTG of `data/`,
/// committed on `day` with `message`; returns the commit's short id.
fn data_repo(dir: &Path, day: &str, message: &str) -> String {
    init(dir);
    copy_data(dir);
    commit_all(dir, day, message)
}

/// Replaces the one occurrence of `from` by `to` in `relative` under `dir`.
fn replace_once(dir: &Path, relative: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(dir.join(relative)).unwrap();
    assert_eq!(text.matches(from).count(), 1, "`{from}` once in {relative}");
    write(dir, relative, &text.replacen(from, to, 1));
}

/// With `core.autocrlf=true`, git checks the files out with CRLF line ends:
/// a multi-line string then holds `\r\n` in the work tree and `\n` in the
/// commit. The work tree, as committed, has nothing new.
#[test]
fn a_crlf_work_tree_compares_as_its_commit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    for (path, text) in ctg_core::analysis::codes::BASE {
        write(dir, path, text);
    }
    let action = std::fs::read_to_string(dir.join("actions/pe-01.toml")).unwrap();
    write(
        dir,
        "actions/pe-01.toml",
        &format!("{action}objective = \"\"\"\nline one\nline two\n\"\"\"\n"),
    );
    commit_all(dir, "2026-01-10", "Objectif sur deux lignes");
    git_ok(dir, &["config", "core.autocrlf", "true"]);
    git_ok(dir, &["rm", "-q", "--cached", "-r", "."]);
    git_ok(dir, &["reset", "-q", "--hard"]);
    let checked_out = std::fs::read(dir.join("actions/pe-01.toml")).unwrap();
    assert!(
        checked_out.windows(2).any(|w| w == b"\r\n"),
        "git wrote CRLF line ends"
    );

    let v = changes_json(dir, &["--since", "HEAD"]);
    assert_eq!(v["records"], json!([]));
    let run = changes(dir, "en", &["--since", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(section(&run.stdout, "Other changes"), ["no change"]);
}

/// An id claimed twice in the older commit: the second file is left out
/// (and named), not counted twice in the FTE of that side.
#[test]
fn a_duplicate_id_in_the_older_commit_is_left_out_not_counted_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    data_repo(dir, "2026-01-10", "CTG");
    let officer = std::fs::read_to_string(dir.join("officers/amelie-roux.toml")).unwrap();
    write(dir, "officers/x/amelie-roux.toml", &officer);
    let dup = commit_all(dir, "2026-01-11", "Doublon");
    // What `ctg fte` says at that commit, on its day.
    let fte = ctg_at(dir, "2026-01-11", "en", &["fte", "--format", "json"]);
    let total = fte.json()["total"].clone();
    assert_eq!(total, json!(3.8));
    git_ok(dir, &["rm", "-q", "officers/x/amelie-roux.toml"]);

    let run = changes(dir, "en", &["--since", "HEAD", "--format", "json"]);
    let v = run.json();
    assert_eq!(v["from"]["commit"], json!(dup));
    assert_eq!(v["from"]["date"], json!("2026-01-11"));
    assert_eq!(v["fte"]["from"], total, "{}", run.stderr);
    assert_eq!(
        lines(&run.stderr),
        [format!(
            "warning: {dup}:officers/x/amelie-roux.toml left out (duplicate-id); run `ctg check` for details"
        )]
    );
    // A file left out makes the answer partial: exit 1.
    assert_eq!(run.code, 1);
    assert_eq!(v["records"], json!([]));

    // The same once the removal is committed.
    commit_all(dir, "2026-01-12", "Doublon retiré");
    let run = changes(dir, "en", &["--since", "HEAD~1", "--format", "json"]);
    assert_eq!(
        lines(&run.stderr),
        [format!(
            "warning: {dup}:officers/x/amelie-roux.toml left out (duplicate-id); run `ctg check` for details"
        )]
    );
    let v = run.json();
    assert_eq!(v["fte"]["from"], total);
    assert_eq!(v["records"], json!([]));
}

/// A link to a link, and an absolute link to a file inside the root, read
/// the same from the commit and from the work tree.
#[cfg(unix)]
#[test]
fn links_through_links_and_absolute_links_inside_the_root_are_unchanged() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    data_repo(dir, "2026-01-10", "CTG");
    symlink("amelie-roux.toml", dir.join("officers/link-in.toml")).unwrap();
    symlink("link-in.toml", dir.join("officers/link-chain.toml")).unwrap();
    symlink(
        dir.join("officers/karim-benali.toml"),
        dir.join("officers/link-abs.toml"),
    )
    .unwrap();
    // Committed on the day asked, so that both sides are read on one day.
    commit_all(dir, AT, "Liens");

    let run = changes(dir, "en", &["--since", "HEAD", "--format", "json"]);
    let v = run.json();
    assert_eq!(v["records"], json!([]), "{}", run.stderr);
    assert_eq!(v["fte"]["from"], v["fte"]["to"]);
    assert_eq!(v["officers"]["joined"], json!([]));
    assert_eq!(v["officers"]["left"], json!([]));
    assert_eq!(v["officers"]["changed"], json!([]));

    // Nothing staged: the index says what the work tree says.
    let check = ctg_in(dir, "en", &["check", "--format", "short"]);
    let staged = ctg_in(dir, "en", &["check", "--staged", "--format", "short"]);
    assert_eq!(
        (staged.code, &staged.stdout, &staged.stderr),
        (check.code, &check.stdout, &check.stderr)
    );
    assert!(
        !check
            .stdout
            .contains("link-chain.toml:1:1: warning[skipped-file]"),
        "{}",
        check.stdout
    );
}

/// A commission meeting planned in the commit and cancelled since is said
/// as cancelled, in the text and in JSON.
#[test]
fn a_planned_meeting_cancelled_since_is_said_cancelled() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    copy_data(dir);
    let pe = "commissions/petite-enfance.toml";
    replace_once(
        dir,
        pe,
        "date = 2026-10-13\nstatus = \"held\"\ndecisions = [\"Une communauté professionnelle de l'accueil du jeune enfant sera lancée en 2027.\"]",
        "date = 2026-10-13\nstatus = \"planned\"",
    );
    commit_all(dir, "2026-10-01", "Réunion prévue");
    replace_once(
        dir,
        pe,
        "date = 2026-10-13\nstatus = \"planned\"",
        "date = 2026-10-13\nstatus = \"cancelled\"",
    );

    let v = changes_json(dir, &["--since", "HEAD"]);
    assert_eq!(
        v["meetings"],
        json!([
            {"date": "2026-10-13", "body": "petite-enfance", "status": "cancelled"},
            {"date": "2026-11-17", "body": "acces-aux-droits", "status": "held"}
        ])
    );
    let en = changes(dir, "en", &["--since", "HEAD"]);
    assert_eq!(en.code, 0, "{}", en.stderr);
    assert_eq!(
        section(&en.stdout, "Meetings"),
        [
            "- cancelled, 2026-10-13: commission petite-enfance",
            "- held on 2026-11-17: commission acces-aux-droits",
        ]
    );
    let fr = changes(dir, "fr", &["--since", "HEAD"]);
    assert_eq!(fr.code, 0, "{}", fr.stderr);
    assert_eq!(
        section(&fr.stdout, "Réunions"),
        [
            "- annulée, le 13/10/2026 : commission petite-enfance",
            "- tenue le 17/11/2026 : commission acces-aux-droits",
        ]
    );
}

/// A file grown past 10 MB in the work tree is named as left out, and its
/// record is not said to be removed.
#[test]
fn a_file_grown_too_large_is_left_out_not_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    data_repo(dir, "2026-01-10", "CTG");
    let officer = std::fs::read_to_string(dir.join("officers/amelie-roux.toml")).unwrap();
    write(
        dir,
        "officers/amelie-roux.toml",
        &format!("{officer}# {}\n", "x".repeat(11 * 1024 * 1024)),
    );

    let run = changes(dir, "en", &["--since", "HEAD", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        lines(&run.stderr),
        [
            "warning: officers/amelie-roux.toml left out (file-too-large); run `ctg check` for details"
        ]
    );
    let v = run.json();
    assert_eq!(v["records"], json!([]));
    assert!(
        !v["officers"]["left"]
            .as_array()
            .unwrap()
            .contains(&json!("amelie-roux")),
        "{v}"
    );
    assert_eq!(v["fte"]["complete"], json!(false));
}

/// A symbolic link in the `--until` commit is read as that commit's target,
/// whatever the work tree holds at that name.
#[cfg(unix)]
#[test]
fn a_link_in_the_until_commit_is_read_from_that_commit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = &tmp.path().join("ctg");
    data_repo(dir, "2026-01-10", "CTG");
    let officer = std::fs::read_to_string(dir.join("officers/amelie-roux.toml")).unwrap();
    assert!(officer.contains("fte = 1.0"));
    write(
        dir,
        "officers/alias.toml",
        &officer.replace("fte = 1.0", "fte = 0.5"),
    );
    commit_all(dir, "2026-01-11", "Alias à mi-temps");
    std::fs::remove_file(dir.join("officers/alias.toml")).unwrap();
    std::os::unix::fs::symlink("amelie-roux.toml", dir.join("officers/alias.toml")).unwrap();
    commit_all(dir, "2026-01-12", "Alias en lien");
    std::fs::remove_file(dir.join("officers/alias.toml")).unwrap();
    write(
        dir,
        "officers/alias.toml",
        &officer.replace("fte = 1.0", "fte = 0.2"),
    );
    commit_all(dir, "2026-01-13", "Alias à 0,2");

    let expected = json!([{
        "kind": "officer",
        "id": "alias",
        "change": "modified",
        "file": "officers/alias.toml",
        "fields": [{"key": "assignment[0].fte", "from": 0.5, "to": 1.0}]
    }]);
    let v = changes_json(dir, &["--since", "HEAD~2", "--until", "HEAD~1"]);
    assert_eq!(v["records"], expected);
    // The same from a clone whose work tree is the `--until` commit.
    let clone = tmp.path().join("clone");
    let out = git(
        tmp.path(),
        &[
            "clone",
            "-q",
            dir.to_str().unwrap(),
            clone.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{out:?}");
    git_ok(&clone, &["checkout", "-q", "HEAD~1"]);
    let v = changes_json(&clone, &["--since", "HEAD~1", "--until", "HEAD"]);
    assert_eq!(v["records"][0]["fields"], expected[0]["fields"]);
}

/// A FIFO where the commit has a file: read from git when the answer is
/// about commits (or the index), never opened, so that nothing hangs.
#[cfg(unix)]
#[test]
fn a_fifo_where_the_commit_has_a_file_is_never_opened() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    base_repo(dir, "2026-01-10");
    let officer = dir.join("officers/marie-dupont.toml");
    std::fs::remove_file(&officer).unwrap();
    let made = std::process::Command::new("mkfifo").arg(&officer).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let bounded = |args: &[&str]| {
        Run::of(
            ctg()
                .timeout(std::time::Duration::from_secs(30))
                .arg("--dir")
                .arg(dir)
                .args(["--at", AT, "--color", "never", "--lang", "en"])
                .args(args),
        )
    };

    let run = bounded(&[
        "changes", "--since", "HEAD", "--until", "HEAD", "--format", "json",
    ]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let v = run.json();
    assert_eq!(v["records"], json!([]));
    assert_eq!(v["fte"]["from"], json!(0.5));
    assert_eq!(v["fte"]["to"], json!(0.5));
    assert_eq!(v["fte"]["complete"], json!(true));
    assert_eq!(v["officers"]["left"], json!([]));

    let run = bounded(&["check", "--staged", "--format", "short"]);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (0, "", "")
    );
}

/// `--since ':/text'` is git's: the newest commit whose message has `text`.
#[test]
fn since_a_message_search_is_the_newest_commit_that_matches() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    base_repo(dir, "2026-01-10");
    let copil = std::fs::read_to_string(dir.join("copil.toml")).unwrap();
    write(dir, "copil.toml", &format!("# Jean Martin arrive\n{copil}"));
    commit_all(dir, "2026-01-20", "Jean Martin annoncé");
    write(dir, "officers/jean-martin.toml", JEAN);
    let arrival = commit_all(dir, "2026-02-01", "Arrivée de Jean Martin");
    write(dir, "copil.toml", &copil);
    commit_all(dir, "2026-03-01", "Relecture");

    let v = changes_json(dir, &["--since", ":/Jean Martin"]);
    assert_eq!(v["from"]["rev"], json!(":/Jean Martin"));
    assert_eq!(v["from"]["commit"], json!(arrival));
    assert_eq!(v["from"]["date"], json!("2026-02-01"));
    assert_eq!(v["officers"]["joined"], json!([]));
    let run = changes(dir, "en", &["--since", ":/Jean Martin"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Changes from 2026-02-01"),
        "{}",
        run.stdout
    );
}

/// A record file the work tree holds as something `ctg` does not read (a
/// dangling link where the commit has a file) is named as left out, not
/// called removed: its FTE is said to be missing from the figures.
#[cfg(unix)]
#[test]
fn a_record_skipped_in_the_work_tree_is_left_out_not_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    data_repo(dir, "2026-01-10", "CTG");
    let officer = dir.join("officers/amelie-roux.toml");
    std::fs::remove_file(&officer).unwrap();
    std::os::unix::fs::symlink("/nonexistent/amelie.toml", &officer).unwrap();
    let run = changes(dir, "en", &["--since", "HEAD", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "warning: officers/amelie-roux.toml left out (skipped-file); run `ctg check` for details\n"
    );
    let v = run.json();
    assert_eq!(v["records"], json!([]));
    // Nathalie Vidal's post ended on 2026-02-28: hers is a real departure.
    assert_eq!(v["officers"]["left"], json!(["nathalie-vidal"]));
    assert_eq!(v["fte"]["complete"], json!(false));
}

/// At the terminal's width (`COLUMNS`), every line of the text answer fits,
/// an item's next lines indented under its text, and no figure is split
/// from its unit (`60 %` keeps a no-break space).
#[test]
fn the_text_fits_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ctg");
    replay_year(&dir);
    for columns in ["60", "80", "100"] {
        let out = ctg()
            .current_dir(&dir)
            .env("COLUMNS", columns)
            .args([
                "--at",
                AT,
                "--color",
                "never",
                "changes",
                "--since",
                "2025-12-01",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        let width: usize = columns.parse().unwrap();
        for line in text.lines() {
            assert!(line.chars().count() <= width, "{columns}: {line:?}");
            assert!(!line.trim_start().starts_with('%'), "{columns}: {line:?}");
        }
        assert!(text.contains("40\u{202f}%"), "{text}");
        assert!(text.contains("60\u{202f}%"), "{text}");
    }
}
