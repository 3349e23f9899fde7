//! The look-back: pick an earlier as-of date and see what a model trained on what was known
//! then predicted for the invoices open then, next to what really happened, with the accuracy
//! and log loss of those predictions. It is how an analyst checks a model before trusting it,
//! and the only view of predictions a history without open invoices has.

use super::Screens;
use super::widgets::{bucket_color, count, header_titles, list_table, money, percent, prob_bar_ui};
use crate::app::JobKind;
use crate::app::{AppState, Command};
use crate::data::format::date;
use crate::i18n::{tr, trf};
use chrono::{Months, NaiveDate};
use egui_extras::Column;

/// The look-back's date field.
#[derive(Clone, Debug, Default)]
pub struct LookBackState {
    /// The date as typed (as the language writes dates); empty until the user types one.
    pub date_text: String,
}

/// A suggested look-back date: three months before the data's as-of date, far enough back for
/// most invoices open then to be decided by now.
pub fn suggested_date(as_of: NaiveDate) -> NaiveDate {
    as_of.checked_sub_months(Months::new(3)).unwrap_or(as_of)
}

/// How the language writes a date, as a hint in the empty field.
fn date_pattern() -> &'static str {
    match crate::i18n::language() {
        crate::i18n::Language::Dutch => "DD-MM-JJJJ", // i18n: not text (a date pattern)
        crate::i18n::Language::Swedish => "ÅÅÅÅ-MM-DD", // i18n: not text (a date pattern)
        crate::i18n::Language::English => "YYYY-MM-DD", // i18n: not text (a date pattern)
    }
}

/// Reads a typed date: ISO (2026-06-30), or day first as Dutch writes it (30-06-2026).
fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d-%m-%Y"))
        .ok()
}

/// The date picker and its button; `intro` explains why to look back.
pub fn look_back_bar_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
    as_of: NaiveDate,
) {
    if screens.look_back_form.date_text.is_empty() {
        screens.look_back_form.date_text = date(suggested_date(as_of));
    }
    let busy = state.busy_with(&[JobKind::LookBack]);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr("Look back to"));
        ui.add(
            egui::TextEdit::singleline(&mut screens.look_back_form.date_text)
                .desired_width(100.0)
                .hint_text(date_pattern()),
        )
        .labelled_by(label.id);
        for (months, text) in [(3u32, tr("3 months")), (6, tr("6 months")), (12, tr("1 year"))] {
            if ui.small_button(text).clicked()
                && let Some(date) = as_of.checked_sub_months(Months::new(months))
            {
                screens.look_back_form.date_text = crate::data::format::date(date);
            }
        }
        let date = parse_date(&screens.look_back_form.date_text);
        let valid = date.is_some_and(|d| d < as_of);
        let button = ui
            .add_enabled(!busy && valid, egui::Button::new(tr("Look back")))
            .on_hover_text(tr(
                "Train a model on what was known that day, predict the invoices open then, and compare with how they were paid",
            ));
        if button.clicked()
            && let Some(date) = date
        {
            commands.push(Command::LookBack(date));
        }
        if !valid {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                trf(
                    "Write a date before {as_of} as {pattern}.",
                    &[
                        ("as_of", &crate::data::format::date(as_of)),
                        ("pattern", &date_pattern()),
                    ],
                ),
            );
        }
    });
}

/// The look-back's result: its figures and every invoice open then.
/// What the look-back did and how well it predicted: the sentence, the layout note and the
/// scores of the invoices whose outcome is known.
fn summary_ui(
    ui: &mut egui::Ui,
    result: &crate::model::backtest::LookBack,
    tables: &crate::data::tables::Tables,
) {
    let known = result.rows.iter().filter(|r| r.actual.is_some()).count();
    let outcomes = if known == result.rows.len() {
        trf(
            "By {today} every one of them has an outcome.",
            &[("today", &date(tables.as_of))],
        )
    } else {
        trf(
            "{known} of them have an outcome by {today}; the other {undecided} are still undecided and are not scored.",
            &[
                ("known", &count(known)),
                ("today", &date(tables.as_of)),
                ("undecided", &count(result.rows.len() - known)),
            ],
        )
    };
    ui.add(
        egui::Label::new(trf(
            "A model trained only on what was known on {date} ({invoices} paid invoices to learn from) predicted the {open} invoices open that day. {outcomes}",
            &[
                ("date", &date(result.as_of)),
                ("invoices", &count(result.training_invoices)),
                ("open", &count(result.rows.len())),
                ("outcomes", &outcomes),
            ],
        ))
        .wrap(),
    );
    if result.layout.changed() {
        ui.add(egui::Label::new(egui::RichText::new(result.layout.describe()).weak()).wrap());
    }
    if let Some(e) = &result.evaluation {
        ui.horizontal_wrapped(|ui| {
            super::widgets::card_ui(ui, tr("Accuracy"), &percent(e.accuracy), None);
            super::widgets::card_ui(
                ui,
                tr("Log loss"),
                &crate::data::format::decimal(e.log_loss, 3),
                None,
            );
            super::widgets::card_ui(
                ui,
                tr("Baseline log loss"),
                &crate::data::format::decimal(e.baseline.log_loss, 3),
                None,
            );
            super::widgets::card_ui(ui, tr("Grade"), e.grade.letter(), None);
            super::widgets::card_ui(ui, tr("Invoices with an outcome"), &count(e.rows), None);
        });
    } else {
        ui.label(tr(
            "None of these invoices has an outcome yet, so the predictions cannot be scored. Look back further.",
        ));
    }
}

pub fn look_back_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let (Some(result), Some(data)) = (state.look_back.clone(), state.data()) else {
        return;
    };
    let tables = &data.imported.tables;
    let labels = result.buckets.labels();
    let k = labels.len();
    ui.horizontal_wrapped(|ui| {
        ui.heading(trf(
            "Look-back: predictions as of {date}",
            &[("date", &date(result.as_of))],
        ));
        if ui.button(tr("Close the look-back")).clicked() {
            commands.push(Command::CloseLookBack);
        }
    });
    summary_ui(ui, &result, tables);
    ui.separator();
    // Wider than a small window: the table scrolls sideways rather than cutting columns off.
    egui::ScrollArea::horizontal()
        .id_salt("look_back_wide")
        .show(ui, |ui| {
            let rows = &result.rows;
            let mut table = list_table(ui, "look_back_rows")
                .column(Column::auto().at_least(90.0))
                // Names are cut short with "…": the other columns then fit at 1280 points.
                .column(Column::initial(125.0).at_least(90.0).clip(true))
                .column(Column::auto().at_least(75.0))
                .column(Column::auto().at_least(80.0));
            for _ in 0..k {
                table = table.column(Column::auto().at_least(80.0));
            }
            table
                .column(Column::auto().at_least(110.0))
                .column(Column::auto().at_least(110.0))
                .column(Column::remainder().at_least(70.0))
                .header(22.0, |mut header| {
                    let mut titles = vec![
                        tr("Invoice").to_string(),
                        tr("Customer").to_string(),
                        tr("Amount").to_string(),
                        tr("Due date").to_string(),
                    ];
                    titles.extend(labels.iter().cloned());
                    titles.push(tr("Predicted").to_string());
                    titles.push(tr("What happened").to_string());
                    titles.push(tr("Days late").to_string());
                    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
                    header_titles(&mut header, &titles);
                })
                .body(|body| {
                    body.rows(20.0, rows.len(), |mut row| {
                        let Some(r) = rows.get(row.index()) else {
                            return;
                        };
                        let Some(inv) = tables.invoices.get(r.invoice as usize) else {
                            return;
                        };
                        let customer = tables.customer(inv);
                        row.col(|ui| {
                            ui.label(&inv.id);
                        });
                        row.col(|ui| {
                            let name = customer
                                .map(|c| c.name.clone().unwrap_or_else(|| c.id.clone()))
                                .unwrap_or_default();
                            ui.add(egui::Label::new(name).truncate());
                        });
                        row.col(|ui| {
                            ui.label(money(inv.amount));
                        });
                        row.col(|ui| {
                            ui.label(date(inv.due_date));
                        });
                        for (b, p) in r.probs.iter().enumerate() {
                            row.col(|ui| prob_bar_ui(ui, *p, bucket_color(b, k)));
                        }
                        row.col(|ui| {
                            let text = labels.get(r.predicted).map_or("", String::as_str);
                            ui.colored_label(bucket_color(r.predicted, k), text);
                        });
                        row.col(|ui| match r.actual {
                            Some(a) => {
                                let bucket = labels.get(a).map_or("", String::as_str);
                                if a == r.predicted {
                                    // A mark keeps the column narrow (the table holds at 1280 points
                                    // in every language); the words are on hover.
                                    ui.colored_label(bucket_color(a, k), format!("✔ {bucket}")) // i18n: not text
                                        .on_hover_text(trf(
                                            "{bucket}, as predicted",
                                            &[("bucket", &bucket)],
                                        ));
                                } else {
                                    ui.colored_label(bucket_color(a, k), bucket);
                                }
                            }
                            None => {
                                ui.weak(tr("Still open"));
                            }
                        });
                        row.col(|ui| {
                            match r.days_late {
                                Some(d) => ui.label(d.to_string()),
                                None => ui.weak("—"), // i18n: not text
                            };
                        });
                    });
                });
        });
}
