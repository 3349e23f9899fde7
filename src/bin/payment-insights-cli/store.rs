//! The model store commands: `list` the versions, `publish` one, `rollback` to the previous.
//! They read and write the store only, never the data.

use std::process::ExitCode;

use anyhow::Result;
use payment_insights::model::store::{ModelStore, Status};

use crate::args::DataArgs;

/// Tells about a damaged list of published versions the store just rebuilt.
fn warn_repaired(store: &ModelStore) -> Result<()> {
    if let Some(warning) = store.repair_index()? {
        errln!("Warning: {warning}");
    }
    Ok(())
}

/// Lists the versions in the store with their status and evaluation.
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

/// Makes `version` the model used for predictions.
pub fn publish_cmd(data: &DataArgs, version: u32) -> Result<ExitCode> {
    let store = data.store()?;
    warn_repaired(&store)?;
    store.publish(version)?;
    outln!("Published version {version}; predictions now use it.");
    Ok(ExitCode::SUCCESS)
}

/// Publishes the previously published version again.
pub fn rollback_cmd(data: &DataArgs) -> Result<ExitCode> {
    let store = data.store()?;
    warn_repaired(&store)?;
    let version = store.rollback()?;
    outln!("Rolled back: version {version} is published again.");
    Ok(ExitCode::SUCCESS)
}
