//! The Settings screen: theme, language, the red-flag threshold and the rates of the discount's
//! cost/benefit, and where data and models are kept (each folder with a button that shows it in
//! the file manager). Changes apply at once and are saved.

use super::widgets::{labelled_drag, percent_drag};
use crate::app::storage::{AppSettings, Theme};
use crate::app::{AppState, Command};
use crate::i18n::{Language, tr, trf};
use std::path::Path;

/// Draws the Settings screen.
pub fn settings_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let mut settings = state.settings.clone();
    let mut changed = false;
    egui::ScrollArea::vertical()
        .id_salt("settings_screen")
        .show(ui, |ui| {
            ui.heading(tr("Settings"));
            ui.label(tr("Changes apply at once and are kept for the next start."));
            ui.add_space(8.0);
            changed |= appearance_ui(ui, &mut settings);
            changed |= importing_ui(ui, &mut settings);
            changed |= rates_ui(ui, &mut settings);
            folders_ui(ui, state, commands);
            data_ui(ui, state, commands);
        });
    if changed {
        commands.push(Command::UpdateSettings(settings));
    }
}

/// Theme, language and file chooser; whether any changed.
fn appearance_ui(ui: &mut egui::Ui, settings: &mut AppSettings) -> bool {
    let mut changed = false;
    ui.strong(tr("Appearance"));
    egui::Grid::new("settings_look")
        .num_columns(2)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            ui.label(tr("Theme"));
            ui.horizontal(|ui| {
                for (theme, label) in [
                    (Theme::System, tr("Like the system")),
                    (Theme::Light, tr("Light")),
                    (Theme::Dark, tr("Dark")),
                ] {
                    changed |= ui
                        .radio_value(&mut settings.theme, theme, label)
                        .changed();
                }
            });
            ui.end_row();
            let id = ui.label(tr("Language")).id;
            egui::ComboBox::from_id_salt("language")
                .selected_text(settings.language.native_name())
                .show_ui(ui, |ui| {
                    for language in Language::ALL {
                        changed |= ui
                            .selectable_value(
                                &mut settings.language,
                                language,
                                language.native_name(),
                            )
                            .changed();
                    }
                })
                .response
                .labelled_by(id);
            ui.end_row();
            ui.label(tr("Choosing files"));
            changed |= ui
                .checkbox(
                    &mut settings.builtin_file_chooser,
                    tr("Use the app's own file chooser"),
                )
                .on_hover_text(tr(
                    "Instead of the system's file dialog: for computers where that dialog does not open",
                ))
                .changed();
            ui.end_row();
        });
    ui.add_space(12.0);

    changed
}

/// The largest file an import reads; whether it changed.
fn importing_ui(ui: &mut egui::Ui, settings: &mut AppSettings) -> bool {
    let mut changed = false;
    ui.strong(tr("Importing"));
    egui::Grid::new("settings_import")
        .num_columns(2)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            changed |= labelled_drag(
                ui,
                tr("Largest file to import (MB)"),
                &mut settings.import_limits.max_file_mb,
                |d| d.range(1..=65_536).speed(10.0).suffix(" MB"),
            )
            .changed();
            ui.end_row();
        });
    ui.label(
        egui::RichText::new(tr(
            "Larger files are refused, saying the memory they would need: a CSV file needs about nine times its size.",
        ))
        .weak(),
    );
    ui.add_space(12.0);

    changed
}

/// The flag threshold and the rates of the discount's cost and benefit; whether any changed.
fn rates_ui(ui: &mut egui::Ui, settings: &mut AppSettings) -> bool {
    let mut changed = false;
    ui.strong(tr("Predictions"));
    egui::Grid::new("settings_rates")
        .num_columns(2)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            changed |= percent_drag(
                ui,
                tr("Flag for collections when P(on time) is below"),
                &mut settings.rates.flag_threshold,
                |d| d.range(1.0..=99.0).speed(0.5).max_decimals(0),
            )
            .changed();
            ui.end_row();
            changed |= percent_drag(
                ui,
                tr("Cost of capital (% a year)"),
                &mut settings.rates.cost_of_capital,
                |d| d.range(0.0..=100.0).speed(0.1),
            )
            .changed();
            ui.end_row();
            changed |= percent_drag(
                ui,
                tr("Bad-debt rate of very late amounts"),
                &mut settings.rates.bad_debt_rate,
                |d| d.range(0.0..=100.0).speed(0.1),
            )
            .changed();
            ui.end_row();
        });
    ui.label(
        egui::RichText::new(tr(
            "The cost of capital values cash that arrives sooner; the bad-debt rate is the share of very late amounts never collected. Both weigh a cash discount's cost against its benefit on the What-if screen.",
        ))
        .weak(),
    );
    if ui.button(tr("Restore the default rates")).clicked() {
        settings.rates = AppSettings::default().rates;
        changed = true;
    }
    ui.add_space(12.0);

    changed
}

/// Where settings, mappings, policies and models are kept.
fn folders_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.strong(tr("Where your data is kept"));
    match &state.data_dir {
        Some(dir) => {
            ui.label(tr(
                "Settings, remembered column mappings, policies and models are saved in this folder on this computer; nothing leaves it.",
            ));
            // One grid, so both paths and both buttons line up.
            egui::Grid::new("settings_folders")
                .num_columns(3)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    folder_ui(ui, tr("Data folder"), dir, commands);
                    // The path only: opening the store would create its folder every frame.
                    let models = state.models_dir();
                    folder_ui(ui, tr("Models of the data in use"), &models, commands);
                });
        }
        None => {
            ui.label(tr(
                "No data folder could be found or created, so settings and models are not kept after the app closes.",
            ));
        }
    }
    ui.add_space(12.0);
}

/// Which data is open, and a way back to the sample data.
fn data_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.strong(tr("Data"));
    match state.data() {
        Some(data) if data.is_sample => {
            ui.label(tr("The bundled sample data is open."));
        }
        Some(data) => {
            ui.label(trf(
                "Your files are open and will be opened again at the next start: {files}",
                &[(
                    "files",
                    &data
                        .files
                        .iter()
                        .map(|f| f.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                )],
            ));
            if ui.button(tr("Open the sample data instead")).clicked() {
                commands.push(Command::LoadSample);
            }
        }
        None => {
            ui.label(tr("No data is open."));
        }
    }
}

/// A grid row: a folder's caption, its path (selectable, to copy) and a button that shows it in
/// the file manager.
fn folder_ui(ui: &mut egui::Ui, caption: &str, folder: &Path, commands: &mut Vec<Command>) {
    let id = ui.label(caption).id;
    // A `&str` buffer: selectable and copyable, not editable; as wide as the path.
    let path = folder.display().to_string();
    let mut text = path.as_str();
    ui.add(
        egui::TextEdit::singleline(&mut text)
            .desired_width(120.0)
            .clip_text(false),
    )
    .labelled_by(id)
    .on_hover_text(tr("Select the path to copy it"));
    let open = ui
        .button(tr("Open folder"))
        .on_hover_text(tr("Show this folder in your file manager"));
    // Two buttons read "Open folder": screen readers hear which folder each opens.
    let name = trf("Open folder: {folder}", &[("folder", &caption)]);
    ui.ctx()
        .accesskit_node_builder(open.id, |node| node.set_label(name));
    if open.clicked() {
        commands.push(Command::OpenFolder(folder.to_path_buf()));
    }
    ui.end_row();
}
