//! The eframe application: state, the [`Command`]s screens push, the one handler that acts on
//! them, and the background jobs (import, training, scoring, what-if, export) whose progress
//! the window shows. At start-up the sample data is imported, the published model loaded (or the
//! bundled one stored, or a first one trained and published) and the open invoices scored.

mod jobs;
mod model_flow;
mod opening;
pub mod resources;
pub mod storage;

pub use crate::analysis::{FieldCatalogue, LoadedData, ScoredOutput};
use crate::data::import::{AmbiguousColumn, ImportPlan};
use crate::data::mapping::{CanonicalField, MappingMemory, TableRole};
use crate::data::parse::DateFormat;
use crate::data::progress::{Cancel, Progress};
use crate::i18n::{tr, trf};
use crate::insights::whatif::{Policy, Scenario, WhatIf};
use crate::model::Model;
use crate::model::backtest::{Backtest, LookBack};
use crate::model::store::{ModelStore, Status};
use crate::model::train::{Comparison, TrainParams};
use crate::ui;
use jobs::{JobEvent, JobHandle, JobOutput};
pub use resources::sample_data_dir;
use std::path::PathBuf;
use std::sync::Arc;

/// The screens of the left-hand navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Data,
    Import,
    Fields,
    Model,
    Predictions,
    Customer,
    WhatIf,
    Settings,
}

/// File formats of the predictions export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Xlsx,
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
    /// Train a candidate model with the fields and buckets chosen on the Fields screen.
    Train,
    /// Make this stored version the published model and score with it.
    Publish(u32),
    /// Return to the previously published model.
    Rollback,
    /// Train and evaluate month by month over the last 12 months.
    RunBacktest,
    /// Train on what was known on this date and predict the invoices open then, beside what
    /// happened.
    LookBack(chrono::NaiveDate),
    /// Leave the look-back and show today's predictions.
    CloseLookBack,
    /// Score the open invoices again with the published model, settings and policies.
    Rescore,
    /// Show a customer (and one of its invoices) on the Customer screen.
    OpenCustomer { customer: u32, invoice: Option<u32> },
    /// Work out the Predictions table's row order for its filter and sort in the background
    /// (a million rows take longer than a frame).
    OrderRows,
    /// Run a what-if scenario.
    RunWhatIf(Scenario),
    /// Save a scenario as a policy that later scoring applies.
    SavePolicy(Policy),
    /// Delete a saved policy by name.
    DeletePolicy(String),
    /// Switch a saved policy on or off (it is kept either way).
    SetPolicyEnabled { name: String, enabled: bool },
    /// Ask where to save the predictions, then write them.
    Export(ExportFormat),
    /// Write the predictions to this file (CSV or XLSX by extension).
    ExportTo(PathBuf),
    /// Use and save these settings (theme, language, rates, threshold).
    UpdateSettings(storage::AppSettings),
    /// Show this folder in the platform's file manager.
    OpenFolder(PathBuf),
}

/// How the app is set up (the defaults for the desktop; tests choose their own).
#[derive(Clone, Debug, Default)]
pub struct AppOptions {
    /// Where settings, policies and models live (none: the platform data directory).
    pub data_dir: Option<PathBuf>,
    /// Learn from at most this many snapshot rows (fewer: faster, less precise). Set from the
    /// `PAYMENT_INSIGHTS_TRAIN_MAX_ROWS` environment variable, or by tests.
    pub train_max_rows: Option<usize>,
    /// Open these files at start (from the command line) instead of the last session's data.
    pub files: Vec<PathBuf>,
    /// When the process started: print start-up timings to stderr from then on.
    pub timing_from: Option<std::time::Instant>,
    /// The program that opens a folder (none: the platform's file manager). Tests use a
    /// stand-in so they never open a window.
    pub folder_opener: Option<PathBuf>,
}

/// A trained model waiting to be published, with the published model's scores on the same
/// test invoices.
pub struct Candidate {
    pub model: Arc<Model>,
    pub comparison: Option<Comparison>,
    /// Why another bucket layout than the one on the Fields screen was used.
    pub layout_note: Option<String>,
}

/// One line of the model version history.
pub struct VersionRow {
    pub version: u32,
    /// The fields it learned from (empty when its file cannot be read).
    pub selection: Vec<String>,
    pub status: Status,
    pub trained_at: String,
    pub summary: String,
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
    pub data: Option<Arc<LoadedData>>,
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
    /// The model folder of the data in use, worked out once when the data is loaded (naming
    /// it resolves the files' paths on disk, too slow for every frame); see [`Self::models_dir`].
    pub data_models_dir: Option<PathBuf>,
    /// Learn from at most this many rows (tests and slow machines); `None`: the engine default.
    pub train_max_rows: Option<usize>,
    /// The published model used for predictions.
    pub model: Option<Arc<Model>>,
    /// How the model was obtained (shown on the Model screen).
    pub model_note: Option<String>,
    /// The candidate fields of the loaded data (for the published model's buckets once
    /// scoring is done); `None` until the model is loaded.
    pub catalogue: Option<FieldCatalogue>,
    /// The latest trained model, until published or replaced.
    pub candidate: Option<Candidate>,
    /// The stored model versions, newest first.
    pub versions: Vec<VersionRow>,
    /// The latest backtest.
    pub backtest: Option<Backtest>,
    /// The latest look-back: predictions made at an earlier date beside what happened.
    pub look_back: Option<Arc<LookBack>>,
    /// Predictions of the open invoices with portfolio, worklist and forecast.
    pub scored: Option<Arc<ScoredOutput>>,
    /// Grows whenever `scored` changes (screens cache views keyed on it).
    pub scored_generation: u64,
    /// Theme, language, rates and threshold, and the files imported last (saved on change).
    pub settings: storage::AppSettings,
    /// Saved what-if scenarios applied by scoring.
    pub policies: Vec<Policy>,
    /// The latest what-if result.
    pub what_if_result: Option<WhatIf>,
    /// The files just imported have a layout never seen before: the Import screen says to
    /// check what was understood (until the user moves on).
    pub import_hint: bool,
    /// The app's own file chooser, while open.
    pub file_chooser: Option<ui::chooser::Chooser>,
    /// A message about the last finished action ("Exported 1,900 rows to …").
    pub notice: Option<String>,
    pub fields: ui::fields::FieldsState,
    pub model_screen: ui::training::ModelScreenState,
    pub look_back_form: ui::look_back::LookBackState,
    pub predictions: ui::predictions::PredictionsState,
    pub customer: Option<ui::customer::CustomerView>,
    /// The Customer screen's search and list of customers.
    pub customer_picker: ui::customer::CustomerPicker,
    pub what_if: ui::what_if::WhatIfState,
}

impl AppState {
    /// The model folder of `data` under the data directory (a temporary folder when there is
    /// none). Reads the disk (it resolves the data files' paths): call it when data is loaded.
    fn models_dir_of(&self, data: Option<&LoadedData>) -> PathBuf {
        let base = self
            .data_dir
            .clone()
            .unwrap_or_else(|| std::env::temp_dir().join("payment-insights"));
        let (files, is_sample) = match data {
            Some(data) => (&data.files[..], data.is_sample),
            None => (&[][..], true),
        };
        storage::models_dir(&base, files, is_sample)
    }

    /// The model folder of the loaded data set, without touching the disk (screens show it
    /// every frame); it may not exist yet.
    pub fn models_dir(&self) -> PathBuf {
        match &self.data_models_dir {
            Some(dir) if self.data.is_some() => dir.clone(),
            _ => self.models_dir_of(self.data.as_deref()),
        }
    }

    /// The model store of the loaded data set (its folder is created if missing).
    pub fn store(&self) -> Result<ModelStore, crate::model::ModelError> {
        ModelStore::open(&self.models_dir())
    }

    /// Training parameters from the Fields screen's choices.
    pub fn train_params(&self, selection: Option<Vec<String>>) -> TrainParams {
        let defaults = TrainParams::default();
        TrainParams {
            buckets: self.fields.buckets,
            selection,
            max_rows: self.train_max_rows.unwrap_or(defaults.max_rows),
            trained_at: crate::app::storage::now_stamp(),
            ..defaults
        }
    }
}

/// Shows the window in the chosen theme and language.
fn apply_look(ctx: &egui::Context, settings: &storage::AppSettings) {
    ctx.set_theme(match settings.theme {
        storage::Theme::System => egui::ThemePreference::System,
        storage::Theme::Light => egui::ThemePreference::Light,
        storage::Theme::Dark => egui::ThemePreference::Dark,
    });
    crate::i18n::set_language(settings.language);
}

/// Payment Insights' window.
pub struct PaymentInsightsApp {
    pub state: AppState,
    commands: Vec<Command>,
    /// The running import reopens the files of the last session (on failure: the sample data).
    reopening: bool,
    /// Score again once the running job ends (the flag threshold changed meanwhile).
    rescore_after_job: bool,
    /// Show the predictions as soon as the start-up chain has scored the open invoices
    /// (unless the user went elsewhere meanwhile).
    show_predictions_when_scored: bool,
    /// With `PAYMENT_INSIGHTS_TIMING` set: when the process started, and what was reported.
    timing: Option<StartTiming>,
    /// The program that opens folders (none: the platform's file manager).
    folder_opener: Option<PathBuf>,
    /// Failures of file managers started for "Open folder", reported once they exit.
    folder_failures: (
        std::sync::mpsc::Sender<String>,
        std::sync::mpsc::Receiver<String>,
    ),
}

/// Start-up timing printed to stderr (`PAYMENT_INSIGHTS_TIMING=1`): first frame and first
/// predictions after launch.
struct StartTiming {
    launched: std::time::Instant,
    first_frame_reported: bool,
    predictions_reported: bool,
}

impl StartTiming {
    fn report(&mut self, has_predictions: bool) {
        let ms = self.launched.elapsed().as_secs_f64() * 1e3;
        if !self.first_frame_reported {
            self.first_frame_reported = true;
            eprintln!("timing: first frame {ms:.0} ms after launch");
        }
        if has_predictions && !self.predictions_reported {
            self.predictions_reported = true;
            eprintln!("timing: predictions shown {ms:.0} ms after launch");
        }
    }
}

/// Did the system's file dialog return before anyone could have seen it? Nobody cancels a
/// dialog within a quarter of a second; a dialog that cannot open (Linux without an xdg
/// desktop portal) returns at once, looking like a cancel.
fn dialog_never_showed(started: std::time::Instant) -> bool {
    started.elapsed() < std::time::Duration::from_millis(250)
}

fn no_system_dialog_note() -> String {
    tr("The system's file dialog could not be opened, so the app's own file chooser is shown. To use it always, tick \"Use the app's own file chooser\" on the Settings screen.").to_string()
}

/// The sample data's three tables.
pub fn sample_files() -> Vec<PathBuf> {
    let dir = sample_data_dir();
    ["customers.csv", "invoices.csv", "payments.csv"]
        .iter()
        .map(|f| dir.join(f))
        .collect()
}

/// The messages that are there, one after the other; `None` when there are none.
fn joined_messages(messages: impl IntoIterator<Item = Option<String>>) -> Option<String> {
    let present: Vec<String> = messages.into_iter().flatten().collect();
    (!present.is_empty()).then(|| present.join(" "))
}

impl PaymentInsightsApp {
    /// The app as the desktop starts it: the files given on the command line, else the last
    /// session's data, else the bundled sample data.
    pub fn new(ctx: &egui::Context, files: Vec<PathBuf>, launched: std::time::Instant) -> Self {
        let train_max_rows = std::env::var("PAYMENT_INSIGHTS_TRAIN_MAX_ROWS")
            .ok()
            .and_then(|v| v.parse().ok());
        Self::with_options(
            ctx,
            AppOptions {
                data_dir: None,
                train_max_rows,
                files,
                timing_from: std::env::var_os("PAYMENT_INSIGHTS_TIMING").map(|_| launched),
                folder_opener: None,
            },
        )
    }

    /// The app with a chosen data directory and training size (tests).
    pub fn with_options(ctx: &egui::Context, options: AppOptions) -> Self {
        let data_dir = options.data_dir.or_else(storage::data_dir);
        let (mapping_memory, mapping_error) = data_dir
            .as_deref()
            .map(storage::load_mapping_memory)
            .unwrap_or_default();
        let (policies, policy_error) = match data_dir.as_deref().map(storage::load_policies) {
            Some(Ok(policies)) => (policies, None),
            Some(Err(error)) => (Vec::new(), Some(error)),
            None => (Vec::new(), None),
        };
        let (settings, settings_error) = data_dir
            .as_deref()
            .map(storage::load_settings)
            .unwrap_or_default();
        apply_look(ctx, &settings);
        let last_files = if options.files.is_empty() {
            settings.last_files.clone()
        } else {
            // Absolute, so the next start finds them from any working directory.
            options
                .files
                .into_iter()
                .map(|f| std::fs::canonicalize(&f).unwrap_or(f))
                .collect()
        };
        let mut app = PaymentInsightsApp {
            state: AppState {
                data_dir,
                mapping_memory,
                policies,
                settings,
                // Every file found damaged at the start is told about, once.
                error: joined_messages([policy_error, settings_error, mapping_error]),
                train_max_rows: options.train_max_rows,
                ..AppState::default()
            },
            commands: Vec::new(),
            reopening: false,
            rescore_after_job: false,
            show_predictions_when_scored: true,
            timing: options.timing_from.map(|launched| StartTiming {
                launched,
                first_frame_reported: false,
                predictions_reported: false,
            }),
            folder_opener: options.folder_opener,
            folder_failures: std::sync::mpsc::channel(),
        };
        let missing: Vec<&PathBuf> = last_files.iter().filter(|f| !f.exists()).collect();
        if last_files.is_empty() {
            app.start_import(ctx, sample_files(), true);
        } else if !missing.is_empty() {
            let names: Vec<String> = missing.iter().map(|f| f.display().to_string()).collect();
            app.state.error = Some(trf(
                "These files cannot be found ({files}), so the sample data is shown. Import your files with \"Import your own data…\".",
                &[("files", &names.join(", "))],
            ));
            app.start_import(ctx, sample_files(), true);
        } else {
            app.reopening = true;
            let memory = app.state.mapping_memory.clone();
            let limits = app.state.settings.import_limits;
            app.start_job(tr("Opening the data of the last session"), move |cancel| {
                jobs::spawn_import(ctx.clone(), last_files, false, Some(memory), limits, cancel)
            });
        }
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
            progress: Progress::new(tr("Starting"), 0.0),
            cancel,
            handle,
        });
    }

    fn start_import(&mut self, ctx: &egui::Context, files: Vec<PathBuf>, is_sample: bool) {
        let ctx = ctx.clone();
        let limits = self.state.settings.import_limits;
        self.start_job(tr("Importing data"), move |cancel| {
            jobs::spawn_import(ctx, files, is_sample, None, limits, cancel)
        });
    }

    /// Uses `settings` from now on, saves them, and scores again if the flag threshold changed.
    fn update_settings(&mut self, ctx: &egui::Context, settings: storage::AppSettings) {
        let threshold_changed =
            settings.rates.flag_threshold != self.state.settings.rates.flag_threshold;
        // The field catalogue's names are translated: scoring builds it again in the language.
        let language_changed = settings.language != self.state.settings.language;
        self.state.settings = settings;
        apply_look(ctx, &self.state.settings);
        self.save_settings();
        if threshold_changed || language_changed {
            if self.state.job.is_some() {
                self.rescore_after_job = true;
            } else {
                self.start_score(ctx);
            }
        }
    }

    fn save_settings(&mut self) {
        if let Some(dir) = &self.state.data_dir
            && let Err(error) = storage::save_settings(dir, &self.state.settings)
        {
            self.state.error = Some(trf(
                "The settings could not be saved ({error}). Check that {folder} is writable.",
                &[("error", &error), ("folder", &dir.display())],
            ));
        }
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
                    let limits = self.state.settings.import_limits;
                    let ctx = ctx.clone();
                    self.start_job(tr("Reading files"), move |cancel| {
                        jobs::spawn_plan(ctx, files, memory, limits, cancel)
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
                        self.start_job(tr("Importing data"), move |cancel| {
                            jobs::spawn_validate(ctx, plan, false, cancel)
                        });
                    }
                }
                Command::DiscardImport => {
                    self.state.pending = None;
                    self.state.ambiguous.clear();
                }
                Command::PickFiles => {
                    if self.state.settings.builtin_file_chooser {
                        self.open_chooser(ui::chooser::ChooserPurpose::Import, None);
                        continue;
                    }
                    let started = std::time::Instant::now();
                    let picked = rfd::FileDialog::new()
                        .set_title(tr(
                            "Choose customers, invoices and payments (or one invoice ledger)",
                        ))
                        .add_filter(tr("Tables (CSV, Excel)"), &ui::chooser::TABLE_EXTENSIONS)
                        .pick_files();
                    match picked {
                        // Handled with the next frame's commands, after this frame's others.
                        Some(files) => self.commands.push(Command::ImportFiles(files)),
                        None if dialog_never_showed(started) => self.open_chooser(
                            ui::chooser::ChooserPurpose::Import,
                            Some(no_system_dialog_note()),
                        ),
                        None => {}
                    }
                    ctx.request_repaint();
                }
                Command::CancelJob => {
                    if let Some(job) = &self.state.job {
                        job.cancel.cancel();
                    }
                }
                Command::Show(screen) => {
                    // The hint about the import's review describes the Import screen only.
                    if screen != Screen::Import {
                        self.state.import_hint = false;
                    }
                    self.state.screen = screen;
                }
                Command::Train => self.start_train(ctx),
                Command::Publish(version) => self.publish(ctx, version),
                Command::Rollback => self.rollback(ctx),
                Command::RunBacktest => {
                    if let Some(data) = self.state.data.clone() {
                        let selection = Some(self.state.fields.selection.clone());
                        let params = self.state.train_params(selection);
                        let ctx = ctx.clone();
                        self.start_job(tr("Backtest (12 months)"), move |cancel| {
                            jobs::spawn_backtest(ctx, data, params, 12, cancel)
                        });
                    }
                }
                Command::LookBack(date) => {
                    if let Some(data) = self.state.data.clone() {
                        self.state.error = None;
                        let selection = self
                            .state
                            .model
                            .as_ref()
                            .map(|m| m.selection.clone())
                            .or_else(|| Some(self.state.fields.selection.clone()))
                            .filter(|s| !s.is_empty());
                        let params = self.state.train_params(selection);
                        let ctx = ctx.clone();
                        self.start_job(tr("Looking back"), move |cancel| {
                            jobs::spawn_look_back(ctx, data, params, date, cancel)
                        });
                    }
                }
                Command::CloseLookBack => self.state.look_back = None,
                Command::Rescore => self.start_score(ctx),
                Command::OpenCustomer { customer, invoice } => {
                    self.open_customer(customer, invoice);
                    self.state.customer_picker.choosing = false;
                    self.state.screen = Screen::Customer;
                }
                Command::OrderRows => self.order_rows(ctx),
                Command::RunWhatIf(scenario) => {
                    if let (Some(data), Some(model)) =
                        (self.state.data.clone(), self.state.model.clone())
                    {
                        self.state.error = None;
                        let settings = self.state.settings.rates.clone();
                        let current = self.state.scored.as_ref().map(|s| s.scored.clone());
                        let ctx = ctx.clone();
                        self.start_job(tr("What-if"), move |cancel| {
                            jobs::spawn_what_if(
                                ctx, data, model, scenario, settings, current, cancel,
                            )
                        });
                    } else {
                        self.state.error = Some(
                            tr("There is no published model yet, so a what-if cannot be run. Train and publish a model on the Fields screen first.")
                                .to_string(),
                        );
                    }
                }
                Command::SavePolicy(policy) => {
                    self.state.policies.retain(|p| p.name != policy.name);
                    self.state.policies.push(policy);
                    self.save_policies();
                    self.start_score(ctx);
                }
                Command::SetPolicyEnabled { name, enabled } => {
                    for p in self.state.policies.iter_mut().filter(|p| p.name == name) {
                        p.enabled = enabled;
                    }
                    self.save_policies();
                    self.start_score(ctx);
                }
                Command::DeletePolicy(name) => {
                    self.state.policies.retain(|p| p.name != name);
                    self.save_policies();
                    self.start_score(ctx);
                }
                Command::Export(format) => {
                    let purpose = ui::chooser::ChooserPurpose::Export(format);
                    if self.state.settings.builtin_file_chooser {
                        self.open_chooser(purpose, None);
                        continue;
                    }
                    let (name, ext) = ui::chooser::export_name(format);
                    let filter = match format {
                        ExportFormat::Csv => tr("CSV"),
                        ExportFormat::Xlsx => tr("Excel workbook"),
                    };
                    let started = std::time::Instant::now();
                    let picked = rfd::FileDialog::new()
                        .set_title(tr("Save the predictions"))
                        .set_file_name(name)
                        .add_filter(filter, &[ext])
                        .save_file();
                    match picked {
                        Some(path) => self.commands.push(Command::ExportTo(path)),
                        None if dialog_never_showed(started) => {
                            self.open_chooser(purpose, Some(no_system_dialog_note()));
                        }
                        None => {}
                    }
                    ctx.request_repaint();
                }
                Command::UpdateSettings(settings) => self.update_settings(ctx, settings),
                Command::OpenFolder(folder) => self.open_folder(ctx, folder),
                Command::ExportTo(path) => {
                    if let (Some(data), Some(model), Some(scored)) = (
                        self.state.data.clone(),
                        self.state.model.clone(),
                        self.state.scored.clone(),
                    ) {
                        let scored = scored.scored.clone();
                        let ctx = ctx.clone();
                        self.start_job(tr("Exporting predictions"), move |cancel| {
                            jobs::spawn_export(ctx, data, model, scored, path, cancel)
                        });
                    }
                }
            }
        }
    }

    /// Opens the app's own file chooser for `purpose`.
    fn open_chooser(&mut self, purpose: ui::chooser::ChooserPurpose, note: Option<String>) {
        let folder = ui::chooser::start_folder(&self.state, purpose);
        self.state.file_chooser = Some(ui::chooser::Chooser::new(purpose, folder, note));
    }

    fn save_policies(&mut self) {
        if let Some(dir) = &self.state.data_dir
            && let Err(error) = storage::save_policies(dir, &self.state.policies)
        {
            self.state.error = Some(trf(
                "The policies could not be saved ({error}). Check that {folder} is writable.",
                &[("error", &error), ("folder", &dir.display())],
            ));
        }
    }

    /// Drains the job's channel once per frame.
    fn poll_job(&mut self, ctx: &egui::Context) {
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
                message: tr(
                    "The job stopped unexpectedly. Try again; if it happens again, check the files.",
                )
                .to_string(),
                plan: None,
                ambiguous: Vec::new(),
                cancelled: false,
            }));
        }
        let Some(finished) = finished else {
            return;
        };
        self.state.job = None;
        let reopening = std::mem::take(&mut self.reopening);
        match finished {
            Ok(JobOutput::Planned(plan)) => {
                self.state.pending = Some(plan);
            }
            Ok(JobOutput::Imported(done, plan)) => {
                // Files whose layout was never imported before: show what was understood
                // before the predictions, however the import started.
                let new_layout = !done.is_sample
                    && plan
                        .files
                        .iter()
                        .any(|f| self.state.mapping_memory.recall(&f.table.headers).is_none());
                if new_layout {
                    self.state.screen = Screen::Import;
                    self.show_predictions_when_scored = false;
                }
                self.state.import_hint = new_layout;
                if !done.is_sample {
                    plan.remember(&mut self.state.mapping_memory);
                    if let Some(dir) = &self.state.data_dir
                        && let Err(error) =
                            storage::save_mapping_memory(dir, &self.state.mapping_memory)
                    {
                        self.state.error = Some(trf(
                            "The data was imported, but the column mapping could not be saved for next time ({error}). Check that {folder} is writable.",
                            &[("error", &error), ("folder", &dir.display())],
                        ));
                    }
                    self.state.pending = None;
                }
                let last_files = if done.is_sample {
                    Vec::new()
                } else {
                    done.files.clone()
                };
                if self.state.settings.last_files != last_files {
                    self.state.settings.last_files = last_files;
                    self.save_settings();
                }
                self.state.data_models_dir = Some(self.state.models_dir_of(Some(&done)));
                self.state.data = Some(Arc::new(*done));
                self.state.catalogue = None;
                self.state.scored = None;
                self.state.customer = None;
                self.state.candidate = None;
                self.state.what_if_result = None;
                self.state.backtest = None;
                self.state.look_back = None;
                self.state.model_note = None;
                // New data: the first model's layout is chosen for it again.
                self.state.fields.layout_by_user = false;
                self.start_load_model(ctx);
            }
            Ok(JobOutput::Model(output)) => self.model_done(ctx, output),
            Err(failure) if reopening => {
                // Keep what went wrong on the Import screen, and open the sample data meanwhile.
                if let Some(plan) = failure.plan {
                    self.state.pending = Some(*plan);
                }
                self.state.ambiguous = failure.ambiguous;
                self.state.error = Some(trf(
                    "The data of your last session could not be opened again: {problem} The sample data is shown meanwhile; the Import screen has your files.",
                    &[("problem", &failure.message)],
                ));
                self.start_import(ctx, sample_files(), true);
            }
            Err(failure) if failure.cancelled => {
                if let Some(plan) = failure.plan {
                    self.state.pending = Some(*plan);
                }
                self.state.notice = Some(failure.message);
            }
            Err(failure) => {
                if let Some(plan) = failure.plan {
                    self.state.pending = Some(*plan);
                }
                self.state.ambiguous = failure.ambiguous;
                self.state.error = Some(failure.message);
            }
        }
        if self.rescore_after_job && self.state.job.is_none() {
            self.rescore_after_job = false;
            self.start_score(ctx);
        }
    }

    /// Runs one frame's logic: job events, files dropped on the window, then commands.
    pub fn step(&mut self, ctx: &egui::Context) {
        self.poll_job(ctx);
        while let Ok(failure) = self.folder_failures.1.try_recv() {
            self.state.error = Some(failure);
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.commands.push(Command::ImportFiles(dropped));
        }
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
        ui::drop::drop_hint_ui(ui);
        if let Some(timing) = &mut self.timing {
            timing.report(self.state.scored.is_some());
        }
        self.commands.extend(commands);
    }
}
