//! The engine's commands: train, evaluate, publish, rollback, list (and the shared data
//! arguments). Each loads the imported data, calls the library and prints.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use clap::Args;
use payment_insights::data::atomic::write_atomic;
use payment_insights::data::format::percent;
use payment_insights::data::generate::read_truth;
use payment_insights::data::import::import_files;
use payment_insights::data::mapping::MappingFile;
use payment_insights::data::progress::{Cancel, Progress};
use payment_insights::data::tables::Tables;
use payment_insights::i18n::tr;
use payment_insights::model::backtest::backtest;
use payment_insights::model::metrics::{Evaluation, Grade};
use payment_insights::model::store::{ModelStore, Status};
use payment_insights::model::train::{Comparison, TrainParams, train};
use payment_insights::model::{Buckets, Catalogue, Model};

/// Where the data comes from and when it is looked at (every engine command).
#[derive(Args, Clone, Debug)]
pub struct DataArgs {
    /// A folder with customers.csv, invoices.csv and payments.csv (default: the bundled sample data).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Data files instead of --data: customers, invoices and payments, or one ledger (CSV or Excel).
    #[arg(long, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// A TOML mapping file (see `import --save-mapping`).
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// The data as it was known on this date (YYYY-MM-DD): later invoices do not exist yet and
    /// later payments are unknown.
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// The model store folder (default: this data set's folder under the platform data
    /// directory's `models`, the same one the app uses).
    #[arg(long)]
    pub store: Option<PathBuf>,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("\"{text}\" is not a date; write it as YYYY-MM-DD, e.g. 2026-06-30"))
}

/// Bucket thresholds and the field selection.
#[derive(Args, Clone, Debug)]
pub struct ModelArgs {
    /// N: days after the due date that still count as "late"; more is "very late". Without
    /// this flag and --two-buckets, the layout the data supports is used: N = 30 when every
    /// bucket has enough invoices, else a smaller N or two buckets (the choice is printed).
    #[arg(long)]
    pub late_days: Option<u32>,
    /// Two buckets only: on time / late.
    #[arg(long)]
    pub two_buckets: bool,
    /// Exactly these fields (comma-separated keys, see `fields`); default: all usable fields.
    #[arg(long, value_delimiter = ',')]
    pub fields: Vec<String>,
    /// Leave these fields out of the default selection (comma-separated keys).
    #[arg(long, value_delimiter = ',')]
    pub without: Vec<String>,
    /// At most this many training rows (snapshots), sampled with a fixed seed.
    #[arg(long, default_value_t = TrainParams::default().max_rows)]
    pub max_rows: usize,
    /// Learn from issue-date rows only, without the ageing snapshots (for comparison).
    #[arg(long, hide = true)]
    pub issue_date_only: bool,
}

impl DataArgs {
    pub fn folder(&self) -> PathBuf {
        self.data
            .clone()
            .unwrap_or_else(payment_insights::app::resources::sample_data_dir)
    }

    /// The data files: --files, or the three tables of the --data folder that exist.
    fn input_files(&self) -> Vec<PathBuf> {
        if self.files.is_empty() {
            let dir = self.folder();
            ["customers.csv", "invoices.csv", "payments.csv"]
                .iter()
                .map(|f| dir.join(f))
                .filter(|p| p.exists())
                .collect()
        } else {
            self.files.clone()
        }
    }

    /// Imports the data and cuts it at --as-of.
    pub fn load(&self) -> Result<Tables> {
        let files = self.input_files();
        if files.is_empty() {
            bail!(
                "no data files found in {}; pass --data FOLDER or --files FILE...",
                self.folder().display()
            );
        }
        let mapping = match &self.mapping {
            Some(path) => Some(MappingFile::load(path)?),
            None => None,
        };
        let (_, imported) = import_files(&files, mapping.as_ref(), None, &|_| {}, &Cancel::new())?;
        if !imported.report.issues.is_empty() {
            errln!(
                "Note: the import report lists {} issues; `payment-insights-cli import` shows them.",
                imported.report.issues.len()
            );
        }
        let tables = imported.tables;
        Ok(match self.as_of {
            Some(date) if date < tables.as_of => tables.as_known_on(date),
            Some(date) => {
                errln!(
                    "Note: the data ends on {}, before --as-of {date}; using all of it.",
                    tables.as_of
                );
                tables
            }
            None => tables,
        })
    }

    pub fn store(&self) -> Result<ModelStore> {
        let dir = match &self.store {
            Some(dir) => dir.clone(),
            None => {
                let base = payment_insights::app::storage::data_dir()
                    .context("cannot find the platform data directory; pass --store FOLDER")?;
                let is_sample = self.files.is_empty() && self.data.is_none();
                payment_insights::app::storage::models_dir(&base, &self.input_files(), is_sample)
            }
        };
        Ok(ModelStore::open(&dir)?)
    }

    /// The generator's true probabilities (truth.csv next to the sample data), if present.
    pub fn oracle(&self) -> Option<HashMap<String, Vec<f64>>> {
        if !self.files.is_empty() {
            return None;
        }
        read_truth(&self.folder().join("truth.csv"))
    }
}

impl ModelArgs {
    pub fn params(&self, tables: &Tables) -> Result<TrainParams> {
        if self.late_days == Some(0) {
            bail!("--late-days must be at least 1");
        }
        let asked = Buckets {
            late_days: self.late_days.unwrap_or(Buckets::default().late_days),
            two_buckets: self.two_buckets,
        };
        let buckets = if self.late_days.is_none() && !self.two_buckets {
            let choice = payment_insights::model::layout::choose(tables, asked);
            if choice.changed() {
                errln!(
                    "Note: {} Pass --late-days N or --two-buckets to choose the layout yourself.",
                    choice.describe()
                );
            }
            choice.buckets
        } else {
            asked
        };
        let catalogue = Catalogue::build(tables, &buckets);
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
            buckets,
            selection: Some(selection),
            issue_date_only: self.issue_date_only,
            max_rows: self.max_rows,
            trained_at: payment_insights::app::storage::now_stamp(),
            ..TrainParams::default()
        })
    }
}

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
    let tables = data.load()?;
    let buckets = Buckets {
        late_days,
        two_buckets: false,
    };
    let catalogue = Catalogue::build(&tables, &buckets);
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

pub fn print_evaluation(title: &str, e: &Evaluation) {
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

fn print_model(model: &Model, comparison: Option<&Comparison>) {
    outln!(
        "Model: {} buckets ({}), λ = {:.0e} per row chosen by validation; {} invoices learned from ({} rows with ageing snapshots).",
        model.buckets.count(),
        model.buckets.labels().join(" / "),
        model.lambda,
        model.training_invoices,
        model.training_rows
    );
    print_evaluation(
        "Evaluation on the latest 20% of invoices (model fitted on the earlier 80%):",
        &model.evaluation,
    );
    outln!("  grade bands: {}", Grade::BANDS);
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

/// Trains with progress, compared with the published model and (on the sample data with the
/// default buckets) the generator's true probabilities.
fn train_against_published(
    data: &DataArgs,
    store: &ModelStore,
    tables: &Tables,
    params: &TrainParams,
) -> Result<payment_insights::model::train::TrainRun> {
    let published = store.load_published().ok().map(|(m, _)| m);
    let oracle = (params.buckets == Buckets::default())
        .then(|| data.oracle())
        .flatten();
    Ok(train(
        tables,
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
    let tables = data.load()?;
    let params = args.params(&tables)?;
    let store = data.store()?;
    let started = std::time::Instant::now();
    let run = train_against_published(data, &store, &tables, &params)?;
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
    print_model(&model, run.published.as_ref());
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
        "training_invoices": model.training_invoices,
        "evaluation": model.evaluation,
        "overdue_log_loss": model.overdue_log_loss,
        "oracle_log_loss": model.oracle_log_loss,
        "influence": model.influence,
        "published": published,
    })
}

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
    let tables = data.load()?;
    let params = args.params(&tables)?;
    if let Some(months) = backtest_months {
        let result = backtest(&tables, &params, months, &print_progress, &Cancel::new())?;
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
    let run = train_against_published(data, &store, &tables, &params)?;
    if let Some(path) = json {
        write_json(path, &metrics_json(&run.model, run.published.as_ref()))?;
    }
    print_model(&run.model, run.published.as_ref());
    if let Some(path) = json {
        outln!("Metrics written to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Tells about a damaged list of published versions the store just rebuilt.
fn warn_repaired(store: &ModelStore) -> Result<()> {
    if let Some(warning) = store.repair_index()? {
        errln!("Warning: {warning}");
    }
    Ok(())
}

pub fn list_cmd(data: &DataArgs) -> Result<ExitCode> {
    let store = data.store()?;
    warn_repaired(&store)?;
    let entries = store.list();
    if entries.is_empty() {
        outln!(
            "No models in {} yet. `payment-insights-cli train` makes one.",
            store.dir().display()
        );
    }
    for e in entries {
        let status = match e.status {
            Status::Published => "published",
            Status::Previous => "previously published",
            Status::Candidate => "candidate",
        };
        match e.model {
            Ok(m) => outln!(
                "  version {:>3}  {:<21} trained {} on data as of {}, {}, log loss {:.4}, grade {}",
                e.version,
                status,
                if m.trained_at.is_empty() {
                    "?"
                } else {
                    &m.trained_at
                },
                m.data_as_of,
                m.buckets.labels().join(" / "),
                m.evaluation.log_loss,
                m.evaluation.grade.letter()
            ),
            Err(problem) => outln!(
                "  version {:>3}  {:<21} unreadable: {problem}",
                e.version,
                status
            ),
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn publish_cmd(data: &DataArgs, version: u32) -> Result<ExitCode> {
    let store = data.store()?;
    warn_repaired(&store)?;
    store.publish(version)?;
    outln!("Published version {version}; predictions now use it.");
    Ok(ExitCode::SUCCESS)
}

pub fn rollback_cmd(data: &DataArgs) -> Result<ExitCode> {
    let store = data.store()?;
    warn_repaired(&store)?;
    let version = store.rollback()?;
    outln!("Rolled back: version {version} is published again.");
    Ok(ExitCode::SUCCESS)
}

/// `bench model`: features, training and scoring+explaining 100,000 open invoices on the
/// benchmark set, median of `runs`, with the pandas + scikit-learn script's numbers if asked.
/// " (oracle 0.7503: +3.9%)" when the generator's true probabilities are known.
fn vs_oracle(log_loss: f64, oracle: Option<f64>) -> String {
    oracle.map_or(String::new(), |o| {
        format!(" (oracle {o:.4}: {:+.1}%)", (log_loss / o - 1.0) * 100.0)
    })
}

pub fn bench_model(data: &Path, runs: usize, compare: bool) -> Result<ExitCode> {
    use payment_insights::insights::predict::score_and_explain;
    use payment_insights::model::features::Snapshot;
    use std::cell::RefCell;
    use std::time::Instant;

    let files = crate::ensure_bench_data(data)?;
    crate::warn_debug();
    // The reference runs first, while this process is still small: Linux keeps a process's peak
    // memory across fork and exec, so a script started after the Rust stages would report
    // their peak as its own.
    let params = TrainParams::default();
    let reference = if compare {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/model_bench.py");
        outln!("Running the pandas + scikit-learn reference first ...");
        let output = std::process::Command::new("python3")
            .arg(&script)
            .arg(data)
            .arg("--max-train-rows")
            .arg(params.max_rows.to_string())
            .arg("--json")
            .env("OMP_NUM_THREADS", "1")
            .output()
            .context("cannot run python3 for the scikit-learn comparison")?;
        if !output.status.success() {
            bail!(
                "the scikit-learn script failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        Some(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        None
    };
    let (_, imported) = import_files(&files, None, None, &|_| {}, &Cancel::new())?;
    let tables = imported.tables;
    let oracle = read_truth(&data.join("truth.csv"));
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    let (mut features_s, mut train_s, mut score_s) = (Vec::new(), Vec::new(), Vec::new());
    let mut log_loss = 0.0;
    let mut oracle_loss = None;
    let mut rows_scored = 0;
    for run in 1..=runs.max(1) {
        // Stage times from the training's own progress reports.
        let marks: RefCell<Vec<(String, Instant)>> = RefCell::new(Vec::new());
        let started = Instant::now();
        let result = train(
            &tables,
            &params,
            None,
            oracle.as_ref(),
            &|p| marks.borrow_mut().push((p.stage, Instant::now())),
            &Cancel::new(),
        )?;
        let total = started.elapsed().as_secs_f64();
        let marks = marks.into_inner();
        // The stages are reported in the current language: compare with the same texts
        // through `tr`, so the timings hold whatever language the library speaks.
        let at = |stage: &'static str| {
            let stage = tr(stage);
            marks
                .iter()
                .find(|(s, _)| s == stage)
                .map(|(_, t)| t.duration_since(started).as_secs_f64())
        };
        let feature_time = match (
            at("Building point-in-time features"),
            at("Choosing the regularisation by validation"),
        ) {
            (Some(a), Some(b)) => b - a,
            _ => 0.0,
        };
        let model = result.model;
        log_loss = model.evaluation.log_loss;
        oracle_loss = model.oracle_log_loss;

        // 100,000 invoices to score: the open ones, topped up with earlier invoices on their issue date.
        let mut snapshots: Vec<Snapshot> = tables
            .open_invoices()
            .map(|(i, _)| Snapshot {
                invoice: i as u32,
                date: tables.as_of,
            })
            .take(100_000)
            .collect();
        for (i, inv) in tables.invoices.iter().enumerate() {
            if snapshots.len() >= 100_000 {
                break;
            }
            if inv.settled_date.is_some() {
                snapshots.push(Snapshot {
                    invoice: i as u32,
                    date: inv.invoice_date,
                });
            }
        }
        let catalogue = Catalogue::build(&tables, &model.buckets);
        let started = Instant::now();
        let scored = score_and_explain(&model, &tables, &catalogue, &snapshots, 3)?;
        let score_time = started.elapsed().as_secs_f64();
        rows_scored = scored.len();
        outln!(
            "  run {run}: features {feature_time:.2} s, training {:.2} s (of which features above), scoring + explaining {rows_scored} invoices {score_time:.3} s; test log loss {log_loss:.4}",
            total
        );
        features_s.push(feature_time);
        train_s.push(total - feature_time);
        score_s.push(score_time);
    }
    let (f, t, s) = (median(features_s), median(train_s), median(score_s));
    let peak = crate::peak_memory_mb();
    outln!(
        "bench model: median features {f:.2} s (target ≤ 3 s), training {t:.2} s (≤ 20 s), scoring + explaining {rows_scored} {s:.3} s (≤ 0.5 s); peak memory {} (≤ 2048 MB, import included); log loss {log_loss:.4}{}",
        peak.map_or("unknown".to_string(), |m| format!("{m:.0} MB")),
        vs_oracle(log_loss, oracle_loss)
    );
    if let Some(text) = reference {
        let json: serde_json::Value = text
            .lines()
            .last()
            .and_then(|l| serde_json::from_str(l).ok())
            .context("the scikit-learn script printed no JSON")?;
        let num = |k: &str| {
            json.get(k)
                .and_then(serde_json::Value::as_f64)
                .unwrap_or(f64::NAN)
        };
        outln!(
            "pandas + scikit-learn (one thread): features {:.2} s ({:.1}×), training {:.2} s ({:.1}×), scoring {:.3} s ({:.1}×), peak {:.0} MB, log loss {:.4}{}",
            num("features_s"),
            num("features_s") / f.max(1e-9),
            num("train_s"),
            num("train_s") / t.max(1e-9),
            num("score_s"),
            num("score_s") / s.max(1e-9),
            num("peak_mb"),
            num("test_log_loss"),
            vs_oracle(
                num("test_log_loss"),
                json.get("oracle_log_loss")
                    .and_then(serde_json::Value::as_f64)
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}
