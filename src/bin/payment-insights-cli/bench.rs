//! The benchmarks (release build): `bench import` times reading and validating the benchmark
//! set, `bench model` times the engine's parts one by one (point-in-time features, training,
//! scoring with explanations). They call those parts directly, not through the analysis the
//! other commands share, so each stage is timed on its own.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use payment_insights::data::generate::read_truth;
use payment_insights::data::import::import_files;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::i18n::tr;
use payment_insights::model::train::{TrainParams, train};
use payment_insights::model::{Catalogue, Learner};

/// The benchmark set's files, generated on first use.
fn ensure_bench_data(data: &Path) -> Result<Vec<PathBuf>> {
    let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
        .iter()
        .map(|f| data.join(f))
        .collect();
    if files.iter().any(|f| !f.exists()) {
        // Generated in a child process so this one's peak memory is the benchmark's alone.
        outln!("Generating the benchmark set in {} ...", data.display());
        let exe = std::env::current_exe().context("cannot find this program's path")?;
        let status = std::process::Command::new(exe)
            .args(["generate", "--benchmark", "--out"])
            .arg(data)
            .status()
            .context("cannot run the generator")?;
        if !status.success() {
            bail!("generating the benchmark set failed");
        }
    }
    Ok(files)
}

/// Says that a debug build's timings mean little.
fn warn_debug() {
    if cfg!(debug_assertions) {
        outln!(
            "Warning: this is a debug build; benchmark with `cargo run --release --bin payment-insights-cli -- bench ...`."
        );
    }
}

/// Peak resident memory of this process so far, in MB (Linux; `None` elsewhere).
fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// `bench import`: reading and validating the benchmark set, median of `runs`, with the pandas
/// script's time if asked.
pub fn bench_import(data: &Path, runs: usize, compare: bool) -> Result<ExitCode> {
    let files = ensure_bench_data(data)?;
    warn_debug();
    let mut times = Vec::new();
    for run in 1..=runs.max(1) {
        let started = Instant::now();
        let (_, imported) = import_files(&files, None, None, &no_progress, &Cancel::new())?;
        let seconds = started.elapsed().as_secs_f64();
        outln!(
            "  run {run}: {seconds:.3} s ({} invoices, {} payments, {} customers, {} issues)",
            imported.tables.invoices.len(),
            imported.tables.payments.len(),
            imported.tables.customers.len(),
            imported.report.issues.len()
        );
        times.push(seconds);
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    outln!(
        "bench import: median {median:.3} s over {} runs (target ≤ 3 s); peak memory {} (target ≤ 1536 MB)",
        times.len(),
        peak_memory_mb().map_or("unknown".to_string(), |m| format!("{m:.0} MB"))
    );
    if compare {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/import_bench.py");
        let output = std::process::Command::new("python3")
            .arg(&script)
            .arg(data)
            .arg("--runs")
            .arg(runs.max(1).to_string())
            .output()
            .context("cannot run python3 for the pandas comparison")?;
        let text = String::from_utf8_lossy(&output.stdout);
        out!("{text}");
        if !output.status.success() {
            bail!(
                "the pandas script failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        let pandas = text
            .lines()
            .find_map(|l| l.strip_prefix("pandas median seconds: "))
            .and_then(|v| v.trim().parse::<f64>().ok());
        if let Some(pandas) = pandas {
            outln!(
                "ratio: pandas {pandas:.3} s / payment-insights {median:.3} s = {:.1}× faster",
                pandas / median.max(1e-9)
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// " (oracle 0.7503: +3.9%)" when the generator's true probabilities are known.
fn vs_oracle(log_loss: f64, oracle: Option<f64>) -> String {
    oracle.map_or(String::new(), |o| {
        format!(" (oracle {o:.4}: {:+.1}%)", (log_loss / o - 1.0) * 100.0)
    })
}

/// `bench model`: features, training and scoring+explaining 100,000 open invoices on the
/// benchmark set, median of `runs`, with the pandas + scikit-learn script's numbers if asked.
pub fn bench_model(data: &Path, runs: usize, compare: bool) -> Result<ExitCode> {
    use payment_insights::insights::predict::score_and_explain;
    use payment_insights::model::features::Snapshot;
    use std::cell::RefCell;

    let files = ensure_bench_data(data)?;
    warn_debug();
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
    // Per learner: its fit seconds in each run and its test log loss.
    let mut learners: Vec<(Learner, Vec<f64>, f64)> = Vec::new();
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
            &|p| {
                marks
                    .borrow_mut()
                    .push((p.stage.to_string(), Instant::now()))
            },
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
        for &(learner, seconds) in &result.fit_seconds {
            let loss = result
                .model
                .candidates
                .iter()
                .find(|c| c.learner == learner)
                .map_or(f64::NAN, |c| c.evaluation.log_loss);
            match learners.iter_mut().find(|l| l.0 == learner) {
                Some(l) => l.1.push(seconds),
                None => learners.push((learner, vec![seconds], loss)),
            }
        }
        let model = result.model;
        log_loss = model.evaluation.log_loss;
        oracle_loss = model.oracle_log_loss;
        let used = model.learner;

        // 100,000 invoices to score: the open ones, topped up with earlier invoices on their issue date.
        let mut snapshots = Snapshot::all_on(
            tables.open_invoices().map(|(i, _)| i as u32).take(100_000),
            tables.as_of,
        );
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
            "  run {run}: features {feature_time:.2} s, training both learners {:.2} s (of which features above), scoring + explaining {rows_scored} invoices with the {} {score_time:.3} s; test log loss {log_loss:.4}",
            total,
            used.key()
        );
        features_s.push(feature_time);
        train_s.push(total - feature_time);
        score_s.push(score_time);
    }
    let (f, t, s) = (median(features_s), median(train_s), median(score_s));
    let peak = peak_memory_mb();
    outln!(
        "bench model: median features {f:.2} s (target ≤ 3 s), training both learners {t:.2} s, scoring + explaining {rows_scored} {s:.3} s (≤ 0.5 s); peak memory {} (≤ 2048 MB, import included); log loss {log_loss:.4}{}",
        peak.map_or("unknown".to_string(), |m| format!("{m:.0} MB")),
        vs_oracle(log_loss, oracle_loss)
    );
    for (learner, seconds, loss) in &learners {
        outln!(
            "  {:<9} fit (its validation, evaluation and final fits) median {:.2} s{}; test log loss {loss:.4}{}",
            learner.key(),
            median(seconds.clone()),
            if *learner == Learner::Additive {
                " (target ≤ 30 s)"
            } else {
                ""
            },
            vs_oracle(*loss, oracle_loss)
        );
    }
    let additive_s = learners
        .iter()
        .find(|l| l.0 == Learner::Additive)
        .map(|l| median(l.1.clone()));
    if let Some(text) = reference {
        print_model_reference(&text, (f, t, s), additive_s)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `bench strategies`: twelve strategies (No change, the ready-made candidates and discount
/// grid points) compared over every open invoice of the sample data and of the benchmark set,
/// median of `runs`, beside one plain scoring of the same invoices: the comparison shares the
/// customers' histories, so twelve strategies cost far less than twelve scorings.
pub fn bench_strategies(data: &Path, runs: usize) -> Result<ExitCode> {
    use payment_insights::insights::predict::{Settings, score_open_with};
    use payment_insights::insights::strategy::{self, StrategyScope, compare};

    warn_debug();
    let sample = payment_insights::app::sample_data_dir();
    let sample_files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
        .iter()
        .map(|f| sample.join(f))
        .collect();
    let bench_files = ensure_bench_data(data)?;
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    outln!(
        "set        open invoices  strategies  compare (median)  No change only  one scoring  ratio"
    );
    for (name, files) in [("sample", sample_files), ("benchmark", bench_files)] {
        let (_, imported) = import_files(&files, None, None, &no_progress, &Cancel::new())?;
        let tables = imported.tables;
        let params = TrainParams {
            max_rows: 200_000,
            ..TrainParams::default()
        };
        let model = train(&tables, &params, None, None, &no_progress, &Cancel::new())?.model;
        let catalogue = Catalogue::build(&tables, &model.buckets);
        let settings = Settings::default();
        let scored = score_open_with(
            &model,
            &tables,
            &catalogue,
            &settings,
            &[],
            &no_progress,
            &Cancel::new(),
        )?;
        let mut candidates = strategy::ready_made(&tables);
        for g in strategy::grid(0.5, 5.0, 0.5, &[10, 20]) {
            if candidates.len() >= 11 {
                break;
            }
            if !candidates.iter().any(|c| c.name == g.name) {
                candidates.push(g);
            }
        }
        let (mut compare_s, mut alone_s, mut score_s) = (Vec::new(), Vec::new(), Vec::new());
        let mut open = 0;
        for _ in 0..runs.max(1) {
            let run = |strategies: &[strategy::Strategy]| {
                compare(
                    &model,
                    &tables,
                    &catalogue,
                    &StrategyScope::default(),
                    strategies,
                    &settings,
                    &scored.predictions,
                    &no_progress,
                    &Cancel::new(),
                )
            };
            let started = Instant::now();
            let result = run(&candidates)?;
            compare_s.push(started.elapsed().as_secs_f64());
            open = result.invoices;
            let started = Instant::now();
            run(&[])?;
            alone_s.push(started.elapsed().as_secs_f64());
            let started = Instant::now();
            score_open_with(
                &model,
                &tables,
                &catalogue,
                &settings,
                &[],
                &no_progress,
                &Cancel::new(),
            )?;
            score_s.push(started.elapsed().as_secs_f64());
        }
        let (c, a, s) = (median(compare_s), median(alone_s), median(score_s));
        outln!(
            "{name:<10} {open:>13}  {:>10}  {c:>14.3} s  {a:>12.3} s  {s:>9.3} s  {:>5.1}×",
            candidates.len() + 1,
            if s > 0.0 { c / s } else { 0.0 }
        );
    }
    if let Some(mb) = peak_memory_mb() {
        outln!("peak memory {mb:.0} MB");
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints the reference script's numbers (its last line, JSON) beside ours: pandas +
/// scikit-learn with the ratios of features `f`, training `t` and scoring `s`, and LightGBM
/// against the additive model's fit of `additive_s` seconds.
fn print_model_reference(
    text: &str,
    (f, t, s): (f64, f64, f64),
    additive_s: Option<f64>,
) -> Result<()> {
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
    if json.get("lightgbm_train_s").is_some() {
        outln!(
            "LightGBM (multiclass, early stopping, 2 threads, on the script's features): training {:.2} s ({:.1}× the additive model's fit), {} rounds, log loss {:.4}{}",
            num("lightgbm_train_s"),
            num("lightgbm_train_s") / additive_s.unwrap_or(f64::NAN).max(1e-9),
            num("lightgbm_rounds"),
            num("lightgbm_test_log_loss"),
            vs_oracle(
                num("lightgbm_test_log_loss"),
                json.get("oracle_log_loss")
                    .and_then(serde_json::Value::as_f64)
            )
        );
    } else {
        outln!("LightGBM is not installed for python3 (pip install lightgbm): no LightGBM peer.");
    }
    Ok(())
}
