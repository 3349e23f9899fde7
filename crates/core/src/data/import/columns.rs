//! One file's columns read as typed cells (dates, numbers, flags) and the extra columns no
//! field is mapped to.

use super::*;
use crate::data::mapping::CanonicalField;
use crate::data::parse::{
    DateDetection, DateFormat, DecimalSeparator, detect_date_format, detect_decimal, is_no_date,
    parse_number,
};
use crate::data::raw::SourceFormat;
use crate::data::report::{Action, ImportReport, Problem};
use crate::data::tables::{ExtraColumn, ExtraValues};
use crate::i18n::{Arg, Message};
use chrono::NaiveDate;
use polars::prelude::PlHashMap;
use std::collections::BTreeMap;

/// A cell read as a typed value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Cell<T> {
    Empty,
    Bad,
    Ok(T),
}

impl<T: Copy> Cell<T> {
    pub(super) fn ok(self) -> Option<T> {
        match self {
            Cell::Ok(v) => Some(v),
            _ => None,
        }
    }
}

/// One file's columns, trimmed, with empty cells as `None`.
pub(super) struct Columns<'a> {
    pub(super) file: &'a PlannedFile,
    pub(super) values: Vec<Vec<Option<&'a str>>>,
    /// How each column's values were read, for the file summary.
    pub(super) formats: BTreeMap<String, Message>,
    /// Date formats detected before (column → format).
    pub(super) known: BTreeMap<String, DateFormat>,
    /// Column index of each field, indexed by `CanonicalField as usize`.
    pub(super) field_index: Vec<Option<usize>>,
    pub(super) decimal_hint: DecimalSeparator,
}

impl<'a> Columns<'a> {
    /// Trims every column (only the mapped ones when `mapped_only`); `known` holds date
    /// formats already detected, so a column is scanned once.
    pub(super) fn new(
        file: &'a PlannedFile,
        mapped_only: bool,
        known: BTreeMap<String, DateFormat>,
    ) -> Columns<'a> {
        let values = file
            .table
            .columns
            .iter()
            .zip(&file.table.headers)
            .map(|(c, header)| {
                if mapped_only && !file.mapping.columns.values().any(|m| m == header) {
                    return Vec::new();
                }
                c.iter()
                    .map(|v| v.map(str::trim).filter(|v| !v.is_empty()))
                    .collect()
            })
            .collect();
        let decimal_hint = match &file.table.format {
            SourceFormat::Csv(d) if d.delimiter == b';' => DecimalSeparator::Comma,
            _ => DecimalSeparator::Dot,
        };
        // Looked up per cell on large files: resolve field → column once.
        let field_index = CanonicalField::ALL
            .iter()
            .map(|&field| {
                let column = file.mapping.column(field)?;
                file.table.headers.iter().position(|h| h == column)
            })
            .collect();
        Columns {
            file,
            values,
            formats: BTreeMap::new(),
            known,
            field_index,
            decimal_hint,
        }
    }

    pub(super) fn index(&self, field: CanonicalField) -> Option<usize> {
        self.field_index.get(field as usize).copied().flatten()
    }

    /// Reports a row lacking one of `required` (or wholly blank) as skipped; `true` if so.
    pub(super) fn report_incomplete(
        &self,
        report: &mut ImportReport,
        required: &[CanonicalField],
        i: usize,
    ) -> bool {
        let Some(missing) = required.iter().find(|f| self.text(**f, i).is_none()) else {
            return false;
        };
        let blank = self
            .values
            .iter()
            .all(|c| c.get(i).copied().flatten().is_none());
        let (column, problem) = if blank {
            (None, Problem::BlankRow)
        } else {
            (self.file.mapping.column(*missing), Problem::MissingRequired)
        };
        report.push(
            &self.file.table.source,
            Some(self.file.table.file_row(i)),
            column,
            None,
            problem,
            Action::RowSkipped,
        );
        true
    }

    pub(super) fn header(&self, index: usize) -> &str {
        self.file
            .table
            .headers
            .get(index)
            .map_or("", String::as_str)
    }

    pub(super) fn column(&self, field: CanonicalField) -> Option<(usize, &[Option<&'a str>])> {
        let index = self.index(field)?;
        Some((index, self.values.get(index)?.as_slice()))
    }

    pub(super) fn text(&self, field: CanonicalField, row: usize) -> Option<&'a str> {
        self.column(field)
            .and_then(|(_, v)| v.get(row).copied().flatten())
    }

    /// The date format of a mapped column: the user's choice, else detected.
    pub(super) fn date_format(
        &self,
        field: CanonicalField,
    ) -> Result<Option<DateFormat>, DateTrouble> {
        let Some((index, values)) = self.column(field) else {
            return Ok(None);
        };
        let header = self.header(index).to_string();
        if let Some(format) = self.file.mapping.date_format(&header) {
            return Ok(Some(format));
        }
        if let Some(format) = self.known.get(&header) {
            return Ok(Some(*format));
        }
        match detect_date_format(values.iter().flatten().copied()) {
            DateDetection::Found { format, .. } => Ok(Some(format)),
            DateDetection::Empty => Ok(Some(DateFormat::Iso)),
            DateDetection::Ambiguous { examples, .. } => Err(DateTrouble::Ambiguous {
                column: header,
                examples,
            }),
            DateDetection::NotDates { .. } => Err(DateTrouble::NotDates {
                column: header,
                example: values.iter().flatten().next().unwrap_or(&"").to_string(),
                field,
            }),
        }
    }

    pub(super) fn dates(
        &mut self,
        field: CanonicalField,
        format: Option<DateFormat>,
    ) -> Vec<Cell<NaiveDate>> {
        let (Some((index, values)), Some(format)) = (self.column(field), format) else {
            return vec![Cell::Empty; self.file.table.height()];
        };
        let cells = values
            .iter()
            .map(|v| match v {
                None => Cell::Empty,
                Some(text) if is_no_date(text) => Cell::Empty,
                Some(text) => format.parse(text).map_or(Cell::Bad, Cell::Ok),
            })
            .collect();
        let header = self.header(index).to_string();
        self.formats
            .insert(header, Message::verbatim(format.label()));
        cells
    }

    pub(super) fn numbers(&mut self, field: CanonicalField) -> Vec<Cell<f64>> {
        let Some((index, values)) = self.column(field) else {
            return vec![Cell::Empty; self.file.table.height()];
        };
        let header = self.header(index).to_string();
        let decimal = self
            .file
            .mapping
            .decimal
            .get(&header)
            .copied()
            .unwrap_or_else(|| detect_decimal(values.iter().flatten().copied(), self.decimal_hint));
        let cells = values
            .iter()
            .map(|v| match v {
                None => Cell::Empty,
                Some(text) => parse_number(text, decimal).map_or(Cell::Bad, Cell::Ok),
            })
            .collect();
        self.formats.insert(
            header,
            Message::new("number, decimal {decimal}").arg("decimal", Arg::shown(decimal)),
        );
        cells
    }

    pub(super) fn flags(
        &self,
        field: CanonicalField,
        parse: fn(&str) -> Option<bool>,
    ) -> Vec<Cell<bool>> {
        let Some((_, values)) = self.column(field) else {
            return vec![Cell::Empty; self.file.table.height()];
        };
        values
            .iter()
            .map(|v| match v {
                None => Cell::Empty,
                Some(text) => parse(text).map_or(Cell::Bad, Cell::Ok),
            })
            .collect()
    }

    /// Columns no field is mapped to: the user's extra columns.
    pub(super) fn unmapped(&self) -> Vec<usize> {
        (0..self.file.table.headers.len())
            .filter(|&c| {
                let header = self.header(c);
                !self.file.mapping.columns.values().any(|m| m == header)
            })
            .collect()
    }
}

pub(super) enum DateTrouble {
    Ambiguous {
        column: String,
        examples: Vec<String>,
    },
    NotDates {
        column: String,
        example: String,
        field: CanonicalField,
    },
}

/// Builds an extra column from the kept rows of a raw column: numbers if every value reads as
/// one, dates if every value reads in one format, categories otherwise.
pub(super) fn extra_column(
    name: &str,
    values: &[Option<&str>],
    kept: &[usize],
    decimal_hint: DecimalSeparator,
) -> ExtraColumn {
    let kept_values: Vec<Option<&str>> = kept
        .iter()
        .map(|&r| values.get(r).copied().flatten())
        .collect();
    let present: Vec<&str> = kept_values.iter().flatten().copied().collect();
    let decimal = detect_decimal(present.iter().copied(), decimal_hint);
    // Ids and codes made of digits with leading zeros, or of letters stuck to digits (U001,
    // NAH4: parse_number would strip the letters as if a currency), are categories, not
    // quantities.
    let letter_touches_digit = |v: &str| {
        v.chars().zip(v.chars().skip(1)).any(|(a, b)| {
            (a.is_alphabetic() && b.is_ascii_digit()) || (a.is_ascii_digit() && b.is_alphabetic())
        })
    };
    let numeric = !present.is_empty()
        && present.iter().all(|v| {
            parse_number(v, decimal).is_some()
                && !(v.len() > 1 && v.starts_with('0') && !v.contains(['.', ',']))
                && !letter_touches_digit(v)
        });
    let values = if numeric {
        ExtraValues::Number(
            kept_values
                .iter()
                .map(|v| v.and_then(|t| parse_number(t, decimal)))
                .collect(),
        )
    } else if let DateDetection::Found {
        format,
        parsed,
        non_empty,
    } = detect_date_format(present.iter().copied())
    {
        if parsed == non_empty {
            ExtraValues::Date(
                kept_values
                    .iter()
                    .map(|v| v.filter(|t| !is_no_date(t)).and_then(|t| format.parse(t)))
                    .collect(),
            )
        } else {
            text_values(&kept_values)
        }
    } else {
        text_values(&kept_values)
    };
    ExtraColumn {
        name: name.to_string(),
        values,
    }
}

pub(super) fn text_values(values: &[Option<&str>]) -> ExtraValues {
    let mut levels: Vec<String> = Vec::new();
    let mut lookup: PlHashMap<&str, u32> = PlHashMap::default();
    let codes = values
        .iter()
        .map(|v| {
            v.map(|text| {
                *lookup.entry(text).or_insert_with(|| {
                    levels.push(text.to_string());
                    (levels.len() - 1) as u32
                })
            })
        })
        .collect();
    ExtraValues::Text { levels, codes }
}
