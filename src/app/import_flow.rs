//! Data coming in: the files of the last session (or the sample data) at the start, files the
//! user picks or drops, the mapping the user corrects, and what the app does when an import
//! ends or fails.

use std::path::PathBuf;
use std::sync::Arc;

use super::jobs::{self, Imported};
use super::{App, AppError, JobKind, Screen, sample_files, storage};
use crate::analysis::Analysis;
use crate::data::import::{ImportError, ImportPlan};
use crate::data::mapping::{CanonicalField, TableRole};
use crate::data::parse::DateFormat;
use crate::i18n::{Arg, Message};

impl App {
    /// Opens `last_files` (the sample data when there are none, or when some are missing).
    pub(super) fn open_at_start(&mut self, last_files: Vec<PathBuf>) {
        let missing: Vec<&PathBuf> = last_files.iter().filter(|f| !f.exists()).collect();
        if last_files.is_empty() {
            self.load_sample();
        } else if !missing.is_empty() {
            let names: Vec<String> = missing.iter().map(|f| f.display().to_string()).collect();
            self.tell(
                Message::new("These files cannot be found ({files}), so the sample data is shown. Import your files with \"Import your own data…\".")
                    .arg("files", names.join(", ")),
            );
            self.load_sample();
        } else {
            self.reopening = true;
            let memory = self.state.mapping_memory.clone();
            let limits = self.state.settings.import_limits;
            let base = self.state.base_dir();
            self.start(
                JobKind::Import,
                Message::new("Opening the data of the last session"),
                move |progress, cancel| {
                    Ok(jobs::import(
                        &last_files,
                        false,
                        Some(&memory),
                        limits,
                        &base,
                        progress,
                        cancel,
                    ))
                },
            );
        }
    }

    /// Imports the bundled sample data.
    pub(super) fn load_sample(&mut self) {
        self.state.pending = None;
        self.state.ambiguous.clear();
        let limits = self.state.settings.import_limits;
        let base = self.state.base_dir();
        self.start(
            JobKind::Import,
            Message::new("Importing data"),
            move |progress, cancel| {
                Ok(jobs::import(
                    &sample_files(),
                    true,
                    None,
                    limits,
                    &base,
                    progress,
                    cancel,
                ))
            },
        );
    }

    /// Reads `files` and proposes their roles and mapping for the Import screen.
    pub(super) fn import_files(&mut self, files: Vec<PathBuf>) {
        self.state.errors.clear();
        self.state.ambiguous.clear();
        self.state.screen = Screen::Import;
        let memory = self.state.mapping_memory.clone();
        let limits = self.state.settings.import_limits;
        self.start(
            JobKind::Import,
            Message::new("Reading files"),
            move |progress, cancel| Ok(jobs::plan_files(&files, &memory, limits, progress, cancel)),
        );
    }

    /// Imports the pending files with their mapping.
    pub(super) fn run_import(&mut self) {
        let Some(plan) = self.state.pending.clone() else {
            return;
        };
        self.state.errors.clear();
        let base = self.state.base_dir();
        self.start(
            JobKind::Import,
            Message::new("Importing data"),
            move |progress, cancel| Ok(jobs::validated(plan, false, &base, progress, cancel)),
        );
    }

    pub(super) fn set_role(&mut self, file: usize, role: TableRole) {
        if let Some(f) = self.pending_file(file) {
            f.set_role(role);
        }
    }

    pub(super) fn set_column(
        &mut self,
        file: usize,
        field: CanonicalField,
        column: Option<String>,
    ) {
        if let Some(f) = self.pending_file(file) {
            f.set_column(field, column);
        }
    }

    pub(super) fn set_date_format(&mut self, file: usize, column: String, format: DateFormat) {
        let Some(f) = self.pending_file(file) else {
            return;
        };
        f.mapping
            .date_formats
            .insert(column.clone(), format.label().to_string());
        let name = f.table.source.clone();
        self.state
            .ambiguous
            .retain(|a| !(a.file == name && a.column == column));
    }

    fn pending_file(&mut self, file: usize) -> Option<&mut crate::data::import::PlannedFile> {
        self.state
            .pending
            .as_mut()
            .and_then(|p| p.files.get_mut(file))
    }

    /// New data: everything worked out on the old is dropped, the mapping remembered, and the
    /// model for the new data loaded.
    pub(super) fn imported(&mut self, imported: Imported) {
        let Imported {
            data,
            plan,
            models_dir,
        } = imported;
        self.reopening = false;
        // Files whose layout was never imported before: show what was understood before the
        // predictions, however the import started.
        let new_layout = !data.is_sample
            && plan
                .files
                .iter()
                .any(|f| self.state.mapping_memory.recall(&f.table.headers).is_none());
        if new_layout {
            self.state.screen = Screen::Import;
            self.show_predictions_when_scored = false;
        }
        self.state.import_hint = new_layout;
        if !data.is_sample {
            plan.remember(&mut self.state.mapping_memory);
            self.save_mappings();
            self.state.pending = None;
        }
        let last_files = if data.is_sample {
            Vec::new()
        } else {
            data.files.clone()
        };
        if self.state.settings.last_files != last_files {
            self.state.settings.last_files = last_files;
            self.save_settings();
        }
        let stopped = self.state.jobs.stop_data_jobs();
        if !stopped.is_empty() {
            self.state.notice = Some(
                Message::new("Stopped because other data was loaded: {jobs}.")
                    .arg("jobs", Arg::List(stopped)),
            );
        }
        self.state.data_models_dir = Some(models_dir);
        self.state.analysis = Some(Analysis::new(
            Arc::new(*data),
            self.state.settings.rates.clone(),
            self.state.policies.clone().into(),
        ));
        self.state.scored_generation += 1;
        self.state.customer = None;
        self.state.candidate = None;
        self.state.what_if_result = None;
        self.state.strategy_result = None;
        self.state.strategy_selection = None;
        self.state.backtest = None;
        self.state.look_back = None;
        self.state.model_note = None;
        self.state.row_order = None;
        self.state.row_order_pending = None;
        self.state.versions.clear();
        // New data: the first model's layout is chosen for it again.
        self.state.choice.layout_by_user = false;
        self.start_load_model();
    }

    /// An import that did not finish: the plan stays on the Import screen to be corrected; at
    /// the start the sample data is opened meanwhile.
    pub(super) fn import_failed(&mut self, error: ImportError, plan: Option<Box<ImportPlan>>) {
        if let Some(plan) = plan {
            self.state.pending = Some(*plan);
        }
        if let ImportError::AmbiguousDates { columns } = &error {
            self.state.ambiguous = columns.clone();
        }
        if std::mem::take(&mut self.reopening) {
            self.tell(
                Message::new("The data of your last session could not be opened again: {problem} The sample data is shown meanwhile; the Import screen has your files.")
                    .arg("problem", Arg::shown(error)),
            );
            self.load_sample();
        } else if matches!(error, ImportError::Cancelled) {
            self.state.notice = Some(Message::new(
                "The import was cancelled; the data shown before is kept.",
            ));
        } else {
            self.state.errors.push(AppError::Import(error));
        }
    }

    fn save_mappings(&mut self) {
        let memory = self.state.mapping_memory.clone();
        self.start_save(
            JobKind::SaveMappings,
            Message::new("The column mapping (remembered for next time)"),
            move |dir| storage::save_mapping_memory(dir, &memory),
        );
    }
}
