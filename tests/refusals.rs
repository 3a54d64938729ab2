//! Small refusals said as a user can act on them, in English and French: an
//! empty file or folder name, a year that is not one, a file where a folder
//! is expected.

use std::path::Path;

/// `ctg args…` in `dir`: exit status and stderr.
fn refused(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = crate::support::ctg()
        .env_remove("CTG_DIR")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(out.stdout.is_empty(), "{args:?}: something on stdout");
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A sound repository to run the commands in.
fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for (path, text) in ctg_core::analysis::codes::BASE {
        let full = tmp.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    tmp
}

#[test]
fn an_empty_report_file_name_asks_for_one() {
    let tmp = repo();
    for (flag, shown) in [("-o", "--output"), ("--output", "--output")] {
        assert_eq!(
            refused(tmp.path(), &["--lang", "en", "report", flag, ""]),
            (
                2,
                format!(
                    "error: {shown} needs a file name, and was given an empty one\n  \
                     write the name of the file to write, such as report-2026.html\n"
                )
            )
        );
        assert_eq!(
            refused(tmp.path(), &["--lang", "fr", "report", flag, ""]),
            (
                2,
                format!(
                    "erreur : {shown} attend un nom de fichier, et en a reçu un vide\n  \
                     écrivez le nom du fichier à écrire, par exemple rapport-2026.html\n"
                )
            )
        );
    }
}

#[test]
fn an_empty_folder_name_asks_for_one() {
    let tmp = repo();
    for (args, shown_en, shown_fr) in [
        (&["--dir", "", "check"][..], "--dir", "--dir"),
        (&["schema", "--out", ""][..], "--out", "--out"),
        (&["init", ""][..], "[DIR]", "[DOSSIER]"),
    ] {
        let en = [&["--lang", "en"][..], args].concat();
        assert_eq!(
            refused(tmp.path(), &en),
            (
                2,
                format!(
                    "error: {shown_en} needs a folder name, and was given an empty one\n  \
                     write the folder's name, such as ctg-golfe (or `.` for the current folder)\n"
                )
            )
        );
        let fr = [&["--lang", "fr"][..], args].concat();
        assert_eq!(
            refused(tmp.path(), &fr),
            (
                2,
                format!(
                    "erreur : {shown_fr} attend un nom de dossier, et en a reçu un vide\n  \
                     écrivez le nom du dossier, par exemple ctg-golfe (ou `.` pour le dossier courant)\n"
                )
            )
        );
    }
}

#[test]
fn a_year_that_is_not_one_asks_for_a_year() {
    let tmp = repo();
    for year in ["99999999999", "2026-01-01", "deux-mille"] {
        assert_eq!(
            refused(tmp.path(), &["--lang", "en", "report", "--year", year]),
            (
                2,
                format!(
                    "error: invalid value for --year: `{year}`\n  write a year, such as 2026\n"
                )
            )
        );
        assert_eq!(
            refused(tmp.path(), &["--lang", "fr", "report", "--year", year]),
            (
                2,
                format!(
                    "erreur : valeur invalide pour --year : `{year}`\n  \
                     écrivez une année, par exemple 2026\n"
                )
            )
        );
    }
    // A date is still asked for as a date.
    assert_eq!(
        refused(tmp.path(), &["--lang", "fr", "--at", "2026/01/01", "check"]),
        (
            2,
            "erreur : valeur invalide pour --at : `2026/01/01`\n  \
             écrivez la date JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 28/11/2026\n"
                .to_owned()
        )
    );
}

#[test]
fn a_file_where_a_folder_goes_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "mine\n").unwrap();
    for args in [
        &["schema", "--out", "notes.txt"][..],
        &["init", "notes.txt"][..],
        &["init", "notes.txt/ctg"][..],
        &["schema", "--out", "notes.txt/schemas"][..],
    ] {
        assert_eq!(
            refused(tmp.path(), &[&["--lang", "en"][..], args].concat()),
            (
                2,
                "error: notes.txt is a file, not a folder; nothing was written\n  \
                 help: name a folder (it is created if it does not exist), or move that file away\n"
                    .to_owned()
            ),
            "{args:?}"
        );
        assert_eq!(
            refused(tmp.path(), &[&["--lang", "fr"][..], args].concat()),
            (
                2,
                "erreur : notes.txt est un fichier, pas un dossier : rien n'a été écrit\n  \
                 aide : indiquez un dossier (il est créé s'il n'existe pas), ou déplacez ce fichier\n"
                    .to_owned()
            ),
            "{args:?}"
        );
    }
    // Nothing was written, and the file is as it was.
    let names: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert_eq!(names.len(), 1);
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("notes.txt")).unwrap(),
        "mine\n"
    );
}
