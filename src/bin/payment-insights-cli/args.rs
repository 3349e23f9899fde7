//! The command line: every command, its arguments and their help texts (what `--help` prints),
//! parsed once by clap. The commands themselves live in the files named after their jobs.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use payment_insights::data::raw::ReadLimits;
use payment_insights::insights::predict::Settings;
use payment_insights::model::train::TrainParams;

/// Rates and thresholds of the insight commands.
#[derive(Args, Clone, Debug)]
pub struct SettingsArgs {
    /// Flag for collections when P(on time) is below this (0..1).
    #[arg(long, default_value_t = 0.5, value_parser = share)]
    pub threshold: f64,
    /// Cost of capital per year (0.08 = 8%).
    #[arg(long, default_value_t = 0.08, value_parser = share)]
    pub cost_of_capital: f64,
    /// Share of very late amounts never collected (0.05 = 5%).
    #[arg(long, default_value_t = 0.05, value_parser = share)]
    pub bad_debt_rate: f64,
}

impl SettingsArgs {
    /// The settings these arguments stand for.
    pub fn settings(&self) -> Settings {
        Settings {
            flag_threshold: self.threshold,
            cost_of_capital: self.cost_of_capital,
            bad_debt_rate: self.bad_debt_rate,
        }
    }
}

// The whole command line. (No doc comment here or on the enums below: clap would print it
// in `--help`.)
#[derive(Parser)]
#[command(
    name = "payment-insights-cli",
    version,
    about = "Predicts when customers will pay their invoices (command-line companion of Payment Insights)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
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
        #[arg(long, default_value_t = ReadLimits::DEFAULT_MAX_FILE_MB,
              value_parser = clap::value_parser!(u64).range(1..=ReadLimits::MAX_FILE_MB))]
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
        /// N: days after the due date that still count as "late" (1..=365).
        #[arg(long, default_value_t = 30, value_parser = late_days)]
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
        /// Rolling evaluation over the last MONTHS month starts (1..=120).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=120))]
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
    /// Compare strategies (a TOML file of them; without one, the ready-made candidates) on the
    /// open invoices or the new ones, side by side against No change, choose the best per
    /// customer within a budget, hold out a share, and write the choice.
    Optimize {
        /// A TOML file of `[[strategy]]` tables: `name` and the changes (the `[changes]` keys
        /// of a scenario file).
        strategies: Option<PathBuf>,
        #[command(flatten)]
        data: DataArgs,
        #[command(flatten)]
        settings: SettingsArgs,
        #[command(flatten)]
        scope: ScopeArgs,
        #[arg(long)]
        version: Option<u32>,
        /// The most discount cost to spend: customers are picked by net value per unit of cost
        /// until it is spent.
        #[arg(long, value_parser = amount)]
        budget: Option<f64>,
        /// Share of the chosen customers held out without the offer (0..1).
        #[arg(long, default_value_t = 0.1, value_parser = share)]
        holdout: f64,
        /// Write the per-customer choice here (.csv or .xlsx), with the holdout column.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Benchmarks (release build): `bench import` times CSV to validated tables.
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
}

#[derive(Subcommand)]
pub enum BenchCommand {
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
    /// Time comparing twelve strategies over the open invoices of the sample data and of the
    /// benchmark set (generated on first use), beside one plain scoring of the same invoices.
    Strategies {
        /// Folder holding the benchmark set's CSV files.
        #[arg(long, default_value = "bench-data")]
        data: PathBuf,
        /// Timed runs (the median is reported).
        #[arg(long, default_value_t = 5)]
        runs: usize,
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

/// Which invoices `optimize` compares the strategies on.
#[derive(Args, Clone, Debug, Default)]
pub struct ScopeArgs {
    /// One customer's invoices (by id).
    #[arg(long)]
    pub customer: Option<String>,
    /// Customers of this group only.
    #[arg(long)]
    pub group: Option<String>,
    /// Customers of this region only.
    #[arg(long)]
    pub region: Option<String>,
    /// Invoices of at least this amount.
    #[arg(long, value_parser = amount)]
    pub min_amount: Option<f64>,
    /// Invoices of at most this amount.
    #[arg(long, value_parser = amount)]
    pub max_amount: Option<f64>,
    /// Only invoices flagged for collections.
    #[arg(long)]
    pub flagged: bool,
    /// The invoices issued in the last 90 days re-issued as of the data's date, as a stand-in
    /// for future orders, instead of the invoices open now.
    #[arg(long)]
    pub new_invoices: bool,
}

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

/// A number as clap reads it, refusing NaN and the infinities by name: they pass `f64`'s own
/// parsing, and a threshold of NaN would flag nothing without a word.
fn finite(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("\"{text}\" is not a number"))?;
    if value.is_nan() {
        return Err("NaN (not a number) is not a value it can take".to_string());
    }
    if value.is_infinite() {
        return Err(format!("{text} (infinity) is not a value it can take"));
    }
    Ok(value)
}

/// A share from 0 to 1 (0.08 = 8%).
fn share(text: &str) -> Result<f64, String> {
    let value = finite(text)?;
    if !Settings::RANGE.contains(&value) {
        return Err(format!(
            "{value} is outside 0..1; give a share, e.g. 0.08 for 8%"
        ));
    }
    Ok(value)
}

/// The largest amount an argument may name: beyond any invoice (and exactly representable).
const MAX_AMOUNT: f64 = 1e15;

/// An amount of money, finite and within ±10^15.
fn amount(text: &str) -> Result<f64, String> {
    let value = finite(text)?;
    if value.abs() > MAX_AMOUNT {
        return Err(format!("{value} is beyond any amount (at most 10^15)"));
    }
    Ok(value)
}

/// The days after the due date that still count as late: a day to a year. Beyond a year no
/// invoice of a normal history is "very late", and the model would have nothing to learn.
fn late_days(text: &str) -> Result<u32, String> {
    let days: u32 = text
        .trim()
        .parse()
        .map_err(|_| format!("\"{text}\" is not a whole number of days"))?;
    if !(1..=365).contains(&days) {
        return Err(format!(
            "{days} is outside 1..=365 days; the usual choice is 30"
        ));
    }
    Ok(days)
}

/// A number of training rows: at least 100.
fn rows(text: &str) -> Result<usize, String> {
    let rows: usize = text
        .trim()
        .parse()
        .map_err(|_| format!("\"{text}\" is not a whole number of rows"))?;
    if rows < 100 {
        return Err(format!(
            "{rows} rows are too few to learn from; give at least 100"
        ));
    }
    Ok(rows)
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
    /// 1..=365.
    #[arg(long, value_parser = late_days)]
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
    #[arg(long, default_value_t = TrainParams::default().max_rows, value_parser = rows)]
    pub max_rows: usize,
    /// Learn from issue-date rows only, without the ageing snapshots (for comparison).
    #[arg(long, hide = true)]
    pub issue_date_only: bool,
    /// The learner to publish: `additive` (curves) or `logistic`. Both are fitted and shown
    /// side by side; without this flag the one with the lower log loss on the latest invoices
    /// is kept.
    #[arg(long, value_parser = ["additive", "logistic"])]
    pub learner: Option<String>,
}
