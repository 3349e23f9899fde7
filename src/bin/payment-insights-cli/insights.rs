//! The insight commands: predict, customer and whatif, over the published model (or a version).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use payment_insights::data::atomic::write_atomic;
use payment_insights::data::csv_out::write_csv_file;
use payment_insights::data::format::{money, percent};
use payment_insights::data::progress::Cancel;
use payment_insights::data::tables::{Index, Tables};
use payment_insights::insights::customer::{forecast, history, portfolio, status, worklist};
use payment_insights::insights::export;
use payment_insights::insights::predict::{Settings, explain, score_open};
use payment_insights::insights::whatif::{Policy, Scenario, what_if};
use payment_insights::model::Model;

use crate::engine::DataArgs;

fn load_model(data: &DataArgs, version: Option<u32>) -> Result<Model> {
    let store = data.store()?;
    Ok(match version {
        Some(v) => store.load(v)?,
        None => {
            let (model, warning) = store.load_published()?;
            if let Some(w) = warning {
                errln!("Warning: {w}");
            }
            model
        }
    })
}

fn read_toml<T: serde::de::DeserializeOwned>(path: &Path, what: &str) -> Result<T> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    toml::from_str(&text)
        .map_err(|e| anyhow::anyhow!("{} is not a valid {what}: {e}", path.display()))
}

fn customer_index(tables: &Tables, id: &str) -> Result<u32> {
    tables
        .customers
        .iter()
        .position(|c| c.id == id)
        .map(|i| i as u32)
        .with_context(|| format!("there is no customer \"{id}\" in the data"))
}

/// Scores every open invoice, prints the portfolio, worklist and forecast, writes CSV/XLSX.
pub fn predict_cmd(
    data: &DataArgs,
    version: Option<u32>,
    out: Option<&Path>,
    policies: &[std::path::PathBuf],
    settings: &Settings,
) -> Result<ExitCode> {
    let tables = data.load()?;
    let model = load_model(data, version)?;
    let policies: Vec<Policy> = policies
        .iter()
        .map(|path| {
            let policy: Policy = read_toml(path, "policy file")?;
            policy
                .changes
                .validate()
                .with_context(|| format!("the policy in {} cannot be applied", path.display()))?;
            Ok(policy)
        })
        .collect::<Result<_>>()?;
    let started = std::time::Instant::now();
    let scored = score_open(
        &model,
        &tables,
        settings,
        &policies,
        &|_| {},
        &Cancel::new(),
    )?;
    let seconds = started.elapsed().as_secs_f64();
    // Files first, then the terminal: a reader that stops early (`| head`) cannot cost the file.
    let written = match out {
        Some(path) => {
            let rows = export::rows(&model, &tables, &scored)?;
            export::write(&rows, path)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
            Some((rows.len(), path))
        }
        None => None,
    };
    let labels = model.buckets.labels();
    let p = portfolio(&scored.predictions, &model.buckets);
    outln!(
        "{} open invoices as of {} ({} open), scored with model version {} in {seconds:.2} s.",
        p.open_invoices,
        scored.as_of,
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
        percent(settings.flag_threshold),
        p.flagged_invoices,
        money(p.flagged_amount)
    );
    outln!("Collections worklist (customers by expected late + very late amount):");
    for row in worklist(&tables, &scored.predictions).iter().take(10) {
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
    let f = forecast(
        &tables,
        &scored.predictions,
        &model.behaviour,
        &model.buckets,
    );
    outln!("Weekly cash-inflow forecast (expected):");
    for w in &f.weeks {
        outln!(
            "  week of {}  {:>16}",
            w.start,
            money(w.expected.iter().sum())
        );
    }
    outln!("  later            {:>16}", money(f.later.iter().sum()));
    if let Some((rows, path)) = written {
        outln!(
            "{rows} predictions written to {} (columns: {}).",
            path.display(),
            export::COLUMNS.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints one customer's status, open invoices with top factors, and history.
pub fn customer_cmd(
    data: &DataArgs,
    id: &str,
    version: Option<u32>,
    settings: &Settings,
) -> Result<ExitCode> {
    let tables = data.load()?;
    let model = load_model(data, version)?;
    let customer = customer_index(&tables, id)?;
    let scored = score_open(&model, &tables, settings, &[], &|_| {}, &Cancel::new())?;
    let index = Index::build(&tables);
    let s = status(
        &tables,
        &index,
        customer,
        &scored.predictions,
        &model.buckets,
    );
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
    for p in scored.predictions.iter().filter(|p| {
        tables
            .invoices
            .get(p.invoice as usize)
            .is_some_and(|i| i.customer == customer)
    }) {
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
        for f in explain(&model, &tables, p.invoice, scored.as_of, 3)? {
            outln!(
                "      {} (toward {}, {:.2})",
                f.text,
                labels.get(f.toward).cloned().unwrap_or_default(),
                f.strength
            );
        }
    }
    let rows = history(&tables, &index, customer, &model.buckets);
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
    settings: &Settings,
    out: Option<&Path>,
    save_policy: Option<&Path>,
) -> Result<ExitCode> {
    let tables = data.load()?;
    let model = load_model(data, version)?;
    let scenario: Scenario = read_toml(scenario_path, "scenario file")?;
    scenario
        .changes
        .validate()
        .with_context(|| format!("the scenario in {} cannot be run", scenario_path.display()))?;
    let scored = score_open(&model, &tables, settings, &[], &|_| {}, &Cancel::new())?;
    let result = what_if(
        &model,
        &tables,
        &scenario,
        settings,
        &scored.predictions,
        &|_| {},
        &Cancel::new(),
    )?;
    // Files first, then the terminal: a reader that stops early (`| head`) cannot cost a file.
    let mut written = Vec::new();
    if let Some(path) = out {
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
                let id = tables
                    .invoices
                    .get(e.invoice as usize)
                    .map(|i| i.id.as_str())
                    .unwrap_or("");
                csv.text(id)?;
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
        .with_context(|| format!("cannot write {}", path.display()))?;
        written.push(format!("Comparison written to {}", path.display()));
    }
    if let Some(path) = save_policy {
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
        write_atomic(path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
        written.push(format!(
            "Saved as a policy in {}: `predict --policy {}` applies it to invoices issued from {} on.",
            path.display(),
            path.display(),
            tables.as_of
        ));
    }
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
    for e in result.invoices.iter().take(10) {
        let id = tables
            .invoices
            .get(e.invoice as usize)
            .map(|i| i.id.as_str())
            .unwrap_or("");
        let fmt = |p: &[f64]| {
            p.iter()
                .map(|v| percent(*v))
                .collect::<Vec<_>>()
                .join(" / ")
        };
        outln!(
            "  {id}: {}  →  {}",
            fmt(&e.before.probs),
            fmt(&e.after.probs)
        );
    }
    for line in &written {
        outln!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
