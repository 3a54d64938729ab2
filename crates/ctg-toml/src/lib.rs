//! A lean, spanned TOML document tree, built as `toml_parser` reports what
//! it reads (no list of events, no second pass).
//!
//! `toml::de::DeTable` keeps every table in a `BTreeMap`, collects the
//! parser's events before walking them, and carries error recovery we do not
//! need once a file is known to be valid. This tree keeps each table's
//! entries in a `Vec`, in document order, looked up linearly (records have a
//! handful of keys), with a hash index only for the large tables of hostile
//! files, so that duplicate detection stays linear. The lexer, the parser and
//! the decoders are toml's own, so are the limits on nesting.
//!
//! The contract: [`parse`] accepts exactly what
//! `DeTable::parse_recoverable` accepts without error, and gives the same
//! tree (same keys, values and spans; only the order of a table's entries
//! differs: here the document's, there the keys' sorted order, which
//! [`Table::sorted`] gives). On any error it only says so: the caller then
//! asks `toml` for its diagnostics. `crates/ctg-toml/tests/differential.rs` compares both
//! parsers on many inputs.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::hash::BuildHasher;

use hashbrown::{DefaultHashBuilder, HashTable, hash_table};
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;
use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::lexer::Token;
use toml_parser::parser::{EventReceiver, RecursionGuard, ValidateWhitespace};
use toml_parser::{ErrorSink, ParseError, Raw, Source, Span};

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

/// The position of the first item that `is` accepts, looked for from
/// position `hint` on, then from the start: for look-ups that usually
/// follow the order of the items.
pub fn position_from<T>(items: &[T], hint: usize, is: impl Fn(&T) -> bool) -> Option<usize> {
    let hint = hint.min(items.len());
    match items[hint..].iter().position(&is) {
        Some(i) => Some(hint + i),
        None => items[..hint].iter().position(is),
    }
}

/// Tables up to this many entries are searched linearly; larger ones get a
/// hash index.
const LINEAR: usize = 32;

/// The hash index of a large table: positions in its entries, hashed by key
/// (with a per-process random seed).
#[derive(Clone, Default)]
struct Index {
    positions: HashTable<usize>,
    hasher: DefaultHashBuilder,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Index({} keys)", self.positions.len())
    }
}

/// A table: its entries in document order.
#[derive(Debug, Clone, Default)]
pub struct Table<'i> {
    entries: Vec<(Key<'i>, Item<'i>)>,
    /// Once the table is larger than [`LINEAR`] (boxed: one pointer in the
    /// many small tables).
    index: Option<Box<Index>>,
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
            Some(index) => index
                .positions
                .find(index.hasher.hash_one(key), |&i| {
                    self.entries[i].0.get_ref() == key
                })
                .copied(),
            None => self.entries.iter().position(|(k, _)| k.get_ref() == key),
        }
    }

    /// The position of `key` and its value, looked for from position `hint`
    /// on, then from the start: readers ask for keys in about the order
    /// files write them, so the key after the last one found is most often
    /// the next one asked for, and found at the first comparison.
    pub fn get_from(&self, key: &str, hint: usize) -> Option<(usize, &Item<'i>)> {
        let at = if self.index.is_some() {
            self.position(key)?
        } else {
            position_from(&self.entries, hint, |(k, _)| k.get_ref() == key)?
        };
        Some((at, &self.entries[at].1))
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

    /// Adds an entry, unless its key is in the table already (looked up
    /// once).
    fn insert_new(&mut self, key: Key<'i>, value: Item<'i>) -> Parsed<()> {
        let Some(index) = &mut self.index else {
            if self.position(key.get_ref()).is_some() {
                return Err(Invalid);
            }
            self.push(key, value);
            return Ok(());
        };
        let entries = &self.entries;
        let hasher = &index.hasher;
        match index.positions.entry(
            hasher.hash_one(key.get_ref()),
            |&i| entries[i].0.get_ref() == key.get_ref(),
            |&i| hasher.hash_one(entries[i].0.get_ref()),
        ) {
            hash_table::Entry::Occupied(_) => return Err(Invalid),
            hash_table::Entry::Vacant(vacant) => {
                vacant.insert(entries.len());
            }
        }
        self.entries.push((key, value));
        Ok(())
    }

    /// Adds an entry whose key is not in the table yet.
    fn push(&mut self, key: Key<'i>, value: Item<'i>) -> usize {
        let at = self.entries.len();
        if at == 0 {
            // A record's tables hold a dozen keys or so: one allocation.
            self.entries.reserve(if self.inline { 4 } else { 16 });
        }
        self.entries.push((key, value));
        if self.index.is_none() && self.entries.len() <= LINEAR {
            return at;
        }
        let mut index = self.index.take().unwrap_or_default();
        let entries = &self.entries;
        let hasher = &index.hasher;
        let first = if index.positions.is_empty() { 0 } else { at };
        for i in first..entries.len() {
            let hash = hasher.hash_one(entries[i].0.get_ref());
            index
                .positions
                .insert_unique(hash, i, |&j| hasher.hash_one(entries[j].0.get_ref()));
        }
        self.index = Some(index);
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
struct Sink<'f>(&'f Cell<bool>);

impl ErrorSink for Sink<'_> {
    fn report_error(&mut self, _error: ParseError) {
        self.0.set(true);
    }
}

/// Any error: the caller asks `toml` for the details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invalid;

type Parsed<T> = Result<T, Invalid>;

/// Parses a whole document into its top-level table.
pub fn parse(text: &str) -> Parsed<Table<'_>> {
    thread_local! {
        /// The tokens of the file being parsed: one buffer per thread.
        static TOKENS: RefCell<Vec<Token>> = const { RefCell::new(Vec::new()) };
    }
    TOKENS.with(|tokens| match tokens.try_borrow_mut() {
        Ok(mut tokens) => {
            let parsed = parse_with(text, &mut tokens);
            tokens.clear();
            // A hostile file's million tokens are not kept for the next file.
            if tokens.capacity() > 1 << 16 {
                *tokens = Vec::new();
            }
            parsed
        }
        Err(_) => parse_with(text, &mut Vec::new()),
    })
}

fn parse_with<'i>(text: &'i str, tokens: &mut Vec<Token>) -> Parsed<Table<'i>> {
    let source = Source::new(text);
    tokens.clear();
    tokens.extend(source.lex());
    let failed = Cell::new(false);
    let mut builder = Builder {
        source,
        failed: &failed,
        state: State::default(),
        keys: Vec::new(),
        header: None,
        key: None,
        stack: Vec::new(),
    };
    {
        // The same checks of comments and line ends, and the same limit on
        // nesting, as toml's.
        let mut whitespace = ValidateWhitespace::new(&mut builder, source);
        let mut guard = RecursionGuard::new(&mut whitespace, LIMIT);
        toml_parser::parser::parse_document(tokens, &mut guard, &mut Sink(&failed));
    }
    if failed.get() {
        return Err(Invalid);
    }
    builder.finish()
}

/// A `[header]` or `[[header]]`.
struct Header<'i> {
    path: Vec<Key<'i>>,
    key: Key<'i>,
    span: Range<usize>,
    is_array: bool,
}

/// An array or inline table being read.
enum Frame<'i> {
    Array {
        start: usize,
        items: Vec<Item<'i>>,
    },
    Inline {
        start: usize,
        table: Table<'i>,
        /// The key read, waiting for its value.
        key: Option<(Vec<Key<'i>>, Key<'i>)>,
    },
}

/// Builds the tree as the parser reports what it reads (once something is
/// wrong, it ignores the rest).
struct Builder<'f, 'i> {
    source: Source<'i>,
    failed: &'f Cell<bool>,
    state: State<'i>,
    /// The parts of the key being read.
    keys: Vec<Key<'i>>,
    /// The header being read: where it starts, and whether it is `[[...]]`.
    header: Option<(usize, bool)>,
    /// The top-level key read, waiting for its value.
    key: Option<(Vec<Key<'i>>, Key<'i>)>,
    stack: Vec<Frame<'i>>,
}

impl<'i> Builder<'_, 'i> {
    fn finish(mut self) -> Parsed<Table<'i>> {
        if !self.stack.is_empty()
            || self.header.is_some()
            || self.key.is_some()
            || !self.keys.is_empty()
        {
            return Err(Invalid);
        }
        self.state.finish_table()?;
        Ok(self.state.root)
    }

    /// Runs `step` unless something is wrong already, and remembers whether
    /// it went wrong.
    fn step(&mut self, step: impl FnOnce(&mut Self) -> Parsed<()>) {
        if !self.failed.get() && step(self).is_err() {
            self.failed.set(true);
        }
    }

    fn raw(&self, span: Span, encoding: Option<Encoding>) -> Parsed<Raw<'i>> {
        let text = self
            .source
            .input()
            .get(span.start()..span.end())
            .ok_or(Invalid)?;
        Ok(Raw::new_unchecked(text, encoding, span))
    }

    /// The key read: the path to its table, and its last part.
    fn take_key(&mut self) -> Parsed<(Vec<Key<'i>>, Key<'i>)> {
        let key = self.keys.pop().ok_or(Invalid)?;
        if self.keys.len() >= LIMIT as usize {
            return Err(Invalid);
        }
        let path = if self.keys.is_empty() {
            Vec::new()
        } else {
            self.keys.drain(..).collect()
        };
        Ok((path, key))
    }

    fn open_header(&mut self, span: Span, is_array: bool) -> Parsed<()> {
        if !self.stack.is_empty() || self.key.is_some() || self.header.is_some() {
            return Err(Invalid);
        }
        self.state.finish_table()?;
        self.header = Some((span.start(), is_array));
        Ok(())
    }

    fn close_header(&mut self, span: Span) -> Parsed<()> {
        let (start, is_array) = self.header.take().ok_or(Invalid)?;
        let (path, key) = self.take_key()?;
        self.state.start_table(Header {
            path,
            key,
            span: start..span.end(),
            is_array,
        })
    }

    /// A value read, for the array, inline table or top-level key waiting
    /// for it.
    fn deliver(&mut self, item: Item<'i>) -> Parsed<()> {
        match self.stack.last_mut() {
            Some(Frame::Array { items, .. }) => {
                items.push(item);
                Ok(())
            }
            Some(Frame::Inline { table, key, .. }) => {
                let (path, key) = key.take().ok_or(Invalid)?;
                inline_entry(table, &path, key, item)
            }
            None => {
                let (path, key) = self.key.take().ok_or(Invalid)?;
                self.state.key_value(path, key, item)
            }
        }
    }

    fn scalar(&mut self, span: Span, encoding: Option<Encoding>) -> Parsed<()> {
        let raw = self.raw(span, encoding)?;
        if encoding == Some(Encoding::BasicString)
            && let Some(text) = plain_basic_string(raw.as_str())
        {
            return self.deliver(Spanned::new(
                range(span),
                Value::String(Cow::Borrowed(text)),
            ));
        }
        let mut decoded = Cow::Borrowed("");
        let kind = raw.decode_scalar(&mut decoded, &mut Sink(self.failed));
        if self.failed.get() {
            return Err(Invalid);
        }
        let value = match kind {
            ScalarKind::String => Value::String(decoded),
            ScalarKind::Boolean(b) => Value::Boolean(b),
            ScalarKind::DateTime => Value::Datetime(match plain_date(&decoded) {
                Some(date) => date,
                None => decoded.parse().map_err(|_| Invalid)?,
            }),
            ScalarKind::Float => Value::Float(decoded),
            ScalarKind::Integer(radix) => Value::Integer(Integer {
                digits: decoded,
                radix: radix.value(),
            }),
        };
        self.deliver(Spanned::new(range(span), value))
    }

    fn simple_key(&mut self, span: Span, encoding: Option<Encoding>) -> Parsed<()> {
        let raw = self.raw(span, encoding)?;
        let bare = raw.as_str();
        // Without early exit, so that the loop is vectorised.
        if encoding.is_none()
            && !bare.is_empty()
            && bare.bytes().fold(true, |ok, b| {
                ok & (b.is_ascii_alphanumeric() | (b == b'-') | (b == b'_'))
            })
        {
            self.keys
                .push(Spanned::new(range(span), Cow::Borrowed(bare)));
            return Ok(());
        }
        let mut decoded = Cow::Borrowed("");
        raw.decode_key(&mut decoded, &mut Sink(self.failed));
        if self.failed.get() {
            return Err(Invalid);
        }
        self.keys.push(Spanned::new(range(span), decoded));
        Ok(())
    }

    fn key_val_sep(&mut self) -> Parsed<()> {
        let key = self.take_key()?;
        let waiting = match self.stack.last_mut() {
            Some(Frame::Inline { key, .. }) => key,
            Some(Frame::Array { .. }) => return Err(Invalid),
            None if self.header.is_some() => return Err(Invalid),
            None => &mut self.key,
        };
        if waiting.replace(key).is_some() {
            return Err(Invalid);
        }
        Ok(())
    }

    fn close_array(&mut self, span: Span) -> Parsed<()> {
        match self.stack.pop() {
            Some(Frame::Array { start, items }) => {
                self.deliver(Spanned::new(start..span.end(), Value::Array(items)))
            }
            _ => Err(Invalid),
        }
    }

    fn close_inline_table(&mut self, span: Span) -> Parsed<()> {
        match self.stack.pop() {
            Some(Frame::Inline {
                start,
                table,
                key: None,
            }) => self.deliver(Spanned::new(start..span.end(), Value::Table(table))),
            _ => Err(Invalid),
        }
    }
}

impl EventReceiver for Builder<'_, '_> {
    fn std_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.step(|b| b.open_header(span, false));
    }
    fn std_table_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.step(|b| b.close_header(span));
    }
    fn array_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.step(|b| b.open_header(span, true));
    }
    fn array_table_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.step(|b| b.close_header(span));
    }
    fn inline_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.step(|b| {
            b.stack.push(Frame::Inline {
                start: span.start(),
                table: Table {
                    inline: true,
                    ..Table::default()
                },
                key: None,
            });
            Ok(())
        });
        true
    }
    fn inline_table_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.step(|b| b.close_inline_table(span));
    }
    fn array_open(&mut self, span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.step(|b| {
            b.stack.push(Frame::Array {
                start: span.start(),
                items: Vec::new(),
            });
            Ok(())
        });
        true
    }
    fn array_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.step(|b| b.close_array(span));
    }
    fn simple_key(&mut self, span: Span, encoding: Option<Encoding>, _error: &mut dyn ErrorSink) {
        self.step(|b| b.simple_key(span, encoding));
    }
    fn key_val_sep(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.step(Self::key_val_sep);
    }
    fn scalar(&mut self, span: Span, encoding: Option<Encoding>, _error: &mut dyn ErrorSink) {
        self.step(|b| b.scalar(span, encoding));
    }
    fn error(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.failed.set(true);
    }
}

/// The text of a basic string `"..."` that holds neither escape nor
/// forbidden character (nearly all): what toml's decoder gives, without
/// decoding. Anything else goes through the decoder.
fn plain_basic_string(raw: &str) -> Option<&str> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    // `basic-unescaped = wschar / %x21 / %x23-5B / %x5D-7E / non-ascii`
    // Without early exit, so that the loop is vectorised.
    inner
        .bytes()
        .fold(true, |ok, b| {
            ok & ((b == b'\t') | ((b >= 0x20) & (b != b'"') & (b != b'\\') & (b != 0x7f)))
        })
        .then_some(inner)
}

/// A valid local date `YYYY-MM-DD`, read as toml_datetime reads it; anything
/// else goes through toml_datetime.
fn plain_date(text: &str) -> Option<Datetime> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| -> Option<u16> {
        digits.iter().try_fold(0u16, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u16::from(d - b'0'))
        })
    };
    let year = number(&b[0..4])?;
    let month = number(&b[5..7])?;
    let day = number(&b[8..10])?;
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    if day < 1 || day > days {
        return None;
    }
    Some(Datetime {
        date: Some(toml::value::Date {
            year,
            month: month as u8,
            day: day as u8,
        }),
        time: None,
        offset: None,
    })
}

fn range(span: Span) -> Range<usize> {
    span.start()..span.end()
}

/// Whether an array was made by `[[header]]`s: only those hold tables that
/// are not inline (and are never empty).
fn is_array_of_tables(items: &[Item<'_>]) -> bool {
    matches!(items.last().map(Spanned::get_ref), Some(Value::Table(t)) if !t.inline)
}

fn inline_entry<'i>(
    table: &mut Table<'i>,
    path: &[Key<'i>],
    key: Key<'i>,
    value: Item<'i>,
) -> Parsed<()> {
    let table = descend_inline(table, path)?;
    if table.dotted == path.is_empty() {
        return Err(Invalid);
    }
    table.insert_new(key, value)
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
        if dotted && !parent.implicit {
            return Err(Invalid);
        }
        parent.insert_new(key, value)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_dates_read_as_toml_datetime_reads_them() {
        for year in ["0000", "1900", "2000", "2023", "2024", "9999"] {
            for month in 0..=13 {
                for day in 0..=32 {
                    let text = format!("{year}-{month:02}-{day:02}");
                    let toml = text.parse::<Datetime>().ok();
                    assert_eq!(plain_date(&text), toml, "{text}");
                }
            }
        }
        assert_eq!(plain_date("1979-05-27T07:32:00"), None);
        assert_eq!(plain_date("1979-5-27"), None);
    }

    #[test]
    fn plain_strings_are_what_the_decoder_gives() {
        let chars = (0u8..=127)
            .map(char::from)
            .chain(['é', '\u{feff}', '\u{2028}', '😀', '\u{fffd}']);
        for c in chars {
            let raw = format!("\"a{c}b\"");
            let mut decoded = Cow::Borrowed("");
            let failed = Cell::new(false);
            let span = Span::new_unchecked(0, raw.len());
            Raw::new_unchecked(&raw, Some(Encoding::BasicString), span)
                .decode_scalar(&mut decoded, &mut Sink(&failed))
                .description();
            match plain_basic_string(&raw) {
                Some(text) => {
                    assert!(!failed.get(), "{c:?}");
                    assert_eq!(text, decoded, "{c:?}");
                }
                None => assert!(
                    failed.get() || matches!(c, '"' | '\\'),
                    "{c:?} is valid: the fast path should take it"
                ),
            }
        }
    }
}
