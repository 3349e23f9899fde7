//! The What-if screen: choose which open invoices (one invoice, one customer's, or a filter) and
//! what changes (discount, terms, electronic billing, dispute, credit limit, a reminder before the
//! due date), run it, and compare
//! before and after per bucket, with the discount's cost against its benefits and the formula.
//! A scenario can be saved as a policy that later scoring applies.

use super::Screens;
use super::widgets::{
    bucket_color, count, header_titles, labelled_drag, list_table, money, percent_drag,
};
use crate::app::JobKind;
use crate::app::{AppState, Command};
use crate::data::tables::Tables;
use crate::i18n::{tr, trf};
use crate::insights::whatif::{self, Changes, Filter, Now, Policy, Scenario, Scope, WhatIf};
use crate::model::buckets::Buckets;
use egui_extras::Column;
use egui_plot::{Bar, BarChart, Legend, Plot};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ScopeChoice {
    Invoice,
    #[default]
    Customer,
    Filter,
}

/// The form of the What-if screen.
#[derive(Clone, Debug)]
pub struct WhatIfState {
    pub scope: ScopeChoice,
    pub invoice_id: String,
    pub customer_id: String,
    /// Customer group of the filter scope (empty: any).
    pub group: String,
    pub min_amount: f64,
    pub change_discount: bool,
    pub discount_pct: f64,
    pub discount_days: i32,
    pub change_terms: bool,
    pub terms_days: i32,
    /// `None`: unchanged.
    pub electronic: Option<bool>,
    pub resolve_dispute: bool,
    pub change_credit_limit: bool,
    pub credit_limit: f64,
    pub remind: bool,
    /// Days before the due date the reminder goes out.
    pub remind_days_before_due: i32,
    pub policy_name: String,
    /// A saved policy also applies to the invoices open now (not only to new ones).
    pub policy_includes_open: bool,
    /// What the scope's invoices have now, with the scope and the scoring generation it was
    /// worked out for.
    now: Option<(Scope, u64, Now)>,
}

impl Default for WhatIfState {
    fn default() -> Self {
        WhatIfState {
            scope: ScopeChoice::default(),
            invoice_id: String::new(),
            customer_id: String::new(),
            group: String::new(),
            min_amount: 0.0,
            change_discount: false,
            discount_pct: 2.0,
            discount_days: 10,
            change_terms: false,
            terms_days: 30,
            electronic: None,
            resolve_dispute: false,
            change_credit_limit: false,
            credit_limit: 50_000.0,
            remind: false,
            remind_days_before_due: 5,
            policy_name: String::new(),
            policy_includes_open: true,
            now: None,
        }
    }
}

impl WhatIfState {
    /// Points the form at a customer (and invoice) opened elsewhere.
    pub fn set_target(&mut self, tables: &Tables, customer: u32, invoice: Option<u32>) {
        if let Some(c) = tables.customers.get(customer as usize) {
            self.customer_id = c.id.clone();
            if let Some(limit) = c.credit_limit {
                self.credit_limit = limit;
            }
            if let Some(terms) = c.terms_days {
                self.terms_days = terms;
            }
        }
        if let Some(inv) = invoice.and_then(|i| tables.invoices.get(i as usize)) {
            self.invoice_id = inv.id.clone();
        }
    }

    fn changes(&self) -> Changes {
        Changes {
            discount_pct: self.change_discount.then_some(self.discount_pct),
            discount_days: self.change_discount.then_some(self.discount_days),
            terms_days: self.change_terms.then_some(self.terms_days),
            electronic: self.electronic,
            resolve_dispute: self.resolve_dispute,
            credit_limit: self.change_credit_limit.then_some(self.credit_limit),
            remind_days_before_due: self.remind.then_some(self.remind_days_before_due),
            ..Changes::default()
        }
    }

    fn filter(&self) -> Filter {
        Filter {
            group: (!self.group.trim().is_empty()).then(|| self.group.trim().to_string()),
            min_amount: (self.min_amount > 0.0).then_some(self.min_amount),
            ..Filter::default()
        }
    }

    fn scope(&self) -> Scope {
        match self.scope {
            ScopeChoice::Invoice => Scope::Invoice(self.invoice_id.trim().to_string()),
            ScopeChoice::Customer => Scope::Customer(self.customer_id.trim().to_string()),
            ScopeChoice::Filter => Scope::Filter(self.filter()),
        }
    }

    fn scenario(&self) -> Scenario {
        Scenario {
            name: self.policy_name.clone(),
            scope: self.scope(),
            changes: self.changes(),
        }
    }
}

/// Amount-weighted P(on time) of expected amounts per bucket.
fn on_time_share(totals: &[f64]) -> f64 {
    let sum: f64 = totals.iter().sum();
    if sum > 0.0 {
        totals.first().copied().unwrap_or(0.0) / sum
    } else {
        0.0
    }
}

fn pct1(share: f64) -> String {
    crate::data::format::percent_1(share)
}

pub fn what_if_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
) {
    let Some(data) = state.data() else {
        ui.label(tr("Import data first."));
        return;
    };
    let tables = &data.imported.tables;
    egui::ScrollArea::vertical()
        .id_salt("what_if_screen")
        .show(ui, |ui| {
        ui.heading(tr("What-if"));
        let form = &mut screens.what_if;
        scope_ui(ui, form, tables);
        ui.add_space(4.0);
        let scope = form.scope();
        let now = form.now_of(state, tables);
        let named = match &scope {
            Scope::Invoice(id) | Scope::Customer(id) => !id.is_empty(),
            Scope::Filter(_) => true,
        };
        if named && now.invoices == 0 {
            ui.weak(tr("No open invoices in this scope: nothing to change."));
        } else if now.invoices > 1 {
            ui.weak(trf(
                "{count} open invoices in this scope",
                &[("count", &count(now.invoices))],
            ));
        }
        changes_ui(ui, form, &now);
        ui.add_space(4.0);
        rates_ui(ui, state, commands);
        ui.add_space(4.0);
        if screens.what_if.change_discount && now.with_discount > 0 {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                trf(
                    "{count} of these invoices already have a cash discount: the new one replaces it.",
                    &[("count", &now.with_discount)],
                ),
            );
        }
        // The form's ranges keep most values in bounds; what they cannot (discount days past
        // the new terms) is said here, and nothing runs or is saved until it is changed.
        let invalid = screens.what_if.changes().validate().err().map(|e| e.to_string());
        if let Some(problem) = &invalid {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        actions_ui(ui, state, &mut screens.what_if, tables, invalid.as_deref(), commands);
        if ui
            .button(tr("Compare strategies for this scope…"))
            .on_hover_text(tr("Several strategies side by side on these invoices, with the best per customer"))
            .clicked()
        {
            match &scope {
                Scope::Customer(id) => screens.strategies.for_customer(id),
                Scope::Filter(f) => screens.strategies.for_filter(f),
                Scope::Invoice(id) => {
                    let customer = tables
                        .invoices
                        .iter()
                        .find(|i| &i.id == id)
                        .and_then(|i| tables.customers.get(i.customer as usize));
                    if let Some(c) = customer {
                        screens.strategies.for_customer(&c.id);
                    }
                }
            }
            commands.push(Command::Show(crate::app::Screen::Strategies));
        }
        super::policies::policies_list_ui(ui, state, commands);
        ui.separator();
        if let (Some(result), Some(model)) = (&state.what_if_result, state.model()) {
            result_ui(ui, result, &model.buckets, tables);
        }
    });
}

/// Which invoices the scenario changes: one invoice, one customer's, or a filter.
fn scope_ui(ui: &mut egui::Ui, form: &mut WhatIfState, tables: &Tables) {
    ui.horizontal(|ui| {
        ui.strong(tr("Which invoices:"));
        ui.radio_value(&mut form.scope, ScopeChoice::Invoice, tr("This invoice"));
        ui.radio_value(&mut form.scope, ScopeChoice::Customer, tr("This customer"));
        ui.radio_value(&mut form.scope, ScopeChoice::Filter, tr("Filter"));
    });
    ui.horizontal(|ui| match form.scope {
        ScopeChoice::Invoice => {
            let id = ui.label(tr("Invoice id")).id;
            ui.add(
                egui::TextEdit::singleline(&mut form.invoice_id)
                    .hint_text(tr("or pick an invoice on the Customer screen")),
            )
            .labelled_by(id);
        }
        ScopeChoice::Customer => {
            super::widgets::customer_id_ui(ui, &mut form.customer_id, tables);
        }
        ScopeChoice::Filter => {
            let id = ui.label(tr("Customer group (empty: any)")).id;
            ui.text_edit_singleline(&mut form.group).labelled_by(id);
            labelled_drag(
                ui,
                tr("Invoice amount at least"),
                &mut form.min_amount,
                |d| d.range(0.0..=f64::MAX).speed(100.0),
            );
        }
    });
}

impl WhatIfState {
    /// What the scope's invoices have now; worked out again only when the scope or the
    /// predictions change (a filter reads every open invoice).
    fn now_of(&mut self, state: &AppState, tables: &Tables) -> Now {
        let scope = self.scope();
        let generation = state.scored_generation;
        if self
            .now
            .as_ref()
            .is_none_or(|(s, g, _)| *s != scope || *g != generation)
        {
            let current = state
                .scored()
                .map_or(&[][..], |s| &s.scored.predictions[..]);
            let now = whatif::now(tables, &scope, current);
            self.now = Some((scope, generation, now));
        }
        self.now
            .as_ref()
            .map(|(_, _, n)| n.clone())
            .unwrap_or_default()
    }
}

/// The changes, each beside what the scope's invoices have now.
fn changes_ui(ui: &mut egui::Ui, form: &mut WhatIfState, now: &Now) {
    ui.strong(tr("Changes"));
    egui::Grid::new("changes")
        .num_columns(3)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.checkbox(&mut form.change_discount, tr("Offer a cash discount"));
            ui.add_enabled_ui(form.change_discount, |ui| {
                ui.horizontal(|ui| {
                    labelled_drag(ui, tr("Discount %"), &mut form.discount_pct, |d| {
                        d.range(0.0..=20.0)
                            .speed(0.1)
                            .suffix(crate::data::format::percent_suffix())
                    });
                    labelled_drag(
                        ui,
                        tr("if paid within (days)"),
                        &mut form.discount_days,
                        |d| d.range(0..=120),
                    );
                });
            });
            now_ui(ui, now, now_discount(now));
            ui.end_row();
            ui.checkbox(&mut form.change_terms, tr("Change payment terms"));
            ui.add_enabled_ui(form.change_terms, |ui| {
                labelled_drag(ui, tr("Terms (days)"), &mut form.terms_days, |d| {
                    d.range(0..=365)
                });
            });
            now_ui(
                ui,
                now,
                now.terms_days.map(|r| {
                    trf(
                        "terms {days} days",
                        &[("days", &range(r, |v| v.to_string()))],
                    )
                }),
            );
            ui.end_row();
            ui.label(tr("Electronic billing"));
            ui.horizontal(|ui| {
                ui.radio_value(&mut form.electronic, None, tr("Unchanged"));
                ui.radio_value(&mut form.electronic, Some(true), tr("Yes"));
                ui.radio_value(&mut form.electronic, Some(false), tr("No"));
            });
            now_ui(
                ui,
                now,
                Some(share_of(now, now.electronic, tr("sent electronically"))),
            );
            ui.end_row();
            ui.checkbox(&mut form.resolve_dispute, tr("Resolve disputes"));
            ui.label(""); // i18n: not text
            now_ui(ui, now, Some(share_of(now, now.disputed, tr("disputed"))));
            ui.end_row();
            ui.checkbox(&mut form.change_credit_limit, tr("Change the credit limit"));
            ui.add_enabled_ui(form.change_credit_limit, |ui| {
                labelled_drag(ui, tr("Credit limit"), &mut form.credit_limit, |d| {
                    d.range(0.0..=whatif::MAX_CHANGE_VALUE).speed(1000.0)
                });
            });
            now_ui(
                ui,
                now,
                Some(
                    now.credit_limit
                        .map_or_else(|| tr("no credit limit").to_string(), |r| range(r, money)),
                ),
            );
            ui.end_row();
            ui.checkbox(&mut form.remind, tr("Send a payment reminder"));
            ui.add_enabled_ui(form.remind, |ui| {
                labelled_drag(
                    ui,
                    tr("days before due"),
                    &mut form.remind_days_before_due,
                    |d| d.range(0..=60),
                );
            });
            now_ui(ui, now, Some(share_of(now, now.reminded, tr("reminded"))));
            ui.end_row();
        });
}

/// The rates the cost and benefit are worked out with (the Settings screen's, changed here too).
pub(super) fn rates_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.strong(tr("Settings"));
        let mut settings = state.settings.clone();
        let mut changed = percent_drag(
            ui,
            tr("Cost of capital (% a year)"),
            &mut settings.rates.cost_of_capital,
            |d| d.range(0.0..=100.0).speed(0.1),
        )
        .changed();
        changed |= percent_drag(
            ui,
            tr("Bad-debt rate of very late amounts"),
            &mut settings.rates.bad_debt_rate,
            |d| d.range(0.0..=100.0).speed(0.1),
        )
        .changed();
        if changed {
            commands.push(Command::UpdateSettings(settings));
        }
    });
}

/// Run the scenario, or save it as a policy.
fn actions_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    form: &mut WhatIfState,
    tables: &Tables,
    invalid: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let busy = state.busy_with(&[JobKind::WhatIf]);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                !busy && state.model().is_some() && invalid.is_none(),
                egui::Button::new(tr("Run what-if")),
            )
            .on_disabled_hover_text(
                invalid.unwrap_or(tr("Needs a published model and no running job")),
            )
            .clicked()
        {
            commands.push(Command::RunWhatIf(form.scenario()));
        }
        ui.separator();
        let id = ui.label(tr("Policy name")).id;
        ui.add(egui::TextEdit::singleline(&mut form.policy_name).desired_width(160.0))
            .labelled_by(id);
        ui.checkbox(
            &mut form.policy_includes_open,
            tr("Apply to invoices open now too"),
        );
        let can_save = form.scope != ScopeChoice::Invoice && !form.policy_name.trim().is_empty();
        if ui
            .add_enabled(
                !busy && can_save && invalid.is_none(),
                egui::Button::new(tr("Save as policy")),
            )
            .on_hover_text(tr(
                "Scoring applies saved policies to the invoices they cover",
            ))
            .on_disabled_hover_text(invalid.unwrap_or(tr(
                "A policy needs a name and covers a customer or a filter, not one invoice",
            )))
            .clicked()
        {
            let filter = match form.scope {
                ScopeChoice::Customer => Filter {
                    customer: Some(form.customer_id.trim().to_string()),
                    ..Filter::default()
                },
                _ => form.filter(),
            };
            let from = if form.policy_includes_open {
                chrono::NaiveDate::MIN
            } else {
                tables.as_of.succ_opt().unwrap_or(tables.as_of)
            };
            commands.push(Command::SavePolicy(Policy {
                name: form.policy_name.trim().to_string(),
                from,
                filter,
                changes: form.changes(),
                enabled: true,
            }));
        }
    });
}

/// "a" or "a–b".
fn range<T: PartialEq + Copy>(r: (T, T), show: impl Fn(T) -> String) -> String {
    if r.0 == r.1 {
        show(r.0)
    } else {
        format!("{}–{}", show(r.0), show(r.1)) // i18n: not text
    }
}

/// "3 of 12 disputed" (or, for one invoice, "disputed" / "not disputed").
fn share_of(now: &Now, count: usize, what: &str) -> String {
    if now.invoices == 1 {
        if count == 1 {
            what.to_string()
        } else {
            trf("not {what}", &[("what", &what)])
        }
    } else {
        trf(
            "{count} of {total} {what}",
            &[("count", &count), ("total", &now.invoices), ("what", &what)],
        )
    }
}

/// The current cash discounts of the scope.
fn now_discount(now: &Now) -> Option<String> {
    let terms = now.discount_pct.map(|pct| {
        let pct = range(pct, |v| crate::data::format::percent_1(v / 100.0));
        match now.discount_days {
            Some(days) => trf(
                "{percent} within {days} days",
                &[("percent", &pct), ("days", &range(days, |v| v.to_string()))],
            ),
            None => pct,
        }
    });
    Some(match (now.invoices, terms) {
        (_, None) => tr("no cash discount").to_string(),
        (1, Some(terms)) => terms,
        (total, Some(terms)) => trf(
            "{count} of {total} with a discount, {terms}",
            &[
                ("count", &now.with_discount),
                ("total", &total),
                ("terms", &terms),
            ],
        ),
    })
}

/// The third column of a change: what the scope's open invoices have now.
fn now_ui(ui: &mut egui::Ui, now: &Now, text: Option<String>) {
    match text {
        Some(text) if now.invoices > 0 => {
            ui.weak(trf("Now: {value}", &[("value", &text)]));
        }
        _ => {
            ui.label(""); // i18n: not text
        }
    }
}

/// The expected amount per bucket before and after, as bars side by side.
fn totals_chart_ui(ui: &mut egui::Ui, result: &WhatIf, buckets: &Buckets) {
    let k = buckets.count();
    let mut before = Vec::new();
    let mut after = Vec::new();
    for b in 0..k {
        before.push(
            Bar::new(
                b as f64 - 0.2,
                result.total_before.get(b).copied().unwrap_or(0.0),
            )
            .width(0.35)
            .fill(bucket_color(b, k).gamma_multiply(0.45)),
        );
        after.push(
            Bar::new(
                b as f64 + 0.2,
                result.total_after.get(b).copied().unwrap_or(0.0),
            )
            .width(0.35)
            .fill(bucket_color(b, k)),
        );
    }
    // The full names are in the table beside the chart; short ones fit under the bars.
    let names = buckets.short_labels();
    let highest = result
        .total_before
        .iter()
        .chain(&result.total_after)
        .fold(0.0_f64, |a, &b| a.max(b));
    Plot::new("whatif_chart")
        .width(420.0)
        .height(220.0)
        .legend(Legend::default().follow_insertion_order(true))
        .allow_scroll(false)
        .include_y(0.0)
        // Room above the bars for the legend, and beside the outer bars for their names.
        .include_y(highest * 1.4)
        .include_x(-0.8)
        .include_x(k as f64 - 0.2)
        .y_axis_formatter(|mark, _| super::widgets::short_money(mark.value))
        .y_grid_spacer(super::widgets::round_grid_spacer())
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 1e-6 || i < 0.0 {
                return String::new();
            }
            names.get(i as usize).cloned().unwrap_or_default()
        })
        .show(ui, |plot| {
            // Hovering a bar tells its amount in the language's marks.
            let amount = |name: &'static str| {
                Box::new(move |bar: &Bar, _: &BarChart| format!("{name}\n{}", money(bar.value)))
            };
            plot.bar_chart(
                BarChart::new(tr("Before"), before)
                    .color(egui::Color32::GRAY)
                    .element_formatter(amount(tr("Before"))),
            );
            plot.bar_chart(
                BarChart::new(tr("After"), after)
                    .color(egui::Color32::DARK_GRAY)
                    .element_formatter(amount(tr("After"))),
            );
        });
}

fn result_ui(ui: &mut egui::Ui, result: &WhatIf, buckets: &Buckets, tables: &Tables) {
    let labels = &buckets.labels();
    let k = labels.len();
    for w in &result.warnings {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            trf("Warning: {warning}", &[("warning", w)]),
        );
    }
    ui.label(trf(
        "{invoices} open invoices in scope",
        &[("invoices", &count(result.invoices.len()))],
    ));
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            egui::Grid::new("whatif_totals")
                .striped(true)
                .show(ui, |ui| {
                    ui.strong(tr("Expected amount"));
                    ui.strong(tr("Before"));
                    ui.strong(tr("After"));
                    ui.strong(tr("Change"));
                    ui.end_row();
                    for (b, label) in labels.iter().enumerate() {
                        let before = result.total_before.get(b).copied().unwrap_or(0.0);
                        let after = result.total_after.get(b).copied().unwrap_or(0.0);
                        ui.colored_label(bucket_color(b, k), label);
                        ui.label(money(before));
                        ui.label(money(after));
                        ui.label(money(after - before));
                        ui.end_row();
                    }
                });
            ui.add_space(4.0);
            ui.label(trf(
                "P(on time) before: {share}",
                &[("share", &pct1(on_time_share(&result.total_before)))],
            ));
            ui.label(trf(
                "P(on time) after: {share}",
                &[("share", &pct1(on_time_share(&result.total_after)))],
            ));
            ui.add_space(4.0);
            egui::Grid::new("whatif_money").show(ui, |ui| {
                for (name, value) in [
                    (tr("Discount cost"), -result.discount_cost),
                    (tr("Benefit of earlier cash"), result.earlier_cash_benefit),
                    (tr("Benefit of fewer very late"), result.bad_debt_benefit),
                    (tr("Net benefit"), result.net_benefit),
                ] {
                    ui.label(name);
                    ui.label(money(value));
                    ui.end_row();
                }
            });
        });
        ui.add_space(16.0);
        totals_chart_ui(ui, result, buckets);
    });
    ui.add(
        egui::Label::new(
            egui::RichText::new(trf(
                "How it is worked out: {formula}",
                &[("formula", &result.formula)],
            ))
            .weak(),
        )
        .wrap(),
    );
    ui.add_space(6.0);
    let rows = &result.invoices;
    list_table(ui, "whatif_invoices")
        .vscroll(false)
        .columns(Column::auto().at_least(110.0), 6)
        .column(Column::remainder())
        .header(22.0, |mut header| {
            header_titles(
                &mut header,
                &[
                    tr("Invoice"),
                    tr("Open amount"),
                    tr("P(on time) before"),
                    tr("P(on time) after"),
                    tr("Days to cash before"),
                    tr("Days to cash after"),
                    tr("Discount cost"),
                ],
            );
        })
        .body(|body| {
            body.rows(20.0, rows.len(), |mut row| {
                let Some(e) = rows.get(row.index()) else {
                    return;
                };
                let id = tables
                    .invoices
                    .get(e.invoice as usize)
                    .map_or("", |i| i.id.as_str());
                let p0 = |p: &crate::insights::predict::Prediction| {
                    p.probs.first().copied().unwrap_or(0.0)
                };
                for text in [
                    id.to_string(),
                    money(e.before.open_amount),
                    pct1(p0(&e.before)),
                    pct1(p0(&e.after)),
                    format!("{:.0}", e.days_to_cash_before),
                    format!("{:.0}", e.days_to_cash_after),
                    money(e.discount_cost),
                ] {
                    row.col(|ui| {
                        ui.label(text);
                    });
                }
            });
        });
}
