//! Part of the Model screen: the learners of a training run side by side, and an additive
//! model's shape functions drawn per field (the change in each bucket's probability for an
//! otherwise average invoice, with the training rows per bin below, so a curve over thin bins
//! is seen as such).

use egui_plot::{Bar, BarChart, Legend, Line, Plot};

use super::training::ModelScreenState;
use super::widgets::{bucket_color, count, percent};
use crate::data::format::{brief, decimal};
use crate::i18n::{tr, trf};
use crate::model::additive::{Curve, Direction, Learner};
use crate::model::fields::Transform;
use crate::model::{Model, design::DesignField};

/// The other learners fitted in the same run, as columns beside the model's own in its
/// evaluation table (all on the same test invoices).
pub fn other_learners(model: &Model) -> Vec<(String, &crate::model::metrics::Evaluation)> {
    model
        .candidates
        .iter()
        .skip(1)
        .map(|c| {
            (
                trf("{learner} (same run)", &[("learner", &c.learner.name())]),
                &c.evaluation,
            )
        })
        .collect()
}

/// Which learner the model is, and why it was kept.
pub fn learner_note_ui(ui: &mut egui::Ui, model: &Model, chosen: Option<Learner>) {
    if model.candidates.len() < 2 {
        return;
    }
    let text = if chosen == Some(model.learner) {
        trf(
            "Learner of this model: {learner}, as chosen on the Fields screen; the other learner of the same run is beside it.",
            &[("learner", &model.learner.name())],
        )
    } else {
        trf(
            "Learner of this model: {learner}, the one of the two fitted on the same invoices with the lower log loss on the latest ones. Choose one on the Fields screen to keep it whatever the scores.",
            &[("learner", &model.learner.name())],
        )
    };
    ui.add(egui::Label::new(text).wrap());
}

/// Where a value sits on the curve's horizontal axis: amounts and other skewed fields on the
/// scale the model bins them on (ln(1 + x)), so their bins do not crowd at the left.
fn axis(field: &DesignField, raw: f64) -> f64 {
    match field.transform {
        Transform::None => raw,
        Transform::Log => raw.max(0.0).ln_1p(),
    }
}

/// The field's value at a point of the axis.
fn from_axis(transform: Transform, x: f64) -> f64 {
    match transform {
        Transform::None => x,
        Transform::Log => x.exp_m1(),
    }
}

/// The shape functions of an additive model: a field chosen from its design, its curve and
/// the rows per bin. The screen's `curve_field` is the field shown (the most influential when
/// `None`).
pub fn curves_ui(ui: &mut egui::Ui, model: &Model, screen: &mut ModelScreenState) {
    if model.learner != Learner::Additive || model.design.fields.is_empty() {
        if model
            .candidates
            .iter()
            .any(|c| c.learner == Learner::Additive)
        {
            // The additive model of the same run is scored, not kept: its curves are not in
            // this file.
            ui.add_space(6.0);
            ui.weak(tr(
                "Each field's curve is drawn for the additive model: choose it as the learner on the Fields screen and train to see them.",
            ));
        }
        return;
    }
    ui.add_space(10.0);
    ui.separator();
    ui.heading(tr("How each field moves the prediction"));
    if std::mem::take(&mut screen.scroll_to_curve) {
        // Opened from a field's row on the Fields screen: the curve is what was asked for.
        ui.scroll_to_cursor(Some(egui::Align::TOP));
    }
    let selected = &mut screen.curve_field;
    ui.add(
        egui::Label::new(tr(
            "Each curve is what the model learned about one field: how much each bucket's probability changes for an otherwise average invoice when the field has that value. The bars below show how many training rows had it: where they are few, the curve says little.",
        ))
        .wrap(),
    );
    let shown = selected
        .clone()
        .filter(|k| model.design.field(k).is_some())
        .or_else(|| model.influence.first().map(|i| i.key.clone()))
        .unwrap_or_default();
    let name_of = |key: &str| {
        model
            .design
            .field(key)
            .map_or(key.to_string(), |f| f.name.clone())
    };
    ui.horizontal(|ui| {
        let label = ui.label(tr("Field"));
        egui::ComboBox::from_id_salt("curve_field")
            .selected_text(name_of(&shown))
            .width(260.0)
            .show_ui(ui, |ui| {
                // In order of influence, as the Fields screen lists the model's fields.
                for i in &model.influence {
                    let label = format!("{} ({})", i.name, percent(i.share));
                    if ui.selectable_label(i.key == shown, label).clicked() {
                        *selected = Some(i.key.clone());
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    let (Some(curve), Some(field)) = (model.curve(&shown), model.design.field(&shown)) else {
        return;
    };
    if let Some(direction) = curve.monotone {
        ui.label(match direction {
            Direction::Rising => tr(
                "A lever: its curve is kept so that the chance of being paid on time never falls as the value grows.",
            ),
            Direction::Falling => tr(
                "A lever: its curve is kept so that the chance of being paid on time never rises as the value grows.",
            ),
            Direction::AboveMissing => tr(
                "A lever: its curve is kept so that with any value the chance of being paid on time is never below that with none.",
            ),
        });
    }
    if curve.category {
        category_ui(ui, model, &curve);
    } else {
        number_ui(ui, model, &curve, field);
    }
    if let Some(missing) = &curve.missing {
        let labels = model.labels();
        let parts: Vec<String> = labels
            .iter()
            .zip(&missing.probability)
            .map(|(l, p)| format!("{l} {}", points(*p)))
            .collect();
        ui.label(trf(
            "Missing ({rows} rows): {changes}",
            &[
                ("rows", &count(missing.rows as usize)),
                ("changes", &parts.join(", ")),
            ],
        ));
    }
}

/// A change of probability in percentage points, signed.
fn points(p: f64) -> String {
    let pts = p * 100.0;
    trf(
        "{sign}{points} pts",
        &[
            ("sign", &if pts >= 0.0 { "+" } else { "−" }),
            ("points", &decimal(pts.abs(), 1)),
        ],
    )
}

/// The width of both plots' vertical axes: the curve and the bars under it line up.
const AXIS_WIDTH: f32 = 64.0;

fn number_ui(ui: &mut egui::Ui, model: &Model, curve: &Curve, field: &DesignField) {
    let labels = model.labels();
    let k = labels.len();
    let transform = field.transform;
    let width = ui.available_width().clamp(320.0, 760.0);
    // Both plots over the same values, so a bar stands under its point of the curve.
    let low = curve.bins.first().map_or(0.0, |b| axis(field, b.from));
    let high = curve.bins.last().map_or(1.0, |b| axis(field, b.to));
    let pad = ((high - low) * 0.03).max(1e-6);
    let (low, high) = (low - pad, high.max(low) + pad);
    // The field in the plots' ids: each field's plot keeps its own bounds.
    Plot::new(("curve", &curve.key))
        .width(width)
        .height(220.0)
        .default_x_bounds(low, high)
        .y_axis_min_width(AXIS_WIDTH)
        .y_axis_label(tr("Change in probability (points)"))
        .x_axis_formatter(move |mark, _| brief(from_axis(transform, mark.value)))
        .y_axis_formatter(|mark, _| decimal(mark.value, 0))
        .label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(trf(
                "{bucket}: {points} at {value}",
                &[
                    ("bucket", plot_name),
                    ("points", &points(position.y / 100.0)),
                    ("value", &brief(from_axis(transform, position.x))),
                ],
            )),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .legend(
            Legend::default()
                .follow_insertion_order(true)
                .position(egui_plot::Corner::LeftBottom),
        )
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .show(ui, |plot| {
            for (b, label) in labels.iter().enumerate() {
                // One point per bin, at the mean value of its training rows; empty bins left out.
                let line: Vec<[f64; 2]> = curve
                    .bins
                    .iter()
                    .filter(|bin| bin.rows > 0)
                    .map(|bin| {
                        let y = bin.probability.get(b).copied().unwrap_or(0.0) * 100.0;
                        [axis(field, bin.at), y]
                    })
                    .collect();
                plot.line(
                    Line::new(label.as_str(), line)
                        .color(bucket_color(b, k))
                        .width(2.0),
                );
            }
        });
    let bars: Vec<Bar> = curve
        .bins
        .iter()
        .map(|bin| {
            let (from, to) = (axis(field, bin.from), axis(field, bin.to));
            Bar::new(0.5 * (from + to), f64::from(bin.rows))
                .width((to - from).max(1e-9))
                .fill(ui.visuals().weak_text_color().gamma_multiply(0.6))
        })
        .collect();
    Plot::new(("curve_density", &curve.key))
        .width(width)
        .height(70.0)
        .default_x_bounds(low, high)
        .y_axis_min_width(AXIS_WIDTH)
        .y_axis_formatter(|mark, _| crate::data::format::brief(mark.value))
        .y_axis_label(tr("Rows"))
        .x_axis_formatter(move |mark, _| brief(from_axis(transform, mark.value)))
        .allow_scroll(false)
        .allow_drag(false)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(tr("Training rows"), bars));
        });
}

fn category_ui(ui: &mut egui::Ui, model: &Model, curve: &Curve) {
    let labels = model.labels();
    egui::Grid::new("curve_levels")
        .striped(true)
        .spacing([20.0, 4.0])
        .show(ui, |ui| {
            ui.strong(tr("Value"));
            ui.strong(tr("Training rows"));
            for l in &labels {
                ui.strong(l);
            }
            ui.end_row();
            for bin in &curve.bins {
                ui.label(bin.level.clone().unwrap_or_default());
                ui.label(count(bin.rows as usize));
                for p in &bin.probability {
                    ui.label(points(*p));
                }
                ui.end_row();
            }
        });
}
