//! What reading a repository gives: the sound records, and what the reading
//! left behind (the sources, the files left out, the unsound records, the ids
//! of every file found), so that rules and renderers can point back at files.

use std::path::PathBuf;
use std::sync::Arc;

use crate::domain::model::{Action, Commission, Convention, IdKind, Officer};
use crate::domain::staffing::Staff;
use crate::read::source::SourceFile;

/// A file that could not be loaded as a record, with the first reason why.
#[derive(Debug, Clone)]
pub struct LeftOut {
    /// The file, relative to the root.
    pub file: String,
    /// The code of its first error.
    pub code: crate::diagnostics::Code,
}

/// Everything read from a repository: the sound records, and what was left out.
#[derive(Debug, Default)]
pub struct Repository {
    /// The folder holding `copil.toml`.
    pub root: PathBuf,
    /// The convention, unless `copil.toml` could not be loaded.
    pub convention: Option<Convention>,
    /// Officers, sorted by id.
    pub officers: Vec<Officer>,
    /// Commissions, sorted by id.
    pub commissions: Vec<Commission>,
    /// Actions, sorted by id.
    pub actions: Vec<Action>,
    /// Ids of every record file found, loaded or not, so that a reference
    /// to a broken file is not reported as dangling too.
    pub known_ids: KnownIds,
    /// Files with errors of their own, whose records are not in the lists above.
    pub left_out: Vec<LeftOut>,
    /// What could be built of the left-out records, so that their references
    /// are checked in the same run as their own errors; no answer uses them.
    pub unsound: Vec<crate::read::records::Record>,
    /// Every file read, in the order they were read (`scan::reading_order`),
    /// for showing snippets.
    pub sources: Vec<SourceFile>,
    /// How many files were examined.
    pub file_count: usize,
    /// Files not read because another version of the repository read the
    /// same bytes cleanly (see `loader::Memo` and `scan::Scan::reused`): their records are
    /// that version's, and are not repeated in the lists above.
    pub reused: Vec<Arc<str>>,
}

/// A set of ids, hashed fast: 100,000 look-ups per check, and ids are
/// the user's own file names, not an attacker's choice of collisions.
pub type IdSet = foldhash::HashSet<Arc<str>>;

/// The ids of every record file found, by kind.
#[derive(Debug, Default)]
pub struct KnownIds {
    /// Commission ids.
    pub commissions: IdSet,
    /// Officer ids.
    pub officers: IdSet,
    /// Action ids.
    pub actions: IdSet,
}

impl KnownIds {
    /// The ids of one kind.
    pub fn of(&self, kind: IdKind) -> &IdSet {
        match kind {
            IdKind::Commission => &self.commissions,
            IdKind::Officer => &self.officers,
            IdKind::Action => &self.actions,
        }
    }

    /// The ids of one kind, to fill.
    pub fn of_mut(&mut self, kind: IdKind) -> &mut IdSet {
        match kind {
            IdKind::Commission => &mut self.commissions,
            IdKind::Officer => &mut self.officers,
            IdKind::Action => &mut self.actions,
        }
    }
}

impl Repository {
    /// The officers with the convention they serve, for the staffing figures.
    pub fn staff(&self) -> Staff<'_> {
        Staff {
            convention: self.convention.as_ref(),
            officers: &self.officers,
        }
    }

    /// The officer with this id, if loaded.
    pub fn officer(&self, id: &str) -> Option<&Officer> {
        self.officers
            .binary_search_by(|o| (*o.id).cmp(id))
            .ok()
            .map(|i| &self.officers[i])
    }

    /// The commission with this id, if loaded.
    pub fn commission(&self, id: &str) -> Option<&Commission> {
        self.commissions
            .binary_search_by(|c| (*c.id).cmp(id))
            .ok()
            .map(|i| &self.commissions[i])
    }

    /// The text of a file that was read, read again from disk if it was
    /// dropped (and only if it is still what was parsed).
    pub fn text_of(&self, path: &str) -> Option<&str> {
        let source = self.source(path)?;
        if source.text().is_none() {
            source.reread(&self.root.join(path));
        }
        source.text().map(|text| text.text.as_str())
    }

    /// The file read at `path`, if any.
    pub fn source(&self, path: &str) -> Option<&SourceFile> {
        self.sources
            .binary_search_by(|s| crate::read::scan::reading_order_of(&s.path, path))
            .ok()
            .map(|i| &self.sources[i])
    }
}
