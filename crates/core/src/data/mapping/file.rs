//! Mapping files: one file's mapping (columns, date formats, decimal separators) and the TOML
//! file the CLI reads them from, one table per role.

use super::*;
use crate::data::parse::{DateFormat, DecimalSeparator};
use crate::data::raw::RawTable;
use crate::i18n::{tr, trf};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The mapping of one file: its role, the column of each field, and any user decisions about
/// how to read its values. Serialised in mapping files as a TOML table per role.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FileMapping {
    /// The file this applies to (its name); empty: the file whose columns fit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The worksheet of a workbook.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// Field key (`invoice_date`) → column name.
    pub columns: BTreeMap<String, String>,
    /// Column name → date format label, for columns whose format the user chose.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub date_formats: BTreeMap<String, String>,
    /// Column name → decimal separator, where the user chose it.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub decimal: BTreeMap<String, DecimalSeparator>,
}

impl FileMapping {
    /// The column mapped to a field, if any.
    pub fn column(&self, field: CanonicalField) -> Option<&str> {
        self.columns.get(field.key()).map(String::as_str)
    }

    pub fn set(&mut self, field: CanonicalField, column: Option<String>) {
        match column {
            Some(column) => {
                self.columns.insert(field.key().to_string(), column);
            }
            None => {
                self.columns.remove(field.key());
            }
        }
    }

    /// The date format the user chose for a column.
    pub fn date_format(&self, column: &str) -> Option<DateFormat> {
        self.date_formats
            .get(column)
            .and_then(|label| DateFormat::from_label(label))
    }

    /// Builds a mapping from automatic matches.
    pub fn from_matches(matches: &[FieldMatch]) -> FileMapping {
        let mut mapping = FileMapping::default();
        for m in matches {
            mapping.set(m.field, Some(m.column.clone()));
        }
        mapping
    }

    /// Does every mapped column exist in this table?
    pub fn fits(&self, table: &RawTable) -> bool {
        !self.columns.is_empty()
            && self
                .columns
                .values()
                .all(|c| table.headers.iter().any(|h| h == c))
    }
}

/// A mapping file: one [`FileMapping`] per role.
///
/// ```toml
/// [invoices]
/// file = "ar_export.csv"
/// [invoices.columns]
/// invoice_id = "Fakturanr"
/// invoice_date = "Fakturadatum"
/// [invoices.date_formats]
/// Fakturadatum = "D/M/YYYY"
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MappingFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customers: Option<FileMapping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoices: Option<FileMapping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payments: Option<FileMapping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ledger: Option<FileMapping>,
}

/// A mapping file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum MappingFileError {
    #[error(
        "{}",
        trf(
            "Cannot read the mapping file {file}: {reason}. Check the path given with --mapping.",
            &[("file", &.file), ("reason", &crate::data::raw::io_reason(.error))]
        )
    )]
    Io { file: String, error: std::io::Error },
    /// `detail` is the TOML reader's own text, kept for debugging and never shown.
    #[error(
        "{}",
        trf(
            "The mapping file {file} is not valid TOML at {place}. Check the [section] headers, the quotes and the = signs there, or write the file again with --save-mapping.",
            &[("file", &.file), ("place", &.place)]
        )
    )]
    Syntax {
        file: String,
        place: String,
        detail: String,
    },
    #[error(
        "{}",
        trf(
            "The mapping file {file} names an unknown field \"{key}\" under [{role}.columns]. Known fields: {known}.",
            &[("file", &.file), ("key", &.key), ("role", &.role), ("known", &.known)]
        )
    )]
    UnknownField {
        file: String,
        role: String,
        key: String,
        known: String,
    },
    #[error(
        "{}",
        trf(
            "The mapping file {file} gives an unknown date format \"{value}\" for column \"{column}\". Use one of: {known}.",
            &[
                ("file", &.file),
                ("value", &.value),
                ("column", &.column),
                ("known", &.known)
            ]
        )
    )]
    UnknownDateFormat {
        file: String,
        column: String,
        value: String,
        known: String,
    },
}

impl MappingFile {
    pub fn get(&self, role: TableRole) -> Option<&FileMapping> {
        match role {
            TableRole::Customers => self.customers.as_ref(),
            TableRole::Invoices => self.invoices.as_ref(),
            TableRole::Payments => self.payments.as_ref(),
            TableRole::Ledger => self.ledger.as_ref(),
        }
    }

    pub fn set(&mut self, role: TableRole, mapping: FileMapping) {
        let slot = match role {
            TableRole::Customers => &mut self.customers,
            TableRole::Invoices => &mut self.invoices,
            TableRole::Payments => &mut self.payments,
            TableRole::Ledger => &mut self.ledger,
        };
        *slot = Some(mapping);
    }

    /// Parses and checks a mapping file's text; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<MappingFile, MappingFileError> {
        let parsed: MappingFile = toml::from_str(text).map_err(|e| {
            // Where the error is: the message alone does not say.
            let line = e
                .span()
                .map(|span| text.get(..span.start).unwrap_or(text).matches('\n').count() + 1);
            MappingFileError::Syntax {
                file: file.to_string(),
                place: match line {
                    Some(line) => trf("line {line}", &[("line", &line)]),
                    None => tr("an unknown line").to_string(),
                },
                detail: e.message().trim().to_string(),
            }
        })?;
        for role in TableRole::ALL {
            let Some(mapping) = parsed.get(role) else {
                continue;
            };
            for key in mapping.columns.keys() {
                let known = CanonicalField::from_key(key);
                if known.is_none_or(|f| !role.fields().contains(&f)) {
                    return Err(MappingFileError::UnknownField {
                        file: file.to_string(),
                        role: role_key(role).to_string(),
                        key: key.clone(),
                        known: role
                            .fields()
                            .iter()
                            .map(|f| f.key())
                            .collect::<Vec<_>>()
                            .join(", "),
                    });
                }
            }
            for (column, value) in &mapping.date_formats {
                if DateFormat::from_label(value).is_none() {
                    return Err(MappingFileError::UnknownDateFormat {
                        file: file.to_string(),
                        column: column.clone(),
                        value: value.clone(),
                        known: DateFormat::ALL
                            .iter()
                            .map(|f| f.label())
                            .collect::<Vec<_>>()
                            .join(", "),
                    });
                }
            }
        }
        Ok(parsed)
    }

    /// Reads a mapping file from disk.
    pub fn load(path: &std::path::Path) -> Result<MappingFile, MappingFileError> {
        let file = crate::data::raw::display_name(path);
        let text = std::fs::read_to_string(path).map_err(|error| MappingFileError::Io {
            file: file.clone(),
            error,
        })?;
        MappingFile::parse(&file, &text)
    }

    /// The TOML text of this mapping (what the CLI prints and `--mapping` reads).
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_default()
    }
}

/// The key of a role in mapping files.
pub fn role_key(role: TableRole) -> &'static str {
    match role {
        TableRole::Customers => "customers",
        TableRole::Invoices => "invoices",
        TableRole::Payments => "payments",
        TableRole::Ledger => "ledger",
    }
}
