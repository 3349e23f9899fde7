//! Background jobs: long work runs on a named thread and reports over a channel; the app
//! drains the channel once per frame, so the window never waits.

use super::LoadedData;
use crate::data::import::{ImportError, import_files};
use crate::data::progress::{Cancel, Progress};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What a job reports.
pub enum JobEvent {
    Progress(Progress),
    Done(Box<LoadedData>),
    /// The error in words for the user.
    Failed(String),
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

/// Imports files on a background thread.
pub fn spawn_import(
    ctx: egui::Context,
    files: Vec<PathBuf>,
    is_sample: bool,
    cancel: Cancel,
) -> JobHandle {
    let (sender, receiver) = channel();
    let thread_ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("import".to_string())
        .spawn(move || {
            let progress_sender = sender.clone();
            let progress_ctx = thread_ctx.clone();
            let progress = move |p: Progress| {
                let _ = progress_sender.send(JobEvent::Progress(p));
                progress_ctx.request_repaint();
            };
            let event = match import_files(&files, None, None, &progress, &cancel) {
                Ok((_, imported)) => JobEvent::Done(Box::new(LoadedData {
                    imported,
                    files,
                    is_sample,
                })),
                Err(ImportError::Cancelled) => JobEvent::Failed(
                    "The import was cancelled; the data shown before is kept.".to_string(),
                ),
                Err(error) => JobEvent::Failed(format!("{error:#}")),
            };
            let _ = sender.send(event);
            thread_ctx.request_repaint();
        });
    let mut handle = JobHandle {
        receiver,
        disconnected: false,
    };
    if spawned.is_err() {
        handle.disconnected = true;
    }
    ctx.request_repaint();
    handle
}
