//! Validation problems as data: what `ctg check` reports and every command counts.
//!
//! A [`Diagnostic`] is produced by the loader or a rule and rendered later, in
//! the user's language and format; nothing here prints.

use std::ops::Range;

use serde::Serialize;

pub mod example;
pub mod explanation;
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

macro_rules! codes {
    ($($variant:ident = $name:literal, $severity:ident;)*) => {
        /// The stable name of a kind of problem, as printed and documented.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant,)* }

        impl Code {
            /// Every code, in documentation order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as users see it (`unknown-field`).
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            /// A code always has the same severity, so that users can rely on it.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// The code named `name`, if there is one.
            pub fn from_name(name: &str) -> Option<Code> {
                match name { $($name => Some(Code::$variant),)* _ => None }
            }
        }
    };
}

codes! {
    Syntax = "syntax", Error;
    UnknownField = "unknown-field", Error;
    MissingField = "missing-field", Error;
    InvalidValue = "invalid-value", Error;
    InvalidId = "invalid-id", Error;
    DuplicateId = "duplicate-id", Error;
    UnknownReference = "unknown-reference", Error;
    FteOverbooked = "fte-overbooked", Error;
    PlanMismatch = "plan-mismatch", Error;
    MeetingInFutureHeld = "meeting-in-future-held", Error;
    FileTooLarge = "file-too-large", Error;
    UnreadableFile = "unreadable-file", Error;
    StrayFile = "stray-file", Warning;
    SkippedFile = "skipped-file", Warning;
    OutsideConvention = "outside-convention", Warning;
    FteOverTarget = "fte-over-target", Warning;
    BaselineMismatch = "baseline-mismatch", Warning;
    CopilFrequency = "copil-frequency", Warning;
    CommissionFrequency = "commission-frequency", Warning;
    MeetingNotRecorded = "meeting-not-recorded", Warning;
    NoReferent = "no-referent", Warning;
    ReferentInactive = "referent-inactive", Warning;
    Overdue = "overdue", Warning;
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
    /// What to tell the user, in either language.
    pub message: Message,
}

impl Diagnostic {
    /// A problem at `span` of `file`.
    pub fn new(code: Code, file: &str, span: Option<Range<usize>>, message: Message) -> Self {
        Diagnostic {
            code,
            file: file.to_owned(),
            span,
            message,
        }
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
