//! The standard fixture of the answers' tests (`fte`, `status`, `actions`):
//! a repository with five communes and officers who come and go.

use super::Repo;

impl Repo {
    /// The standard fixture: five communes, a split officer, one who leaves on
    /// 2026-06-30, one who arrives on 2026-03-01, one not cofunded, and actions.
    ///
    /// Cofunded FTE: 1.5 from 2025-01-01 (ana 1.0 Istres, bob 0.3 Istres + 0.2
    /// Fos-sur-Mer), 2.0 from 2026-03-01 (cleo 0.5 Istres), 1.0 from
    /// 2026-07-01 (ana's last day is 2026-06-30). dan's 0.4 at Fos-sur-Mer is
    /// not cofunded. The plan gives each commune its baseline (Istres 1.3,
    /// Fos-sur-Mer 0.2), so each has a target.
    pub fn fixture() -> Repo {
        let repo = Repo::bare();
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

[fte.baseline_by_commune]
"Istres" = 1.3
"Fos-sur-Mer" = 0.2
"#;
