//! Validation problems as data: what `ctg check` reports and every command counts.
//!
//! A [`Diagnostic`] is produced by the loader or a rule and rendered later, in
//! the user's language and format; nothing here prints.
//!
//! This module holds only what every family of problems shares: the shape
//! of a code's [`Definition`], the [`Code`] handle, the [`Message`] trait.
//! The codes themselves, their messages, explanations and examples are
//! declared by their families (`read::problems::*`, `rules::*`), and listed
//! in documentation order by `analysis::codes`.

use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use crate::i18n::Lang;

pub mod message;

pub use message::Message;

/// How serious a problem is: errors fail `ctg check`, warnings only under `--strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The data is wrong or cannot be read: a commit should not go in.
    Error,
    /// The data is readable but something needs attention.
    Warning,
}

/// What a code means and how to fix it, in one language: what `ctg
/// explain` prints under its two headings.
#[derive(Debug, Clone, Copy)]
pub struct Explanation {
    /// What the code means.
    pub meaning: &'static str,
    /// How to fix it.
    pub fix: &'static str,
}

/// A file of an example: its path from the repository root and its text.
pub type ExampleFile = (&'static str, &'static str);

/// How `ctg explain` shows a code happening.
#[derive(Debug, Clone, Copy)]
pub enum Example {
    /// Files that, written over the sound repository of the examples
    /// (`analysis::codes::BASE`), produce the code: a test checks it.
    Files(&'static [ExampleFile]),
    /// For a code no file's text can show (a file too large, unreadable,
    /// or a link): how it happens, in a sentence.
    Situation {
        /// In English.
        en: &'static str,
        /// In French.
        fr: &'static str,
    },
}

/// Everything about one kind of problem, declared once, in the module of
/// its family next to the check that finds it and the messages it words.
#[derive(Debug)]
pub struct Definition {
    /// The stable name, as printed and documented (`unknown-field`).
    pub name: &'static str,
    /// A code always has the same severity, so that users can rely on it.
    pub severity: Severity,
    /// Its explanation in English.
    pub en: Explanation,
    /// Its explanation in French.
    pub fr: Explanation,
    /// How `ctg explain` shows it.
    pub example: Example,
}

/// The stable name of a kind of problem: a small handle on its
/// [`Definition`]. Two codes are equal when their names are. Codes have no
/// order of their own: the registry (`analysis::codes`) lists them in
/// documentation order, and gives each its rank.
#[derive(Clone, Copy)]
pub struct Code(&'static Definition);

impl Code {
    /// The code defined by `definition`.
    pub const fn new(definition: &'static Definition) -> Code {
        Code(definition)
    }

    /// The code as users see it (`unknown-field`).
    pub fn as_str(self) -> &'static str {
        self.0.name
    }

    /// A code always has the same severity, so that users can rely on it.
    pub fn severity(self) -> Severity {
        self.0.severity
    }

    /// What the code means and how to fix it, in `lang`.
    pub fn explanation(self, lang: Lang) -> Explanation {
        match lang {
            Lang::En => self.0.en,
            Lang::Fr => self.0.fr,
        }
    }

    /// How `ctg explain` shows it.
    pub fn example(self) -> Example {
        self.0.example
    }

    /// The files that produce it (empty when no file's text can show it).
    pub fn files(self) -> &'static [ExampleFile] {
        match self.0.example {
            Example::Files(files) => files,
            Example::Situation { .. } => &[],
        }
    }

    /// For a code no file can show, how it happens, in `lang`.
    pub fn situation(self, lang: Lang) -> Option<&'static str> {
        match (self.0.example, lang) {
            (Example::Files(_), _) => None,
            (Example::Situation { en, .. }, Lang::En) => Some(en),
            (Example::Situation { fr, .. }, Lang::Fr) => Some(fr),
        }
    }
}

impl PartialEq for Code {
    fn eq(&self, other: &Code) -> bool {
        std::ptr::eq(self.0, other.0) || self.0.name == other.0.name
    }
}

impl Eq for Code {}

impl std::hash::Hash for Code {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.name.hash(state);
    }
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Code({:?})", self.0.name)
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found in the repository.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// What kind of problem.
    pub code: Code,
    /// The file, relative to the root, `/`-separated.
    pub file: String,
    /// Where in the file, as a byte range of its text (after any BOM).
    pub span: Option<Range<usize>>,
    /// What to tell the user, in either language: a message of the
    /// code's family.
    pub message: Arc<dyn Message>,
}

impl Diagnostic {
    /// A problem at `span` of `file`.
    pub fn new(file: &str, span: Option<Range<usize>>, message: impl Message) -> Self {
        Diagnostic {
            code: message.code(),
            file: file.to_owned(),
            span,
            message: Arc::new(message),
        }
    }

    /// The message, if it is of the family's type `M`.
    pub fn message_as<M: Message>(&self) -> Option<&M> {
        let message: &dyn std::any::Any = self.message.as_ref();
        message.downcast_ref()
    }

    /// The code's severity.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

/// What the tests of every family check of its words: each message type
/// has a sample of every variant, worded in both languages, and each code
/// is explained in both.
#[cfg(test)]
pub(crate) mod worded {
    use super::{Code, Message};
    use crate::i18n::Lang;

    /// Both languages say something, and not the same thing.
    pub fn both(what: &str, en: &str, fr: &str) {
        assert!(!en.trim().is_empty(), "{what}: empty English");
        assert!(!fr.trim().is_empty(), "{what}: empty French");
        assert_ne!(en, fr, "{what}: the French is the English");
    }

    fn both_hints(what: &str, en: Option<String>, fr: Option<String>) {
        match (en, fr) {
            (None, None) => {}
            (Some(en), Some(fr)) => both(what, &en, &fr),
            (en, fr) => panic!("{what}: a hint in one language only: {en:?} / {fr:?}"),
        }
    }

    /// Every one of the `count` variants numbered by `variant` has a sample.
    pub fn every_variant<M>(samples: &[M], count: usize, variant: fn(&M) -> usize) {
        let mut seen = vec![false; count];
        for sample in samples {
            seen[variant(sample)] = true;
        }
        let missing: Vec<usize> = (0..count).filter(|i| !seen[*i]).collect();
        assert!(missing.is_empty(), "variants without a sample: {missing:?}");
    }

    /// Every sample is worded in both languages, and French numbers have a
    /// decimal comma.
    pub fn messages<M: Message>(samples: &[M]) {
        for message in samples {
            let what = format!("{message:?}");
            both(&what, &message.text(Lang::En), &message.text(Lang::Fr));
            both_hints(&what, message.hint(Lang::En), message.hint(Lang::Fr));
            let text = message.text(Lang::Fr);
            let point_between_digits = text
                .as_bytes()
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
            assert!(!point_between_digits, "a decimal point in French: {text}");
        }
    }

    /// Every code is explained in both languages, with an example: files,
    /// or a situation in both languages.
    pub fn codes(codes: &[Code]) {
        for code in codes {
            let (en, fr) = (code.explanation(Lang::En), code.explanation(Lang::Fr));
            both(code.as_str(), en.meaning, fr.meaning);
            both(code.as_str(), en.fix, fr.fix);
            match (code.situation(Lang::En), code.situation(Lang::Fr)) {
                (None, None) => assert!(!code.files().is_empty(), "{code}: no example"),
                (Some(en), Some(fr)) => both(code.as_str(), en, fr),
                other => panic!("{code}: a situation in one language only: {other:?}"),
            }
        }
    }
}
