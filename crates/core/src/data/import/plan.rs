//! The plan: each file's role and column mapping, decided automatically, from a mapping file
//! or from a remembered layout, and changed by the user before [`validate`] reads the values.

use crate::data::mapping::{
    CanonicalField, FieldMatch, FileMapping, MappingFile, MappingMemory, TableRole, auto_map,
    guess_role,
};
use crate::data::raw::{
    FileRead, RawTable, ReadError, ReadLimits, SheetSkip, SkippedSheet, SourceFormat, read_file,
};
use crate::data::tables::ImportForm;
use crate::i18n::{tr, trf};
use std::fmt;
use std::path::PathBuf;

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
    /// Sheets of the workbooks that hold no table to import (a cover, notes, an empty sheet).
    pub skipped: Vec<SkippedSheet>,
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
            mapping.file = Some(crate::data::raw::display_name(&planned.table.path));
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

/// Reads files (CSV or workbooks) for [`plan`]: every sheet of a workbook, or the sheets the
/// mapping file names for it (one per table). Files over the limits are refused before they
/// are read.
pub fn read_files(
    paths: &[PathBuf],
    mapping_file: Option<&MappingFile>,
    limits: ReadLimits,
) -> Result<FileRead, ReadError> {
    let mut read = FileRead::default();
    for path in paths {
        let name = crate::data::raw::display_name(path);
        let mut sheets: Vec<String> = Vec::new();
        if let Some(m) = mapping_file {
            for role in TableRole::ALL {
                let named = m
                    .get(role)
                    .filter(|fm| fm.file.as_deref() == Some(name.as_str()))
                    .and_then(|fm| fm.sheet.clone());
                if let Some(sheet) = named
                    && !sheets.contains(&sheet)
                {
                    sheets.push(sheet);
                }
            }
        }
        let file = read_file(path, &sheets, limits)?;
        read.tables.extend(file.tables);
        read.skipped.extend(file.skipped);
    }
    Ok(read)
}

/// Whether a mapping file's entry is for this table: its file (and sheet, when it names one).
fn names_table(mapping: &FileMapping, table: &RawTable) -> bool {
    let Some(file) = mapping.file.as_deref() else {
        return false;
    };
    let file_fits = file == table.source
        || crate::data::raw::display_name(&table.path) == file
        || table.source.starts_with(file);
    let sheet_fits = match (&mapping.sheet, &table.format) {
        (Some(wanted), SourceFormat::Excel { sheet, .. }) => wanted == sheet,
        _ => true,
    };
    file_fits && sheet_fits
}

/// A sheet of a workbook with several whose columns fit no table at all (not one required
/// field of any role found): a cover or notes sheet, skipped rather than guessed at.
fn holds_no_table(table: &RawTable) -> bool {
    let several_sheets =
        matches!(&table.format, SourceFormat::Excel { sheets, .. } if sheets.len() > 1);
    several_sheets
        && TableRole::ALL.iter().all(|&role| {
            let matches = auto_map(table, role);
            !role
                .required()
                .iter()
                .any(|f| matches.iter().any(|m| m.field == *f))
        })
}

/// Decides each file's role and mapping: a mapping file's entry (by file name, else the entry
/// whose columns the file has) wins over a layout remembered earlier, which wins over the
/// automatic match. Fields a mapping leaves out are matched automatically.
pub fn plan(
    read: impl Into<FileRead>,
    mapping_file: Option<&MappingFile>,
    memory: Option<&MappingMemory>,
) -> ImportPlan {
    let FileRead {
        tables,
        mut skipped,
    } = read.into();
    let mut files = Vec::new();
    for table in tables {
        let from_file = mapping_file.and_then(|m| {
            let by_name = TableRole::ALL.iter().find_map(|role| {
                m.get(*role)
                    .filter(|fm| names_table(fm, &table))
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
            None if holds_no_table(&table) => {
                skipped.push(SkippedSheet {
                    source: table.source.clone(),
                    sheet: match &table.format {
                        SourceFormat::Excel { sheet, .. } => sheet.clone(),
                        SourceFormat::Csv(_) => String::new(),
                    },
                    first_cells: table.headers.iter().take(4).cloned().collect(),
                    reason: SheetSkip::NoTable,
                });
                continue;
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
    ImportPlan { files, skipped }
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
        for sheet in &self.skipped {
            writeln!(
                f,
                "{}",
                trf(
                    "{sheet}: skipped, {reason}",
                    &[
                        ("sheet", &sheet.described()),
                        ("reason", &sheet.reason.message())
                    ]
                )
            )?;
        }
        Ok(())
    }
}
