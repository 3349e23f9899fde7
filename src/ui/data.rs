//! The data screen: the imported customers, invoices and payments as virtualised tables.

use super::Screens;
use super::widgets::{count, list_table, money};
use crate::app::AppState;
use crate::app::JobKind;
use crate::data::format::date;
use crate::data::tables::Tables;
use crate::i18n::{tr, trf};
use egui_extras::{Column, TableBuilder};

/// Which table is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DataTab {
    #[default]
    Invoices,
    Customers,
    Payments,
}

pub fn data_ui(ui: &mut egui::Ui, state: &AppState, screens: &mut Screens) {
    let Some(data) = state.data() else {
        if state.busy_with(&[JobKind::Import, JobKind::Model]) {
            ui.label(tr("Loading the data…"));
        } else {
            ui.label(tr(
                "No data yet. Use \"Import your own data…\" to choose your files.",
            ));
        }
        return;
    };
    let tables = &data.imported.tables;
    summary_ui(ui, tables);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        for (tab, label) in [
            (DataTab::Invoices, tr("Invoices")),
            (DataTab::Customers, tr("Customers")),
            (DataTab::Payments, tr("Payments")),
        ] {
            ui.selectable_value(&mut screens.data_tab, tab, label);
        }
    });
    ui.separator();
    match screens.data_tab {
        DataTab::Invoices => invoices_ui(ui, tables),
        DataTab::Customers => customers_ui(ui, tables),
        DataTab::Payments => payments_ui(ui, tables),
    }
}

fn summary_ui(ui: &mut egui::Ui, tables: &Tables) {
    let open: Vec<_> = tables.open_invoices().collect();
    let open_amount: f64 = open
        .iter()
        .map(|(_, i)| i.amount - i.paid_amount.max(0.0))
        .sum();
    ui.horizontal(|ui| {
        for (label, value) in [
            (tr("Customers"), count(tables.customers.len())),
            (tr("Invoices"), count(tables.invoices.len())),
            (tr("Open invoices"), count(open.len())),
            (tr("Open amount"), money(open_amount)),
            (tr("Payments"), count(tables.payments.len())),
            (tr("Data as of"), date(tables.as_of)),
        ] {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.vertical(|ui| {
                    ui.label(egui::RichText::new(label).small().weak());
                    ui.label(egui::RichText::new(value).strong().size(18.0));
                });
            });
        }
    });
}

fn table<'a>(ui: &'a mut egui::Ui, id: &str, columns: usize) -> TableBuilder<'a> {
    let mut builder = list_table(ui, id).resizable(true);
    for _ in 0..columns {
        builder = builder.column(Column::auto().at_least(90.0));
    }
    builder.column(Column::remainder())
}

fn header_ui(header: &mut egui_extras::TableRow<'_, '_>, names: &[&str]) {
    for name in names {
        header.col(|ui| {
            ui.strong(*name);
        });
    }
    header.col(|_| {});
}

fn invoices_ui(ui: &mut egui::Ui, tables: &Tables) {
    let names = [
        tr("Invoice"),
        tr("Customer"),
        tr("Invoice date"),
        tr("Due date"),
        tr("Amount"),
        tr("Currency"),
        tr("Status"),
        tr("Days late"),
    ];
    table(ui, "invoices", names.len())
        .header(22.0, |mut header| header_ui(&mut header, &names))
        .body(|body| {
            body.rows(20.0, tables.invoices.len(), |mut row| {
                let Some(invoice) = tables.invoices.get(row.index()) else {
                    return;
                };
                let customer = tables.customer(invoice).map_or("", |c| c.id.as_str());
                let status = match invoice.settled_date {
                    Some(d) => trf("Paid {date}", &[("date", &date(d))]),
                    None if invoice.paid_amount > 0.0 => trf(
                        "Open, {amount} paid",
                        &[("amount", &money(invoice.paid_amount))],
                    ),
                    None => tr("Open").to_string(),
                };
                let days_late = invoice
                    .days_late()
                    .map(|d| d.to_string())
                    .unwrap_or_default();
                let cells = [
                    invoice.id.clone(),
                    customer.to_string(),
                    date(invoice.invoice_date),
                    date(invoice.due_date),
                    money(invoice.amount),
                    tables.currency(invoice).unwrap_or("").to_string(),
                    status,
                    days_late,
                ];
                for (i, cell) in cells.iter().enumerate() {
                    row.col(|ui| {
                        if i == 4 || i == 7 {
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    ui.label(cell);
                                },
                            );
                        } else {
                            ui.label(cell);
                        }
                    });
                }
                row.col(|_| {});
            });
        });
}

fn customers_ui(ui: &mut egui::Ui, tables: &Tables) {
    let names = [
        tr("Customer"),
        tr("Name"),
        tr("Group"),
        tr("Country / region"),
        tr("Credit limit"),
        tr("Terms (days)"),
        tr("Paperless since"),
    ];
    table(ui, "customers", names.len())
        .header(22.0, |mut header| header_ui(&mut header, &names))
        .body(|body| {
            body.rows(20.0, tables.customers.len(), |mut row| {
                let Some(c) = tables.customers.get(row.index()) else {
                    return;
                };
                let cells = [
                    c.id.clone(),
                    c.name.clone().unwrap_or_default(),
                    c.group.clone().unwrap_or_default(),
                    c.region.clone().unwrap_or_default(),
                    c.credit_limit.map(money).unwrap_or_default(),
                    c.terms_days.map(|t| t.to_string()).unwrap_or_default(),
                    c.paperless_since.map(date).unwrap_or_default(),
                ];
                for cell in cells {
                    row.col(|ui| {
                        ui.label(cell);
                    });
                }
                row.col(|_| {});
            });
        });
}

fn payments_ui(ui: &mut egui::Ui, tables: &Tables) {
    let names = [tr("Invoice"), tr("Payment date"), tr("Amount")];
    table(ui, "payments", names.len())
        .header(22.0, |mut header| header_ui(&mut header, &names))
        .body(|body| {
            body.rows(20.0, tables.payments.len(), |mut row| {
                let Some(p) = tables.payments.get(row.index()) else {
                    return;
                };
                let invoice = tables
                    .invoices
                    .get(p.invoice as usize)
                    .map_or("", |i| i.id.as_str());
                let cells = [invoice.to_string(), date(p.payment_date), money(p.amount)];
                for cell in cells {
                    row.col(|ui| {
                        ui.label(cell);
                    });
                }
                row.col(|_| {});
            });
        });
}
