//! The model commands: `fields` (the catalogue), `train` (a candidate saved to the store),
//! `evaluate` (a time split or a backtest, nothing saved), and the printing of a model's
//! evaluation. The data and its field catalogue come from the shared [`Analysis`]; training
//! itself is called directly, because the CLI compares with the generator's true
//! probabilities (the oracle), which the window's training does not.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use payment_insights::analysis::{Analysis, with_layout};
use payment_insights::data::atomic::write_atomic;
use payment_insights::data::format::percent;
use payment_insights::data::progress::{Cancel, Progress};
use payment_insights::insights::predict::Settings;
use payment_insights::model::metrics::{Evaluation, Grade};
use payment_insights::model::store::ModelStore;
use payment_insights::model::train::{Comparison, TrainParams, TrainRun, train};
use payment_insights::model::{Buckets, Learner, Model};

use crate::args::{DataArgs, ModelArgs};

impl ModelArgs {
    /// The training parameters: the buckets asked for (without --late-days and --two-buckets,
    /// the layout the data supports, as the window picks it, with a note when it differs) and
    /// the field selection, checked against the data's field catalogue.
    pub fn params(&self, analysis: &Analysis) -> Result<TrainParams> {
        if self.late_days == Some(0) {
            bail!("--late-days must be at least 1");
        }
        let asked = TrainParams {
            buckets: Buckets {
                late_days: self.late_days.unwrap_or(Buckets::default().late_days),
                two_buckets: self.two_buckets,
            },
            issue_date_only: self.issue_date_only,
            max_rows: self.max_rows,
            learner: self.learner.as_deref().and_then(Learner::from_key),
            ..TrainParams::default()
        };
        let choose = self.late_days.is_none() && !self.two_buckets;
        let (params, layout) = with_layout(analysis.tables(), asked, choose);
        if let Some(layout) = layout {
            errln!(
                "Note: {} Pass --late-days N or --two-buckets to choose the layout yourself.",
                layout.describe()
            );
        }
        let catalogue = analysis.catalogue(params.buckets).catalogue;
        for key in self.fields.iter().chain(&self.without) {
            if catalogue.field(key).is_none() {
                bail!("there is no field \"{key}\"; `payment-insights-cli fields` lists the keys");
            }
        }
        let mut selection = if self.fields.is_empty() {
            catalogue.default_selection()
        } else {
            self.fields.clone()
        };
        selection.retain(|k| !self.without.contains(k));
        Ok(TrainParams {
            selection: Some(selection),
            trained_at: payment_insights::app::storage::now_stamp(),
            ..params
        })
    }
}

/// Prints a progress report on standard error, with the seconds since the first.
fn print_progress(p: Progress) {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let start = START.get_or_init(std::time::Instant::now);
    errln!(
        "  {:>6.1} s  {:>3.0}%  {}",
        start.elapsed().as_secs_f64(),
        p.fraction * 100.0,
        p.stage
    );
}

/// Lists the candidate fields.
pub fn fields(data: &DataArgs, late_days: u32) -> Result<ExitCode> {
    let analysis = data.analysis(Settings::default())?;
    let buckets = Buckets {
        late_days,
        two_buckets: false,
    };
    let catalogue = analysis.catalogue(buckets).catalogue;
    outln!(
        "{:<36} {:<4} {:>8}  {:<18} description",
        "key",
        "use",
        "complete",
        "source"
    );
    for f in &catalogue.fields {
        let using = if f.always_used {
            "always"
        } else if f.default_on() {
            "yes"
        } else {
            "no"
        };
        outln!(
            "{:<36} {:<4} {:>8}  {:<18} {}{}",
            f.key,
            using,
            percent(f.completeness),
            f.source.label(),
            f.description,
            if f.actionable { " [actionable]" } else { "" }
        );
        if let Some(reason) = f.leak.as_ref().or(f.unusable.as_ref()) {
            outln!("{:<36}      left out: {reason}", "");
        }
    }
    for (name, reason) in &catalogue.excluded {
        outln!("column \"{name}\" is not offered: {reason}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints an evaluation under `title`: metrics, the naive baseline, per bucket, confusion and
/// calibration.
fn print_evaluation(title: &str, e: &Evaluation) {
    outln!("{title}");
    outln!(
        "  test invoices {}   accuracy {:.3}   macro F1 {:.3}   log loss {:.4}   grade {}",
        e.rows,
        e.accuracy,
        e.macro_f1,
        e.log_loss,
        e.grade.letter()
    );
    outln!(
        "  naive baseline (always \"{}\"): accuracy {:.3}, log loss {:.4} (bucket shares); skill {:.1}%",
        e.baseline.bucket,
        e.baseline.accuracy,
        e.baseline.log_loss,
        e.skill * 100.0
    );
    outln!(
        "  {:<24} {:>9} {:>7} {:>6} {:>8}",
        "bucket",
        "precision",
        "recall",
        "F1",
        "invoices"
    );
    for b in &e.per_bucket {
        outln!(
            "  {:<24} {:>9.3} {:>7.3} {:>6.3} {:>8}",
            b.bucket,
            b.precision,
            b.recall,
            b.f1,
            b.support
        );
    }
    outln!("  confusion (rows: actual, columns: predicted):");
    for (b, row) in e.per_bucket.iter().zip(&e.confusion) {
        let cells: Vec<String> = row.iter().map(|c| format!("{c:>7}")).collect();
        outln!("    {:<24}{}", b.bucket, cells.join(""));
    }
    outln!("  calibration (decile: mean predicted → observed):");
    for (k, b) in e.per_bucket.iter().enumerate() {
        let cells: Vec<String> = e
            .calibration
            .iter()
            .filter(|c| c.bucket == k)
            .map(|c| format!("{:.2}→{:.2}", c.predicted, c.observed))
            .collect();
        outln!("    {:<24}{}", b.bucket, cells.join(" "));
    }
}

/// Prints a trained model: its buckets, evaluation, the published model's beside it, and the
/// influence of each field.
fn print_model(model: &Model, comparison: Option<&Comparison>, seconds: &[(Learner, f64)]) {
    let how = match (&model.learner, &model.additive) {
        (Learner::Additive, Some(a)) => format!(
            "additive model, {} boosting rounds chosen by validation",
            a.rounds
        ),
        _ => format!(
            "logistic regression, λ = {:.0e} per row chosen by validation",
            model.lambda
        ),
    };
    outln!(
        "Model: {} buckets ({}), {how}; {} invoices learned from ({} rows with ageing snapshots).",
        model.buckets.count(),
        model.buckets.labels().join(" / "),
        model.training_invoices,
        model.training_rows
    );
    print_candidates(model, seconds);
    print_evaluation(
        "Evaluation on the latest 20% of invoices (model fitted on the earlier 80%):",
        &model.evaluation,
    );
    outln!("  grade bands: {}", Grade::bands());
    if let Some(ll) = model.overdue_log_loss {
        outln!("  log loss on snapshots of test invoices already past due: {ll:.4}");
    }
    if let Some(oracle) = model.oracle_log_loss {
        outln!(
            "  oracle (the generator's true probabilities) on the same invoices: log loss {oracle:.4}; the model is {:+.1}% from it (goal: within 5%)",
            (model.evaluation.log_loss / oracle - 1.0) * 100.0
        );
    }
    match comparison {
        Some(Comparison::Evaluated {
            version,
            evaluation,
            overdue_log_loss,
        }) => {
            print_evaluation(
                &format!(
                    "Published model (version {version}) on the same invoices (it may have been trained on them):"
                ),
                evaluation,
            );
            if let Some(ll) = overdue_log_loss {
                outln!("  log loss on past-due snapshots: {ll:.4}");
            }
        }
        Some(Comparison::NotComparable { version, reason }) => {
            outln!("Published model (version {version}) cannot be compared: {reason}");
        }
        None => outln!("No published model to compare with."),
    }
    outln!("Influence of each field (shares sum to 100%):");
    for i in model.influence.iter().take(40) {
        outln!("  {:>5.1}%  {}", i.share * 100.0, i.name);
    }
    for (key, reason) in &model.dropped {
        outln!("  not used: {key}: {reason}");
    }
}

/// The learners fitted in the run side by side, on the same test invoices.
fn print_candidates(model: &Model, seconds: &[(Learner, f64)]) {
    if model.candidates.len() < 2 {
        return;
    }
    outln!("Learners on the same time split (the first is kept):");
    outln!(
        "  {:<28} {:>8} {:>8} {:>9} {:>6} {:>9} {:>8} {:>8}",
        "learner",
        "accuracy",
        "macro F1",
        "log loss",
        "grade",
        "past due",
        "oracle",
        "fit s"
    );
    for c in &model.candidates {
        let e = &c.evaluation;
        let fit = seconds
            .iter()
            .find(|(l, _)| *l == c.learner)
            .map_or(String::from("–"), |(_, s)| format!("{s:.1}"));
        let gap = c.oracle_log_loss.map_or(String::from("–"), |o| {
            format!("{:+.1}%", (e.log_loss / o - 1.0) * 100.0)
        });
        outln!(
            "  {:<28} {:>8.3} {:>8.3} {:>9.4} {:>6} {:>9} {:>8} {:>8}",
            c.learner.name(),
            e.accuracy,
            e.macro_f1,
            e.log_loss,
            e.grade.letter(),
            c.overdue_log_loss
                .map_or(String::from("–"), |l| format!("{l:.4}")),
            gap,
            fit
        );
    }
}

/// Trains with progress, compared with the published model and (on the sample data with the
/// default buckets) the generator's true probabilities.
fn train_against_published(
    data: &DataArgs,
    store: &ModelStore,
    analysis: &Analysis,
    params: &TrainParams,
) -> Result<TrainRun> {
    let published = store.load_published().ok().map(|(m, _)| m);
    let oracle = (params.buckets == Buckets::default())
        .then(|| data.oracle())
        .flatten();
    Ok(train(
        analysis.tables(),
        params,
        published.as_ref(),
        oracle.as_ref(),
        &print_progress,
        &Cancel::new(),
    )?)
}

/// Trains, saves a candidate (and publishes it with --publish).
pub fn train_cmd(
    data: &DataArgs,
    args: &ModelArgs,
    publish: bool,
    out: Option<&Path>,
    json: Option<&Path>,
) -> Result<ExitCode> {
    let analysis = data.analysis(Settings::default())?;
    let params = args.params(&analysis)?;
    let store = data.store()?;
    let started = std::time::Instant::now();
    let run = train_against_published(data, &store, &analysis, &params)?;
    let seconds = started.elapsed().as_secs_f64();
    let mut model = run.model;
    let version = store.save(&mut model)?;
    // Files first, then the terminal: a reader that stops early (`| head`) cannot cost a file.
    if publish {
        store.publish(version)?;
    }
    if let Some(path) = out {
        let text = serde_json::to_string_pretty(&model)?;
        write_atomic(path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    if let Some(path) = json {
        write_json(path, &metrics_json(&model, run.published.as_ref()))?;
    }
    print_model(&model, run.published.as_ref(), &run.fit_seconds);
    outln!(
        "Trained in {seconds:.1} s on data as of {}. Saved as version {version} in {}.",
        model.data_as_of,
        store.dir().display()
    );
    if publish {
        outln!("Published version {version}.");
    } else {
        outln!(
            "Not published: `payment-insights-cli publish {version}` makes it the model used for predictions."
        );
    }
    if let Some(path) = out {
        outln!("Model written to {}", path.display());
    }
    if let Some(path) = json {
        outln!("Metrics written to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// The metrics of `model` (and the published model's) as JSON, for --json.
fn metrics_json(model: &Model, comparison: Option<&Comparison>) -> serde_json::Value {
    let published = match comparison {
        Some(Comparison::Evaluated {
            version,
            evaluation,
            overdue_log_loss,
        }) => serde_json::json!({
            "version": version, "evaluation": evaluation, "overdue_log_loss": overdue_log_loss
        }),
        Some(Comparison::NotComparable { version, reason }) => serde_json::json!({
            "version": version, "not_comparable": reason
        }),
        None => serde_json::Value::Null,
    };
    serde_json::json!({
        "buckets": model.buckets.labels(),
        "lambda": model.lambda,
        "learner": model.learner,
        "candidates": model.candidates,
        "training_invoices": model.training_invoices,
        "evaluation": model.evaluation,
        "overdue_log_loss": model.overdue_log_loss,
        "oracle_log_loss": model.oracle_log_loss,
        "influence": model.influence,
        "published": published,
    })
}

/// Writes `value` as pretty JSON to `path`, atomically.
fn write_json(path: &Path, value: &serde_json::Value) -> Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    write_atomic(path, text.as_bytes()).with_context(|| format!("cannot write {}", path.display()))
}

/// Evaluates the field selection by a time split (nothing saved), or backtests it.
pub fn evaluate_cmd(
    data: &DataArgs,
    args: &ModelArgs,
    backtest_months: Option<u32>,
    json: Option<&Path>,
) -> Result<ExitCode> {
    let analysis = data.analysis(Settings::default())?;
    let params = args.params(&analysis)?;
    if let Some(months) = backtest_months {
        let result = analysis.backtest(&params, months, &print_progress, &Cancel::new())?;
        if let Some(path) = json {
            write_json(path, &serde_json::to_value(&result)?)?;
        }
        outln!(
            "Backtest: at each month start, trained on what was known then and scored the invoices open then."
        );
        outln!(
            "  {:<12} {:>8} {:>9} {:>9}",
            "as of",
            "invoices",
            "log loss",
            "accuracy"
        );
        for m in &result.months {
            outln!(
                "  {:<12} {:>8} {:>9.4} {:>9.3}",
                m.as_of.to_string(),
                m.rows,
                m.log_loss,
                m.accuracy
            );
        }
        print_evaluation("Pooled over all months:", &result.pooled);
        if let Some(path) = json {
            outln!("Metrics written to {}", path.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let store = data.store()?;
    let run = train_against_published(data, &store, &analysis, &params)?;
    if let Some(path) = json {
        write_json(path, &metrics_json(&run.model, run.published.as_ref()))?;
    }
    print_model(&run.model, run.published.as_ref(), &run.fit_seconds);
    if let Some(path) = json {
        outln!("Metrics written to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
