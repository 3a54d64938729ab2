//! `ctg init` and `ctg new`: what they write passes `ctg check`, and they
//! never replace a file without --force.

use std::path::Path;

use assert_cmd::Command;

const AT: &str = "2026-11-28";

fn ctg() -> Command {
    let mut cmd = crate::support::ctg();
    cmd.env_remove("CTG_DIR");
    cmd
}

fn check(root: &Path) -> (i32, String) {
    let out = ctg()
        .args(["--at", AT, "--dir"])
        .arg(root)
        .args(["check", "--format", "short"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn init(dir: &Path, lang: &str) -> assert_cmd::assert::Assert {
    ctg()
        .args(["--at", AT, "--lang", lang, "init"])
        .arg(dir)
        .assert()
}

#[test]
fn a_new_repository_passes_check_without_a_warning() {
    for lang in ["en", "fr"] {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("ctg");
        let out = init(&root, lang).success();
        let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(stdout.contains("ctg hook install"), "{stdout}");
        assert_eq!(check(&root), (0, String::new()), "{lang}");
        for file in [
            "copil.toml",
            "officers/marie-dupont.toml",
            "commissions/petite-enfance.toml",
            "actions/pe-01.toml",
            ".taplo.toml",
            ".ctg/schemas/copil.schema.json",
            ".ctg/schemas/commission.schema.json",
            ".ctg/schemas/officer.schema.json",
            ".ctg/schemas/action.schema.json",
        ] {
            assert!(root.join(file).is_file(), "{file} in {lang}");
        }
        let copil = std::fs::read_to_string(root.join("copil.toml")).unwrap();
        assert!(copil.contains(&format!("language = \"{lang}\"")));
        assert!(
            copil.contains("start = 2026-01-01\nend = 2030-12-31\n"),
            "{copil}"
        );
        assert!(
            copil.contains("date = 2026-12-28\nstatus = \"planned\""),
            "{copil}"
        );
    }
}

#[test]
fn the_next_steps_are_in_the_chosen_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = init(tmp.path(), "fr").success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(stdout.starts_with("dépôt CTG créé dans "), "{stdout}");
    assert!(stdout.contains("Étapes suivantes :"), "{stdout}");
}

#[test]
fn init_writes_into_the_current_folder_by_default() {
    let tmp = tempfile::tempdir().unwrap();
    ctg()
        .current_dir(tmp.path())
        .args(["--at", AT, "init"])
        .assert()
        .success();
    assert!(tmp.path().join("copil.toml").is_file());
}

#[test]
fn init_never_replaces_a_file_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let officers = tmp.path().join("officers");
    std::fs::create_dir_all(&officers).unwrap();
    let mine = "name = \"Mine\"\n# my notes\n";
    std::fs::write(officers.join("marie-dupont.toml"), mine).unwrap();
    let out = init(tmp.path(), "en").code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let shown = tmp
        .path()
        .join("officers/marie-dupont.toml")
        .display()
        .to_string();
    assert!(
        err.starts_with(&format!(
            "error: {shown} already exists; nothing was written\n"
        )),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    // Nothing at all was written, and the file is untouched.
    assert_eq!(
        std::fs::read_to_string(officers.join("marie-dupont.toml")).unwrap(),
        mine
    );
    assert!(!tmp.path().join("copil.toml").exists());
    assert!(!tmp.path().join("actions").exists());
    // --force replaces it.
    ctg()
        .args(["--at", AT, "init", "--force"])
        .arg(tmp.path())
        .assert()
        .success();
    assert_ne!(
        std::fs::read_to_string(officers.join("marie-dupont.toml")).unwrap(),
        mine
    );
    assert_eq!(check(tmp.path()).0, 0);
}

fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    init(tmp.path(), "en").success();
    tmp
}

fn new(root: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    ctg()
        .args(["--at", AT, "--dir"])
        .arg(root)
        .arg("new")
        .args(args)
        .assert()
}

#[test]
fn new_records_pass_check() {
    let tmp = repo();
    let root = tmp.path();
    // Keep the staffing within the target, so that no warning comes from the plan.
    std::fs::write(
        root.join("copil.toml"),
        std::fs::read_to_string(root.join("copil.toml"))
            .unwrap()
            .replace("target = 0.5", "target = 0.8")
            + "\n[fte.increase]\n\"Commune B\" = 0.3\n",
    )
    .unwrap();
    let out = new(
        root,
        &[
            "officer",
            "luc-martin",
            "--commune",
            "commune b",
            "--fte",
            "0.3",
            "--start",
            "2026-09-01",
        ],
    )
    .success();
    assert_eq!(
        String::from_utf8(out.get_output().stdout.clone()).unwrap(),
        "created officers/luc-martin.toml\n  fill it in, then run `ctg check`\n"
    );
    let officer = std::fs::read_to_string(root.join("officers/luc-martin.toml")).unwrap();
    assert!(officer.contains("name = \"Luc Martin\"\n"), "{officer}");
    assert!(
        officer.contains("commune = \"Commune B\"\nfte = 0.3\nstart = 2026-09-01\n"),
        "{officer}"
    );
    new(root, &["commission", "jeunesse"]).success();
    new(
        root,
        &[
            "action",
            "je-01",
            "--commission",
            "jeunesse",
            "--start",
            "2026-12-01",
        ],
    )
    .success();
    let action = std::fs::read_to_string(root.join("actions/je-01.toml")).unwrap();
    assert!(action.contains("title = \"Je 01\"\n"), "{action}");
    assert!(action.contains("\ncommission = \"jeunesse\"\n"), "{action}");
    assert!(action.contains("start = 2026-12-01\n"), "{action}");
    // The new commission has no referent yet: a warning that says so, and nothing else.
    assert_eq!(
        check(root),
        (0, "commissions/jeunesse.toml:1:1: warning[no-referent]: this commission has no referent officer\n".to_owned())
    );
}

#[test]
fn new_refuses_an_invalid_id_with_a_suggestion() {
    let tmp = repo();
    let out = new(tmp.path(), &["officer", "Luc Martin"]).code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.starts_with("error: `Luc Martin` is not a valid id\n"),
        "{err}"
    );
    assert!(err.contains("`luc-martin`"), "{err}");
    assert!(!tmp.path().join("officers/Luc Martin.toml").exists());
}

#[test]
fn new_refuses_a_bad_fte_and_a_flag_that_does_not_apply() {
    let tmp = repo();
    for fte in ["1.5", "0", "0.333", "half"] {
        let out = new(tmp.path(), &["officer", "luc-martin", "--fte", fte]).code(2);
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(
            err.starts_with(&format!("error: `--fte {fte}` is not a share of a post\n")),
            "{err}"
        );
    }
    let out = new(tmp.path(), &["commission", "jeunesse", "--fte", "0.5"]).code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.starts_with("error: `--fte` does not apply to a new commission\n"),
        "{err}"
    );
    assert!(!tmp.path().join("officers/luc-martin.toml").exists());
    assert!(!tmp.path().join("commissions/jeunesse.toml").exists());
}

#[test]
fn new_never_replaces_a_file_without_force() {
    let tmp = repo();
    let path = tmp.path().join("officers/marie-dupont.toml");
    let before = std::fs::read(&path).unwrap();
    let out = new(tmp.path(), &["officer", "marie-dupont", "--fte", "1"]).code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.starts_with(&format!(
            "error: {} already exists; nothing was written\n",
            path.display()
        )),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    new(
        tmp.path(),
        &["officer", "marie-dupont", "--fte", "1", "--force"],
    )
    .success();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("fte = 1.0\n")
    );
}

#[test]
fn new_speaks_the_repository_language() {
    let tmp = tempfile::tempdir().unwrap();
    init(tmp.path(), "fr").success();
    let out = new(tmp.path(), &["commission", "jeunesse"]).success();
    assert_eq!(
        String::from_utf8(out.get_output().stdout.clone()).unwrap(),
        "commissions/jeunesse.toml créé\n  complétez-le, puis lancez `ctg check`\n"
    );
    let text = std::fs::read_to_string(tmp.path().join("commissions/jeunesse.toml")).unwrap();
    assert!(text.starts_with("# Une commission de travail."), "{text}");
}

#[test]
fn new_refuses_an_id_another_file_of_the_folder_has() {
    let tmp = repo();
    let other = tmp.path().join("actions/2026/PE-02.toml");
    std::fs::create_dir_all(other.parent().unwrap()).unwrap();
    std::fs::write(
        &other,
        "title = \"x\"\ncommission = \"petite-enfance\"\nstatus = \"planned\"\n",
    )
    .unwrap();
    for force in [false, true] {
        let mut cmd = ctg();
        cmd.args(["--at", AT, "--lang", "en", "--dir"])
            .arg(tmp.path())
            .args(["new", "action", "pe-02"]);
        if force {
            cmd.arg("--force");
        }
        let out = cmd.assert().code(2);
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(
            err.starts_with("error: the id `pe-02` is already used by actions/2026/PE-02.toml; nothing was written\n"),
            "{err}"
        );
    }
    assert!(!tmp.path().join("actions/pe-02.toml").exists());
}

/// `ctg new action pe-01` wrote the title "Pe 01" with no word about it:
/// `--title` gives the real one, and without it a note says where to
/// change it. `ctg init`'s example action has a real title.
#[test]
fn new_action_takes_its_title_and_says_when_it_made_one() {
    let tmp = repo();
    let root = tmp.path();
    let example = std::fs::read_to_string(root.join("actions/pe-01.toml")).unwrap();
    assert!(
        example.contains("title = \"Single desk for childcare requests\"\n"),
        "{example}"
    );
    let out = new(
        root,
        &[
            "action",
            "pe-02",
            "--title",
            "Relais \"petite enfance\" itinérant",
        ],
    )
    .success();
    assert!(out.get_output().stderr.is_empty());
    let action = std::fs::read_to_string(root.join("actions/pe-02.toml")).unwrap();
    assert!(
        action.contains("title = 'Relais \"petite enfance\" itinérant'\n"),
        "{action}"
    );
    let out = new(root, &["action", "pe-03"]).success();
    assert_eq!(
        String::from_utf8(out.get_output().stderr.clone()).unwrap(),
        "note: the title is \"Pe 03\", made from the id; write the real one in the file, or give --title next time\n"
    );
    let out = new(root, &["officer", "luc-martin", "--title", "x"]).code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.starts_with("error: `--title` does not apply to a new officer\n"),
        "{err}"
    );
    assert_eq!(check(root).0, 0);
}

/// `ctg new commission ouest --territorial --communes …` writes a
/// territorial commission over the communes as the convention spells them,
/// which `ctg check` accepts; `--territorial` alone is refused.
#[test]
fn new_territorial_commission_with_its_communes() {
    let tmp = repo();
    let root = tmp.path();
    new(
        root,
        &[
            "commission",
            "ouest",
            "--name",
            "Commission territoriale Ouest",
            "--territorial",
            "--communes",
            "commune b,commune a",
        ],
    )
    .success();
    let text = std::fs::read_to_string(root.join("commissions/ouest.toml")).unwrap();
    assert!(
        text.contains("name = \"Commission territoriale Ouest\"\n"),
        "{text}"
    );
    assert!(text.contains("\nkind = \"territorial\"\n"), "{text}");
    assert!(
        text.contains("\ncommunes = [\"Commune B\", \"Commune A\"]\n"),
        "{text}"
    );
    let (code, out) = check(root);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("invalid-value"), "{out}");
    let out = new(root, &["commission", "est", "--territorial"]).code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.starts_with(
            "error: a territorial commission needs its communes: give them with --communes\n"
        ),
        "{err}"
    );
    let out = new(root, &["commission", "nord", "--communes", "Paris"]).code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("Paris"), "{err}");
    assert!(!root.join("commissions/est.toml").exists());
    assert!(!root.join("commissions/nord.toml").exists());
}
