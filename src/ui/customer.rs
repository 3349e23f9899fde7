//! The Customer screen: a customer's status (balances, credit use, DSO, last payment, lateness
//! and its trend), expected amounts per bucket, its open invoices, the top factors of the chosen
//! invoice in plain words, and its payment history as a chart and a table.
//!
//! With no customer open (or after "Choose another customer…") it shows a searchable picker of
//! every customer in the collections worklist's order. The picker's order is built once per
//! scoring and its filter once per change of the search, so 100,000 customers scroll smoothly.

use super::Screens;
use super::widgets::{
    bucket_color, card_ui, count, header_titles, list_table, money, percent, prob_bar_ui,
};
use crate::app::{AppState, Command, LoadedData, Screen};
use crate::data::format::date;
use crate::data::tables::Customer;
use crate::i18n::{tr, trf};
use crate::insights::customer::{CustomerStatus, CustomerView, HistoryRow, WorklistRow};
use crate::model::explain::Factor;
use egui_extras::Column;
use egui_plot::{Legend, Plot, Points};
use std::sync::{Arc, Weak};

/// One customer in the picker.
#[derive(Clone, Debug, PartialEq)]
struct PickerRow {
    customer: u32,
    /// Open balance and the amount expected to be paid late or very late (`None`: the open
    /// invoices are not scored yet).
    amounts: Option<(f64, f64)>,
    /// The id and name in lower case, what the search looks in.
    haystack: String,
}

/// The picker's rows for one data set and scoring, and the rows the search leaves.
struct PickerList {
    /// The data set the rows were built from (weak: the list must not keep old data alive, and
    /// while it points at the allocation, a new data set cannot take the same address).
    data: Weak<LoadedData>,
    /// The scoring the amounts come from (`None`: none yet).
    generation: Option<u64>,
    rows: Vec<PickerRow>,
    /// The search `shown` was filtered with, as typed.
    filtered_by: String,
    /// Indices into `rows` that match the search, in order.
    shown: Vec<u32>,
}

/// The Customer screen's picker: its search, whether it is shown over an open customer, and
/// its cached list.
#[derive(Default)]
pub struct CustomerPicker {
    /// Part of a customer's id or name, any case.
    pub search: String,
    /// Show the picker although a customer is open ("Choose another customer…").
    pub choosing: bool,
    /// Put the keyboard in the search box on the next frame.
    focus_search: bool,
    /// Scroll the open invoices to the chosen one on the next frame (set when it is chosen).
    pub reveal_invoice: bool,
    list: Option<PickerList>,
}

impl CustomerPicker {
    /// The list for `data` and `scored` (with its generation), rebuilt only when either
    /// changed, and filtered again only when the search changed.
    fn list(
        &mut self,
        data: &Arc<LoadedData>,
        scored: Option<(u64, &[WorklistRow])>,
    ) -> &PickerList {
        let generation = scored.map(|(g, _)| g);
        let mut list = match self.list.take() {
            Some(list)
                if std::ptr::eq(list.data.as_ptr(), Arc::as_ptr(data))
                    && list.generation == generation =>
            {
                list
            }
            _ => {
                let rows = picker_rows(&data.imported.tables.customers, scored.map(|(_, w)| w));
                PickerList {
                    data: Arc::downgrade(data),
                    generation,
                    shown: matching(&rows, &self.search),
                    rows,
                    filtered_by: self.search.clone(),
                }
            }
        };
        if list.filtered_by != self.search {
            list.shown = matching(&list.rows, &self.search);
            list.filtered_by.clone_from(&self.search);
        }
        self.list.insert(list)
    }
}

/// Every customer, in the collections worklist's order (the largest amount expected late or
/// very late first), then those without open invoices in the order of the data.
fn picker_rows(customers: &[Customer], worklist: Option<&[WorklistRow]>) -> Vec<PickerRow> {
    let haystack = |c: &Customer| match &c.name {
        Some(name) => format!("{} {}", c.id, name).to_lowercase(),
        None => c.id.to_lowercase(),
    };
    let mut listed = vec![false; customers.len()];
    let mut rows = Vec::with_capacity(customers.len());
    for w in worklist.unwrap_or_default() {
        let index = w.customer as usize;
        if let (Some(seen), Some(c)) = (listed.get_mut(index), customers.get(index))
            && !*seen
        {
            *seen = true;
            rows.push(PickerRow {
                customer: w.customer,
                amounts: Some((w.open_amount, w.late_amount)),
                haystack: haystack(c),
            });
        }
    }
    // Scored customers without open invoices owe nothing; unscored ones are not known yet.
    let rest = worklist.map(|_| (0.0, 0.0));
    for (index, c) in customers.iter().enumerate() {
        if !listed.get(index).copied().unwrap_or(true) {
            rows.push(PickerRow {
                customer: index as u32,
                amounts: rest,
                haystack: haystack(c),
            });
        }
    }
    rows
}

/// The positions of the rows whose id or name contains `search` (any case; blank: all).
fn matching(rows: &[PickerRow], search: &str) -> Vec<u32> {
    let needle = search.trim().to_lowercase();
    rows.iter()
        .enumerate()
        .filter(|(_, r)| needle.is_empty() || r.haystack.contains(&needle))
        .map(|(i, _)| i as u32)
        .collect()
}

/// "C00042 Polar Components BV", or the id alone.
fn customer_title(c: &Customer) -> String {
    match &c.name {
        Some(n) => format!("{} {}", c.id, n),
        None => c.id.clone(),
    }
}

/// The searchable list of customers; a click opens one.
fn picker_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    data: &Arc<LoadedData>,
    commands: &mut Vec<Command>,
) {
    let tables = &data.imported.tables;
    let open = state
        .customer
        .as_ref()
        .and_then(|v| tables.customers.get(v.customer as usize));
    ui.horizontal(|ui| {
        ui.heading(tr("Choose a customer"));
        if let Some(c) = open
            && ui
                .button(trf("Back to {customer}", &[("customer", &c.id)]))
                .clicked()
        {
            screens.customer_picker.choosing = false;
        }
    });
    ui.label(
        egui::RichText::new(tr(
            "Customers with the largest amount expected to be paid late or very late come first. A customer or an invoice clicked on the Predictions screen opens here too.",
        ))
        .weak(),
    );
    let scored = state
        .scored()
        .map(|s| &**s)
        .map(|s| (state.scored_generation, &s.worklist[..]));
    let picker = &mut screens.customer_picker;
    let mut open_first = false;
    ui.horizontal(|ui| {
        let id = ui.label(tr("Search customers")).id;
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut picker.search)
                    .desired_width(220.0)
                    .hint_text(tr("id or name")),
            )
            .labelled_by(id);
        if std::mem::take(&mut picker.focus_search) {
            search.request_focus();
        }
        // Enter in the search box opens the first match, so the keyboard alone suffices.
        open_first = search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    });
    let list = picker.list(data, scored);
    ui.label(trf(
        "Showing {shown} of {total} customers",
        &[
            ("shown", &count(list.shown.len())),
            ("total", &count(list.rows.len())),
        ],
    ));
    let row_of = |i: usize| list.shown.get(i).and_then(|r| list.rows.get(*r as usize));
    if open_first && let Some(r) = row_of(0) {
        commands.push(Command::OpenCustomer {
            customer: r.customer,
            invoice: None,
        });
    }
    if list.rows.is_empty() {
        ui.label(tr("The data has no customers."));
        return;
    }
    if list.shown.is_empty() {
        ui.label(tr("No customer's id or name contains this text."));
        return;
    }
    list_table(ui, "customer_picker")
        .resizable(true)
        .column(Column::auto().at_least(110.0))
        .column(Column::auto().at_least(260.0))
        .columns(Column::auto().at_least(130.0), 2)
        .column(Column::remainder())
        .header(22.0, |mut header| {
            header_titles(
                &mut header,
                &[
                    tr("Customer"),
                    tr("Name"),
                    tr("Open balance"),
                    tr("Expected late + very late"),
                ],
            );
            header.col(|_| {});
        })
        .body(|body| {
            body.rows(22.0, list.shown.len(), |mut row| {
                let Some(r) = row_of(row.index()) else {
                    return;
                };
                let Some(c) = tables.customers.get(r.customer as usize) else {
                    return;
                };
                let mut clicked = false;
                row.col(|ui| {
                    clicked |= ui
                        .link(&c.id)
                        .on_hover_text(tr("Show this customer"))
                        .clicked();
                });
                row.col(|ui| {
                    // The name opens the customer too; the id's link is the keyboard's way.
                    let name = c.name.as_deref().unwrap_or_default();
                    clicked |= ui
                        .add(egui::Label::new(name).sense(egui::Sense::CLICK))
                        .clicked();
                });
                let (open_amount, late_amount) = match r.amounts {
                    Some((open, late)) => (money(open), money(late)),
                    None => ("—".to_string(), "—".to_string()),
                };
                for text in [open_amount, late_amount] {
                    row.col(|ui| {
                        ui.label(text);
                    });
                }
                row.col(|_| {});
                if clicked {
                    commands.push(Command::OpenCustomer {
                        customer: r.customer,
                        invoice: None,
                    });
                }
            });
        });
}

pub fn customer_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
) {
    let Some(data) = state.data() else {
        ui.label(tr("No data is open."));
        return;
    };
    if state.customer.is_none() || screens.customer_picker.choosing {
        picker_ui(ui, state, screens, data, commands);
        return;
    }
    let Some(view) = &state.customer else {
        return;
    };
    let reveal = std::mem::take(&mut screens.customer_picker.reveal_invoice);
    let mut choose_another = false;
    let tables = &data.imported.tables;
    let labels = state
        .model()
        .map_or_else(|| state.choice.buckets.labels(), |m| m.labels());
    let customer = tables.customers.get(view.customer as usize);
    let status = &view.status;
    egui::ScrollArea::vertical()
        .id_salt("customer_screen")
        .show(ui, |ui| {
        let effect = crate::insights::predict::PolicyEffect::of(&view.open);
        super::policies::policy_banner_ui(ui, &effect, &labels, commands);
        ui.horizontal_wrapped(|ui| {
            ui.heading(customer.map_or(String::new(), customer_title));
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
            if let Some(c) = customer
                && ui
                    .button(tr("Compare strategies for this customer…"))
                    .on_hover_text(tr("Discounts, terms, electronic billing side by side for this customer's open invoices"))
                    .clicked()
            {
                screens.strategies.for_customer(&c.id);
                commands.push(Command::Show(Screen::Strategies));
            }
            choose_another = ui
                .button(tr("Choose another customer…"))
                .on_hover_text(tr("Search all customers by id or name"))
                .clicked();
        });
        status_cards_ui(ui, status, &labels);
        ui.add_space(6.0);
        let open_ui = |ui: &mut egui::Ui, commands: &mut Vec<Command>| {
            ui.strong(tr("Open invoices"));
            if let Some(chosen) = open_invoices_ui(ui, view, tables, &labels, reveal) {
                commands.push(Command::OpenCustomer {
                    customer: view.customer,
                    invoice: Some(chosen),
                });
            }
        };
        let reasons_ui = |ui: &mut egui::Ui| {
            match view.invoice.and_then(|i| tables.invoices.get(i as usize)) {
                Some(invoice) => ui.strong(trf(
                    "Why invoice {invoice} is predicted so",
                    &[("invoice", &invoice.id)],
                )),
                None => ui.strong(tr("Why an invoice is predicted so")),
            };
            factors_ui(ui, &view.factors, &labels);
            // The card above shows the end of the data; the model the start of the day.
            if status.payments_on_as_of > 0 && view.factors.iter().any(|f| f.strength.is_finite())
            {
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(trf(
                            "As the model saw the customer at the start of {date}, before that day's payments ({count}).",
                            &[
                                ("date", &date(tables.as_of)),
                                ("count", &count(status.payments_on_as_of)),
                            ],
                        ))
                        .weak(),
                    )
                    .wrap(),
                );
            }
        };
        // Side by side where the reasons have room beside the invoices (whose table is
        // wider in Swedish and Dutch); otherwise they go below rather than being squeezed.
        const REASONS_WIDTH: f32 = 520.0;
        let mut beside = false;
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| open_ui(ui, commands));
            if ui.available_width() >= REASONS_WIDTH + 16.0 {
                beside = true;
                ui.add_space(16.0);
                ui.vertical(|ui| reasons_ui(ui));
            }
        });
        if !beside {
            ui.add_space(8.0);
            reasons_ui(ui);
        }
        ui.add_space(8.0);
        ui.strong(tr("Payment history: days late per invoice"));
        history_chart_ui(ui, &view.history, &labels);
        history_table_ui(ui, &view.history, tables, &labels);
    });
    if choose_another {
        screens.customer_picker.choosing = true;
        screens.customer_picker.focus_search = true;
    }
}

/// The customer's state of business as cards: balances, credit use, DSO, last payment,
/// lateness and its trend, and the expected amount per bucket.
fn status_cards_ui(ui: &mut egui::Ui, status: &CustomerStatus, labels: &[String]) {
    let k = labels.len();
    ui.horizontal_wrapped(|ui| {
        card_ui(ui, tr("Open balance"), &money(status.open_balance), None);
        card_ui(
            ui,
            tr("Overdue balance"),
            &money(status.overdue_balance),
            None,
        );
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
            &status.last_payment.map_or("—".to_string(), date),
            None,
        );
        card_ui(
            ui,
            tr("Average days late"),
            &status.avg_days_late.map_or("—".to_string(), |d| {
                trf(
                    "{days_late} ({paid} paid)",
                    &[
                        ("days_late", &crate::data::format::decimal(d, 1)),
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
                        ("days_late", &crate::data::format::decimal(d, 1)),
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
}

/// Every open invoice of the customer (virtualised: a customer may have thousands) with its
/// probabilities; the chosen one is highlighted and, with `reveal`, scrolled into view. Returns
/// the invoice whose id was clicked.
fn open_invoices_ui(
    ui: &mut egui::Ui,
    view: &CustomerView,
    tables: &crate::data::tables::Tables,
    labels: &[String],
    reveal: bool,
) -> Option<u32> {
    let k = labels.len();
    let mut clicked = None;
    let mut builder = list_table(ui, "customer_open")
        .max_scroll_height(330.0)
        .column(Column::auto().at_least(100.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::auto().at_least(80.0))
        .columns(Column::auto().at_least(90.0), k);
    if reveal
        && let Some(row) = view
            .open
            .iter()
            .position(|p| Some(p.invoice) == view.invoice)
    {
        builder = builder.scroll_to_row(row, None);
    }
    builder
        .header(20.0, |mut header| {
            for name in [tr("Invoice"), tr("Open amount"), tr("Due")]
                .into_iter()
                .chain(labels.iter().map(String::as_str))
            {
                header.col(|ui| {
                    ui.weak(name);
                });
            }
        })
        .body(|body| {
            body.rows(22.0, view.open.len(), |mut row| {
                let Some(p) = view.open.get(row.index()) else {
                    return;
                };
                let Some(inv) = tables.invoices.get(p.invoice as usize) else {
                    return;
                };
                let chosen = view.invoice == Some(p.invoice);
                row.set_selected(chosen);
                row.col(|ui| {
                    if ui
                        .selectable_label(chosen, &inv.id)
                        .on_hover_text(tr("Show why this invoice is predicted so"))
                        .clicked()
                    {
                        clicked = Some(p.invoice);
                    }
                });
                row.col(|ui| {
                    ui.label(money(p.open_amount));
                });
                row.col(|ui| {
                    ui.label(date(inv.due_date));
                });
                for (b, prob) in p.probs.iter().enumerate() {
                    row.col(|ui| prob_bar_ui(ui, *prob, bucket_color(b, k)));
                }
            });
        });
    clicked
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
    let text_width = (ui.available_width() - 310.0).clamp(200.0, 420.0);
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
                        // The strength is a difference of log-odds: as a factor on the odds
                        // it has a unit a reader knows.
                        trf(
                            "odds ×{factor}",
                            &[("factor", &crate::data::format::decimal(f.strength.exp(), 1))],
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
        // Zoomed far out, a mark can lie past the calendar's end: it is left unlabelled.
        .x_axis_formatter(move |mark, _| {
            chrono::TimeDelta::try_days(mark.value.round() as i64)
                .and_then(|d| epoch.checked_add_signed(d))
                .map(crate::data::format::month)
                .unwrap_or_default()
        })
        .y_axis_label(tr("Days late"))
        .y_grid_spacer(super::widgets::round_grid_spacer())
        .label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => {
                let day = chrono::TimeDelta::try_days(position.x.round() as i64)
                    .and_then(|d| epoch.checked_add_signed(d))?;
                let days = position.y.round() as i64;
                let date = crate::data::format::date(day);
                let values: [(&str, &dyn std::fmt::Display); 3] = [
                    ("bucket", plot_name),
                    ("date", &date),
                    ("days", &days.abs()),
                ];
                Some(match days.signum() {
                    1 => trf(
                        "{bucket}: invoice of {date}, paid {days} days after the due date",
                        &values,
                    ),
                    -1 => trf(
                        "{bucket}: invoice of {date}, paid {days} days before the due date",
                        &values,
                    ),
                    _ => trf("{bucket}: invoice of {date}, paid on the due date", &values),
                })
            }
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
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
    list_table(ui, "customer_history")
        .vscroll(false)
        .columns(Column::auto().at_least(100.0), 6)
        .column(Column::remainder())
        .header(22.0, |mut header| {
            header_titles(
                &mut header,
                &[
                    tr("Invoice"),
                    tr("Invoice date"),
                    tr("Due date"),
                    tr("Amount"),
                    tr("Paid"),
                    tr("Days late"),
                    tr("Bucket"),
                ],
            );
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
                    ui.label(date(r.invoice_date));
                });
                row.col(|ui| {
                    ui.label(date(r.due_date));
                });
                row.col(|ui| {
                    ui.label(money(r.amount));
                });
                row.col(|ui| {
                    ui.label(r.settled_date.map_or(tr("Open").to_string(), date));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(id: &str, name: Option<&str>) -> Customer {
        Customer {
            name: name.map(str::to_string),
            ..Customer::bare(id)
        }
    }

    fn owing(customer: u32, open_amount: f64, late_amount: f64) -> WorklistRow {
        WorklistRow {
            customer,
            open_amount,
            late_amount,
            very_late_amount: 0.0,
            open_invoices: 1,
            flagged_invoices: 0,
        }
    }

    #[test]
    fn picker_lists_the_worklist_order_then_customers_without_open_invoices() {
        let customers = [
            customer("C1", Some("Alpha BV")),
            customer("C2", None),
            customer("C3", Some("Gamma Ltd")),
            customer("C4", Some("Delta AB")),
        ];
        let worklist = [owing(2, 900.0, 500.0), owing(0, 300.0, 40.0)];
        let rows = picker_rows(&customers, Some(&worklist));
        let order: Vec<u32> = rows.iter().map(|r| r.customer).collect();
        assert_eq!(order, vec![2, 0, 1, 3]);
        assert_eq!(rows[0].amounts, Some((900.0, 500.0)));
        assert_eq!(rows[2].amounts, Some((0.0, 0.0)));
        assert_eq!(rows[0].haystack, "c3 gamma ltd");
        // Not scored yet: every customer, amounts unknown.
        let unscored = picker_rows(&customers, None);
        assert_eq!(unscored.len(), 4);
        assert!(unscored.iter().all(|r| r.amounts.is_none()));
    }

    #[test]
    fn picker_search_matches_id_or_name_in_any_case() {
        let customers = [
            customer("C1", Some("Alpha BV")),
            customer("C2", None),
            customer("X9", Some("Polar Components")),
        ];
        let rows = picker_rows(&customers, None);
        assert_eq!(matching(&rows, ""), vec![0, 1, 2]);
        assert_eq!(matching(&rows, "  c2 "), vec![1]);
        assert_eq!(matching(&rows, "POLAR"), vec![2]);
        assert_eq!(matching(&rows, "c"), vec![0, 1, 2]);
        assert!(matching(&rows, "zeta").is_empty());
    }
}
