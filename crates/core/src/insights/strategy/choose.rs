//! Acting on a comparison: the best strategy per customer (No change when nothing pays), a
//! budget of discount cost spent on the customers that return the most per unit of it, a
//! holdout of chosen customers kept without the offer so its real effect can be measured later
//! (champion/challenger), the export of the choice and the policies that apply it.

use std::path::Path;

use chrono::NaiveDate;

use super::value::Gain;
use super::{Comparison, StrategyResult};
use crate::data::tables::Tables;
use crate::insights::export::{Cell, ExportError, write_table};
use crate::insights::policy::{Filter, Policy};
use crate::model::Fnv1a;

/// The best strategy for one customer.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerChoice {
    /// Index into the tables' customers.
    pub customer: u32,
    /// Open invoices and amount in scope.
    pub invoices: usize,
    pub amount: f64,
    /// Index into the comparison's results (0: No change).
    pub best: usize,
    pub gain: Gain,
    /// The next best (No change when the best is a strategy and nothing else pays more).
    pub runner_up: usize,
    pub runner_up_net: f64,
    /// Net value of the best minus the runner-up's.
    pub margin: f64,
}

/// For every customer the ranked strategy of highest net value, or No change (index 0) when
/// none is above zero, with the runner-up, highest net value first. `gains[strategy][customer]`.
pub fn best_per_customer(
    results: &[StrategyResult],
    gains: &[Vec<Gain>],
    customers: &[u32],
    amounts: &[(usize, f64)],
) -> Vec<CustomerChoice> {
    let eligible: Vec<usize> = (0..results.len())
        .filter(|&s| results.get(s).is_some_and(StrategyResult::ranked))
        .collect();
    let mut choices: Vec<CustomerChoice> = customers
        .iter()
        .enumerate()
        .map(|(c, &customer)| {
            let net = |s: usize| {
                if s == 0 {
                    0.0
                } else {
                    gains
                        .get(s)
                        .and_then(|g| g.get(c))
                        .map_or(f64::NEG_INFINITY, |g| g.net_value)
                }
            };
            // No change and every eligible strategy, best first (ties: the earlier one).
            let mut order: Vec<usize> =
                std::iter::once(0).chain(eligible.iter().copied()).collect();
            order.sort_by(|&a, &b| net(b).total_cmp(&net(a)).then(a.cmp(&b)));
            let best = order.first().copied().unwrap_or(0);
            let runner_up = order.get(1).copied().unwrap_or(0);
            let (invoices, amount) = amounts.get(c).copied().unwrap_or((0, 0.0));
            CustomerChoice {
                customer,
                invoices,
                amount,
                best,
                gain: if best == 0 {
                    Gain::default()
                } else {
                    gains
                        .get(best)
                        .and_then(|g| g.get(c))
                        .copied()
                        .unwrap_or_default()
                },
                runner_up,
                runner_up_net: net(runner_up).max(f64::MIN),
                margin: net(best) - net(runner_up),
            }
        })
        .collect();
    choices.sort_by(|a, b| {
        b.gain
            .net_value
            .total_cmp(&a.gain.net_value)
            .then(a.customer.cmp(&b.customer))
    });
    choices
}

/// The customers picked for their best strategy within a budget, and the holdout among them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// Per choice (same order): picked within the budget.
    pub chosen: Vec<bool>,
    /// Per choice: picked, but kept without the offer (the holdout).
    pub holdout: Vec<bool>,
    pub totals: SelectionTotals,
}

/// What the selection adds up to. Held-out customers get no offer: their cost is not spent and
/// their value not gained.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SelectionTotals {
    /// The budget used: the positive discount costs of the chosen customers (held out or not).
    pub spent: f64,
    pub chosen: usize,
    pub held_out: usize,
    /// Over the customers who get the offer.
    pub discount_cost: f64,
    pub net_value: f64,
    pub extra_on_time: f64,
}

/// A stable number in [0, 1) for a customer id and a seed: who is held out does not change
/// from one run to the next.
fn draw(seed: u64, id: &str) -> f64 {
    let mut h = Fnv1a::default();
    h.eat(&seed.to_le_bytes());
    h.eat(id.as_bytes());
    (h.value() >> 11) as f64 / (1u64 << 53) as f64
}

/// Picks the customers whose best strategy is not No change, in order of net value per unit of
/// discount cost (those that cost nothing first, by net value), skipping any whose cost no
/// longer fits within `budget` (none: no limit); then holds out `holdout_share` of the picked
/// ones (rounded to whole customers, the lowest stable draws of `seed` and their id).
pub fn select(
    choices: &[CustomerChoice],
    tables: &Tables,
    budget: Option<f64>,
    holdout_share: f64,
    seed: u64,
) -> Selection {
    let mut order: Vec<usize> = (0..choices.len())
        .filter(|&c| {
            choices
                .get(c)
                .is_some_and(|c| c.best != 0 && c.gain.net_value > 0.0)
        })
        .collect();
    let ratio = |c: &CustomerChoice| {
        if c.gain.discount_cost > 0.0 {
            c.gain.net_value / c.gain.discount_cost
        } else {
            f64::INFINITY
        }
    };
    order.sort_by(|&a, &b| {
        let (Some(a), Some(b)) = (choices.get(a), choices.get(b)) else {
            return std::cmp::Ordering::Equal;
        };
        ratio(b)
            .total_cmp(&ratio(a))
            .then(b.gain.net_value.total_cmp(&a.gain.net_value))
    });
    let mut chosen = vec![false; choices.len()];
    let mut left = budget.unwrap_or(f64::INFINITY);
    let mut spent = 0.0;
    for &c in &order {
        let Some(choice) = choices.get(c) else {
            continue;
        };
        let cost = choice.gain.discount_cost.max(0.0);
        if cost <= left {
            left -= cost;
            spent += cost;
            if let Some(slot) = chosen.get_mut(c) {
                *slot = true;
            }
        }
    }
    let id = |c: usize| {
        choices
            .get(c)
            .and_then(|choice| tables.customers.get(choice.customer as usize))
            .map_or("", |customer| customer.id.as_str())
    };
    let mut picked: Vec<usize> = (0..choices.len())
        .filter(|&c| chosen.get(c) == Some(&true))
        .collect();
    picked.sort_by(|&a, &b| draw(seed, id(a)).total_cmp(&draw(seed, id(b))));
    let share = if holdout_share.is_finite() {
        holdout_share.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let held = (picked.len() as f64 * share).round() as usize;
    let mut holdout = vec![false; choices.len()];
    for &c in picked.iter().take(held) {
        if let Some(slot) = holdout.get_mut(c) {
            *slot = true;
        }
    }
    let mut totals = SelectionTotals {
        spent,
        chosen: picked.len(),
        held_out: held,
        ..SelectionTotals::default()
    };
    for (c, choice) in choices.iter().enumerate() {
        if chosen.get(c) == Some(&true) && holdout.get(c) != Some(&true) {
            totals.discount_cost += choice.gain.discount_cost;
            totals.net_value += choice.gain.net_value;
            totals.extra_on_time += choice.gain.extra_on_time;
        }
    }
    Selection {
        chosen,
        holdout,
        totals,
    }
}

/// The export's column names, in order.
pub const CHOICE_COLUMNS: [&str; 14] = [
    "customer_id",
    "customer_name",
    "open_invoices",
    "open_amount",
    "strategy",
    "net_value",
    "discount_cost",
    "extra_on_time",
    "runner_up",
    "runner_up_net_value",
    "margin",
    "chosen",
    "holdout",
    "offer",
];

/// One row per customer in scope: the best strategy with its estimate, the runner-up, whether
/// the budget picked it, whether it is held out, and whether it gets the offer.
pub fn choice_rows(
    comparison: &Comparison,
    selection: &Selection,
    tables: &Tables,
) -> Vec<Vec<Cell>> {
    let name = |s: usize| {
        comparison
            .results
            .get(s)
            .map_or_else(String::new, |r| r.strategy.name.to_string())
    };
    let yes_no = |b: bool| Cell::Text(if b { "yes" } else { "no" }.to_string());
    comparison
        .choices
        .iter()
        .enumerate()
        .map(|(c, choice)| {
            let customer = tables.customers.get(choice.customer as usize);
            let chosen = selection.chosen.get(c) == Some(&true);
            let held = selection.holdout.get(c) == Some(&true);
            vec![
                Cell::Text(customer.map_or_else(String::new, |c| c.id.clone())),
                customer
                    .and_then(|c| c.name.clone())
                    .map_or(Cell::Empty, Cell::Text),
                Cell::Number(choice.invoices as f64),
                Cell::Number(choice.amount),
                Cell::Text(name(choice.best)),
                Cell::Number(choice.gain.net_value),
                Cell::Number(choice.gain.discount_cost),
                Cell::Number(choice.gain.extra_on_time),
                Cell::Text(name(choice.runner_up)),
                Cell::Number(choice.runner_up_net),
                Cell::Number(choice.margin),
                yes_no(chosen),
                yes_no(held),
                yes_no(chosen && !held),
            ]
        })
        .collect()
}

/// Writes the choice (CSV, or XLSX by the extension) through the formula-safe writers and says
/// how many rows.
pub fn export_choice(
    comparison: &Comparison,
    selection: &Selection,
    tables: &Tables,
    path: &Path,
) -> Result<usize, ExportError> {
    let rows = choice_rows(comparison, selection, tables);
    write_table(&CHOICE_COLUMNS, "Strategies", &rows, path)?;
    Ok(rows.len())
}

/// One policy per strategy chosen for at least one customer who gets the offer, scoped to
/// those customers, applied to the invoices issued from `from` on. Its name says the strategy.
pub fn policies(
    comparison: &Comparison,
    selection: &Selection,
    tables: &Tables,
    from: NaiveDate,
) -> Vec<Policy> {
    let mut out: Vec<Policy> = Vec::new();
    for (s, result) in comparison.results.iter().enumerate().skip(1) {
        let customers: Vec<String> = comparison
            .choices
            .iter()
            .enumerate()
            .filter(|(c, choice)| {
                choice.best == s
                    && selection.chosen.get(*c) == Some(&true)
                    && selection.holdout.get(*c) != Some(&true)
            })
            .filter_map(|(_, choice)| tables.customers.get(choice.customer as usize))
            .map(|c| c.id.clone())
            .collect();
        if customers.is_empty() {
            continue;
        }
        out.push(Policy {
            name: crate::i18n::trf(
                "Strategy: {name}",
                &[("name", &result.strategy.name.to_string())],
            ),
            from,
            filter: Filter {
                customers,
                ..Filter::default()
            },
            changes: result.strategy.changes.clone(),
            enabled: true,
        });
    }
    out
}
