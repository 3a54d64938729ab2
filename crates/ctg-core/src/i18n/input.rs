//! Values as people type them on a command line, in either language:
//! `31/12/2026` as well as `2026-12-31`, `0,5` as well as `0.5`.

use chrono::NaiveDate;

/// A date written `YYYY-MM-DD` (as in the records) or `DD/MM/YYYY` (as
/// French speakers write it; `D/M/YYYY` too).
pub fn date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(date);
    }
    let mut parts = text.split('/');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    let number = |part: &str| -> Option<u32> {
        (!part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    NaiveDate::from_ymd_opt(number(year)? as i32, number(month)?, number(day)?)
}

/// A decimal number with `.` or `,` as its separator: `0,5` is `0.5`.
pub fn decimal(text: &str) -> String {
    text.trim().replacen(',', ".", 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_writings() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 31);
        assert_eq!(date("2026-12-31"), day);
        assert_eq!(date("31/12/2026"), day);
        assert_eq!(date(" 5/1/2026 "), NaiveDate::from_ymd_opt(2026, 1, 5));
        for wrong in [
            "31/12/26",
            "32/12/2026",
            "2026/12/31",
            "31-12-2026",
            "",
            "1/2/3/2026",
            "+1/2/2026",
        ] {
            assert_eq!(date(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn decimals_with_a_comma() {
        assert_eq!(decimal("0,5"), "0.5");
        assert_eq!(decimal("0.25"), "0.25");
    }
}
