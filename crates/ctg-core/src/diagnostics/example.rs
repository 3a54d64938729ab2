//! An example of every problem code: the files that trigger it, dropped into
//! a sound repository. `ctg explain` shows them, and a test checks each one
//! really produces its code, so the documentation cannot lie.

use crate::diagnostics::Code;

/// A file of an example: its path from the repository root and its text.
pub type ExampleFile = (&'static str, &'static str);

const OFFICER_TYPO: &str = r#"nmae = "Marie Dupont"

[[assignment]]
commune = "Istres"
fte = 0.5
start = 2025-01-01
"#;

/// The files that trigger `code` (empty when no file text can show it:
/// see `messages::explain::situation`).
pub fn example(code: Code) -> &'static [ExampleFile] {
    use Code as C;
    match code {
        C::Syntax => &[(
            "officers/marie-dupont.toml",
            r#"name = "Marie Dupont
employer = "Ville d'Istres"
"#,
        )],
        C::UnknownField => &[("officers/marie-dupont.toml", OFFICER_TYPO)],
        C::MissingField => &[(
            "officers/marie-dupont.toml",
            r#"name = "Marie Dupont"

[[assignment]]
commune = "Istres"
start = 2025-01-01
"#,
        )],
        C::InvalidValue => &[(
            "officers/marie-dupont.toml",
            r#"name = "Marie Dupont"

[[assignment]]
commune = "Istres"
fte = 1.5
start = 2025-01-01
"#,
        )],
        C::InvalidId => &[(
            "commissions/Petite enfance.toml",
            r#"name = "Petite enfance"
kind = "thematic"
referent = "marie-dupont"
"#,
        )],
        C::DuplicateId => &[(
            "actions/2026/pe-01.toml",
            r#"title = "Guichet unique"
commission = "petite-enfance"
status = "planned"
"#,
        )],
        C::UnknownReference => &[(
            "actions/pe-02.toml",
            r#"title = "Relais petite enfance"
commission = "petite-enfant"
status = "planned"
"#,
        )],
        C::FteOverbooked => &[(
            "officers/marie-dupont.toml",
            r#"name = "Marie Dupont"

[[assignment]]
commune = "Istres"
fte = 0.5
start = 2025-01-01

[[assignment]]
commune = "Fos-sur-Mer"
fte = 0.8
start = 2026-01-05
"#,
        )],
        C::PlanMismatch => &[(
            "copil.toml",
            r#"[convention]
name = "CTG Golfe et des étangs"
start = 2025-01-01
end = 2029-12-31
communes = ["Istres", "Fos-sur-Mer"]

[[copil.meeting]]
date = 2025-03-18

[[copil.meeting]]
date = 2026-03-10

[fte]
target = 1.0
baseline = 0.5

[fte.increase]
"Istres" = 0.2
"#,
        )],
        C::MeetingInFutureHeld => &[(
            "commissions/petite-enfance.toml",
            r#"name = "Petite enfance"
kind = "thematic"
referent = "marie-dupont"

[[meeting]]
date = 2029-06-12
status = "held"
"#,
        )],
        C::FileTooLarge | C::UnreadableFile | C::SkippedFile => &[],
        C::StrayFile => &[("notes.toml", "title = \"Notes de réunion\"\n")],
        C::OutsideConvention => &[(
            "actions/pe-02.toml",
            r#"title = "Schéma petite enfance"
commission = "petite-enfance"
status = "planned"
due = 2031-06-30
"#,
        )],
        C::FteOverTarget => &[(
            "officers/luc-martin.toml",
            r#"name = "Luc Martin"

[[assignment]]
commune = "Fos-sur-Mer"
fte = 0.5
start = 2026-01-05
"#,
        )],
        C::BaselineMismatch => &[(
            "officers/luc-martin.toml",
            r#"name = "Luc Martin"

[[assignment]]
commune = "Fos-sur-Mer"
fte = 0.2
start = 2024-09-01
end = 2025-06-30
"#,
        )],
        C::CopilFrequency => &[(
            "copil.toml",
            r#"[convention]
name = "CTG Golfe et des étangs"
start = 2025-01-01
end = 2029-12-31
communes = ["Istres", "Fos-sur-Mer"]

[copil]
min_meetings_per_year = 2

[[copil.meeting]]
date = 2025-03-18

[[copil.meeting]]
date = 2026-03-10

[fte]
target = 0.5
"#,
        )],
        C::CommissionFrequency => &[(
            "commissions/petite-enfance.toml",
            r#"name = "Petite enfance"
kind = "thematic"
referent = "marie-dupont"
min_meetings_per_year = 2

[[meeting]]
date = 2025-05-20
"#,
        )],
        C::MeetingNotRecorded => &[(
            "commissions/petite-enfance.toml",
            r#"name = "Petite enfance"
kind = "thematic"
referent = "marie-dupont"

[[meeting]]
date = 2026-01-15
status = "planned"
"#,
        )],
        C::NoReferent => &[(
            "commissions/petite-enfance.toml",
            r#"name = "Petite enfance"
kind = "thematic"
"#,
        )],
        C::ReferentInactive => &[
            (
                "commissions/petite-enfance.toml",
                r#"name = "Petite enfance"
kind = "thematic"
referent = "luc-martin"
"#,
            ),
            (
                "officers/luc-martin.toml",
                r#"name = "Luc Martin"
caf_cofunded = false

[[assignment]]
commune = "Istres"
fte = 0.2
start = 2025-01-01
end = 2025-06-30
"#,
            ),
        ],
        C::Overdue => &[(
            "actions/pe-01.toml",
            r#"title = "Guichet unique"
commission = "petite-enfance"
status = "in-progress"
due = 2026-03-31
"#,
        )],
    }
}

/// A sound repository the examples are dropped into: every example above,
/// written over it, produces its code. Checked as of 2026-06-15 by the tests.
pub const BASE: &[ExampleFile] = &[
    (
        "copil.toml",
        r#"[convention]
name = "CTG Golfe et des étangs"
start = 2025-01-01
end = 2029-12-31
communes = ["Istres", "Fos-sur-Mer"]

[[copil.meeting]]
date = 2025-03-18

[[copil.meeting]]
date = 2026-03-10

[fte]
target = 0.5
baseline = 0.5
"#,
    ),
    (
        "officers/marie-dupont.toml",
        r#"name = "Marie Dupont"

[[assignment]]
commune = "Istres"
fte = 0.5
start = 2025-01-01
"#,
    ),
    (
        "commissions/petite-enfance.toml",
        r#"name = "Petite enfance"
kind = "thematic"
referent = "marie-dupont"
"#,
    ),
    (
        "actions/pe-01.toml",
        r#"title = "Guichet unique"
commission = "petite-enfance"
status = "in-progress"
due = 2027-06-30
"#,
    ),
];
