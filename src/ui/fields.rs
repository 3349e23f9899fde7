//! The Fields screen: the candidate fields of the data grouped by source, which ones the next
//! model learns from, how complete they are, their share of the published model's influence,
//! why some cannot be chosen, the bucket thresholds, and the button that trains.

use super::widgets::{labelled_drag, percent};
use crate::app::{AppState, Command};
use crate::i18n::{tr, trf};
use crate::model::Buckets;
use crate::model::fields::Source;

/// The user's choices for the next training run.
#[derive(Clone, Debug, Default)]
pub struct FieldsState {
    /// Field keys to learn from.
    pub selection: Vec<String>,
    pub buckets: Buckets,
}

const SOURCES: [Source; 5] = [
    Source::Age,
    Source::Invoice,
    Source::History,
    Source::Exposure,
    Source::Customer,
];

pub fn fields_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    ui.heading(tr("Fields the model learns from"));
    let Some(catalogue) = state.catalogue.as_ref().map(|c| c.catalogue.clone()) else {
        ui.label(tr(
            "The fields are listed once the data and the model are loaded…",
        ));
        return;
    };
    ui.horizontal(|ui| {
        let mut late_days = state.fields.buckets.late_days;
        labelled_drag(
            ui,
            tr("Late means 1 to N days after the due date; N ="),
            &mut late_days,
            |d| d.range(1..=365).suffix(tr(" days")),
        )
        .on_hover_text(tr(
            "Invoices paid more than N days after the due date count as very late",
        ));
        state.fields.buckets.late_days = late_days;
        ui.checkbox(
            &mut state.fields.buckets.two_buckets,
            tr("Two buckets only (on time / late)"),
        )
        .on_hover_text(tr("For data where very late payments are rare"));
        ui.separator();
        let busy = state.job.is_some();
        let train = ui
            .add_enabled(!busy, egui::Button::new(tr("Train")))
            .on_hover_text(tr("Train a candidate model with the ticked fields; it is compared with the published one before you publish it"))
            .on_disabled_hover_text(tr("Wait until the running job is done"));
        if train.clicked() {
            commands.push(Command::Train);
        }
        ui.label(trf(
            "{ticked} of {fields} fields ticked",
            &[
                ("ticked", &state.fields.selection.len()),
                ("fields", &catalogue.fields.len()),
            ],
        ));
    });
    ui.add_space(4.0);
    let model = state.model.clone();
    let influence = |key: &str| {
        model
            .as_ref()
            .and_then(|m| m.influence.iter().find(|i| i.key == key))
            .map(|i| i.share)
    };
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("fields")
            .striped(true)
            .num_columns(5)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for source in SOURCES {
                    let fields: Vec<_> = catalogue
                        .fields
                        .iter()
                        .filter(|f| f.source == source)
                        .collect();
                    if fields.is_empty() {
                        continue;
                    }
                    ui.label(egui::RichText::new(source.label()).strong().size(15.0));
                    ui.weak(tr("Description"));
                    ui.weak(tr("Complete"));
                    ui.weak(tr("Influence"));
                    ui.weak(tr("Note"));
                    ui.end_row();
                    for field in fields {
                        field_row_ui(ui, state, field, influence(&field.key));
                    }
                }
            });
        if !catalogue.excluded.is_empty() {
            ui.add_space(8.0);
            ui.strong(tr("Columns never offered"));
            for (column, reason) in &catalogue.excluded {
                ui.label(format!("{column}: {reason}"));
            }
        }
    });
}

fn wrapped_ui(ui: &mut egui::Ui, width: f32, text: impl Into<egui::WidgetText>) {
    ui.scope(|ui| {
        ui.set_min_width(width);
        ui.set_max_width(width);
        ui.add(egui::Label::new(text).wrap());
    });
}

fn field_row_ui(
    ui: &mut egui::Ui,
    state: &mut AppState,
    field: &crate::model::fields::Field,
    influence: Option<f64>,
) {
    let reason = if field.always_used {
        Some(tr("Always used: predictions depend on the invoice's age").to_string())
    } else {
        field
            .unusable
            .as_ref()
            .map(|u| trf("Cannot be used: {reason}", &[("reason", u)]))
    };
    let mut ticked = field.always_used || state.fields.selection.iter().any(|k| k == &field.key);
    let checkbox = ui
        .add_enabled(
            field.selectable(),
            egui::Checkbox::new(&mut ticked, field.name.as_str()),
        )
        .on_disabled_hover_text(reason.clone().unwrap_or_default());
    if checkbox.changed() {
        if ticked {
            state.fields.selection.push(field.key.clone());
        } else {
            state.fields.selection.retain(|k| k != &field.key);
        }
    }
    wrapped_ui(ui, 360.0, field.description.as_str());
    ui.label(percent(field.completeness));
    match influence {
        Some(share) => {
            ui.add(
                egui::ProgressBar::new(share as f32)
                    .desired_width(90.0)
                    .text(percent(share)),
            );
        }
        None => {
            ui.weak("—"); // i18n: not text
        }
    }
    let note = match (&field.leak, &reason) {
        (Some(leak), _) => {
            egui::RichText::new(trf("Gives the outcome away: {reason}", &[("reason", leak)]))
                .color(ui.visuals().warn_fg_color)
        }
        (None, Some(r)) => egui::RichText::new(r.as_str()).weak(),
        (None, None) => egui::RichText::new(""), // i18n: not text
    };
    wrapped_ui(ui, 300.0, note);
    ui.end_row();
}
