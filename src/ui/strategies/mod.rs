//! The Strategies screen: which invoices (all open, a filter, one customer, or the new
//! invoices that stand in for future orders), which candidate strategies (the ready-made ones
//! built from the data's terms, discount grids, the user's own), then the comparison side by
//! side, the cost-benefit frontier, the best strategy per customer within a budget with its
//! holdout, the export and the policies ([`result`]).

mod result;

use super::Screens;
use super::widgets::{labelled_drag, percent_drag};
use crate::app::{AppState, Command, JobKind};
use crate::data::tables::Tables;
use crate::i18n::{tr, trf};
use crate::insights::strategy::{self, NEW_INVOICE_DAYS, Strategy, StrategyName, StrategyScope};
use crate::insights::whatif::{Changes, Filter};

/// Which invoices the strategies are compared on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ScopeChoice {
    #[default]
    All,
    Filter,
    Customer,
}

/// Which benefit the frontier chart shows against the cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Benefit {
    #[default]
    NetValue,
    ExtraOnTime,
}

/// A column the comparison table can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortBy {
    /// The order the candidates were listed in.
    #[default]
    Listed,
    OnTime,
    DaysToCash,
    DiscountCost,
    NetValue,
    CostPerExtra,
}

/// The form of a user's own strategy.
#[derive(Clone, Debug)]
pub struct OwnForm {
    pub name: String,
    pub discount: bool,
    pub discount_pct: f64,
    pub discount_days: i32,
    pub terms: bool,
    pub terms_change_days: i32,
    pub electronic: bool,
    pub resolve_dispute: bool,
}

impl Default for OwnForm {
    fn default() -> Self {
        OwnForm {
            name: String::new(),
            discount: true,
            discount_pct: 1.5,
            discount_days: 10,
            terms: false,
            terms_change_days: -10,
            electronic: false,
            resolve_dispute: false,
        }
    }
}

impl OwnForm {
    fn changes(&self) -> Changes {
        Changes {
            discount_pct: self.discount.then_some(self.discount_pct),
            discount_days: self.discount.then_some(self.discount_days),
            terms_change_days: self.terms.then_some(self.terms_change_days),
            electronic: self.electronic.then_some(true),
            resolve_dispute: self.resolve_dispute,
            ..Changes::default()
        }
    }
}

/// What the screen keeps between frames.
#[derive(Clone, Debug)]
pub struct StrategiesState {
    pub scope: ScopeChoice,
    pub customer_id: String,
    /// Customer group and region of the filter (empty: any).
    pub group: String,
    pub region: String,
    pub min_amount: f64,
    /// Only invoices whose most likely bucket is this one (open invoices only).
    pub bucket: Option<usize>,
    pub flagged_only: bool,
    pub new_invoices: bool,
    /// Candidates the user unticked.
    pub unticked: Vec<StrategyName>,
    /// The grid builder: discount percent from, to, step, and the discount days.
    pub grid_from: f64,
    pub grid_to: f64,
    pub grid_step: f64,
    pub grid_days: String,
    pub own: OwnForm,
    pub sort: SortBy,
    pub descending: bool,
    /// The strategy picked in the table or the chart (index into the results).
    pub selected: Option<usize>,
    pub benefit: Benefit,
    /// The plan as edited (sent to the app on change).
    pub budget_on: bool,
    pub budget: f64,
    pub holdout_share: f64,
    pub policies_include_open: bool,
    /// The ready-made candidates of the data in use, built once per data set (known by its
    /// address, size and date).
    ready: Option<((usize, usize, chrono::NaiveDate), Vec<Strategy>)>,
}

impl Default for StrategiesState {
    fn default() -> Self {
        StrategiesState {
            scope: ScopeChoice::default(),
            customer_id: String::new(),
            group: String::new(),
            region: String::new(),
            min_amount: 0.0,
            bucket: None,
            flagged_only: false,
            new_invoices: false,
            unticked: Vec::new(),
            grid_from: 1.0,
            grid_to: 3.0,
            grid_step: 0.5,
            grid_days: "10".to_string(), // i18n: not text
            own: OwnForm::default(),
            sort: SortBy::default(),
            descending: true,
            selected: None,
            benefit: Benefit::default(),
            budget_on: false,
            budget: 10_000.0,
            holdout_share: 0.1,
            policies_include_open: true,
            ready: None,
        }
    }
}

impl StrategiesState {
    /// Points the screen at one customer (from the Customer or What-if screen).
    pub fn for_customer(&mut self, customer_id: &str) {
        self.scope = ScopeChoice::Customer;
        self.customer_id = customer_id.to_string();
    }

    /// Points the screen at a filter (from the What-if screen).
    pub fn for_filter(&mut self, filter: &Filter) {
        self.scope = ScopeChoice::Filter;
        self.group = filter.group.clone().unwrap_or_default();
        self.region = filter.region.clone().unwrap_or_default();
        self.min_amount = filter.min_amount.unwrap_or(0.0);
        self.bucket = filter.bucket;
        self.flagged_only = filter.flagged_only;
    }

    pub fn scope(&self) -> StrategyScope {
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        let filter = match self.scope {
            ScopeChoice::All => Filter::default(),
            ScopeChoice::Customer => Filter {
                customer: Some(self.customer_id.trim().to_string()),
                ..Filter::default()
            },
            ScopeChoice::Filter => Filter {
                group: text(&self.group),
                region: text(&self.region),
                min_amount: (self.min_amount > 0.0).then_some(self.min_amount),
                // New invoices have no prediction yet to be flagged or bucketed by.
                flagged_only: self.flagged_only && !self.new_invoices,
                bucket: self.bucket.filter(|_| !self.new_invoices),
                ..Filter::default()
            },
        };
        StrategyScope {
            filter,
            new_invoices: self.new_invoices,
        }
    }

    /// The ready-made candidates of `tables` (built again only for other data).
    fn ready_made(&mut self, tables: &Tables) -> Vec<Strategy> {
        let key = (
            std::ptr::from_ref(tables) as usize,
            tables.invoices.len(),
            tables.as_of,
        );
        if self.ready.as_ref().is_none_or(|(k, _)| *k != key) {
            self.ready = Some((key, strategy::ready_made(tables)));
        }
        self.ready
            .as_ref()
            .map(|(_, r)| r.clone())
            .unwrap_or_default()
    }

    /// Every candidate: the ready-made ones, then the user's own.
    fn candidates(&mut self, tables: &Tables, own: &[Strategy]) -> Vec<Strategy> {
        let mut all = self.ready_made(tables);
        for s in own {
            if !all.iter().any(|a| a.name == s.name) {
                all.push(s.clone());
            }
        }
        all
    }

    /// The discount days of the grid builder ("10, 20").
    fn grid_days(&self) -> Vec<i32> {
        self.grid_days
            .split([',', ';', ' '])
            .filter_map(|d| d.trim().parse::<i32>().ok())
            .filter(|d| (0..=120).contains(d))
            .collect()
    }
}

pub fn strategies_ui(
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
        .id_salt("strategies_scroll")
        .show(ui, |ui| {
            ui.heading(tr("Strategies"));
            ui.add(
                egui::Label::new(egui::RichText::new(tr(
                    "Compare ways of getting paid sooner side by side and choose one per customer. Every figure is the model's estimate from how invoices like these were paid, not a measured effect.",
                )).weak())
                .wrap(),
            );
            ui.add_space(4.0);
            let form = &mut screens.strategies;
            let labels = state
                .model()
                .map_or_else(|| state.choice.buckets.labels(), |m| m.labels());
            scope_ui(ui, form, tables, &labels);
            ui.add_space(4.0);
            let candidates = form.candidates(tables, &state.strategies);
            candidates_ui(ui, form, &candidates, &state.strategies, commands);
            ui.add_space(4.0);
            super::what_if::rates_ui(ui, state, commands);
            ui.add_space(4.0);
            run_ui(ui, state, form, &candidates, commands);
            ui.separator();
            if let (Some(result), Some(model)) = (&state.strategy_result, state.model()) {
                result::result_ui(ui, state, form, result, &model.buckets, tables, commands);
            }
        });
}

/// Which invoices: all open, a filter, one customer; and the new invoices instead.
fn scope_ui(ui: &mut egui::Ui, form: &mut StrategiesState, tables: &Tables, labels: &[String]) {
    ui.horizontal_wrapped(|ui| {
        ui.strong(tr("Which invoices:"));
        ui.radio_value(&mut form.scope, ScopeChoice::All, tr("All open invoices"));
        ui.radio_value(&mut form.scope, ScopeChoice::Filter, tr("Filter"));
        ui.radio_value(&mut form.scope, ScopeChoice::Customer, tr("One customer"));
    });
    if form.scope == ScopeChoice::All {
        scope_new_ui(ui, form, tables);
        return;
    }
    ui.horizontal_wrapped(|ui| match form.scope {
        ScopeChoice::All => {}
        ScopeChoice::Customer => {
            super::widgets::customer_id_ui(ui, &mut form.customer_id, tables);
        }
        ScopeChoice::Filter => {
            let id = ui.label(tr("Customer group (empty: any)")).id;
            ui.add(egui::TextEdit::singleline(&mut form.group).desired_width(110.0))
                .labelled_by(id);
            let id = ui.label(tr("Region (empty: any)")).id;
            ui.add(egui::TextEdit::singleline(&mut form.region).desired_width(60.0))
                .labelled_by(id);
            labelled_drag(
                ui,
                tr("Invoice amount at least"),
                &mut form.min_amount,
                |d| d.range(0.0..=f64::MAX).speed(100.0),
            );
            ui.add_enabled_ui(!form.new_invoices, |ui| {
                let selected = form
                    .bucket
                    .and_then(|b| labels.get(b).cloned())
                    .unwrap_or_else(|| tr("Any").to_string());
                egui::ComboBox::from_label(tr("Most likely bucket"))
                    .selected_text(selected)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut form.bucket, None, tr("Any"));
                        for (b, label) in labels.iter().enumerate() {
                            ui.selectable_value(&mut form.bucket, Some(b), label);
                        }
                    });
                ui.checkbox(&mut form.flagged_only, tr("Flagged only"));
            });
        }
    });
    scope_new_ui(ui, form, tables);
}

/// The new invoices instead of the open ones.
fn scope_new_ui(ui: &mut egui::Ui, form: &mut StrategiesState, tables: &Tables) {
    ui.checkbox(
        &mut form.new_invoices,
        trf(
            "New invoices: the invoices issued in the last {days} days, re-issued as of {date} as a stand-in for future orders",
            &[
                ("days", &NEW_INVOICE_DAYS),
                ("date", &crate::data::format::date(tables.as_of)),
            ],
        ),
    );
}

/// The candidates with a tick each, the grid builder and the form of the user's own.
fn candidates_ui(
    ui: &mut egui::Ui,
    form: &mut StrategiesState,
    candidates: &[Strategy],
    own: &[Strategy],
    commands: &mut Vec<Command>,
) {
    let ticked = candidates
        .iter()
        .filter(|c| !form.unticked.contains(&c.name))
        .count();
    egui::CollapsingHeader::new(trf(
        "Candidates: {ticked} of {total} ticked, and No change",
        &[("ticked", &ticked), ("total", &candidates.len())],
    ))
    .id_salt("strategy_candidates")
    .default_open(true)
    .show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.add_enabled(
                false,
                egui::Checkbox::new(&mut true, tr("No change (always compared)")),
            );
            for c in candidates {
                let mut on = !form.unticked.contains(&c.name);
                if ui.checkbox(&mut on, c.name.to_string()).changed() {
                    if on {
                        form.unticked.retain(|n| *n != c.name);
                    } else {
                        form.unticked.push(c.name.clone());
                    }
                }
                if own.iter().any(|o| o.name == c.name)
                    && ui
                        .small_button("🗑") // i18n: not text
                        .on_hover_text(trf(
                            "Delete {strategy}",
                            &[("strategy", &c.name.to_string())],
                        ))
                        .clicked()
                {
                    let kept: Vec<Strategy> =
                        own.iter().filter(|o| o.name != c.name).cloned().collect();
                    commands.push(Command::SaveStrategies(kept));
                }
            }
        });
        grid_ui(ui, form, own, commands);
        own_ui(ui, form, own, commands);
    });
}

/// A discount percent field's range, speed and sign.
fn percent_range(d: egui::DragValue<'_>) -> egui::DragValue<'_> {
    d.range(0.0..=20.0)
        .speed(0.1)
        .suffix(crate::data::format::percent_suffix())
}

/// Discounts from–to–step × discount days, added to the user's own candidates.
fn grid_ui(
    ui: &mut egui::Ui,
    form: &mut StrategiesState,
    own: &[Strategy],
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr("Discount grid:"));
        labelled_drag(ui, tr("from"), &mut form.grid_from, percent_range);
        labelled_drag(ui, tr("to"), &mut form.grid_to, percent_range);
        labelled_drag(ui, tr("step"), &mut form.grid_step, |d| {
            d.range(0.1..=10.0)
                .speed(0.1)
                .suffix(crate::data::format::percent_suffix())
        });
        let id = ui.label(tr("within (days, e.g. 10, 20)")).id;
        ui.add(egui::TextEdit::singleline(&mut form.grid_days).desired_width(70.0))
            .labelled_by(id);
        let grid = strategy::grid(
            form.grid_from,
            form.grid_to,
            form.grid_step,
            &form.grid_days(),
        );
        if ui
            .add_enabled(
                !grid.is_empty(),
                egui::Button::new(trf("Add {count} discounts", &[("count", &grid.len())])),
            )
            .on_disabled_hover_text(tr(
                "Give a range of percents and at least one number of days",
            ))
            .clicked()
        {
            let mut all = own.to_vec();
            for g in grid {
                if !all.iter().any(|a| a.name == g.name) {
                    all.push(g);
                }
            }
            commands.push(Command::SaveStrategies(all));
        }
    });
}

/// The form of the user's own strategy.
fn own_ui(
    ui: &mut egui::Ui,
    form: &mut StrategiesState,
    own: &[Strategy],
    commands: &mut Vec<Command>,
) {
    let f = &mut form.own;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr("Your own:"));
        let id = ui.label(tr("Name")).id;
        ui.add(egui::TextEdit::singleline(&mut f.name).desired_width(120.0))
            .labelled_by(id);
        ui.checkbox(&mut f.discount, tr("Cash discount"));
        ui.add_enabled_ui(f.discount, |ui| {
            labelled_drag(ui, tr("Discount %"), &mut f.discount_pct, |d| {
                d.range(0.0..=20.0)
                    .speed(0.1)
                    .suffix(crate::data::format::percent_suffix())
            });
            labelled_drag(ui, tr("if paid within (days)"), &mut f.discount_days, |d| {
                d.range(0..=120)
            });
        });
        let terms = ui.checkbox(&mut f.terms, tr("Terms changed by (days)"));
        ui.add_enabled(
            f.terms,
            super::widgets::localised(
                egui::DragValue::new(&mut f.terms_change_days).range(-120..=120),
            ),
        )
        .labelled_by(terms.id)
        .on_hover_text(tr("Negative: shorter terms"));
        ui.checkbox(&mut f.electronic, tr("Electronic billing"));
        ui.checkbox(&mut f.resolve_dispute, tr("Resolve disputes"));
        let changes = f.changes();
        let problem = changes.validate().err().map(|e| e.to_string());
        let name = f.name.trim().to_string();
        let taken = own
            .iter()
            .any(|o| o.name == StrategyName::Own(name.clone()));
        let empty = changes == Changes::default();
        let why = if name.is_empty() {
            Some(tr("Give the strategy a name").to_string())
        } else if taken {
            Some(tr("A strategy of yours already has this name").to_string())
        } else if empty {
            Some(tr("Choose at least one change").to_string())
        } else {
            problem
        };
        if ui
            .add_enabled(why.is_none(), egui::Button::new(tr("Add strategy")))
            .on_disabled_hover_text(why.unwrap_or_default())
            .clicked()
        {
            let mut all = own.to_vec();
            all.push(Strategy::new(StrategyName::Own(name), changes));
            commands.push(Command::SaveStrategies(all));
            f.name.clear();
        }
    });
}

/// The button that compares the ticked candidates.
fn run_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    form: &StrategiesState,
    candidates: &[Strategy],
    commands: &mut Vec<Command>,
) {
    let busy = state.busy_with(&[JobKind::Strategies]);
    let chosen: Vec<Strategy> = candidates
        .iter()
        .filter(|c| !form.unticked.contains(&c.name))
        .cloned()
        .collect();
    let named = form.scope != ScopeChoice::Customer || !form.customer_id.trim().is_empty();
    if ui
        .add_enabled(
            !busy && state.model().is_some() && named,
            egui::Button::new(tr("Compare strategies")),
        )
        .on_disabled_hover_text(tr(
            "Needs a published model, a customer when one is asked for, and no running comparison",
        ))
        .clicked()
    {
        commands.push(Command::RunStrategies {
            scope: form.scope(),
            strategies: chosen,
        });
    }
}

/// The plan of the screen's budget and holdout, to send when it changed.
fn plan_of(form: &StrategiesState) -> crate::app::StrategyPlan {
    crate::app::StrategyPlan {
        budget: form.budget_on.then_some(form.budget),
        holdout_share: form.holdout_share,
    }
}

/// The budget and the holdout share; a change is sent to the app, which picks the customers.
fn plan_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    form: &mut StrategiesState,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let budget = ui.checkbox(&mut form.budget_on, tr("Budget: spend at most"));
        let mut changed = budget.changed();
        changed |= ui
            .add_enabled(
                form.budget_on,
                super::widgets::localised(
                    egui::DragValue::new(&mut form.budget)
                        .range(0.0..=f64::MAX)
                        .speed(100.0),
                ),
            )
            .labelled_by(budget.id)
            .changed();
        ui.label(tr("on discounts"));
        ui.separator();
        changed |= percent_drag(
            ui,
            tr("Hold out"),
            &mut form.holdout_share,
            |d| d.range(0.0..=50.0).speed(0.5),
        )
        .on_hover_text(tr("A random share of the chosen customers is kept without the offer, so its real effect can be measured later by comparing them with the others"))
        .changed();
        ui.label(tr("of the chosen customers without the offer"));
        if changed && plan_of(form) != state.strategy_plan {
            commands.push(Command::PlanStrategies(plan_of(form)));
        }
    });
}
