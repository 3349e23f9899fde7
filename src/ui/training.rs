//! The Model screen: the trained candidate's evaluation beside the published model's (accuracy,
//! macro F1, log loss, grade against the naive baseline, confusion matrix, per-bucket precision
//! and recall, calibration plot), publishing, the version history with rollback, and the
//! 12-month backtest.

use super::Screens;
use super::widgets::{bucket_color, count, percent};
use crate::app::JobKind;
use crate::app::{AppState, Command};
use crate::data::format::date;
use crate::i18n::{tr, trf};
use crate::model::Model;
use crate::model::design::dropped_reason_shown;
use crate::model::metrics::{Evaluation, Grade};
use crate::model::store::Status;
use crate::model::train::Comparison;
use egui_plot::{Legend, Line, Plot, Points};

/// How one metric row is written from an evaluation.
type MetricText = dyn Fn(&Evaluation) -> String;

/// The Model screen's own state: a publish waiting for the user's confirmation.
#[derive(Clone, Debug, Default)]
pub struct ModelScreenState {
    /// The version to publish and the names of its fields that give the outcome away.
    pub confirm_publish: Option<(u32, Vec<String>)>,
    /// The field whose curve is shown (the most influential when `None`); the Fields screen
    /// sets it when a field's curve is opened from there.
    pub curve_field: Option<String>,
    /// Scroll to the curve on the next frame (it was opened from the Fields screen).
    pub scroll_to_curve: bool,
}

/// The shown names of the fields of `selection` that give the outcome away.
fn leaking_fields(state: &AppState, selection: &[String]) -> Vec<String> {
    let Some(catalogue) = state.catalogue() else {
        return Vec::new();
    };
    catalogue
        .catalogue
        .fields
        .iter()
        .filter(|f| f.leak.is_some() && selection.contains(&f.key))
        .map(|f| f.name.clone())
        .collect()
}

/// Publishes `version`, after a confirmation when it learned from fields that give the
/// outcome away.
fn publish(
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
    version: u32,
    selection: &[String],
) {
    let leaking = leaking_fields(state, selection);
    if leaking.is_empty() {
        commands.push(Command::Publish(version));
    } else {
        screens.model_screen.confirm_publish = Some((version, leaking));
    }
}

fn publish_confirmation_ui(ui: &mut egui::Ui, screens: &mut Screens, commands: &mut Vec<Command>) {
    let Some((version, leaking)) = screens.model_screen.confirm_publish.clone() else {
        return;
    };
    let modal = egui::Modal::new(egui::Id::unique("confirm_publish")).show(ui.ctx(), |ui| {
        ui.set_max_width(480.0);
        ui.heading(trf("Publish version {version}?", &[("version", &version)]));
        ui.add(
            egui::Label::new(trf(
                "It learned from fields that give the outcome away: {fields}. Their values are known only once an invoice is paid, so its scores on past invoices look far better than its predictions for open invoices will be.",
                &[("fields", &leaking.join(", "))],
            ))
            .wrap(),
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr("Publish anyway")).clicked() {
                commands.push(Command::Publish(version));
                screens.model_screen.confirm_publish = None;
            }
            if ui.button(tr("Do not publish")).clicked() {
                screens.model_screen.confirm_publish = None;
            }
        });
    });
    if modal.should_close() {
        screens.model_screen.confirm_publish = None;
    }
}

/// The trained candidate: how it was trained, fields left out, and its scores beside the
/// published model's on the same test invoices; `to_publish` is set when Publish is pressed.
fn candidate_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    candidate: &crate::app::Candidate,
    busy: bool,
    to_publish: &mut Option<(u32, Vec<String>)>,
) {
    let model = &candidate.model;
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.strong(trf(
            "Candidate: version {version} trained {trained_at} on {invoices} invoices ({rows} rows)",
            &[
                ("version", &model.version),
                ("trained_at", &model.trained_at),
                ("invoices", &count(model.training_invoices)),
                ("rows", &count(model.training_rows)),
            ],
        ));
        if ui
            .add_enabled(!busy, egui::Button::new(tr("Publish")))
            .on_hover_text(tr("Use this model for predictions from now on"))
            .clicked()
        {
            *to_publish = Some((model.version, model.selection.clone()));
        }
    });
    if let Some(layout) = &candidate.layout_note {
        ui.add(egui::Label::new(layout.describe()).wrap());
    }
    leak_warning_ui(ui, &leaking_fields(state, &model.selection));
    let catalogue = state.catalogue();
    for (key, reason) in &model.dropped {
        // The field's name as the Fields screen shows it (the key if the catalogue is
        // not built yet).
        let name = catalogue
            .as_ref()
            .and_then(|c| c.catalogue.fields.iter().find(|f| &f.key == key))
            .map_or(key.as_str(), |f| f.name.as_str());
        let text = trf(
            "Field {field} was not used: {reason}",
            &[("field", &name), ("reason", &dropped_reason_shown(reason))],
        );
        if model.buckets.two_buckets && is_age_field(state, key) {
            // By design: with two buckets an invoice past due is decided, so how far
            // past due it is never varies among the invoices still to predict.
            ui.weak(trf(
                "{field} is not used with two buckets: once an invoice is past due it is late, so nothing is left to predict.",
                &[("field", &name)],
            ));
        } else {
            ui.colored_label(ui.visuals().warn_fg_color, text);
        }
    }
    let published = match &candidate.comparison {
        Some(Comparison::Evaluated {
            version,
            evaluation,
            ..
        }) => Some((
            trf(
                "Published (version {version}), on the same test invoices",
                &[("version", version)],
            ),
            evaluation,
        )),
        Some(Comparison::NotComparable { version, reason }) => {
            ui.label(trf(
                "The published version {version} cannot be compared on the same invoices: {reason}",
                &[("version", version), ("reason", reason)],
            ));
            None
        }
        None => None,
    };
    let compared = published.is_some();
    let mut columns = vec![(tr("Candidate").to_string(), &model.evaluation)];
    columns.extend(super::curves::other_learners(model));
    if let Some((name, e)) = published {
        columns.push((name, e));
    }
    super::curves::learner_note_ui(ui, model, state.choice.learner);
    evaluation_ui(ui, model, &columns);
    if compared {
        ui.add(
            egui::Label::new(
                egui::RichText::new(tr(
                    "Both columns are measured on the candidate's test invoices (the latest fifth of its data). The Versions list below shows each version's scores on its own test invoices when it was trained, so the published version's numbers there can differ a little.",
                ))
                .weak(),
            )
            .wrap(),
        );
    }
}

pub fn training_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
) {
    let busy = state.busy_with(&[JobKind::Model, JobKind::Backtest]);
    publish_confirmation_ui(ui, screens, commands);
    let mut to_publish: Option<(u32, Vec<String>)> = None;
    // Its own id: the Fields screen's scroll offset must not carry over when training opens it.
    egui::ScrollArea::vertical()
        .id_salt("model_screen")
        .show(ui, |ui| {
        ui.heading(tr("Model"));
        if let Some(note) = &state.model_note {
            ui.add(egui::Label::new(note.to_string()).wrap());
        }
        if let Some(candidate) = &state.candidate {
            candidate_ui(ui, state, candidate, busy, &mut to_publish);
        } else if let Some(model) = state.model() {
            ui.add_space(4.0);
            ui.strong(trf(
                "Published: version {version} trained {trained_at} on {invoices} invoices ({rows} rows), data as of {as_of}",
                &[
                    ("version", &model.version),
                    ("trained_at", &model.trained_at),
                    ("invoices", &count(model.training_invoices)),
                    ("rows", &count(model.training_rows)),
                    ("as_of", &date(model.data_as_of)),
                ],
            ));
            leak_warning_ui(ui, &leaking_fields(state, &model.selection));
            ui.label(tr("Untick or tick fields on the Fields screen and press Train to compare a new candidate with it."));
            super::curves::learner_note_ui(ui, model, state.choice.learner);
            let mut columns = vec![(tr("Published").to_string(), &model.evaluation)];
            columns.extend(super::curves::other_learners(model));
            evaluation_ui(ui, model, &columns);
        } else {
            ui.label(tr("No model yet: it is prepared once the data is loaded."));
        }
        let shown = state
            .candidate
            .as_ref()
            .map(|c| c.model.as_ref())
            .or_else(|| state.model().map(AsRef::as_ref));
        if let Some(model) = shown {
            super::curves::curves_ui(ui, model, &mut screens.model_screen);
        }

        ui.add_space(10.0);
        ui.separator();
        ui.heading(tr("Versions"));
        history_ui(ui, state, commands, busy, &mut to_publish);

        ui.add_space(10.0);
        ui.separator();
        ui.horizontal(|ui| {
            ui.heading(tr("Backtest"));
            if ui
                .add_enabled(!busy, egui::Button::new(tr("Run backtest (12 months)")))
                .on_hover_text(tr("For each of the last 12 month starts: train on what was known then, predict the invoices open then, and compare with how they were paid"))
                .clicked()
            {
                commands.push(Command::RunBacktest);
            }
        });
        if let Some(backtest) = &state.backtest {
            ui.label(trf(
                "All months together: accuracy {accuracy}, log loss {log_loss}, grade {grade}",
                &[
                    ("accuracy", &percent(backtest.pooled.accuracy)),
                    ("log_loss", &crate::data::format::decimal(backtest.pooled.log_loss, 3)),
                    ("grade", &backtest.pooled.grade.letter()),
                ],
            ));
            if !backtest.skipped.is_empty() {
                let months: Vec<String> = backtest
                    .skipped
                    .iter()
                    .map(|d| crate::data::format::month(*d))
                    .collect();
                ui.weak(trf(
                    "Left out for too little history before them to train on: {months}",
                    &[("months", &months.join(", "))],
                ));
            }
            egui::Grid::new("backtest").striped(true).show(ui, |ui| {
                ui.strong(tr("Month"));
                ui.strong(tr("Open invoices"));
                ui.strong(tr("Accuracy"));
                ui.strong(tr("Log loss"));
                ui.end_row();
                for month in &backtest.months {
                    ui.label(crate::data::format::month(month.as_of));
                    ui.label(count(month.rows));
                    ui.label(percent(month.accuracy));
                    ui.label(crate::data::format::decimal(month.log_loss, 3));
                    ui.end_row();
                }
            });
        }
    });
    if let Some((version, selection)) = to_publish {
        publish(state, screens, commands, version, &selection);
    }
}

/// Is `key` a field of the invoice's age (days past due and its band)?
fn is_age_field(state: &AppState, key: &str) -> bool {
    state.catalogue().as_ref().is_some_and(|c| {
        c.catalogue
            .fields
            .iter()
            .any(|f| f.key == key && f.source == crate::model::fields::Source::Age)
    })
}

/// A warning that a model learned from fields that give the outcome away.
fn leak_warning_ui(ui: &mut egui::Ui, leaking: &[String]) {
    if leaking.is_empty() {
        return;
    }
    ui.add(
        egui::Label::new(
            egui::RichText::new(trf(
                "Learned from fields that give the outcome away ({fields}): its scores below overstate how well it predicts open invoices.",
                &[("fields", &leaking.join(", "))],
            ))
            .color(ui.visuals().warn_fg_color),
        )
        .wrap(),
    );
}

/// Metrics side by side, then the confusion matrix, per-bucket metrics and calibration of the
/// first evaluation.
fn evaluation_ui(ui: &mut egui::Ui, model: &Model, columns: &[(String, &Evaluation)]) {
    let labels = model.labels();
    ui.add_space(6.0);
    egui::Grid::new("evaluation")
        .striped(true)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            ui.label(""); // i18n: not text
            for (name, _) in columns {
                ui.strong(name);
            }
            ui.end_row();
            let rows: [(&str, &MetricText); 7] = [
                (tr("Grade"), &|e| e.grade.letter().to_string()),
                (tr("Accuracy"), &|e| percent(e.accuracy)),
                (tr("Macro F1"), &|e| {
                    crate::data::format::decimal(e.macro_f1, 3)
                }),
                (tr("Log loss"), &|e| {
                    crate::data::format::decimal(e.log_loss, 3)
                }),
                (tr("Baseline log loss"), &|e| {
                    crate::data::format::decimal(e.baseline.log_loss, 3)
                }),
                (tr("Baseline accuracy"), &|e| percent(e.baseline.accuracy)),
                (tr("Skill over baseline"), &|e| percent(e.skill)),
            ];
            for (name, value) in rows {
                ui.label(name);
                for (_, e) in columns {
                    ui.label(value(e));
                }
                ui.end_row();
            }
            ui.label(tr("Test invoices"));
            for (_, e) in columns {
                ui.label(count(e.rows));
            }
            ui.end_row();
        });
    ui.add(egui::Label::new(egui::RichText::new(Grade::bands()).weak()).wrap());
    if let Some((_, e)) = columns.first() {
        ui.label(trf(
            "The baseline always predicts the usual shares and picks \"{bucket}\".",
            &[("bucket", &model.buckets.shown_label(&e.baseline.bucket))],
        ));
    }
    let Some((name, evaluation)) = columns.first() else {
        return;
    };
    ui.add_space(8.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.strong(trf(
                "{model}: confusion matrix (rows: actual, columns: predicted)",
                &[("model", name)],
            ));
            egui::Grid::new("confusion").striped(true).show(ui, |ui| {
                ui.label(""); // i18n: not text
                for l in &labels {
                    ui.strong(l);
                }
                ui.end_row();
                for (a, row) in evaluation.confusion.iter().enumerate() {
                    ui.strong(labels.get(a).map_or("", String::as_str));
                    for n in row {
                        ui.label(count(*n));
                    }
                    ui.end_row();
                }
            });
            ui.add_space(8.0);
            ui.strong(trf("{model}: per bucket", &[("model", name)]));
            egui::Grid::new("per_bucket").striped(true).show(ui, |ui| {
                ui.strong(tr("Bucket"));
                ui.strong(tr("Precision"));
                ui.strong(tr("Recall"));
                ui.strong(tr("F1"));
                ui.strong(tr("Invoices"));
                ui.end_row();
                for b in &evaluation.per_bucket {
                    ui.label(model.buckets.shown_label(&b.bucket));
                    ui.label(percent(b.precision));
                    ui.label(percent(b.recall));
                    ui.label(crate::data::format::decimal(b.f1, 3));
                    ui.label(count(b.support));
                    ui.end_row();
                }
            });
        });
        ui.add_space(16.0);
        ui.vertical(|ui| {
            ui.strong(trf(
                "{model}: calibration (predicted vs observed per decile)",
                &[("model", name)],
            ));
            calibration_ui(ui, evaluation, &labels);
        });
    });
}

fn calibration_ui(ui: &mut egui::Ui, evaluation: &Evaluation, labels: &[String]) {
    let k = labels.len();
    Plot::new("calibration")
        .width(420.0)
        .height(300.0)
        .data_aspect(1.0)
        .include_x(0.0)
        .include_x(1.0)
        .include_y(0.0)
        .include_y(1.0)
        .x_axis_label(tr("Predicted probability"))
        .y_axis_label(tr("Observed share"))
        .x_axis_formatter(|mark, _| crate::data::format::brief(mark.value))
        .y_axis_formatter(|mark, _| crate::data::format::brief(mark.value))
        // Labelled steps of 0.2 or 0.5 (powers of ten would leave only 0 and 1).
        .x_grid_spacer(super::widgets::round_grid_spacer())
        .y_grid_spacer(super::widgets::round_grid_spacer())
        .label_formatter(|hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(trf(
                "{bucket}: predicted {predicted}, observed {observed}",
                &[
                    ("bucket", plot_name),
                    ("predicted", &percent(position.x)),
                    ("observed", &percent(position.y)),
                ],
            )),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .legend(
            Legend::default()
                .follow_insertion_order(true)
                .position(egui_plot::Corner::RightBottom),
        )
        .allow_scroll(false)
        .show(ui, |plot| {
            plot.line(
                Line::new(tr("Perfect calibration"), vec![[0.0, 0.0], [1.0, 1.0]])
                    .color(egui::Color32::GRAY),
            );
            for (b, label) in labels.iter().enumerate() {
                let points: Vec<[f64; 2]> = evaluation
                    .calibration
                    .iter()
                    .filter(|c| c.bucket == b && c.rows > 0)
                    .map(|c| [c.predicted, c.observed])
                    .collect();
                let color = bucket_color(b, k);
                plot.line(Line::new(label.as_str(), points.clone()).color(color));
                plot.points(Points::new(label.as_str(), points).color(color).radius(3.0));
            }
        });
}

fn history_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    commands: &mut Vec<Command>,
    busy: bool,
    to_publish: &mut Option<(u32, Vec<String>)>,
) {
    if state.versions.is_empty() {
        ui.label(tr("No versions stored yet."));
        return;
    }
    let previous = state.versions.iter().any(|v| v.status == Status::Previous);
    egui::Grid::new("versions").striped(true).show(ui, |ui| {
        ui.strong(tr("Version"));
        ui.strong(tr("Status"));
        ui.strong(tr("Trained"));
        ui.strong(tr("Quality on its own test invoices"));
        ui.strong(""); // i18n: not text
        ui.end_row();
        for v in &state.versions {
            ui.label(v.version.to_string());
            let status = match v.status {
                Status::Published => tr("Published"),
                Status::Previous => tr("Published before"),
                Status::Candidate => tr("Not published"),
            };
            ui.label(status);
            ui.label(&v.trained_at);
            ui.label(&v.summary);
            match v.status {
                Status::Published if previous => {
                    if ui
                        .add_enabled(!busy, egui::Button::new(tr("Roll back")))
                        .on_hover_text(tr("Return to the previously published version"))
                        .clicked()
                    {
                        commands.push(Command::Rollback);
                    }
                }
                Status::Candidate | Status::Previous => {
                    if ui
                        .add_enabled(
                            !busy,
                            egui::Button::new(trf(
                                "Publish version {version}",
                                &[("version", &v.version)],
                            )),
                        )
                        .clicked()
                    {
                        *to_publish = Some((v.version, v.selection.clone()));
                    }
                }
                Status::Published => {
                    ui.label(""); // i18n: not text
                }
            }
            ui.end_row();
        }
    });
}
