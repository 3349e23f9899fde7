//! Progress reporting and cancellation for long domain work (import, features, training).
//! Domain functions take `&dyn Fn(Progress)` and a [`Cancel`]; the app runs them on a
//! background thread and shows the progress.

use std::sync::Arc;

use crate::i18n::Message;
use std::sync::atomic::{AtomicBool, Ordering};

/// How far a long job is.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// What is being done ("Checking invoices.csv"), put into words when shown.
    pub stage: Message,
    /// 0..=1.
    pub fraction: f32,
}

impl Progress {
    pub fn new(stage: Message, fraction: f32) -> Progress {
        Progress {
            stage,
            fraction: fraction.clamp(0.0, 1.0),
        }
    }
}

/// A flag the user sets to stop a job; the job checks it between steps.
#[derive(Clone, Debug, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn new() -> Cancel {
        Cancel::default()
    }

    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// A progress callback that ignores progress (tests, the CLI's quiet mode).
pub fn no_progress(_: Progress) {}
