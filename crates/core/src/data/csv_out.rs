//! The one CSV writer of the project (predictions export, import reports, what-if comparisons,
//! the sample-data generator): UTF-8, comma, LF line ends, fields quoted by the `csv` crate when
//! they hold a comma, a quote, CR or LF. Text cells that a spreadsheet would run as a formula
//! (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'`, as OWASP recommends
//! against CSV injection; numbers are written as numbers and never changed.
//!
//! Files are written through [`crate::data::atomic`], so a CSV is streamed to disk once and
//! never left half written.

use std::io::Write;
use std::path::Path;

/// The characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
const FORMULA_STARTS: [u8; 6] = [b'=', b'+', b'-', b'@', b'\t', b'\r'];

/// Whether a text cell would be read as a formula.
pub fn starts_like_formula(text: &[u8]) -> bool {
    text.first().is_some_and(|b| FORMULA_STARTS.contains(b))
}

/// Whether `text` is a plain decimal number (`-12.50`, `1e5`): digits, sign, point and
/// exponent only, and Rust reads it as a number. "-inf", "NaN" or "-2+3" are not.
pub fn is_plain_number(text: &[u8]) -> bool {
    text.iter().any(u8::is_ascii_digit)
        && text
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        && std::str::from_utf8(text).is_ok_and(|s| s.parse::<f64>().is_ok())
}

/// A CSV being written: one call per cell, [`CsvOut::end_row`] after each row.
pub struct CsvOut<W: Write> {
    inner: csv::Writer<W>,
    /// Reused for text cells that need a prefix.
    scratch: Vec<u8>,
    /// Reused for cells being formatted.
    number_buf: Vec<u8>,
}

impl<W: Write> CsvOut<W> {
    pub fn new(out: W) -> Self {
        CsvOut {
            inner: csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .quote_style(csv::QuoteStyle::Necessary)
                .buffer_capacity(1 << 16)
                .from_writer(out),
            scratch: Vec::with_capacity(64),
            number_buf: Vec::with_capacity(32),
        }
    }

    /// A header row of column names (names are ours, yet neutralised all the same).
    pub fn header(&mut self, names: &[&str]) -> std::io::Result<()> {
        for name in names {
            self.text(name)?;
        }
        self.end_row()
    }

    /// A text cell, neutralised if it starts like a formula.
    pub fn text(&mut self, text: &str) -> std::io::Result<()> {
        self.text_bytes(text.as_bytes())
    }

    /// A text cell from UTF-8 bytes (pre-rendered dates, ids), neutralised like [`Self::text`].
    pub fn text_bytes(&mut self, text: &[u8]) -> std::io::Result<()> {
        if starts_like_formula(text) {
            self.scratch.clear();
            self.scratch.push(b'\'');
            self.scratch.extend_from_slice(text);
            self.inner.write_field(&self.scratch)?;
        } else {
            self.inner.write_field(text)?;
        }
        Ok(())
    }

    /// A text cell formatted by `format` (an id from a number), neutralised like
    /// [`Self::text`].
    pub fn text_with(
        &mut self,
        format: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut buf = std::mem::take(&mut self.number_buf);
        buf.clear();
        let result = format(&mut buf).and_then(|()| self.text_bytes(&buf));
        self.number_buf = buf;
        result
    }

    /// A number with `decimals` decimals (a negative amount stays `-12.50`). A value that is
    /// not finite is written as an empty cell: a spreadsheet cannot read "NaN" as a number.
    pub fn number(&mut self, value: f64, decimals: usize) -> std::io::Result<()> {
        if !value.is_finite() {
            return self.empty();
        }
        self.number_with(|buf| write!(buf, "{value:.decimals$}"))
    }

    /// An integer.
    pub fn integer(&mut self, value: i64) -> std::io::Result<()> {
        self.number_with(|buf| write!(buf, "{value}"))
    }

    /// A number formatted by `format` (money from cents, probabilities in ten-thousandths).
    /// What it writes should read as a number; if it starts like a formula and is not one (a
    /// bug), it is treated as text and neutralised, so no formula slips through as a "number".
    pub fn number_with(
        &mut self,
        format: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut buf = std::mem::take(&mut self.number_buf);
        buf.clear();
        let result = format(&mut buf).and_then(|()| {
            // Only a cell starting like a formula needs the (slower) check.
            if !starts_like_formula(&buf) || is_plain_number(&buf) {
                self.inner.write_field(&buf).map_err(std::io::Error::from)
            } else {
                self.text_bytes(&buf)
            }
        });
        self.number_buf = buf;
        result
    }

    /// A cell read from a user's file: written as it is when it is a plain number (`-12.50`),
    /// else as text, neutralised if it starts like a formula.
    pub fn text_or_number(&mut self, text: &str) -> std::io::Result<()> {
        if is_plain_number(text.as_bytes()) {
            self.inner.write_field(text)?;
            Ok(())
        } else {
            self.text(text)
        }
    }

    /// An empty cell.
    pub fn empty(&mut self) -> std::io::Result<()> {
        self.inner.write_field([])?;
        Ok(())
    }

    /// Ends the current row.
    pub fn end_row(&mut self) -> std::io::Result<()> {
        self.inner.write_record(None::<&[u8]>)?;
        Ok(())
    }

    /// Flushes what is buffered to the underlying writer.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Writes a CSV file atomically: `body` gets the writer, the file replaces `path` only when
/// `body` succeeded.
pub fn write_csv_file(
    path: &Path,
    body: impl FnOnce(&mut CsvOut<&mut dyn Write>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    crate::data::atomic::write_atomic_with(path, |out| {
        let mut csv = CsvOut::new(out);
        body(&mut csv)?;
        csv.flush()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(body: impl FnOnce(&mut CsvOut<&mut Vec<u8>>) -> std::io::Result<()>) -> String {
        let mut bytes = Vec::new();
        {
            let mut csv = CsvOut::new(&mut bytes);
            body(&mut csv).unwrap();
            csv.flush().unwrap();
        }
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn formulas_are_neutralised_and_numbers_are_not() {
        let text = render(|csv| {
            for cell in ["=1+1", "+cmd", "-2+3", "@SUM(1)", "\tx", "\rx", "plain", ""] {
                csv.text(cell)?;
            }
            csv.number(-12.5, 2)?;
            csv.integer(-3)?;
            csv.number(f64::NAN, 2)?;
            csv.number_with(|b| b.write_all(b"-0.25"))?;
            // Not a number after all: treated as text.
            csv.number_with(|b| b.write_all(b"-2+3"))?;
            csv.text_or_number("-12.50")?;
            csv.text_or_number("-inf")?;
            csv.text_or_number("=1")?;
            csv.end_row()
        });
        assert_eq!(
            text,
            "'=1+1,'+cmd,'-2+3,'@SUM(1),'\tx,\"'\rx\",plain,,-12.50,-3,,-0.25,'-2+3,-12.50,'-inf,'=1\n"
        );
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted() {
        let text = render(|csv| {
            csv.header(&["a", "b", "c"])?;
            csv.text("x, y")?;
            csv.text("say \"hi\"")?;
            csv.text("two\nlines")?;
            csv.end_row()
        });
        assert_eq!(text, "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    }
}
