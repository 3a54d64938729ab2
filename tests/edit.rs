//! `ctg action`, `ctg meeting`, `ctg officer`: the everyday edits. Each test
//! checks the exit status, what is said on stderr, and the edited file's
//! bytes afterwards: the keys asked for change, every other byte stays.

use std::path::Path;
use std::process::Stdio;

use crate::support::{ANA, BOB, COPIL, FOS, PE, PE_1, Repo, Run, TODAY};

/// The bytes of `relative` in `repo`.
fn bytes(repo: &Repo, relative: &str) -> Vec<u8> {
    std::fs::read(repo.join(relative)).expect("read a file of the repository")
}

/// The text of `relative` in `repo`.
fn text(repo: &Repo, relative: &str) -> String {
    String::from_utf8(bytes(repo, relative)).expect("UTF-8")
}

/// `ctg --dir ROOT --at TODAY --lang fr --color never ARGS`.
fn fr(repo: &Repo, args: &[&str]) -> Run {
    let mut all = vec!["--at", TODAY, "--lang", "fr", "--color", "never"];
    all.extend_from_slice(args);
    repo.ctg(&all)
}

/// Runs `args` (in English), which must succeed and write `file`; returns
/// the file's text afterwards.
fn edited(repo: &Repo, args: &[&str], file: &str) -> String {
    let run = repo.run(args);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    assert_eq!(run.stdout, "", "{args:?}");
    assert_eq!(run.stderr, format!("wrote {file}\n"), "{args:?}");
    text(repo, file)
}

/// Runs `args` (in English), which must be refused with `code` and leave
/// every file of the repository as it was; returns the run.
fn refused(repo: &Repo, args: &[&str], code: i32) -> Run {
    refused_by(repo, |r| r.run(args), code)
}

/// [`refused`] in French ([`fr`]).
fn refused_fr(repo: &Repo, args: &[&str], code: i32) -> Run {
    refused_by(repo, |r| fr(r, args), code)
}

/// Runs `run`, which must be refused with `code` and leave every file of
/// the repository as it was; returns the run.
fn refused_by(repo: &Repo, run: impl FnOnce(&Repo) -> Run, code: i32) -> Run {
    let before = snapshot(repo.path());
    let run = run(repo);
    assert_eq!(run.code, code, "{run:?}");
    assert_eq!(run.stdout, "", "{run:?}");
    assert_eq!(snapshot(repo.path()), before, "nothing written: {run:?}");
    run
}

/// Every file under `dir` with its bytes, sorted by path (temporary files
/// included: none may be left).
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(dir: &Path, top: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).expect("read a folder") {
            let entry = entry.expect("an entry");
            let path = entry.path();
            if entry.file_type().expect("a file type").is_dir() {
                walk(&path, top, out);
            } else {
                let name = path.strip_prefix(top).unwrap().to_string_lossy();
                out.push((name.into_owned(), std::fs::read(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// The temporary files (`.ctg-*.tmp`) under `dir`.
fn debris(dir: &Path) -> Vec<String> {
    snapshot(dir)
        .into_iter()
        .map(|(name, _)| name)
        .filter(|name| {
            let file = name.rsplit('/').next().unwrap_or(name);
            file.starts_with(".ctg-") || file.ends_with(".tmp")
        })
        .collect()
}

// 1. Every byte not edited stays.

/// An action file as people annotate them: a byte-order mark, Windows line
/// ends, comments above and beside keys, blank lines, a list over several
/// lines with a comment inside, a comment at the end.
const ANNOTATED: &str = "\u{feff}# Action: guichet unique\r\n\
title = \"Guichet unique\"   # short title\r\n\
commission = \"pe\"\r\n\
\r\n\
# the status, as of the last COPIL\r\n\
status = \"in-progress\"  # updated in May\r\n\
lead = \"ana\"\r\n\
communes = [\r\n  \"Istres\",  # the main one\r\n]\r\n\
start = 2025-03-01\r\n\
due = 2027-06-30\r\n\
\r\n\
progress = 40 # percent\r\n\
# end of file\r\n";

#[test]
fn an_annotated_crlf_file_with_a_bom_changes_only_on_the_edited_lines() {
    let repo = Repo::new().file("actions/pe-1.toml", ANNOTATED);
    let after = edited(
        &repo,
        &[
            "action",
            "set",
            "pe-1",
            "--status",
            "done",
            "--completed",
            "2026-06-01",
        ],
        "actions/pe-1.toml",
    );
    assert!(after.starts_with('\u{feff}'), "the BOM is kept");
    assert!(!after[3..].contains('\u{feff}'), "one BOM");
    let old: Vec<&str> = ANNOTATED.split_inclusive('\n').collect();
    let new: Vec<&str> = after.split_inclusive('\n').collect();
    for line in &new {
        assert!(line.ends_with("\r\n"), "CRLF on every line: {line:?}");
    }
    // The status line is rewritten in place (its comment kept); `completed`
    // comes after the last key, before the comment that ends the file.
    assert_eq!(old[5], "status = \"in-progress\"  # updated in May\r\n");
    assert_eq!(new[5], "status = \"done\"  # updated in May\r\n");
    assert_eq!(old[14], "# end of file\r\n");
    assert_eq!(new[14], "completed = 2026-06-01\r\n");
    assert_eq!(new.len(), old.len() + 1);
    for (at, line) in old.iter().enumerate() {
        let now = match at {
            5 => continue,
            ..14 => new[at],
            _ => new[at + 1],
        };
        assert_eq!(now, *line, "line {} untouched", at + 1);
    }
    assert_eq!(
        after,
        ANNOTATED
            .replace("\"in-progress\"", "\"done\"")
            .replace("# end of file", "completed = 2026-06-01\r\n# end of file")
    );
}

#[test]
fn a_meeting_added_to_an_annotated_copil_keeps_its_inline_table_and_comments() {
    let copil = "\u{feff}# COPIL of the CTG\r\n\
[convention]\r\n\
name = \"CTG Test\"  # official name\r\n\
start = 2025-01-01\r\n\
end = 2029-12-31\r\n\
communes = [\r\n  \"Istres\",\r\n  \"Fos-sur-Mer\",  # since 2026\r\n]\r\n\
\r\n\
[copil]\r\n\
min_meetings_per_year = 1\r\n\
\r\n\
# first COPIL\r\n\
[[copil.meeting]]\r\n\
date = 2025-03-01\r\n\
status = \"held\"\r\n\
\r\n\
[[copil.meeting]]\r\n\
date = 2026-03-01  # in Istres\r\n\
\r\n\
[fte]\r\n\
target = 1.5\r\n\
baseline = 1.0\r\n\
baseline_date = 2025-01-01\r\n\
increase = { \"Fos-sur-Mer\" = 0.5 }  # the plan\r\n";
    let repo = Repo::new().file("copil.toml", copil);
    let after = edited(
        &repo,
        &[
            "meeting",
            "add",
            "copil",
            "--date",
            "12/06/2026",
            "--status",
            "held",
            "--decision",
            "Budget 2027",
        ],
        "copil.toml",
    );
    assert_eq!(
        after,
        copil.replace(
            "date = 2026-03-01  # in Istres\r\n\r\n",
            "date = 2026-03-01  # in Istres\r\n\r\n\
             [[copil.meeting]]\r\n\
             date = 2026-06-12\r\n\
             status = \"held\"\r\n\
             decisions = [\"Budget 2027\"]\r\n\
             \r\n"
        )
    );
}

// 2. Each command, with values as people type them, in English and French.

#[test]
fn action_set_takes_french_words_and_dates() {
    let repo = Repo::new();
    let after = edited(
        &repo,
        &[
            "action",
            "set",
            "pe-1",
            "--status",
            "En cours",
            "--due",
            "31/12/2026",
            "--progress",
            "55 %",
            "--lead",
            "Bob",
            "--title",
            "Guichet unique des familles",
        ],
        "actions/pe-1.toml",
    );
    assert_eq!(
        after,
        r#"title = "Guichet unique des familles"
commission = "pe"
status = "in-progress"
lead = "bob"
communes = ["Istres"]
start = 2025-03-01
due = 2026-12-31
progress = 55
"#
    );
    // Then done, in French: `terminée` and a French date for `completed`.
    let run = fr(
        &repo,
        &[
            "action",
            "set",
            "pe-1",
            "--status",
            "terminée",
            "--completed",
            "1/6/2026",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "actions/pe-1.toml écrit\n");
    assert_eq!(
        text(&repo, "actions/pe-1.toml"),
        after.replace("\"in-progress\"", "\"done\"") + "completed = 2026-06-01\n"
    );
}

#[test]
fn action_done_is_done_today_or_on_the_day_given() {
    let repo = Repo::new();
    let after = edited(&repo, &["action", "done", "pe-1"], "actions/pe-1.toml");
    assert_eq!(
        after,
        PE_1.replace("\"in-progress\"", "\"done\"") + "completed = 2026-06-15\n"
    );
    let repo = Repo::new();
    let after = edited(
        &repo,
        &["action", "done", "Guichet", "--on", "02/06/2026"],
        "actions/pe-1.toml",
    );
    assert_eq!(
        after,
        PE_1.replace("\"in-progress\"", "\"done\"") + "completed = 2026-06-02\n"
    );
}

#[test]
fn start_pause_block_abandon_set_the_status_and_date_the_note() {
    let repo = Repo::new().edit("actions/pe-1.toml", "in-progress", "planned");
    edited(&repo, &["action", "start", "pe-1"], "actions/pe-1.toml");
    assert_eq!(text(&repo, "actions/pe-1.toml"), PE_1);
    edited(
        &repo,
        &["action", "pause", "pe-1", "--note", "waiting for the Caf"],
        "actions/pe-1.toml",
    );
    let run = fr(
        &repo,
        &["action", "block", "pe-1", "--note", "locaux indisponibles"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "actions/pe-1.toml écrit\n");
    let after = edited(
        &repo,
        &["action", "abandon", "guichet unique"],
        "actions/pe-1.toml",
    );
    assert_eq!(
        after,
        r#"title = "Guichet unique"
commission = "pe"
# 2026-06-15 (paused): waiting for the Caf
# 2026-06-15 (blocked): locaux indisponibles
status = "abandoned"
lead = "ana"
communes = ["Istres"]
start = 2025-03-01
due = 2027-06-30
progress = 40
"#
    );
}

#[test]
fn meeting_held_names_a_commission_by_its_french_name() {
    let repo = Repo::new().append(
        "commissions/pe.toml",
        "\n[[meeting]]\ndate = 2026-06-10\nstatus = \"planned\"\n",
    );
    let run = fr(
        &repo,
        &[
            "meeting",
            "held",
            "petite enfance",
            "--date",
            "10/06/2026",
            "--decision",
            "Charte adoptée",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "commissions/pe.toml écrit\n");
    assert_eq!(
        text(&repo, "commissions/pe.toml"),
        format!(
            "{PE}\n[[meeting]]\ndate = 2026-06-10\nstatus = \"held\"\ndecisions = [\"Charte adoptée\"]\n"
        )
    );
    // Without accents or hyphens, a commission named as a commune is.
    let after = edited(
        &repo,
        &["meeting", "held", "fos sur mer", "--date", "2026-05-01"],
        "commissions/fos.toml",
    );
    assert_eq!(after, format!("{FOS}status = \"held\"\n"));
}

#[test]
fn meeting_held_adds_the_meeting_when_there_is_none_that_day() {
    let repo = Repo::new();
    let after = edited(
        &repo,
        &[
            "meeting",
            "held",
            "COPIL",
            "--date",
            "12/06/2026",
            "--decision",
            "Budget 2027",
            "--decision",
            "Plan d'actions",
        ],
        "copil.toml",
    );
    assert_eq!(
        after,
        COPIL.replace(
            "\n[fte]\n",
            "\n[[copil.meeting]]\ndate = 2026-06-12\nstatus = \"held\"\ndecisions = [\"Budget 2027\", \"Plan d'actions\"]\n\n[fte]\n"
        )
    );
}

#[test]
fn meeting_add_planned_in_french_and_cancel() {
    let repo = Repo::new();
    let run = fr(
        &repo,
        &[
            "meeting",
            "add",
            "fos",
            "--date",
            "15/10/2026",
            "--status",
            "prévue",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "commissions/fos.toml écrit\n");
    let planned = format!(
        "{}\n[[meeting]]\ndate = 2026-10-15\nstatus = \"planned\"\n",
        FOS
    );
    assert_eq!(text(&repo, "commissions/fos.toml"), planned);
    let after = edited(
        &repo,
        &["meeting", "cancel", "Fos-sur-Mer", "--date", "2026-10-15"],
        "commissions/fos.toml",
    );
    assert_eq!(after, planned.replace("\"planned\"", "\"cancelled\""));
}

#[test]
fn officer_end_by_a_name_prefix() {
    let repo = Repo::new();
    let run = fr(&repo, &["officer", "end", "bo", "--on", "30/06/2026"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "officers/bob.toml écrit\n");
    assert_eq!(
        text(&repo, "officers/bob.toml"),
        BOB.to_owned() + "end = 2026-06-30\n"
    );
    // By the start of the full name, any case, with `--commune` typed loosely.
    let repo = Repo::new();
    let after = edited(
        &repo,
        &[
            "officer",
            "end",
            "ana mar",
            "--on",
            "2026-06-30",
            "--commune",
            "istres",
        ],
        "officers/ana.toml",
    );
    assert_eq!(after, ANA.to_owned() + "end = 2026-06-30\n");
}

#[test]
fn officer_assign_with_a_french_fte_and_dates() {
    let repo = Repo::new();
    let run = fr(
        &repo,
        &[
            "officer",
            "assign",
            "bob",
            "--commune",
            "fos sur mer",
            "--fte",
            "0,25",
            "--from",
            "01/07/2026",
            "--until",
            "31/12/2026",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    // Above the target of 1.5 from July (1 + 0.5 + 0.25): a warning, in
    // French, and the edit made.
    assert_eq!(
        run.stderr,
        "avertissement[fte-over-target] : à partir du 01/07/2026 le total cofinancé par la Caf est de 1,75 ETP, au-delà de la cible de 1,5
  --> officers/bob.toml:11:9
   |
11 | start = 2026-07-01
   |         ^^^^^^^^^^
   |
   = aide : terminez une affectation plus tôt, indiquez `caf_cofunded = false` pour un poste non cofinancé, ou relevez `fte.target` si le plan a changé
   = remarque : pour en savoir plus : `ctg explain fte-over-target`

0 erreur, 1 avertissement dans 6 fichiers
officers/bob.toml écrit
"
    );
    assert_eq!(
        text(&repo, "officers/bob.toml"),
        format!(
            "{BOB}\n[[assignment]]\ncommune = \"Fos-sur-Mer\"\nfte = 0.25\nstart = 2026-07-01\nend = 2026-12-31\n"
        )
    );
}

// 3. An edit that adds an error is refused.

#[test]
fn a_held_meeting_in_the_future_is_refused() {
    let repo = Repo::new();
    let run = refused(
        &repo,
        &["meeting", "held", "copil", "--date", "01/07/2026"],
        1,
    );
    assert_eq!(
        run.stderr,
        "error[meeting-in-future-held]: meeting of 2026-07-01 is marked held, but today is 2026-06-15
  --> copil.toml:19:8
   |
19 | date = 2026-07-01
   |        ^^^^^^^^^^
   |
   = help: set `status = \"planned\"` until the meeting has taken place
   = note: for more, run `ctg explain meeting-in-future-held`

1 error, 0 warnings in 6 files
error: this change would add the errors above to copil.toml; nothing was written
  help: see the change with --dry-run, and fix what it would break first
"
    );
    assert!(debris(repo.path()).is_empty());
}

#[test]
fn an_officer_above_a_full_post_is_refused_in_both_languages() {
    let repo = Repo::new();
    let args = [
        "officer",
        "assign",
        "ana",
        "--commune",
        "Fos",
        "--fte",
        "0,5",
        "--from",
        "2026-07-01",
    ];
    let run = refused(&repo, &args, 1);
    let said = crate::support::lines(&run.stderr);
    assert_eq!(
        said[0],
        "error[fte-overbooked]: Ana Martin is assigned 1.5 FTE on 2026-07-01, more than one full-time post"
    );
    assert_eq!(said[1], "  --> officers/ana.toml:13:9");
    assert_eq!(
        said[said.len() - 2..],
        [
            "error: this change would add the errors above to officers/ana.toml; nothing was written",
            "  help: see the change with --dry-run, and fix what it would break first",
        ]
    );
    let run = refused_fr(&repo, &args, 1);
    let said = crate::support::lines(&run.stderr);
    assert!(said[0].starts_with("erreur[fte-overbooked]"), "{said:?}");
    assert_eq!(
        said[said.len() - 2],
        "erreur : cette modification ajouterait les erreurs ci-dessus à officers/ana.toml : rien n'a été écrit"
    );
}

#[test]
fn completed_before_start_is_refused() {
    let repo = Repo::new();
    let run = refused(&repo, &["action", "done", "pe-1", "--on", "2025-01-01"], 1);
    let said = crate::support::lines(&run.stderr);
    assert!(said[0].starts_with("error[invalid-value]:"), "{said:?}");
    assert_eq!(said[1], " --> actions/pe-1.toml:9:13");
    assert_eq!(
        said[said.len() - 2],
        "error: this change would add the errors above to actions/pe-1.toml; nothing was written"
    );
}

#[test]
fn completed_follows_the_status() {
    // Done without a date: today's.
    let repo = Repo::new();
    let after = edited(
        &repo,
        &["action", "set", "pe-1", "--status", "réalisée"],
        "actions/pe-1.toml",
    );
    let done = PE_1.replace("\"in-progress\"", "\"done\"") + "completed = 2026-06-15\n";
    assert_eq!(after, done);
    // No longer done: the date goes, by `set` or by `start`.
    let after = edited(
        &repo,
        &["action", "set", "pe-1", "--status", "en cours"],
        "actions/pe-1.toml",
    );
    assert_eq!(after, PE_1);
    let repo = Repo::new().file("actions/pe-1.toml", &done);
    let after = edited(&repo, &["action", "start", "pe-1"], "actions/pe-1.toml");
    assert_eq!(after, PE_1);
}

#[test]
fn errors_already_there_do_not_block_an_edit() {
    // bob.toml is broken; editing fos.toml, whose referent bob is, goes on.
    let repo = Repo::new().file(
        "officers/bob.toml",
        "name = \"Bob Durand\"\n[[assignment]\n",
    );
    let after = edited(
        &repo,
        &["meeting", "held", "fos", "--date", "2026-05-01"],
        "commissions/fos.toml",
    );
    assert!(after.ends_with("date = 2026-05-01\nstatus = \"held\"\n"));
}

// 4. --dry-run prints the diff and writes nothing.

#[test]
fn dry_run_prints_the_diff_and_writes_nothing() {
    let repo = Repo::new();
    let before = snapshot(repo.path());
    let run = repo.run(&[
        "action",
        "set",
        "pe-1",
        "--status",
        "en pause",
        "--progress",
        "50",
        "--dry-run",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "");
    assert_eq!(snapshot(repo.path()), before);
    assert_eq!(
        run.stdout,
        r#"--- a/actions/pe-1.toml
+++ b/actions/pe-1.toml
@@ -1,8 +1,8 @@
 title = "Guichet unique"
 commission = "pe"
-status = "in-progress"
+status = "paused"
 lead = "ana"
 communes = ["Istres"]
 start = 2025-03-01
 due = 2027-06-30
-progress = 40
+progress = 50
"#
    );
}

#[test]
fn dry_run_of_an_officer_assignment_and_of_a_refused_edit() {
    let repo = Repo::new();
    let before = snapshot(repo.path());
    let run = repo.run(&[
        "officer",
        "assign",
        "ana",
        "--commune",
        "istres",
        "--fte",
        "0.8",
        "--from",
        "2026-07-01",
        "--replace",
        "--dry-run",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.stdout,
        r#"--- a/officers/ana.toml
+++ b/officers/ana.toml
@@ -6,3 +6,9 @@
 commune = "Istres"
 fte = 1.0
 start = 2025-01-01
+end = 2026-06-30
+
+[[assignment]]
+commune = "Istres"
+fte = 0.8
+start = 2026-07-01
"#
    );
    assert_eq!(snapshot(repo.path()), before);
    // An edit that adds an error is refused with --dry-run too: no diff.
    let run = refused(
        &repo,
        &[
            "meeting",
            "held",
            "copil",
            "--date",
            "2026-12-01",
            "--dry-run",
        ],
        1,
    );
    assert!(run.stderr.starts_with("error[meeting-in-future-held]"));
}

// 5. Names that name several records, or none.

#[test]
fn an_ambiguous_name_lists_the_candidates() {
    let repo = Repo::new().file(
        "actions/pe-2.toml",
        PE_1.replace("Guichet unique", "Ludothèque"),
    );
    let run = refused(&repo, &["action", "done", "pe"], 2);
    assert_eq!(
        run.stderr,
        "error: `pe` names several actions: pe-1, pe-2\n  help: give the id, or more of the name\n"
    );
    let run = refused_fr(&repo, &["action", "done", "pe"], 2);
    assert_eq!(
        run.stderr,
        "erreur : `pe` désigne plusieurs fiches action : pe-1, pe-2\n  aide : indiquez l'identifiant, ou davantage du nom\n"
    );
    // The title tells them apart.
    let after = edited(&repo, &["action", "done", "ludo"], "actions/pe-2.toml");
    assert!(after.contains("title = \"Ludothèque\"\n"));
}

#[test]
fn an_unknown_name_suggests_the_nearest() {
    let repo = Repo::new();
    let run = refused(&repo, &["officer", "end", "anna", "--on", "2026-06-30"], 2);
    assert_eq!(
        run.stderr,
        "error: no officer is named `anna`\n  help: did you mean `ana`?\n"
    );
    let run = refused_fr(&repo, &["officer", "end", "anna", "--on", "2026-06-30"], 2);
    assert_eq!(
        run.stderr,
        "erreur : aucun chargé de coopération ne s'appelle `anna`\n  aide : vouliez-vous dire `ana` ?\n"
    );
    let run = refused(&repo, &["action", "done", "zzz-unknown"], 2);
    assert_eq!(
        run.stderr,
        "error: no action is named `zzz-unknown`\n  help: `ctg actions` or the folder actions/ lists them\n"
    );
    let run = refused_fr(
        &repo,
        &["meeting", "held", "xyz-unknown", "--date", "2026-05-01"],
        2,
    );
    assert_eq!(
        run.stderr,
        "erreur : aucune commission ne s'appelle `xyz-unknown`\n  aide : le dossier commissions/ les contient\n"
    );
    // Only actions have a listing command (there is no `ctg officers` nor
    // `ctg commissions`): the others point to their folder.
    let run = refused(&repo, &["officer", "end", "zzz", "--on", "2026-06-30"], 2);
    assert_eq!(
        run.stderr,
        "error: no officer is named `zzz`\n  help: the folder officers/ lists them\n"
    );
    let run = refused(
        &repo,
        &["meeting", "held", "xyz-unknown", "--date", "2026-05-01"],
        2,
    );
    assert_eq!(
        run.stderr,
        "error: no commission is named `xyz-unknown`\n  help: the folder commissions/ lists them\n"
    );
}

#[test]
fn an_unknown_commune_is_refused() {
    let repo = Repo::new();
    let run = refused(
        &repo,
        &[
            "officer",
            "assign",
            "bob",
            "--commune",
            "Marseille",
            "--fte",
            "0.5",
            "--from",
            "2026-07-01",
        ],
        2,
    );
    assert_eq!(
        run.stderr,
        "error: no commune of the convention is called `Marseille`\n  the communes are `Istres`, `Fos-sur-Mer` (`convention.communes` of copil.toml)\n"
    );
}

// 6. Records in sub-folders.

#[test]
fn a_record_in_a_sub_folder_is_found_and_edited_in_place() {
    let ludo = PE_1.replace("Guichet unique", "Ludothèque");
    let repo = Repo::new().file("actions/2026/ludo.toml", &ludo);
    let after = edited(
        &repo,
        &["action", "set", "ludo", "--progress", "75%"],
        "actions/2026/ludo.toml",
    );
    assert_eq!(after, ludo.replace("progress = 40", "progress = 75"));
    // By its title, too; and nothing appears at actions/ludo.toml.
    edited(
        &repo,
        &["action", "pause", "Ludo"],
        "actions/2026/ludo.toml",
    );
    assert!(!repo.join("actions/ludo.toml").exists());
    assert_eq!(
        text(&repo, "actions/2026/ludo.toml"),
        ludo.replace("progress = 40", "progress = 75")
            .replace("in-progress", "paused")
    );
    // An officer in a sub-folder.
    let repo = Repo::new()
        .remove("officers/bob.toml")
        .file("officers/fos/bob.toml", BOB);
    edited(
        &repo,
        &["officer", "end", "bob", "--on", "2026-06-30"],
        "officers/fos/bob.toml",
    );
    assert!(text(&repo, "officers/fos/bob.toml").ends_with("end = 2026-06-30\n"));
    assert!(debris(repo.path()).is_empty());
}

// 7. Values ctg does not understand.

#[test]
fn bad_values_are_refused_before_anything_is_read_into_the_file() {
    let repo = Repo::new();
    for (args, said) in [
        (
            &["action", "set", "pe-1", "--due", "31/13/2026"][..],
            "error: `--due 31/13/2026` is not a value ctg understands\n  help: expected a date YYYY-MM-DD or DD/MM/YYYY\n",
        ),
        (
            &["action", "set", "pe-1", "--progress", "120"],
            "error: `--progress 120` is not a value ctg understands\n  help: expected a whole number from 0 to 100\n",
        ),
        (
            &["action", "set", "pe-1", "--status", "fini"],
            "error: `--status fini` is not a value ctg understands\n  help: expected planned, in-progress, paused, blocked, done or abandoned (or in French: prévue, en cours, en pause, bloquée, terminée, abandonnée)\n",
        ),
        (
            &["action", "done", "pe-1", "--on", "2026-02-30"],
            "error: `--on 2026-02-30` is not a value ctg understands\n  help: expected a date YYYY-MM-DD or DD/MM/YYYY\n",
        ),
        (
            &[
                "officer",
                "assign",
                "bob",
                "--commune",
                "istres",
                "--fte",
                "1,5",
                "--from",
                "2026-07-01",
            ],
            "error: `--fte 1,5` is not a value ctg understands\n  help: expected a share of a post above 0 and at most 1, two decimals at most (0.5 or 0,5)\n",
        ),
        (
            &[
                "officer",
                "assign",
                "bob",
                "--commune",
                "istres",
                "--fte",
                "0,125",
                "--from",
                "2026-07-01",
            ],
            "error: `--fte 0,125` is not a value ctg understands\n  help: expected a share of a post above 0 and at most 1, two decimals at most (0.5 or 0,5)\n",
        ),
        (
            &[
                "meeting",
                "add",
                "copil",
                "--date",
                "2026-05-02",
                "--status",
                "maybe",
            ],
            "error: `--status maybe` is not a value ctg understands\n  help: expected held, planned or cancelled (or tenue, prévue, annulée)\n",
        ),
        (
            &["action", "set", "pe-1"],
            "error: nothing to set: give at least one field\n",
        ),
    ] {
        let run = refused(&repo, args, 2);
        assert_eq!(run.stderr, said, "{args:?}");
    }
    let run = refused_fr(&repo, &["action", "set", "pe-1", "--due", "31/13/2026"], 2);
    assert_eq!(
        run.stderr,
        "erreur : `--due 31/13/2026` n'est pas une valeur que ctg comprend\n  aide : attendu : une date AAAA-MM-JJ ou JJ/MM/AAAA\n"
    );
}

// 8. A file with errors of its own is not edited.

#[test]
fn a_broken_file_is_not_edited() {
    let broken = "title = \"Broken\ncommission = \"pe\"\n";
    let repo = Repo::new().file("actions/pe-2.toml", broken);
    let run = refused(&repo, &["action", "done", "pe-2"], 2);
    assert_eq!(
        run.stderr,
        "error: actions/pe-2.toml has errors of its own, so it is not edited; nothing was written\n  help: fix it first: `ctg check` says where\n"
    );
    let run = refused_fr(&repo, &["action", "done", "pe-2"], 2);
    assert_eq!(
        run.stderr,
        "erreur : actions/pe-2.toml contient des erreurs : il n'est pas modifié, rien n'a été écrit\n  aide : corrigez-le d'abord : `ctg check` indique où\n"
    );
    // A broken copil.toml: no meeting is recorded in it.
    let repo = Repo::new().append("copil.toml", "oops = \n");
    let run = refused(
        &repo,
        &["meeting", "add", "copil", "--date", "2026-05-02"],
        2,
    );
    assert_eq!(
        run.stderr,
        "error: copil.toml has errors of its own, so it is not edited; nothing was written\n  help: fix it first: `ctg check` says where\n"
    );
    // A broken officer file.
    let repo = Repo::new().file(
        "officers/bob.toml",
        "name = \"Bob Durand\"\n[[assignment]\n",
    );
    let run = refused(&repo, &["officer", "end", "bob", "--on", "2026-06-30"], 2);
    assert!(run.stderr.starts_with(
        "error: officers/bob.toml has errors of its own, so it is not edited; nothing was written\n"
    ));
}

// 9. Two edits at the same time, of two files.

#[test]
fn two_edits_at_once_of_two_files_both_land() {
    let repo = Repo::new().file(
        "actions/pe-2.toml",
        PE_1.replace("Guichet unique", "Ludothèque"),
    );
    let spawn = |args: &[&str]| {
        crate::support::ctg_process()
            .arg("--dir")
            .arg(repo.path())
            .args(["--at", TODAY, "--lang", "en", "--color", "never"])
            .args(args)
            .env_remove("CTG_DIR")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start ctg")
    };
    for round in 0..4 {
        let (first, second) = ((10 + round).to_string(), (60 + round).to_string());
        let one = spawn(&["action", "set", "pe-1", "--progress", &first]);
        let two = spawn(&["action", "set", "pe-2", "--progress", &second]);
        let (one, two) = (
            one.wait_with_output().unwrap(),
            two.wait_with_output().unwrap(),
        );
        assert_eq!(one.status.code(), Some(0), "{one:?}");
        assert_eq!(two.status.code(), Some(0), "{two:?}");
        assert_eq!(
            String::from_utf8_lossy(&one.stderr),
            "wrote actions/pe-1.toml\n"
        );
        assert_eq!(
            String::from_utf8_lossy(&two.stderr),
            "wrote actions/pe-2.toml\n"
        );
        assert_eq!(
            text(&repo, "actions/pe-1.toml"),
            PE_1.replace("progress = 40", &format!("progress = {first}"))
        );
        assert_eq!(
            text(&repo, "actions/pe-2.toml"),
            PE_1.replace("Guichet unique", "Ludothèque")
                .replace("progress = 40", &format!("progress = {second}"))
        );
    }
    assert!(debris(repo.path()).is_empty());
}

// 10. Warnings are said, and the edit is made.

#[test]
fn a_new_warning_is_said_and_the_edit_made() {
    let repo = Repo::new();
    let run = repo.run(&[
        "officer",
        "assign",
        "bob",
        "--commune",
        "istres",
        "--fte",
        "0,25",
        "--from",
        "2026-07-01",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "warning[fte-over-target]: from 2026-07-01 the Caf-cofunded total is 1.75 FTE, above the target of 1.5
  --> officers/bob.toml:11:9
   |
11 | start = 2026-07-01
   |         ^^^^^^^^^^
   |
   = help: end an assignment earlier, set `caf_cofunded = false` for a post the Caf does not fund, or raise `fte.target` if the plan changed
   = note: for more, run `ctg explain fte-over-target`

0 errors, 1 warning in 6 files
wrote officers/bob.toml
"
    );
    assert_eq!(
        text(&repo, "officers/bob.toml"),
        BOB.to_owned() + "\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.25\nstart = 2026-07-01\n"
    );
    // The same warning is not said again for the next edit: it is not new.
    let after = edited(
        &repo,
        &["action", "set", "pe-1", "--progress", "45"],
        "actions/pe-1.toml",
    );
    assert_eq!(after, PE_1.replace("progress = 40", "progress = 45"));
}

// 11. Meetings: one a day.

#[test]
fn meeting_add_on_a_day_with_a_meeting_is_refused() {
    let repo = Repo::new();
    let run = refused(
        &repo,
        &["meeting", "add", "copil", "--date", "01/03/2026"],
        2,
    );
    assert_eq!(
        run.stderr,
        "error: copil already has a meeting on 2026-03-01; nothing was written\n  help: to record it as held: `ctg meeting held`\n"
    );
    let run = refused_fr(&repo, &["meeting", "add", "fos", "--date", "2026-05-01"], 2);
    assert!(
        run.stderr
            .starts_with("erreur : fos a déjà une réunion le "),
        "{}",
        run.stderr
    );
}

#[test]
fn meeting_cancel_on_a_day_without_a_meeting_is_refused() {
    let repo = Repo::new();
    let run = refused(
        &repo,
        &["meeting", "cancel", "copil", "--date", "2026-04-01"],
        2,
    );
    assert_eq!(
        run.stderr,
        "error: copil has no meeting on 2026-04-01; nothing was written\n  help: check the date, or add the meeting with `ctg meeting add`\n"
    );
    // A commission with no meeting at all.
    let run = refused(
        &repo,
        &["meeting", "cancel", "pe", "--date", "2026-04-01"],
        2,
    );
    assert!(
        run.stderr
            .starts_with("error: pe has no meeting on 2026-04-01; nothing was written\n")
    );
}

#[test]
fn meeting_held_keeps_the_other_lines_and_appends_decisions() {
    let pe = "name = \"Petite enfance\"\n\
kind = \"thematic\"\n\
referent = \"ana\"\n\
\n\
# the June meeting\n\
[[meeting]]\n\
date = 2026-06-10   # at the town hall\n\
status = \"planned\"  # to confirm\n\
decisions = [\"Ordre du jour fixé\"]  # in May\n\
# after the meeting\n\
\n\
[[meeting]]\n\
date = 2026-09-10\n\
status = \"planned\"\n";
    let repo = Repo::new().file("commissions/pe.toml", pe);
    let after = edited(
        &repo,
        &[
            "meeting",
            "held",
            "pe",
            "--date",
            "2026-06-10",
            "--decision",
            "Charte adoptée",
        ],
        "commissions/pe.toml",
    );
    assert_eq!(
        after,
        pe.replace(
            "status = \"planned\"  # to confirm",
            "status = \"held\"  # to confirm"
        )
        .replace(
            "[\"Ordre du jour fixé\"]",
            "[\"Ordre du jour fixé\", \"Charte adoptée\"]"
        )
    );
}

// 12. A new assignment that replaces the one before.

#[test]
fn officer_assign_replace_ends_the_open_assignment_the_day_before() {
    let repo = Repo::new();
    let after = edited(
        &repo,
        &[
            "officer",
            "assign",
            "ana",
            "--commune",
            "Istres",
            "--fte",
            "0,75",
            "--from",
            "01/07/2026",
            "--replace",
        ],
        "officers/ana.toml",
    );
    assert_eq!(
        after,
        format!(
            "{ANA}end = 2026-06-30\n\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.75\nstart = 2026-07-01\n"
        )
    );
    // Without --replace, the same assignment would overbook her.
    let repo = Repo::new();
    refused(
        &repo,
        &[
            "officer",
            "assign",
            "ana",
            "--commune",
            "Istres",
            "--fte",
            "0,75",
            "--from",
            "01/07/2026",
        ],
        1,
    );
}

#[test]
fn officer_end_without_an_open_assignment_is_refused() {
    let repo = Repo::new().append("officers/bob.toml", "end = 2026-06-30\n");
    let run = refused(&repo, &["officer", "end", "bob", "--on", "2026-07-31"], 2);
    assert_eq!(
        run.stderr,
        "error: bob has no open assignment to end; nothing was written\n"
    );
    // Nor in a commune where the officer has none.
    let run = refused(
        &repo,
        &[
            "officer",
            "end",
            "ana",
            "--on",
            "2026-07-31",
            "--commune",
            "fos",
        ],
        2,
    );
    assert_eq!(
        run.stderr,
        "error: ana has no open assignment to end; nothing was written\n"
    );
}

// 13. A note cannot write TOML.

#[test]
fn a_note_with_a_line_break_stays_one_comment_line() {
    let repo = Repo::new();
    let after = edited(
        &repo,
        &["action", "block", "pe-1", "--note", "a\nstatus = \"done\""],
        "actions/pe-1.toml",
    );
    assert_eq!(
        after,
        PE_1.replace(
            "status = \"in-progress\"\n",
            "# 2026-06-15 (blocked): a status = \"done\"\nstatus = \"blocked\"\n"
        )
    );
    // The same in a CRLF file: the comment ends with CRLF, like its neighbours.
    let crlf = PE_1.replace('\n', "\r\n");
    let repo = Repo::new().file("actions/pe-1.toml", &crlf);
    let after = edited(
        &repo,
        &["action", "block", "pe-1", "--note", "a\r\n[x]\r\ny = 1"],
        "actions/pe-1.toml",
    );
    assert_eq!(
        after,
        crlf.replace(
            "status = \"in-progress\"\r\n",
            "# 2026-06-15 (blocked): a  [x]  y = 1\r\nstatus = \"blocked\"\r\n"
        )
    );
    let check = repo.report();
    assert_eq!(check.errors, 0, "{:?}", check.diagnostics);
}

// 14. Written atomically: no temporary file is left.

#[test]
fn no_temporary_file_is_left_after_a_write_or_a_refusal() {
    let repo = Repo::new();
    edited(&repo, &["action", "done", "pe-1"], "actions/pe-1.toml");
    assert_eq!(debris(repo.path()), Vec::<String>::new());
    refused(
        &repo,
        &["action", "set", "pe-1", "--completed", "2025-01-01"],
        1,
    );
    refused(
        &repo,
        &["meeting", "held", "copil", "--date", "2027-01-01"],
        1,
    );
    assert_eq!(debris(repo.path()), Vec::<String>::new());
    let names: Vec<String> = std::fs::read_dir(repo.join("actions"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["pe-1.toml"]);
}

// More.

#[test]
fn meeting_add_without_a_status_is_held_if_past_and_planned_if_to_come() {
    let repo = Repo::new();
    let after = edited(
        &repo,
        &["meeting", "add", "pe", "--date", "2026-06-15"],
        "commissions/pe.toml",
    );
    assert_eq!(
        after,
        crate::support::PE.to_owned() + "\n[[meeting]]\ndate = 2026-06-15\nstatus = \"held\"\n"
    );
    let after = edited(
        &repo,
        &["meeting", "add", "pe", "--date", "16/06/2026"],
        "commissions/pe.toml",
    );
    assert_eq!(
        after,
        crate::support::PE.to_owned()
            + "\n[[meeting]]\ndate = 2026-06-15\nstatus = \"held\"\n\
               \n[[meeting]]\ndate = 2026-06-16\nstatus = \"planned\"\n"
    );
}

#[test]
fn dry_run_in_colour_marks_the_lines() {
    let repo = Repo::new();
    let run = repo.ctg(&[
        "--at",
        TODAY,
        "--lang",
        "en",
        "--color",
        "always",
        "action",
        "set",
        "pe-1",
        "--progress",
        "50",
        "--dry-run",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("\x1b[31m-progress = 40\x1b[0m\n\x1b[32m+progress = 50\x1b[0m\n"),
        "{:?}",
        run.stdout
    );
    assert_eq!(text(&repo, "actions/pe-1.toml"), PE_1);
}

/// A file whose lines end in both ways (one CRLF line among LF ones, as an
/// editor on Windows leaves after a paste) should keep each line's end.
#[test]
fn mixed_line_ends_are_kept_line_by_line() {
    let mixed = PE_1.replacen('\n', "\r\n", 1);
    let repo = Repo::new().file("actions/pe-1.toml", &mixed);
    let after = edited(
        &repo,
        &["action", "set", "pe-1", "--progress", "50"],
        "actions/pe-1.toml",
    );
    assert_eq!(after, mixed.replace("progress = 40", "progress = 50"));
}

/// `--dry-run` says the warnings the edit would add, as the edit would;
/// the diff alone is on stdout, and nothing is written.
#[test]
fn a_dry_run_says_the_warnings_too() {
    let repo = Repo::new();
    let before = bytes(&repo, "officers/bob.toml");
    let run = repo.run(&[
        "officer",
        "assign",
        "bob",
        "--commune",
        "istres",
        "--fte",
        "0,25",
        "--from",
        "2026-07-01",
        "--dry-run",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .starts_with("--- a/officers/bob.toml\n+++ b/officers/bob.toml\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.starts_with("warning[fte-over-target]: "),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("wrote"), "{}", run.stderr);
    assert_eq!(bytes(&repo, "officers/bob.toml"), before);
}

/// An edit that changes nothing says so, and writes nothing.
#[test]
fn an_edit_that_changes_nothing_says_so() {
    let repo = Repo::new();
    let progress = text(&repo, "actions/pe-1.toml");
    let now = progress
        .lines()
        .find_map(|line| line.strip_prefix("progress = "))
        .expect("pe-1 has a progress")
        .to_owned();
    let run = repo.run(&["action", "set", "pe-1", "--progress", &now]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stderr,
        "actions/pe-1.toml already says so; nothing was written\n"
    );
    assert_eq!(text(&repo, "actions/pe-1.toml"), progress);
}

/// A record whose file is a symbolic link is not written through (nor
/// replaced by a file): the link and its target are left as they were.
#[cfg(unix)]
#[test]
fn a_record_behind_a_link_is_not_edited() {
    let repo = Repo::new();
    let target = repo.join("shared/bob.toml");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::rename(repo.join("officers/bob.toml"), &target).unwrap();
    std::os::unix::fs::symlink("../shared/bob.toml", repo.join("officers/bob.toml")).unwrap();
    let before = std::fs::read(&target).unwrap();
    let run = repo.run(&["officer", "end", "bob", "--on", "2026-12-31"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        run.stderr,
        "error: officers/bob.toml is a symbolic link; nothing was written through it\n  help: edit the file it names, or replace the link with the file\n"
    );
    assert!(
        std::fs::symlink_metadata(repo.join("officers/bob.toml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read(&target).unwrap(), before);
}

/// An edited file keeps its permissions (the write goes through a new
/// temporary file, readable by its owner only until then).
#[cfg(unix)]
#[test]
fn an_edited_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let repo = Repo::new();
    let file = repo.join("actions/pe-1.toml");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o664)).unwrap();
    let run = repo.run(&["action", "set", "pe-1", "--progress", "45"]);
    assert_eq!(run.code, 0, "{run:?}");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o664);
}
