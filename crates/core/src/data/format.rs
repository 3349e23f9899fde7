//! Number and date formatting for people, in the marks of the language in use: money with
//! thousands separators and two decimals, counts, percentages and dates (English
//! `12,506,892.11` and 2026-09-30, Swedish `12 506 892,11` and 2026-09-30, Dutch
//! `12.506.892,11` and 30-09-2026). Shared by the CLI (always English), explanations and the
//! window.

use chrono::NaiveDate;

use crate::i18n::{Language, language};

/// Money with thousands separators and two decimals: `1,234,567.89`.
pub fn money(amount: f64) -> String {
    money_in(language(), amount)
}

/// [`money`] in `language`'s marks.
pub fn money_in(language: Language, amount: f64) -> String {
    let negative = amount < 0.0;
    let cents = (amount.abs() * 100.0).round() as u128;
    let whole = group_thousands(cents / 100, language.group_mark());
    let text = format!("{whole}{}{:02}", language.decimal_mark(), cents % 100);
    if negative { format!("-{text}") } else { text }
}

/// A count with thousands separators: `40,000`.
pub fn count(n: usize) -> String {
    count_in(language(), n)
}

/// [`count`] in `language`'s marks.
pub fn count_in(language: Language, n: usize) -> String {
    group_thousands(n as u128, language.group_mark())
}

fn group_thousands(n: u128, mark: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * mark.len_utf8());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

/// The percent sign as the language writes it after a number (Swedish with a no-break space).
fn percent_sign(language: Language) -> &'static str {
    match language {
        Language::Swedish => "\u{a0}%",
        Language::English | Language::Dutch => "%",
    }
}

/// The percent sign after a number in the language in use, for a field's suffix: `%`
/// (Swedish ` %`, with a no-break space).
pub fn percent_suffix() -> &'static str {
    percent_sign(language())
}

/// A probability or share as a whole percentage: `62%` (Swedish `62 %`).
pub fn percent(share: f64) -> String {
    percent_in(language(), share)
}

/// [`percent`] in `language`'s style.
pub fn percent_in(language: Language, share: f64) -> String {
    let value = share * 100.0;
    let sign = percent_sign(language);
    if value.is_finite() && value.abs() < 1e15 {
        // As an integer (ties to even, as float formatting rounds): many times faster than
        // formatting a float with no decimals, and never "-0%".
        format!("{}{sign}", value.round_ties_even() as i64)
    } else {
        format!("{value:.0}{sign}")
    }
}

/// A share as a percentage with one decimal: `62.5%` (Swedish `62,5 %`, Dutch `62,5%`).
pub fn percent_1(share: f64) -> String {
    let language = language();
    format!(
        "{}{}",
        decimal_in(language, share * 100.0, 1),
        percent_sign(language)
    )
}

/// A number with `places` decimals in the language's decimal mark, without grouping (log
/// losses, scores): `0.803` (Swedish and Dutch `0,803`).
pub fn decimal(value: f64, places: usize) -> String {
    decimal_in(language(), value, places)
}

/// [`decimal`] in `language`'s mark.
pub fn decimal_in(language: Language, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match language.decimal_mark() {
        '.' => text,
        mark => text.replace('.', &mark.to_string()),
    }
}

/// A day and its month as a chart's label: `05 Oct` (Swedish and Dutch `5 okt`).
pub fn day_month(day: NaiveDate) -> String {
    use chrono::Datelike;
    let month = day.month0() as usize;
    match language() {
        Language::English => day.format("%d %b").to_string(),
        Language::Swedish => {
            const MONTHS: [&str; 12] = [
                "jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov",
                "dec",
            ];
            format!("{} {}", day.day(), MONTHS[month])
        }
        Language::Dutch => {
            const MONTHS: [&str; 12] = [
                "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
            ];
            format!("{} {}", day.day(), MONTHS[month])
        }
    }
}

/// A measured value as briefly as it reads exactly enough, in the language's marks: at most
/// two decimals, no trailing zeros, thousands marks from 10,000 (`2.5`, `0.33`, `250,000`;
/// Swedish and Dutch `2,5`). Chart axes and ranges learned in training.
pub fn brief(value: f64) -> String {
    brief_in(language(), value)
}

/// [`brief`] in `language`'s marks.
pub fn brief_in(language: Language, value: f64) -> String {
    if value.abs() >= 10_000.0 {
        let whole = count_in(language, value.abs().round() as usize);
        return if value < 0.0 {
            format!("-{whole}")
        } else {
            whole
        };
    }
    let text = decimal_in(language, value, 2);
    let mark = language.decimal_mark();
    match text.split_once(mark) {
        Some((whole, fraction)) => match fraction.trim_end_matches('0') {
            "" if whole == "-0" => "0".to_string(),
            "" => whole.to_string(),
            fraction => format!("{whole}{mark}{fraction}"),
        },
        None => text,
    }
}

/// A date as the language writes it: `2026-09-30` (Dutch `30-09-2026`).
pub fn date(day: NaiveDate) -> String {
    date_in(language(), day)
}

/// [`date`] in `language`'s order.
pub fn date_in(language: Language, day: NaiveDate) -> String {
    match language {
        Language::English | Language::Swedish => day.format("%Y-%m-%d").to_string(),
        Language::Dutch => day.format("%d-%m-%Y").to_string(),
    }
}

/// A month as the language writes it, for a chart's axis: `2026-09` (Dutch `09-2026`).
pub fn month(day: NaiveDate) -> String {
    match language() {
        Language::English | Language::Swedish => day.format("%Y-%m").to_string(),
        Language::Dutch => day.format("%m-%Y").to_string(),
    }
}

/// A number the user typed, in the language's marks or the English ones: `1 234,5`,
/// `1.234,5` (Dutch), `1,234.5` and `1234.5` all read as 1234.5. `None` when it is no number.
pub fn parse_number(language: Language, text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}' && *c != '%')
        .collect();
    let decimal = language.decimal_mark();
    let normalised = if decimal == ',' {
        // The language's own marks: '.' groups (Dutch), ',' is the decimal mark. A text with
        // only a '.' and no ',' is read the English way ("12.5"), as people paste it.
        if cleaned.contains(',') {
            cleaned.replace('.', "").replace(',', ".")
        } else {
            cleaned
        }
    } else {
        cleaned.replace(',', "")
    };
    normalised.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_counts_are_grouped() {
        use Language::English;
        assert_eq!(money_in(English, 1234567.891), "1,234,567.89");
        assert_eq!(money_in(English, -5.5), "-5.50");
        assert_eq!(money_in(English, 0.0), "0.00");
        assert_eq!(count_in(English, 40000), "40,000");
        assert_eq!(count_in(English, 999), "999");
    }

    #[test]
    fn each_language_writes_numbers_and_dates_its_own_way() {
        use Language::{Dutch, English, Swedish};
        assert_eq!(money_in(English, 12506892.11), "12,506,892.11");
        assert_eq!(money_in(Swedish, 12506892.11), "12\u{a0}506\u{a0}892,11");
        assert_eq!(money_in(Dutch, 12506892.11), "12.506.892,11");
        assert_eq!(money_in(Dutch, -5.5), "-5,50");
        assert_eq!(count_in(Dutch, 40000), "40.000");
        assert_eq!(decimal_in(Swedish, 0.8031, 3), "0,803");
        assert_eq!(decimal_in(English, 0.8031, 3), "0.803");
        assert_eq!(percent_in(Swedish, 0.62), "62\u{a0}%");
        assert_eq!(percent_in(Dutch, 0.62), "62%");
        let day = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();
        assert_eq!(date_in(English, day), "2026-09-30");
        assert_eq!(date_in(Swedish, day), "2026-09-30");
        assert_eq!(date_in(Dutch, day), "30-09-2026");
    }

    #[test]
    fn typed_numbers_take_the_languages_decimal_comma() {
        use Language::{Dutch, English, Swedish};
        assert_eq!(parse_number(Swedish, "2,5"), Some(2.5));
        assert_eq!(parse_number(Swedish, "1 234,5"), Some(1234.5));
        assert_eq!(parse_number(Swedish, "1\u{a0}234,5 %"), Some(1234.5));
        assert_eq!(parse_number(Dutch, "1.234,5"), Some(1234.5));
        assert_eq!(parse_number(Dutch, "12.5"), Some(12.5));
        assert_eq!(parse_number(English, "1,234.5"), Some(1234.5));
        assert_eq!(parse_number(English, "-3"), Some(-3.0));
        assert_eq!(parse_number(English, "abc"), None);
        assert_eq!(parse_number(Dutch, ""), None);
    }

    #[test]
    fn percentages_round_like_float_formatting() {
        for share in [
            0.0, 0.004, 0.005, 0.015, 0.125, 0.62, 0.625, 0.995, 1.0, 2.5, 0.3333,
        ] {
            assert_eq!(
                percent_in(Language::English, share),
                format!("{:.0}%", share * 100.0),
                "{share}"
            );
        }
        assert_eq!(percent_in(Language::English, -0.001), "0%");
        assert_eq!(percent_in(Language::English, f64::NAN), "NaN%");
    }
}
