//! The Customer screen: a customer's status (balances, credit use, DSO, last payment, lateness
//! and its trend), expected amounts per bucket, its open invoices, the top factors of the chosen
//! invoice in plain words, and its payment history as a chart and a table.

use super::widgets::{bucket_color, card_ui, count, money, percent, prob_bar_ui};
use crate::app::{AppState, Command, Screen};
use crate::i18n::{tr, trf};
use crate::insights::customer::{CustomerStatus, HistoryRow};
use crate::insights::predict::Prediction;
use crate::model::explain::Factor;
use egui_extras::{Column, TableBuilder};
use egui_plot::{Legend, Plot, Points};

/// What the Customer screen shows, computed when a customer is opened.
pub struct CustomerView {
    pub customer: u32,
    /// The invoice whose factors are shown.
    pub invoice: Option<u32>,
    pub status: CustomerStatus,
    pub history: Vec<HistoryRow>,
    /// Predictions of the customer's open invoices.
    pub open: Vec<Prediction>,
    pub factors: Vec<Factor>,
}

pub fn customer_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    let (Some(view), Some(data)) = (&state.customer, state.data.clone()) else {
        ui.label(tr(
            "Click a customer or an invoice on the Predictions screen to see it here.",
        ));
        return;
    };
    let tables = &data.imported.tables;
    let labels = state
        .model
        .as_ref()
        .map_or_else(|| state.fields.buckets.labels(), |m| m.labels());
    let k = labels.len();
    let customer = tables.customers.get(view.customer as usize);
    let status = &view.status;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(customer.map_or(String::new(), |c| match &c.name {
                Some(n) => format!("{} {}", c.id, n),
                None => c.id.clone(),
            }));
            if let Some(group) = customer.and_then(|c| c.group.as_ref()) {
                ui.label(format!("({group})"));
            }
            if ui
                .button(tr("What-if for this customer…"))
                .on_hover_text(tr("Try a discount, other terms or electronic billing for this customer's open invoices"))
                .clicked()
            {
                commands.push(Command::Show(Screen::WhatIf));
            }
        });
        ui.horizontal_wrapped(|ui| {
            card_ui(ui, tr("Open balance"), &money(status.open_balance), None);
            card_ui(ui, tr("Overdue balance"), &money(status.overdue_balance), None);
            card_ui(ui, tr("Open invoices"), &count(status.open_invoices), None);
            card_ui(
                ui,
                tr("Credit use"),
                &match (status.credit_use, status.credit_limit) {
                    (Some(u), Some(l)) => trf(
                        "{share} of {limit}",
                        &[("share", &percent(u)), ("limit", &money(l))],
                    ),
                    _ => tr("No credit limit").to_string(),
                },
                None,
            );
            card_ui(
                ui,
                tr("DSO (90 days)"),
                &status.dso.map_or("—".to_string(), |d| {
                    trf("{days} days", &[("days", &format!("{d:.0}"))])
                }),
                None,
            );
            card_ui(
                ui,
                tr("Last payment"),
                &status.last_payment.map_or("—".to_string(), |d| d.to_string()),
                None,
            );
            card_ui(
                ui,
                tr("Average days late"),
                &status.avg_days_late.map_or("—".to_string(), |d| {
                    trf(
                        "{days_late} ({paid} paid)",
                        &[
                            ("days_late", &format!("{d:.1}")),
                            ("paid", &count(status.paid_invoices)),
                        ],
                    )
                }),
                None,
            );
            card_ui(
                ui,
                tr("Trend (last 5 paid)"),
                &match status.recent_days_late {
                    Some(d) => trf(
                        "{trend}, {days_late} days late",
                        &[
                            ("trend", &status.trend.label()),
                            ("days_late", &format!("{d:.1}")),
                        ],
                    ),
                    None => status.trend.label().to_string(),
                },
                None,
            );
        });
        ui.horizontal_wrapped(|ui| {
            for (b, label) in labels.iter().enumerate() {
                card_ui(
                    ui,
                    &trf("Expected {bucket}", &[("bucket", &label.to_lowercase())]),
                    &money(status.expected.get(b).copied().unwrap_or(0.0)),
                    Some(bucket_color(b, k)),
                );
            }
        });
        ui.add_space(6.0);
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_max_width(520.0);
                ui.strong(tr("Open invoices"));
                egui::Grid::new("customer_open").striped(true).show(ui, |ui| {
                    ui.weak(tr("Invoice"));
                    ui.weak(tr("Open amount"));
                    ui.weak(tr("Due"));
                    for l in &labels {
                        ui.weak(l);
                    }
                    ui.end_row();
                    for p in view.open.iter().take(50) {
                        let Some(inv) = tables.invoices.get(p.invoice as usize) else {
                            continue;
                        };
                        let chosen = view.invoice == Some(p.invoice);
                        if ui
                            .selectable_label(chosen, &inv.id)
                            .on_hover_text(tr("Show why this invoice is predicted so"))
                            .clicked()
                        {
                            commands.push(Command::OpenCustomer {
                                customer: view.customer,
                                invoice: Some(p.invoice),
                            });
                        }
                        ui.label(money(p.open_amount));
                        ui.label(inv.due_date.to_string());
                        for (b, prob) in p.probs.iter().enumerate() {
                            ui.horizontal(|ui| prob_bar_ui(ui, *prob, bucket_color(b, k)));
                        }
                        ui.end_row();
                    }
                });
                if view.open.len() > 50 {
                    ui.weak(trf(
                        "…and {count} more",
                        &[("count", &count(view.open.len() - 50))],
                    ));
                }
            });
            ui.add_space(16.0);
            ui.vertical(|ui| {
                let invoice = view
                    .invoice
                    .and_then(|i| tables.invoices.get(i as usize))
                    .map_or("", |i| i.id.as_str());
                ui.strong(trf(
                    "Why invoice {invoice} is predicted so",
                    &[("invoice", &invoice)],
                ));
                factors_ui(ui, &view.factors, &labels);
            });
        });
        ui.add_space(8.0);
        ui.strong(tr("Payment history: days late per invoice"));
        history_chart_ui(ui, &view.history, &labels);
        history_table_ui(ui, &view.history, tables, &labels);
    });
}

fn factors_ui(ui: &mut egui::Ui, factors: &[Factor], labels: &[String]) {
    if factors.is_empty() {
        ui.label(tr("Choose an open invoice to see the reasons."));
        return;
    }
    let k = labels.len();
    let largest = factors
        .iter()
        .map(|f| f.strength)
        .filter(|s| s.is_finite())
        .fold(0.0_f64, f64::max)
        .max(1e-9);
    // The sentence takes what the direction and the bar leave of the column, so the row fits
    // a 1280-point window beside the open invoices.
    let text_width = (ui.available_width() - 310.0).clamp(160.0, 360.0);
    egui::Grid::new("factors").striped(true).show(ui, |ui| {
        for f in factors {
            ui.scope(|ui| {
                ui.set_min_width(text_width);
                ui.set_max_width(text_width);
                ui.add(egui::Label::new(&f.text).wrap());
            });
            let toward = labels.get(f.toward).map_or("", String::as_str);
            ui.colored_label(
                bucket_color(f.toward, k),
                trf("toward {bucket}", &[("bucket", &toward)]),
            );
            let size = if f.strength.is_finite() {
                (f.strength / largest).clamp(0.0, 1.0)
            } else {
                1.0
            };
            ui.add(
                egui::ProgressBar::new(size as f32)
                    .desired_width(120.0)
                    .fill(bucket_color(f.toward, k))
                    .text(if f.strength.is_finite() {
                        trf(
                            "strength {strength}",
                            &[("strength", &format!("{:.2}", f.strength))],
                        )
                    } else {
                        tr("decides it").to_string()
                    }),
            );
            ui.end_row();
        }
    });
}

fn history_chart_ui(ui: &mut egui::Ui, history: &[HistoryRow], labels: &[String]) {
    let k = labels.len();
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    Plot::new("history")
        .height(220.0)
        .legend(Legend::default().follow_insertion_order(true))
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _| {
            (epoch + chrono::Duration::days(mark.value.round() as i64))
                .format("%Y-%m")
                .to_string()
        })
        .y_axis_label(tr("Days late"))
        .show(ui, |plot| {
            for (b, label) in labels.iter().enumerate() {
                let points: Vec<[f64; 2]> = history
                    .iter()
                    .filter(|r| r.bucket == Some(b))
                    .filter_map(|r| {
                        Some([
                            (r.invoice_date - epoch).num_days() as f64,
                            r.days_late? as f64,
                        ])
                    })
                    .collect();
                plot.points(
                    Points::new(label.as_str(), points)
                        .color(bucket_color(b, k))
                        .radius(3.0),
                );
            }
        });
}

fn history_table_ui(
    ui: &mut egui::Ui,
    history: &[HistoryRow],
    tables: &crate::data::tables::Tables,
    labels: &[String],
) {
    let k = labels.len();
    TableBuilder::new(ui)
        .id_salt("customer_history")
        .striped(true)
        .vscroll(false)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .columns(Column::auto().at_least(100.0), 6)
        .column(Column::remainder())
        .header(22.0, |mut header| {
            for name in [
                tr("Invoice"),
                tr("Invoice date"),
                tr("Due date"),
                tr("Amount"),
                tr("Paid"),
                tr("Days late"),
                tr("Bucket"),
            ] {
                header.col(|ui| {
                    ui.strong(name);
                });
            }
        })
        .body(|body| {
            // Newest first.
            body.rows(20.0, history.len(), |mut row| {
                let Some(r) = history
                    .len()
                    .checked_sub(row.index() + 1)
                    .and_then(|i| history.get(i))
                else {
                    return;
                };
                let id = tables
                    .invoices
                    .get(r.invoice as usize)
                    .map_or("", |i| i.id.as_str());
                row.col(|ui| {
                    ui.label(id);
                });
                row.col(|ui| {
                    ui.label(r.invoice_date.to_string());
                });
                row.col(|ui| {
                    ui.label(r.due_date.to_string());
                });
                row.col(|ui| {
                    ui.label(money(r.amount));
                });
                row.col(|ui| {
                    ui.label(
                        r.settled_date
                            .map_or(tr("Open").to_string(), |d| d.to_string()),
                    );
                });
                row.col(|ui| {
                    ui.label(r.days_late.map_or(String::new(), |d| d.to_string()));
                });
                row.col(|ui| match r.bucket {
                    Some(b) => {
                        ui.colored_label(
                            bucket_color(b, k),
                            labels.get(b).map_or("", String::as_str),
                        );
                    }
                    None => {
                        ui.label(""); // i18n: not text
                    }
                });
            });
        });
}
