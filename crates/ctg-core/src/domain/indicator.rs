//! Indicators: how the COPIL knows whether the action plan works.
//!
//! An indicator has a baseline (its value before the convention), a target
//! and dated measures. Every figure here is exact: values are whole
//! ten-thousandths and ratios are kept as fractions of integers, compared
//! by cross-multiplication, so that `0.1 + 0.2` measured against a target
//! of `0.3` reads as reached, and "exactly on the expected line" is on track.

use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;

use chrono::{Months, NaiveDate};

use crate::domain::decimal::{DecimalError, format_scaled, parse_scaled};
use crate::domain::model::{At, word_enum};
use crate::i18n::Lang;

/// Decimals an indicator value may have.
pub const PLACES: i32 = 4;

/// The largest magnitude of a value, in ten-thousandths (a thousand
/// billion): far beyond any count a CTG measures, and small enough that
/// every product of two differences fits an `i128` many times over.
const LIMIT: i64 = 10_000_000_000_000_000;

/// A measured value, exact: a whole number of ten-thousandths.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quantity(i64);

impl Quantity {
    /// Parses a number as written in TOML (`45`, `12.5`, `-3`, `1e3`).
    pub fn parse(text: &str) -> Result<Quantity, DecimalError> {
        parse_scaled(text, PLACES, LIMIT).map(Quantity)
    }

    /// The value as a count of ten-thousandths.
    pub const fn ten_thousandths(self) -> i64 {
        self.0
    }

    /// A value from a count of ten-thousandths.
    pub const fn from_ten_thousandths(count: i64) -> Quantity {
        Quantity(count)
    }

    /// The nearest binary float, for JSON and charts: exact as printed,
    /// because the shortest representation of `n / 10000.0` is the decimal.
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 10_000.0
    }
}

impl fmt::Display for Quantity {
    /// The shortest exact form: `45`, `12.5`, `0.0001`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format_scaled(self.0, PLACES as u32, false))
    }
}

impl serde::Serialize for Quantity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0 % 10_000 == 0 {
            serializer.serialize_i64(self.0 / 10_000)
        } else {
            serializer.serialize_f64(self.as_f64())
        }
    }
}

word_enum! {
    /// What an indicator measures (the Cnaf's evaluation frame).
    IndicatorKind {
        /// An effect on families: people reached, a waiting time.
        Result = "result",
        /// What was put in: sessions held, partners involved.
        Means = "means",
    }
}

word_enum! {
    /// How often an indicator is measured: a measure older than one period
    /// makes it stale.
    Periodicity {
        /// Once a year (the default).
        Yearly = "yearly",
        /// Twice a year.
        HalfYearly = "half-yearly",
        /// Four times a year.
        Quarterly = "quarterly",
        /// Every month.
        Monthly = "monthly",
    }
}

impl Periodicity {
    /// The length of one period.
    pub fn months(self) -> u32 {
        match self {
            Periodicity::Yearly => 12,
            Periodicity::HalfYearly => 6,
            Periodicity::Quarterly => 3,
            Periodicity::Monthly => 1,
        }
    }

    /// The day one period before `date` (the month's last day when that
    /// day does not exist in it: 31 August less 6 months is 28 or 29
    /// February).
    pub fn before(self, date: NaiveDate) -> NaiveDate {
        date.checked_sub_months(Months::new(self.months()))
            .unwrap_or(NaiveDate::MIN)
    }
}

word_enum! {
    /// Where an indicator stands on a day.
    State {
        /// The latest measure meets the target.
        Reached = "reached",
        /// Progress is at or above the straight line from baseline to target.
        OnTrack = "on-track",
        /// Progress is below that line.
        Behind = "behind",
        /// No measure within one period (once the baseline is a period old).
        Stale = "stale",
        /// No measure yet.
        NoMeasure = "no-measure",
    }
}

/// A dated value: a baseline or a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    /// The day.
    pub date: NaiveDate,
    /// The value on that day.
    pub value: Quantity,
}

/// One measure of an indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    /// The day it was measured.
    pub date: At<NaiveDate>,
    /// The value measured.
    pub value: Quantity,
    /// A remark ("two communes only").
    pub note: Option<String>,
}

/// A result or means indicator of an action or of a commission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    /// Unique within its file.
    pub id: At<String>,
    /// What it counts.
    pub name: String,
    /// Result or means.
    pub kind: IndicatorKind,
    /// The unit, free text; `%` prints values as percentages.
    pub unit: Option<String>,
    /// Where the figures come from.
    pub source: Option<String>,
    /// How often it is measured.
    pub periodicity: Periodicity,
    /// The value before the convention.
    pub baseline: Point,
    /// The value aimed at, and by when.
    pub target: At<Point>,
    /// The measures, by date.
    pub measures: Vec<Measure>,
    /// The whole `[[indicator]]` table.
    pub span: Range<usize>,
}

/// A value with its unit, as `lang` writes numbers: `120 familles`,
/// `45%`, or in French `12,5 jours`, `45 %` (a no-break space before the
/// percent sign, as French typography wants).
pub fn say(value: Quantity, unit: Option<&str>, lang: Lang) -> String {
    let number = lang.number(&value.to_string());
    match unit.map(str::trim) {
        None | Some("") => number,
        Some("%") if lang == Lang::En => format!("{number}%"),
        Some("%") => format!("{number}\u{a0}%"),
        Some(unit) => format!("{number} {unit}"),
    }
}

/// An exact ratio `num / den`, `den > 0`.
#[derive(Debug, Clone, Copy)]
pub struct Ratio {
    num: i128,
    den: i128,
}

impl Ratio {
    fn new(num: i128, den: i128) -> Ratio {
        debug_assert!(den != 0);
        if den < 0 {
            Ratio {
                num: -num,
                den: -den,
            }
        } else {
            Ratio { num, den }
        }
    }

    /// The ratio in ten-thousandths, rounded half away from zero: what
    /// JSON gives, as 0.3745 for 37.45 %.
    pub fn ten_thousandths(self) -> i64 {
        let scaled = self.num * 10_000;
        let half = self.den / 2;
        let rounded = if scaled >= 0 {
            (scaled + half) / self.den
        } else {
            -((-scaled + half) / self.den)
        };
        i64::try_from(rounded).unwrap_or(if rounded > 0 { i64::MAX } else { i64::MIN })
    }

    /// The ratio rounded to four decimals, as a float for JSON (exact as
    /// printed, as [`Quantity::as_f64`]).
    pub fn rounded(self) -> f64 {
        self.ten_thousandths() as f64 / 10_000.0
    }

    /// Whole percent, rounded down: 99.99 % never reads as 100 %.
    pub fn percent(self) -> i64 {
        let scaled = self.num * 100;
        let floor = scaled.div_euclid(self.den);
        i64::try_from(floor).unwrap_or(if floor > 0 { i64::MAX } else { i64::MIN })
    }
}

impl PartialEq for Ratio {
    fn eq(&self, other: &Ratio) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ratio {}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Ratio) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Ratio) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

/// An indicator as of one day.
#[derive(Debug, Clone)]
pub struct Evaluation<'a> {
    /// The latest measure on or before the day.
    pub latest: Option<&'a Measure>,
    /// How far from baseline to target the latest measure has come (1 is
    /// the target; below 0, further from it than the baseline).
    pub progress: Option<Ratio>,
    /// How far it should have come on a straight line from the baseline's
    /// date to the target's: 0 up to the baseline, 1 from the target date.
    pub expected: Ratio,
    /// Where it stands.
    pub state: State,
    /// No measure within one period, though the baseline is a period old.
    pub stale: bool,
    /// The target date has passed and the target is not met.
    pub missed: bool,
}

impl Indicator {
    /// Whether a lower value is better: the target is below the baseline
    /// (a waiting time, a rate of non-take-up).
    pub fn lower_is_better(&self) -> bool {
        self.target.value.value < self.baseline.value
    }

    /// The measures taken on or before `day`, by date.
    pub fn measures_until(&self, day: NaiveDate) -> &[Measure] {
        let known = self.measures.partition_point(|m| m.date.value <= day);
        &self.measures[..known]
    }

    /// Where the indicator stands on `day`, from the measures taken by then.
    pub fn evaluate(&self, day: NaiveDate) -> Evaluation<'_> {
        let baseline = &self.baseline;
        let target = &self.target.value;
        let latest = self.measures_until(day).last();
        // The reader refuses a target equal to its baseline: the span is
        // never zero here; a stand-in of 1 keeps this total if one slips by.
        let span = i128::from(target.value.0 - baseline.value.0);
        let span = if span == 0 { 1 } else { span };
        let progress = latest.map(|m| Ratio::new(i128::from(m.value.0 - baseline.value.0), span));
        let days = (target.date - baseline.date).num_days().max(1);
        let elapsed = (day - baseline.date).num_days().clamp(0, days);
        let expected = Ratio::new(i128::from(elapsed), i128::from(days));
        let one = Ratio::new(1, 1);
        let reached = progress.is_some_and(|p| p >= one);
        let period_ago = self.periodicity.before(day);
        let stale = !reached
            && baseline.date <= period_ago
            && latest.is_none_or(|m| m.date.value < period_ago);
        let missed = !reached && target.date < day;
        let state = match progress {
            None => State::NoMeasure,
            Some(_) if reached => State::Reached,
            Some(_) if stale => State::Stale,
            Some(p) if p >= expected => State::OnTrack,
            Some(_) => State::Behind,
        };
        Evaluation {
            latest,
            progress,
            expected,
            state,
            stale,
            missed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn q(text: &str) -> Quantity {
        Quantity::parse(text).unwrap()
    }

    fn indicator(
        baseline: (&str, &str),
        target: (&str, &str),
        measures: &[(&str, &str)],
    ) -> Indicator {
        Indicator {
            id: At::new("x".into(), 0..0),
            name: "x".into(),
            kind: IndicatorKind::Result,
            unit: None,
            source: None,
            periodicity: Periodicity::Yearly,
            baseline: Point {
                date: day(baseline.0),
                value: q(baseline.1),
            },
            target: At::new(
                Point {
                    date: day(target.0),
                    value: q(target.1),
                },
                0..0,
            ),
            measures: measures
                .iter()
                .map(|(d, v)| Measure {
                    date: At::new(day(d), 0..0),
                    value: q(v),
                    note: None,
                })
                .collect(),
            span: 0..0,
        }
    }

    #[test]
    fn a_tenth_and_two_tenths_reach_three_tenths() {
        let sum = Quantity(q("0.1").0 + q("0.2").0);
        let i = indicator(("2025-01-01", "0"), ("2027-01-01", "0.3"), &[]);
        let mut i = i;
        i.measures.push(Measure {
            date: At::new(day("2026-01-01"), 0..0),
            value: sum,
            note: None,
        });
        let e = i.evaluate(day("2026-01-02"));
        assert_eq!(e.state, State::Reached);
        assert_eq!(e.progress.unwrap().rounded(), 1.0);
        assert_eq!(e.progress.unwrap().percent(), 100);
    }

    #[test]
    fn exactly_on_the_line_is_on_track_and_a_hair_below_is_behind() {
        // 730 days; on 2026-01-01, 365 days in: expected 365/730 = 1/2.
        let on = indicator(
            ("2025-01-01", "0"),
            ("2027-01-01", "100"),
            &[("2026-01-01", "50")],
        );
        let e = on.evaluate(day("2026-01-01"));
        assert_eq!((e.state, e.expected.rounded()), (State::OnTrack, 0.5));
        let below = indicator(
            ("2025-01-01", "0"),
            ("2027-01-01", "100"),
            &[("2026-01-01", "49.9999")],
        );
        assert_eq!(below.evaluate(day("2026-01-01")).state, State::Behind);
    }

    #[test]
    fn lower_is_better_when_the_target_is_below_the_baseline() {
        let wait = indicator(
            ("2025-01-01", "90"),
            ("2027-01-01", "30"),
            &[("2026-01-01", "60")],
        );
        assert!(wait.lower_is_better());
        let e = wait.evaluate(day("2026-01-01"));
        assert_eq!(e.progress.unwrap().rounded(), 0.5);
        assert_eq!(e.state, State::OnTrack);
        let worse = indicator(
            ("2025-01-01", "90"),
            ("2027-01-01", "30"),
            &[("2026-01-01", "120")],
        );
        assert_eq!(
            worse
                .evaluate(day("2026-01-01"))
                .progress
                .unwrap()
                .rounded(),
            -0.5
        );
    }

    #[test]
    fn the_target_met_on_its_day_is_reached_not_missed() {
        let i = indicator(
            ("2025-01-01", "0"),
            ("2026-12-31", "10"),
            &[("2026-12-31", "10")],
        );
        let e = i.evaluate(day("2026-12-31"));
        assert_eq!((e.state, e.missed), (State::Reached, false));
        let short = indicator(
            ("2025-01-01", "0"),
            ("2026-12-31", "10"),
            &[("2026-12-31", "9")],
        );
        assert!(
            !short.evaluate(day("2026-12-31")).missed,
            "due today is not missed yet"
        );
        assert!(short.evaluate(day("2027-01-01")).missed);
    }

    #[test]
    fn stale_after_one_period_without_a_measure() {
        let i = indicator(
            ("2024-12-31", "0"),
            ("2027-12-31", "100"),
            &[("2025-06-30", "60")],
        );
        assert_eq!(i.evaluate(day("2026-06-30")).state, State::OnTrack);
        let e = i.evaluate(day("2026-07-01"));
        assert_eq!(e.state, State::Stale);
        assert!(e.stale);
        let none = indicator(("2024-12-31", "0"), ("2027-12-31", "100"), &[]);
        assert_eq!(none.evaluate(day("2025-06-30")).state, State::NoMeasure);
        assert!(
            !none.evaluate(day("2025-12-30")).stale,
            "the baseline is not a period old"
        );
        assert!(none.evaluate(day("2025-12-31")).stale);
    }

    #[test]
    fn measures_after_the_day_are_not_known_yet() {
        let i = indicator(
            ("2025-01-01", "0"),
            ("2027-01-01", "10"),
            &[("2025-06-01", "2"), ("2026-06-01", "10")],
        );
        let e = i.evaluate(day("2026-01-01"));
        assert_eq!(e.latest.unwrap().value, q("2"));
        assert_eq!(e.state, State::Behind);
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(Ratio::new(1, 3).ten_thousandths(), 3333);
        assert_eq!(Ratio::new(2, 3).ten_thousandths(), 6667);
        assert_eq!(Ratio::new(-2, 3).ten_thousandths(), -6667);
        assert_eq!(Ratio::new(1, 20_000).ten_thousandths(), 1);
        assert_eq!(Ratio::new(-1, 3).percent(), -34);
        assert_eq!(Ratio::new(9999, 10_000).percent(), 99);
    }

    #[test]
    fn values_print_and_serialise_exactly() {
        assert_eq!(q("45").to_string(), "45");
        assert_eq!(q("12.50").to_string(), "12.5");
        assert_eq!(serde_json::to_string(&q("45")).unwrap(), "45");
        assert_eq!(serde_json::to_string(&q("0.3")).unwrap(), "0.3");
        assert_eq!(Quantity::parse("0.00001"), Err(DecimalError::TooPrecise));
    }
}
