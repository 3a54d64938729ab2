//! Decimal numbers as TOML writes them (`3.8`, `1`, `0.25`, `5e-1`, `1_000`),
//! read exactly into a whole count of a fixed fraction, never through a
//! binary float: FTE in hundredths, indicator values in ten-thousandths.

/// Why a written number does not fit a fixed count of decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalError {
    /// More decimals than the count allows (`0.333` in hundredths).
    TooPrecise,
    /// Not a finite decimal number (`nan`, `inf`, garbage).
    NotANumber,
    /// Larger in magnitude than `limit`.
    TooLarge,
}

/// `text` as a whole number of `10^-places`, at most `limit` in magnitude.
pub fn parse_scaled(text: &str, places: i32, limit: i64) -> Result<i64, DecimalError> {
    let text = text.trim();
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(at) => {
            let exp: i32 = body[at + 1..]
                .parse()
                .map_err(|_| DecimalError::NotANumber)?;
            (&body[..at], exp)
        }
        None => (body, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    if int_part.is_empty() || !all_digits(int_part) || !all_digits(frac_part) {
        return Err(DecimalError::NotANumber);
    }
    let digits: String = int_part
        .chars()
        .chain(frac_part.chars())
        .filter(|c| *c != '_')
        .collect();
    let frac_len = frac_part.chars().filter(|c| *c != '_').count() as i32;
    // value = digits * 10^(exponent - frac_len); in units of 10^-places,
    // digits * 10^shift.
    let shift = exponent.saturating_sub(frac_len).saturating_add(places);
    let digits = digits.trim_start_matches('0');
    let significant = if shift < 0 {
        let cut = shift.unsigned_abs() as usize;
        let (kept, dropped) = if cut >= digits.len() {
            ("", digits)
        } else {
            digits.split_at(digits.len() - cut)
        };
        if dropped.bytes().any(|b| b != b'0') {
            return Err(DecimalError::TooPrecise);
        }
        kept
    } else {
        digits
    };
    let mut value: i64 = 0;
    for b in significant.bytes() {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(i64::from(b - b'0')))
            .ok_or(DecimalError::TooLarge)?;
    }
    if shift > 0 && value != 0 {
        if shift > 18 {
            return Err(DecimalError::TooLarge);
        }
        value = value
            .checked_mul(10_i64.pow(shift as u32))
            .ok_or(DecimalError::TooLarge)?;
    }
    if value > limit {
        return Err(DecimalError::TooLarge);
    }
    Ok(if negative { -value } else { value })
}

/// `count` units of `10^-places` in the shortest exact decimal form, with
/// at least one decimal when `keep_one` (`3.8`, `1.0`), none otherwise
/// (`45`, `0.25`).
pub fn format_scaled(count: i64, places: u32, keep_one: bool) -> String {
    let sign = if count < 0 { "-" } else { "" };
    let abs = count.unsigned_abs();
    let scale = 10_u64.pow(places);
    let (units, fraction) = (abs / scale, abs % scale);
    let mut decimals = format!("{fraction:0width$}", width = places as usize);
    while decimals.ends_with('0') && decimals.len() > usize::from(keep_one) {
        decimals.pop();
    }
    if decimals.is_empty() {
        format!("{sign}{units}")
    } else {
        format!("{sign}{units}.{decimals}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_exactly_at_any_scale() {
        assert_eq!(parse_scaled("0.1", 4, i64::MAX), Ok(1000));
        assert_eq!(parse_scaled("12.3456", 4, i64::MAX), Ok(123_456));
        assert_eq!(parse_scaled("-4", 4, i64::MAX), Ok(-40_000));
        assert_eq!(parse_scaled("1.5e2", 4, i64::MAX), Ok(1_500_000));
        assert_eq!(
            parse_scaled("0.00001", 4, i64::MAX),
            Err(DecimalError::TooPrecise)
        );
        assert_eq!(parse_scaled("2", 4, 10_000), Err(DecimalError::TooLarge));
        let huge = parse_scaled("1e-99999999999", 4, i64::MAX);
        assert_eq!(huge, Err(DecimalError::NotANumber));
        let tiny = parse_scaled("1e-2147483648", 4, i64::MAX);
        assert_eq!(tiny, Err(DecimalError::TooPrecise));
    }

    #[test]
    fn writes_the_shortest_exact_form() {
        assert_eq!(format_scaled(450_000, 4, false), "45");
        assert_eq!(format_scaled(2_500, 4, false), "0.25");
        assert_eq!(format_scaled(-1, 4, false), "-0.0001");
        assert_eq!(format_scaled(380, 2, true), "3.8");
        assert_eq!(format_scaled(100, 2, true), "1.0");
    }
}
