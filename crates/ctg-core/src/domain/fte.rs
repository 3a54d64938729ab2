//! Exact FTE (ETP) arithmetic.
//!
//! FTE figures are read before mayors: `3.8` must never print as
//! `3.8000000000000003`. They are held as whole hundredths of a full-time
//! post, the finest fraction the format accepts, so sums are exact integers.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

use crate::domain::decimal::{DecimalError, format_scaled, parse_scaled};
use crate::i18n::Lang;

/// An amount of full-time equivalent, in hundredths (`Fte(380)` is 3.8 FTE).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fte(i64);

/// Why a written number is not an FTE amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FteParseError {
    /// More than two decimals (`0.333`): FTE is counted in hundredths.
    TooPrecise,
    /// Not a finite decimal number (`nan`, `inf`, garbage).
    NotANumber,
    /// So large that it cannot be an FTE amount.
    TooLarge,
}

impl Fte {
    /// No FTE.
    pub const ZERO: Fte = Fte(0);
    /// One full-time post.
    pub const ONE: Fte = Fte(100);

    /// An amount from a count of hundredths.
    pub const fn from_hundredths(hundredths: i64) -> Fte {
        Fte(hundredths)
    }

    /// The amount as a count of hundredths.
    pub const fn hundredths(self) -> i64 {
        self.0
    }

    /// Whether the amount is above zero.
    pub const fn is_positive(self) -> bool {
        self.0 > 0
    }

    /// Parses a decimal number as written in TOML (`3.8`, `1`, `0.25`, `5e-1`),
    /// exactly, without going through a binary float.
    pub fn parse(text: &str) -> Result<Fte, FteParseError> {
        // Bound amounts far above any real convention so sums cannot overflow.
        parse_scaled(text, 2, 1_000_000_000_000)
            .map(Fte)
            .map_err(|e| match e {
                DecimalError::TooPrecise => FteParseError::TooPrecise,
                DecimalError::NotANumber => FteParseError::NotANumber,
                DecimalError::TooLarge => FteParseError::TooLarge,
            })
    }

    /// Two decimals always, for tables where figures line up (`3.80`).
    pub fn fixed(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }

    /// A signed figure for gaps and changes (`+0.5`, `-0.2`, `0.0`).
    pub fn signed(self) -> String {
        if self.0 > 0 {
            format!("+{self}")
        } else {
            self.to_string()
        }
    }

    /// The nearest binary float, for JSON: exact as printed, because the
    /// shortest representation of `hundredths / 100.0` is the decimal itself.
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// The share of `whole` this amount makes, in whole percent, rounded down
    /// so that 99.9% never reads as 100%.
    pub fn percent_of(self, whole: Fte) -> Option<i64> {
        (whole.0 > 0).then(|| self.0 * 100 / whole.0)
    }
}

/// FTE figures in words: `lang.fte(x)` writes `3.8` or `3,8`. A trait
/// because [`Lang`] sits in the layer below, which knows nothing of FTE.
pub trait SayFte {
    /// An FTE figure as this language writes it: `3.8` or `3,8`.
    fn fte(self, fte: Fte) -> String;
}

impl SayFte for Lang {
    fn fte(self, fte: Fte) -> String {
        self.number(&fte.to_string())
    }
}

impl fmt::Display for Fte {
    /// The shortest exact form with at least one decimal: `3.8`, `1.0`, `0.25`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = format_scaled(self.0, 2, true);
        f.pad(&text)
    }
}

impl serde::Serialize for Fte {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.as_f64())
    }
}

impl Add for Fte {
    type Output = Fte;
    fn add(self, rhs: Fte) -> Fte {
        Fte(self.0 + rhs.0)
    }
}

impl Sub for Fte {
    type Output = Fte;
    fn sub(self, rhs: Fte) -> Fte {
        Fte(self.0 - rhs.0)
    }
}

impl Neg for Fte {
    type Output = Fte;
    fn neg(self) -> Fte {
        Fte(-self.0)
    }
}

impl AddAssign for Fte {
    fn add_assign(&mut self, rhs: Fte) {
        self.0 += rhs.0;
    }
}

impl SubAssign for Fte {
    fn sub_assign(&mut self, rhs: Fte) {
        self.0 -= rhs.0;
    }
}

impl Sum for Fte {
    fn sum<I: Iterator<Item = Fte>>(iter: I) -> Fte {
        iter.fold(Fte::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Fte> for Fte {
    fn sum<I: Iterator<Item = &'a Fte>>(iter: I) -> Fte {
        iter.copied().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exactly() {
        assert_eq!(Fte::parse("3.8"), Ok(Fte(380)));
        assert_eq!(Fte::parse("0.25"), Ok(Fte(25)));
        assert_eq!(Fte::parse("1"), Ok(Fte(100)));
        assert_eq!(Fte::parse("0.50"), Ok(Fte(50)));
        assert_eq!(Fte::parse("0.500"), Ok(Fte(50)));
        assert_eq!(Fte::parse("5e-1"), Ok(Fte(50)));
        assert_eq!(Fte::parse("1_0.0"), Ok(Fte(1000)));
        assert_eq!(Fte::parse("-0.2"), Ok(Fte(-20)));
        assert_eq!(Fte::parse("0.333"), Err(FteParseError::TooPrecise));
        assert_eq!(Fte::parse("1e-3"), Err(FteParseError::TooPrecise));
        assert_eq!(Fte::parse("nan"), Err(FteParseError::NotANumber));
        assert_eq!(Fte::parse("inf"), Err(FteParseError::NotANumber));
        assert_eq!(Fte::parse("1e300"), Err(FteParseError::TooLarge));
    }

    #[test]
    fn ten_tenths_make_one() {
        let total: Fte = std::iter::repeat_n(Fte::parse("0.1").unwrap(), 10).sum();
        assert_eq!(total, Fte::ONE);
        assert_eq!(total.to_string(), "1.0");
    }

    #[test]
    fn prints_short_and_fixed() {
        assert_eq!(Fte(380).to_string(), "3.8");
        assert_eq!(Fte(380).fixed(), "3.80");
        assert_eq!(Fte(25).to_string(), "0.25");
        assert_eq!(Fte(-20).signed(), "-0.2");
        assert_eq!(Fte(50).signed(), "+0.5");
        assert_eq!(Fte(-5).fixed(), "-0.05");
        assert_eq!(serde_json::to_string(&Fte(380)).unwrap(), "3.8");
        assert_eq!(Fte(360).percent_of(Fte(380)), Some(94));
    }
}
