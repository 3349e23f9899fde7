//! The application below the screens: its state ([`AppState`]), the [`Command`]s screens push,
//! the one handler that acts on them, and the job runner every background thread starts
//! through. At start-up the sample data (or the last session's) is imported, the published
//! model loaded (or the bundled one stored, or a first one trained and published) and the open
//! invoices scored. The window (`ui`) draws this state and owns the screens' own state; this
//! module never names a screen's type.

pub mod error;
mod import_flow;
mod jobs;
mod model_flow;
mod opening;
pub mod resources;
pub mod runner;
pub mod storage;
mod strategy_flow;

use crate::analysis::Analysis;
pub use crate::analysis::{FieldCatalogue, LoadedData, ScoredOutput};
use crate::data::import::{AmbiguousColumn, ImportPlan};
use crate::data::mapping::{CanonicalField, MappingMemory, TableRole};
use crate::data::parse::DateFormat;
use crate::i18n::{Arg, Message};
use crate::insights::customer::CustomerView;
use crate::insights::query::RowQuery;
use crate::insights::strategy::{
    Comparison as StrategyComparison, Selection, Strategy, StrategyScope,
};
use crate::insights::whatif::{Policy, Scenario, WhatIf};
use crate::model::backtest::{Backtest, LookBack};
use crate::model::store::Status;
use crate::model::train::{Comparison, TrainParams};
use crate::model::{Buckets, Model};
pub use error::{AppError, Errors};
pub use resources::sample_data_dir;
pub use runner::{JobKind, Runner};
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
    Strategies,
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
    /// Ask which files to import (the system's dialog or the app's own chooser). The window
    /// answers it itself, with an [`Command::ImportFiles`]; it never reaches the handler.
    PickFiles,
    /// Stop the running job of this kind.
    CancelJob(JobKind),
    /// Show another screen.
    Show(Screen),
    /// Use these fields and this bucket layout for the next training.
    Choose(ModelChoice),
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
    /// Work out the Predictions table's row order for this filter and sort in the background
    /// (a million rows take longer than a frame).
    OrderRows(RowQuery),
    /// Run a what-if scenario.
    RunWhatIf(Scenario),
    /// Compare these strategies (No change is always added) on a scope.
    RunStrategies {
        scope: StrategyScope,
        strategies: Vec<Strategy>,
    },
    /// Use and save this list of the user's own strategy candidates.
    SaveStrategies(Vec<Strategy>),
    /// Pick customers for their best strategy within this plan (budget, holdout).
    PlanStrategies(StrategyPlan),
    /// Ask where to save the per-customer choice of strategies. The window answers it itself,
    /// with an [`Command::ExportChoiceTo`]; it never reaches the handler.
    ExportChoice(ExportFormat),
    /// Write the per-customer choice of strategies, with its holdout, to this file.
    ExportChoiceTo(PathBuf),
    /// Save the strategies chosen per customer as policies (one per strategy, for the
    /// customers who get the offer); with `include_open`, they apply to the invoices open now
    /// too, else only to invoices issued after the data's date.
    SaveChoiceAsPolicies { include_open: bool },
    /// Save a scenario as a policy that later scoring applies.
    SavePolicy(Policy),
    /// Delete a saved policy by name.
    DeletePolicy(String),
    /// Switch a saved policy on or off (it is kept either way).
    SetPolicyEnabled { name: String, enabled: bool },
    /// Ask where to save the predictions. The window answers it itself, with an
    /// [`Command::ExportTo`]; it never reaches the handler.
    Export(ExportFormat),
    /// Write the predictions to this file (CSV or XLSX by extension).
    ExportTo(PathBuf),
    /// Use and save these settings (theme, language, rates, threshold).
    UpdateSettings(storage::AppSettings),
    /// Show this folder in the platform's file manager.
    OpenFolder(PathBuf),
    /// Hide the errors shown.
    DismissErrors,
    /// Hide the notice shown.
    DismissNotice,
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
    /// The operating system's locale (`sv-SE`), which picks the language on a first start
    /// (none: asked from the system; tests give their own).
    pub locale: Option<String>,
}

/// How the customers are picked for their best strategy: the most discount cost to spend, and
/// the share of the picked customers kept without the offer to measure its real effect.
#[derive(Clone, Debug, PartialEq)]
pub struct StrategyPlan {
    /// `None`: no limit.
    pub budget: Option<f64>,
    pub holdout_share: f64,
}

impl Default for StrategyPlan {
    fn default() -> Self {
        StrategyPlan {
            budget: None,
            holdout_share: 0.1,
        }
    }
}

/// The seed of the holdout draw: the same customers are held out from one run to the next.
pub const HOLDOUT_SEED: u64 = 20_261_207;

/// The user's choices for the next training run (the Fields screen).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModelChoice {
    /// Field keys to learn from.
    pub selection: Vec<String>,
    pub buckets: Buckets,
    /// The user set N or the two-bucket mode: training uses exactly that layout. Otherwise
    /// training uses the layout the data supports, starting from `buckets`.
    pub layout_by_user: bool,
    /// The learner to publish; `None`: the one with the lower log loss on the latest invoices.
    /// Kept in the settings, and kept when a model is published or rolled back.
    pub learner: Option<crate::model::Learner>,
}

/// A trained model waiting to be published, with the published model's scores on the same
/// test invoices.
pub struct Candidate {
    pub model: Arc<Model>,
    pub comparison: Option<Comparison>,
    /// Why another bucket layout than the one on the Fields screen was used.
    pub layout_note: Option<crate::model::layout::LayoutChoice>,
}

/// One line of the model version history.
#[derive(Clone, Debug)]
pub struct VersionRow {
    pub version: u32,
    /// The fields it learned from (empty when its file cannot be read).
    pub selection: Vec<String>,
    pub status: Status,
    pub trained_at: String,
    pub summary: String,
}

/// The Predictions table's rows for one query of one scoring: indices into the predictions,
/// filtered and sorted.
#[derive(Clone, Debug)]
pub struct RowOrder {
    pub generation: u64,
    pub query: RowQuery,
    pub rows: Arc<[u32]>,
}

/// Everything the screens read.
#[derive(Default)]
pub struct AppState {
    pub screen: Screen,
    /// The data set in use with its catalogue, model, predictions and policies.
    pub analysis: Option<Analysis>,
    /// The background jobs.
    pub jobs: Runner,
    /// What went wrong, in words for the user, until dismissed.
    pub errors: Errors,
    /// Files read and mapped, waiting for the user's go.
    pub pending: Option<ImportPlan>,
    /// Date columns of the pending import whose order the user must choose.
    pub ambiguous: Vec<AmbiguousColumn>,
    /// Mappings remembered per file layout.
    pub mapping_memory: MappingMemory,
    /// Where settings and remembered mappings live (none: nothing is saved).
    pub data_dir: Option<PathBuf>,
    /// The model folder of the data in use, worked out by the import job (naming it resolves
    /// the files' paths on disk).
    pub data_models_dir: Option<PathBuf>,
    /// Learn from at most this many rows (tests and slow machines); `None`: the engine default.
    pub train_max_rows: Option<usize>,
    /// How the model was obtained (shown on the Model screen).
    pub model_note: Option<crate::analysis::ModelNote>,
    /// The fields and layout for the next training.
    pub choice: ModelChoice,
    /// The latest trained model, until published or replaced.
    pub candidate: Option<Candidate>,
    /// The stored model versions, newest first.
    pub versions: Vec<VersionRow>,
    /// The latest backtest.
    pub backtest: Option<Backtest>,
    /// The latest look-back: predictions made at an earlier date beside what happened.
    pub look_back: Option<Arc<LookBack>>,
    /// Grows whenever the predictions change (screens cache views keyed on it).
    pub scored_generation: u64,
    /// Theme, language, rates and threshold, and the files imported last (saved on change).
    pub settings: storage::AppSettings,
    /// Saved what-if scenarios applied by scoring.
    pub policies: Vec<Policy>,
    /// The latest what-if result.
    pub what_if_result: Option<WhatIf>,
    /// The user's own strategy candidates (saved on change).
    pub strategies: Vec<Strategy>,
    /// The latest comparison of strategies, and the customers picked from it by the plan.
    pub strategy_result: Option<Arc<StrategyComparison>>,
    pub strategy_plan: StrategyPlan,
    pub strategy_selection: Option<Arc<Selection>>,
    /// The files just imported have a layout never seen before: the Import screen says to
    /// check what was understood (until the user moves on).
    pub import_hint: bool,
    /// A message about the last finished action ("Exported 1,900 rows to …").
    pub notice: Option<Message>,
    /// The customer on the Customer screen.
    pub customer: Option<CustomerView>,
    /// Grows whenever the user opens a customer (the screens follow: the what-if form points
    /// at it, the table scrolls to the invoice).
    pub customer_opened: u64,
    /// The latest row order worked out in the background, and the query being worked out.
    pub row_order: Option<RowOrder>,
    pub row_order_pending: Option<(u64, RowQuery)>,
}

impl AppState {
    /// The data set in use.
    pub fn data(&self) -> Option<&Arc<LoadedData>> {
        self.analysis.as_ref().map(Analysis::data)
    }

    /// The published model in use.
    pub fn model(&self) -> Option<&Arc<Model>> {
        self.analysis.as_ref().and_then(|a| a.model.as_ref())
    }

    /// The predictions of the open invoices with their totals.
    pub fn scored(&self) -> Option<&Arc<ScoredOutput>> {
        self.analysis.as_ref().and_then(|a| a.scored.as_ref())
    }

    /// The field catalogue built last for the data in use (the model's buckets once scored).
    pub fn catalogue(&self) -> Option<FieldCatalogue> {
        self.analysis.as_ref().and_then(Analysis::latest_catalogue)
    }

    /// The model folder of the loaded data set, without touching the disk (screens show it
    /// every frame); it may not exist yet.
    pub fn models_dir(&self) -> PathBuf {
        match &self.data_models_dir {
            Some(dir) if self.analysis.is_some() => dir.clone(),
            _ => storage::models_dir(&self.base_dir(), &[], true),
        }
    }

    /// Where settings and models live (a temporary folder when there is none).
    fn base_dir(&self) -> PathBuf {
        self.data_dir
            .clone()
            .unwrap_or_else(|| std::env::temp_dir().join("payment-insights"))
    }

    /// Training parameters from the Fields screen's choices.
    pub fn train_params(&self, selection: Option<Vec<String>>) -> TrainParams {
        let defaults = TrainParams::default();
        TrainParams {
            buckets: self.choice.buckets,
            selection,
            max_rows: self.train_max_rows.unwrap_or(defaults.max_rows),
            learner: self.choice.learner,
            trained_at: storage::now_stamp(),
            ..defaults
        }
    }

    /// Is a background job running or waiting?
    pub fn is_busy(&self) -> bool {
        self.jobs.is_busy()
    }

    /// Is a job of one of `kinds` running? (The screens disable what would start another.)
    pub fn busy_with(&self, kinds: &[JobKind]) -> bool {
        kinds.iter().any(|&k| self.jobs.is_running(k))
    }
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

/// The sample data's three tables.
pub fn sample_files() -> Vec<PathBuf> {
    let dir = sample_data_dir();
    ["customers.csv", "invoices.csv", "payments.csv"]
        .iter()
        .map(|f| dir.join(f))
        .collect()
}

/// The application: its state, the commands waiting for the handler, and what the start-up
/// chain still has to do.
pub struct App {
    pub state: AppState,
    commands: Vec<Command>,
    /// The running import reopens the files of the last session (on failure: the sample data).
    reopening: bool,
    /// Score again once the model job ends (the flag threshold changed meanwhile).
    rescore_after_job: bool,
    /// Show the predictions as soon as the start-up chain has scored the open invoices
    /// (unless the user went elsewhere meanwhile).
    show_predictions_when_scored: bool,
    /// With `PAYMENT_INSIGHTS_TIMING` set: when the process started, and what was reported.
    timing: Option<StartTiming>,
    /// The program that opens folders (none: the platform's file manager).
    folder_opener: Option<PathBuf>,
}

impl App {
    /// The app with `options`: loads the saved settings, policies and mappings and starts
    /// importing the files given, else the last session's, else the bundled sample data.
    pub fn new(ctx: &egui::Context, options: AppOptions) -> App {
        let data_dir = options.data_dir.or_else(storage::data_dir);
        let mut errors = Errors::default();
        let (mapping_memory, mapping_error) = data_dir
            .as_deref()
            .map(storage::load_mapping_memory)
            .unwrap_or_default();
        let policies = match data_dir.as_deref().map(storage::load_policies) {
            Some(Ok(policies)) => policies,
            Some(Err(error)) => {
                errors.push(AppError::Told(error));
                Vec::new()
            }
            None => Vec::new(),
        };
        let strategies = match data_dir.as_deref().map(storage::load_strategies) {
            Some(Ok(strategies)) => strategies,
            Some(Err(error)) => {
                errors.push(AppError::Told(error));
                Vec::new()
            }
            None => Vec::new(),
        };
        // A first start speaks the system's language when it is one of ours, else English.
        let first_language = options
            .locale
            .or_else(sys_locale::get_locale)
            .and_then(|l| crate::i18n::Language::from_locale(&l))
            .unwrap_or_default();
        let (settings, settings_error) = match data_dir.as_deref() {
            Some(dir) => storage::load_settings(dir, first_language),
            None => (
                storage::AppSettings {
                    language: first_language,
                    ..storage::AppSettings::default()
                },
                None,
            ),
        };
        // Every file found damaged at the start is told about, once.
        for error in [settings_error, mapping_error].into_iter().flatten() {
            errors.push(AppError::Told(error));
        }
        apply_look(ctx, &settings);
        let learner = settings.learner;
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
        let mut app = App {
            state: AppState {
                data_dir,
                mapping_memory,
                policies,
                strategies,
                settings,
                errors,
                jobs: Runner::new(ctx),
                train_max_rows: options.train_max_rows,
                choice: ModelChoice {
                    learner,
                    ..ModelChoice::default()
                },
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
        };
        app.open_at_start(last_files);
        app
    }

    /// Queues a command for the handler (used by the window and tests).
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Is a background job running or waiting?
    pub fn is_busy(&self) -> bool {
        self.state.is_busy()
    }

    /// Starts a job through the runner; a refusal is shown as an error.
    fn start(
        &mut self,
        kind: JobKind,
        title: Message,
        work: impl FnOnce(
            &dyn Fn(crate::data::progress::Progress),
            &crate::data::progress::Cancel,
        ) -> runner::JobResult
        + Send
        + 'static,
    ) {
        if let Err(error) = self.state.jobs.start(kind, title, work) {
            self.state.errors.push(error);
        }
    }

    /// Uses `settings` from now on and saves them; scores again if the flag threshold changed.
    /// A new language only builds the field catalogue again (its names are translated): the
    /// predictions stay as they are.
    fn update_settings(&mut self, ctx: &egui::Context, settings: storage::AppSettings) {
        let threshold_changed =
            settings.rates.flag_threshold != self.state.settings.rates.flag_threshold;
        let language_changed = settings.language != self.state.settings.language;
        self.state.settings = settings;
        apply_look(ctx, &self.state.settings);
        self.save_settings();
        if let Some(analysis) = &mut self.state.analysis {
            analysis.settings = self.state.settings.rates.clone();
        }
        if threshold_changed {
            if self.state.jobs.is_running(JobKind::Model) {
                self.rescore_after_job = true;
            } else {
                self.start_score();
            }
        }
        if language_changed {
            self.relabel();
        }
    }

    /// The one place that acts on commands. A command that leads to another pushes it for the
    /// next frame; nothing here calls back into itself.
    fn handle_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            self.handle(ctx, command);
        }
    }

    fn handle(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::ImportFiles(files) => self.import_files(files),
            Command::LoadSample => self.load_sample(),
            Command::SetRole { file, role } => self.set_role(file, role),
            Command::SetColumn {
                file,
                field,
                column,
            } => self.set_column(file, field, column),
            Command::SetDateFormat {
                file,
                column,
                format,
            } => self.set_date_format(file, column, format),
            Command::RunImport => self.run_import(),
            Command::DiscardImport => {
                self.state.pending = None;
                self.state.ambiguous.clear();
            }
            // The window answers these with dialogs; they are dropped if one slips through.
            Command::PickFiles | Command::Export(_) | Command::ExportChoice(_) => {}
            Command::CancelJob(kind) => self.state.jobs.cancel(kind),
            Command::Show(screen) => {
                // The hint about the import's review describes the Import screen only.
                if screen != Screen::Import {
                    self.state.import_hint = false;
                }
                self.state.screen = screen;
            }
            Command::Choose(choice) => {
                let learner_changed = choice.learner != self.state.settings.learner;
                self.state.choice = choice;
                if learner_changed {
                    self.state.settings.learner = self.state.choice.learner;
                    self.save_settings();
                }
            }
            Command::Train => self.start_train(),
            Command::Publish(version) => self.publish(version),
            Command::Rollback => self.rollback(),
            Command::RunBacktest => self.run_backtest(),
            Command::LookBack(date) => self.run_look_back(date),
            Command::CloseLookBack => self.state.look_back = None,
            Command::Rescore => self.start_score(),
            Command::OpenCustomer { customer, invoice } => {
                self.open_customer(customer, invoice);
                self.state.customer_opened += 1;
                self.state.screen = Screen::Customer;
            }
            Command::OrderRows(query) => self.order_rows(query),
            Command::RunWhatIf(scenario) => self.run_what_if(scenario),
            Command::RunStrategies { scope, strategies } => {
                self.run_strategies(scope, strategies);
            }
            Command::SaveStrategies(strategies) => {
                self.state.strategies = strategies;
                self.save_strategies();
            }
            Command::PlanStrategies(plan) => {
                self.state.strategy_plan = plan;
                self.select_customers();
            }
            Command::ExportChoiceTo(path) => self.export_choice_to(path),
            Command::SaveChoiceAsPolicies { include_open } => {
                self.save_choice_as_policies(include_open);
            }
            Command::SavePolicy(policy) => {
                self.state.policies.retain(|p| p.name != policy.name);
                self.state.policies.push(policy);
                self.policies_changed();
            }
            Command::SetPolicyEnabled { name, enabled } => {
                for p in self.state.policies.iter_mut().filter(|p| p.name == name) {
                    p.enabled = enabled;
                }
                self.policies_changed();
            }
            Command::DeletePolicy(name) => {
                self.state.policies.retain(|p| p.name != name);
                self.policies_changed();
            }
            Command::ExportTo(path) => self.export_to(path),
            Command::UpdateSettings(settings) => self.update_settings(ctx, settings),
            Command::OpenFolder(folder) => self.open_folder(folder),
            Command::DismissErrors => self.state.errors.clear(),
            Command::DismissNotice => self.state.notice = None,
        }
    }

    /// Saves the policies and scores again with them.
    fn policies_changed(&mut self) {
        self.save_policies();
        if let Some(analysis) = &mut self.state.analysis {
            analysis.policies = self.state.policies.clone().into();
        }
        self.start_score();
    }

    /// Takes in what the jobs reported since the last frame.
    fn poll_jobs(&mut self) {
        for finished in self.state.jobs.poll() {
            match finished.result {
                Ok(output) => self.job_done(output),
                Err(error) if error.is_cancelled() => {
                    self.state.notice = Some(Message::shown(error));
                }
                Err(error) => self.state.errors.push(error),
            }
        }
        if self.rescore_after_job && !self.state.jobs.is_running(JobKind::Model) {
            self.rescore_after_job = false;
            self.start_score();
        }
    }

    /// Acts on a job's output.
    fn job_done(&mut self, output: jobs::JobOutput) {
        use jobs::JobOutput;
        match output {
            JobOutput::Planned(plan) => self.state.pending = Some(plan),
            JobOutput::Imported(imported) => self.imported(*imported),
            JobOutput::ImportFailed { error, plan } => self.import_failed(error, plan),
            JobOutput::Rows(order) => {
                if self
                    .state
                    .row_order_pending
                    .as_ref()
                    .is_some_and(|(g, q)| *g == order.generation && *q == order.query)
                {
                    self.state.row_order_pending = None;
                }
                self.state.row_order = Some(order);
            }
            JobOutput::Saved => {}
            JobOutput::Noted(text) => self.state.notice = Some(text),
            JobOutput::Strategies(result) => self.strategies_done(*result),
            JobOutput::ChoiceExported { path, rows } => self.choice_exported(&path, rows),
            other => self.model_done(other),
        }
    }

    /// Runs one frame's logic: job events, files dropped on the window, then commands.
    pub fn step(&mut self, ctx: &egui::Context) {
        self.poll_jobs();
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

    /// Reports start-up timings once a frame is drawn (with `PAYMENT_INSIGHTS_TIMING`).
    pub fn frame_drawn(&mut self) {
        let has_predictions = self.state.scored().is_some();
        if let Some(timing) = &mut self.timing {
            timing.report(has_predictions);
        }
    }

    fn save_settings(&mut self) {
        let settings = self.state.settings.clone();
        self.start_save(
            JobKind::SaveSettings,
            Message::new("The settings"),
            move |dir| storage::save_settings(dir, &settings),
        );
    }

    fn save_strategies(&mut self) {
        let strategies = self.state.strategies.clone();
        self.start_save(
            JobKind::SaveStrategies,
            Message::new("The strategies"),
            move |dir| storage::save_strategies(dir, &strategies),
        );
    }

    fn save_policies(&mut self) {
        let policies = self.state.policies.clone();
        self.start_save(
            JobKind::SavePolicies,
            Message::new("The policies"),
            move |dir| storage::save_policies(dir, &policies),
        );
    }

    /// Saves a file of the data folder in the background (a save waits for the one before it
    /// of its kind); a failure names `what` and the folder.
    fn start_save(
        &mut self,
        kind: JobKind,
        what: Message,
        save: impl FnOnce(&std::path::Path) -> std::io::Result<()> + Send + 'static,
    ) {
        let Some(dir) = self.state.data_dir.clone() else {
            return;
        };
        self.start(kind, what.clone(), move |_, _| {
            save(&dir).map_err(|source| AppError::Save {
                what,
                folder: dir.clone(),
                source,
            })?;
            Ok(jobs::JobOutput::Saved)
        });
    }

    /// The message for a command that needs data or a model that is not there.
    fn tell(&mut self, message: Message) {
        self.state.errors.push(AppError::Told(message));
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

/// "Exported 1,900 predictions to …".
fn exported_notice(rows: usize, path: &std::path::Path) -> Message {
    Message::new("Exported {rows} predictions to {path}.")
        .arg("rows", Arg::Count(rows))
        .arg("path", path.display().to_string())
}
