//! The eframe application: state, the [`Command`]s screens push, the one handler that acts on
//! them, and the background jobs (import) whose progress the window shows.

mod jobs;
pub mod storage;

use crate::data::import::{AmbiguousColumn, ImportPlan, Imported};
use crate::data::mapping::{CanonicalField, MappingMemory, TableRole};
use crate::data::parse::DateFormat;
use crate::data::progress::{Cancel, Progress};
use crate::ui;
use jobs::{JobEvent, JobHandle, JobOutput};
use std::path::{Path, PathBuf};

/// The screens of the left-hand navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Data,
    Import,
}

/// What a screen asks the app to do. Screens never start threads or change data themselves.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Read these files (customers, invoices, payments, or one ledger) and propose a mapping.
    ImportFiles(Vec<PathBuf>),
    /// Import the bundled sample data again.
    LoadSample,
    /// Change what a file of the pending import holds.
    SetRole { file: usize, role: TableRole },
    /// Choose the column of a field in a file of the pending import (`None`: no column).
    SetColumn {
        file: usize,
        field: CanonicalField,
        column: Option<String>,
    },
    /// Decide how a date column of the pending import is read.
    SetDateFormat {
        file: usize,
        column: String,
        format: DateFormat,
    },
    /// Import the pending files with their mapping.
    RunImport,
    /// Drop the pending import.
    DiscardImport,
    /// Open the native file dialog to choose files to import.
    PickFiles,
    /// Stop the running job.
    CancelJob,
    /// Show another screen.
    Show(Screen),
}

/// A job running in the background, as the window shows it.
pub struct RunningJob {
    pub title: String,
    pub progress: Progress,
    cancel: Cancel,
    handle: JobHandle,
}

impl RunningJob {
    pub fn progress(&self) -> &Progress {
        &self.progress
    }
}

/// Everything the screens read.
#[derive(Default)]
pub struct AppState {
    pub screen: Screen,
    /// The data set in use and where it came from.
    pub data: Option<LoadedData>,
    /// The running job, if any (one at a time).
    pub job: Option<RunningJob>,
    /// The last error, in words for the user, until dismissed.
    pub error: Option<String>,
    /// Which table the data screen shows.
    pub data_tab: ui::data::DataTab,
    /// Text filter of the import report.
    pub report_filter: String,
    /// Files read and mapped, waiting for the user's go.
    pub pending: Option<ImportPlan>,
    /// Date columns of the pending import whose order the user must choose.
    pub ambiguous: Vec<AmbiguousColumn>,
    /// Mappings remembered per file layout.
    pub mapping_memory: MappingMemory,
    /// Where settings and remembered mappings live (none: nothing is saved).
    pub data_dir: Option<PathBuf>,
}

/// Imported data and its origin.
pub struct LoadedData {
    pub imported: Imported,
    pub files: Vec<PathBuf>,
    pub is_sample: bool,
}

/// Payment Insights' window.
pub struct PaymentInsightsApp {
    pub state: AppState,
    commands: Vec<Command>,
}

/// The bundled sample data: beside the executable (installed app) or in the source tree.
pub fn sample_data_dir() -> PathBuf {
    let beside_exe = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.join("sample-data")));
    match beside_exe {
        Some(dir) if dir.join("invoices.csv").exists() => dir,
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data"),
    }
}

/// The sample data's three tables.
pub fn sample_files() -> Vec<PathBuf> {
    let dir = sample_data_dir();
    ["customers.csv", "invoices.csv", "payments.csv"]
        .iter()
        .map(|f| dir.join(f))
        .collect()
}

impl PaymentInsightsApp {
    /// The app on first run: it starts importing the bundled sample data.
    pub fn new(ctx: &egui::Context) -> Self {
        let data_dir = storage::data_dir();
        let mapping_memory = data_dir
            .as_deref()
            .map(storage::load_mapping_memory)
            .unwrap_or_default();
        let mut app = PaymentInsightsApp {
            state: AppState {
                data_dir,
                mapping_memory,
                ..AppState::default()
            },
            commands: Vec::new(),
        };
        app.start_import(ctx, sample_files(), true);
        app
    }

    /// Queues a command for the handler (used by screens and tests).
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    fn start_job(&mut self, title: &str, start: impl FnOnce(Cancel) -> JobHandle) {
        if let Some(job) = &self.state.job {
            job.cancel.cancel();
        }
        let cancel = Cancel::new();
        let handle = start(cancel.clone());
        self.state.job = Some(RunningJob {
            title: title.to_string(),
            progress: Progress::new("Starting", 0.0),
            cancel,
            handle,
        });
    }

    fn start_import(&mut self, ctx: &egui::Context, files: Vec<PathBuf>, is_sample: bool) {
        let ctx = ctx.clone();
        self.start_job("Importing data", move |cancel| {
            jobs::spawn_import(ctx, files, is_sample, cancel)
        });
    }

    /// The one place that acts on commands.
    fn handle_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::ImportFiles(files) => {
                    self.state.error = None;
                    self.state.ambiguous.clear();
                    self.state.screen = Screen::Import;
                    let memory = self.state.mapping_memory.clone();
                    let ctx = ctx.clone();
                    self.start_job("Reading files", move |cancel| {
                        jobs::spawn_plan(ctx, files, memory, cancel)
                    });
                }
                Command::LoadSample => {
                    self.state.error = None;
                    self.state.pending = None;
                    self.state.ambiguous.clear();
                    self.start_import(ctx, sample_files(), true);
                }
                Command::SetRole { file, role } => {
                    if let Some(f) = self
                        .state
                        .pending
                        .as_mut()
                        .and_then(|p| p.files.get_mut(file))
                    {
                        f.set_role(role);
                    }
                }
                Command::SetColumn {
                    file,
                    field,
                    column,
                } => {
                    if let Some(f) = self
                        .state
                        .pending
                        .as_mut()
                        .and_then(|p| p.files.get_mut(file))
                    {
                        f.set_column(field, column);
                    }
                }
                Command::SetDateFormat {
                    file,
                    column,
                    format,
                } => {
                    if let Some(f) = self
                        .state
                        .pending
                        .as_mut()
                        .and_then(|p| p.files.get_mut(file))
                    {
                        f.mapping
                            .date_formats
                            .insert(column.clone(), format.label().to_string());
                        let name = f.table.source.clone();
                        self.state
                            .ambiguous
                            .retain(|a| !(a.file == name && a.column == column));
                    }
                }
                Command::RunImport => {
                    if let Some(plan) = self.state.pending.clone() {
                        self.state.error = None;
                        let ctx = ctx.clone();
                        self.start_job("Importing data", move |cancel| {
                            jobs::spawn_validate(ctx, plan, false, cancel)
                        });
                    }
                }
                Command::DiscardImport => {
                    self.state.pending = None;
                    self.state.ambiguous.clear();
                }
                Command::PickFiles => {
                    let picked = rfd::FileDialog::new()
                        .set_title(
                            "Choose customers, invoices and payments (or one invoice ledger)",
                        )
                        .add_filter(
                            "Tables (CSV, Excel)",
                            &["csv", "txt", "tsv", "xlsx", "xls", "xlsm", "ods"],
                        )
                        .pick_files();
                    if let Some(files) = picked {
                        self.commands.push(Command::ImportFiles(files));
                        self.handle_commands(ctx);
                        return;
                    }
                }
                Command::CancelJob => {
                    if let Some(job) = &self.state.job {
                        job.cancel.cancel();
                    }
                }
                Command::Show(screen) => self.state.screen = screen,
            }
        }
    }

    /// Drains the job's channel once per frame.
    fn poll_job(&mut self) {
        let Some(job) = &mut self.state.job else {
            return;
        };
        let mut finished = None;
        while let Some(event) = job.handle.try_recv() {
            match event {
                JobEvent::Progress(p) => job.progress = p,
                JobEvent::Done(done) => finished = Some(Ok(done)),
                JobEvent::Failed(failure) => finished = Some(Err(failure)),
            }
        }
        if job.handle.is_disconnected() && finished.is_none() {
            finished = Some(Err(jobs::JobFailure {
                message:
                    "The job stopped unexpectedly. Try again; if it happens again, check the files."
                        .to_string(),
                plan: None,
                ambiguous: Vec::new(),
            }));
        }
        let Some(finished) = finished else {
            return;
        };
        self.state.job = None;
        match finished {
            Ok(JobOutput::Planned(plan)) => {
                self.state.pending = Some(plan);
            }
            Ok(JobOutput::Imported(done, plan)) => {
                if !done.is_sample {
                    plan.remember(&mut self.state.mapping_memory);
                    if let Some(dir) = &self.state.data_dir
                        && let Err(error) =
                            storage::save_mapping_memory(dir, &self.state.mapping_memory)
                    {
                        self.state.error = Some(format!(
                            "The data was imported, but the column mapping could not be saved for next time ({error}). Check that {} is writable.",
                            dir.display()
                        ));
                    }
                    self.state.pending = None;
                }
                self.state.data = Some(*done);
            }
            Err(failure) => {
                if let Some(plan) = failure.plan {
                    self.state.pending = Some(*plan);
                }
                self.state.ambiguous = failure.ambiguous;
                self.state.error = Some(failure.message);
            }
        }
    }

    /// Runs one frame's logic: job events, then commands.
    pub fn step(&mut self, ctx: &egui::Context) {
        self.poll_job();
        self.handle_commands(ctx);
    }

    /// Is a background job running?
    pub fn is_busy(&self) -> bool {
        self.state.job.is_some()
    }
}

impl eframe::App for PaymentInsightsApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.step(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut commands = Vec::new();
        ui::root_ui(ui, &mut self.state, &mut commands);
        self.commands.extend(commands);
    }
}
