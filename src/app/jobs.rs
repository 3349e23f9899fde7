//! Background jobs: long work runs on a named thread and reports over a channel; the app
//! drains the channel once per frame, so the window never waits.

use super::LoadedData;
use crate::data::import::{AmbiguousColumn, ImportError, ImportPlan, plan, read_files, validate};
use crate::data::mapping::MappingMemory;
use crate::data::progress::{Cancel, Progress};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

/// What a finished job hands back.
pub enum JobOutput {
    /// Files read and mapped, waiting for the user to check the mapping.
    Planned(ImportPlan),
    /// Data imported (with the plan that produced it).
    Imported(Box<LoadedData>, Box<ImportPlan>),
}

/// Why a job did not finish, in words for the user.
pub struct JobFailure {
    pub message: String,
    /// The plan to keep showing (the user can fix the mapping and try again).
    pub plan: Option<Box<ImportPlan>>,
    /// Date columns the user must decide the order of.
    pub ambiguous: Vec<AmbiguousColumn>,
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
    let message = match error {
        ImportError::Cancelled => {
            "The import was cancelled; the data shown before is kept.".to_string()
        }
        other => format!("{other:#}"),
    };
    JobFailure {
        message,
        plan: plan.map(Box::new),
        ambiguous,
    }
}

/// Reads files and decides their roles and mappings (remembered layouts first).
pub fn spawn_plan(
    ctx: egui::Context,
    files: Vec<PathBuf>,
    memory: MappingMemory,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "import-read", move |progress| {
        progress(Progress::new("Reading files", 0.1));
        match read_files(&files, None) {
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

/// Reads, plans and validates in one go (the bundled sample data at start-up).
pub fn spawn_import(
    ctx: egui::Context,
    files: Vec<PathBuf>,
    is_sample: bool,
    cancel: Cancel,
) -> JobHandle {
    spawn(ctx, "import", move |progress| {
        match read_files(&files, None) {
            Ok(tables) => validated(plan(tables, None, None), is_sample, progress, &cancel),
            Err(error) => JobEvent::Failed(failure(error.into(), None)),
        }
    })
}
