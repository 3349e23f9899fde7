//! Import: from read files to validated [`Tables`] and an [`ImportReport`].
//!
//! Two steps, so a screen can show and change what is decided in between:
//! [`plan`] decides each file's role and column mapping (automatic, from a mapping file, or
//! remembered for the layout); [`validate`] reads every value, repairs or skips what it must,
//! settles invoices from their payments and reports every problem with file, row, column and
//! value. Nothing is dropped without an issue in the report.

use super::mapping::{
    CanonicalField, FieldMatch, FileMapping, MappingFile, MappingMemory, TableRole, auto_map,
    guess_role, role_key,
};
use super::parse::{
    DateDetection, DateFormat, DecimalSeparator, detect_date_format, detect_decimal, is_no_date,
    parse_bool, parse_electronic, parse_number,
};
use super::plausible::Plausible;
use super::progress::{Cancel, Progress};
use super::raw::{RawTable, ReadError, ReadLimits, ReadNote, SourceFormat, read_table};
use super::report::{Action, FileSummary, ImportReport, Problem};
use super::tables::{Customer, ExtraColumn, ExtraValues, ImportForm, Invoice, Payment, Tables};
use crate::i18n::{tr, trf};
use chrono::NaiveDate;
use polars::prelude::PlHashMap;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

/// Payments within this much of the invoice amount settle it (rounding, bank charges of cents).
pub fn settle_tolerance(amount: f64) -> f64 {
    (amount.abs() * 0.001).max(0.01)
}

/// A file with its decided role and mapping.
#[derive(Clone, Debug)]
pub struct PlannedFile {
    pub table: RawTable,
    pub role: TableRole,
    pub mapping: FileMapping,
    /// How each field was matched (confidence), for the mapping screen.
    pub matches: Vec<FieldMatch>,
}

impl PlannedFile {
    /// Re-derives the automatic matches after the user changed the role.
    pub fn set_role(&mut self, role: TableRole) {
        self.role = role;
        self.matches = auto_map(&self.table, role);
        self.mapping = FileMapping {
            file: self.mapping.file.clone(),
            sheet: self.mapping.sheet.clone(),
            ..FileMapping::from_matches(&self.matches)
        };
    }

    /// The user picks a column for a field (or none).
    pub fn set_column(&mut self, field: CanonicalField, column: Option<String>) {
        if let Some(column) = &column {
            // A column serves one field: free it from any other.
            let taken: Vec<String> = self
                .mapping
                .columns
                .iter()
                .filter(|(k, c)| *c == column && k.as_str() != field.key())
                .map(|(k, _)| k.clone())
                .collect();
            for key in taken {
                self.mapping.columns.remove(&key);
                self.matches.retain(|m| m.field.key() != key);
            }
        }
        self.matches.retain(|m| m.field != field);
        if let Some(column) = &column {
            self.matches.push(FieldMatch {
                field,
                column: column.clone(),
                confidence: 1.0,
                chosen_by_user: true,
            });
        }
        self.mapping.set(field, column);
    }

    /// Confidence of the current match of a field (1 for user choices).
    pub fn confidence(&self, field: CanonicalField) -> Option<f32> {
        self.matches
            .iter()
            .find(|m| m.field == field)
            .map(|m| m.confidence)
    }

    /// Required fields with no column.
    pub fn missing_required(&self) -> Vec<CanonicalField> {
        self.role
            .required()
            .iter()
            .copied()
            .filter(|f| self.mapping.column(*f).is_none())
            .collect()
    }
}

/// The files to import with their roles and mappings.
#[derive(Clone, Debug, Default)]
pub struct ImportPlan {
    pub files: Vec<PlannedFile>,
}

impl ImportPlan {
    /// Single ledger (a paid-date column, no payments file) or three tables.
    pub fn form(&self) -> ImportForm {
        let has_payments = self.files.iter().any(|f| f.role == TableRole::Payments);
        if !has_payments && self.files.iter().any(|f| f.role == TableRole::Ledger) {
            ImportForm::Ledger
        } else {
            ImportForm::ThreeTables
        }
    }

    /// What the import understood, without the files' data: kept after the import so the
    /// Import screen can show it (the raw tables would double the memory the data takes).
    pub fn summary(&self) -> PlanSummary {
        PlanSummary {
            form: self.form(),
            files: self
                .files
                .iter()
                .map(|f| {
                    let fields = f
                        .role
                        .fields()
                        .iter()
                        .map(|&field| {
                            let column = f.mapping.column(field).map(str::to_string);
                            let found = f.matches.iter().find(|m| m.field == field);
                            MappedField {
                                field,
                                required: f.role.required().contains(&field),
                                confidence: column
                                    .as_ref()
                                    .and(found)
                                    .filter(|m| !m.chosen_by_user)
                                    .map(|m| m.confidence),
                                column,
                            }
                        })
                        .collect();
                    let mapped: Vec<&String> = f.mapping.columns.values().collect();
                    FileSummaryOfPlan {
                        source: f.table.source.clone(),
                        path: f.table.path.clone(),
                        role: f.role,
                        rows: f.table.height(),
                        fields,
                        other_columns: f
                            .table
                            .headers
                            .iter()
                            .filter(|h| !mapped.contains(h))
                            .cloned()
                            .collect(),
                    }
                })
                .collect(),
        }
    }

    /// The mapping in use, as a mapping file (what the CLI prints and saves).
    pub fn mapping_file(&self) -> MappingFile {
        let mut file = MappingFile::default();
        for planned in &self.files {
            let mut mapping = planned.mapping.clone();
            // The file's name, without the sheet a workbook's source adds to it: the sheet is
            // saved on its own, and files are looked up by name when the mapping is read.
            mapping.file = Some(super::raw::display_name(&planned.table.path));
            if let SourceFormat::Excel { sheet, .. } = &planned.table.format {
                mapping.sheet = Some(sheet.clone());
            }
            file.set(planned.role, mapping);
        }
        file
    }

    /// Remembers each file's mapping for its layout.
    pub fn remember(&self, memory: &mut MappingMemory) {
        for planned in &self.files {
            memory.remember(
                &planned.table.headers,
                planned.role,
                planned.mapping.clone(),
            );
        }
    }
}

/// What an import understood of its files, for people: each file's role and the column of
/// each field with how sure the match was.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanSummary {
    pub form: ImportForm,
    pub files: Vec<FileSummaryOfPlan>,
}

/// One file of a [`PlanSummary`].
#[derive(Clone, Debug, PartialEq)]
pub struct FileSummaryOfPlan {
    /// The file's name (and sheet) as the report names it.
    pub source: String,
    pub path: std::path::PathBuf,
    pub role: TableRole,
    pub rows: usize,
    pub fields: Vec<MappedField>,
    /// Columns no field uses (kept as candidate fields).
    pub other_columns: Vec<String>,
}

/// A field of a file and the column it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct MappedField {
    pub field: CanonicalField,
    pub required: bool,
    pub column: Option<String>,
    /// How sure the automatic match was (0..=1); `None` when the user or a saved mapping chose
    /// the column, or there is none.
    pub confidence: Option<f32>,
}

/// Reads files (CSV or workbooks) for [`plan`]. Sheets named in the mapping file are used;
/// files over the limits are refused before they are read.
pub fn read_files(
    paths: &[PathBuf],
    mapping_file: Option<&MappingFile>,
    limits: ReadLimits,
) -> Result<Vec<RawTable>, ReadError> {
    paths
        .iter()
        .map(|path| {
            let name = super::raw::display_name(path);
            let sheet = mapping_file.and_then(|m| {
                TableRole::ALL.iter().find_map(|role| {
                    m.get(*role)
                        .filter(|fm| fm.file.as_deref() == Some(name.as_str()))
                        .and_then(|fm| fm.sheet.clone())
                })
            });
            read_table(path, sheet.as_deref(), limits)
        })
        .collect()
}

/// Decides each file's role and mapping: a mapping file's entry (by file name, else the entry
/// whose columns the file has) wins over a layout remembered earlier, which wins over the
/// automatic match. Fields a mapping leaves out are matched automatically.
pub fn plan(
    tables: Vec<RawTable>,
    mapping_file: Option<&MappingFile>,
    memory: Option<&MappingMemory>,
) -> ImportPlan {
    let mut files = Vec::new();
    for table in tables {
        let from_file = mapping_file.and_then(|m| {
            let by_name = TableRole::ALL.iter().find_map(|role| {
                m.get(*role)
                    .filter(|fm| {
                        fm.file
                            .as_deref()
                            .is_some_and(|f| f == table.source || table.source.starts_with(f))
                    })
                    .map(|fm| (*role, fm.clone()))
            });
            by_name.or_else(|| {
                TableRole::ALL.iter().find_map(|role| {
                    m.get(*role)
                        .filter(|fm| fm.file.is_none() && fm.fits(&table))
                        .map(|fm| (*role, fm.clone()))
                })
            })
        });
        let chosen = from_file.or_else(|| memory.and_then(|m| m.recall(&table.headers)).cloned());
        let planned = match chosen {
            Some((role, user_mapping)) => {
                let mut planned = PlannedFile {
                    matches: auto_map(&table, role),
                    mapping: FileMapping::default(),
                    role,
                    table,
                };
                planned.mapping = FileMapping::from_matches(&planned.matches);
                planned.mapping.date_formats = user_mapping.date_formats.clone();
                planned.mapping.decimal = user_mapping.decimal.clone();
                planned.mapping.sheet = user_mapping.sheet.clone();
                for (key, column) in &user_mapping.columns {
                    if let Some(field) = CanonicalField::from_key(key) {
                        planned.set_column(field, Some(column.clone()));
                    }
                }
                planned
            }
            None => {
                let role = guess_role(&table);
                let matches = auto_map(&table, role);
                PlannedFile {
                    mapping: FileMapping::from_matches(&matches),
                    matches,
                    role,
                    table,
                }
            }
        };
        files.push(planned);
    }
    ImportPlan { files }
}

/// A column whose dates read both month-first and day-first.
#[derive(Clone, Debug, PartialEq)]
pub struct AmbiguousColumn {
    pub file: String,
    pub role: TableRole,
    pub column: String,
    pub examples: Vec<String>,
    /// Another date column of the same file whose values settle the order, if any.
    pub hint: Option<(String, DateFormat)>,
}

/// Why an import could not produce usable tables. Each says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(
        "{}",
        trf(
            "None of the files ({files}) looks like an invoice table. An invoice table needs columns for invoice number, customer, invoice date, due date and amount: map them by hand, or check that the right export was chosen.",
            &[("files", &.files)]
        )
    )]
    NoInvoiceTable { files: String },
    #[error(
        "{}",
        trf(
            "{file} ({role}) has no column for {missing}. Its columns are: {columns}. Choose the column in the mapping, or add it to the mapping file under [{role_key}.columns].",
            &[
                ("file", &.file),
                ("role", &.role),
                ("missing", &.missing),
                ("columns", &.columns),
                ("role_key", &.role_key)
            ]
        )
    )]
    MissingColumns {
        file: String,
        role: TableRole,
        role_key: String,
        missing: String,
        columns: String,
    },
    #[error("{}", ambiguous_message(.columns))]
    AmbiguousDates { columns: Vec<AmbiguousColumn> },
    #[error(
        "{}",
        trf(
            "In {file}, column \"{column}\" is used as {field} but holds no dates (for example \"{example}\"). Choose another column for {field}.",
            &[
                ("file", &.file),
                ("column", &.column),
                ("field", &.field),
                ("example", &.example)
            ]
        )
    )]
    NotDates {
        file: String,
        column: String,
        field: CanonicalField,
        example: String,
    },
    #[error(
        "{}",
        trf(
            "There is no payment information: no payments file and no paid/settled date column in {file}. Add the payments export, or map the column that holds the date each invoice was paid.",
            &[("file", &.file)]
        )
    )]
    NoSettlement { file: String },
    #[error(
        "{}",
        trf(
            "Nothing usable was imported from {file}: every one of its {rows} rows had a problem (see the import report). The most common: {most_common}.",
            &[
                ("file", &.file),
                ("rows", &.rows),
                ("most_common", &.most_common)
            ]
        )
    )]
    NothingUsable {
        file: String,
        rows: usize,
        most_common: String,
        report: Box<ImportReport>,
    },
    #[error("{}", tr("The import was cancelled."))]
    Cancelled,
}

fn ambiguous_message(columns: &[AmbiguousColumn]) -> String {
    let parts: Vec<String> = columns
        .iter()
        .map(|c| {
            let part = trf(
                "{file} column \"{column}\" (for example {examples})",
                &[
                    ("file", &c.file),
                    ("column", &c.column),
                    ("examples", &c.examples.join(", ")),
                ],
            );
            match &c.hint {
                Some((other, format)) => trf(
                    "{part}; column \"{other}\" of the same file reads {format}",
                    &[("part", &part), ("other", other), ("format", format)],
                ),
                None => part,
            }
        })
        .collect();
    trf(
        "Some date columns can be read month-first or day-first, and the data does not tell which: {columns}. Choose M/D/YYYY or D/M/YYYY for each (in the mapping screen, or under [ROLE.date_formats] in the mapping file).",
        &[("columns", &parts.join("; "))],
    )
}

/// The result of an import.
#[derive(Clone, Debug)]
pub struct Imported {
    pub tables: Tables,
    pub report: ImportReport,
}

/// A cell read as a typed value.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Cell<T> {
    Empty,
    Bad,
    Ok(T),
}

impl<T: Copy> Cell<T> {
    fn ok(self) -> Option<T> {
        match self {
            Cell::Ok(v) => Some(v),
            _ => None,
        }
    }
}

/// One file's columns, trimmed, with empty cells as `None`.
struct Columns<'a> {
    file: &'a PlannedFile,
    values: Vec<Vec<Option<&'a str>>>,
    /// How each column's values were read, for the file summary.
    formats: BTreeMap<String, String>,
    /// Date formats detected before (column → format).
    known: BTreeMap<String, DateFormat>,
    /// Column index of each field, indexed by `CanonicalField as usize`.
    field_index: Vec<Option<usize>>,
    decimal_hint: DecimalSeparator,
}

impl<'a> Columns<'a> {
    /// Trims every column (only the mapped ones when `mapped_only`); `known` holds date
    /// formats already detected, so a column is scanned once.
    fn new(
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

    fn index(&self, field: CanonicalField) -> Option<usize> {
        self.field_index.get(field as usize).copied().flatten()
    }

    /// Reports a row lacking one of `required` (or wholly blank) as skipped; `true` if so.
    fn report_incomplete(
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

    fn header(&self, index: usize) -> &str {
        self.file
            .table
            .headers
            .get(index)
            .map_or("", String::as_str)
    }

    fn column(&self, field: CanonicalField) -> Option<(usize, &[Option<&'a str>])> {
        let index = self.index(field)?;
        Some((index, self.values.get(index)?.as_slice()))
    }

    fn text(&self, field: CanonicalField, row: usize) -> Option<&'a str> {
        self.column(field)
            .and_then(|(_, v)| v.get(row).copied().flatten())
    }

    /// The date format of a mapped column: the user's choice, else detected.
    fn date_format(&self, field: CanonicalField) -> Result<Option<DateFormat>, DateTrouble> {
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

    fn dates(&mut self, field: CanonicalField, format: Option<DateFormat>) -> Vec<Cell<NaiveDate>> {
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
        self.formats.insert(header, format.label().to_string());
        cells
    }

    fn numbers(&mut self, field: CanonicalField) -> Vec<Cell<f64>> {
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
            trf("number, decimal {decimal}", &[("decimal", &decimal)]),
        );
        cells
    }

    fn flags(&self, field: CanonicalField, parse: fn(&str) -> Option<bool>) -> Vec<Cell<bool>> {
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
    fn unmapped(&self) -> Vec<usize> {
        (0..self.file.table.headers.len())
            .filter(|&c| {
                let header = self.header(c);
                !self.file.mapping.columns.values().any(|m| m == header)
            })
            .collect()
    }
}

enum DateTrouble {
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
fn extra_column(
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

fn text_values(values: &[Option<&str>]) -> ExtraValues {
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

/// Where an invoice came from, for messages about it.
#[derive(Clone, Copy)]
struct Origin {
    file: usize,
    row: usize,
}

/// The working state of one validation.
struct Builder<'a> {
    report: ImportReport,
    customers: Vec<Customer>,
    customer_index: PlHashMap<String, u32>,
    customer_rows: Vec<Option<(usize, usize)>>,
    customers_from_file: bool,
    invoices: Vec<Invoice>,
    invoice_origin: Vec<Origin>,
    invoice_index: PlHashMap<&'a str, u32>,
    credit_notes: PlHashMap<&'a str, ()>,
    payments: Vec<Payment>,
    currencies: Vec<String>,
    currency_first: Vec<Origin>,
    currency_counts: Vec<usize>,
    customer_extras: Vec<ExtraColumn>,
    invoice_extras: Vec<ExtraColumn>,
    /// Position of each extra invoice column by name: files with thousands of columns join
    /// them without comparing every name with every other.
    invoice_extra_index: PlHashMap<String, usize>,
    files: Vec<&'a PlannedFile>,
    plausible: Plausible,
}

/// Reads every value of the planned files into validated tables. Stops with an error only when
/// nothing usable can come out (a required column missing, an ambiguous date column the user
/// must decide, no invoice table); every other problem is an issue in the report.
pub fn validate(
    plan: &ImportPlan,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<Imported, ImportError> {
    let form = plan.form();
    let invoice_role = match form {
        ImportForm::Ledger => TableRole::Ledger,
        ImportForm::ThreeTables => TableRole::Invoices,
    };
    let invoice_files: Vec<&PlannedFile> = plan
        .files
        .iter()
        .filter(|f| matches!(f.role, TableRole::Invoices | TableRole::Ledger))
        .collect();
    if invoice_files.is_empty() {
        return Err(ImportError::NoInvoiceTable {
            files: plan
                .files
                .iter()
                .map(|f| f.table.source.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    // Whole-file problems first, all at once, so the user fixes them in one go.
    let mut ambiguous = Vec::new();
    let mut detected: Vec<BTreeMap<String, DateFormat>> = Vec::new();
    for file in &plan.files {
        let missing = file.missing_required();
        if !missing.is_empty() {
            return Err(ImportError::MissingColumns {
                file: file.table.source.clone(),
                role: file.role,
                role_key: role_key(file.role).to_string(),
                missing: missing
                    .iter()
                    .map(|f| f.label())
                    .collect::<Vec<_>>()
                    .join(", "),
                columns: file.table.headers.join(", "),
            });
        }
        let columns = Columns::new(file, true, BTreeMap::new());
        let mut resolved: Vec<(String, DateFormat)> = Vec::new();
        let mut file_ambiguous = Vec::new();
        for &field in file.role.fields() {
            if field.kind() != super::mapping::ValueKind::Date {
                continue;
            }
            match columns.date_format(field) {
                Ok(Some(format)) => {
                    if let Some(index) = columns.index(field) {
                        resolved.push((columns.header(index).to_string(), format));
                    }
                }
                Ok(None) => {}
                Err(DateTrouble::Ambiguous { column, examples }) => {
                    file_ambiguous.push(AmbiguousColumn {
                        file: file.table.source.clone(),
                        role: file.role,
                        column,
                        examples,
                        hint: None,
                    })
                }
                Err(DateTrouble::NotDates {
                    column,
                    example,
                    field,
                }) => {
                    return Err(ImportError::NotDates {
                        file: file.table.source.clone(),
                        column,
                        field,
                        example,
                    });
                }
            }
        }
        for mut a in file_ambiguous {
            a.hint = resolved
                .iter()
                .find(|(_, f)| matches!(f, DateFormat::MonthDayYear | DateFormat::DayMonthYear))
                .cloned();
            ambiguous.push(a);
        }
        detected.push(resolved.into_iter().collect());
    }
    let known = |file: usize| detected.get(file).cloned().unwrap_or_default();
    if !ambiguous.is_empty() {
        return Err(ImportError::AmbiguousDates { columns: ambiguous });
    }
    if form == ImportForm::ThreeTables && !plan.files.iter().any(|f| f.role == TableRole::Payments)
    {
        return Err(ImportError::NoSettlement {
            file: invoice_files
                .first()
                .map(|f| f.table.source.clone())
                .unwrap_or_default(),
        });
    }

    let mut builder = Builder {
        report: ImportReport::default(),
        customers: Vec::new(),
        customer_index: PlHashMap::default(),
        customer_rows: Vec::new(),
        customers_from_file: plan.files.iter().any(|f| f.role == TableRole::Customers),
        invoices: Vec::new(),
        invoice_origin: Vec::new(),
        invoice_index: PlHashMap::default(),
        credit_notes: PlHashMap::default(),
        payments: Vec::new(),
        currencies: Vec::new(),
        currency_first: Vec::new(),
        currency_counts: Vec::new(),
        customer_extras: Vec::new(),
        invoice_extras: Vec::new(),
        invoice_extra_index: PlHashMap::default(),
        files: plan.files.iter().collect(),
        plausible: plausible_ranges(plan, &detected),
    };
    let total_rows: usize = plan
        .files
        .iter()
        .map(|f| f.table.height())
        .sum::<usize>()
        .max(1);
    let mut rows_done = 0usize;
    let _ = invoice_role;
    let stages: [fn(TableRole) -> bool; 3] = [
        |r| r == TableRole::Customers,
        |r| matches!(r, TableRole::Invoices | TableRole::Ledger),
        |r| r == TableRole::Payments,
    ];
    for in_stage in stages {
        for (file_number, file) in plan.files.iter().enumerate() {
            if !in_stage(file.role) {
                continue;
            }
            if cancel.is_cancelled() {
                return Err(ImportError::Cancelled);
            }
            progress(Progress::new(
                &trf("Checking {file}", &[("file", &file.table.source)]),
                rows_done as f32 / total_rows as f32,
            ));
            add_read_notes(&mut builder.report, &file.table);
            let summary = match file.role {
                TableRole::Customers => builder.add_customers(file, known(file_number)),
                TableRole::Invoices | TableRole::Ledger => builder.add_invoices(
                    file_number,
                    file,
                    form == ImportForm::Ledger,
                    known(file_number),
                ),
                TableRole::Payments => builder.add_payments(file, known(file_number)),
            };
            if summary.rows_imported == 0 && file.role != TableRole::Customers {
                return Err(nothing_usable(file, builder.report));
            }
            builder.report.files.push(summary);
            rows_done += file.table.height();
        }
    }
    if cancel.is_cancelled() {
        return Err(ImportError::Cancelled);
    }
    progress(Progress::new(tr("Settling invoices from payments"), 0.95));
    if form == ImportForm::ThreeTables {
        builder.settle();
    }
    builder.report_currency_mix();
    let as_of = builder.as_of();
    let Builder {
        report,
        customers,
        invoices,
        payments,
        currencies,
        customer_extras,
        invoice_extras,
        ..
    } = builder;
    progress(Progress::new(tr("Done"), 1.0));
    Ok(Imported {
        tables: Tables {
            form,
            customers,
            invoices,
            payments,
            customer_extras,
            invoice_extras,
            currencies,
            as_of,
        },
        report,
    })
}

/// The plausible dates and amounts of this import (rules in `plausible`), from every invoice,
/// payment and paid date and every invoice amount that reads. A pass of its own before the rows
/// are built, so an implausible value is caught where it is read and never reaches the tables.
fn plausible_ranges(plan: &ImportPlan, detected: &[BTreeMap<String, DateFormat>]) -> Plausible {
    use CanonicalField as F;
    let mut dates = Vec::new();
    let mut amounts = Vec::new();
    for (number, file) in plan.files.iter().enumerate() {
        let known = detected.get(number).cloned().unwrap_or_default();
        let mut cols = Columns::new(file, true, known);
        let date_fields: &[F] = match file.role {
            TableRole::Customers => &[],
            TableRole::Invoices => &[F::InvoiceDate],
            TableRole::Ledger => &[F::InvoiceDate, F::SettledDate],
            TableRole::Payments => &[F::PaymentDate],
        };
        for &field in date_fields {
            let format = cols.date_format(field).ok().flatten();
            dates.extend(cols.dates(field, format).into_iter().filter_map(Cell::ok));
        }
        if matches!(file.role, TableRole::Invoices | TableRole::Ledger) {
            amounts.extend(cols.numbers(F::Amount).into_iter().filter_map(Cell::ok));
        }
    }
    Plausible::from_data(dates, amounts)
}

fn nothing_usable(file: &PlannedFile, report: ImportReport) -> ImportError {
    let most_common = report
        .grouped()
        .into_iter()
        .filter(|(_, issue)| issue.file == file.table.source)
        .max_by_key(|(count, _)| *count)
        .map(|(count, issue)| format!("{count} × {issue}"))
        .unwrap_or_else(|| tr("no rows").to_string());
    ImportError::NothingUsable {
        file: file.table.source.clone(),
        rows: file.table.height(),
        most_common,
        report: Box::new(report),
    }
}

fn add_read_notes(report: &mut ImportReport, table: &RawTable) {
    for note in &table.notes {
        let file = table.source.as_str();
        match note {
            ReadNote::ExtraFields {
                row,
                fields,
                expected,
            } => report.push(
                file,
                Some(*row),
                None,
                None,
                Problem::ExtraFields {
                    fields: *fields,
                    expected: *expected,
                },
                Action::Repaired(trf(
                    "values after column {expected} ignored",
                    &[("expected", expected)],
                )),
            ),
            ReadNote::MissingFields {
                row,
                fields,
                expected,
            } => report.push(
                file,
                Some(*row),
                None,
                None,
                Problem::MissingFields {
                    fields: *fields,
                    expected: *expected,
                },
                Action::Repaired(tr("missing values left empty").to_string()),
            ),
            ReadNote::RenamedHeader { column, from, to } => report.push(
                file,
                Some(1),
                Some(&trf("column {column}", &[("column", column)])),
                Some(from),
                Problem::RenamedHeader { to: to.clone() },
                Action::Repaired(trf("named \"{to}\"", &[("to", to)])),
            ),
            ReadNote::CellError { row, column, value } => report.push(
                file,
                Some(*row),
                Some(column),
                Some(value),
                Problem::CellError,
                Action::Cleared,
            ),
            ReadNote::LossyText => report.push(
                file,
                None,
                None,
                None,
                Problem::BadText,
                Action::Repaired(tr("unreadable characters shown as �").to_string()),
            ),
        }
    }
}

fn summary(
    file: &PlannedFile,
    rows_imported: usize,
    formats: BTreeMap<String, String>,
) -> FileSummary {
    FileSummary {
        file: file.table.source.clone(),
        role: file.role.label().to_string(),
        format: match &file.table.format {
            SourceFormat::Csv(d) => trf("CSV, {dialect}", &[("dialect", d)]),
            SourceFormat::Excel { sheet, .. } => {
                trf("Excel, sheet \"{sheet}\"", &[("sheet", sheet)])
            }
        },
        rows_read: file.table.height(),
        rows_imported,
        column_formats: formats,
    }
}

/// Reports a value that failed to parse or is impossible, and returns what to store.
fn optional<T: Copy>(
    report: &mut ImportReport,
    source: &str,
    row: usize,
    column: Option<&str>,
    raw: Option<&str>,
    cell: Cell<T>,
    problem: impl FnOnce() -> Problem,
) -> Option<T> {
    match cell {
        Cell::Ok(v) => Some(v),
        Cell::Empty => None,
        Cell::Bad => {
            report.push(source, Some(row), column, raw, problem(), Action::Cleared);
            None
        }
    }
}

impl<'a> Builder<'a> {
    fn implausible_date(&self) -> Problem {
        let (earliest, latest) = self.plausible.date_range();
        Problem::ImplausibleDate { earliest, latest }
    }

    fn implausible_amount(&self) -> Problem {
        Problem::ImplausibleAmount {
            limit: self.plausible.amount_limit(),
        }
    }

    fn add_customers(
        &mut self,
        file: &'a PlannedFile,
        known: BTreeMap<String, DateFormat>,
    ) -> FileSummary {
        use CanonicalField as F;
        let mut cols = Columns::new(file, false, known);
        let source = file.table.source.as_str();
        let paperless_format = cols.date_format(F::PaperlessSince).ok().flatten();
        let paperless = cols.dates(F::PaperlessSince, paperless_format);
        let credit = cols.numbers(F::CreditLimit);
        let terms = cols.numbers(F::TermsDays);
        let header = |f: F| file.mapping.column(f);
        let mut kept = Vec::new();
        for i in 0..file.table.height() {
            let row = file.table.file_row(i);
            if cols.report_incomplete(&mut self.report, &[F::CustomerId], i) {
                continue;
            }
            let Some(id) = cols.text(F::CustomerId, i) else {
                continue;
            };
            if let Some(&existing) = self.customer_index.get(id) {
                let first_row = self
                    .customer_rows
                    .get(existing as usize)
                    .copied()
                    .flatten()
                    .map_or(0, |(_, r)| r);
                self.report.push(
                    source,
                    Some(row),
                    header(F::CustomerId),
                    Some(id),
                    Problem::DuplicateCustomer { first_row },
                    Action::RowSkipped,
                );
                continue;
            }
            let mut credit_limit = optional(
                &mut self.report,
                source,
                row,
                header(F::CreditLimit),
                cols.text(F::CreditLimit, i),
                credit[i],
                || Problem::BadNumber,
            );
            if credit_limit.is_some_and(|c| !self.plausible.amount_ok(c)) {
                let problem = self.implausible_amount();
                self.report.push(
                    source,
                    Some(row),
                    header(F::CreditLimit),
                    cols.text(F::CreditLimit, i),
                    problem,
                    Action::Cleared,
                );
                credit_limit = None;
            }
            if credit_limit.is_some_and(|c| c < 0.0) {
                self.report.push(
                    source,
                    Some(row),
                    header(F::CreditLimit),
                    cols.text(F::CreditLimit, i),
                    Problem::ImpossibleValue {
                        reason: tr("a credit limit cannot be negative").into(),
                    },
                    Action::Cleared,
                );
                credit_limit = None;
            }
            let mut terms_days = optional(
                &mut self.report,
                source,
                row,
                header(F::TermsDays),
                cols.text(F::TermsDays, i),
                terms[i],
                || Problem::BadNumber,
            );
            if terms_days.is_some_and(|t| !(0.0..=730.0).contains(&t)) {
                self.report.push(
                    source,
                    Some(row),
                    header(F::TermsDays),
                    cols.text(F::TermsDays, i),
                    Problem::ImpossibleValue {
                        reason: tr("payment terms must be 0 to 730 days").into(),
                    },
                    Action::Cleared,
                );
                terms_days = None;
            }
            let paperless_since = optional(
                &mut self.report,
                source,
                row,
                header(F::PaperlessSince),
                cols.text(F::PaperlessSince, i),
                paperless[i],
                || Problem::BadDate {
                    format: paperless_format
                        .map_or(tr("date"), |f| f.label())
                        .to_string(),
                },
            );
            let customer = Customer {
                id: id.to_string(),
                name: cols.text(F::CustomerName, i).map(str::to_string),
                group: cols.text(F::CustomerGroup, i).map(str::to_string),
                region: cols.text(F::Region, i).map(str::to_string),
                credit_limit,
                terms_days: terms_days.map(|t| t.round() as i32),
                paperless_since,
            };
            self.customer_index
                .insert(id.to_string(), self.customers.len() as u32);
            self.customers.push(customer);
            self.customer_rows.push(Some((0, row)));
            kept.push(i);
        }
        for c in cols.unmapped() {
            let name = cols.header(c).to_string();
            let extra = extra_column(&name, &cols.values[c], &kept, cols.decimal_hint);
            self.customer_extras.push(extra);
        }
        summary(file, kept.len(), std::mem::take(&mut cols.formats))
    }

    /// The customer index for an id, creating the customer if needed.
    fn customer_for(&mut self, id: &str, source: &str, row: usize, column: Option<&str>) -> u32 {
        if let Some(&index) = self.customer_index.get(id) {
            return index;
        }
        let index = self.customers.len() as u32;
        self.customers.push(Customer::bare(id));
        self.customer_rows.push(None);
        self.customer_index.insert(id.to_string(), index);
        // Extra customer columns stay aligned with the customers.
        for extra in &mut self.customer_extras {
            match &mut extra.values {
                ExtraValues::Number(v) => v.push(None),
                ExtraValues::Date(v) => v.push(None),
                ExtraValues::Text { codes, .. } => codes.push(None),
            }
        }
        if self.customers_from_file {
            self.report.push(
                source,
                Some(row),
                column,
                Some(id),
                Problem::UnknownCustomer,
                Action::CustomerAdded,
            );
        }
        index
    }

    fn currency_index(&mut self, code: &str, origin: Origin) -> u16 {
        if let Some(i) = self
            .currencies
            .iter()
            .position(|c| c.eq_ignore_ascii_case(code))
        {
            if let Some(count) = self.currency_counts.get_mut(i) {
                *count += 1;
            }
            return i as u16;
        }
        self.currencies.push(code.to_uppercase());
        self.currency_first.push(origin);
        self.currency_counts.push(1);
        (self.currencies.len() - 1) as u16
    }

    fn add_invoices(
        &mut self,
        file_number: usize,
        file: &'a PlannedFile,
        ledger: bool,
        known: BTreeMap<String, DateFormat>,
    ) -> FileSummary {
        use CanonicalField as F;
        let mut cols = Columns::new(file, false, known);
        let source = file.table.source.as_str();
        let header = |f: F| file.mapping.column(f);
        let format_of = |f: F, c: &Columns| c.date_format(f).ok().flatten();
        let invoice_format = format_of(F::InvoiceDate, &cols);
        let due_format = format_of(F::DueDate, &cols);
        let settled_format = format_of(F::SettledDate, &cols);
        let paperless_format = format_of(F::PaperlessSince, &cols);
        let invoice_dates = cols.dates(F::InvoiceDate, invoice_format);
        let due_dates = cols.dates(F::DueDate, due_format);
        let settled_dates = if ledger {
            cols.dates(F::SettledDate, settled_format)
        } else {
            Vec::new()
        };
        let amounts = cols.numbers(F::Amount);
        let discount_pct = cols.numbers(F::DiscountPct);
        let discount_days = cols.numbers(F::DiscountDays);
        let disputed = cols.flags(F::Disputed, parse_bool);
        let delivery = cols.flags(F::Delivery, parse_electronic);
        // Ledger exports repeat customer attributes on every invoice row.
        let (credit, terms, paperless) = if ledger {
            (
                cols.numbers(F::CreditLimit),
                cols.numbers(F::TermsDays),
                cols.dates(F::PaperlessSince, paperless_format),
            )
        } else {
            (Vec::new(), Vec::new(), Vec::new())
        };
        let mut varying: BTreeMap<CanonicalField, usize> = BTreeMap::new();
        let mut kept = Vec::new();
        let label = |f: Option<DateFormat>| f.map_or(tr("date"), |f| f.label()).to_string();
        for i in 0..file.table.height() {
            let row = file.table.file_row(i);
            let origin = Origin {
                file: file_number,
                row,
            };
            let required = [F::InvoiceId, F::CustomerId, F::InvoiceDate, F::Amount];
            if cols.report_incomplete(&mut self.report, &required, i) {
                continue;
            }
            let (Some(id), Some(customer_id)) =
                (cols.text(F::InvoiceId, i), cols.text(F::CustomerId, i))
            else {
                continue;
            };
            let Some(invoice_date) = invoice_dates[i].ok() else {
                self.report.push(
                    source,
                    Some(row),
                    header(F::InvoiceDate),
                    cols.text(F::InvoiceDate, i),
                    Problem::BadDate {
                        format: label(invoice_format),
                    },
                    Action::RowSkipped,
                );
                continue;
            };
            let Some(amount) = amounts[i].ok() else {
                self.report.push(
                    source,
                    Some(row),
                    header(F::Amount),
                    cols.text(F::Amount, i),
                    Problem::BadNumber,
                    Action::RowSkipped,
                );
                continue;
            };
            if !self.plausible.date_ok(invoice_date) {
                let problem = self.implausible_date();
                self.report.push(
                    source,
                    Some(row),
                    header(F::InvoiceDate),
                    cols.text(F::InvoiceDate, i),
                    problem,
                    Action::RowSkipped,
                );
                continue;
            }
            if !self.plausible.amount_ok(amount) {
                let problem = self.implausible_amount();
                self.report.push(
                    source,
                    Some(row),
                    header(F::Amount),
                    cols.text(F::Amount, i),
                    problem,
                    Action::RowSkipped,
                );
                continue;
            }
            if amount == 0.0 {
                self.report.push(
                    source,
                    Some(row),
                    header(F::Amount),
                    cols.text(F::Amount, i),
                    Problem::ZeroAmount,
                    Action::RowSkipped,
                );
                continue;
            }
            if amount < 0.0 {
                self.credit_notes.insert(id, ());
                self.report.push(
                    source,
                    Some(row),
                    header(F::Amount),
                    cols.text(F::Amount, i),
                    Problem::CreditNote,
                    Action::RowSkipped,
                );
                continue;
            }
            let known_terms = self
                .customer_index
                .get(customer_id)
                .and_then(|&c| self.customers.get(c as usize))
                .and_then(|c| c.terms_days)
                .or_else(|| terms.get(i).and_then(|t| t.ok()).map(|t| t.round() as i32));
            let due_date = match due_dates[i] {
                Cell::Ok(d) => d,
                other => {
                    let problem = if other == Cell::Bad {
                        Problem::BadDate {
                            format: label(due_format),
                        }
                    } else {
                        Problem::MissingRequired
                    };
                    match known_terms.and_then(|t| {
                        invoice_date.checked_add_days(chrono::Days::new(t.max(0) as u64))
                    }) {
                        Some(repaired) => {
                            self.report.push(
                                source,
                                Some(row),
                                header(F::DueDate),
                                cols.text(F::DueDate, i),
                                problem,
                                Action::Repaired(trf(
                                    "due date set to {date}: invoice date + the customer's {days} days terms",
                                    &[("date", &repaired), ("days", &known_terms.unwrap_or(0))],
                                )),
                            );
                            repaired
                        }
                        None => {
                            self.report.push(
                                source,
                                Some(row),
                                header(F::DueDate),
                                cols.text(F::DueDate, i),
                                problem,
                                Action::RowSkipped,
                            );
                            continue;
                        }
                    }
                }
            };
            let settled_date = if ledger {
                match settled_dates[i] {
                    Cell::Ok(d) => Some(d),
                    Cell::Empty => None,
                    Cell::Bad => {
                        self.report.push(
                            source,
                            Some(row),
                            header(F::SettledDate),
                            cols.text(F::SettledDate, i),
                            Problem::BadDate {
                                format: label(settled_format),
                            },
                            Action::RowSkipped,
                        );
                        continue;
                    }
                }
            } else {
                None
            };
            // A paid date far outside the rest of the data (2199 for 2019) still says the
            // invoice was paid: kept with its date cleared it would look open and be flagged for
            // collections, so the row is skipped, as a paid date that cannot be read is.
            if let Some(settled) = settled_date
                && !self.plausible.date_ok(settled)
            {
                let problem = self.implausible_date();
                self.report.push(
                    source,
                    Some(row),
                    header(F::SettledDate),
                    cols.text(F::SettledDate, i),
                    problem,
                    Action::RowSkipped,
                );
                continue;
            }
            // Duplicates: the first row wins; an exact repeat is only noted.
            if let Some(&first) = self.invoice_index.get(id) {
                let first_row = self.invoice_origin.get(first as usize).map_or(0, |o| o.row);
                let same = self.invoices.get(first as usize).is_some_and(|prev| {
                    prev.invoice_date == invoice_date
                        && prev.due_date == due_date
                        && (prev.amount - amount).abs() < 0.005
                        && self
                            .customers
                            .get(prev.customer as usize)
                            .is_some_and(|c| c.id == customer_id)
                });
                let problem = if same {
                    Problem::RepeatedRow { first_row }
                } else {
                    Problem::DuplicateInvoice { first_row }
                };
                self.report.push(
                    source,
                    Some(row),
                    header(F::InvoiceId),
                    Some(id),
                    problem,
                    Action::RowSkipped,
                );
                continue;
            }
            let customer = self.customer_for(customer_id, source, row, header(F::CustomerId));
            let mut trainable = true;
            if !self.plausible.date_ok(due_date) {
                let problem = self.implausible_date();
                self.report.push(
                    source,
                    Some(row),
                    header(F::DueDate),
                    cols.text(F::DueDate, i),
                    problem,
                    Action::LeftOutOfTraining,
                );
                trainable = false;
            }
            if due_date < invoice_date {
                self.report.push(
                    source,
                    Some(row),
                    header(F::DueDate),
                    cols.text(F::DueDate, i),
                    Problem::DueBeforeInvoice {
                        invoice_date: invoice_date.to_string(),
                    },
                    Action::LeftOutOfTraining,
                );
                trainable = false;
            }
            if settled_date.is_some_and(|settled| settled < invoice_date) {
                self.report.push(
                    source,
                    Some(row),
                    header(F::SettledDate),
                    cols.text(F::SettledDate, i),
                    Problem::SettledBeforeInvoice {
                        invoice_date: invoice_date.to_string(),
                    },
                    Action::LeftOutOfTraining,
                );
                trainable = false;
            }
            let mut pct = optional(
                &mut self.report,
                source,
                row,
                header(F::DiscountPct),
                cols.text(F::DiscountPct, i),
                discount_pct[i],
                || Problem::BadNumber,
            );
            if pct.is_some_and(|p| !(0.0..50.0).contains(&p)) {
                self.report.push(
                    source,
                    Some(row),
                    header(F::DiscountPct),
                    cols.text(F::DiscountPct, i),
                    Problem::ImpossibleValue {
                        reason: tr("a cash discount must be 0 to 50 percent").into(),
                    },
                    Action::Cleared,
                );
                pct = None;
            }
            let mut days = optional(
                &mut self.report,
                source,
                row,
                header(F::DiscountDays),
                cols.text(F::DiscountDays, i),
                discount_days[i],
                || Problem::BadNumber,
            );
            if days.is_some_and(|d| !(0.0..=365.0).contains(&d)) {
                self.report.push(
                    source,
                    Some(row),
                    header(F::DiscountDays),
                    cols.text(F::DiscountDays, i),
                    Problem::ImpossibleValue {
                        reason: tr("discount days must be 0 to 365").into(),
                    },
                    Action::Cleared,
                );
                days = None;
            }
            let disputed_flag = optional(
                &mut self.report,
                source,
                row,
                header(F::Disputed),
                cols.text(F::Disputed, i),
                disputed[i],
                || Problem::BadFlag,
            );
            let mut electronic = optional(
                &mut self.report,
                source,
                row,
                header(F::Delivery),
                cols.text(F::Delivery, i),
                delivery[i],
                || Problem::BadFlag,
            );
            let currency = cols
                .text(F::Currency, i)
                .map(|c| self.currency_index(c, origin));
            if ledger {
                self.ledger_customer_values(
                    customer,
                    &cols,
                    i,
                    row,
                    &credit,
                    &terms,
                    &paperless,
                    &mut varying,
                );
            }
            if electronic.is_none() && file.mapping.column(F::Delivery).is_none() {
                // No delivery column: paperless billing since a date says it.
                electronic = self
                    .customers
                    .get(customer as usize)
                    .and_then(|c| c.paperless_since)
                    .map(|since| invoice_date >= since);
            }
            self.invoice_index.insert(id, self.invoices.len() as u32);
            self.invoices.push(Invoice {
                id: id.to_string(),
                customer,
                invoice_date,
                due_date,
                amount,
                currency,
                discount_pct: pct,
                discount_days: days.map(|d| d.round() as i32),
                disputed: disputed_flag,
                electronic,
                settled_date,
                paid_amount: if settled_date.is_some() { amount } else { 0.0 },
                trainable,
            });
            self.invoice_origin.push(origin);
            kept.push(i);
        }
        for (field, customers) in varying {
            self.report.push(
                source,
                None,
                header(field),
                None,
                Problem::VaryingCustomerValue { customers },
                Action::Repaired(tr("the first row's value is used").into()),
            );
        }
        let hint = cols.decimal_hint;
        for c in cols.unmapped() {
            let name = cols.header(c).to_string();
            let extra = extra_column(&name, &cols.values[c], &kept, hint);
            self.push_invoice_extra(extra);
        }
        summary(file, kept.len(), std::mem::take(&mut cols.formats))
    }

    /// Appends an extra invoice column, joining it with one of the same name from an earlier
    /// file and keeping every extra aligned with the invoices.
    fn push_invoice_extra(&mut self, extra: ExtraColumn) {
        let total = self.invoices.len();
        let added = extra.values.len();
        let earlier = total - added;
        let existing = self
            .invoice_extra_index
            .get(&extra.name)
            .and_then(|&i| self.invoice_extras.get_mut(i));
        if let Some(existing) = existing {
            let had = existing.values.len();
            match (&mut existing.values, extra.values) {
                (ExtraValues::Number(a), ExtraValues::Number(b)) => {
                    a.resize(earlier.max(had), None);
                    a.extend(b)
                }
                (ExtraValues::Date(a), ExtraValues::Date(b)) => {
                    a.resize(earlier.max(had), None);
                    a.extend(b)
                }
                (existing_values, new_values) => {
                    // Different types in different files: keep both as text.
                    let mut texts: Vec<Option<String>> = (0..earlier)
                        .map(|i| Some(existing_values.display(i)).filter(|s| !s.is_empty()))
                        .collect();
                    texts.extend(
                        (0..added).map(|i| Some(new_values.display(i)).filter(|s| !s.is_empty())),
                    );
                    let refs: Vec<Option<&str>> = texts.iter().map(|t| t.as_deref()).collect();
                    *existing_values = text_values(&refs);
                }
            }
            return;
        }
        let mut extra = extra;
        if earlier > 0 {
            let pad = |n: usize| -> ExtraValues {
                match &extra.values {
                    ExtraValues::Number(_) => ExtraValues::Number(vec![None; n]),
                    ExtraValues::Date(_) => ExtraValues::Date(vec![None; n]),
                    ExtraValues::Text { levels, .. } => ExtraValues::Text {
                        levels: levels.clone(),
                        codes: vec![None; n],
                    },
                }
            };
            let mut padded = pad(earlier);
            match (&mut padded, extra.values) {
                (ExtraValues::Number(a), ExtraValues::Number(b)) => a.extend(b),
                (ExtraValues::Date(a), ExtraValues::Date(b)) => a.extend(b),
                (ExtraValues::Text { codes: a, .. }, ExtraValues::Text { codes: b, .. }) => {
                    a.extend(b)
                }
                _ => {}
            }
            extra.values = padded;
        }
        self.invoice_extra_index
            .insert(extra.name.clone(), self.invoice_extras.len());
        self.invoice_extras.push(extra);
    }

    #[allow(clippy::too_many_arguments)]
    fn ledger_customer_values(
        &mut self,
        customer: u32,
        cols: &Columns,
        i: usize,
        _row: usize,
        credit: &[Cell<f64>],
        terms: &[Cell<f64>],
        paperless: &[Cell<NaiveDate>],
        varying: &mut BTreeMap<CanonicalField, usize>,
    ) {
        use CanonicalField as F;
        let Some(c) = self.customers.get_mut(customer as usize) else {
            return;
        };
        let mut differs = |field: F| *varying.entry(field).or_insert(0) += 1;
        let mut set_text = |slot: &mut Option<String>, field: F| {
            if let Some(v) = cols.text(field, i) {
                match slot {
                    None => *slot = Some(v.to_string()),
                    Some(existing) if existing != v => differs(field),
                    _ => {}
                }
            }
        };
        set_text(&mut c.name, F::CustomerName);
        set_text(&mut c.group, F::CustomerGroup);
        set_text(&mut c.region, F::Region);
        if let Some(v) = credit.get(i).and_then(|x| x.ok()) {
            match c.credit_limit {
                None => c.credit_limit = Some(v),
                Some(existing) if (existing - v).abs() > 0.005 => {
                    *varying.entry(F::CreditLimit).or_insert(0) += 1
                }
                _ => {}
            }
        }
        if let Some(v) = terms.get(i).and_then(|x| x.ok()) {
            let v = v.round() as i32;
            match c.terms_days {
                None => c.terms_days = Some(v),
                Some(existing) if existing != v => *varying.entry(F::TermsDays).or_insert(0) += 1,
                _ => {}
            }
        }
        if let Some(v) = paperless.get(i).and_then(|x| x.ok()) {
            match c.paperless_since {
                None => c.paperless_since = Some(v),
                Some(existing) if existing != v => {
                    *varying.entry(F::PaperlessSince).or_insert(0) += 1
                }
                _ => {}
            }
        }
    }

    fn add_payments(
        &mut self,
        file: &'a PlannedFile,
        known: BTreeMap<String, DateFormat>,
    ) -> FileSummary {
        use CanonicalField as F;
        let mut cols = Columns::new(file, false, known);
        let source = file.table.source.as_str();
        let header = |f: F| file.mapping.column(f);
        let date_format = cols.date_format(F::PaymentDate).ok().flatten();
        let dates = cols.dates(F::PaymentDate, date_format);
        let amounts = cols.numbers(F::PaymentAmount);
        let label = date_format.map_or(tr("date"), |f| f.label()).to_string();
        let mut imported = 0usize;
        for i in 0..file.table.height() {
            let row = file.table.file_row(i);
            let required = [F::InvoiceId, F::PaymentDate, F::PaymentAmount];
            if cols.report_incomplete(&mut self.report, &required, i) {
                continue;
            }
            let Some(id) = cols.text(F::InvoiceId, i) else {
                continue;
            };
            let Some(payment_date) = dates[i].ok() else {
                self.report.push(
                    source,
                    Some(row),
                    header(F::PaymentDate),
                    cols.text(F::PaymentDate, i),
                    Problem::BadDate {
                        format: label.clone(),
                    },
                    Action::RowSkipped,
                );
                continue;
            };
            let Some(amount) = amounts[i].ok() else {
                self.report.push(
                    source,
                    Some(row),
                    header(F::PaymentAmount),
                    cols.text(F::PaymentAmount, i),
                    Problem::BadNumber,
                    Action::RowSkipped,
                );
                continue;
            };
            let Some(&invoice) = self.invoice_index.get(id) else {
                let problem = if self.credit_notes.contains_key(id) {
                    Problem::PaymentForCreditNote
                } else {
                    Problem::UnknownInvoice
                };
                self.report.push(
                    source,
                    Some(row),
                    header(F::InvoiceId),
                    Some(id),
                    problem,
                    Action::RowSkipped,
                );
                continue;
            };
            // An implausible payment is skipped; its invoice, whose settlement it would have
            // set, is not learned from.
            let implausible = if !self.plausible.date_ok(payment_date) {
                Some((F::PaymentDate, self.implausible_date()))
            } else if !self.plausible.amount_ok(amount) {
                Some((F::PaymentAmount, self.implausible_amount()))
            } else {
                None
            };
            if let Some((field, problem)) = implausible {
                self.report.push(
                    source,
                    Some(row),
                    header(field),
                    cols.text(field, i),
                    problem,
                    Action::RowSkipped,
                );
                if let Some(inv) = self.invoices.get_mut(invoice as usize) {
                    inv.trainable = false;
                }
                continue;
            }
            if amount == 0.0 {
                self.report.push(
                    source,
                    Some(row),
                    header(F::PaymentAmount),
                    cols.text(F::PaymentAmount, i),
                    Problem::ZeroPayment,
                    Action::RowSkipped,
                );
                continue;
            }
            if let Some(inv) = self
                .invoices
                .get_mut(invoice as usize)
                .filter(|inv| payment_date < inv.invoice_date)
            {
                self.report.push(
                    source,
                    Some(row),
                    header(F::PaymentDate),
                    cols.text(F::PaymentDate, i),
                    Problem::PaymentBeforeInvoice {
                        invoice_date: inv.invoice_date.to_string(),
                    },
                    Action::LeftOutOfTraining,
                );
                inv.trainable = false;
            }
            self.payments.push(Payment {
                invoice,
                payment_date,
                amount,
            });
            imported += 1;
        }
        summary(file, imported, std::mem::take(&mut cols.formats))
    }

    /// Settles each invoice on the day its payments first reach its amount.
    fn settle(&mut self) {
        self.payments.sort_by(|a, b| {
            a.invoice
                .cmp(&b.invoice)
                .then(a.payment_date.cmp(&b.payment_date))
        });
        let mut start = 0usize;
        while start < self.payments.len() {
            let invoice = self.payments[start].invoice;
            let mut end = start;
            while end < self.payments.len() && self.payments[end].invoice == invoice {
                end += 1;
            }
            if let Some(inv) = self.invoices.get_mut(invoice as usize) {
                let tolerance = settle_tolerance(inv.amount);
                // A cash discount taken in time settles the invoice at the discounted amount.
                let discount_until = inv.discount_days.and_then(|d| {
                    inv.invoice_date
                        .checked_add_days(chrono::Days::new(d.max(0) as u64))
                });
                let discounted = inv.amount * (1.0 - inv.discount_pct.unwrap_or(0.0) / 100.0);
                let mut paid = 0.0;
                let mut settled = None;
                for p in &self.payments[start..end] {
                    paid += p.amount;
                    let due_now = match discount_until {
                        Some(until) if p.payment_date <= until => discounted,
                        _ => inv.amount,
                    };
                    if settled.is_none() && paid >= due_now - tolerance {
                        settled = Some(p.payment_date);
                    }
                }
                // A refund after settlement reopens the invoice if it leaves it short.
                if paid < discounted.min(inv.amount) - tolerance {
                    settled = None;
                }
                inv.paid_amount = paid;
                inv.settled_date = settled;
                if paid > inv.amount + tolerance {
                    let origin = self.invoice_origin.get(invoice as usize).copied();
                    let file = origin
                        .and_then(|o| self.files.get(o.file))
                        .map_or("", |f| f.table.source.as_str());
                    let column = origin
                        .and_then(|o| self.files.get(o.file))
                        .and_then(|f| f.mapping.column(CanonicalField::InvoiceId));
                    self.report.push(
                        file,
                        origin.map(|o| o.row),
                        column,
                        Some(&inv.id),
                        Problem::Overpaid {
                            paid,
                            amount: inv.amount,
                        },
                        Action::Kept,
                    );
                }
            }
            start = end;
        }
    }

    fn report_currency_mix(&mut self) {
        let Some(main) = (0..self.currencies.len())
            .max_by_key(|&i| self.currency_counts.get(i).copied().unwrap_or(0))
        else {
            return;
        };
        let main_code = self.currencies.get(main).cloned().unwrap_or_default();
        for i in 0..self.currencies.len() {
            if i == main {
                continue;
            }
            let (Some(origin), Some(code)) = (
                self.currency_first.get(i).copied(),
                self.currencies.get(i).cloned(),
            ) else {
                continue;
            };
            let count = self.currency_counts.get(i).copied().unwrap_or(0);
            let (file, column) = self
                .files
                .get(origin.file)
                .map(|f| {
                    (
                        f.table.source.clone(),
                        f.mapping
                            .column(CanonicalField::Currency)
                            .map(str::to_string),
                    )
                })
                .unwrap_or_default();
            self.report.push(
                &file,
                Some(origin.row),
                column.as_deref(),
                Some(&code),
                Problem::CurrencyMix {
                    count,
                    main: main_code.clone(),
                },
                Action::Kept,
            );
        }
    }

    fn as_of(&self) -> NaiveDate {
        let invoices = self
            .invoices
            .iter()
            .flat_map(|i| [Some(i.invoice_date), i.settled_date])
            .flatten();
        let payments = self.payments.iter().map(|p| p.payment_date);
        invoices.chain(payments).max().unwrap_or(NaiveDate::MIN)
    }
}

/// Reads, plans and validates in one go (the CLI's path, and the GUI's for known layouts), with
/// the default [`ReadLimits`].
pub fn import_files(
    paths: &[PathBuf],
    mapping_file: Option<&MappingFile>,
    memory: Option<&MappingMemory>,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<(ImportPlan, Imported), ImportError> {
    import_files_limited(
        paths,
        mapping_file,
        memory,
        ReadLimits::default(),
        progress,
        cancel,
    )
}

/// [`import_files`] with the size limit the user set.
pub fn import_files_limited(
    paths: &[PathBuf],
    mapping_file: Option<&MappingFile>,
    memory: Option<&MappingMemory>,
    limits: ReadLimits,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<(ImportPlan, Imported), ImportError> {
    progress(Progress::new(tr("Reading files"), 0.0));
    let tables = read_files(paths, mapping_file, limits)?;
    if cancel.is_cancelled() {
        return Err(ImportError::Cancelled);
    }
    let plan = plan(tables, mapping_file, memory);
    let imported = validate(&plan, progress, cancel)?;
    Ok((plan, imported))
}

impl fmt::Display for ImportPlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for file in &self.files {
            writeln!(f, "{} → {}", file.table.source, file.role)?;
            for &field in file.role.fields() {
                match (file.mapping.column(field), file.confidence(field)) {
                    (Some(column), Some(confidence)) => writeln!(
                        f,
                        "  {:<30} ← \"{}\" ({:.0}%)",
                        field.label(),
                        column,
                        confidence * 100.0
                    )?,
                    (Some(column), None) => {
                        writeln!(f, "  {:<30} ← \"{}\"", field.label(), column)?
                    }
                    (None, _) => {
                        let note = if file.role.required().contains(&field) {
                            tr("(required: not found)")
                        } else {
                            tr("(not in file)")
                        };
                        writeln!(f, "  {:<30}   {note}", field.label())?
                    }
                }
            }
        }
        Ok(())
    }
}
