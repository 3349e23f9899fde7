//! `payment-insights-cli`: the library's functions for scripts and power users. Parses
//! arguments, calls the library, prints. No logic of its own.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use payment_insights::data::atomic::write_atomic;
use payment_insights::data::generate::{GenParams, generate, write_csv};
use payment_insights::data::import::{ImportError, import_files, import_files_limited};
use payment_insights::data::mapping::MappingFile;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::raw::ReadLimits;
use payment_insights::data::report::ImportReport;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// `print!` to standard output through [`out::stdout`]: a closed pipe ends the output, not
/// the program.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::out::stdout(format_args!($($arg)*))
    };
}

/// `println!` through [`out::stdout`].
macro_rules! outln {
    () => {
        $crate::out::stdout(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::out::stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!` through [`out::stderr`].
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::out::stderr(format_args!("{}\n", format_args!($($arg)*)))
    };
}

mod engine;
mod insights;
mod out;
use engine::{DataArgs, ModelArgs};
use payment_insights::insights::predict::Settings;

/// Rates and thresholds of the insight commands.
#[derive(clap::Args, Clone, Debug)]
struct SettingsArgs {
    /// Flag for collections when P(on time) is below this (0..1).
    #[arg(long, default_value_t = 0.5)]
    threshold: f64,
    /// Cost of capital per year (0.08 = 8%).
    #[arg(long, default_value_t = 0.08)]
    cost_of_capital: f64,
    /// Share of very late amounts never collected (0.05 = 5%).
    #[arg(long, default_value_t = 0.05)]
    bad_debt_rate: f64,
}

impl SettingsArgs {
    fn settings(&self) -> Settings {
        Settings {
            flag_threshold: self.threshold,
            cost_of_capital: self.cost_of_capital,
            bad_debt_rate: self.bad_debt_rate,
        }
    }
}

#[derive(Parser)]
#[command(
    name = "payment-insights-cli",
    version,
    about = "Predicts when customers will pay their invoices (command-line companion of Payment Insights)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import customers, invoices and payments (CSV or Excel; three tables or one ledger with a
    /// paid date), print the column mapping used and the import report.
    Import {
        /// The files: customers, invoices and payments, or one invoice ledger.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// A TOML mapping file (what `--save-mapping` writes) to fix columns, date formats or sheets.
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// Write the mapping used to this TOML file, to edit and pass back with --mapping.
        #[arg(long)]
        save_mapping: Option<PathBuf>,
        /// Write every issue of the import report to this CSV file.
        #[arg(long)]
        report: Option<PathBuf>,
        /// How many issues to list (the rest are counted).
        #[arg(long, default_value_t = 20)]
        show: usize,
        /// Refuse files larger than this many megabytes (a CSV needs about nine times its size
        /// in memory); the window's default.
        #[arg(long, default_value_t = ReadLimits::DEFAULT_MAX_FILE_MB)]
        max_file_mb: u64,
    },
    /// Write the generated sample data set (or the large benchmark set) as CSV files.
    Generate {
        /// Folder to write to.
        #[arg(long, default_value = "sample-data")]
        out: PathBuf,
        /// The 1,000,000-invoice benchmark set instead of the committed sample set.
        #[arg(long)]
        benchmark: bool,
        /// Random seed (the sample set's default reproduces the committed files).
        #[arg(long)]
        seed: Option<u64>,
    },
    /// List the candidate fields of the data: key, whether used by default, completeness, and
    /// why a field is left out (leaking or no data).
    Fields {
        #[command(flatten)]
        data: DataArgs,
        /// N: days after the due date that still count as "late".
        #[arg(long, default_value_t = 30)]
        late_days: u32,
    },
    /// Train a model (time split for the metrics, then a refit on everything), save it as a
    /// candidate version and print its evaluation next to the published model's.
    Train {
        #[command(flatten)]
        data: DataArgs,
        #[command(flatten)]
        model: ModelArgs,
        /// Publish it right away.
        #[arg(long)]
        publish: bool,
        /// Also write the model file here.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Write the metrics as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// Evaluate a field selection by the time split without saving a model, or with
    /// --backtest MONTHS train at each month start on what was known then and score the
    /// invoices open then (pooled).
    Evaluate {
        #[command(flatten)]
        data: DataArgs,
        #[command(flatten)]
        model: ModelArgs,
        /// Rolling evaluation over the last MONTHS month starts.
        #[arg(long)]
        backtest: Option<u32>,
        /// Write the metrics as JSON here.
        #[arg(long)]
        json: Option<PathBuf>,
    },
    /// List the model versions in the store.
    List {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Make a model version the one used for predictions.
    Publish {
        version: u32,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Return to the previously published version.
    Rollback {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Predict every open invoice with the published model: portfolio totals, the collections
    /// worklist, the weekly cash forecast; --out writes CSV or XLSX (by extension).
    Predict {
        #[command(flatten)]
        data: DataArgs,
        #[command(flatten)]
        settings: SettingsArgs,
        /// Use this model version instead of the published one.
        #[arg(long)]
        version: Option<u32>,
        /// Write every prediction with its top factors here (.csv or .xlsx).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Policy files (TOML, from `whatif --save-policy`) to apply to new invoices.
        #[arg(long)]
        policy: Vec<PathBuf>,
    },
    /// One customer's status, open invoices with their top factors, and payment history.
    Customer {
        /// The customer ID.
        id: String,
        #[command(flatten)]
        data: DataArgs,
        #[command(flatten)]
        settings: SettingsArgs,
        #[arg(long)]
        version: Option<u32>,
    },
    /// Run a what-if scenario file (TOML) and compare before and after.
    Whatif {
        /// The scenario file (see README: scope and changes).
        scenario: PathBuf,
        #[command(flatten)]
        data: DataArgs,
        #[command(flatten)]
        settings: SettingsArgs,
        #[arg(long)]
        version: Option<u32>,
        /// Write the per-invoice comparison as CSV here.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Save the scenario as a policy file for `predict --policy`.
        #[arg(long)]
        save_policy: Option<PathBuf>,
    },
    /// Benchmarks (release build): `bench import` times CSV to validated tables.
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Time the engine on the benchmark set: point-in-time features, training, and scoring
    /// with explanations of 100,000 open invoices; --compare runs benches/model_bench.py
    /// (pandas + scikit-learn) on the same files.
    Model {
        /// Folder holding the benchmark set's CSV files.
        #[arg(long, default_value = "bench-data")]
        data: PathBuf,
        /// Timed runs (the median is reported).
        #[arg(long, default_value_t = 3)]
        runs: usize,
        #[arg(long)]
        compare: bool,
    },
    /// Time reading and validating the benchmark set (generated on first use).
    Import {
        /// Folder holding the benchmark set's CSV files.
        #[arg(long, default_value = "bench-data")]
        data: PathBuf,
        /// Timed runs (the median is reported).
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Also run benches/import_bench.py (pandas) on the same files and print the ratio.
        #[arg(long)]
        compare: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Import {
            files,
            mapping,
            save_mapping,
            report,
            show,
            max_file_mb,
        } => import(
            &files,
            mapping.as_deref(),
            save_mapping.as_deref(),
            report.as_deref(),
            show,
            ReadLimits { max_file_mb },
        ),
        Command::Generate {
            out,
            benchmark,
            seed,
        } => generate_files(&out, benchmark, seed),
        Command::Fields { data, late_days } => engine::fields(&data, late_days),
        Command::Train {
            data,
            model,
            publish,
            out,
            json,
        } => engine::train_cmd(&data, &model, publish, out.as_deref(), json.as_deref()),
        Command::Evaluate {
            data,
            model,
            backtest,
            json,
        } => engine::evaluate_cmd(&data, &model, backtest, json.as_deref()),
        Command::List { data } => engine::list_cmd(&data),
        Command::Publish { version, data } => engine::publish_cmd(&data, version),
        Command::Rollback { data } => engine::rollback_cmd(&data),
        Command::Predict {
            data,
            settings,
            version,
            out,
            policy,
        } => insights::predict_cmd(
            &data,
            version,
            out.as_deref(),
            &policy,
            &settings.settings(),
        ),
        Command::Customer {
            id,
            data,
            settings,
            version,
        } => insights::customer_cmd(&data, &id, version, &settings.settings()),
        Command::Whatif {
            scenario,
            data,
            settings,
            version,
            out,
            save_policy,
        } => insights::whatif_cmd(
            &data,
            &scenario,
            version,
            &settings.settings(),
            out.as_deref(),
            save_policy.as_deref(),
        ),
        Command::Bench {
            what:
                BenchCommand::Model {
                    data,
                    runs,
                    compare,
                },
        } => engine::bench_model(&data, runs, compare),
        Command::Bench {
            what:
                BenchCommand::Import {
                    data,
                    runs,
                    compare,
                },
        } => bench_import(&data, runs, compare),
    };
    // A reader that closed the pipe early is not a failure: the files are written by now.
    let result = result.and_then(|code| {
        out::finish().context("cannot write the output")?;
        Ok(code)
    });
    match result {
        Ok(code) => code,
        Err(error) => {
            errln!("Error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn import(
    files: &[PathBuf],
    mapping: Option<&Path>,
    save_mapping: Option<&Path>,
    report_csv: Option<&Path>,
    show: usize,
    limits: ReadLimits,
) -> Result<ExitCode> {
    let mapping_file = match mapping {
        Some(path) => Some(MappingFile::load(path)?),
        None => None,
    };
    let started = Instant::now();
    let result = import_files_limited(
        files,
        mapping_file.as_ref(),
        None,
        limits,
        &no_progress,
        &Cancel::new(),
    );
    let (plan, imported) = match result {
        Ok(ok) => ok,
        Err(ImportError::NothingUsable { report, .. }) if report_csv.is_some() => {
            if let Some(path) = report_csv {
                write_report_csv(&report, path)?;
            }
            bail!(
                "nothing usable was imported; the report is in {}",
                path_text(report_csv)
            );
        }
        Err(error) => return Err(error.into()),
    };
    // Files first, then the terminal: a reader that stops early (`| head`) cannot cost a file.
    if let Some(path) = save_mapping {
        write_atomic(path, plan.mapping_file().to_toml().as_bytes())
            .with_context(|| format!("cannot write the mapping to {}", path.display()))?;
    }
    let tables = &imported.tables;
    let report = &imported.report;
    if let Some(path) = report_csv {
        write_report_csv(report, path)?;
    }
    outln!("Mapping used:");
    out!("{plan}");
    outln!();
    outln!("As a mapping file (save with --save-mapping, edit, pass back with --mapping):");
    outln!("{}", plan.mapping_file().to_toml());
    if let Some(path) = save_mapping {
        outln!("Mapping written to {}", path.display());
    }
    outln!("Files:");
    for file in &report.files {
        outln!(
            "  {}: {} ({}), {} of {} rows imported",
            file.file,
            file.role,
            file.format,
            file.rows_imported,
            file.rows_read
        );
        for (column, how) in &file.column_formats {
            outln!("    {column}: {how}");
        }
    }
    let open = tables.open_invoices().count();
    outln!();
    outln!(
        "Imported {} customers, {} invoices ({} settled, {} open), {} payments; data as of {} ({:.2} s).",
        tables.customers.len(),
        tables.invoices.len(),
        tables.invoices.len() - open,
        open,
        tables.payments.len(),
        tables.as_of,
        started.elapsed().as_secs_f64()
    );
    if report.issues.is_empty() {
        outln!("Import report: no problems found.");
    } else {
        outln!("Import report: {} issues.", report.issues.len());
        for (action, count) in report.action_counts() {
            outln!("  {count} × {action}");
        }
        outln!("By file, column and problem (count, first occurrence):");
        for (count, issue) in report.grouped().into_iter().take(show) {
            outln!("  {count:>6} × {issue}");
        }
    }
    if let Some(path) = report_csv {
        outln!("Every issue written to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn path_text(path: Option<&Path>) -> String {
    path.map(|p| p.display().to_string()).unwrap_or_default()
}

/// Writes the report as CSV with stable columns: file,row,column,value,problem,action.
fn write_report_csv(report: &ImportReport, path: &Path) -> Result<()> {
    report
        .write_csv(path)
        .with_context(|| format!("cannot write {}", path.display()))
}

fn generate_files(out: &Path, benchmark: bool, seed: Option<u64>) -> Result<ExitCode> {
    let mut params = if benchmark {
        GenParams::benchmark()
    } else {
        GenParams::sample()
    };
    if let Some(seed) = seed {
        params.seed = seed;
    }
    let started = Instant::now();
    let data = generate(&params);
    let written = write_csv(&data, out)
        .with_context(|| format!("cannot write the generated files to {}", out.display()))?;
    outln!(
        "Generated {} customers, {} invoices, {} payments (as of {}) in {:.1} s:",
        data.customers.len(),
        data.invoices.len(),
        data.payments.len(),
        data.as_of,
        started.elapsed().as_secs_f64()
    );
    for path in written {
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        outln!("  {} ({:.1} MB)", path.display(), size as f64 / 1e6);
    }
    Ok(ExitCode::SUCCESS)
}

/// The benchmark set's files, generated on first use.
pub fn ensure_bench_data(data: &Path) -> Result<Vec<PathBuf>> {
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

pub fn warn_debug() {
    if cfg!(debug_assertions) {
        outln!(
            "Warning: this is a debug build; benchmark with `cargo run --release --bin payment-insights-cli -- bench ...`."
        );
    }
}

/// Peak resident memory of this process so far, in MB (Linux; `None` elsewhere).
pub fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn bench_import(data: &Path, runs: usize, compare: bool) -> Result<ExitCode> {
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
