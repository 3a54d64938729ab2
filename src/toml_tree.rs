//! A lean, spanned TOML document tree, built straight from `toml_parser`'s
//! events.
//!
//! `toml::de::DeTable` keeps every table in a `BTreeMap` and carries error
//! recovery we do not need once a file is known to be valid. This tree keeps
//! each table's entries in a `Vec`, in document order, looked up linearly
//! (records have a handful of keys), with a hash index only for the large
//! tables of hostile files, so that duplicate detection stays linear.
//!
//! The contract: [`parse`] accepts exactly what
//! `DeTable::parse_recoverable` accepts without error, and gives the same
//! tree (same keys, values and spans; only the order of a table's entries
//! differs: here the document's, there the keys' sorted order). On any error
//! it only says so: the caller then asks `toml` for its diagnostics.
//! `tests/toml_tree.rs` compares both parsers on many inputs.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;
use toml_parser::decoder::ScalarKind;
use toml_parser::parser::{Event, EventKind, RecursionGuard, ValidateWhitespace};
use toml_parser::{ErrorSink, ParseError, Source};

/// A key, with its span.
pub type Key<'i> = Spanned<Cow<'i, str>>;

/// A value, with its span.
pub type Item<'i> = Spanned<Value<'i>>;

/// An integer as written: its digits (sign kept, underscores and radix
/// prefix dropped) and its radix, so that its exact text is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Integer<'i> {
    digits: Cow<'i, str>,
    radix: u32,
}

impl Integer<'_> {
    /// The digits, without the radix prefix.
    pub fn as_str(&self) -> &str {
        &self.digits
    }

    /// 2, 8, 10 or 16.
    pub fn radix(&self) -> u32 {
        self.radix
    }
}

impl std::fmt::Display for Integer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let prefix = match self.radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        };
        write!(f, "{prefix}{}", self.digits)
    }
}

/// A TOML value.
#[derive(Debug, Clone)]
pub enum Value<'i> {
    /// A string, borrowed from the text when it holds no escape.
    String(Cow<'i, str>),
    /// An integer, as written.
    Integer(Integer<'i>),
    /// A float, as written (underscores dropped).
    Float(Cow<'i, str>),
    /// A boolean.
    Boolean(bool),
    /// A date, time or date-time.
    Datetime(Datetime),
    /// An array (inline, or of `[[tables]]`).
    Array(Vec<Item<'i>>),
    /// A table (inline, `[header]`, or implied by a dotted key).
    Table(Table<'i>),
}

impl<'i> Value<'i> {
    /// The string, if it is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// Whether it is a string.
    pub fn is_str(&self) -> bool {
        self.as_str().is_some()
    }

    /// The boolean, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Boolean(b) => Some(*b),
            _ => None,
        }
    }

    /// Whether it is a boolean.
    pub fn is_bool(&self) -> bool {
        self.as_bool().is_some()
    }

    /// The integer, if it is one.
    pub fn as_integer(&self) -> Option<&Integer<'i>> {
        match self {
            Value::Integer(i) => Some(i),
            _ => None,
        }
    }

    /// Whether it is an integer.
    pub fn is_integer(&self) -> bool {
        self.as_integer().is_some()
    }

    /// The float's text, if it is one.
    pub fn as_float(&self) -> Option<&str> {
        match self {
            Value::Float(f) => Some(f),
            _ => None,
        }
    }

    /// The date-time, if it is one.
    pub fn as_datetime(&self) -> Option<&Datetime> {
        match self {
            Value::Datetime(d) => Some(d),
            _ => None,
        }
    }

    /// The items, if it is an array.
    pub fn as_array(&self) -> Option<&[Item<'i>]> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// Whether it is an array.
    pub fn is_array(&self) -> bool {
        self.as_array().is_some()
    }

    /// The table, if it is one.
    pub fn as_table(&self) -> Option<&Table<'i>> {
        match self {
            Value::Table(t) => Some(t),
            _ => None,
        }
    }

    /// Whether it is a table.
    pub fn is_table(&self) -> bool {
        self.as_table().is_some()
    }

    /// The name of its type, in `toml`'s words.
    pub fn type_str(&self) -> &'static str {
        match self {
            Value::String(_) => "string",
            Value::Integer(_) => "integer",
            Value::Float(_) => "float",
            Value::Boolean(_) => "boolean",
            Value::Datetime(_) => "datetime",
            Value::Array(_) => "array",
            Value::Table(_) => "table",
        }
    }
}

/// Tables up to this many entries are searched linearly; larger ones get a
/// hash index.
const LINEAR: usize = 32;

/// A table: its entries in document order.
#[derive(Debug, Clone, Default)]
pub struct Table<'i> {
    entries: Vec<(Key<'i>, Item<'i>)>,
    /// Key to position, once the table is larger than [`LINEAR`] (boxed:
    /// one pointer in the many small tables).
    #[allow(clippy::box_collection)]
    index: Option<Box<HashMap<Cow<'i, str>, usize>>>,
    /// Made by a dotted key or a header's path, not by its own header.
    implicit: bool,
    /// Made (or extended) by a dotted key.
    dotted: bool,
    /// An inline table `{ ... }`, or made by a dotted key inside one.
    inline: bool,
}

impl<'i> Table<'i> {
    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn position(&self, key: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(key).copied(),
            None => self.entries.iter().position(|(k, _)| k.get_ref() == key),
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Item<'i>> {
        self.position(key).map(|i| &self.entries[i].1)
    }

    /// Whether `key` is in the table.
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// The entries, in document order.
    pub fn iter(&self) -> impl Iterator<Item = (&Key<'i>, &Item<'i>)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The entries, in the keys' sorted order (`toml`'s `BTreeMap` order).
    pub fn sorted(&self) -> Vec<(&Key<'i>, &Item<'i>)> {
        let mut entries: Vec<_> = self.iter().collect();
        entries.sort_unstable_by(|a, b| a.0.get_ref().cmp(b.0.get_ref()));
        entries
    }

    /// Adds an entry whose key is not in the table yet.
    fn push(&mut self, key: Key<'i>, value: Item<'i>) -> usize {
        let at = self.entries.len();
        match &mut self.index {
            Some(index) => {
                index.insert(key.get_ref().clone(), at);
            }
            None if at == LINEAR => {
                let mut index: HashMap<Cow<'i, str>, usize> = self
                    .entries
                    .iter()
                    .enumerate()
                    .map(|(i, (k, _))| (k.get_ref().clone(), i))
                    .collect();
                index.insert(key.get_ref().clone(), at);
                self.index = Some(Box::new(index));
            }
            None => {}
        }
        self.entries.push((key, value));
        at
    }

    /// Converts a tree made by `toml` (when it accepts a file this parser
    /// refuses: never seen, but never a reason to lose a file).
    pub fn from_de(table: DeTable<'i>) -> Self {
        let mut out = Table::default();
        for (key, value) in table {
            out.push(key, convert(value));
        }
        out
    }
}

fn convert(value: Spanned<DeValue<'_>>) -> Item<'_> {
    let span = value.span();
    let value = match value.into_inner() {
        DeValue::String(s) => Value::String(s),
        DeValue::Integer(i) => Value::Integer(Integer {
            digits: Cow::Owned(i.as_str().to_owned()),
            radix: i.radix(),
        }),
        DeValue::Float(f) => Value::Float(Cow::Owned(f.as_str().to_owned())),
        DeValue::Boolean(b) => Value::Boolean(b),
        DeValue::Datetime(d) => Value::Datetime(d),
        DeValue::Array(a) => Value::Array(a.into_iter().map(convert).collect()),
        DeValue::Table(t) => Value::Table(Table::from_de(t)),
    };
    Spanned::new(span, value)
}

/// Nesting of arrays and inline tables allowed, and keys in a dotted path:
/// `toml`'s own limits, so that both refuse the same files.
const LIMIT: u32 = 80;

/// Remembers that something went wrong, and nothing else.
#[derive(Default)]
struct Failed(bool);

impl ErrorSink for Failed {
    fn report_error(&mut self, _error: ParseError) {
        self.0 = true;
    }
}

/// Any error: the caller asks `toml` for the details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invalid;

type Parsed<T> = Result<T, Invalid>;

/// Parses a whole document into its top-level table.
pub fn parse(text: &str) -> Parsed<Table<'_>> {
    let source = Source::new(text);
    let tokens = source.lex().into_vec();
    let mut events: Vec<Event> = Vec::with_capacity(tokens.len());
    let mut failed = Failed::default();
    {
        let mut whitespace = ValidateWhitespace::new(&mut events, source);
        let mut guard = RecursionGuard::new(&mut whitespace, LIMIT);
        toml_parser::parser::parse_document(&tokens, &mut guard, &mut failed);
    }
    drop(tokens);
    if failed.0 {
        return Err(Invalid);
    }
    let mut walker = Walker {
        events: &events,
        at: 0,
        source,
        failed,
    };
    walker.document()
}

fn range(span: toml_parser::Span) -> Range<usize> {
    span.start()..span.end()
}

/// A `[header]` or `[[header]]`.
struct Header<'i> {
    path: Vec<Key<'i>>,
    key: Key<'i>,
    span: Range<usize>,
    is_array: bool,
}

/// Walks the events of a document known to have no syntax error.
struct Walker<'e, 'i> {
    events: &'e [Event],
    at: usize,
    source: Source<'i>,
    failed: Failed,
}

impl<'i> Walker<'_, 'i> {
    fn next(&mut self) -> Option<Event> {
        let event = self.events.get(self.at).copied();
        self.at += 1;
        event
    }

    fn peek(&self, ahead: usize) -> Option<EventKind> {
        self.events.get(self.at + ahead).map(Event::kind)
    }

    fn check(&self) -> Parsed<()> {
        if self.failed.0 { Err(Invalid) } else { Ok(()) }
    }

    fn document(&mut self) -> Parsed<Table<'i>> {
        let mut state = State::default();
        while let Some(event) = self.next() {
            match event.kind() {
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                    state.finish_table()?;
                    let header = self.header(event)?;
                    state.start_table(header)?;
                }
                EventKind::SimpleKey => {
                    let (path, key) = self.key(event)?;
                    if self.peek(0) == Some(EventKind::Whitespace) {
                        self.at += 1;
                    }
                    if self.next().map(|e| e.kind()) != Some(EventKind::KeyValSep) {
                        return Err(Invalid);
                    }
                    if self.peek(0) == Some(EventKind::Whitespace) {
                        self.at += 1;
                    }
                    let value = self.value()?;
                    state.key_value(path, key, value)?;
                }
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline => {}
                _ => return Err(Invalid),
            }
        }
        state.finish_table()?;
        Ok(state.root)
    }

    fn header(&mut self, open: Event) -> Parsed<Header<'i>> {
        let mut path_and_key = None;
        while let Some(event) = self.next() {
            match event.kind() {
                EventKind::ArrayTableClose | EventKind::StdTableClose => {
                    let (path, key) = path_and_key.ok_or(Invalid)?;
                    return Ok(Header {
                        path,
                        key,
                        span: open.span().start()..event.span().end(),
                        is_array: open.kind() == EventKind::ArrayTableOpen,
                    });
                }
                EventKind::SimpleKey if path_and_key.is_none() => {
                    path_and_key = Some(self.key(event)?);
                }
                EventKind::Whitespace => {}
                _ => return Err(Invalid),
            }
        }
        Err(Invalid)
    }

    /// Whether a `.` follows (after optional whitespace).
    fn more_key(&self) -> bool {
        match self.peek(0) {
            Some(EventKind::KeySep) => true,
            Some(EventKind::Whitespace) => self.peek(1) == Some(EventKind::KeySep),
            _ => false,
        }
    }

    fn decode_key(&mut self, event: Event) -> Parsed<Key<'i>> {
        let raw = self.source.get(event).ok_or(Invalid)?;
        let mut decoded = Cow::Borrowed("");
        raw.decode_key(&mut decoded, &mut self.failed);
        self.check()?;
        Ok(Spanned::new(range(event.span()), decoded))
    }

    /// A simple or dotted key: the path to its table, and its last part.
    fn key(&mut self, first: Event) -> Parsed<(Vec<Key<'i>>, Key<'i>)> {
        let mut path = Vec::new();
        let mut current = Some(first);
        if self.more_key() {
            while let Some(event) = self.next() {
                match event.kind() {
                    EventKind::SimpleKey => {
                        current = Some(event);
                        if !self.more_key() {
                            break;
                        }
                    }
                    EventKind::Whitespace => {}
                    EventKind::KeySep => {
                        let part = current.take().ok_or(Invalid)?;
                        path.push(self.decode_key(part)?);
                    }
                    _ => return Err(Invalid),
                }
            }
        }
        let last = current.ok_or(Invalid)?;
        let key = self.decode_key(last)?;
        if path.len() >= LIMIT as usize {
            return Err(Invalid);
        }
        Ok((path, key))
    }

    fn value(&mut self) -> Parsed<Item<'i>> {
        let event = self.next().ok_or(Invalid)?;
        match event.kind() {
            EventKind::InlineTableOpen => self.inline_table(event),
            EventKind::ArrayOpen => self.array(event),
            EventKind::Scalar => self.scalar(event),
            _ => Err(Invalid),
        }
    }

    fn scalar(&mut self, event: Event) -> Parsed<Item<'i>> {
        let raw = self.source.get(event).ok_or(Invalid)?;
        let mut decoded = Cow::Borrowed("");
        let kind = raw.decode_scalar(&mut decoded, &mut self.failed);
        self.check()?;
        let value = match kind {
            ScalarKind::String => Value::String(decoded),
            ScalarKind::Boolean(b) => Value::Boolean(b),
            ScalarKind::DateTime => Value::Datetime(decoded.parse().map_err(|_| Invalid)?),
            ScalarKind::Float => Value::Float(decoded),
            ScalarKind::Integer(radix) => Value::Integer(Integer {
                digits: decoded,
                radix: radix.value(),
            }),
        };
        Ok(Spanned::new(range(event.span()), value))
    }

    fn array(&mut self, open: Event) -> Parsed<Item<'i>> {
        let mut items = Vec::new();
        let mut current = None;
        loop {
            let event = self.next().ok_or(Invalid)?;
            match event.kind() {
                EventKind::InlineTableOpen => current = Some(self.inline_table(event)?),
                EventKind::ArrayOpen => current = Some(self.array(event)?),
                EventKind::Scalar => current = Some(self.scalar(event)?),
                EventKind::ValueSep => items.extend(current.take()),
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline => {}
                EventKind::ArrayClose => {
                    items.extend(current.take());
                    let span = open.span().start()..event.span().end();
                    return Ok(Spanned::new(span, Value::Array(items)));
                }
                _ => return Err(Invalid),
            }
        }
    }

    fn inline_table(&mut self, open: Event) -> Parsed<Item<'i>> {
        let mut table = Table {
            inline: true,
            ..Table::default()
        };
        let mut current_key = None;
        let mut current_value = None;
        loop {
            let event = self.next().ok_or(Invalid)?;
            match event.kind() {
                EventKind::SimpleKey => current_key = Some(self.key(event)?),
                EventKind::KeyValSep => {}
                EventKind::InlineTableOpen => current_value = Some(self.inline_table(event)?),
                EventKind::ArrayOpen => current_value = Some(self.array(event)?),
                EventKind::Scalar => current_value = Some(self.scalar(event)?),
                EventKind::ValueSep => {
                    inline_entry(&mut table, current_key.take(), current_value.take())?;
                }
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline => {}
                EventKind::InlineTableClose => {
                    inline_entry(&mut table, current_key.take(), current_value.take())?;
                    let span = open.span().start()..event.span().end();
                    return Ok(Spanned::new(span, Value::Table(table)));
                }
                _ => return Err(Invalid),
            }
        }
    }
}

/// Whether an array was made by `[[header]]`s: only those hold tables that
/// are not inline (and are never empty).
fn is_array_of_tables(items: &[Item<'_>]) -> bool {
    matches!(items.last().map(Spanned::get_ref), Some(Value::Table(t)) if !t.inline)
}

fn inline_entry<'i>(
    table: &mut Table<'i>,
    key: Option<(Vec<Key<'i>>, Key<'i>)>,
    value: Option<Item<'i>>,
) -> Parsed<()> {
    let (Some((path, key)), Some(value)) = (key, value) else {
        return Ok(());
    };
    let table = descend_inline(table, &path)?;
    if table.dotted == path.is_empty() || table.contains_key(key.get_ref()) {
        return Err(Invalid);
    }
    table.push(key, value);
    Ok(())
}

/// The table at `path` under an inline table, made as needed.
fn descend_inline<'t, 'i>(
    mut table: &'t mut Table<'i>,
    path: &[Key<'i>],
) -> Parsed<&'t mut Table<'i>> {
    for key in path {
        let at = match table.position(key.get_ref()) {
            Some(at) => at,
            None => {
                let made = Table {
                    implicit: true,
                    dotted: true,
                    inline: true,
                    ..Table::default()
                };
                table.push(key.clone(), Spanned::new(key.span(), Value::Table(made)))
            }
        };
        table = match table.entries[at].1.get_mut() {
            Value::Table(child) if child.implicit => child,
            _ => return Err(Invalid),
        };
    }
    Ok(table)
}

/// The table at `path` under a document's table, made as needed; `dotted`
/// for a dotted key, not a header.
fn descend<'t, 'i>(
    mut table: &'t mut Table<'i>,
    path: &[Key<'i>],
    dotted: bool,
) -> Parsed<&'t mut Table<'i>> {
    for key in path {
        let at = match table.position(key.get_ref()) {
            Some(at) => at,
            None => {
                let made = Table {
                    implicit: true,
                    dotted,
                    ..Table::default()
                };
                table.push(key.clone(), Spanned::new(key.span(), Value::Table(made)))
            }
        };
        table = match table.entries[at].1.get_mut() {
            Value::Array(items) if is_array_of_tables(items) => match items.last_mut() {
                Some(last) => match last.get_mut() {
                    Value::Table(child) => child,
                    _ => return Err(Invalid),
                },
                None => return Err(Invalid),
            },
            Value::Table(child) if !child.inline => {
                if dotted {
                    if !child.implicit {
                        return Err(Invalid);
                    }
                    child.dotted = true;
                }
                child
            }
            _ => return Err(Invalid),
        };
    }
    Ok(table)
}

/// Where a document's walk stands.
#[derive(Default)]
struct State<'i> {
    root: Table<'i>,
    /// The table under the last header (or the top-level one before any).
    current: Table<'i>,
    header: Option<Header<'i>>,
}

impl<'i> State<'i> {
    fn key_value(&mut self, path: Vec<Key<'i>>, key: Key<'i>, value: Item<'i>) -> Parsed<()> {
        let dotted = !path.is_empty();
        let parent = descend(&mut self.current, &path, dotted)?;
        if (dotted && !parent.implicit) || parent.contains_key(key.get_ref()) {
            return Err(Invalid);
        }
        parent.push(key, value);
        Ok(())
    }

    /// Puts the table being filled in its place.
    fn finish_table(&mut self) -> Parsed<()> {
        let table = std::mem::take(&mut self.current);
        let Some(header) = self.header.take() else {
            self.root = table;
            return Ok(());
        };
        let parent = descend(&mut self.root, &header.path, false)?;
        let value = Spanned::new(header.span.clone(), Value::Table(table));
        match parent.position(header.key.get_ref()) {
            None if header.is_array => {
                parent.push(
                    header.key,
                    Spanned::new(header.span, Value::Array(vec![value])),
                );
            }
            None => {
                parent.push(header.key, value);
            }
            Some(at) if header.is_array => match parent.entries[at].1.get_mut() {
                Value::Array(items) if is_array_of_tables(items) => items.push(value),
                _ => return Err(Invalid),
            },
            // The implicit table `start_table` took its entries from: its
            // header now defines it.
            Some(at) => parent.entries[at] = (header.key, value),
        }
        Ok(())
    }

    fn start_table(&mut self, header: Header<'i>) -> Parsed<()> {
        if !header.is_array {
            let parent = descend(&mut self.root, &header.path, false)?;
            if let Some(at) = parent.position(header.key.get_ref()) {
                // Only a table implied by an earlier header's path may be
                // defined by its own header, keeping what it holds.
                match parent.entries[at].1.get_mut() {
                    Value::Table(t) if t.implicit && !t.dotted => {
                        self.current = std::mem::take(t);
                    }
                    _ => return Err(Invalid),
                }
            }
        }
        self.current.implicit = false;
        self.current.dotted = false;
        self.header = Some(header);
        Ok(())
    }
}
