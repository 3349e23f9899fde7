//! The Model screen: the trained candidate's evaluation beside the published model's (accuracy,
//! macro F1, log loss, grade against the naive baseline, confusion matrix, per-bucket precision
//! and recall, calibration plot), publishing, the version history with rollback, and the
//! 12-month backtest.

use super::widgets::{bucket_color, count, percent};
use crate::app::{AppState, Command};
use crate::model::Model;
use crate::model::metrics::{Evaluation, Grade};
use crate::model::store::Status;
use crate::model::train::Comparison;
use egui_plot::{Legend, Line, Plot, Points};

/// How one metric row is written from an evaluation.
type MetricText = dyn Fn(&Evaluation) -> String;

pub fn training_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    let busy = state.job.is_some();
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading("Model");
        if let Some(note) = &state.model_note {
            ui.label(note);
        }
        if let Some(candidate) = &state.candidate {
            let model = &candidate.model;
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.strong(format!(
                    "Candidate: version {} trained {} on {} invoices ({} rows)",
                    model.version,
                    model.trained_at,
                    count(model.training_invoices),
                    count(model.training_rows)
                ));
                if ui
                    .add_enabled(!busy, egui::Button::new("Publish"))
                    .on_hover_text("Use this model for predictions from now on")
                    .clicked()
                {
                    commands.push(Command::Publish(model.version));
                }
            });
            for (key, reason) in &model.dropped {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!("Field {key} was not used: {reason}"),
                );
            }
            let published = match &candidate.comparison {
                Some(Comparison::Evaluated {
                    version,
                    evaluation,
                    ..
                }) => Some((format!("Published (version {version})"), evaluation)),
                Some(Comparison::NotComparable { version, reason }) => {
                    ui.label(format!(
                        "The published version {version} cannot be compared on the same invoices: {reason}"
                    ));
                    None
                }
                None => None,
            };
            let mut columns = vec![("Candidate".to_string(), &model.evaluation)];
            if let Some((name, e)) = published {
                columns.push((name, e));
            }
            evaluation_ui(ui, model, &columns);
        } else if let Some(model) = &state.model {
            ui.add_space(4.0);
            ui.strong(format!(
                "Published: version {} trained {} on {} invoices ({} rows), data as of {}",
                model.version,
                model.trained_at,
                count(model.training_invoices),
                count(model.training_rows),
                model.data_as_of
            ));
            ui.label("Untick or tick fields on the Fields screen and press Train to compare a new candidate with it.");
            evaluation_ui(
                ui,
                model,
                &[("Published".to_string(), &model.evaluation)],
            );
        } else {
            ui.label("No model yet: it is prepared once the data is loaded.");
        }

        ui.add_space(10.0);
        ui.separator();
        ui.heading("Versions");
        history_ui(ui, state, commands, busy);

        ui.add_space(10.0);
        ui.separator();
        ui.horizontal(|ui| {
            ui.heading("Backtest");
            if ui
                .add_enabled(!busy, egui::Button::new("Run backtest (12 months)"))
                .on_hover_text("For each of the last 12 month starts: train on what was known then, predict the invoices open then, and compare with how they were paid")
                .clicked()
            {
                commands.push(Command::RunBacktest);
            }
        });
        if let Some(backtest) = &state.backtest {
            ui.label(format!(
                "All months together: accuracy {}, log loss {:.3}, grade {}",
                percent(backtest.pooled.accuracy),
                backtest.pooled.log_loss,
                backtest.pooled.grade.letter()
            ));
            egui::Grid::new("backtest").striped(true).show(ui, |ui| {
                ui.strong("Month");
                ui.strong("Open invoices");
                ui.strong("Accuracy");
                ui.strong("Log loss");
                ui.end_row();
                for month in &backtest.months {
                    ui.label(month.as_of.format("%Y-%m").to_string());
                    ui.label(count(month.rows));
                    ui.label(percent(month.accuracy));
                    ui.label(format!("{:.3}", month.log_loss));
                    ui.end_row();
                }
            });
        }
    });
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
            ui.label("");
            for (name, _) in columns {
                ui.strong(name);
            }
            ui.end_row();
            let rows: [(&str, &MetricText); 7] = [
                ("Grade", &|e| e.grade.letter().to_string()),
                ("Accuracy", &|e| percent(e.accuracy)),
                ("Macro F1", &|e| format!("{:.3}", e.macro_f1)),
                ("Log loss", &|e| format!("{:.3}", e.log_loss)),
                ("Baseline log loss", &|e| {
                    format!("{:.3}", e.baseline.log_loss)
                }),
                ("Baseline accuracy", &|e| percent(e.baseline.accuracy)),
                ("Skill over baseline", &|e| percent(e.skill)),
            ];
            for (name, value) in rows {
                ui.label(name);
                for (_, e) in columns {
                    ui.label(value(e));
                }
                ui.end_row();
            }
            ui.label("Test invoices");
            for (_, e) in columns {
                ui.label(count(e.rows));
            }
            ui.end_row();
        });
    ui.add(egui::Label::new(egui::RichText::new(Grade::BANDS).weak()).wrap());
    if let Some((_, e)) = columns.first() {
        ui.label(format!(
            "The baseline always predicts the usual shares and picks \"{}\".",
            e.baseline.bucket
        ));
    }
    let Some((name, evaluation)) = columns.first() else {
        return;
    };
    ui.add_space(8.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.strong(format!(
                "{name}: confusion matrix (rows: actual, columns: predicted)"
            ));
            egui::Grid::new("confusion").striped(true).show(ui, |ui| {
                ui.label("");
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
            ui.strong(format!("{name}: per bucket"));
            egui::Grid::new("per_bucket").striped(true).show(ui, |ui| {
                ui.strong("Bucket");
                ui.strong("Precision");
                ui.strong("Recall");
                ui.strong("F1");
                ui.strong("Invoices");
                ui.end_row();
                for b in &evaluation.per_bucket {
                    ui.label(&b.bucket);
                    ui.label(percent(b.precision));
                    ui.label(percent(b.recall));
                    ui.label(format!("{:.3}", b.f1));
                    ui.label(count(b.support));
                    ui.end_row();
                }
            });
        });
        ui.add_space(16.0);
        ui.vertical(|ui| {
            ui.strong(format!(
                "{name}: calibration (predicted vs observed per decile)"
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
        .x_axis_label("Predicted probability")
        .y_axis_label("Observed share")
        .legend(Legend::default())
        .allow_scroll(false)
        .show(ui, |plot| {
            plot.line(
                Line::new("Perfect calibration", vec![[0.0, 0.0], [1.0, 1.0]])
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

fn history_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, busy: bool) {
    if state.versions.is_empty() {
        ui.label("No versions stored yet.");
        return;
    }
    let previous = state.versions.iter().any(|v| v.status == Status::Previous);
    egui::Grid::new("versions").striped(true).show(ui, |ui| {
        ui.strong("Version");
        ui.strong("Status");
        ui.strong("Trained");
        ui.strong("Quality");
        ui.strong("");
        ui.end_row();
        for v in &state.versions {
            ui.label(v.version.to_string());
            let status = match v.status {
                Status::Published => "Published",
                Status::Previous => "Published before",
                Status::Candidate => "Not published",
            };
            ui.label(status);
            ui.label(&v.trained_at);
            ui.label(&v.summary);
            match v.status {
                Status::Published if previous => {
                    if ui
                        .add_enabled(!busy, egui::Button::new("Roll back"))
                        .on_hover_text("Return to the previously published version")
                        .clicked()
                    {
                        commands.push(Command::Rollback);
                    }
                }
                Status::Candidate | Status::Previous => {
                    if ui
                        .add_enabled(
                            !busy,
                            egui::Button::new(format!("Publish version {}", v.version)),
                        )
                        .clicked()
                    {
                        commands.push(Command::Publish(v.version));
                    }
                }
                Status::Published => {
                    ui.label("");
                }
            }
            ui.end_row();
        }
    });
}
