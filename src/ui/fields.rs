//! The Fields screen: the candidate fields of the data grouped by source, which ones the next
//! model learns from, how complete they are, their share of the published model's influence,
//! why some cannot be chosen, the bucket thresholds, and the button that trains.

use super::Screens;
use super::widgets::{labelled_drag, percent};
use crate::app::JobKind;
use crate::app::{AppState, Command, ModelChoice};
use crate::i18n::{tr, trf};
use crate::model::fields::Source;
use crate::model::layout::{self, LayoutChoice};
use crate::model::{Buckets, Learner};

/// The Fields screen's own state (the choices themselves are the app's [`ModelChoice`]).
#[derive(Clone, Debug, Default)]
pub struct FieldsState {
    /// Invoices per bucket for the layout shown, and the layout the data supports when that
    /// one has too few, for the data they were counted on.
    counted: Option<LayoutCount>,
    /// A field that gives the outcome away, waiting for the user to confirm its use.
    pub confirm_leak: Option<String>,
}

#[derive(Clone, Debug)]
struct LayoutCount {
    data: usize,
    buckets: Buckets,
    counts: Vec<usize>,
    supported: Option<LayoutChoice>,
}

const SOURCES: [Source; 5] = [
    Source::Age,
    Source::Invoice,
    Source::History,
    Source::Exposure,
    Source::Customer,
];

pub fn fields_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
) {
    ui.heading(tr("Fields the model learns from"));
    if state.data().is_none() {
        ui.label(tr(
            "Import data first: the fields are the columns of your files.",
        ));
        return;
    }
    layout_ui(ui, state, screens, commands);
    ui.separator();
    let Some(catalogue) = state.catalogue().as_ref().map(|c| c.catalogue.clone()) else {
        ui.label(tr(
            "The fields are listed once the data and the model are loaded…",
        ));
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let busy = state.busy_with(&[JobKind::Model]);
        let train = ui
            .add_enabled(!busy, egui::Button::new(tr("Train")))
            .on_hover_text(tr("Train a candidate model with the ticked fields; it is compared with the published one before you publish it"))
            .on_disabled_hover_text(tr("Wait until the running job is done"));
        if train.clicked() {
            commands.push(Command::Train);
        }
        learner_ui(ui, state, commands);
        ui.label(trf(
            "{ticked} of {fields} fields ticked",
            &[
                ("ticked", &state.choice.selection.len()),
                ("fields", &catalogue.fields.len()),
            ],
        ));
        let leaking: Vec<&str> = catalogue
            .fields
            .iter()
            .filter(|f| f.leak.is_some() && state.choice.selection.contains(&f.key))
            .map(|f| f.name.as_str())
            .collect();
        if !leaking.is_empty() {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                trf(
                    "Ticked although they give the outcome away: {fields}",
                    &[("fields", &leaking.join(", "))],
                ),
            );
        }
    });
    leak_confirmation_ui(ui, state, screens, commands, &catalogue);
    ui.add_space(4.0);
    let model = state.model();
    let influence = |key: &str| {
        model
            .as_ref()
            .and_then(|m| m.influence.iter().find(|i| i.key == key))
            .map(|i| i.share)
    };
    // Each screen its own scroll offset (a shared id would carry one screen's over to the next).
    egui::ScrollArea::both()
        .id_salt("fields_screen")
        .show(ui, |ui| {
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
                            field_row_ui(
                                ui,
                                state,
                                screens,
                                commands,
                                field,
                                influence(&field.key),
                            );
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

/// Which learner the next training publishes: the better one of the run, or one chosen.
fn learner_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let shown = |l: Option<Learner>| match l {
        None => tr("The better one").to_string(),
        Some(l) => l.name().to_string(),
    };
    let mut chosen = state.choice.learner;
    let label = ui.label(tr("Learner"));
    egui::ComboBox::from_id_salt("learner")
        .selected_text(shown(chosen))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, shown(None))
                .on_hover_text(tr("Both learners are fitted; the one with the lower log loss on the latest invoices is used"));
            for learner in Learner::ALL {
                ui.selectable_value(&mut chosen, Some(learner), shown(Some(learner)));
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(tr(
            "The logistic regression draws every effect as a straight line; the additive model learns a curve per field. Both are always trained and shown side by side on the Model screen.",
        ));
    if chosen != state.choice.learner {
        commands.push(Command::Choose(ModelChoice {
            learner: chosen,
            ..state.choice.clone()
        }));
    }
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
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
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
    let mut ticked = field.always_used || state.choice.selection.iter().any(|k| k == &field.key);
    let checkbox = ui
        .add_enabled(
            field.selectable(),
            egui::Checkbox::new(&mut ticked, field.name.as_str()),
        )
        .on_disabled_hover_text(reason.clone().unwrap_or_default());
    if checkbox.changed() {
        if ticked && field.leak.is_some() {
            // Not ticked yet: the user confirms first, having read why.
            screens.fields.confirm_leak = Some(field.key.clone());
        } else {
            let mut choice = state.choice.clone();
            if ticked {
                choice.selection.push(field.key.clone());
            } else {
                choice.selection.retain(|k| k != &field.key);
            }
            commands.push(Command::Choose(choice));
        }
    }
    wrapped_ui(ui, 320.0, field.description.as_str());
    ui.label(percent(field.completeness));
    match influence {
        Some(share) => {
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(share as f32)
                        .desired_width(90.0)
                        .text(percent(share)),
                );
                let has_curve = state
                    .model()
                    .is_some_and(|m| m.additive.is_some() && m.design.field(&field.key).is_some());
                if has_curve
                    && ui
                        .small_button(tr("Curve"))
                        .on_hover_text(tr(
                            "Show on the Model screen how this field moves the prediction",
                        ))
                        .clicked()
                {
                    screens.model_screen.curve_field = Some(field.key.clone());
                    screens.model_screen.scroll_to_curve = true;
                    commands.push(Command::Show(crate::app::Screen::Model));
                }
            });
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
    wrapped_ui(ui, 280.0, note);
    ui.end_row();
}

/// The bucket layout: N and the two-bucket mode, how many invoices each bucket has to learn
/// from, and the layout the data supports when the chosen one has too few. Shown before any
/// model exists, so a first training never dead-ends.
fn layout_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
) {
    let Some(data) = state.data() else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let mut buckets = state.choice.buckets;
        labelled_drag(
            ui,
            tr("Late means 1 to N days after the due date; N ="),
            &mut buckets.late_days,
            |d| d.range(1..=365).suffix(tr(" days")),
        )
        .on_hover_text(tr(
            "Invoices paid more than N days after the due date count as very late",
        ));
        ui.checkbox(
            &mut buckets.two_buckets,
            tr("Two buckets only (on time / late)"),
        )
        .on_hover_text(tr("For data where very late payments are rare"));
        if buckets != state.choice.buckets {
            commands.push(Command::Choose(ModelChoice {
                buckets,
                layout_by_user: true,
                ..state.choice.clone()
            }));
        }
    });
    // Counting reads every invoice once: only when the data or the layout changes.
    let data_key = std::sync::Arc::as_ptr(data) as usize;
    let buckets = state.choice.buckets;
    let fresh = screens
        .fields
        .counted
        .as_ref()
        .is_some_and(|c| c.data == data_key && c.buckets == buckets);
    if !fresh {
        let tables = &data.imported.tables;
        let counts = layout::bucket_counts(tables, &buckets);
        let supported = (!layout::enough(&counts))
            .then(|| layout::choose(tables, buckets))
            .filter(|c| c.buckets != buckets && layout::enough(&c.counts));
        screens.fields.counted = Some(LayoutCount {
            data: data_key,
            buckets,
            counts,
            supported,
        });
    }
    let Some(counted) = screens.fields.counted.clone() else {
        return;
    };
    ui.label(layout::describe_counts(&counted.buckets, &counted.counts));
    if let Some(short) = layout::shortfall(&counted.buckets, &counted.counts) {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                trf(
                    "{problem} Training with this layout would fail.",
                    &[("problem", &short)],
                ),
            );
            if let Some(supported) = &counted.supported {
                let button = ui
                    .button(layout::supported_label(supported))
                    .on_hover_text(supported.describe());
                if button.clicked() {
                    commands.push(Command::Choose(ModelChoice {
                        buckets: supported.buckets,
                        layout_by_user: true,
                        ..state.choice.clone()
                    }));
                }
            }
        });
    } else if !state.choice.layout_by_user {
        ui.weak(tr(
            "Training uses this layout; if a bucket ever has too few invoices, it switches to the layout the data supports and says so.",
        ));
    }
}

/// Asks before a field that gives the outcome away is ticked, repeating why.
fn leak_confirmation_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
    catalogue: &crate::model::Catalogue,
) {
    let Some(key) = screens.fields.confirm_leak.clone() else {
        return;
    };
    let Some(field) = catalogue.fields.iter().find(|f| f.key == key) else {
        screens.fields.confirm_leak = None;
        return;
    };
    let reason = field.leak.clone().unwrap_or_default();
    let modal = egui::Modal::new(egui::Id::unique("confirm_leak")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(trf("Use \"{field}\"?", &[("field", &field.name)]));
        ui.add(
            egui::Label::new(trf(
                "This field gives the outcome away: {reason}",
                &[("reason", &reason)],
            ))
            .wrap(),
        );
        ui.add(
            egui::Label::new(tr(
                "A model that learns from it looks excellent on past invoices, but the value is not known for open invoices, so its predictions for them are wrong. Use it only to test.",
            ))
            .wrap(),
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr("Use it anyway")).clicked() {
                if !state.choice.selection.contains(&key) {
                    let mut choice = state.choice.clone();
                    choice.selection.push(key.clone());
                    commands.push(Command::Choose(choice));
                }
                screens.fields.confirm_leak = None;
            }
            if ui.button(tr("Keep it out")).clicked() {
                screens.fields.confirm_leak = None;
            }
        });
    });
    if modal.should_close() {
        screens.fields.confirm_leak = None;
    }
}
