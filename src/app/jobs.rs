//! The work of the background jobs, as plain functions the runner runs on its threads: reading
//! and validating files, and the model, scoring and insight work of the [`Analysis`]. Each
//! returns a [`JobOutput`] or the error to show; none knows about threads or the window.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::error::AppError;
use super::resources::bundled_model_path;
use super::{LoadedData, RowOrder, ScoredOutput, VersionRow, storage};
use crate::analysis::{Analysis, FirstModel, FirstModelError, load_or_train_published};
use crate::data::import::{ImportError, ImportPlan, plan, read_files, validate};
use crate::data::mapping::MappingMemory;
use crate::data::progress::{Cancel, Progress};
use crate::data::raw::ReadLimits;
use crate::i18n::{Message, trf};
use crate::insights::query::RowQuery;
use crate::insights::strategy::{
    self, Comparison as StrategyComparison, Selection, Strategy, StrategyError, StrategyScope,
};
use crate::insights::whatif::{Scenario, WhatIf, WhatIfError};
use crate::model::backtest::{Backtest, LookBack};
use crate::model::store::ModelStore;
use crate::model::train::{Comparison, TrainParams};
use crate::model::{Model, ModelError};

/// Data imported, with the plan that produced it and the model folder of the data set.
pub struct Imported {
    pub data: Box<LoadedData>,
    pub plan: Box<ImportPlan>,
    pub models_dir: PathBuf,
}

/// How a model came to be published.
pub enum Published {
    Version(u32),
    RolledBack,
}

/// What a finished job hands back.
pub enum JobOutput {
    /// Files read and mapped, waiting for the user to check the mapping.
    Planned(ImportPlan),
    Imported(Box<Imported>),
    /// The import did not finish; the plan (if any) stays for the user to correct.
    ImportFailed {
        error: ImportError,
        plan: Option<Box<ImportPlan>>,
    },
    /// The model the data starts with, and how it was obtained.
    ModelReady {
        model: Box<Model>,
        note: Option<crate::analysis::ModelNote>,
        warning: Option<Message>,
    },
    /// No model could be trained on the data: why.
    NoModel {
        message: Message,
    },
    /// A candidate trained and saved in the store (not published).
    Trained {
        model: Box<Model>,
        comparison: Option<Comparison>,
        /// Why another bucket layout than the asked one was used.
        layout: Option<crate::model::layout::LayoutChoice>,
    },
    /// A stored version is published now.
    Published {
        model: Box<Model>,
        how: Published,
    },
    /// The predictions with the model they were made with.
    Scored {
        output: Box<ScoredOutput>,
        model: Arc<Model>,
    },
    Backtested(Box<Backtest>),
    LookedBack(Box<LookBack>),
    WhatIf(Box<WhatIf>),
    /// Strategies compared on a scope.
    Strategies(Box<StrategyComparison>),
    /// The per-customer choice of strategies was written.
    ChoiceExported {
        path: PathBuf,
        rows: usize,
    },
    Exported {
        path: PathBuf,
        rows: usize,
    },
    /// The Predictions table's row order for a query.
    Rows(RowOrder),
    /// The store's versions, newest first.
    Versions(Vec<VersionRow>),
    /// The field catalogue is built in the language in use.
    Catalogued,
    /// A file was written.
    Saved,
    /// Something to tell the user, done.
    Noted(Message),
}

/// The model store of the data set in `models_dir` (made when missing).
fn open_store(models_dir: &Path) -> Result<ModelStore, AppError> {
    // A file in the folder's place is told in words, and a killed run's temporary files are
    // cleared, before the store is opened.
    crate::data::atomic::open_folder(models_dir).map_err(|e| AppError::Told(e.message()))?;
    ModelStore::open(models_dir).map_err(AppError::Store)
}

/// Reads files and decides their roles and mappings (remembered layouts first).
pub fn plan_files(
    files: &[PathBuf],
    memory: &MappingMemory,
    limits: ReadLimits,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> JobOutput {
    progress(Progress::new(Message::new("Reading files"), 0.1));
    match read_files(files, None, limits) {
        Ok(_) if cancel.is_cancelled() => JobOutput::ImportFailed {
            error: ImportError::Cancelled,
            plan: None,
        },
        Ok(tables) => JobOutput::Planned(plan(tables, None, Some(memory))),
        Err(error) => JobOutput::ImportFailed {
            error: error.into(),
            plan: None,
        },
    }
}

/// Validates a plan into tables, with the model folder of the data set under `base`.
pub fn validated(
    plan: ImportPlan,
    is_sample: bool,
    base: &Path,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> JobOutput {
    match validate(&plan, progress, cancel) {
        Ok(imported) => {
            // Each file once: the sheets of one workbook are tables of their own.
            let mut files: Vec<PathBuf> = Vec::new();
            for file in &plan.files {
                if !files.contains(&file.table.path) {
                    files.push(file.table.path.clone());
                }
            }
            // Naming the folder resolves the files' paths on disk: done here, not on the
            // window's thread.
            let models_dir = storage::models_dir(base, &files, is_sample);
            JobOutput::Imported(Box::new(Imported {
                data: Box::new(LoadedData::new(imported, plan.summary(), files, is_sample)),
                plan: Box::new(plan),
                models_dir,
            }))
        }
        Err(error) => JobOutput::ImportFailed {
            error,
            plan: Some(Box::new(plan)),
        },
    }
}

/// Reads, plans (with the remembered mappings, if given) and validates in one go: the bundled
/// sample data, or the files imported last, at start-up.
pub fn import(
    files: &[PathBuf],
    is_sample: bool,
    memory: Option<&MappingMemory>,
    limits: ReadLimits,
    base: &Path,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> JobOutput {
    match read_files(files, None, limits) {
        Ok(tables) => validated(
            plan(tables, None, memory),
            is_sample,
            base,
            progress,
            cancel,
        ),
        Err(error) => JobOutput::ImportFailed {
            error: error.into(),
            plan: None,
        },
    }
}

/// The published model of the data's store (or a first one), with the field catalogue for its
/// buckets built for the analysis.
pub fn load_model(
    analysis: &Analysis,
    models_dir: &Path,
    params: TrainParams,
    choose_layout: bool,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<JobOutput, AppError> {
    let store = open_store(models_dir)?;
    let bundled = bundled_model_path();
    let first = load_or_train_published(
        analysis,
        &store,
        params,
        choose_layout,
        bundled.as_deref(),
        progress,
        cancel,
    );
    match first {
        Ok(FirstModel::Ready {
            model,
            note,
            warning,
        }) => {
            progress(Progress::new(Message::new("Listing the fields"), 0.95));
            analysis.catalogue(model.buckets);
            Ok(JobOutput::ModelReady {
                model,
                note,
                warning,
            })
        }
        Ok(FirstModel::NoModel { message }) => Ok(JobOutput::NoModel { message }),
        Err(FirstModelError::Cancelled) => Err(AppError::model(
            Message::new("Training the first model"),
            ModelError::Cancelled,
        )),
        Err(FirstModelError::Saving(e)) => {
            Err(AppError::model(Message::new("Saving the first model"), e))
        }
    }
}

/// Trains a candidate, compares it with the published model and saves it (unpublished).
pub fn train(
    analysis: &Analysis,
    models_dir: &Path,
    params: TrainParams,
    choose_layout: bool,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<JobOutput, AppError> {
    let store = open_store(models_dir)?;
    let candidate = analysis
        .train(params, choose_layout, progress, cancel)
        .map_err(|e| AppError::model(Message::new("Training"), e))?;
    let mut model = candidate.run.model;
    store
        .save(&mut model)
        .map_err(|e| AppError::model(Message::new("Saving the trained model"), e))?;
    Ok(JobOutput::Trained {
        model: Box::new(model),
        comparison: candidate.run.published,
        layout: candidate.layout,
    })
}

/// Publishes `version` (or rolls back when `None`) and loads the model now published.
pub fn publish(models_dir: &Path, version: Option<u32>) -> Result<JobOutput, AppError> {
    let store = open_store(models_dir)?;
    let (version, how) = match version {
        Some(version) => {
            store.publish(version).map_err(AppError::Store)?;
            (version, Published::Version(version))
        }
        None => (
            store.rollback().map_err(AppError::Store)?,
            Published::RolledBack,
        ),
    };
    let model = store.load(version).map_err(AppError::Store)?;
    Ok(JobOutput::Published {
        model: Box::new(model),
        how,
    })
}

/// The store's versions with a one-line summary each, newest first.
pub fn versions(models_dir: &Path) -> Result<JobOutput, AppError> {
    let store = open_store(models_dir)?;
    let rows = store
        .list()
        .into_iter()
        .map(|entry| {
            let (trained_at, summary) = match &entry.model {
                Ok(m) => (
                    m.trained_at.clone(),
                    trf(
                        "Grade {grade}, accuracy {accuracy}, log loss {log_loss}, {fields} fields",
                        &[
                            ("grade", &m.evaluation.grade.letter()),
                            (
                                "accuracy",
                                &crate::data::format::percent(m.evaluation.accuracy),
                            ),
                            (
                                "log_loss",
                                &crate::data::format::decimal(m.evaluation.log_loss, 3),
                            ),
                            ("fields", &m.selection.len()),
                        ],
                    ),
                ),
                Err(problem) => (String::new(), problem.clone()),
            };
            VersionRow {
                selection: entry
                    .model
                    .as_ref()
                    .map(|m| m.selection.clone())
                    .unwrap_or_default(),
                version: entry.version,
                status: entry.status,
                trained_at,
                summary,
            }
        })
        .collect();
    Ok(JobOutput::Versions(rows))
}

/// Runs a what-if scenario against the analysis' model.
pub fn what_if(
    analysis: &Analysis,
    scenario: &Scenario,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<JobOutput, AppError> {
    match analysis.what_if(scenario, progress, cancel) {
        Ok(result) => Ok(JobOutput::WhatIf(Box::new(result))),
        Err(WhatIfError::Model(e)) => Err(AppError::model(Message::new("The what-if"), e)),
        Err(WhatIfError::Invalid(source)) => Err(AppError::Invalid {
            what: Message::new("The what-if"),
            source,
        }),
    }
}

/// Compares strategies on a scope with the analysis' model.
pub fn strategies(
    analysis: &Analysis,
    scope: &StrategyScope,
    strategies: &[Strategy],
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<JobOutput, AppError> {
    match analysis.strategies(scope, strategies, progress, cancel) {
        Ok(result) => Ok(JobOutput::Strategies(Box::new(result))),
        Err(StrategyError::Model(e)) => Err(AppError::model(Message::new("The strategies"), e)),
        Err(e @ StrategyError::Invalid { .. }) => Err(AppError::Told(Message::shown(e))),
    }
}

/// Writes the per-customer choice of strategies (with the holdout) to CSV or XLSX.
pub fn export_choice(
    analysis: &Analysis,
    comparison: &StrategyComparison,
    selection: &Selection,
    path: PathBuf,
) -> Result<JobOutput, AppError> {
    match strategy::choose::export_choice(comparison, selection, analysis.tables(), &path) {
        Ok(rows) => Ok(JobOutput::ChoiceExported { path, rows }),
        Err(crate::insights::export::ExportError::Model(e)) => {
            Err(AppError::model(Message::new("The export"), e))
        }
        Err(source) => Err(AppError::Export { path, source }),
    }
}

/// Writes the predictions with their top factors to CSV or XLSX.
pub fn export(
    analysis: &Analysis,
    path: PathBuf,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<JobOutput, AppError> {
    match analysis.export(&path, progress, cancel) {
        Ok(rows) => Ok(JobOutput::Exported { path, rows }),
        Err(crate::insights::export::ExportError::Model(e)) => {
            Err(AppError::model(Message::new("The export"), e))
        }
        Err(source) => Err(AppError::Export { path, source }),
    }
}

/// The Predictions table's rows for `query` on the analysis' predictions.
pub fn order_rows(analysis: &Analysis, generation: u64, query: RowQuery) -> JobOutput {
    let rows: Arc<[u32]> = match &analysis.scored {
        Some(scored) => query
            .rows(&scored.scored.predictions, analysis.tables())
            .into(),
        None => Arc::from([]),
    };
    JobOutput::Rows(RowOrder {
        generation,
        query,
        rows,
    })
}
