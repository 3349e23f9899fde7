//! Background jobs: long work runs on a named thread and reports over a channel; the app
//! drains the channel once per frame, so the window never waits.

use super::{FieldCatalogue, LoadedData, ScoredOutput};
use crate::data::import::{AmbiguousColumn, ImportError, ImportPlan, plan, read_files, validate};
use crate::data::mapping::MappingMemory;
use crate::data::progress::{Cancel, Progress};
use crate::data::raw::ReadLimits;
use crate::data::tables::Index;
use crate::i18n::{tr, trf};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

/// What a finished job hands back.
pub enum JobOutput {
    /// Files read and mapped, waiting for the user to check the mapping.
    Planned(ImportPlan),
    /// Data imported (with the plan that produced it).
    Imported(Box<LoadedData>, Box<ImportPlan>),
    /// A model, scoring or insight job finished.
    Model(ModelOutput),
}

/// Why a job did not finish, in words for the user.
pub struct JobFailure {
    pub message: String,
    /// The plan to keep showing (the user can fix the mapping and try again).
    pub plan: Option<Box<ImportPlan>>,
    /// Date columns the user must decide the order of.
    pub ambiguous: Vec<AmbiguousColumn>,
    /// The user cancelled it: a notice, not an error.
    pub cancelled: bool,
}

/// What a job reports.
pub enum JobEvent {
    Progress(Progress),
    Done(JobOutput),
    Failed(JobFailure),
}

/// The app's end of a job's channel.
pub struct JobHandle {
    receiver: Receiver<JobEvent>,
    disconnected: bool,
}

impl JobHandle {
    pub fn try_recv(&mut self) -> Option<JobEvent> {
        match self.receiver.try_recv() {
            Ok(event) => Some(event),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.disconnected = true;
                None
            }
        }
    }

    /// The job's thread ended without a last word (it panicked).
    pub fn is_disconnected(&self) -> bool {
        self.disconnected
    }
}

fn spawn(
    ctx: egui::Context,
    name: &str,
    work: impl FnOnce(&dyn Fn(Progress)) -> JobEvent + Send + 'static,
) -> JobHandle {
    let (sender, receiver): (Sender<JobEvent>, Receiver<JobEvent>) = channel();
    let thread_ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            let progress_sender = sender.clone();
            let progress_ctx = thread_ctx.clone();
            let progress = move |p: Progress| {
                let _ = progress_sender.send(JobEvent::Progress(p));
                progress_ctx.request_repaint();
            };
            let event = work(&progress);
            let _ = sender.send(event);
            thread_ctx.request_repaint();
        });
    ctx.request_repaint();
    JobHandle {
        receiver,
        disconnected: spawned.is_err(),
    }
}

fn failure(error: ImportError, plan: Option<ImportPlan>) -> JobFailure {
    let ambiguous = match &error {
        ImportError::AmbiguousDates { columns } => columns.clone(),
        _ => Vec::new(),
    };
    let cancelled = matches!(error, ImportError::Cancelled);
    let message = match error {
        ImportError::Cancelled => {
            tr("The import was cancelled; the data shown before is kept.").to_string()
        }
        other => format!("{other:#}"),
    };
    JobFailure {
        message,
        plan: plan.map(Box::new),
        ambiguous,
        cancelled,
    }
}

/// Reads files and decides their roles and mappings (remembered layouts first).
pub fn spawn_plan(
    ctx: egui::Context,
    files: Vec<PathBuf>,
    memory: MappingMemory,
    limits: ReadLimits,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "import-read", move |progress| {
        progress(Progress::new(tr("Reading files"), 0.1));
        match read_files(&files, None, limits) {
            Ok(tables) if cancel.is_cancelled() => {
                let _ = tables;
                JobEvent::Failed(failure(ImportError::Cancelled, None))
            }
            Ok(tables) => JobEvent::Done(JobOutput::Planned(plan(tables, None, Some(&memory)))),
            Err(error) => JobEvent::Failed(failure(error.into(), None)),
        }
    })
}

/// Validates a plan into tables and says how it went.
fn validated(
    plan: ImportPlan,
    is_sample: bool,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> JobEvent {
    match validate(&plan, progress, cancel) {
        Ok(imported) => {
            let files = plan.files.iter().map(|f| f.table.path.clone()).collect();
            JobEvent::Done(JobOutput::Imported(
                Box::new(LoadedData {
                    review: plan.summary(),
                    index: Index::build(&imported.tables),
                    imported,
                    files,
                    is_sample,
                }),
                Box::new(plan),
            ))
        }
        Err(error) => JobEvent::Failed(failure(error, Some(plan))),
    }
}

/// Validates a plan into tables.
pub fn spawn_validate(
    ctx: egui::Context,
    plan: ImportPlan,
    is_sample: bool,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "import", move |progress| {
        validated(plan, is_sample, progress, &cancel)
    })
}

/// Reads, plans (with the remembered mappings, if given) and validates in one go: the bundled
/// sample data, or the files imported last, at start-up.
pub fn spawn_import(
    ctx: egui::Context,
    files: Vec<PathBuf>,
    is_sample: bool,
    memory: Option<MappingMemory>,
    limits: ReadLimits,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "import", move |progress| {
        match read_files(&files, None, limits) {
            Ok(tables) => validated(
                plan(tables, None, memory.as_ref()),
                is_sample,
                progress,
                &cancel,
            ),
            Err(error) => JobEvent::Failed(failure(error.into(), None)),
        }
    })
}

// ---- Model, scoring and insight jobs -------------------------------------------------------

use super::resources::bundled_model_path;
use crate::insights::predict::{Scored, Settings, score_open};
use crate::insights::whatif::{Policy, Scenario, WhatIf, WhatIfError, what_if};
use crate::model::backtest::{Backtest, LookBack, backtest, look_back};
use crate::model::layout::LayoutChoice;
use crate::model::store::ModelStore;
use crate::model::train::{Comparison, TrainParams, train};
use crate::model::{Model, ModelError};
use std::sync::Arc;

/// The model the app starts with and where it came from.
pub struct ModelReady {
    pub model: Model,
    /// The field catalogue of the data for the model's buckets.
    pub catalogue: FieldCatalogue,
    /// How the model was obtained, for the user ("Trained on first run…").
    pub note: Option<String>,
    /// The published file could not be read and an earlier one is used.
    pub warning: Option<String>,
}

/// What the model, scoring and insight jobs hand back.
pub enum ModelOutput {
    Ready(Box<ModelReady>),
    /// No model could be trained on the data: its fields, and why.
    NoModel {
        catalogue: FieldCatalogue,
        message: String,
    },
    /// A candidate trained and saved in the store (not published).
    Trained {
        model: Box<Model>,
        comparison: Option<Comparison>,
        /// Why another bucket layout than the asked one was used.
        layout: Option<String>,
    },
    /// The predictions, and the field catalogue for the model's buckets (the one given to the
    /// job, or built by it when none fitted).
    Scored {
        output: Box<ScoredOutput>,
        catalogue: FieldCatalogue,
    },
    Backtested(Box<Backtest>),
    LookedBack(Box<LookBack>),
    WhatIf(Box<WhatIf>),
    Exported {
        path: PathBuf,
        rows: usize,
    },
}

/// `what` names the work as the subject of a sentence, already translated ("Training").
fn model_failure(error: ModelError, what: &str) -> JobEvent {
    let cancelled = matches!(error, ModelError::Cancelled);
    let message = match error {
        ModelError::Cancelled => trf(
            "{what} was cancelled; nothing was changed.",
            &[("what", &what)],
        ),
        other => trf(
            "{what} failed: {error}",
            &[("what", &what), ("error", &format!("{other:#}"))],
        ),
    };
    JobEvent::Failed(JobFailure {
        message,
        plan: None,
        ambiguous: Vec::new(),
        cancelled,
    })
}

fn done(output: ModelOutput) -> JobEvent {
    JobEvent::Done(JobOutput::Model(output))
}

/// Loads the published model; on first run stores the bundled model or trains one with the
/// default selection, and publishes it.
pub fn spawn_load_model(
    ctx: egui::Context,
    data: Arc<LoadedData>,
    store: ModelStore,
    params: TrainParams,
    choose_layout: bool,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "model-load", move |progress| {
        let tables = &data.imported.tables;
        progress(Progress::new(tr("Loading the published model"), 0.0));
        let (model, note, warning) = match store.load_published() {
            Ok((model, warning)) => (model, None, warning),
            Err(error) => {
                let warning = match error {
                    ModelError::NothingPublished => None,
                    other => Some(trf(
                        "{problem} A new model is trained on the current data instead.",
                        &[("problem", &format!("{other:#}"))],
                    )),
                };
                // The bundled model was trained on the sample data; other data gets its own.
                let bundled = data
                    .is_sample
                    .then(bundled_model_path)
                    .flatten()
                    .and_then(|path| {
                        std::fs::read_to_string(&path)
                            .ok()
                            .and_then(|text| crate::model::store::parse_model(&path, &text).ok())
                    });
                let (mut model, note) = match bundled {
                    Some(model) => (model, tr("The bundled sample model is in use.").to_string()),
                    None => {
                        // The first model on new data uses the bucket layout the data
                        // supports, so rare very late invoices never stop it.
                        let (params, layout) = with_layout(tables, params, choose_layout);
                        let run = match train(tables, &params, None, None, progress, &cancel) {
                            Ok(run) => run,
                            Err(ModelError::Cancelled) => {
                                return model_failure(
                                    ModelError::Cancelled,
                                    tr("Training the first model"),
                                );
                            }
                            // The fields and the layout are still shown, so the user can
                            // choose others and train from the Fields screen.
                            Err(e) => {
                                return done(ModelOutput::NoModel {
                                    catalogue: FieldCatalogue::build(tables, params.buckets),
                                    message: trf(
                                        "Training the first model failed: {error} Choose the layout and the fields on the Fields screen and train again.",
                                        &[("error", &format!("{e:#}"))],
                                    ),
                                });
                            }
                        };
                        let note = tr(
                            "No model was published yet: one was trained on this data with the default fields and published.",
                        );
                        (
                            run.model,
                            match layout {
                                Some(layout) => format!("{note} {}", layout.describe()),
                                None => note.to_string(),
                            },
                        )
                    }
                };
                let saved = store
                    .save(&mut model)
                    .and_then(|version| store.publish(version));
                if let Err(e) = saved {
                    return model_failure(e, tr("Saving the first model"));
                }
                (model, Some(note), warning)
            }
        };
        progress(Progress::new(tr("Listing the fields"), 0.95));
        let catalogue = FieldCatalogue::build(tables, model.buckets);
        done(ModelOutput::Ready(Box::new(ModelReady {
            model,
            catalogue,
            note,
            warning,
        })))
    })
}

/// `params` with the bucket layout the data supports (when `choose` is set, else as they are),
/// and the choice when it differs from the one asked for.
fn with_layout(
    tables: &crate::data::tables::Tables,
    params: TrainParams,
    choose: bool,
) -> (TrainParams, Option<LayoutChoice>) {
    if !choose {
        return (params, None);
    }
    let layout = crate::model::layout::choose(tables, params.buckets);
    let params = TrainParams {
        buckets: layout.buckets,
        ..params
    };
    (params, layout.changed().then_some(layout))
}

/// Trains a candidate, compares it with the published model and saves it (unpublished). With
/// `choose_layout`, the bucket layout is the one the data supports, starting from the asked.
pub fn spawn_train(
    ctx: egui::Context,
    data: Arc<LoadedData>,
    store: ModelStore,
    params: TrainParams,
    choose_layout: bool,
    published: Option<Arc<Model>>,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "train", move |progress| {
        let tables = &data.imported.tables;
        let (params, layout) = with_layout(tables, params, choose_layout);
        match train(
            tables,
            &params,
            published.as_deref(),
            None,
            progress,
            &cancel,
        ) {
            Ok(run) => {
                let mut model = run.model;
                if let Err(e) = store.save(&mut model) {
                    return model_failure(e, tr("Saving the trained model"));
                }
                done(ModelOutput::Trained {
                    model: Box::new(model),
                    comparison: run.published,
                    layout: layout.map(|l| l.describe()),
                })
            }
            Err(e) => model_failure(e, tr("Training")),
        }
    })
}

/// Scores every open invoice and sums the portfolio, worklist and cash forecast; builds the
/// field catalogue for the model's buckets when `catalogue` is not it.
pub fn spawn_score(
    ctx: egui::Context,
    data: Arc<LoadedData>,
    model: Arc<Model>,
    settings: Settings,
    policies: Vec<Policy>,
    catalogue: Option<FieldCatalogue>,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "score", move |progress| {
        let tables = &data.imported.tables;
        match score_open(&model, tables, &settings, &policies, progress, &cancel) {
            Ok(scored) => {
                progress(Progress::new(tr("Summing the portfolio"), 0.98));
                let catalogue = match catalogue {
                    Some(c) if c.fits(&model.buckets) => c,
                    _ => FieldCatalogue::build(tables, model.buckets),
                };
                done(ModelOutput::Scored {
                    output: Box::new(ScoredOutput::new(tables, &model, scored)),
                    catalogue,
                })
            }
            Err(e) => model_failure(e, tr("Scoring the open invoices")),
        }
    })
}

/// Trains and scores month by month over the last `months` months.
pub fn spawn_backtest(
    ctx: egui::Context,
    data: Arc<LoadedData>,
    params: TrainParams,
    months: u32,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "backtest", move |progress| {
        match backtest(&data.imported.tables, &params, months, progress, &cancel) {
            Ok(result) => done(ModelOutput::Backtested(Box::new(result))),
            Err(e) => model_failure(e, tr("The backtest")),
        }
    })
}

/// Trains on what was known on `date` and predicts the invoices open then, with what happened.
pub fn spawn_look_back(
    ctx: egui::Context,
    data: Arc<LoadedData>,
    params: TrainParams,
    date: chrono::NaiveDate,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "look-back", move |progress| {
        match look_back(&data.imported.tables, &params, date, progress, &cancel) {
            Ok(result) => done(ModelOutput::LookedBack(Box::new(result))),
            Err(e) => model_failure(e, tr("The look-back")),
        }
    })
}

/// Runs a what-if scenario against the published model.
#[allow(clippy::too_many_arguments)]
pub fn spawn_what_if(
    ctx: egui::Context,
    data: Arc<LoadedData>,
    model: Arc<Model>,
    scenario: Scenario,
    settings: Settings,
    current: Option<Arc<Scored>>,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "what-if", move |progress| {
        let current = current.as_ref().map_or(&[][..], |s| &s.predictions[..]);
        match what_if(
            &model,
            &data.imported.tables,
            &scenario,
            &settings,
            current,
            progress,
            &cancel,
        ) {
            Ok(result) => done(ModelOutput::WhatIf(Box::new(result))),
            Err(WhatIfError::Model(e)) => model_failure(e, tr("The what-if")),
            Err(WhatIfError::Invalid(e)) => JobEvent::Failed(JobFailure {
                message: trf(
                    "{what} failed: {error}",
                    &[("what", &tr("The what-if")), ("error", &e)],
                ),
                plan: None,
                ambiguous: Vec::new(),
                cancelled: false,
            }),
        }
    })
}

/// Writes the predictions with their top factors to CSV or XLSX.
pub fn spawn_export(
    ctx: egui::Context,
    data: Arc<LoadedData>,
    model: Arc<Model>,
    scored: Arc<Scored>,
    path: PathBuf,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "export", move |progress| {
        progress(Progress::new(tr("Explaining every open invoice"), 0.1));
        let rows = match crate::insights::export::rows(&model, &data.imported.tables, &scored) {
            Ok(rows) => rows,
            Err(e) => return model_failure(e, tr("The export")),
        };
        if cancel.is_cancelled() {
            return model_failure(ModelError::Cancelled, tr("The export"));
        }
        progress(Progress::new(tr("Writing the file"), 0.8));
        match crate::insights::export::write(&rows, &path) {
            Ok(()) => done(ModelOutput::Exported {
                rows: rows.len(),
                path,
            }),
            Err(e) => JobEvent::Failed(JobFailure {
                message: trf(
                    "The predictions could not be written to {path} ({error}). Choose another folder or close the file if it is open in another program.",
                    &[("path", &path.display()), ("error", &e)],
                ),
                plan: None,
                ambiguous: Vec::new(),
                cancelled: false,
            }),
        }
    })
}
