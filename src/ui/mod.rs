//! The screens. Each reads [`AppState`] and pushes [`Command`]s; none changes data itself.

pub mod chooser;
pub mod customer;
pub mod data;
pub mod drop;
pub mod fields;
pub mod import;
pub mod look_back;
pub mod policies;
pub mod predictions;
pub mod settings;
pub mod training;
pub mod what_if;
pub mod widgets;

use crate::app::{AppState, Command, Screen};
use crate::i18n::tr;

/// The whole window: title bar, navigation, the current screen, and job progress.
pub fn root_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    egui::Panel::top("title_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading("Payment Insights"); // i18n: not text (the product name)
            ui.separator();
            match &state.data {
                Some(data) if data.is_sample => {
                    ui.label(tr("Sample data"));
                }
                Some(data) => {
                    let names: Vec<String> = data
                        .files
                        .iter()
                        .map(|f| crate::data::raw::display_name(f))
                        .collect();
                    ui.label(names.join(", "));
                }
                None => {
                    ui.label(tr("No data loaded"));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(tr("Import your own data…"))
                    .on_hover_text(tr("Choose CSV or Excel files: customers, invoices and payments, or one invoice ledger with a paid date"))
                    .clicked()
                {
                    commands.push(Command::PickFiles);
                }
            });
        });
    });
    if let Some(job) = &state.job {
        egui::Panel::bottom("job").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(&job.title);
                ui.add(
                    egui::ProgressBar::new(job.progress().fraction)
                        .text(job.progress().stage.as_str())
                        .desired_width(400.0),
                );
                if ui.button(tr("Cancel")).clicked() {
                    commands.push(Command::CancelJob);
                }
            });
        });
    } else if let Some(notice) = state.notice.clone() {
        egui::Panel::bottom("notice").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(notice);
                if ui.small_button(tr("OK")).clicked() {
                    state.notice = None;
                }
            });
        });
    }
    egui::Panel::left("navigation")
        .resizable(false)
        .exact_size(150.0)
        .show(ui, |ui| {
            ui.add_space(8.0);
            for (screen, label) in [
                (Screen::Data, tr("Data")),
                (Screen::Import, tr("Import")),
                (Screen::Fields, tr("Fields")),
                (Screen::Model, tr("Model")),
                (Screen::Predictions, tr("Predictions")),
                (Screen::Customer, tr("Customer")),
                (Screen::WhatIf, tr("What-if")),
                (Screen::Settings, tr("Settings")),
            ] {
                if ui.selectable_label(state.screen == screen, label).clicked() {
                    commands.push(Command::Show(screen));
                }
            }
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        if let Some(error) = state.error.clone() {
            egui::Frame::group(ui.style())
                .fill(ui.visuals().error_fg_color.gamma_multiply(0.15))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(error).color(ui.visuals().error_fg_color),
                        )
                        .wrap(),
                    );
                    if ui.button(tr("Dismiss")).clicked() {
                        state.error = None;
                    }
                });
            ui.add_space(6.0);
        }
        match state.screen {
            Screen::Data => data::data_ui(ui, state),
            Screen::Import => import::import_ui(ui, state, commands),
            Screen::Fields => fields::fields_ui(ui, state, commands),
            Screen::Model => training::training_ui(ui, state, commands),
            Screen::Predictions => predictions::predictions_ui(ui, state, commands),
            Screen::Customer => customer::customer_ui(ui, state, commands),
            Screen::WhatIf => what_if::what_if_ui(ui, state, commands),
            Screen::Settings => settings::settings_ui(ui, state, commands),
        }
    });
    let ctx = ui.ctx().clone();
    chooser::chooser_ui(&ctx, state, commands);
}
