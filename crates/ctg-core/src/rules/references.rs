//! `unknown-reference`: commissions, officers and communes named but not defined.

use foldhash::{HashMap, HashMapExt, HashSet};

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Diagnostic};
use crate::domain::commune;
use crate::domain::model::{Action, At, Commission, Officer, RecordKind, ShortText};
use crate::i18n::suggest::suggest;
use crate::read::records::Record;
use crate::read::repository::Repository;

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
        kind: RecordKind,
        reference: &At<ShortText>,
    ) {
        let ids = self.repo.known_ids.of(kind);
        if ids.contains(reference.value.as_str()) {
            return;
        }
        let suggestion = self.suggestion(&reference.value, ids.iter().map(|id| &**id));
        out.push(Diagnostic::new(
            Code::UnknownReference,
            file,
            Some(reference.span()),
            Message::UnknownReference {
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
            Code::UnknownReference,
            file,
            Some(reference.span()),
            Message::UnknownCommune {
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
            self.record(out, &commission.file, RecordKind::Officer, referent);
        }
        for commune in &commission.communes {
            self.commune(out, &commission.file, commune);
        }
    }

    fn action(&mut self, out: &mut Vec<Diagnostic>, action: &Action) {
        self.record(
            out,
            &action.file,
            RecordKind::Commission,
            &action.commission,
        );
        if let Some(lead) = &action.lead {
            self.record(out, &action.file, RecordKind::Officer, lead);
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
