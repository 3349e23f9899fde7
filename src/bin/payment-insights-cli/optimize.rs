//! `optimize`: strategies compared side by side on a scope, the best per customer within a
//! budget with a holdout, and the choice written (CSV or XLSX, formula-safe).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use payment_insights::data::format::{decimal, money, percent_1};
use payment_insights::data::progress::Cancel;
use payment_insights::insights::predict::Settings;
use payment_insights::insights::strategy::{
    self, Comparison, Evidence, Strategy, StrategyName, StrategyScope, choose,
};
use payment_insights::insights::whatif::{Changes, Filter};
use serde::Deserialize;

use crate::args::{DataArgs, ScopeArgs};
use crate::insights::{read_toml, score};

/// The budget and holdout of the choice.
pub struct Plan {
    pub budget: Option<f64>,
    pub holdout: f64,
}

/// The seed of the holdout draw (the window's too: the same customers are held out).
const HOLDOUT_SEED: u64 = 20_261_207;

/// One `[[strategy]]` of a strategies file.
#[derive(Deserialize)]
struct StrategyFile {
    name: String,
    #[serde(flatten)]
    changes: Changes,
}

#[derive(Deserialize)]
struct StrategiesFile {
    strategy: Vec<StrategyFile>,
}

/// The strategies of `path`, each checked, or the ready-made ones.
fn strategies_of(
    path: Option<&Path>,
    tables: &payment_insights::data::tables::Tables,
) -> Result<Vec<Strategy>> {
    let Some(path) = path else {
        return Ok(strategy::ready_made(tables));
    };
    let file: StrategiesFile = read_toml(path, "strategies file")?;
    if file.strategy.is_empty() {
        bail!("{} holds no [[strategy]]", path.display());
    }
    file.strategy
        .into_iter()
        .map(|s| {
            s.changes.validate().with_context(|| {
                format!(
                    "the strategy \"{}\" in {} cannot be compared",
                    s.name,
                    path.display()
                )
            })?;
            Ok(Strategy::new(StrategyName::Own(s.name), s.changes))
        })
        .collect()
}

impl ScopeArgs {
    fn scope(&self) -> StrategyScope {
        StrategyScope {
            filter: Filter {
                customer: self.customer.clone(),
                group: self.group.clone(),
                region: self.region.clone(),
                min_amount: self.min_amount,
                max_amount: self.max_amount,
                flagged_only: self.flagged,
                ..Filter::default()
            },
            new_invoices: self.new_invoices,
        }
    }
}

pub fn optimize_cmd(
    data: &DataArgs,
    strategies_path: Option<&Path>,
    scope: &ScopeArgs,
    version: Option<u32>,
    settings: Settings,
    plan: Plan,
    out: Option<&Path>,
) -> Result<ExitCode> {
    if !plan.holdout.is_finite() || !(0.0..=1.0).contains(&plan.holdout) {
        bail!(
            "--holdout {} is not a share between 0 and 1 (0.1 holds out 10%)",
            plan.holdout
        );
    }
    if let Some(b) = plan.budget
        && !(b.is_finite() && b >= 0.0)
    {
        bail!("--budget {b} is not an amount of zero or more");
    }
    let (mut analysis, _) = data.analysis_with_model(settings, version)?;
    if let Some(id) = &scope.customer
        && !analysis.tables().customers.iter().any(|c| &c.id == id)
    {
        bail!("there is no customer \"{id}\" in the data");
    }
    let strategies = strategies_of(strategies_path, analysis.tables())?;
    score(&mut analysis)?;
    let comparison = analysis.strategies(&scope.scope(), &strategies, &|_| {}, &Cancel::new())?;
    let tables = analysis.tables();
    let selection = choose::select(
        &comparison.choices,
        tables,
        plan.budget,
        plan.holdout,
        HOLDOUT_SEED,
    );
    let mut written = None;
    if let Some(path) = out {
        let rows = choose::export_choice(&comparison, &selection, tables, path)
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
        written = Some(format!(
            "Per-customer choice written to {} ({rows} rows)",
            path.display()
        ));
    }
    print_comparison(&comparison, settings_rate(&analysis));
    let t = &selection.totals;
    outln!();
    outln!(
        "Best per customer: {} customers chosen{}, {} held out without the offer. For the {} who get it: discount cost {}, net value {}, {} more paid on time.",
        t.chosen,
        plan.budget.map_or(String::new(), |b| format!(
            " within a budget of {}",
            money(b)
        )),
        t.held_out,
        t.chosen - t.held_out,
        money(t.discount_cost),
        money(t.net_value),
        money(t.extra_on_time),
    );
    if let Some(line) = written {
        outln!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}

fn settings_rate(analysis: &payment_insights::analysis::Analysis) -> f64 {
    analysis.settings.cost_of_capital
}

/// The comparison table, as the window shows it.
fn print_comparison(c: &Comparison, cost_of_capital: f64) {
    let scope = if c.scope.new_invoices {
        "new invoices (issued in the last 90 days, re-issued as of the data's date as a stand-in for future orders)"
    } else {
        "open invoices"
    };
    outln!(
        "Strategies compared on {} {scope} of {} customers, {} open, as of {} (the model's estimates):",
        c.invoices,
        c.customers.len(),
        money(c.amount),
        c.as_of
    );
    outln!(
        "{:<36} {:>14} {:>9} {:>8} {:>12} {:>12} {:>12} {:>12} {:>9} {:>16} {:>9}  verdict",
        "strategy",
        "on time",
        "days",
        "DSO",
        "discount",
        "earlier cash",
        "fewer v.late",
        "net value",
        "pays for",
        "annual cost",
        "per extra"
    );
    for (s, r) in c.results.iter().enumerate() {
        let on_time = r.expected.first().copied().unwrap_or(0.0);
        let verdict = if s == 0 {
            "baseline".to_string()
        } else if let Evidence::None(levers) = &r.evidence {
            let levers: Vec<String> = levers.iter().map(ToString::to_string).collect();
            format!(
                "no evidence in your data: the model cannot tell its effect ({})",
                levers.join(", ")
            )
        } else {
            let mut words = Vec::new();
            if c.best == Some(s) {
                words.push("BEST by net value".to_string());
            }
            if r.too_close {
                words.push("too close to call".to_string());
            }
            words.extend(r.warnings.iter().map(ToString::to_string));
            words.join("; ")
        };
        let pays = c
            .gains
            .get(s)
            .map_or(0, |g| g.iter().filter(|g| g.net_value > 0.0).count());
        outln!(
            "{:<36} {:>14} {:>9} {:>8} {:>12} {:>12} {:>12} {:>12} {:>9} {:>16} {:>9}  {verdict}",
            r.strategy.name.to_string(),
            money(on_time),
            decimal(r.days_to_cash, 1),
            decimal(r.dso_change, 2),
            money(r.gain.discount_cost),
            money(r.gain.earlier_cash),
            money(r.gain.bad_debt_saving),
            money(r.gain.net_value),
            format!("{pays}/{}", c.customers.len()),
            r.annualised_cost.map_or("-".to_string(), |a| format!(
                "{} vs {}",
                percent_1(a),
                percent_1(cost_of_capital)
            )),
            r.gain
                .cost_per_extra_on_time()
                .map_or("-".to_string(), |v| decimal(v, 3)),
        );
    }
    outln!();
    outln!("{}", c.formula);
    outln!("{}", c.noise);
}
