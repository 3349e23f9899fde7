//! The Predictions screen: portfolio totals per bucket, expected amounts by how overdue the
//! invoices are, the open invoices with their probabilities (sortable, filterable, virtualised),
//! the collections worklist, the weekly cash forecast, and exports.
//!
//! The filtered and sorted row order is cached and rebuilt only when the filter, the sort or the
//! predictions change (on a background thread for very many rows), so the table stays smooth
//! with a million open invoices.

use super::Screens;
use super::widgets::{
    bucket_color, card_ui, count, header_titles, labelled_drag, list_table, money, percent,
    prob_bar_ui,
};
use crate::analysis::ScoredOutput;
use crate::app::JobKind;
use crate::app::{AppState, Command, ExportFormat};
use crate::data::format::date;
use crate::data::tables::Tables;
use crate::i18n::{tr, trf};
pub use crate::insights::query::{PredictionFilter, RowQuery, SortColumn, filtered_sorted};
use egui_extras::Column;
use egui_plot::{Bar, BarChart, Legend, Plot};
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PredictionsTab {
    #[default]
    Invoices,
    Worklist,
    Forecast,
    /// Predictions made at an earlier date beside what happened.
    LookBack,
}

/// The screen's state: tab, filter, sort and the cached row order.
pub struct PredictionsState {
    pub tab: PredictionsTab,
    pub filter: PredictionFilter,
    pub sort: SortColumn,
    pub descending: bool,
    cache: Option<RowCache>,
}

impl Default for PredictionsState {
    /// The worst predictions first: very late, most certain at the top.
    fn default() -> Self {
        PredictionsState {
            tab: PredictionsTab::default(),
            filter: PredictionFilter::default(),
            sort: SortColumn::Bucket,
            descending: true,
            cache: None,
        }
    }
}

/// From this many predictions on, the row order is worked out on a background thread (the
/// app's [`Command::OrderRows`]): filtering and sorting a million rows takes longer than a
/// frame. Until it is ready the table keeps the order it had.
pub const BACKGROUND_MIN_ROWS: usize = 200_000;

struct RowCache {
    generation: u64,
    query: RowQuery,
    /// Indices into the predictions, filtered and sorted.
    rows: Arc<[u32]>,
}

/// The rows the table shows now.
pub struct ShownRows {
    pub rows: Arc<[u32]>,
    /// A new order is being worked out; `rows` is the previous one (or empty after new
    /// predictions).
    pub ordering: bool,
}

impl PredictionsState {
    /// The filter and sort the table asks for now.
    pub fn query(&self) -> RowQuery {
        RowQuery {
            filter: self.filter.clone(),
            sort: self.sort,
            descending: self.descending,
        }
    }

    fn cached(&self, generation: u64, query: &RowQuery) -> bool {
        self.cache
            .as_ref()
            .is_some_and(|c| c.generation == generation && c.query == *query)
    }

    /// The shown rows for `scored` (of scoring `state.scored_generation`): worked out again
    /// only when something they depend on changed, here for a few rows, in the background
    /// (through `commands`, the order arriving in `state.row_order`) for many.
    pub fn rows(
        &mut self,
        state: &AppState,
        scored: &ScoredOutput,
        tables: &Tables,
        commands: &mut Vec<Command>,
    ) -> ShownRows {
        let generation = state.scored_generation;
        let query = self.query();
        if let Some(order) = &state.row_order
            && order.generation == generation
            && order.query == query
            && !self.cached(generation, &query)
        {
            self.cache = Some(RowCache {
                generation,
                query: query.clone(),
                rows: order.rows.clone(),
            });
        }
        if let Some(c) = &self.cache
            && c.generation == generation
            && c.query == query
        {
            return ShownRows {
                rows: c.rows.clone(),
                ordering: false,
            };
        }
        if scored.scored.predictions.len() < BACKGROUND_MIN_ROWS {
            let rows: Arc<[u32]> = query.rows(&scored.scored.predictions, tables).into();
            self.cache = Some(RowCache {
                generation,
                query,
                rows: rows.clone(),
            });
            return ShownRows {
                rows,
                ordering: false,
            };
        }
        let asked = state
            .row_order_pending
            .as_ref()
            .is_some_and(|(g, q)| *g == generation && *q == query);
        if !asked {
            commands.push(Command::OrderRows(query));
        }
        // The previous order still indexes these predictions only if they did not change.
        let rows = match &self.cache {
            Some(c) if c.generation == generation => c.rows.clone(),
            _ => Arc::from([]),
        };
        ShownRows {
            rows,
            ordering: true,
        }
    }

    /// The table shows the order the filter and sort ask for (not an earlier one while the
    /// new one is worked out).
    pub fn is_current(&self, generation: u64) -> bool {
        self.cached(generation, &self.query())
    }

    /// How many rows the table showed last (after filtering).
    pub fn shown_rows(&self) -> usize {
        self.cache.as_ref().map_or(0, |c| c.rows.len())
    }
}

/// A column's header: its name (with the sort direction when the table is sorted by it) as a
/// button that sorts by it, or reverses the order when it already does.
fn sort_header_ui(ui: &mut egui::Ui, view: &mut PredictionsState, name: &str, column: SortColumn) {
    let sorted = (view.sort == column).then_some(view.descending);
    if super::widgets::sort_header_ui(ui, name, sorted) {
        if view.sort == column {
            view.descending = !view.descending;
        } else {
            view.sort = column;
            view.descending = matches!(
                column,
                SortColumn::Amount | SortColumn::Bucket | SortColumn::Probability(_)
            );
        }
    }
}

/// Names a sort header button for screen readers (and tests) by what it does, "Sort by
/// Customer", so it is not one of two buttons called "Customer" beside the navigation's entry;
/// the visible text stays the column's name. `sorted`: the table is sorted by this column
/// (descending or not), told as the header's sort direction.
pub(super) fn sort_header_access(
    ui: &egui::Ui,
    button: &egui::Response,
    column: &str,
    sorted: Option<bool>,
) {
    use egui::accesskit::SortDirection;
    let label = trf("Sort by {column}", &[("column", &column)]);
    let (direction, state) = match sorted {
        Some(true) => (Some(SortDirection::Descending), tr("sorted descending")),
        Some(false) => (Some(SortDirection::Ascending), tr("sorted ascending")),
        None => (None, ""),
    };
    ui.ctx().accesskit_node_builder(button.id, |node| {
        node.set_label(label);
        if let Some(direction) = direction {
            node.set_sort_direction(direction);
            node.set_state_description(state);
        }
    });
}

/// Overdue bands of the expected-amount chart, in the current language.
fn band_names() -> [&'static str; 4] {
    [
        tr("Not yet due"),
        tr("1–30 days overdue"),
        tr("31–60 days overdue"),
        tr("More than 60 days overdue"),
    ]
}

pub fn predictions_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
) {
    if state.look_back.is_some() {
        super::look_back::look_back_ui(ui, state, commands);
        return;
    }
    let (Some(scored), Some(data), Some(model)) = (state.scored(), state.data(), state.model())
    else {
        if state.busy_with(&[JobKind::Model, JobKind::Score]) {
            ui.label(tr("The open invoices are being scored…"));
        } else {
            ui.label(tr("No predictions yet: a published model is needed. Train one on the Fields screen and publish it."));
        }
        return;
    };
    let tables = &data.imported.tables;
    let labels = model.labels();
    let k = labels.len();
    let portfolio = &scored.portfolio;
    if portfolio.open_invoices == 0 {
        ui.heading(tr("Nothing is open"));
        ui.add(
            egui::Label::new(trf(
                "Every invoice in this data is paid, so on {as_of} there is nothing to predict. Look back to an earlier date to see what a model trained on what was known then would have predicted for the invoices open then, and how they were really paid.",
                &[("as_of", &date(tables.as_of))],
            ))
            .wrap(),
        );
        ui.add_space(6.0);
        super::look_back::look_back_bar_ui(ui, state, screens, commands, tables.as_of);
        return;
    }
    ui.horizontal_wrapped(|ui| {
        card_ui(
            ui,
            tr("Open invoices"),
            &count(portfolio.open_invoices),
            None,
        );
        card_ui(ui, tr("Open amount"), &money(portfolio.open_amount), None);
        for (b, label) in labels.iter().enumerate() {
            card_ui(
                ui,
                &trf("Expected {bucket}", &[("bucket", &label.to_lowercase())]),
                &money(portfolio.expected.get(b).copied().unwrap_or(0.0)),
                Some(bucket_color(b, k)),
            );
        }
        card_ui(
            ui,
            &trf(
                "Flagged (P(on time) < {threshold})",
                &[("threshold", &percent(state.settings.rates.flag_threshold))],
            ),
            &format!(
                "{} · {}",
                count(portfolio.flagged_invoices),
                money(portfolio.flagged_amount)
            ),
            None,
        );
        card_ui(ui, tr("As of"), &date(scored.scored.as_of), None);
    });
    super::policies::policy_banner_ui(ui, &scored.policy_effect, &labels, commands);
    ui.horizontal_wrapped(|ui| {
        let tab = &mut screens.predictions.tab;
        ui.selectable_value(tab, PredictionsTab::Invoices, tr("Open invoices"));
        ui.selectable_value(tab, PredictionsTab::Worklist, tr("Collections worklist"));
        ui.selectable_value(tab, PredictionsTab::Forecast, tr("Cash forecast"));
        ui.selectable_value(tab, PredictionsTab::LookBack, tr("Look back"));
        ui.separator();
        let busy = state.busy_with(&[JobKind::Export]);
        if ui
            .add_enabled(!busy, egui::Button::new(tr("Export CSV…")))
            .on_hover_text(tr(
                "Save every open invoice with its probabilities and top reasons as CSV",
            ))
            .clicked()
        {
            commands.push(Command::Export(ExportFormat::Csv));
        }
        if ui
            .add_enabled(!busy, egui::Button::new(tr("Export Excel…")))
            .on_hover_text(tr("Save every open invoice with its probabilities and top reasons as an Excel workbook"))
            .clicked()
        {
            commands.push(Command::Export(ExportFormat::Xlsx));
        }
    });
    ui.separator();
    match screens.predictions.tab {
        PredictionsTab::Invoices => {
            bands_chart_ui(ui, &scored.overdue_bands, &labels);
            filter_ui(ui, &mut screens.predictions, &labels);
            invoices_table_ui(ui, state, screens, scored, tables, &labels, commands);
        }
        PredictionsTab::Worklist => worklist_ui(ui, scored, tables, commands),
        PredictionsTab::Forecast => forecast_ui(ui, scored, &labels),
        PredictionsTab::LookBack => {
            ui.add(
                egui::Label::new(tr(
                    "Before trusting a model, see how it would have done: pick an earlier date, and a model trained only on what was known then predicts the invoices open then, next to how they were really paid.",
                ))
                .wrap(),
            );
            super::look_back::look_back_bar_ui(ui, state, screens, commands, tables.as_of);
        }
    }
}

fn stacked_bars(x_names: &[String], amounts: &[Vec<f64>], labels: &[String]) -> Vec<BarChart> {
    let k = labels.len();
    let mut charts: Vec<BarChart> = Vec::new();
    for (b, label) in labels.iter().enumerate() {
        let bars = amounts
            .iter()
            .enumerate()
            .map(|(x, row)| {
                Bar::new(x as f64, row.get(b).copied().unwrap_or(0.0))
                    .name(x_names.get(x).map_or("", String::as_str))
                    .width(0.6)
            })
            .collect();
        let refs: Vec<&BarChart> = charts.iter().collect();
        let bucket = label.clone();
        let chart = BarChart::new(label.as_str(), bars)
            .color(bucket_color(b, k))
            .element_formatter(Box::new(move |bar, _| {
                format!("{}\n{bucket}: {}", bar.name, money(bar.value))
            }))
            .stack_on(&refs);
        charts.push(chart);
    }
    charts
}

fn x_formatter(
    names: Vec<String>,
) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, _| {
        let i = mark.value.round();
        if (mark.value - i).abs() > 1e-6 || i < 0.0 {
            return String::new();
        }
        names.get(i as usize).cloned().unwrap_or_default()
    }
}

fn bands_chart_ui(ui: &mut egui::Ui, bands: &[Vec<f64>], labels: &[String]) {
    let names: Vec<String> = band_names().iter().map(|s| s.to_string()).collect();
    let charts = stacked_bars(&names, bands, labels);
    ui.label(tr("Expected amounts by how overdue the invoices are"));
    Plot::new("bands")
        .height(150.0)
        .legend(Legend::default().follow_insertion_order(true))
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .show_x(false)
        .include_y(0.0)
        .x_axis_formatter(x_formatter(names))
        .y_axis_formatter(|mark, _| super::widgets::short_money(mark.value))
        .y_grid_spacer(super::widgets::round_grid_spacer())
        .y_axis_min_width(40.0)
        .show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
        });
}

fn filter_ui(ui: &mut egui::Ui, view: &mut PredictionsState, labels: &[String]) {
    ui.horizontal(|ui| {
        let selected = view
            .filter
            .bucket
            .and_then(|b| labels.get(b).cloned())
            .unwrap_or_else(|| tr("Any").to_string());
        egui::ComboBox::from_label(tr("Most likely bucket"))
            .selected_text(selected)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.filter.bucket, None, tr("Any"));
                for (b, label) in labels.iter().enumerate() {
                    ui.selectable_value(&mut view.filter.bucket, Some(b), label);
                }
            });
        ui.checkbox(&mut view.filter.flagged_only, tr("Flagged only"));
        let id = ui.label(tr("Customer contains")).id;
        ui.add(
            egui::TextEdit::singleline(&mut view.filter.customer_text)
                .desired_width(140.0)
                .hint_text(tr("id or name")),
        )
        .labelled_by(id);
        labelled_drag(
            ui,
            tr("Open amount at least"),
            &mut view.filter.min_amount,
            |d| d.range(0.0..=f64::MAX).speed(100.0),
        );
        if ui.button(tr("Clear filter")).clicked() {
            view.filter = PredictionFilter::default();
        }
    });
}

fn invoices_table_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    scored: &ScoredOutput,
    tables: &Tables,
    labels: &[String],
    commands: &mut Vec<Command>,
) {
    let k = labels.len();
    let total = scored.scored.predictions.len();
    let ShownRows { rows, ordering } = screens.predictions.rows(state, scored, tables, commands);
    ui.horizontal(|ui| {
        ui.label(trf(
            "Showing {shown} of {total} open invoices",
            &[("shown", &count(rows.len())), ("total", &count(total))],
        ));
        if ordering {
            ui.spinner();
            ui.weak(trf(
                "Filtering and sorting {total} invoices…",
                &[("total", &count(total))],
            ));
        }
    });
    let mut columns: Vec<(String, SortColumn)> = vec![
        (tr("Customer").into(), SortColumn::Customer),
        (tr("Invoice").into(), SortColumn::Invoice),
        (tr("Open amount").into(), SortColumn::Amount),
        (tr("Due date").into(), SortColumn::DueDate),
    ];
    for (b, l) in labels.iter().enumerate() {
        columns.push((
            format!("P({})", l.to_lowercase()),
            SortColumn::Probability(b),
        ));
    }
    columns.push((tr("Most likely").into(), SortColumn::Bucket));
    let view = &mut screens.predictions;
    // Wider than a small window: the table scrolls sideways rather than cutting columns off.
    egui::ScrollArea::horizontal()
        .id_salt("predictions_wide")
        .show(ui, |ui| {
            let mut builder = list_table(ui, "predictions")
                .resizable(true)
                .column(Column::initial(230.0).at_least(140.0).clip(true))
                .column(Column::auto().at_least(100.0))
                .column(Column::auto().at_least(100.0))
                .column(Column::auto().at_least(90.0));
            for _ in 0..k {
                builder = builder.column(Column::auto().at_least(110.0));
            }
            builder
                .column(Column::auto().at_least(110.0))
                .column(Column::remainder().at_least(90.0))
                .header(22.0, |mut header| {
                    for (name, column) in &columns {
                        header.col(|ui| sort_header_ui(ui, view, name, *column));
                    }
                    header.col(|ui| {
                        ui.strong(tr("Flag"));
                    });
                })
                .body(|body| {
                    body.rows(22.0, rows.len(), |mut row| {
                        let Some(p) = rows
                            .get(row.index())
                            .and_then(|i| scored.scored.predictions.get(*i as usize))
                        else {
                            return;
                        };
                        let Some(inv) = tables.invoices.get(p.invoice as usize) else {
                            return;
                        };
                        let customer = tables.customers.get(inv.customer as usize);
                        row.col(|ui| {
                            let name = customer.map_or(String::new(), |c| match &c.name {
                                Some(n) => format!("{} {}", c.id, n),
                                None => c.id.clone(),
                            });
                            if ui
                                .link(name)
                                .on_hover_text(tr("Show this customer"))
                                .clicked()
                            {
                                commands.push(Command::OpenCustomer {
                                    customer: inv.customer,
                                    invoice: None,
                                });
                            }
                        });
                        row.col(|ui| {
                            if ui
                                .link(&inv.id)
                                .on_hover_text(tr("Show this invoice and its customer"))
                                .clicked()
                            {
                                commands.push(Command::OpenCustomer {
                                    customer: inv.customer,
                                    invoice: Some(p.invoice),
                                });
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
                        row.col(|ui| {
                            ui.colored_label(
                                bucket_color(p.bucket, k),
                                labels.get(p.bucket).map_or("", String::as_str),
                            );
                        });
                        row.col(|ui| {
                            if p.flagged {
                                ui.colored_label(
                                    egui::Color32::from_rgb(210, 50, 50),
                                    tr("Flagged"),
                                )
                                .on_hover_text(tr("Unlikely to be paid on time: follow up"));
                            }
                            if let Some(policy) = &p.policy {
                                ui.weak(trf("policy: {policy}", &[("policy", policy)]));
                            }
                        });
                    });
                });
        });
}

fn worklist_ui(
    ui: &mut egui::Ui,
    scored: &ScoredOutput,
    tables: &Tables,
    commands: &mut Vec<Command>,
) {
    ui.label(tr(
        "Customers ranked by the amount expected to be paid late or very late",
    ));
    let rows = &scored.worklist;
    list_table(ui, "worklist")
        .resizable(true)
        .column(Column::auto().at_least(240.0))
        .columns(Column::auto().at_least(120.0), 5)
        .column(Column::remainder())
        .header(22.0, |mut header| {
            header_titles(
                &mut header,
                &[
                    tr("Customer"),
                    tr("Open amount"),
                    tr("Expected late + very late"),
                    tr("Expected very late"),
                    tr("Open invoices"),
                    tr("Flagged"),
                ],
            );
            header.col(|_| {});
        })
        .body(|body| {
            body.rows(22.0, rows.len(), |mut row| {
                let Some(r) = rows.get(row.index()) else {
                    return;
                };
                let customer = tables.customers.get(r.customer as usize);
                row.col(|ui| {
                    let name = customer.map_or(String::new(), |c| match &c.name {
                        Some(n) => format!("{} {}", c.id, n),
                        None => c.id.clone(),
                    });
                    if ui.link(name).clicked() {
                        commands.push(Command::OpenCustomer {
                            customer: r.customer,
                            invoice: None,
                        });
                    }
                });
                for text in [
                    money(r.open_amount),
                    money(r.late_amount),
                    money(r.very_late_amount),
                    count(r.open_invoices),
                    count(r.flagged_invoices),
                ] {
                    row.col(|ui| {
                        ui.label(text);
                    });
                }
                row.col(|_| {});
            });
        });
}

fn forecast_ui(ui: &mut egui::Ui, scored: &ScoredOutput, labels: &[String]) {
    let forecast = &scored.forecast;
    ui.label(tr(
        "Expected cash in per week, by the bucket the money is expected to arrive in",
    ));
    ui.weak(tr(
        "Later: after these weeks, or past due for longer than any paid invoice ever was, so when it comes cannot be told.",
    ));
    let mut names: Vec<String> = forecast
        .weeks
        .iter()
        .map(|w| crate::data::format::day_month(w.start))
        .collect();
    names.push(tr("Later").to_string());
    let mut amounts: Vec<Vec<f64>> = forecast.weeks.iter().map(|w| w.expected.clone()).collect();
    amounts.push(forecast.later.clone());
    let charts = stacked_bars(&names, &amounts, labels);
    Plot::new("forecast")
        .height(320.0)
        .legend(Legend::default().follow_insertion_order(true))
        .allow_scroll(false)
        .include_y(0.0)
        .x_axis_formatter(x_formatter(names.clone()))
        .y_axis_formatter(|mark, _| super::widgets::short_money(mark.value))
        .y_grid_spacer(super::widgets::round_grid_spacer())
        .y_axis_min_width(40.0)
        .show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
        });
    egui::Grid::new("forecast_table")
        .striped(true)
        .show(ui, |ui| {
            ui.strong(tr("Week from"));
            for l in labels {
                ui.strong(l);
            }
            ui.strong(tr("Total"));
            ui.end_row();
            for (name, row) in names.iter().zip(&amounts) {
                ui.label(name);
                for v in row {
                    ui.label(money(*v));
                }
                ui.label(money(row.iter().sum()));
                ui.end_row();
            }
        });
}
