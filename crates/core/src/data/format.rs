//! Number formatting for people: money with thousands separators and two decimals, counts,
//! percentages. Shared by the CLI, explanations and the window.

/// Money with thousands separators and two decimals: `1,234,567.89`.
pub fn money(amount: f64) -> String {
    let negative = amount < 0.0;
    let cents = (amount.abs() * 100.0).round() as u128;
    let whole = group_thousands(cents / 100);
    let text = format!("{whole}.{:02}", cents % 100);
    if negative { format!("-{text}") } else { text }
}

/// A count with thousands separators: `40,000`.
pub fn count(n: usize) -> String {
    group_thousands(n as u128)
}

fn group_thousands(n: u128) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A probability or share as a whole percentage: `62%`.
pub fn percent(share: f64) -> String {
    let value = share * 100.0;
    if value.is_finite() && value.abs() < 1e15 {
        // As an integer (ties to even, as float formatting rounds): many times faster than
        // formatting a float with no decimals, and never "-0%".
        format!("{}%", value.round_ties_even() as i64)
    } else {
        format!("{value:.0}%")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_counts_are_grouped() {
        assert_eq!(money(1234567.891), "1,234,567.89");
        assert_eq!(money(-5.5), "-5.50");
        assert_eq!(money(0.0), "0.00");
        assert_eq!(count(40000), "40,000");
        assert_eq!(count(999), "999");
    }

    #[test]
    fn percentages_round_like_float_formatting() {
        for share in [
            0.0, 0.004, 0.005, 0.015, 0.125, 0.62, 0.625, 0.995, 1.0, 2.5, 0.3333,
        ] {
            assert_eq!(percent(share), format!("{:.0}%", share * 100.0), "{share}");
        }
        assert_eq!(percent(-0.001), "0%");
        assert_eq!(percent(f64::NAN), "NaN%");
    }
}
