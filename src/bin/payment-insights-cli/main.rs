//! `payment-insights-cli`: the library's functions for scripts and power users. Parses
//! arguments, calls the library, prints. No logic of its own: the commands that share work
//! with the window (fields, predict, customer, whatif, and the data and catalogue behind train
//! and evaluate) go through the library's `Analysis`, loaded in one place (`load.rs`).
//!
//! This file holds the output macros and the dispatch; each command lives with its kind:
//! `import.rs` (import, generate), `train.rs` (fields, train, evaluate), `store.rs` (list,
//! publish, rollback), `insights.rs` (predict, customer, whatif), `optimize.rs` (strategies),
//! `bench.rs`.

use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use payment_insights::data::raw::ReadLimits;

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

mod args;
mod bench;
mod import;
mod insights;
mod load;
mod optimize;
mod out;
mod store;
mod train;

use args::{BenchCommand, Cli, Command};

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
        } => import::import(
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
        } => import::generate_files(&out, benchmark, seed),
        Command::Fields { data, late_days } => train::fields(&data, late_days),
        Command::Train {
            data,
            model,
            publish,
            out,
            json,
        } => train::train_cmd(&data, &model, publish, out.as_deref(), json.as_deref()),
        Command::Evaluate {
            data,
            model,
            backtest,
            json,
        } => train::evaluate_cmd(&data, &model, backtest, json.as_deref()),
        Command::List { data } => store::list_cmd(&data),
        Command::Publish { version, data } => store::publish_cmd(&data, version),
        Command::Rollback { data } => store::rollback_cmd(&data),
        Command::Predict {
            data,
            settings,
            version,
            out,
            policy,
        } => insights::predict_cmd(&data, version, out.as_deref(), &policy, settings.settings()),
        Command::Customer {
            id,
            data,
            settings,
            version,
        } => insights::customer_cmd(&data, &id, version, settings.settings()),
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
            settings.settings(),
            out.as_deref(),
            save_policy.as_deref(),
        ),
        Command::Optimize {
            strategies,
            data,
            settings,
            scope,
            version,
            budget,
            holdout,
            out,
        } => optimize::optimize_cmd(
            &data,
            strategies.as_deref(),
            &scope,
            version,
            settings.settings(),
            optimize::Plan { budget, holdout },
            out.as_deref(),
        ),
        Command::Bench {
            what: BenchCommand::Strategies { data, runs },
        } => bench::bench_strategies(&data, runs),
        Command::Bench {
            what:
                BenchCommand::Model {
                    data,
                    runs,
                    compare,
                },
        } => bench::bench_model(&data, runs, compare),
        Command::Bench {
            what:
                BenchCommand::Import {
                    data,
                    runs,
                    compare,
                },
        } => bench::bench_import(&data, runs, compare),
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
