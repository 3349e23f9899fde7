//! The Strategies screen's results: the comparison table (sortable, the best marked, levers
//! without evidence greyed and never ranked, "too close to call" marked), the frontier chart
//! of cost against benefit, and the best strategy per customer with the budget, the holdout,
//! the export and the policies.

use super::{Benefit, SortBy, StrategiesState};
use crate::app::{AppState, Command, ExportFormat, JobKind};
use crate::data::format::{decimal, percent_1};
use crate::data::tables::Tables;
use crate::i18n::{tr, trf};
use crate::insights::strategy::{Comparison, Evidence, StrategyResult};
use crate::model::buckets::Buckets;
use crate::ui::widgets::{count, header_titles, list_table, money, short_money};
use egui_extras::Column;

/// "1,234.00 (+56.00)".
fn with_change(value: String, change: f64, show: impl Fn(f64) -> String) -> String {
    let sign = if change >= 0.0 { "+" } else { "−" }; // i18n: not text
    format!("{value} ({sign}{})", show(change.abs())) // i18n: not text
}

/// "+56.00" / "−56.00".
fn signed(value: f64, show: impl Fn(f64) -> String) -> String {
    let sign = if value >= 0.0 { "+" } else { "−" }; // i18n: not text
    format!("{sign}{}", show(value.abs())) // i18n: not text
}

/// What the verdict column says of a strategy.
fn verdict(comparison: &Comparison, s: usize, result: &StrategyResult) -> String {
    if s == 0 {
        return tr("baseline").to_string();
    }
    if let Evidence::None(_) = &result.evidence {
        return tr("no evidence in your data: the model cannot tell its effect").to_string();
    }
    let mut words = Vec::new();
    if comparison.best == Some(s) {
        words.push(tr("best by net value").to_string());
    }
    if result.too_close {
        words.push(tr("too close to call").to_string());
    }
    if !result.warnings.is_empty() {
        words.push(tr("⚠ warnings on hover").to_string());
    }
    words.join("; ") // i18n: not text
}

/// The results' order under the table's sort.
fn order(comparison: &Comparison, form: &StrategiesState) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..comparison.results.len()).collect();
    let key = |s: usize| -> f64 {
        let Some(r) = comparison.results.get(s) else {
            return 0.0;
        };
        match form.sort {
            SortBy::Listed => -(s as f64),
            SortBy::OnTime => r.expected_change.first().copied().unwrap_or(0.0),
            SortBy::DaysToCash => r.days_to_cash,
            SortBy::DiscountCost => r.gain.discount_cost,
            SortBy::NetValue => r.gain.net_value,
            SortBy::CostPerExtra => r.gain.cost_per_extra_on_time().unwrap_or(f64::INFINITY),
        }
    };
    rows.sort_by(|&a, &b| {
        // No change first, strategies without evidence last: they are never ranked.
        let rank = |s: usize| match comparison.results.get(s) {
            Some(_) if s == 0 => 0,
            Some(r) if r.ranked() => 1,
            _ => 2,
        };
        let by = if form.descending {
            key(b).total_cmp(&key(a))
        } else {
            key(a).total_cmp(&key(b))
        };
        rank(a).cmp(&rank(b)).then(by)
    });
    rows
}

/// A sortable column header.
fn sort_header_ui(ui: &mut egui::Ui, form: &mut StrategiesState, name: &str, column: SortBy) {
    let sorted = (form.sort == column).then_some(form.descending);
    if crate::ui::widgets::sort_header_ui(ui, name, sorted) {
        if form.sort == column {
            form.descending = !form.descending;
        } else {
            form.sort = column;
            form.descending = !matches!(column, SortBy::DaysToCash | SortBy::CostPerExtra);
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub fn result_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    form: &mut StrategiesState,
    comparison: &Comparison,
    buckets: &Buckets,
    tables: &Tables,
    commands: &mut Vec<Command>,
) {
    ui.strong(trf(
        "{invoices} invoices of {customers} customers, {amount} open: the model's estimates",
        &[
            ("invoices", &count(comparison.invoices)),
            ("customers", &count(comparison.customers.len())),
            ("amount", &money(comparison.amount)),
        ],
    ));
    if comparison.scope.new_invoices {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            trf(
                "New invoices: the invoices issued in the last {days} days, re-issued as of {date} as a stand-in for future orders (not the invoices open now).",
                &[
                    ("days", &crate::insights::strategy::NEW_INVOICE_DAYS),
                    ("date", &crate::data::format::date(comparison.as_of)),
                ],
            ),
        );
    }
    if comparison.invoices == 0 {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr("No invoice matches this scope: nothing to compare."),
        );
        return;
    }
    table_ui(ui, state, form, comparison, buckets);
    if let Some(selected) = form.selected.and_then(|s| comparison.results.get(s)) {
        for w in &selected.warnings {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                trf(
                    "{strategy}: {warning}",
                    &[
                        ("strategy", &selected.strategy.name.to_string()),
                        ("warning", w),
                    ],
                ),
            );
        }
    }
    for text in [comparison.formula.to_string(), comparison.noise.to_string()] {
        ui.add(egui::Label::new(egui::RichText::new(text).weak()).wrap());
    }
    ui.add_space(6.0);
    frontier_ui(ui, form, comparison);
    ui.add_space(6.0);
    ui.separator();
    per_customer_ui(ui, state, form, comparison, tables, commands);
}

/// One row per strategy, side by side: the name, the net value and the verdict first (they
/// decide), then the buckets, days, DSO, the parts of the net value and the discount's rates.
fn table_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    form: &mut StrategiesState,
    comparison: &Comparison,
    buckets: &Buckets,
) {
    let labels = buckets.labels();
    let k = labels.len();
    let rows = order(comparison, form);
    let cost_of_capital = state.settings.rates.cost_of_capital;
    egui::ScrollArea::horizontal()
        .id_salt("strategies_table_scroll")
        .show(ui, |ui| {
            list_table(ui, "strategies_table")
                .vscroll(false)
                .sense(egui::Sense::click())
                .column(Column::auto().at_least(170.0))
                .columns(Column::auto().at_least(80.0), k + 10)
                .header(22.0, |mut header| header_ui(&mut header, form, &labels))
                .body(|body| {
                    body.rows(22.0, rows.len(), |mut row| {
                        let Some(&s) = rows.get(row.index()) else {
                            return;
                        };
                        row.set_selected(form.selected == Some(s));
                        row_ui(&mut row, comparison, s, k, cost_of_capital);
                        if row.response().clicked() {
                            form.selected = Some(s);
                        }
                    });
                });
        });
}

/// The comparison table's header; the deciding columns sort.
fn header_ui(
    header: &mut egui_extras::TableRow<'_, '_>,
    form: &mut StrategiesState,
    labels: &[String],
) {
    header.col(|ui| {
        let listed = ui
            .add(egui::Button::new(egui::RichText::new(tr("Strategy")).strong()).frame(false))
            .on_hover_text(tr("Back to the order of the candidates"));
        if listed.clicked() {
            form.sort = SortBy::Listed;
        }
    });
    header.col(|ui| sort_header_ui(ui, form, tr("Net value"), SortBy::NetValue));
    header_titles(header, &[tr("Verdict")]);
    for (b, label) in labels.iter().enumerate() {
        header.col(|ui| {
            if b == 0 {
                sort_header_ui(ui, form, label, SortBy::OnTime);
            } else {
                ui.strong(label);
            }
        });
    }
    header.col(|ui| sort_header_ui(ui, form, tr("Days to cash"), SortBy::DaysToCash));
    header_titles(header, &[tr("DSO change")]);
    header.col(|ui| sort_header_ui(ui, form, tr("Discount cost"), SortBy::DiscountCost));
    header_titles(
        header,
        &[tr("Earlier cash"), tr("Fewer very late"), tr("Pays for")],
    );
    header.col(|ui| {
        ui.strong(tr("Annual cost")).on_hover_text(tr(
            "The discount's cost as a yearly rate, d/(1−d) × 365/(terms − discount days), at the scope's median terms, next to your cost of capital",
        ));
    });
    header.col(|ui| sort_header_ui(ui, form, tr("Cost per extra on time"), SortBy::CostPerExtra));
}

/// One strategy's row; a strategy without evidence is greyed.
fn row_ui(
    row: &mut egui_extras::TableRow<'_, '_>,
    comparison: &Comparison,
    s: usize,
    k: usize,
    cost_of_capital: f64,
) {
    let Some(r) = comparison.results.get(s) else {
        return;
    };
    let grey = !r.ranked() && s != 0;
    let cell = |ui: &mut egui::Ui, text: String| {
        if grey { ui.weak(text) } else { ui.label(text) }
    };
    let dash = || "—".to_string(); // i18n: not text
    let money_or_dash = |v: f64| if s == 0 { dash() } else { money(v) };
    row.col(|ui| {
        let name = r.strategy.name.to_string();
        if comparison.best == Some(s) {
            ui.strong(format!("★ {name}")); // i18n: not text
        } else {
            cell(ui, name);
        }
    });
    row.col(|ui| {
        let text = money_or_dash(r.gain.net_value);
        if r.ranked() {
            ui.strong(text);
        } else {
            cell(ui, text);
        }
    });
    row.col(|ui| {
        let label = cell(ui, verdict(comparison, s, r));
        let mut notes: Vec<String> = r.warnings.iter().map(ToString::to_string).collect();
        if let Evidence::None(levers) = &r.evidence {
            let levers: Vec<String> = levers.iter().map(ToString::to_string).collect();
            notes.push(trf(
                "The model does not use: {levers}",
                &[("levers", &levers.join(", "))],
            ));
        }
        if !notes.is_empty() {
            label.on_hover_text(notes.join("\n"));
        }
    });
    for b in 0..k {
        row.col(|ui| {
            let value = r.expected.get(b).copied().unwrap_or(0.0);
            let change = r.expected_change.get(b).copied().unwrap_or(0.0);
            let text = if s == 0 {
                short_money(value)
            } else {
                with_change(short_money(value), change, short_money)
            };
            cell(ui, text).on_hover_text(money(value));
        });
    }
    row.col(|ui| {
        let days = decimal(r.days_to_cash, 1);
        let text = if s == 0 {
            days
        } else {
            with_change(days, r.days_change, |d| decimal(d, 1))
        };
        cell(ui, text);
    });
    row.col(|ui| {
        let text = if s == 0 {
            dash()
        } else {
            signed(r.dso_change, |d| decimal(d, 2))
        };
        cell(ui, text);
    });
    for value in [
        r.gain.discount_cost,
        r.gain.earlier_cash,
        r.gain.bad_debt_saving,
    ] {
        row.col(|ui| {
            cell(ui, money_or_dash(value));
        });
    }
    row.col(|ui| {
        let pays = comparison
            .gains
            .get(s)
            .map_or(0, |g| g.iter().filter(|g| g.net_value > 0.0).count());
        let text = if s == 0 {
            dash()
        } else {
            trf(
                "{count} of {total}",
                &[
                    ("count", &count(pays)),
                    ("total", &count(comparison.customers.len())),
                ],
            )
        };
        cell(ui, text);
    });
    row.col(|ui| {
        let text = r.annualised_cost.map_or_else(dash, |a| {
            trf(
                "{rate} (capital {capital})",
                &[
                    ("rate", &percent_1(a)),
                    ("capital", &percent_1(cost_of_capital)),
                ],
            )
        });
        cell(ui, text);
    });
    row.col(|ui| {
        let text = r
            .gain
            .cost_per_extra_on_time()
            .map_or_else(dash, |c| decimal(c, 3));
        cell(ui, text);
    });
}

/// The points of the frontier chart: (result index, cost, benefit) of No change and every
/// ranked strategy.
fn points(comparison: &Comparison, benefit: Benefit) -> Vec<(usize, f64, f64)> {
    comparison
        .results
        .iter()
        .enumerate()
        .filter(|(s, r)| *s == 0 || r.ranked())
        .map(|(s, r)| {
            let y = match benefit {
                Benefit::NetValue => r.gain.net_value,
                Benefit::ExtraOnTime => r.gain.extra_on_time,
            };
            (s, r.gain.discount_cost, y)
        })
        .collect()
}

/// The undominated points (no other costs less and brings more), by cost.
fn frontier(points: &[(usize, f64, f64)]) -> Vec<(usize, f64, f64)> {
    let mut sorted = points.to_vec();
    sorted.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.2.total_cmp(&a.2)));
    let mut out: Vec<(usize, f64, f64)> = Vec::new();
    for p in sorted {
        if out.last().is_none_or(|last| p.2 > last.2) {
            out.push(p);
        }
    }
    out
}

/// Cost against benefit, one point per strategy, the efficient frontier through the
/// undominated ones; hover names a point, a click selects it.
fn frontier_ui(ui: &mut egui::Ui, form: &mut StrategiesState, comparison: &Comparison) {
    use egui_plot::{Line, Plot, PlotPoints, Points};
    ui.horizontal_wrapped(|ui| {
        ui.strong(tr("Frontier: discount cost against"));
        ui.radio_value(&mut form.benefit, Benefit::NetValue, tr("net value"));
        ui.radio_value(
            &mut form.benefit,
            Benefit::ExtraOnTime,
            tr("extra amount paid on time"),
        );
    });
    let pts = points(comparison, form.benefit);
    let front = frontier(&pts);
    let names: Vec<(usize, String)> = comparison
        .results
        .iter()
        .enumerate()
        .map(|(s, r)| (s, r.strategy.name.to_string()))
        .collect();
    let selected = form.selected;
    let benefit_name = match form.benefit {
        Benefit::NetValue => tr("Net value"),
        Benefit::ExtraOnTime => tr("Extra on time"),
    };
    let response = Plot::new("strategies_frontier")
        .height(240.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .x_axis_label(tr("Discount cost"))
        .y_axis_label(benefit_name)
        .x_axis_formatter(|mark, _| crate::ui::widgets::short_money(mark.value))
        .y_axis_formatter(|mark, _| crate::ui::widgets::short_money(mark.value))
        .x_grid_spacer(crate::ui::widgets::round_grid_spacer())
        .y_grid_spacer(crate::ui::widgets::round_grid_spacer())
        .label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(trf(
                "{strategy}: cost {cost}, {benefit} {value}",
                &[
                    ("strategy", plot_name),
                    ("cost", &money(position.x)),
                    ("benefit", &benefit_name.to_lowercase()),
                    ("value", &money(position.y)),
                ],
            )),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            plot.line(
                Line::new(
                    tr("Efficient frontier"),
                    PlotPoints::from_iter(front.iter().map(|p| [p.1, p.2])),
                )
                .allow_hover(false),
            );
            for &(s, x, y) in &pts {
                let name = names.get(s).map(|(_, n)| n.clone()).unwrap_or_default();
                let on_front = front.iter().any(|f| f.0 == s);
                plot.points(
                    Points::new(name, vec![[x, y]])
                        .radius(if selected == Some(s) { 7.0 } else { 4.5 })
                        .filled(on_front)
                        .id(("strategy_point", s)),
                );
            }
        });
    if response.response.clicked()
        && let Some(pointer) = response.response.interact_pointer_pos()
    {
        let nearest = pts
            .iter()
            .map(|&(s, x, y)| {
                let at = response
                    .transform
                    .position_from_point(&egui_plot::PlotPoint::new(x, y));
                (s, at.distance(pointer))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((s, distance)) = nearest
            && distance < 16.0
        {
            form.selected = Some(s);
        }
    }
    ui.weak(tr(
        "Filled points lie on the efficient frontier: no other strategy costs less and brings more. Strategies without evidence are not drawn.",
    ));
}

/// The best strategy per customer, the budget and holdout, the export and the policies.
fn per_customer_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    form: &mut StrategiesState,
    comparison: &Comparison,
    tables: &Tables,
    commands: &mut Vec<Command>,
) {
    ui.strong(tr("Best per customer"));
    super::plan_ui(ui, state, form, commands);
    let Some(selection) = &state.strategy_selection else {
        return;
    };
    let t = &selection.totals;
    if let Some(budget) = state.strategy_plan.budget {
        ui.label(trf(
            "Spent {spent} of the budget of {budget} on discounts.",
            &[("spent", &money(t.spent)), ("budget", &money(budget))],
        ));
    }
    ui.label(trf(
        "Chosen: {chosen} customers, {held} of them held out without the offer. For the {offered} who get it: discount cost {cost}, net value {net}, {extra} more paid on time (the model's estimates).",
        &[
            ("chosen", &count(t.chosen)),
            ("held", &count(t.held_out)),
            ("offered", &count(t.chosen - t.held_out)),
            ("cost", &money(t.discount_cost)),
            ("net", &money(t.net_value)),
            ("extra", &money(t.extra_on_time)),
        ],
    ));
    let busy = state.busy_with(&[JobKind::Export]);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(!busy, egui::Button::new(tr("Export CSV…")))
            .clicked()
        {
            commands.push(Command::ExportChoice(ExportFormat::Csv));
        }
        if ui
            .add_enabled(!busy, egui::Button::new(tr("Export Excel…")))
            .clicked()
        {
            commands.push(Command::ExportChoice(ExportFormat::Xlsx));
        }
        ui.separator();
        ui.checkbox(
            &mut form.policies_include_open,
            tr("Apply to invoices open now too"),
        );
        if ui
            .add_enabled(
                t.chosen > t.held_out,
                egui::Button::new(tr("Save as policies")),
            )
            .on_hover_text(tr(
                "One policy per chosen strategy, for the customers who get the offer; scoring applies them from then on",
            ))
            .clicked()
        {
            commands.push(Command::SaveChoiceAsPolicies {
                include_open: form.policies_include_open,
            });
        }
    });
    let name = |s: usize| {
        comparison
            .results
            .get(s)
            .map_or_else(String::new, |r| r.strategy.name.to_string())
    };
    let choices = &comparison.choices;
    list_table(ui, "strategies_customers")
        .max_scroll_height(320.0)
        .column(Column::auto().at_least(160.0))
        .column(Column::auto().at_least(170.0))
        .columns(Column::auto().at_least(80.0), 2)
        .column(Column::auto().at_least(150.0))
        .columns(Column::auto().at_least(80.0), 2)
        .column(Column::remainder())
        .header(22.0, |mut header| {
            header_titles(
                &mut header,
                &[
                    tr("Customer"),
                    tr("Best strategy"),
                    tr("Net value"),
                    tr("Margin"),
                    tr("Runner-up"),
                    tr("Discount cost"),
                    tr("Open amount"),
                    tr("Offer"),
                ],
            );
        })
        .body(|body| {
            body.rows(20.0, choices.len(), |mut row| {
                let i = row.index();
                let Some(choice) = choices.get(i) else {
                    return;
                };
                let customer = tables.customers.get(choice.customer as usize);
                row.col(|ui| {
                    let text = customer.map_or_else(String::new, |c| match &c.name {
                        Some(n) => format!("{n} ({})", c.id), // i18n: not text
                        None => c.id.clone(),
                    });
                    if ui.link(text).clicked() {
                        commands.push(Command::OpenCustomer {
                            customer: choice.customer,
                            invoice: None,
                        });
                    }
                });
                row.col(|ui| {
                    ui.label(name(choice.best));
                });
                row.col(|ui| {
                    ui.label(money(choice.gain.net_value));
                });
                row.col(|ui| {
                    ui.label(money(choice.margin));
                });
                row.col(|ui| {
                    ui.label(name(choice.runner_up));
                });
                row.col(|ui| {
                    ui.label(money(choice.gain.discount_cost));
                });
                row.col(|ui| {
                    ui.label(money(choice.amount));
                });
                row.col(|ui| {
                    let chosen = selection.chosen.get(i) == Some(&true);
                    let held = selection.holdout.get(i) == Some(&true);
                    ui.label(match (chosen, held) {
                        (true, true) => tr("held out"),
                        (true, false) => tr("Yes"),
                        (false, _) => tr("No"),
                    });
                });
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frontier_keeps_only_points_no_other_beats_on_cost_and_benefit() {
        let pts = vec![
            (0, 0.0, 0.0),
            (1, 10.0, 50.0),
            (2, 20.0, 40.0),
            (3, 30.0, 80.0),
            (4, 5.0, -3.0),
            (5, 0.0, 12.0),
        ];
        let f: Vec<usize> = frontier(&pts).iter().map(|p| p.0).collect();
        assert_eq!(f, vec![5, 1, 3]);
    }
}
