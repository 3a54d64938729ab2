//! Fixture repositories in temporary folders, and running the real binary on them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// What a run of `ctg` left behind.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The stdout, parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }
}

/// Runs `ctg --dir DIR ARGS…` (with `NO_COLOR` and no inherited `CTG_DIR`).
pub fn ctg(dir: &Path, args: &[&str]) -> Run {
    let output = Command::cargo_bin("ctg")
        .unwrap()
        .env_remove("CTG_DIR")
        .env("NO_COLOR", "1")
        .arg("--dir")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// The real repository of the CTG Golfe et des étangs.
pub fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// A repository in a temporary folder.
pub struct Repo {
    pub dir: TempDir,
}

impl Repo {
    /// An empty folder.
    pub fn empty() -> Repo {
        Repo {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// Writes a file (folders created as needed).
    pub fn file(&self, path: &str, text: &str) -> &Repo {
        let path = self.dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    /// A copy of `data/`, to break in a test.
    pub fn data_copy() -> Repo {
        fn copy(from: &Path, to: &Path) {
            std::fs::create_dir_all(to).unwrap();
            for entry in std::fs::read_dir(from).unwrap() {
                let entry = entry.unwrap();
                let target = to.join(entry.file_name());
                if entry.file_type().unwrap().is_dir() {
                    copy(&entry.path(), &target);
                } else {
                    std::fs::copy(entry.path(), target).unwrap();
                }
            }
        }
        let repo = Repo::empty();
        copy(&data(), repo.dir.path());
        repo
    }

    /// Replaces `from` by `to` in a file of the repository (which must hold it).
    pub fn edit(&self, path: &str, from: &str, to: &str) -> &Repo {
        let path = self.dir.path().join(path);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{} has no {from:?}", path.display());
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
        self
    }

    /// Runs `ctg` on it.
    pub fn ctg(&self, args: &[&str]) -> Run {
        ctg(self.dir.path(), args)
    }

    /// The standard fixture: five communes, a split officer, one who leaves on
    /// 2026-06-30, one who arrives on 2026-03-01, one not cofunded, and actions.
    ///
    /// Cofunded FTE: 1.5 from 2025-01-01 (ana 1.0 Istres, bob 0.3 Istres + 0.2
    /// Fos-sur-Mer), 2.0 from 2026-03-01 (cleo 0.5 Istres), 1.0 from
    /// 2026-07-01 (ana's last day is 2026-06-30). dan's 0.4 at Fos-sur-Mer is
    /// not cofunded.
    pub fn fixture() -> Repo {
        let repo = Repo::empty();
        repo.file("copil.toml", COPIL)
            .file(
                "officers/ana.toml",
                r#"name = "Ana Alves"
employer = "Ville d'Istres"
missions = ["network", "evaluation"]

[[assignment]]
commune = "Istres"
fte = 1.0
start = 2025-01-01
end = 2026-06-30
"#,
            )
            .file(
                "officers/bob.toml",
                r#"name = "Bob Brun"
employer = "Ville de Fos-sur-Mer"

[[assignment]]
commune = "Istres"
fte = 0.3
start = 2025-01-01

[[assignment]]
commune = "Fos-sur-Mer"
fte = 0.2
start = 2025-01-01
"#,
            )
            .file(
                "officers/cleo.toml",
                r#"name = "Cléo Caron"
employer = "Ville d'Istres"
missions = ["decision-support"]

[[assignment]]
commune = "Istres"
fte = 0.5
start = 2026-03-01
"#,
            )
            .file(
                "officers/dan.toml",
                r#"name = "Dan Dufour"
employer = "Ville de Fos-sur-Mer"
caf_cofunded = false

[[assignment]]
commune = "Fos-sur-Mer"
fte = 0.4
start = 2025-01-01
"#,
            )
            .file(
                "commissions/pe.toml",
                r#"name = "Petite enfance"
kind = "thematic"
referent = "cleo"
min_meetings_per_year = 2

[[meeting]]
date = 2026-02-01

[[meeting]]
date = 2026-09-01
status = "planned"
"#,
            )
            .file(
                "commissions/psl.toml",
                r#"name = "Port-Saint-Louis"
kind = "territorial"
communes = ["Port-Saint-Louis-du-Rhône"]
referent = "bob"
"#,
            )
            .file(
                "actions/a1.toml",
                r#"title = "Overdue one"
commission = "pe"
status = "in-progress"
lead = "cleo"
communes = ["Istres"]
due = 2026-05-01
progress = 40
"#,
            )
            .file(
                "actions/a2.toml",
                r#"title = "Done one"
commission = "pe"
status = "done"
lead = "bob"
due = 2026-02-01
completed = 2026-01-10
progress = 100
"#,
            )
            .file(
                "actions/a3.toml",
                r#"title = "Due soon, in Port-Saint-Louis"
commission = "psl"
status = "planned"
lead = "bob"
communes = ["Port-Saint-Louis-du-Rhône"]
due = 2026-08-15
"#,
            )
            .file(
                "actions/a4.toml",
                r#"title = "Blocked, whole territory, no due date"
commission = "psl"
status = "blocked"
"#,
            )
            .file(
                "actions/a5.toml",
                r#"title = "Planned at Fos, \"quoted\", with a comma"
commission = "pe"
status = "planned"
lead = "cleo"
communes = ["Fos-sur-Mer"]
due = 2026-07-20
"#,
            );
        repo
    }
}

const COPIL: &str = r#"[convention]
name = "CTG Test"
start = 2025-01-01
end = 2027-12-31
communes = ["Istres", "Fos-sur-Mer", "L'Isle-sur-la-Sorgue", "Port-Saint-Louis-du-Rhône", "Port-de-Bouc"]

[copil]
min_meetings_per_year = 1

[[copil.member]]
name = "Alice"
organisation = "Caf"
funder = true

[[copil.member]]
name = "Bernard"
organisation = "Métropole"

[[copil.meeting]]
date = 2025-06-01

[[copil.meeting]]
date = 2026-06-01

[[copil.meeting]]
date = 2026-12-10
status = "planned"

[fte]
target = 2.0
baseline = 1.5
baseline_date = 2025-01-01

[fte.increase]
"Istres" = 0.5
"#;

/// The lines of `text`, trailing spaces removed.
pub fn lines(text: &str) -> Vec<&str> {
    text.lines().map(str::trim_end).collect()
}

/// Whether `text` has a line whose words are exactly `words` (spacing ignored).
pub fn has_row(text: &str, words: &[&str]) -> bool {
    text.lines()
        .any(|line| line.split_whitespace().collect::<Vec<_>>() == words)
}
