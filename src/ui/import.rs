//! The import screen: choose files, check how each was read and mapped (role, the column of
//! each field with its confidence, date formats to decide), import, and read the import report
//! with every problem found (filterable).

use super::Screens;
use super::widgets::{count, header_titles};
use crate::app::JobKind;
use crate::app::{AppState, Command};
use crate::data::import::PlannedFile;
use crate::data::mapping::TableRole;
use crate::data::parse::DateFormat;
use crate::data::raw::SkippedSheet;
use crate::data::report::ImportReport;
use crate::i18n::{tr, trf};
use egui_extras::{Column, TableBuilder};

pub fn import_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
) {
    ui.heading(tr("Import"));
    ui.label(tr(
        "Choose your company's history as CSV or Excel files: customers, invoices and payments \
         as three tables, or one invoice ledger that has the date each invoice was paid. \
         Columns are matched automatically (English, Swedish and Dutch names, and the exports \
         of Dynamics 365, Business Central, SAP, QuickBooks and Xero); check the matches \
         below before importing.",
    ));
    ui.horizontal(|ui| {
        if ui.button(tr("Choose files…")).clicked() {
            commands.push(Command::PickFiles);
        }
        if ui.button(tr("Use the sample data")).clicked() {
            commands.push(Command::LoadSample);
        }
    });
    ui.separator();
    if state.pending.is_some() {
        pending_ui(ui, state, commands);
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("imported")
        .max_height(ui.available_height() * 0.5)
        .show(ui, |ui| understood_ui(ui, state, commands));
    report_ui(ui, state, screens);
}

/// What the last import understood of each file: its role, the column of each field with how
/// sure the match was, and how its dates and numbers were read; and the way to correct it.
fn understood_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let Some(data) = state.data() else {
        return;
    };
    let review = &data.review;
    let busy = state.busy_with(&[JobKind::Import]);
    if state.import_hint {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr("Your files are imported. Check what was understood of each below; if a column is wrong, change the mapping and import again."),
        );
    }
    ui.horizontal_wrapped(|ui| {
        ui.strong(tr("What was understood"));
        ui.label(match review.form {
            crate::data::tables::ImportForm::Ledger => tr("One invoice ledger with paid dates."),
            crate::data::tables::ImportForm::ThreeTables => {
                tr("Separate tables (customers, invoices, payments).")
            }
        });
        if !data.is_sample
            && ui
                .add_enabled(
                    !busy,
                    egui::Button::new(tr("Change the mapping and import again…")),
                )
                .on_hover_text(tr(
                    "Read the same files again and show the mapping to correct",
                ))
                .clicked()
        {
            commands.push(Command::ImportFiles(data.files.clone()));
        }
    });
    for (index, file) in review.files.iter().enumerate() {
        let formats = data
            .imported
            .report
            .files
            .iter()
            .find(|f| f.file == file.source)
            .map(|f| &f.column_formats);
        egui::CollapsingHeader::new(trf(
            "{file}: {role}, {rows} rows",
            &[
                ("file", &file.source),
                ("role", &file.role.label()),
                ("rows", &count(file.rows)),
            ],
        ))
        .id_salt(("understood", index))
        .default_open(!data.is_sample)
        .show(ui, |ui| {
            egui::Grid::new(("understood_grid", index))
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    ui.strong(tr("Field"));
                    ui.strong(tr("Column in the file"));
                    ui.strong(tr("Match"));
                    ui.strong(tr("Read as"));
                    ui.end_row();
                    for f in &file.fields {
                        if f.column.is_none() && !f.required {
                            continue;
                        }
                        ui.label(f.field.label());
                        match &f.column {
                            Some(c) => ui.label(c),
                            None => ui.colored_label(ui.visuals().error_fg_color, tr("(none)")),
                        };
                        match (f.column.is_some(), f.confidence) {
                            (true, Some(c)) => ui.label(crate::data::format::percent(f64::from(c))),
                            (true, None) => ui.label(tr("your choice")),
                            _ => ui.label(""), // i18n: not text
                        };
                        let read_as = f
                            .column
                            .as_ref()
                            .and_then(|c| formats.and_then(|m| m.get(c)))
                            .map(ToString::to_string)
                            .unwrap_or_default();
                        ui.label(read_as);
                        ui.end_row();
                    }
                });
            if !file.other_columns.is_empty() {
                ui.add(
                    egui::Label::new(trf(
                        "Other columns, kept as candidate fields: {columns}",
                        &[("columns", &file.other_columns.join(", "))],
                    ))
                    .wrap(),
                );
            }
        });
    }
    ui.add_space(6.0);
}

/// The files waiting to be imported: role and column mapping per file.
fn pending_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let Some(plan) = &state.pending else {
        return;
    };
    let busy = state.busy_with(&[JobKind::Import]);
    ui.strong(trf(
        "Check the mapping of {files} file(s), then import",
        &[("files", &plan.files.len())],
    ));
    ui.label(match plan.form() {
        crate::data::tables::ImportForm::Ledger => tr("Form: one invoice ledger with paid dates."),
        crate::data::tables::ImportForm::ThreeTables => {
            tr("Form: separate tables (customers, invoices, payments).")
        }
    });
    if !state.ambiguous.is_empty() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.strong(tr("Choose how these dates are written"));
            for a in &state.ambiguous {
                ui.horizontal(|ui| {
                    let examples = a.examples.join(", ");
                    let text = match &a.hint {
                        Some((other, format)) => trf(
                            "{file}, column \"{column}\": dates like {examples} (column \"{other_column}\" reads {other_format})",
                            &[
                                ("file", &a.file),
                                ("column", &a.column),
                                ("examples", &examples),
                                ("other_column", other),
                                ("other_format", format),
                            ],
                        ),
                        None => trf(
                            "{file}, column \"{column}\": dates like {examples}",
                            &[
                                ("file", &a.file),
                                ("column", &a.column),
                                ("examples", &examples),
                            ],
                        ),
                    };
                    ui.label(text);
                    let file = plan.files.iter().position(|f| f.table.source == a.file);
                    for (label, format) in [
                        (tr("Month first (M/D/YYYY)"), DateFormat::MonthDayYear),
                        (tr("Day first (D/M/YYYY)"), DateFormat::DayMonthYear),
                    ] {
                        if ui.button(label).clicked()
                            && let Some(file) = file
                        {
                            commands.push(Command::SetDateFormat {
                                file,
                                column: a.column.clone(),
                                format,
                            });
                        }
                    }
                });
            }
        });
    }
    skipped_sheets_ui(ui, &plan.skipped);
    let missing: usize = plan.files.iter().map(|f| f.missing_required().len()).sum();
    ui.horizontal(|ui| {
        let can_import = !busy && missing == 0 && state.ambiguous.is_empty();
        if ui
            .add_enabled(can_import, egui::Button::new(tr("Import these files")))
            .on_disabled_hover_text(tr("Choose a column for every required field (marked *) and the order of ambiguous dates first"))
            .clicked()
        {
            commands.push(Command::RunImport);
        }
        if ui.add_enabled(!busy, egui::Button::new(tr("Discard"))).clicked() {
            commands.push(Command::DiscardImport);
        }
        if missing > 0 {
            ui.colored_label(
                ui.visuals().error_fg_color,
                trf(
                    "{missing} required field(s) have no column",
                    &[("missing", &missing)],
                ),
            );
        }
    });
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt("import_files")
        .show(ui, |ui| {
            for (index, file) in plan.files.iter().enumerate() {
                file_mapping_ui(ui, index, file, commands);
                ui.add_space(8.0);
            }
        });
}

/// The sheets of the workbooks that hold no table, each with why and its first cells.
fn skipped_sheets_ui(ui: &mut egui::Ui, skipped: &[SkippedSheet]) {
    for sheet in skipped {
        ui.label(trf(
            "Sheet skipped: {sheet}: {reason}",
            &[
                ("sheet", &sheet.described()),
                ("reason", &sheet.reason.message()),
            ],
        ));
    }
}

fn file_mapping_ui(
    ui: &mut egui::Ui,
    index: usize,
    file: &PlannedFile,
    commands: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.strong(&file.table.source);
            ui.label(trf("{rows} rows", &[("rows", &count(file.table.height()))]));
            if file.table.header_row > 1 {
                ui.label(trf(
                    "header on row {row}",
                    &[("row", &file.table.header_row)],
                ));
            }
            let holds = ui.label(tr("holds:"));
            let mut role = file.role;
            egui::ComboBox::from_id_salt(("role", index))
                .selected_text(role.label())
                .show_ui(ui, |ui| {
                    for r in TableRole::ALL {
                        ui.selectable_value(&mut role, r, r.label());
                    }
                })
                .response
                .labelled_by(holds.id);
            if role != file.role {
                commands.push(Command::SetRole { file: index, role });
            }
        });
        let first_row = file.table.preview(1).into_iter().next().unwrap_or_default();
        egui::Grid::new(("mapping", index))
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                ui.strong(tr("Field"));
                ui.strong(tr("Column in the file"));
                ui.strong(tr("Match"));
                ui.strong(tr("First value"));
                ui.end_row();
                for &field in file.role.fields() {
                    let required = file.role.required().contains(&field);
                    let label = if required {
                        format!("{} *", field.label())
                    } else {
                        field.label().to_string()
                    };
                    let current = file.mapping.column(field).map(str::to_string);
                    let field_label = if required && current.is_none() {
                        ui.colored_label(ui.visuals().error_fg_color, label)
                    } else {
                        ui.label(label)
                    };
                    let mut chosen = current.clone();
                    egui::ComboBox::from_id_salt(("column", index, field.key()))
                        .width(220.0)
                        .selected_text(chosen.as_deref().unwrap_or(tr("(none)")))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut chosen, None, tr("(none)"));
                            for header in &file.table.headers {
                                ui.selectable_value(&mut chosen, Some(header.clone()), header);
                            }
                        })
                        .response
                        .labelled_by(field_label.id);
                    if chosen != current {
                        commands.push(Command::SetColumn {
                            file: index,
                            field,
                            column: chosen.clone(),
                        });
                    }
                    match (
                        current.is_some(),
                        file.matches.iter().find(|m| m.field == field),
                    ) {
                        (true, Some(m)) if m.chosen_by_user => ui.label(tr("your choice")),
                        (true, Some(m)) => {
                            ui.label(crate::data::format::percent(f64::from(m.confidence)))
                        }
                        _ => ui.label(""), // i18n: not text
                    };
                    let value = current
                        .as_deref()
                        .and_then(|c| file.table.headers.iter().position(|h| h == c))
                        .and_then(|i| first_row.get(i))
                        .cloned()
                        .unwrap_or_default();
                    ui.label(value);
                    ui.end_row();
                }
            });
        let mapped: Vec<&String> = file.mapping.columns.values().collect();
        let extra: Vec<&str> = file
            .table
            .headers
            .iter()
            .filter(|h| !mapped.contains(h))
            .map(String::as_str)
            .collect();
        if !extra.is_empty() {
            ui.label(trf(
                "Other columns, kept as candidate fields: {columns}",
                &[("columns", &extra.join(", "))],
            ));
        }
    });
}

/// The tables the import skipped more than 5% of the rows of, first of all: the share, the
/// most common reason and what to do.
fn heavy_skips_ui(ui: &mut egui::Ui, report: &ImportReport) {
    let heavy = report.heavy_skips();
    if heavy.is_empty() {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.colored_label(
            ui.visuals().error_fg_color,
            egui::RichText::new(tr("Many rows were skipped")).strong(),
        );
        for skip in &heavy {
            ui.add(egui::Label::new(skip.to_string()).wrap());
        }
    });
    ui.add_space(6.0);
}

/// How the last import read each file, and its report.
fn report_ui(ui: &mut egui::Ui, state: &AppState, screens: &mut Screens) {
    let Some(data) = state.data() else {
        return;
    };
    let report = &data.imported.report;
    heavy_skips_ui(ui, report);
    ui.strong(tr("Files read"));
    for file in &report.files {
        let mut line = trf(
            "{file} — {role} ({format}): {imported} of {read} rows imported",
            &[
                ("file", &file.file),
                ("role", &file.role),
                ("format", &file.format),
                ("imported", &count(file.rows_imported)),
                ("read", &count(file.rows_read)),
            ],
        );
        if file.header_row > 1 {
            line = trf(
                "{line}; header found on row {row}",
                &[("line", &line), ("row", &file.header_row)],
            );
        }
        ui.label(line);
    }
    ui.add_space(6.0);
    if report.issues.is_empty() {
        ui.label(tr("Import report: no problems found."));
        return;
    }
    ui.horizontal(|ui| {
        ui.strong(trf(
            "Import report: {issues} issues",
            &[("issues", &count(report.issues.len()))],
        ));
        ui.label(tr("Filter:"));
        ui.add(
            egui::TextEdit::singleline(&mut screens.report_filter)
                .hint_text(tr("file, column, value or problem")),
        );
    });
    let filter = screens.report_filter.to_lowercase();
    let rows: Vec<usize> = report
        .issues
        .iter()
        .enumerate()
        .filter(|(_, issue)| {
            filter.is_empty() || issue.to_string().to_lowercase().contains(&filter)
        })
        .map(|(i, _)| i)
        .collect();
    TableBuilder::new(ui)
        .id_salt("report")
        .striped(true)
        .resizable(true)
        .column(Column::auto().at_least(100.0))
        .column(Column::auto().at_least(40.0))
        .column(Column::auto().at_least(100.0))
        .column(Column::auto().at_least(100.0))
        .column(Column::auto().at_least(250.0))
        .column(Column::remainder())
        .header(22.0, |mut header| {
            header_titles(
                &mut header,
                &[
                    tr("File"),
                    tr("Row"),
                    tr("Column"),
                    tr("Value"),
                    tr("Problem"),
                    tr("What was done"),
                ],
            );
        })
        .body(|body| {
            body.rows(20.0, rows.len(), |mut row| {
                let Some(issue) = rows.get(row.index()).and_then(|&i| report.issues.get(i)) else {
                    return;
                };
                let cells = [
                    issue.file.clone(),
                    issue.row.map(|r| r.to_string()).unwrap_or_default(),
                    issue.column.clone().unwrap_or_default(),
                    issue.value.clone().unwrap_or_default(),
                    issue.problem.to_string(),
                    issue.action.to_string(),
                ];
                for cell in cells {
                    row.col(|ui| {
                        ui.label(cell);
                    });
                }
            });
        });
}
