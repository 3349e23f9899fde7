//! The import screen: choose files, see how each was read and mapped, and the import report
//! with every problem found (filterable).

use super::widgets::count;
use crate::app::{AppState, Command};
use egui_extras::{Column, TableBuilder};

pub fn import_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    ui.heading("Import");
    ui.label(
        "Choose your company's history as CSV or Excel files: customers, invoices and payments \
         as three tables, or one invoice ledger that has the date each invoice was paid. \
         Columns are matched automatically (English, Swedish and Dutch names).",
    );
    ui.horizontal(|ui| {
        if ui.button("Choose files…").clicked() {
            commands.push(Command::PickFiles);
        }
        if ui.button("Use the sample data").clicked() {
            commands.push(Command::ImportFiles(crate::app::sample_files()));
        }
    });
    ui.separator();
    let Some(data) = &state.data else {
        return;
    };
    let report = &data.imported.report;
    ui.strong("Files read");
    for file in &report.files {
        ui.label(format!(
            "{} — {} ({}): {} of {} rows imported",
            file.file,
            file.role,
            file.format,
            count(file.rows_imported),
            count(file.rows_read)
        ));
    }
    ui.add_space(6.0);
    if report.issues.is_empty() {
        ui.label("Import report: no problems found.");
        return;
    }
    ui.horizontal(|ui| {
        ui.strong(format!(
            "Import report: {} issues",
            count(report.issues.len())
        ));
        ui.label("Filter:");
        ui.add(
            egui::TextEdit::singleline(&mut state.report_filter)
                .hint_text("file, column, value or problem"),
        );
    });
    let filter = state.report_filter.to_lowercase();
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
            for name in ["File", "Row", "Column", "Value", "Problem", "What was done"] {
                header.col(|ui| {
                    ui.strong(name);
                });
            }
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
