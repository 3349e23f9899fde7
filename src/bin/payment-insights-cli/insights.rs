//! The insight commands: predict, customer and whatif, over the published model (or a
//! version). Each works on the [`Analysis`] that [`DataArgs`] loads, through the operations the
//! window uses (score, export, customer view, explain, what-if), and prints.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use payment_insights::analysis::{Analysis, ScoredOutput};
use payment_insights::data::atomic::write_atomic;
use payment_insights::data::csv_out::write_csv_file;
use payment_insights::data::format::{money, percent};
use payment_insights::data::progress::Cancel;
use payment_insights::data::tables::Tables;
use payment_insights::insights::export::{self, ExportError};
use payment_insights::insights::predict::Settings;
use payment_insights::insights::whatif::{Policy, Scenario, WhatIf};
use payment_insights::model::Model;

use crate::args::DataArgs;

/// A TOML file (scenario or policy) as `T`; a bad file is named with what it should be.
pub fn read_toml<T: serde::de::DeserializeOwned>(path: &Path, what: &str) -> Result<T> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    toml::from_str(&text)
        .map_err(|e| anyhow::anyhow!("{} is not a valid {what}: {e}", path.display()))
}

/// The row of the customer with ID `id`.
fn customer_index(tables: &Tables, id: &str) -> Result<u32> {
    tables
        .customers
        .iter()
        .position(|c| c.id == id)
        .map(|i| i as u32)
        .with_context(|| format!("there is no customer \"{id}\" in the data"))
}

/// The policy files, each checked before anything is scored.
fn read_policies(paths: &[PathBuf]) -> Result<Vec<Policy>> {
    paths
        .iter()
        .map(|path| {
            let policy: Policy = read_toml(path, "policy file")?;
            policy
                .changes
                .validate()
                .with_context(|| format!("the policy in {} cannot be applied", path.display()))?;
            Ok(policy)
        })
        .collect()
}

/// Scores the open invoices and keeps the predictions in `analysis` (the customer view, the
/// export and the what-if read them there).
pub fn score(analysis: &mut Analysis) -> Result<Arc<ScoredOutput>> {
    let scored = Arc::new(analysis.score(&|_| {}, &Cancel::new())?);
    analysis.scored = Some(scored.clone());
    Ok(scored)
}

/// Writes the scored predictions with their top factors to `path`; says how many rows.
fn export_to(analysis: &Analysis, path: &Path) -> Result<usize> {
    match analysis.export(path, &|_| {}, &Cancel::new()) {
        Ok(rows) => Ok(rows),
        // Explaining failed: the model's error as it is; only writing gets the file's name.
        Err(ExportError::Model(error)) => Err(error.into()),
        Err(error) => bail!("cannot write {}: {error}", path.display()),
    }
}

/// Scores every open invoice, prints the portfolio, worklist and forecast, writes CSV/XLSX.
pub fn predict_cmd(
    data: &DataArgs,
    version: Option<u32>,
    out: Option<&Path>,
    policies: &[PathBuf],
    settings: Settings,
) -> Result<ExitCode> {
    let (mut analysis, model) = data.analysis_with_model(settings, version)?;
    analysis.policies = read_policies(policies)?.into();
    let started = std::time::Instant::now();
    let scored = score(&mut analysis)?;
    let seconds = started.elapsed().as_secs_f64();
    // Files first, then the terminal: a reader that stops early (`| head`) cannot cost the file.
    let written = match out {
        Some(path) => Some((export_to(&analysis, path)?, path)),
        None => None,
    };
    print_predictions(&analysis, &model, &scored, seconds);
    if let Some((rows, path)) = written {
        outln!(
            "{rows} predictions written to {} (columns: {}).",
            path.display(),
            export::COLUMNS.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The portfolio totals, the collections worklist and the weekly forecast of `scored`.
fn print_predictions(analysis: &Analysis, model: &Model, scored: &ScoredOutput, seconds: f64) {
    let tables = analysis.tables();
    let labels = model.buckets.labels();
    let p = &scored.portfolio;
    outln!(
        "{} open invoices as of {} ({} open), scored with model version {} in {seconds:.2} s.",
        p.open_invoices,
        scored.scored.as_of,
        money(p.open_amount),
        model.version
    );
    outln!("Expected open amount per bucket:");
    for ((label, amount), count) in labels.iter().zip(&p.expected).zip(&p.invoices_by_bucket) {
        outln!(
            "  {label:<24} {:>16}   ({count} invoices most likely here)",
            money(*amount)
        );
    }
    outln!(
        "Flagged for collections (P(on time) < {}): {} invoices, {}",
        percent(analysis.settings.flag_threshold),
        p.flagged_invoices,
        money(p.flagged_amount)
    );
    outln!("Collections worklist (customers by expected late + very late amount):");
    for row in scored.worklist.iter().take(10) {
        let c = tables.customers.get(row.customer as usize);
        outln!(
            "  {:<8} {:<34} late {:>14}  open {:>14}  {} of {} invoices flagged",
            c.map(|c| c.id.as_str()).unwrap_or(""),
            c.and_then(|c| c.name.as_deref()).unwrap_or(""),
            money(row.late_amount),
            money(row.open_amount),
            row.flagged_invoices,
            row.open_invoices
        );
    }
    outln!("Weekly cash-inflow forecast (expected):");
    for w in &scored.forecast.weeks {
        outln!(
            "  week of {}  {:>16}",
            w.start,
            money(w.expected.iter().sum())
        );
    }
    outln!(
        "  later            {:>16}",
        money(scored.forecast.later.iter().sum())
    );
}

/// Prints one customer's status, open invoices with top factors, and history.
pub fn customer_cmd(
    data: &DataArgs,
    id: &str,
    version: Option<u32>,
    settings: Settings,
) -> Result<ExitCode> {
    let (mut analysis, model) = data.analysis_with_model(settings, version)?;
    let customer = customer_index(analysis.tables(), id)?;
    score(&mut analysis)?;
    // The view's own factors (the largest invoice's) are not printed: each open invoice gets
    // its three below, and a failure to explain stops the command there, as it always has.
    let (view, _) = analysis.customer_view(customer, None, model.buckets);
    let tables = analysis.tables();
    let s = &view.status;
    let labels = model.buckets.labels();
    let c = tables.customers.get(customer as usize);
    outln!("{} {}", id, c.and_then(|c| c.name.as_deref()).unwrap_or(""));
    outln!(
        "  open balance {} in {} invoices; overdue {}",
        money(s.open_balance),
        s.open_invoices,
        money(s.overdue_balance)
    );
    if let (Some(limit), Some(used)) = (s.credit_limit, s.credit_use) {
        outln!("  credit limit {} ({} used)", money(limit), percent(used));
    }
    if let Some(dso) = s.dso {
        outln!("  DSO {dso:.0} days");
    }
    outln!(
        "  last payment {}; {} paid invoices, average {} days late, last 5: {} days; trend: {}",
        s.last_payment
            .map(|d| d.to_string())
            .unwrap_or_else(|| "none".into()),
        s.paid_invoices,
        s.avg_days_late.map_or("–".into(), |v| format!("{v:.1}")),
        s.recent_days_late.map_or("–".into(), |v| format!("{v:.1}")),
        s.trend.label()
    );
    outln!("  expected open amount per bucket:");
    for (label, amount) in labels.iter().zip(&s.expected) {
        outln!("    {label:<24} {:>14}", money(*amount));
    }
    outln!("Open invoices:");
    for p in &view.open {
        let Some(inv) = tables.invoices.get(p.invoice as usize) else {
            continue;
        };
        let probs: Vec<String> = p.probs.iter().map(|v| percent(*v)).collect();
        outln!(
            "  {} due {} {:>12}  {}  → {}{}",
            inv.id,
            inv.due_date,
            money(p.open_amount),
            probs.join(" / "),
            labels.get(p.bucket).cloned().unwrap_or_default(),
            if p.flagged { "  [flag]" } else { "" }
        );
        for f in analysis.explain(p.invoice, 3)? {
            // A bucket already certain has no finite weight: it is said, not printed as "inf".
            let weight = if f.strength.is_finite() {
                format!("{:.2}", f.strength)
            } else {
                "certain".to_string()
            };
            outln!(
                "      {} (toward {}, {weight})",
                f.text,
                labels.get(f.toward).cloned().unwrap_or_default(),
            );
        }
    }
    let rows = &view.history;
    outln!("Payment history (last 15 of {}):", rows.len());
    for r in rows.iter().rev().take(15).rev() {
        outln!(
            "  {} {:>12}  due {}  paid {}  {}",
            r.invoice_date,
            money(r.amount),
            r.due_date,
            r.settled_date.map_or("open".to_string(), |d| d.to_string()),
            match (r.days_late, r.bucket) {
                (Some(d), Some(b)) =>
                    format!("{d:+} days, {}", labels.get(b).cloned().unwrap_or_default()),
                _ => String::new(),
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs a scenario file and prints the comparison; optionally saves it as a policy.
pub fn whatif_cmd(
    data: &DataArgs,
    scenario_path: &Path,
    version: Option<u32>,
    settings: Settings,
    out: Option<&Path>,
    save_policy: Option<&Path>,
) -> Result<ExitCode> {
    let (mut analysis, model) = data.analysis_with_model(settings, version)?;
    let scenario: Scenario = read_toml(scenario_path, "scenario file")?;
    scenario
        .changes
        .validate()
        .with_context(|| format!("the scenario in {} cannot be run", scenario_path.display()))?;
    score(&mut analysis)?;
    let result = analysis.what_if(&scenario, &|_| {}, &Cancel::new())?;
    let tables = analysis.tables();
    // Files first, then the terminal: a reader that stops early (`| head`) cannot cost a file.
    let mut written = Vec::new();
    if let Some(path) = out {
        write_comparison(tables, &result, path)?;
        written.push(format!("Comparison written to {}", path.display()));
    }
    if let Some(path) = save_policy {
        write_policy(tables, &scenario, path)?;
        written.push(format!(
            "Saved as a policy in {}: `predict --policy {}` applies it to invoices issued from {} on.",
            path.display(),
            path.display(),
            tables.as_of
        ));
    }
    print_what_if(tables, &model, &scenario, &result);
    for line in &written {
        outln!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The invoice's ID, or nothing for a row that is not there.
fn invoice_id(tables: &Tables, invoice: u32) -> &str {
    tables
        .invoices
        .get(invoice as usize)
        .map(|i| i.id.as_str())
        .unwrap_or("")
}

/// Writes the per-invoice comparison as CSV with stable columns (three buckets' probabilities
/// before and after, empty for a two-bucket model's third).
fn write_comparison(tables: &Tables, result: &WhatIf, path: &Path) -> Result<()> {
    write_csv_file(path, |csv| {
        csv.header(&[
            "invoice_id",
            "p_on_time_before",
            "p_late_before",
            "p_very_late_before",
            "p_on_time_after",
            "p_late_after",
            "p_very_late_after",
            "discount_cost",
            "earlier_cash_benefit",
            "bad_debt_benefit",
        ])?;
        for e in &result.invoices {
            csv.text(invoice_id(tables, e.invoice))?;
            for probs in [&e.before.probs, &e.after.probs] {
                for k in 0..3 {
                    match probs.get(k) {
                        Some(p) => csv.number(*p, 4)?,
                        None => csv.empty()?,
                    }
                }
            }
            csv.number(e.discount_cost, 2)?;
            csv.number(e.earlier_cash_benefit, 2)?;
            csv.number(e.bad_debt_benefit, 2)?;
            csv.end_row()?;
        }
        Ok(())
    })
    .with_context(|| format!("cannot write {}", path.display()))
}

/// Saves `scenario` as a policy for invoices issued from the data's date on; only a filter
/// scope says which future invoices it is for.
fn write_policy(tables: &Tables, scenario: &Scenario, path: &Path) -> Result<()> {
    let filter = match &scenario.scope {
        payment_insights::insights::whatif::Scope::Filter(f) => f.clone(),
        _ => bail!(
            "only a scenario with a filter scope can become a policy (it applies to future invoices)"
        ),
    };
    let policy = Policy {
        name: if scenario.name.is_empty() {
            "policy".into()
        } else {
            scenario.name.clone()
        },
        from: tables.as_of,
        filter,
        changes: scenario.changes.clone(),
        enabled: true,
    };
    let text = toml::to_string(&policy).context("cannot write the policy")?;
    write_atomic(path, text.as_bytes()).with_context(|| format!("cannot write {}", path.display()))
}

/// The totals before and after, the cost and benefit, and the first ten invoices changed.
fn print_what_if(tables: &Tables, model: &Model, scenario: &Scenario, result: &WhatIf) {
    let labels = model.buckets.labels();
    outln!(
        "Scenario \"{}\": {} open invoices changed.",
        scenario.name,
        result.invoices.len()
    );
    for w in &result.warnings {
        outln!("  Note: {w}");
    }
    outln!(
        "  {:<24} {:>16} {:>16}",
        "expected amount",
        "before",
        "after"
    );
    for ((label, b), a) in labels
        .iter()
        .zip(&result.total_before)
        .zip(&result.total_after)
    {
        outln!("  {label:<24} {:>16} {:>16}", money(*b), money(*a));
    }
    outln!(
        "  discount cost {}   earlier cash {}   fewer very late {}   net benefit {}",
        money(result.discount_cost),
        money(result.earlier_cash_benefit),
        money(result.bad_debt_benefit),
        money(result.net_benefit)
    );
    outln!("  formula: {}", result.formula);
    let fmt = |p: &[f64]| {
        p.iter()
            .map(|v| percent(*v))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    for e in result.invoices.iter().take(10) {
        outln!(
            "  {}: {}  →  {}",
            invoice_id(tables, e.invoice),
            fmt(&e.before.probs),
            fmt(&e.after.probs)
        );
    }
}
