//! What the files hold: keys the format does not define (`unknown-field`),
//! keys it requires that are absent (`missing-field`) and values of the
//! wrong type or out of range (`invalid-value`). The document's validator
//! and the building of records find them.

use chrono::NaiveDate;

use crate::diagnostics::message::{Message, did_you_mean, quoted_list};
use crate::diagnostics::{Code, Definition, Example, Explanation, Severity};
use crate::domain::model::RecordKind;
use crate::i18n::{Lang, date};

/// `unknown-field`: a key the format does not define.
pub const UNKNOWN_FIELD: Code = Code::new(&Definition {
    name: "unknown-field",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A key that the format does not define, often a typo. It would be silently ignored, so ctg refuses it.",
        fix: "Correct the key's spelling (ctg suggests the nearest one), or remove it. `ctg schema` and `docs/format.md` list the keys.",
    },
    fr: Explanation {
        meaning: "Une clé que le format ne définit pas, souvent une faute de frappe. Elle serait ignorée sans bruit : ctg la refuse.",
        fix: "Corrigez l'orthographe de la clé (ctg propose la plus proche), ou retirez-la. `ctg schema` et `docs/format.md` donnent la liste des clés.",
    },
    example: Example::Files(&[(
        "officers/marie-dupont.toml",
        include_str!("examples/unknown-field/officers/marie-dupont.toml"),
    )]),
});

/// `missing-field`: a key the format requires is absent.
pub const MISSING_FIELD: Code = Code::new(&Definition {
    name: "missing-field",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A key that the format requires is absent from the file or from one of its tables.",
        fix: "Add the key with its value, in the table named by the message.",
    },
    fr: Explanation {
        meaning: "Une clé obligatoire manque dans le fichier ou dans l'une de ses tables.",
        fix: "Ajoutez la clé et sa valeur, dans la table indiquée par le message.",
    },
    example: Example::Files(&[(
        "officers/marie-dupont.toml",
        include_str!("examples/missing-field/officers/marie-dupont.toml"),
    )]),
});

/// `invalid-value`: a value of the wrong type or out of range.
pub const INVALID_VALUE: Code = Code::new(&Definition {
    name: "invalid-value",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A value of the wrong type or out of range: text where a number or date is expected, a word that is not one of the allowed ones, an FTE above 1 or with more than two decimals, an end before its start, `completed` on an action that is not done.",
        fix: "Write the value the message asks for; the help line gives the allowed words or range.",
    },
    fr: Explanation {
        meaning: "Une valeur du mauvais type ou hors limites : un texte là où un nombre ou une date est attendu, un mot qui n'est pas dans la liste permise, un ETP au-delà de 1 ou avec plus de deux décimales, une fin avant son début, `completed` sur une action qui n'est pas terminée.",
        fix: "Écrivez la valeur demandée par le message ; la ligne d'aide donne les mots ou les limites permis.",
    },
    example: Example::Files(&[(
        "officers/marie-dupont.toml",
        include_str!("examples/invalid-value/officers/marie-dupont.toml"),
    )]),
});

/// `date-out-of-range`: a date no CTG can have, most often a typo in the year.
pub const DATE_OUT_OF_RANGE: Code = Code::new(&Definition {
    name: "date-out-of-range",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A date before 1990 or after 2100: no CTG has one (the scheme dates from the 2010s), so it is a typo, most often in the year (`0025-01-01` for `2025-01-01`). Left in, it would stretch the yearly rules and tables over centuries.",
        fix: "Correct the year.",
    },
    fr: Explanation {
        meaning: "Une date avant 1990 ou après 2100 : aucune CTG n'en a (le dispositif date des années 2010), c'est donc une faute de frappe, le plus souvent dans l'année (`0025-01-01` pour `2025-01-01`). Laissée, elle étendrait les règles annuelles et les tableaux sur des siècles.",
        fix: "Corrigez l'année.",
    },
    example: Example::Files(&[(
        "officers/marie-dupont.toml",
        include_str!("examples/date-out-of-range/officers/marie-dupont.toml"),
    )]),
});

/// `duplicate-measure`: two measures of one indicator on the same day.
pub const DUPLICATE_MEASURE: Code = Code::new(&Definition {
    name: "duplicate-measure",
    severity: Severity::Error,
    en: Explanation {
        meaning: "An indicator has two measures dated the same day: which one counts would depend on the order of the lines, so neither is trusted.",
        fix: "Keep one measure for that day (merge the two values, or correct the date of one).",
    },
    fr: Explanation {
        meaning: "Un indicateur a deux mesures datées du même jour : celle qui compte dépendrait de l'ordre des lignes, aucune n'est donc retenue.",
        fix: "Gardez une seule mesure pour ce jour (fusionnez les deux valeurs, ou corrigez la date de l'une).",
    },
    example: Example::Files(&[(
        "actions/pe-01.toml",
        include_str!("examples/duplicate-measure/actions/pe-01.toml"),
    )]),
});

/// The first and last years a CTG's date can plausibly fall in.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// The codes of this family.
pub const CODES: &[Code] = &[
    UNKNOWN_FIELD,
    MISSING_FIELD,
    INVALID_VALUE,
    DATE_OUT_OF_RANGE,
    DUPLICATE_MEASURE,
];

/// The range a number must fall in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bounds {
    /// One person's share of a post: above 0, at most 1.
    Share,
    /// A total: above 0.
    Positive,
    /// A baseline or increase: 0 or more.
    NonNegative,
    /// A percentage: 0 to 100.
    Percent,
    /// Meetings a year: 0 to 366.
    PerYear,
    /// An indicator's value: a finite number below a thousand billion.
    Magnitude,
}

impl Bounds {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Bounds::Share, Lang::En) => "above 0 and at most 1",
            (Bounds::Share, Lang::Fr) => "supérieure à 0 et au plus 1",
            (Bounds::Positive, Lang::En) => "above 0",
            (Bounds::Positive, Lang::Fr) => "supérieure à 0",
            (Bounds::NonNegative, Lang::En) => "of 0 or more",
            (Bounds::NonNegative, Lang::Fr) => "positive ou nulle",
            (Bounds::Percent, Lang::En) => "from 0 to 100",
            (Bounds::Percent, Lang::Fr) => "de 0 à 100",
            (Bounds::PerYear, Lang::En) => "from 0 to 366",
            (Bounds::PerYear, Lang::Fr) => "de 0 à 366",
            (Bounds::Magnitude, Lang::En) => "a finite number between -1e12 and 1e12",
            (Bounds::Magnitude, Lang::Fr) => "un nombre fini entre -1e12 et 1e12",
        }
    }
}

/// What is wrong with a key or a value of a file.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldProblem {
    /// A key the format does not define.
    UnknownField {
        key: String,
        table: String,
        suggestion: Option<String>,
        expected: Vec<&'static str>,
    },
    /// A required key is absent.
    MissingField { key: String, table: String },
    /// A territorial commission must name its communes.
    TerritorialWithoutCommunes,
    /// A value of the wrong TOML type.
    WrongType {
        key: String,
        expected: &'static str,
        found: &'static str,
    },
    /// A date written as a string, or with a time.
    NotADate { key: String, quoted: bool },
    /// A date outside [`PLAUSIBLE_YEARS`].
    DateOutOfRange { key: String, date: NaiveDate },
    /// A date literal of a day that does not exist (`2026-02-30`): the
    /// TOML parser refuses the whole file for it, the loader reads the rest.
    ImpossibleDate {
        /// The value as written.
        written: String,
        /// Why it is no day.
        why: Impossible,
    },
    /// A value outside an enumeration.
    UnknownVariant {
        key: String,
        value: String,
        allowed: &'static [&'static str],
        suggestion: Option<String>,
        /// The allowed word that `value` says another way (`en cours` for
        /// `in-progress`): told exactly, rather than a list or a guess.
        meant: Option<&'static str>,
    },
    /// A boolean written as a word in quotes (`"oui"`, `"true"`).
    QuotedBoolean {
        key: String,
        written: String,
        meant: bool,
    },
    /// A share of a post written as a percentage (`fte = 50`).
    FteAsPercent {
        key: String,
        value: String,
        /// The share it stands for, as TOML writes it (`0.5`).
        meant: String,
    },
    /// A number out of its range.
    OutOfRange {
        key: String,
        value: String,
        range: Bounds,
    },
    /// An FTE with more than two decimals.
    TooPrecise {
        key: String,
        value: String,
        /// The value rounded to hundredths, as TOML writes it (`0.33`,
        /// with a point), when that is an amount to propose.
        rounded: Option<String>,
    },
    /// An end date before its start date.
    EndBeforeStart {
        key: String,
        end: NaiveDate,
        start_key: &'static str,
        start: NaiveDate,
    },
    /// `completed` on an action that is not done.
    CompletedNotDone { status: String },
    /// A done action without `completed`.
    DoneWithoutCompleted,
    /// The same value twice in a list.
    DuplicateInList { key: String, value: String },
    /// An empty list where at least one item is needed.
    EmptyList { key: String },
    /// An indicator value with more than four decimals.
    TooPreciseValue { key: String, value: String },
    /// An indicator's target dated on or before its baseline.
    TargetNotAfterBaseline {
        target: NaiveDate,
        baseline: NaiveDate,
    },
    /// An indicator's target equal to its baseline: no direction, no progress.
    TargetEqualsBaseline { value: String },
    /// Two indicators of one file with the same id.
    DuplicateIndicator { id: String },
    /// An indicator id that is not lowercase words and hyphens.
    InvalidIndicatorId { id: String, suggestion: String },
    /// Two measures of one indicator on one day.
    DuplicateMeasure { indicator: String, date: NaiveDate },
    /// A file with more problems than are worth showing: the rest are
    /// counted (under the code of the first one not shown).
    MoreProblems { more: usize, code: Code },
}

#[rustfmt::skip]
impl Message for FieldProblem {
    fn code(&self) -> Code {
        use FieldProblem as M;
        match self {
            M::UnknownField { .. } => UNKNOWN_FIELD,
            M::MissingField { .. } | M::TerritorialWithoutCommunes | M::DoneWithoutCompleted => {
                MISSING_FIELD
            }
            M::DateOutOfRange { .. } => DATE_OUT_OF_RANGE,
            M::DuplicateIndicator { .. } => super::files::DUPLICATE_ID,
            M::InvalidIndicatorId { .. } => super::files::INVALID_ID,
            M::DuplicateMeasure { .. } => DUPLICATE_MEASURE,
            M::MoreProblems { code, .. } => *code,
            M::WrongType { .. }
            | M::NotADate { .. }
            | M::ImpossibleDate { .. }
            | M::UnknownVariant { .. }
            | M::QuotedBoolean { .. }
            | M::FteAsPercent { .. }
            | M::OutOfRange { .. }
            | M::TooPrecise { .. }
            | M::EndBeforeStart { .. }
            | M::CompletedNotDone { .. }
            | M::DuplicateInList { .. }
            | M::EmptyList { .. }
            | M::TooPreciseValue { .. }
            | M::TargetNotAfterBaseline { .. }
            | M::TargetEqualsBaseline { .. } => INVALID_VALUE,
        }
    }
    fn text(&self, lang: Lang) -> String {
        use FieldProblem as M;
        let d = |x: &NaiveDate| date(*x, lang);
        match (self, lang) {
            (M::MoreProblems { more, .. }, Lang::En) => {
                format!("{more} more problems in this file are not shown (this is one of them)")
            }
            (M::MoreProblems { more, .. }, Lang::Fr) => {
                format!("{more} autres problèmes de ce fichier ne sont pas affichés (en voici un)")
            }
            (M::UnknownField { key, table, .. }, Lang::En) => format!("unknown field `{key}` {}", place(table, lang)),
            (M::UnknownField { key, table, .. }, Lang::Fr) => format!("champ inconnu `{key}` {}", place(table, lang)),
            (M::MissingField { key, table }, Lang::En) => format!("missing field `{key}` {}", place(table, lang)),
            (M::MissingField { key, table }, Lang::Fr) => format!("champ obligatoire `{key}` absent {}", place(table, lang)),
            (M::TerritorialWithoutCommunes, Lang::En) => {
                "a territorial commission needs `communes`".into()
            }
            (M::TerritorialWithoutCommunes, Lang::Fr) => {
                "une commission territoriale doit indiquer ses `communes`".into()
            }
            (M::WrongType { key, expected, found }, Lang::En) => {
                format!("`{key}` must be {}, found {}", type_en(expected), type_en(found))
            }
            (M::WrongType { key, expected, found }, Lang::Fr) => {
                format!("`{key}` doit être {}, trouvé {}", type_fr(expected), type_fr(found))
            }
            (M::DateOutOfRange { key, date: day }, Lang::En) => format!(
                "`{key}` = {} is not a plausible date: a CTG's dates fall between {} and {}",
                d(day), PLAUSIBLE_YEARS.start(), PLAUSIBLE_YEARS.end()
            ),
            (M::DateOutOfRange { key, date: day }, Lang::Fr) => format!(
                "`{key}` = {} n'est pas une date plausible : les dates d'une CTG vont de {} à {}",
                d(day), PLAUSIBLE_YEARS.start(), PLAUSIBLE_YEARS.end()
            ),
            (M::ImpossibleDate { written, why }, Lang::En) => match why {
                Impossible::Month { month } => format!("`{written}` is not a date: there is no month {month}"),
                Impossible::Day { month, day, .. } => format!(
                    "`{written}` is not a date: {} {day} does not exist",
                    crate::i18n::month_name(u32::from(*month), Lang::En)
                ),
                Impossible::Other => format!("`{written}` is not a valid date"),
            },
            (M::ImpossibleDate { written, why }, Lang::Fr) => match why {
                Impossible::Month { month } => format!("date invalide `{written}` : le mois {month} n'existe pas"),
                Impossible::Day { month, day, .. } => format!(
                    "date invalide `{written}` : le {day} {} n'existe pas",
                    crate::i18n::month_name(u32::from(*month), Lang::Fr)
                ),
                Impossible::Other => format!("`{written}` n'est pas une date valide"),
            },
            (M::NotADate { key, .. }, Lang::En) => format!("`{key}` must be a date such as 2025-01-31"),
            (M::NotADate { key, .. }, Lang::Fr) => format!("`{key}` doit être une date telle que 2025-01-31"),
            (M::UnknownVariant { key, value, .. }, Lang::En) => format!("`{value}` is not a valid `{key}`"),
            (M::UnknownVariant { key, value, .. }, Lang::Fr) => format!("`{value}` n'est pas une valeur valide pour `{key}`"),
            (M::QuotedBoolean { key, written, .. }, Lang::En) => {
                format!("`{key}` must be true or false, found the text \"{written}\"")
            }
            (M::QuotedBoolean { key, written, .. }, Lang::Fr) => {
                format!("`{key}` doit être true ou false, trouvé le texte « {written} »")
            }
            (M::FteAsPercent { key, value, .. }, Lang::En) => {
                format!("`{key}` = {value} is out of range: it must be {}", Bounds::Share.text(lang))
            }
            (M::FteAsPercent { key, value, .. }, Lang::Fr) => {
                format!("`{key}` = {value} est hors limites : la valeur doit être {}", Bounds::Share.text(lang))
            }
            (M::OutOfRange { key, value, range }, Lang::En) => {
                format!("`{key}` = {value} is out of range: it must be {}", range.text(lang))
            }
            (M::OutOfRange { key, value, range }, Lang::Fr) => {
                format!("`{key}` = {} est hors limites : la valeur doit être {}", lang.number(value), range.text(lang))
            }
            (M::TooPrecise { key, value, .. }, Lang::En) => format!("`{key}` = {value} has more than two decimals"),
            (M::TooPrecise { key, value, .. }, Lang::Fr) => {
                format!("`{key}` = {} a plus de deux décimales", lang.number(value))
            }
            (M::EndBeforeStart { key, end, start_key, start }, Lang::En) => {
                format!("`{key}` ({}) is before `{start_key}` ({})", d(end), d(start))
            }
            (M::EndBeforeStart { key, end, start_key, start }, Lang::Fr) => {
                format!("`{key}` ({}) est antérieur à `{start_key}` ({})", d(end), d(start))
            }
            (M::CompletedNotDone { status }, Lang::En) => {
                format!("`completed` is set but the status is `{status}`, not `done`")
            }
            (M::CompletedNotDone { status }, Lang::Fr) => {
                format!("`completed` est renseigné mais le statut est `{status}`, pas `done`")
            }
            (M::DoneWithoutCompleted, Lang::En) => "a done action needs its `completed` date".into(),
            (M::DoneWithoutCompleted, Lang::Fr) => "une action terminée doit avoir sa date `completed`".into(),
            (M::DuplicateInList { key, value }, Lang::En) => format!("`{value}` appears twice in `{key}`"),
            (M::DuplicateInList { key, value }, Lang::Fr) => format!("`{value}` figure deux fois dans `{key}`"),
            (M::EmptyList { key }, Lang::En) => format!("`{key}` must not be empty"),
            (M::EmptyList { key }, Lang::Fr) => format!("`{key}` ne doit pas être vide"),
            (M::TooPreciseValue { key, value }, Lang::En) => format!("`{key}` = {value} has more than four decimals"),
            (M::TooPreciseValue { key, value }, Lang::Fr) => format!("`{key}` = {} a plus de quatre décimales", lang.number(value)),
            (M::TargetNotAfterBaseline { target, baseline }, Lang::En) => {
                format!("the target's date ({}) is not after the baseline's ({})", d(target), d(baseline))
            }
            (M::TargetNotAfterBaseline { target, baseline }, Lang::Fr) => {
                format!("la date de la cible ({}) n'est pas postérieure à celle de la valeur de référence ({})", d(target), d(baseline))
            }
            (M::TargetEqualsBaseline { value }, Lang::En) => format!("the target ({value}) equals the baseline: there is no progress to measure"),
            (M::TargetEqualsBaseline { value }, Lang::Fr) => {
                format!("la cible ({}) est égale à la valeur de référence : il n'y a pas de progrès à mesurer", lang.number(value))
            }
            (M::DuplicateIndicator { id }, Lang::En) => format!("two indicators of this file have the id `{id}`"),
            (M::DuplicateIndicator { id }, Lang::Fr) => format!("deux indicateurs de ce fichier ont l'identifiant `{id}`"),
            (M::InvalidIndicatorId { id, .. }, Lang::En) => format!("`{id}` is not a valid indicator id"),
            (M::InvalidIndicatorId { id, .. }, Lang::Fr) => format!("`{id}` n'est pas un identifiant d'indicateur valide"),
            (M::DuplicateMeasure { indicator, date: day }, Lang::En) => format!("indicator `{indicator}` has two measures on {}", d(day)),
            (M::DuplicateMeasure { indicator, date: day }, Lang::Fr) => format!("l'indicateur `{indicator}` a deux mesures le {}", d(day)),
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use FieldProblem as M;
        let en = lang == Lang::En;
        match self {
            M::MoreProblems { .. } => Some(if en {
                "fix the problems shown above, then run ctg check again".into()
            } else {
                "corrigez les problèmes affichés ci-dessus, puis relancez ctg check".into()
            }),
            M::UnknownField { suggestion, expected, .. } => did_you_mean(suggestion, lang).or_else(|| {
                Some(if en {
                    format!("the fields allowed here are {}", quoted_list(expected))
                } else {
                    format!("les champs permis ici sont {}", quoted_list(expected))
                })
            }),
            M::MissingField { key, table } => Some(match missing_table(key, table) {
                // A whole table is missing (`[fte]`): say how to start it.
                Some(required) if en => format!(
                    "add a `[{key}]` table at the end of the file, with {}",
                    required.join(", ")
                ),
                Some(required) => format!(
                    "ajoutez une table `[{key}]` à la fin du fichier, avec {}",
                    required.join(", ")
                ),
                None if en => format!("add `{key} = …` here"),
                None => format!("ajoutez `{key} = …` ici"),
            }),
            M::TerritorialWithoutCommunes => Some(if en {
                "add `communes = [\"…\"]`, or set `kind = \"thematic\"`".into()
            } else {
                "ajoutez `communes = [\"…\"]`, ou indiquez `kind = \"thematic\"`".into()
            }),
            M::WrongType { key, expected, .. } => Some(if en {
                format!("write {}", example(key, expected))
            } else {
                format!("écrivez {}", example(key, expected))
            }),
            M::DateOutOfRange { key, date: day } => Some(match likely_meant(*day) {
                Some(meant) => lang.pick(
                    format!("check the year: did you mean `{key} = {meant}`?"),
                    format!("vérifiez l'année : vouliez-vous dire `{key} = {meant}` ?"),
                ),
                None => lang.pick(
                    "check the year".to_owned(),
                    "vérifiez l'année".to_owned(),
                ),
            }),
            M::ImpossibleDate { why, .. } => Some(match why {
                Impossible::Day { last, .. } => lang.pick(
                    format!("write a day that exists, such as `{last}` (the month's last day)"),
                    format!("écrivez un jour qui existe, comme `{last}` (le dernier jour du mois)"),
                ),
                Impossible::Month { .. } | Impossible::Other => lang.pick(
                    "write the date as year-month-day with a month from 01 to 12, as in `2025-01-31`".to_owned(),
                    "écrivez la date en année-mois-jour avec un mois de 01 à 12, comme `2025-01-31`".to_owned(),
                ),
            }),
            M::NotADate { quoted, .. } => Some(match (quoted, en) {
                (true, true) => "remove the quotes: TOML dates are written bare, as in `start = 2025-01-31`".into(),
                (true, false) => "retirez les guillemets : en TOML une date s'écrit sans, comme `start = 2025-01-31`".into(),
                (false, true) => "write the day only, as in `start = 2025-01-31`".into(),
                (false, false) => "n'écrivez que le jour, comme `start = 2025-01-31`".into(),
            }),
            // Not `key = "…"`: the word may be an item of a list (`missions`).
            M::UnknownVariant { value, meant: Some(meant), .. } => Some(lang.pick(
                format!("write `\"{meant}\"` for `\"{value}\"`: the files keep the English words"),
                format!("écrivez `\"{meant}\"` pour `\"{value}\"` : les fiches gardent les mots anglais"),
            )),
            M::QuotedBoolean { key, meant, .. } => Some(lang.pick(
                format!("write `{key} = {meant}`, without quotes"),
                format!("écrivez `{key} = {meant}`, sans guillemets"),
            )),
            M::FteAsPercent { key, value, meant } => Some(lang.pick(
                format!("did you mean `{key} = {meant}` ({value}% of a full-time post)?"),
                format!("vouliez-vous dire `{key} = {meant}` ({value}\u{a0}% d'un temps plein) ?"),
            )),
            M::UnknownVariant { allowed, suggestion, .. } => did_you_mean(suggestion, lang).or_else(|| {
                Some(if en {
                    format!("use one of {}", quoted_list(allowed))
                } else {
                    format!("utilisez l'une des valeurs {}", quoted_list(allowed))
                })
            }),
            M::OutOfRange { range, .. } => Some(if en {
                format!("use a value {}", range.text(lang))
            } else {
                format!("utilisez une valeur {}", range.text(lang))
            }),
            // The value to type keeps TOML's decimal point in French too:
            // `0,33` would be a syntax error.
            M::TooPrecise { key, rounded: Some(rounded), .. } => Some(lang.pick(
                format!("FTE is counted in hundredths: round to two decimals, `{key} = {rounded}`"),
                format!("les ETP se comptent en centièmes : arrondissez à deux décimales, `{key} = {rounded}` (avec un point, comme le veut TOML)"),
            )),
            M::TooPrecise { .. } => Some(lang.pick(
                "FTE is counted in hundredths: round to two decimals (0.33, not 0.333)".into(),
                "les ETP se comptent en centièmes : arrondissez à deux décimales (0.33 et non 0.333, avec un point comme le veut TOML)".into(),
            )),
            M::EndBeforeStart { .. } => Some(if en {
                "swap the dates, or correct the one that is wrong".into()
            } else {
                "inversez les dates, ou corrigez celle qui est fausse".into()
            }),
            M::CompletedNotDone { .. } => Some(if en {
                "set `status = \"done\"`, or remove `completed`".into()
            } else {
                "indiquez `status = \"done\"`, ou retirez `completed`".into()
            }),
            M::DoneWithoutCompleted => Some(if en {
                "add `completed = YYYY-MM-DD`, the day the action was finished".into()
            } else {
                "ajoutez `completed = AAAA-MM-JJ`, le jour où l'action s'est terminée".into()
            }),
            M::DuplicateInList { .. } => Some(if en { "remove the repeated item".into() } else { "retirez le doublon".into() }),
            M::EmptyList { .. } => Some(if en { "add at least one item".into() } else { "ajoutez au moins un élément".into() }),
            M::TooPreciseValue { .. } => Some(lang.pick(
                "round to four decimals (12.3457, not 12.34567)".into(),
                "arrondissez à quatre décimales (12.3457 et non 12.34567 ; en TOML, le séparateur décimal est le point)".into(),
            )),
            M::TargetNotAfterBaseline { .. } => Some(lang.pick(
                "date the baseline before the convention's actions, and the target when it should be reached".into(),
                "datez la valeur de référence d'avant les actions, et la cible du jour où elle doit être atteinte".into(),
            )),
            M::TargetEqualsBaseline { .. } => Some(lang.pick(
                "set the value aimed at: above the baseline when more is better, below it when less is".into(),
                "indiquez la valeur visée : au-dessus de la référence quand plus est mieux, en dessous quand moins est mieux".into(),
            )),
            M::DuplicateIndicator { .. } => Some(lang.pick(
                "give each indicator of the file its own `id`".into(),
                "donnez à chaque indicateur du fichier son propre `id`".into(),
            )),
            M::InvalidIndicatorId { suggestion, .. } => Some(lang.pick(
                format!("use lowercase letters, digits and hyphens, such as `id = \"{suggestion}\"`"),
                format!("utilisez des minuscules, des chiffres et des tirets, comme `id = \"{suggestion}\"`"),
            )),
            M::DuplicateMeasure { .. } => Some(lang.pick(
                "keep one measure for that day".into(),
                "ne gardez qu'une mesure pour ce jour".into(),
            )),
        }
    }
}

/// Why a date literal names no day.
#[derive(Debug, Clone, PartialEq)]
pub enum Impossible {
    /// The month is not 01 to 12.
    Month { month: u16 },
    /// The month has no such day; `last` is its last day, written as a date.
    Day { month: u8, day: u16, last: String },
    /// Something else (a time of day out of range, for instance).
    Other,
}

impl Impossible {
    /// Why `written`, a TOML date literal toml refused, names no day; `None`
    /// when it does not begin as a date (`YYYY-MM-DD`).
    pub fn of(written: &str) -> Option<Impossible> {
        let b = written.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |digits: &[u8]| -> Option<u16> {
            digits.iter().try_fold(0u16, |n, d| {
                d.is_ascii_digit().then(|| n * 10 + u16::from(d - b'0'))
            })
        };
        let (year, month, day) = (number(&b[0..4])?, number(&b[5..7])?, number(&b[8..10])?);
        if !(1..=12).contains(&month) {
            return Some(Impossible::Month { month });
        }
        let last = NaiveDate::from_ymd_opt(i32::from(year), u32::from(month) % 12 + 1, 1).map(
            |next| {
                if month == 12 {
                    NaiveDate::from_ymd_opt(i32::from(year), 12, 31)
                } else {
                    next.pred_opt()
                }
            },
        )??;
        use chrono::Datelike;
        if day == 0 || u32::from(day) > last.day() {
            return Some(Impossible::Day {
                month: month as u8,
                day,
                last: last.format("%Y-%m-%d").to_string(),
            });
        }
        Some(Impossible::Other)
    }
}

/// The date a year typo most likely stands for: `0025` for `2025`, `2205`
/// for `2025` is too far a guess, so only two-digit years are mended.
fn likely_meant(day: NaiveDate) -> Option<String> {
    use chrono::Datelike;
    let year = day.year();
    let meant = (0..100)
        .contains(&year)
        .then(|| day.with_year(2000 + year))??;
    Some(meant.format("%Y-%m-%d").to_string())
}

/// Where in a file a key stands: `in [convention]`, or the top level.
/// When `key`, missing at the top level, is a table of some file's format:
/// its required keys, as `target = …`.
fn missing_table(key: &str, table: &str) -> Option<Vec<String>> {
    if !table.is_empty() {
        return None;
    }
    [
        RecordKind::Copil,
        RecordKind::Commission,
        RecordKind::Officer,
        RecordKind::Action,
    ]
    .iter()
    .find_map(|kind| {
        crate::domain::schema::fields_of(*kind)
            .iter()
            .find(|f| f.name == key)
            .and_then(|f| match f.ty {
                crate::domain::schema::Ty::Table(fields) => Some(
                    fields
                        .iter()
                        .filter(|f| f.required)
                        .map(|f| format!("`{} = …`", f.name))
                        .collect(),
                ),
                _ => None,
            })
    })
}

fn place(table: &str, lang: Lang) -> String {
    match (table.is_empty(), lang) {
        (true, Lang::En) => "at the top level of the file".into(),
        (true, Lang::Fr) => "au premier niveau du fichier".into(),
        (false, Lang::En) => format!("in {table}"),
        (false, Lang::Fr) => format!("dans {table}"),
    }
}

fn type_en(name: &str) -> &str {
    match name {
        "string" => "a string",
        "integer" => "an integer",
        "float" => "a number",
        "boolean" => "true or false",
        "datetime" => "a date",
        "array" => "a list",
        "table" => "a table",
        "fte" => "a number of FTE",
        "number" => "a number",
        "date" => "a date",
        "array of tables" => "a list of tables",
        other => other,
    }
}

fn type_fr(name: &str) -> &str {
    match name {
        "string" => "un texte",
        "integer" => "un entier",
        "float" => "un nombre",
        "boolean" => "true ou false",
        "datetime" => "une date",
        "array" => "une liste",
        "table" => "une table",
        "fte" => "un nombre d'ETP",
        "number" => "un nombre",
        "date" => "une date",
        "array of tables" => "une liste de tables",
        other => other,
    }
}

fn example(key: &str, expected: &str) -> String {
    match expected {
        "string" => format!("`{key} = \"…\"`"),
        "integer" => format!("`{key} = 2`"),
        "boolean" => format!("`{key} = true`"),
        "date" => format!("`{key} = 2025-01-31`"),
        "array" => format!("`{key} = [\"…\", \"…\"]`"),
        "table" => format!("`[{key}]` and its fields below it"),
        "array of tables" => format!("`[[{key}]]` and its fields below it"),
        "fte" => format!("`{key} = 0.5`"),
        "number" => format!("`{key} = 12.5`"),
        _ => "a value of the expected type".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::worded;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A sample of every message, and of every inner choice that changes
    /// the wording (types, bounds, with and without a suggestion).
    fn samples() -> Vec<FieldProblem> {
        use FieldProblem as M;
        let s = |x: &str| x.to_owned();
        let mut all = vec![
            M::ImpossibleDate {
                written: s("2026-02-30"),
                why: Impossible::of("2026-02-30").unwrap(),
            },
            M::ImpossibleDate {
                written: s("2026-13-01"),
                why: Impossible::of("2026-13-01").unwrap(),
            },
            M::ImpossibleDate {
                written: s("2026-02-01T25:00:00"),
                why: Impossible::Other,
            },
            M::MoreProblems {
                more: 12,
                code: INVALID_VALUE,
            },
            M::UnknownField {
                key: s("nmae"),
                table: s(""),
                suggestion: Some(s("name")),
                expected: vec!["name", "employer"],
            },
            M::UnknownField {
                key: s("zzz"),
                table: s("[convention]"),
                suggestion: None,
                expected: vec!["name", "start"],
            },
            M::MissingField {
                key: s("name"),
                table: s(""),
            },
            M::MissingField {
                key: s("fte"),
                table: s("[[assignment]]"),
            },
            M::TerritorialWithoutCommunes,
            M::NotADate {
                key: s("start"),
                quoted: true,
            },
            M::NotADate {
                key: s("start"),
                quoted: false,
            },
            M::DateOutOfRange {
                key: s("start"),
                date: NaiveDate::from_ymd_opt(25, 1, 1).unwrap(),
            },
            M::DateOutOfRange {
                key: s("end"),
                date: NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
            },
            M::UnknownVariant {
                key: s("status"),
                value: s("doing"),
                allowed: &["planned", "done"],
                suggestion: Some(s("done")),
                meant: None,
            },
            M::UnknownVariant {
                key: s("status"),
                value: s("terminée"),
                allowed: &["planned", "done"],
                suggestion: None,
                meant: Some("done"),
            },
            M::QuotedBoolean {
                key: s("caf_cofunded"),
                written: s("oui"),
                meant: true,
            },
            M::FteAsPercent {
                key: s("fte"),
                value: s("50"),
                meant: s("0.5"),
            },
            M::UnknownVariant {
                key: s("status"),
                value: s("zzz"),
                allowed: &["planned", "done"],
                suggestion: None,
                meant: None,
            },
            M::TooPrecise {
                key: s("fte"),
                value: s("0.333"),
                rounded: Some(s("0.33")),
            },
            M::TooPrecise {
                key: s("fte"),
                value: s("0.001"),
                rounded: None,
            },
            M::EndBeforeStart {
                key: s("end"),
                end: day(2025, 1, 1),
                start_key: "start",
                start: day(2025, 6, 1),
            },
            M::CompletedNotDone {
                status: s("planned"),
            },
            M::DoneWithoutCompleted,
            M::DuplicateInList {
                key: s("communes"),
                value: s("Istres"),
            },
            M::EmptyList { key: s("communes") },
            M::TooPreciseValue {
                key: s("value"),
                value: s("1.23456"),
            },
            M::TargetNotAfterBaseline {
                target: day(2024, 1, 1),
                baseline: day(2024, 12, 31),
            },
            M::TargetEqualsBaseline { value: s("12.5") },
            M::DuplicateIndicator { id: s("familles") },
            M::InvalidIndicatorId {
                id: s("Familles accueillies"),
                suggestion: s("familles-accueillies"),
            },
            M::DuplicateMeasure {
                indicator: s("familles"),
                date: day(2025, 12, 31),
            },
        ];
        for (expected, found) in [
            ("string", "integer"),
            ("integer", "string"),
            ("boolean", "string"),
            ("date", "string"),
            ("array", "string"),
            ("table", "string"),
            ("array of tables", "table"),
            ("fte", "string"),
            ("float", "datetime"),
        ] {
            all.push(M::WrongType {
                key: s("x"),
                expected,
                found,
            });
        }
        for range in [
            Bounds::Share,
            Bounds::Positive,
            Bounds::NonNegative,
            Bounds::Percent,
            Bounds::PerYear,
            Bounds::Magnitude,
        ] {
            all.push(M::OutOfRange {
                key: s("fte"),
                value: s("1.5"),
                range,
            });
        }
        all
    }

    /// No wildcard: a new variant does not compile until it is numbered here.
    fn variant(message: &FieldProblem) -> usize {
        use FieldProblem as M;
        match message {
            M::UnknownField { .. } => 0,
            M::MissingField { .. } => 1,
            M::TerritorialWithoutCommunes => 2,
            M::WrongType { .. } => 3,
            M::NotADate { .. } => 4,
            M::UnknownVariant { .. } => 5,
            M::OutOfRange { .. } => 6,
            M::TooPrecise { .. } => 7,
            M::EndBeforeStart { .. } => 8,
            M::CompletedNotDone { .. } => 9,
            M::DoneWithoutCompleted => 10,
            M::DuplicateInList { .. } => 11,
            M::EmptyList { .. } => 12,
            M::MoreProblems { .. } => 13,
            M::DateOutOfRange { .. } => 14,
            M::TooPreciseValue { .. } => 15,
            M::TargetNotAfterBaseline { .. } => 16,
            M::TargetEqualsBaseline { .. } => 17,
            M::DuplicateIndicator { .. } => 18,
            M::InvalidIndicatorId { .. } => 19,
            M::DuplicateMeasure { .. } => 20,
            M::ImpossibleDate { .. } => 21,
            M::QuotedBoolean { .. } => 22,
            M::FteAsPercent { .. } => 23,
        }
    }

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = samples();
        worded::every_variant(&samples, 24, variant);
        worded::messages(&samples);
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }

    /// #12 item 7: toml's English ("invalid date, expected day between 01
    /// and 28") never reaches a French user.
    #[test]
    fn an_impossible_day_is_named_in_french() {
        let at = |written: &str| FieldProblem::ImpossibleDate {
            written: written.into(),
            why: Impossible::of(written).unwrap(),
        };
        assert_eq!(
            at("2026-02-30").text(Lang::Fr),
            "date invalide `2026-02-30` : le 30 février n'existe pas"
        );
        assert_eq!(
            at("2026-02-30").hint(Lang::Fr).unwrap(),
            "écrivez un jour qui existe, comme `2026-02-28` (le dernier jour du mois)"
        );
        assert_eq!(
            at("2024-02-30").hint(Lang::En).unwrap(),
            "write a day that exists, such as `2024-02-29` (the month's last day)"
        );
        assert_eq!(
            at("2026-13-01").text(Lang::Fr),
            "date invalide `2026-13-01` : le mois 13 n'existe pas"
        );
        assert_eq!(
            at("2026-12-32").text(Lang::En),
            "`2026-12-32` is not a date: December 32 does not exist"
        );
        assert_eq!(
            Impossible::of("2026-04-31T10:00"),
            at("2026-04-31").why_of()
        );
        assert_eq!(Impossible::of("2026-04-30T25:00"), Some(Impossible::Other));
        assert_eq!(Impossible::of("x"), None);
    }

    impl FieldProblem {
        fn why_of(&self) -> Option<Impossible> {
            match self {
                FieldProblem::ImpossibleDate { why, .. } => Some(why.clone()),
                _ => None,
            }
        }
    }
}
