//! Opening things for the user: a customer's page (from its own part of the data), the
//! Predictions table's row order (in the background when it is long), a folder in the file
//! manager (waited for in the background).

use std::path::PathBuf;

use super::jobs::{self, JobOutput};
use super::{App, AppError, JobKind};
use crate::i18n::{Arg, Message};
use crate::insights::query::RowQuery;

/// The program that shows a folder in the platform's file manager.
fn file_manager() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    }
}

/// Shows `folder` with `program` and waits for it; a file manager that cannot be started, or
/// that fails, is told in words with what to do instead.
fn show_folder(program: PathBuf, folder: PathBuf) -> Result<JobOutput, AppError> {
    if !folder.is_dir() {
        return Err(AppError::Folder(
            Message::new("The folder {folder} does not exist (any more). It is made again when the app next saves something there.")
                .arg("folder", folder.display().to_string()),
        ));
    }
    let mut child = std::process::Command::new(&program)
        .arg(&folder)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|error| {
            AppError::Folder(
                Message::new("The folder could not be opened: {program} did not start ({error}). Select the path on the Settings screen, copy it and open it in your file manager.")
                    .arg("program", program.display().to_string())
                    .arg("error", Arg::shown(error)),
            )
        })?;
    // Windows' explorer exits with 1 even when it opened the folder: only others' exit codes
    // say something.
    let exit_code_counts = program.file_stem().is_none_or(|s| s != "explorer");
    match child.wait() {
        Ok(status) if status.success() || !exit_code_counts => Ok(JobOutput::Saved),
        Ok(status) => Err(AppError::Folder(
            Message::new("The file manager could not open {folder} ({program} ended with {status}). Select the path on the Settings screen, copy it and open it yourself.")
                .arg("folder", folder.display().to_string())
                .arg("program", program.display().to_string())
                .arg("status", status.to_string()),
        )),
        Err(error) => Err(AppError::Folder(
            Message::new("The file manager could not open {folder} ({error}). Select the path on the Settings screen, copy it and open it yourself.")
                .arg("folder", folder.display().to_string())
                .arg("error", Arg::shown(error)),
        )),
    }
}

impl App {
    /// Shows `folder` in the file manager without waiting for it.
    pub(super) fn open_folder(&mut self, folder: PathBuf) {
        let program = self
            .folder_opener
            .clone()
            .unwrap_or_else(|| PathBuf::from(file_manager()));
        self.start(
            JobKind::Folder,
            Message::verbatim("open-folder"),
            move |_, _| show_folder(program, folder),
        );
    }

    /// Starts working out the Predictions table's row order for `query` in the background,
    /// unless that order is being worked out already (an order asked for before is replaced).
    pub(super) fn order_rows(&mut self, query: RowQuery) {
        let Some(analysis) = self.state.analysis.clone() else {
            return;
        };
        let generation = self.state.scored_generation;
        let key = (generation, query);
        if self.state.row_order_pending.as_ref() == Some(&key) {
            return;
        }
        let (_, query) = key.clone();
        self.state.row_order_pending = Some(key);
        self.start(
            JobKind::OrderRows,
            Message::verbatim("order-rows"),
            move |_, _| Ok(jobs::order_rows(&analysis, generation, query)),
        );
    }

    /// Fills the Customer screen for `customer` (and the factors of `invoice`).
    pub(super) fn open_customer(&mut self, customer: u32, invoice: Option<u32>) {
        let Some(analysis) = &self.state.analysis else {
            return;
        };
        let started = std::time::Instant::now();
        let (view, problem) = analysis.customer_view(customer, invoice, self.state.choice.buckets);
        self.state.customer = Some(view);
        if let Some(error) = problem {
            self.tell(
                Message::new("The reasons for this prediction could not be worked out: {error}")
                    .arg("error", Arg::shown(error)),
            );
        }
        if self.timing.is_some() {
            let ms = started.elapsed().as_secs_f64() * 1e3;
            eprintln!("timing: customer opened in {ms:.1} ms (on the UI thread)");
        }
    }
}
