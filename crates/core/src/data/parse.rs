//! Parsing of the cell values users' exports contain: dates in the formats ERP systems write
//! (detected per column, never guessed when day and month could swap), numbers with either
//! decimal separator and the decorations accounting exports add, and yes/no and delivery flags.

use crate::i18n::tr;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A date layout found in a column. Each accepts an optional time part after the date
/// (`2024-03-01 00:00:00`, `3/1/2024 14:05`), which is ignored: only the day matters here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum DateFormat {
    /// `2024-03-31` (also `2024/03/31` and `2024.03.31`).
    #[serde(rename = "YYYY-MM-DD")]
    Iso,
    /// `3/31/2024` (also with `-`), the US order.
    #[serde(rename = "M/D/YYYY")]
    MonthDayYear,
    /// `31/3/2024` (also with `-`), the European order.
    #[serde(rename = "D/M/YYYY")]
    DayMonthYear,
    /// `31.03.2024`, the German, Dutch and Nordic order with dots.
    #[serde(rename = "DD.MM.YYYY")]
    DayMonthYearDots,
    /// `20240331`, a date written as a number (also `20240331.0`).
    #[serde(rename = "YYYYMMDD")]
    YearMonthDayNumber,
    /// `45382`, Excel's serial day number (days since 1899-12-30), possibly with a fraction.
    #[serde(rename = "Excel serial")]
    ExcelSerial,
    /// `7 Dec 2026`, `07-Dec-2026`, `7 dec. 2026`, `7 december 2026`: the day, the month's name
    /// (English, Swedish or Dutch, short or long, with or without a period), the year.
    #[serde(rename = "D MMM YYYY")]
    DayMonthName,
    /// `December 7, 2026`, `Dec 7 2026`: the month's name first, as in the US.
    #[serde(rename = "MMM D, YYYY")]
    MonthNameDay,
}

impl DateFormat {
    /// Every format, in the order shown to users.
    pub const ALL: [DateFormat; 8] = [
        DateFormat::Iso,
        DateFormat::MonthDayYear,
        DateFormat::DayMonthYear,
        DateFormat::DayMonthYearDots,
        DateFormat::YearMonthDayNumber,
        DateFormat::ExcelSerial,
        DateFormat::DayMonthName,
        DateFormat::MonthNameDay,
    ];

    /// The name users see and write in mapping files.
    pub fn label(self) -> &'static str {
        match self {
            DateFormat::Iso => "YYYY-MM-DD",
            DateFormat::MonthDayYear => "M/D/YYYY",
            DateFormat::DayMonthYear => "D/M/YYYY",
            DateFormat::DayMonthYearDots => "DD.MM.YYYY",
            DateFormat::YearMonthDayNumber => "YYYYMMDD",
            DateFormat::ExcelSerial => "Excel serial",
            DateFormat::DayMonthName => "D MMM YYYY",
            DateFormat::MonthNameDay => "MMM D, YYYY",
        }
    }

    /// Reads a label as written by [`DateFormat::label`] (case and spaces ignored; `DD-MM-YYYY`,
    /// `MM/DD/YYYY` and `DD/MM/YYYY` accepted too).
    pub fn from_label(text: &str) -> Option<DateFormat> {
        let key: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        match key.as_str() {
            "YYYY-MM-DD" | "ISO" | "YYYY/MM/DD" => Some(DateFormat::Iso),
            "M/D/YYYY" | "MM/DD/YYYY" | "M-D-YYYY" | "MM-DD-YYYY" | "MDY" => {
                Some(DateFormat::MonthDayYear)
            }
            "D/M/YYYY" | "DD/MM/YYYY" | "D-M-YYYY" | "DD-MM-YYYY" | "DMY" => {
                Some(DateFormat::DayMonthYear)
            }
            "DD.MM.YYYY" | "D.M.YYYY" => Some(DateFormat::DayMonthYearDots),
            "YYYYMMDD" => Some(DateFormat::YearMonthDayNumber),
            "EXCELSERIAL" | "EXCEL" | "SERIAL" => Some(DateFormat::ExcelSerial),
            "DMMMYYYY" | "DDMMMYYYY" | "D-MMM-YYYY" | "DD-MMM-YYYY" | "DMMM.YYYY"
            | "DMONTHYYYY" | "DDMONTHYYYY" => Some(DateFormat::DayMonthName),
            "MMMD,YYYY" | "MMMDD,YYYY" | "MMMDYYYY" | "MONTHD,YYYY" | "MONTHDYYYY" => {
                Some(DateFormat::MonthNameDay)
            }
            _ => None,
        }
    }

    /// Parses one cell in this format. `None` when it does not fit or is no real calendar day.
    pub fn parse(self, text: &str) -> Option<NaiveDate> {
        let text = text.trim();
        match self {
            DateFormat::Iso => {
                let (a, b, c, _) = split_three(date_part(text))?;
                if a.len() != 4 {
                    return None;
                }
                ymd(a, b, c)
            }
            DateFormat::MonthDayYear | DateFormat::DayMonthYear => {
                let (a, b, c, sep) = split_three(date_part(text))?;
                if sep == b'.' || c.len() != 4 || a.len() > 2 || b.len() > 2 {
                    return None;
                }
                if self == DateFormat::MonthDayYear {
                    ymd(c, a, b)
                } else {
                    ymd(c, b, a)
                }
            }
            DateFormat::DayMonthYearDots => {
                let (a, b, c, sep) = split_three(date_part(text))?;
                if sep != b'.' || c.len() != 4 || a.len() > 2 || b.len() > 2 {
                    return None;
                }
                ymd(c, b, a)
            }
            DateFormat::YearMonthDayNumber => {
                let digits = text.strip_suffix(".0").unwrap_or(text);
                if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                ymd(&digits[0..4], &digits[4..6], &digits[6..8])
            }
            DateFormat::ExcelSerial => {
                let serial: f64 = text.parse().ok()?;
                // 1950..2150: anything else is an amount or an id, not a day number.
                if !(18_264.0..=91_311.0).contains(&serial) {
                    return None;
                }
                let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
                base.checked_add_days(Days::new(serial.floor() as u64))
            }
            DateFormat::DayMonthName => {
                let mut words = name_date_words(text);
                let (day, month, year) = (words.next()?, words.next()?, words.next()?);
                name_date_end(words)?;
                let month = month_number(month)?;
                (day.len() <= 2).then_some(())?;
                ymd(year, &month.to_string(), day)
            }
            DateFormat::MonthNameDay => {
                let mut words = name_date_words(text);
                let (month, day, year) = (words.next()?, words.next()?, words.next()?);
                name_date_end(words)?;
                let month = month_number(month)?;
                (day.len() <= 2).then_some(())?;
                ymd(year, &month.to_string(), day)
            }
        }
    }
}

/// The words of a date written with the month's name: split at spaces, dashes, slashes,
/// commas and periods (`07-Dec-2026`, `7 dec. 2026`, `December 7, 2026`).
fn name_date_words(text: &str) -> impl Iterator<Item = &str> {
    text.split([' ', '-', '/', ',', '.', '\u{a0}'])
        .filter(|w| !w.is_empty())
}

/// What may follow the year of a month-name date: nothing, or a time (`10:30`, `PM`).
fn name_date_end<'a>(mut rest: impl Iterator<Item = &'a str>) -> Option<()> {
    rest.all(|w| w.contains(':') || w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm"))
        .then_some(())
}

/// The month a name stands for, in English, Swedish or Dutch, long or short (`Dec`, `december`,
/// `maj`, `mei`, `mars`, `maart`, `mrt`, `okt`, `Sept`), any case.
pub fn month_number(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    let month = match word.as_str() {
        "jan" | "january" | "januari" => 1,
        "feb" | "february" | "februari" => 2,
        "mar" | "march" | "mars" | "maart" | "mrt" => 3,
        "apr" | "april" => 4,
        "may" | "maj" | "mei" => 5,
        "jun" | "june" | "juni" => 6,
        "jul" | "july" | "juli" => 7,
        "aug" | "august" | "augusti" | "augustus" => 8,
        "sep" | "sept" | "september" => 9,
        "oct" | "october" | "okt" | "oktober" => 10,
        "nov" | "november" => 11,
        "dec" | "december" => 12,
        _ => return None,
    };
    Some(month)
}

impl fmt::Display for DateFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The date before any time part (`2024-03-01T10:00`, `3/1/2024 10:00 AM`).
/// Whether a cell is a placeholder some systems write for "no date" rather than a day: SAP's
/// `00000000` / `00.00.0000` for an item not cleared yet, and Dynamics 365's 1900-01-01
/// (`1900-01-01T12:00:00`, `1/1/1900 12:00:00 AM`) for an open transaction's Closed date.
/// Such cells are read as empty.
pub fn is_no_date(text: &str) -> bool {
    let day = date_part(text.trim());
    let digits_only = day
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'/'));
    if !digits_only {
        return false;
    }
    // Eight zeros, with or without separators; a lone 0 is a number, not a date.
    let zeros = day.bytes().filter(|b| *b == b'0').count();
    (zeros >= 8 && day.bytes().all(|b| matches!(b, b'0' | b'.' | b'-' | b'/')))
        || matches!(
            day,
            "1900-01-01" | "19000101" | "1/1/1900" | "01/01/1900" | "1.1.1900" | "01.01.1900"
        )
}

fn date_part(text: &str) -> &str {
    let end = text.find([' ', 'T']).unwrap_or(text.len());
    &text[..end]
}

/// Splits `a?b?c` on one separator (`-`, `/` or `.`) used twice; digits only.
fn split_three(text: &str) -> Option<(&str, &str, &str, u8)> {
    let sep_pos = text.bytes().position(|b| !b.is_ascii_digit())?;
    let sep = text.as_bytes()[sep_pos];
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let mut parts = text.split(sep as char);
    let a = parts.next()?;
    let b = parts.next()?;
    let c = parts.next()?;
    if parts.next().is_some() {
        return None;
    }
    for part in [a, b, c] {
        if part.is_empty() || part.len() > 4 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    Some((a, b, c, sep))
}

fn ymd(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    let year: i32 = year.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    let day: u32 = day.parse().ok()?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

/// What the values of a column say about its date format.
#[derive(Clone, Debug, PartialEq)]
pub enum DateDetection {
    /// One format reads the column (`parsed` of `non_empty` values fit it).
    Found {
        format: DateFormat,
        parsed: usize,
        non_empty: usize,
    },
    /// Every value fits both month-first and day-first: the user must choose.
    Ambiguous {
        /// A few of the column's values, to show when asking.
        examples: Vec<String>,
        non_empty: usize,
    },
    /// No format reads most of the values: not a date column.
    NotDates { non_empty: usize },
    /// The column holds no values at all.
    Empty,
}

/// Finds the format that reads a column's values. Day/month order is decided by the values:
/// a first number above 12 proves day-first, a second above 12 proves month-first; when no value
/// proves either, the column is ambiguous. Dotted dates are always day-first (no country writes
/// M.D.YYYY).
pub fn detect_date_format<'a>(values: impl Iterator<Item = &'a str>) -> DateDetection {
    // The first values rank every format; the rest are only checked against the leading one
    // (and, for slash dates, both orders), so a million-row column costs one or two parses a
    // value rather than six.
    const SAMPLE: usize = 2_000;
    let mut non_empty = 0usize;
    let mut counts = [0usize; DateFormat::ALL.len()];
    let mut slash_like = 0usize; // values both M/D/YYYY and D/M/YYYY read
    let mut day_first_proof = 0usize;
    let mut month_first_proof = 0usize;
    let mut examples: Vec<String> = Vec::new();
    let mut leading: Option<usize> = None;
    let is_order = |i: usize| i == 1 || i == 2;
    for raw in values {
        let text = raw.trim();
        if text.is_empty() || is_no_date(text) {
            continue;
        }
        non_empty += 1;
        if non_empty == SAMPLE + 1 {
            leading = (0..DateFormat::ALL.len()).max_by_key(|&i| (counts[i], usize::MAX - i));
        }
        let check_orders = leading.is_none_or(is_order);
        for (i, format) in DateFormat::ALL.iter().enumerate() {
            if is_order(i) || leading.is_some_and(|l| l != i) {
                continue;
            }
            if format.parse(text).is_some() {
                counts[i] += 1;
            }
        }
        if !check_orders {
            continue;
        }
        let month_first = DateFormat::MonthDayYear.parse(text).is_some();
        let day_first = DateFormat::DayMonthYear.parse(text).is_some();
        if month_first {
            counts[1] += 1;
        }
        if day_first {
            counts[2] += 1;
        }
        match (month_first, day_first) {
            (true, true) => {
                slash_like += 1;
                if examples.len() < 5 && !examples.iter().any(|e| e == text) {
                    examples.push(text.to_string());
                }
            }
            (true, false) => month_first_proof += 1,
            (false, true) => day_first_proof += 1,
            (false, false) => {}
        }
    }
    if non_empty == 0 {
        return DateDetection::Empty;
    }
    let Some(best) = (0..DateFormat::ALL.len()).max_by_key(|&i| (counts[i], usize::MAX - i)) else {
        return DateDetection::NotDates { non_empty };
    };
    let best_count = counts[best];
    // A date column: most values read as dates (the rest are reported one by one later).
    if best_count * 10 < non_empty * 8 {
        return DateDetection::NotDates { non_empty };
    }
    if is_order(best) {
        if day_first_proof == 0 && month_first_proof == 0 && slash_like > 0 {
            return DateDetection::Ambiguous {
                examples,
                non_empty,
            };
        }
        let (format, parsed) = if day_first_proof >= month_first_proof {
            (DateFormat::DayMonthYear, counts[2])
        } else {
            (DateFormat::MonthDayYear, counts[1])
        };
        return DateDetection::Found {
            format,
            parsed,
            non_empty,
        };
    }
    DateDetection::Found {
        format: DateFormat::ALL[best],
        parsed: best_count,
        non_empty,
    }
}

/// The decimal separator of a numeric column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum DecimalSeparator {
    /// `1,234.56`
    #[default]
    #[serde(rename = "dot")]
    Dot,
    /// `1.234,56`
    #[serde(rename = "comma")]
    Comma,
}

impl fmt::Display for DecimalSeparator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DecimalSeparator::Dot => tr("dot (1,234.56)"),
            DecimalSeparator::Comma => tr("comma (1.234,56)"),
        })
    }
}

/// Decides a column's decimal separator from its values: a value with both marks shows which
/// comes last; a lone mark followed by other than exactly three digits can only be decimal.
/// When no value decides (only `1,234`-like values, or whole numbers), `hint` wins: the
/// file-wide guess (a `;`-delimited file most likely uses decimal commas).
pub fn detect_decimal<'a>(
    values: impl Iterator<Item = &'a str>,
    hint: DecimalSeparator,
) -> DecimalSeparator {
    let mut dot_votes = 0usize;
    let mut comma_votes = 0usize;
    for (seen, text) in values.enumerate() {
        if seen > 5_000 {
            break;
        }
        let last_dot = text.rfind('.');
        let last_comma = text.rfind(',');
        match (last_dot, last_comma) {
            (Some(d), Some(c)) => {
                if d > c {
                    dot_votes += 1
                } else {
                    comma_votes += 1
                }
            }
            (Some(d), None) => {
                let digits_after = text[d + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if digits_after != 3 {
                    dot_votes += 1;
                } else if text.matches('.').count() > 1 {
                    // `1.234.567`: dots group thousands.
                    comma_votes += 1;
                }
            }
            (None, Some(c)) => {
                let digits_after = text[c + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if digits_after != 3 {
                    comma_votes += 1;
                } else if text.matches(',').count() > 1 {
                    dot_votes += 1;
                }
            }
            (None, None) => {}
        }
    }
    if dot_votes == comma_votes {
        hint
    } else if dot_votes > comma_votes {
        DecimalSeparator::Dot
    } else {
        DecimalSeparator::Comma
    }
}

/// Parses an amount as accounting exports write it: `1,234.56`, `1.234,56`, `1 234,56`,
/// `€ 1,234.56`, `1234.56 SEK`, `(1,234.56)` and `1234.56-` (negative), `1'234.56`.
pub fn parse_number(text: &str, decimal: DecimalSeparator) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    // Fast path: plain numbers, the common case in large files.
    if decimal == DecimalSeparator::Dot
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
        && let Ok(value) = text.parse::<f64>()
    {
        return value.is_finite().then_some(value);
    }
    let mut negative = false;
    let mut body = text;
    if let Some(inner) = body.strip_prefix('(').and_then(|b| b.strip_suffix(')')) {
        negative = true;
        body = inner;
    }
    // Currency symbols and codes around the number.
    let body = body.trim_matches(|c: char| {
        c.is_alphabetic() || matches!(c, '€' | '$' | '£' | '¥' | ' ' | '\u{a0}' | '\u{202f}')
    });
    let mut body = body.trim();
    if let Some(inner) = body.strip_suffix('-') {
        negative = !negative;
        body = inner.trim();
    }
    if let Some(inner) = body.strip_prefix('-') {
        negative = !negative;
        body = inner.trim();
    } else if let Some(inner) = body.strip_prefix('+') {
        body = inner.trim();
    }
    let (thousands, decimal_char) = match decimal {
        DecimalSeparator::Dot => (',', '.'),
        DecimalSeparator::Comma => ('.', ','),
    };
    let mut clean = String::with_capacity(body.len());
    let mut seen_decimal = false;
    for c in body.chars() {
        if c.is_ascii_digit() {
            clean.push(c);
        } else if c == decimal_char && !seen_decimal {
            seen_decimal = true;
            clean.push('.');
        } else if c == thousands || c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\'' {
            if seen_decimal {
                return None;
            }
        } else {
            return None;
        }
    }
    if clean.is_empty() || clean == "." {
        return None;
    }
    let value: f64 = clean.parse().ok()?;
    if !value.is_finite() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// Reads yes/no flags in English, Swedish and Dutch (`yes`, `ja`, `true`, `1`, `x`, ...).
pub fn parse_bool(text: &str) -> Option<bool> {
    let key = text.trim().to_lowercase();
    match key.as_str() {
        "yes" | "y" | "true" | "t" | "1" | "x" | "ja" | "j" | "sant" | "waar" | "disputed" => {
            Some(true)
        }
        "no" | "n" | "false" | "f" | "0" | "nej" | "nee" | "falskt" | "onwaar" | "-" => Some(false),
        _ => None,
    }
}

/// Reads how an invoice was delivered: `true` for electronic (e-mail, EDI, portal, e-invoice),
/// `false` for paper (post, letter).
pub fn parse_electronic(text: &str) -> Option<bool> {
    let key: String = text
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    match key.as_str() {
        "electronic" | "electronical" | "email" | "mail" | "edi" | "einvoice" | "efaktura"
        | "efactuur" | "pdf" | "portal" | "paperless" | "digital" | "digitaal" | "elektronisk"
        | "elektronisch" | "peppol" | "online" | "e" => Some(true),
        "paper" | "post" | "letter" | "papper" | "papier" | "brev" | "brief" | "p" => Some(false),
        _ => parse_bool(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn placeholders_for_no_date_are_recognised() {
        for text in [
            "00000000",
            "00.00.0000",
            "0000-00-00",
            "1900-01-01T12:00:00",
            "1/1/1900 12:00:00 AM",
            "01.01.1900",
        ] {
            assert!(is_no_date(text), "{text}");
        }
        for text in ["0", "0.00", "20240108", "2024-01-01", "1/1/2024", "none"] {
            assert!(!is_no_date(text), "{text}");
        }
        // A column of SAP dates with items not cleared yet is still a YYYYMMDD column.
        assert!(matches!(
            detect_date_format(["20240224", "00000000", "20240120"].into_iter()),
            DateDetection::Found {
                format: DateFormat::YearMonthDayNumber,
                ..
            }
        ));
    }

    #[test]
    fn every_date_format_parses() {
        assert_eq!(DateFormat::Iso.parse("2024-03-31"), Some(d(2024, 3, 31)));
        assert_eq!(DateFormat::Iso.parse("2024/03/31"), Some(d(2024, 3, 31)));
        assert_eq!(
            DateFormat::Iso.parse("2020-02-11 00:00:00"),
            Some(d(2020, 2, 11))
        );
        assert_eq!(
            DateFormat::Iso.parse("2020-02-11T08:30:00Z"),
            Some(d(2020, 2, 11))
        );
        assert_eq!(
            DateFormat::MonthDayYear.parse("3/31/2024"),
            Some(d(2024, 3, 31))
        );
        assert_eq!(
            DateFormat::MonthDayYear.parse("03/31/2024 4:05 PM"),
            Some(d(2024, 3, 31))
        );
        assert_eq!(
            DateFormat::DayMonthYear.parse("31/3/2024"),
            Some(d(2024, 3, 31))
        );
        assert_eq!(
            DateFormat::DayMonthYear.parse("31-03-2024"),
            Some(d(2024, 3, 31))
        );
        assert_eq!(
            DateFormat::DayMonthYearDots.parse("31.03.2024"),
            Some(d(2024, 3, 31))
        );
        assert_eq!(
            DateFormat::DayMonthYearDots.parse("31.03.2024 23:59"),
            Some(d(2024, 3, 31))
        );
        assert_eq!(
            DateFormat::YearMonthDayNumber.parse("20240331"),
            Some(d(2024, 3, 31))
        );
        assert_eq!(
            DateFormat::YearMonthDayNumber.parse("20200226.0"),
            Some(d(2020, 2, 26))
        );
        assert_eq!(DateFormat::ExcelSerial.parse("45382"), Some(d(2024, 3, 31)));
        assert_eq!(
            DateFormat::ExcelSerial.parse("45382.5"),
            Some(d(2024, 3, 31))
        );
    }

    #[test]
    fn month_names_in_english_swedish_and_dutch() {
        let day_first = [
            ("07-Dec-2026", d(2026, 12, 7)),
            ("7 Dec 2026", d(2026, 12, 7)),
            ("7 dec. 2026", d(2026, 12, 7)),
            ("7 dec 2026", d(2026, 12, 7)),
            ("7 december 2026", d(2026, 12, 7)),
            ("3 maj 2026", d(2026, 5, 3)),
            ("3 mei 2026", d(2026, 5, 3)),
            ("1 mars 2026", d(2026, 3, 1)),
            ("1 maart 2026", d(2026, 3, 1)),
            ("1 mrt. 2026", d(2026, 3, 1)),
            ("15 okt 2026", d(2026, 10, 15)),
            ("15-OCT-2026 10:30", d(2026, 10, 15)),
            ("2 augusti 2026", d(2026, 8, 2)),
            ("2 augustus 2026", d(2026, 8, 2)),
        ];
        for (text, day) in day_first {
            assert_eq!(DateFormat::DayMonthName.parse(text), Some(day), "{text}");
            assert_eq!(DateFormat::MonthNameDay.parse(text), None, "{text}");
        }
        assert_eq!(
            DateFormat::MonthNameDay.parse("December 7, 2026"),
            Some(d(2026, 12, 7))
        );
        assert_eq!(
            DateFormat::MonthNameDay.parse("Sept 30 2026"),
            Some(d(2026, 9, 30))
        );
        for bad in [
            "31 feb 2026",
            "7 decembre 2026",
            "7 Dec",
            "2026-12-07",
            "7 Dec 2026 x",
        ] {
            assert_eq!(DateFormat::DayMonthName.parse(bad), None, "{bad}");
        }
        assert_eq!(
            DateFormat::from_label("DD-MMM-YYYY"),
            Some(DateFormat::DayMonthName)
        );
        assert_eq!(
            DateFormat::from_label("mmm d, yyyy"),
            Some(DateFormat::MonthNameDay)
        );
        // Detected per column like the other formats.
        for (values, expected) in [
            (["7 dec. 2026", "12 jan. 2027"], DateFormat::DayMonthName),
            (
                ["December 7, 2026", "May 1, 2027"],
                DateFormat::MonthNameDay,
            ),
        ] {
            match detect_date_format(values.into_iter()) {
                DateDetection::Found { format, parsed, .. } => {
                    assert_eq!((format, parsed), (expected, 2), "{values:?}")
                }
                other => panic!("{values:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(DateFormat::Iso.parse("2024-02-30"), None);
        assert_eq!(DateFormat::Iso.parse("2024-13-01"), None);
        assert_eq!(DateFormat::MonthDayYear.parse("31/3/2024"), None);
        assert_eq!(DateFormat::DayMonthYearDots.parse("31/03/2024"), None);
        assert_eq!(DateFormat::YearMonthDayNumber.parse("2024033"), None);
        assert_eq!(DateFormat::ExcelSerial.parse("12"), None);
        assert_eq!(DateFormat::Iso.parse("yesterday"), None);
        assert_eq!(DateFormat::Iso.parse("0024-01-01"), None);
    }

    #[test]
    fn detection_finds_each_format() {
        let cases: [(&[&str], DateFormat); 7] = [
            (&["2024-01-05", "2024-12-31"], DateFormat::Iso),
            (&["1/5/2024", "12/31/2024"], DateFormat::MonthDayYear),
            (&["5/1/2024", "31/12/2024"], DateFormat::DayMonthYear),
            (&["05-01-2024", "31-12-2024"], DateFormat::DayMonthYear),
            (&["05.01.2024", "11.12.2024"], DateFormat::DayMonthYearDots),
            (&["20240105", "20241231"], DateFormat::YearMonthDayNumber),
            (&["45296", "45657.25"], DateFormat::ExcelSerial),
        ];
        for (values, expected) in cases {
            match detect_date_format(values.iter().copied()) {
                DateDetection::Found { format, .. } => assert_eq!(format, expected, "{values:?}"),
                other => panic!("{values:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn day_month_that_could_swap_is_ambiguous() {
        let detection = detect_date_format(["1/5/2024", "3/4/2024", "", "12/11/2024"].into_iter());
        match detection {
            DateDetection::Ambiguous {
                examples,
                non_empty,
            } => {
                assert_eq!(non_empty, 3);
                assert_eq!(examples[0], "1/5/2024");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_proof_after_the_first_values_still_decides_the_order() {
        let mut values = vec!["1/2/2024"; 5_000];
        values.push("25/2/2024");
        match detect_date_format(values.into_iter()) {
            DateDetection::Found {
                format,
                parsed,
                non_empty,
            } => {
                assert_eq!(format, DateFormat::DayMonthYear);
                assert_eq!((parsed, non_empty), (5_001, 5_001));
            }
            other => panic!("{other:?}"),
        }
        let iso: Vec<String> = (0..5_000).map(|_| "2024-01-31".to_string()).collect();
        let mut iso: Vec<&str> = iso.iter().map(String::as_str).collect();
        iso.push("not a date");
        assert_eq!(
            detect_date_format(iso.into_iter()),
            DateDetection::Found {
                format: DateFormat::Iso,
                parsed: 5_000,
                non_empty: 5_001
            }
        );
    }

    #[test]
    fn non_dates_and_empty_columns() {
        assert_eq!(
            detect_date_format(["abc", "12.5", "x"].into_iter()),
            DateDetection::NotDates { non_empty: 3 }
        );
        assert_eq!(
            detect_date_format(["", "  "].into_iter()),
            DateDetection::Empty
        );
    }

    #[test]
    fn numbers_in_accounting_dress() {
        use DecimalSeparator::{Comma, Dot};
        assert_eq!(parse_number("1234.56", Dot), Some(1234.56));
        assert_eq!(parse_number("1,234.56", Dot), Some(1234.56));
        assert_eq!(parse_number("1.234,56", Comma), Some(1234.56));
        assert_eq!(parse_number("1 234,56", Comma), Some(1234.56));
        assert_eq!(parse_number("1\u{a0}234,56 kr", Comma), Some(1234.56));
        assert_eq!(parse_number("€ 1,234.56", Dot), Some(1234.56));
        assert_eq!(parse_number("USD 99", Dot), Some(99.0));
        assert_eq!(parse_number("(1,234.56)", Dot), Some(-1234.56));
        assert_eq!(parse_number("1234.56-", Dot), Some(-1234.56));
        assert_eq!(parse_number("-12", Dot), Some(-12.0));
        assert_eq!(parse_number("1'234.50", Dot), Some(1234.5));
        assert_eq!(parse_number("12,5", Comma), Some(12.5));
        assert_eq!(parse_number("abc", Dot), None);
        assert_eq!(parse_number("1.2.3", Dot), None);
        assert_eq!(parse_number("", Dot), None);
        assert_eq!(parse_number("NaN", Dot), None);
    }

    #[test]
    fn decimal_separator_detection() {
        use DecimalSeparator::{Comma, Dot};
        assert_eq!(
            detect_decimal(["1.234,56", "12,00"].into_iter(), Dot),
            Comma
        );
        assert_eq!(
            detect_decimal(["1,234.56", "12.00"].into_iter(), Comma),
            Dot
        );
        assert_eq!(detect_decimal(["12,5", "3"].into_iter(), Dot), Comma);
        assert_eq!(detect_decimal(["1,234", "100"].into_iter(), Comma), Comma);
        assert_eq!(detect_decimal(["1,234", "100"].into_iter(), Dot), Dot);
    }

    #[test]
    fn flags_in_three_languages() {
        for yes in ["Yes", "y", "TRUE", "1", "ja", "X"] {
            assert_eq!(parse_bool(yes), Some(true), "{yes}");
        }
        for no in ["No", "false", "0", "nej", "nee"] {
            assert_eq!(parse_bool(no), Some(false), "{no}");
        }
        assert_eq!(parse_bool("maybe"), None);
        assert_eq!(parse_electronic("Electronic"), Some(true));
        assert_eq!(parse_electronic("E-mail"), Some(true));
        assert_eq!(parse_electronic("e-faktura"), Some(true));
        assert_eq!(parse_electronic("Paper"), Some(false));
        assert_eq!(parse_electronic("papier"), Some(false));
        assert_eq!(parse_electronic("carrier pigeon"), None);
    }
}
