//! What went wrong, typed until the edge: the domain's errors (import, model, what-if,
//! export) with the context the app adds (what it was doing, which file or folder), and the
//! app's own (a job already running, a thread that stopped). The window shows each error once,
//! in words, with what to do next ([`Errors`]).

use std::path::PathBuf;

use thiserror::Error;

use crate::data::import::ImportError;
use crate::i18n::{Message, tr, trf};
use crate::insights::export::ExportError;
use crate::insights::whatif::InvalidChange;
use crate::model::ModelError;

/// Everything the window can report as an error.
#[derive(Debug, Error)]
pub enum AppError {
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A model, scoring or insight job failed; `what` names the work as a sentence's subject
    /// ("Training").
    #[error("{}", trf("{what} failed: {error}", &[("what", &.what), ("error", &format!("{:#}", .source))]))]
    Failed { what: Message, source: ModelError },
    /// A change of a what-if or policy outside its allowed range.
    #[error("{}", trf("{what} failed: {error}", &[("what", &.what), ("error", &.source)]))]
    Invalid {
        what: Message,
        source: InvalidChange,
    },
    /// The user cancelled the work: a notice, not an error.
    #[error("{}", trf("{what} was cancelled; nothing was changed.", &[("what", &.what)]))]
    Cancelled { what: Message },
    /// A model store operation (open, publish, roll back, list) failed.
    #[error("{}", format!("{:#}", .0))]
    Store(ModelError),
    #[error("{}", trf("The predictions could not be written to {path} ({error}). Choose another folder or close the file if it is open in another program.", &[("path", &.path.display()), ("error", &.source)]))]
    Export { path: PathBuf, source: ExportError },
    /// A settings, policies or mappings file could not be written.
    #[error("{}", trf("{what} could not be saved ({error}). Check that {folder} is writable.", &[("what", &.what), ("error", &.source), ("folder", &.folder.display())]))]
    Save {
        what: Message,
        folder: PathBuf,
        source: std::io::Error,
    },
    /// A second request of a kind of job that runs one at a time.
    #[error("{}", super::runner::busy_message(.running))]
    Busy { running: Message },
    #[error("{}", trf("\"{what}\" could not be started: {reason}. Close other programs and try again.", &[("what", &.what), ("reason", &.reason)]))]
    NoThread { what: Message, reason: String },
    /// A job's thread ended without a result (it panicked).
    #[error("{}", trf("\"{what}\" stopped unexpectedly. Try again; if it happens again, check the files.", &[("what", &.what)]))]
    JobStopped { what: Message },
    /// The platform's file manager could not show a folder.
    #[error("{0}")]
    Folder(Message),
    /// A message for the user (a damaged file found at the start, a model that could not be
    /// trained, a warning about the published model, a command that needs data first).
    #[error("{0}")]
    Told(Message),
}

impl AppError {
    /// The failure of `what` with a model error: cancelled or failed.
    pub fn model(what: Message, error: ModelError) -> AppError {
        match error {
            ModelError::Cancelled => AppError::Cancelled { what },
            source => AppError::Failed { what, source },
        }
    }

    /// The user cancelled it: shown as a notice, not as an error.
    pub fn is_cancelled(&self) -> bool {
        matches!(
            self,
            AppError::Cancelled { .. } | AppError::Import(ImportError::Cancelled)
        )
    }
}

/// The errors the window shows until the user dismisses them: each once, in the order they
/// happened, none overwritten by the next. They are kept as errors and put in words when shown,
/// so a change of language shows them in the new one.
#[derive(Debug, Default)]
pub struct Errors {
    shown: Vec<AppError>,
}

/// An error in words, in the language in use.
fn words(error: &AppError) -> String {
    match error {
        AppError::Import(ImportError::Cancelled) => {
            tr("The import was cancelled; the data shown before is kept.").to_string()
        }
        other => format!("{other:#}"),
    }
}

impl Errors {
    /// Adds `error` unless the same words are shown already.
    pub fn push(&mut self, error: AppError) {
        let text = words(&error);
        if !self.shown.iter().any(|e| words(e) == text) {
            self.shown.push(error);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    pub fn clear(&mut self) {
        self.shown.clear();
    }

    /// The errors, in words, oldest first.
    pub fn texts(&self) -> impl Iterator<Item = String> + '_ {
        self.shown.iter().map(words)
    }

    /// All of them in one text (tests and logs).
    pub fn text(&self) -> String {
        self.texts().collect::<Vec<_>>().join(" ")
    }

    /// The errors themselves, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &AppError> {
        self.shown.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_is_shown_once_and_not_overwritten() {
        let mut errors = Errors::default();
        let damaged = || AppError::Told(Message::verbatim("The policies file is damaged."));
        errors.push(damaged());
        errors.push(AppError::model(
            Message::new("Training"),
            ModelError::NothingPublished,
        ));
        errors.push(damaged());
        let texts: Vec<String> = errors.texts().collect();
        assert_eq!(texts.len(), 2);
        assert_eq!(texts[0], "The policies file is damaged.");
        assert!(texts[1].starts_with("Training failed: "), "{}", texts[1]);
        errors.clear();
        assert!(errors.is_empty());
    }

    #[test]
    fn a_cancelled_model_job_is_a_notice() {
        let cancelled = AppError::model(Message::new("Training"), ModelError::Cancelled);
        assert!(cancelled.is_cancelled());
        assert_eq!(
            cancelled.to_string(),
            "Training was cancelled; nothing was changed."
        );
    }
}
