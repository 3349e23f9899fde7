//! The eframe application: state, the [`Command`]s screens push, the one handler that acts on
//! them, and the background jobs (import) whose progress the window shows.

mod jobs;

use crate::data::import::Imported;
use crate::data::progress::{Cancel, Progress};
use crate::ui;
use jobs::{JobEvent, JobHandle};
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
    /// Import these files (customers, invoices, payments, or one ledger) with automatic mapping.
    ImportFiles(Vec<PathBuf>),
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
        let mut app = PaymentInsightsApp {
            state: AppState::default(),
            commands: Vec::new(),
        };
        app.start_import(ctx, sample_files(), true);
        app
    }

    /// Queues a command for the handler (used by screens and tests).
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    fn start_import(&mut self, ctx: &egui::Context, files: Vec<PathBuf>, is_sample: bool) {
        if let Some(job) = &self.state.job {
            job.cancel.cancel();
        }
        let cancel = Cancel::new();
        let handle = jobs::spawn_import(ctx.clone(), files, is_sample, cancel.clone());
        self.state.job = Some(RunningJob {
            title: "Importing data".to_string(),
            progress: Progress::new("Reading files", 0.0),
            cancel,
            handle,
        });
    }

    /// The one place that acts on commands.
    fn handle_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::ImportFiles(files) => {
                    self.state.error = None;
                    self.start_import(ctx, files, false);
                    self.state.screen = Screen::Import;
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
                JobEvent::Failed(message) => finished = Some(Err(message)),
            }
        }
        if job.handle.is_disconnected() && finished.is_none() {
            finished = Some(Err(
                "The import stopped unexpectedly. Try again; if it happens again, check the files."
                    .to_string(),
            ));
        }
        match finished {
            None => {}
            Some(Ok(done)) => {
                self.state.job = None;
                self.state.data = Some(*done);
            }
            Some(Err(message)) => {
                self.state.job = None;
                self.state.error = Some(message);
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
