//! `unknown-reference`: commissions, officers and communes named but not defined.

use foldhash::{HashMap, HashMapExt, HashSet};

use crate::diagnostics::message::{Message, did_you_mean, kind_name};
use crate::diagnostics::{Code, Definition, Diagnostic, Example, Explanation, Severity};
use crate::domain::commune;
use crate::domain::model::{Action, At, Commission, IdKind, Officer, RecordKind, ShortText};
use crate::i18n::Lang;
use crate::i18n::suggest::suggest;
use crate::read::records::Record;
use crate::read::repository::Repository;

/// `unknown-reference`: a record or commune named but not defined.
pub const UNKNOWN_REFERENCE: Code = Code::new(&Definition {
    name: "unknown-reference",
    severity: Severity::Error,
    en: Explanation {
        meaning: "A commission, officer or commune named in a record does not exist: no file has that id, or the commune is not in `convention.communes`.",
        fix: "Use the id of an existing file (ctg suggests the nearest), create the missing record with `ctg new`, or add the commune to copil.toml.",
    },
    fr: Explanation {
        meaning: "Une commission, un chargé de coopération ou une commune cité dans une fiche n'existe pas : aucun fichier n'a cet identifiant, ou la commune n'est pas dans `convention.communes`.",
        fix: "Utilisez l'identifiant d'un fichier existant (ctg propose le plus proche), créez la fiche manquante avec `ctg new`, ou ajoutez la commune dans copil.toml.",
    },
    example: Example::Files(&[(
        "actions/pe-02.toml",
        include_str!("examples/unknown-reference/actions/pe-02.toml"),
    )]),
});

/// The codes of this family.
pub const CODES: &[Code] = &[UNKNOWN_REFERENCE];

/// A name that refers to nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum UnknownReference {
    /// A reference to a record that does not exist.
    Record {
        kind: RecordKind,
        value: String,
        suggestion: Option<String>,
    },
    /// A commune that is not one of `convention.communes`.
    Commune {
        value: String,
        suggestion: Option<String>,
    },
}

/// The folder records of `kind` live in.
fn folder(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Copil => "",
        RecordKind::Commission => "commissions/",
        RecordKind::Officer => "officers/",
        RecordKind::Action => "actions/",
    }
}

#[rustfmt::skip]
impl Message for UnknownReference {
    fn code(&self) -> Code {
        UNKNOWN_REFERENCE
    }
    fn text(&self, lang: Lang) -> String {
        use UnknownReference as M;
        match (self, lang) {
            (M::Record { kind, value, .. }, Lang::En) => {
                format!("no {} has the id `{value}`", kind_name(*kind, lang))
            }
            (M::Record { kind, value, .. }, Lang::Fr) => {
                // « aucune commission », « aucun chargé de coopération ».
                let none = match kind {
                    RecordKind::Commission | RecordKind::Action => "aucune",
                    RecordKind::Copil | RecordKind::Officer => "aucun",
                };
                format!("{none} {} n'a l'identifiant `{value}`", kind_name(*kind, lang))
            }
            (M::Commune { value, .. }, Lang::En) => {
                format!("`{value}` is not one of the convention's communes")
            }
            (M::Commune { value, .. }, Lang::Fr) => {
                format!("`{value}` ne fait pas partie des communes de la convention")
            }
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use UnknownReference as M;
        match self {
            M::Record { kind, suggestion, .. } => did_you_mean(suggestion, lang).or_else(|| {
                Some(match lang {
                    Lang::En => format!("use the name of a file in {} (without `.toml`)", folder(*kind)),
                    Lang::Fr => format!("utilisez le nom d'un fichier de {} (sans `.toml`)", folder(*kind)),
                })
            }),
            M::Commune { suggestion, .. } => unknown_commune_hint(suggestion, lang),
        }
    }
}

/// The hint for a commune that is not the convention's, here or in the FTE plan.
#[rustfmt::skip]
pub(super) fn unknown_commune_hint(suggestion: &Option<String>, lang: Lang) -> Option<String> {
    did_you_mean(suggestion, lang).or_else(|| {
        Some(match lang {
            Lang::En => "use a commune listed in `convention.communes` of copil.toml, or add it there".into(),
            Lang::Fr => "utilisez une commune de `convention.communes` dans copil.toml, ou ajoutez-la".into(),
        })
    })
}

/// Looking for a near name costs a pass over all ids, so only the first few
/// dangling references get a suggestion: the check stays linear.
const SUGGESTION_BUDGET: usize = 64;

/// Distinct misspelt commune names that get a suggestion: each costs a pass
/// over the convention's communes (the same name is looked up once).
const COMMUNE_SUGGESTION_BUDGET: usize = 256;

struct Resolver<'r> {
    repo: &'r Repository,
    budget: usize,
    /// The convention's communes, for look-ups in constant time.
    communes: HashSet<&'r str>,
    /// The suggestion for each unknown commune name met so far.
    closest: HashMap<String, Option<String>>,
}

impl Resolver<'_> {
    fn suggestion<'a>(
        &mut self,
        word: &str,
        candidates: impl Iterator<Item = &'a str>,
    ) -> Option<String> {
        if self.budget == 0 {
            return None;
        }
        self.budget -= 1;
        suggest(word, candidates)
    }

    fn record(
        &mut self,
        out: &mut Vec<Diagnostic>,
        file: &str,
        kind: IdKind,
        reference: &At<ShortText>,
    ) {
        let ids = self.repo.known_ids.of(kind);
        let kind = RecordKind::from(kind);
        if ids.contains(reference.value.as_str()) {
            return;
        }
        let suggestion = self.suggestion(&reference.value, ids.iter().map(|id| &**id));
        out.push(Diagnostic::new(
            file,
            Some(reference.span()),
            UnknownReference::Record {
                kind,
                value: reference.value.to_string(),
                suggestion,
            },
        ));
    }

    fn commune(&mut self, out: &mut Vec<Diagnostic>, file: &str, reference: &At<ShortText>) {
        let Some(convention) = &self.repo.convention else {
            return;
        };
        if self.communes.contains(reference.value.as_str()) {
            return;
        }
        let suggestion = match self.closest.get(reference.value.as_str()) {
            Some(known) => known.clone(),
            None if self.closest.len() < COMMUNE_SUGGESTION_BUDGET => {
                let found = commune::closest(&reference.value, &convention.communes);
                self.closest
                    .insert(reference.value.to_string(), found.clone());
                found
            }
            None => None,
        };
        out.push(Diagnostic::new(
            file,
            Some(reference.span()),
            UnknownReference::Commune {
                value: reference.value.to_string(),
                suggestion,
            },
        ));
    }
}

impl Resolver<'_> {
    fn officer(&mut self, out: &mut Vec<Diagnostic>, officer: &Officer) {
        for assignment in &officer.assignments {
            self.commune(out, &officer.file, &assignment.commune);
        }
    }

    fn commission(&mut self, out: &mut Vec<Diagnostic>, commission: &Commission) {
        if let Some(referent) = &commission.referent {
            self.record(out, &commission.file, IdKind::Officer, referent);
        }
        for commune in &commission.communes {
            self.commune(out, &commission.file, commune);
        }
    }

    fn action(&mut self, out: &mut Vec<Diagnostic>, action: &Action) {
        self.record(out, &action.file, IdKind::Commission, &action.commission);
        if let Some(lead) = &action.lead {
            self.record(out, &action.file, IdKind::Officer, lead);
        }
        for commune in &action.communes {
            self.commune(out, &action.file, commune);
        }
    }
}

pub(super) fn check(repo: &Repository, out: &mut Vec<Diagnostic>) {
    let mut resolve = Resolver {
        repo,
        budget: SUGGESTION_BUDGET,
        communes: repo
            .convention
            .iter()
            .flat_map(|c| c.communes.iter().map(String::as_str))
            .collect(),
        closest: HashMap::new(),
    };
    repo.officers.iter().for_each(|o| resolve.officer(out, o));
    repo.commissions
        .iter()
        .for_each(|c| resolve.commission(out, c));
    repo.actions.iter().for_each(|a| resolve.action(out, a));
    for record in &repo.unsound {
        match record {
            Record::Officer(o) => resolve.officer(out, o),
            Record::Commission(c) => resolve.commission(out, c),
            Record::Action(a) => resolve.action(out, a),
            Record::Convention(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::worded;

    /// A sample of every message, of every kind, with and without a suggestion.
    fn samples() -> Vec<UnknownReference> {
        let s = |x: &str| x.to_owned();
        let mut all = vec![
            UnknownReference::Commune {
                value: s("Itsres"),
                suggestion: Some(s("Istres")),
            },
            UnknownReference::Commune {
                value: s("Paris"),
                suggestion: None,
            },
        ];
        for kind in [
            RecordKind::Copil,
            RecordKind::Commission,
            RecordKind::Officer,
            RecordKind::Action,
        ] {
            for suggestion in [None, Some(s("petite-enfance"))] {
                all.push(UnknownReference::Record {
                    kind,
                    value: s("petite-enfant"),
                    suggestion,
                });
            }
        }
        all
    }

    /// No wildcard: a new variant does not compile until it is numbered here.
    fn variant(message: &UnknownReference) -> usize {
        match message {
            UnknownReference::Record { .. } => 0,
            UnknownReference::Commune { .. } => 1,
        }
    }

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = samples();
        worded::every_variant(&samples, 2, variant);
        worded::messages(&samples);
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }
}
