//! The job runner: the one place that starts threads. Each kind of job has one slot, and the
//! kind decides what a second request does while one runs ([`WhenBusy`]): replace it (the new
//! request supersedes the old, whose result is dropped), wait for it (the latest waiting
//! request runs next), or be refused with a message the user sees. A job reports its progress
//! and its result over a channel that the app drains once per frame, so the window never waits.

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::error::AppError;
use super::jobs::JobOutput;
use crate::data::progress::{Cancel, Progress};
use crate::i18n::Message;

/// The kinds of background work. Each has one slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JobKind {
    /// Reading, mapping or validating files.
    Import,
    /// Loading, training, publishing or rolling back a model.
    Model,
    /// Scoring the open invoices.
    Score,
    WhatIf,
    /// Comparing strategies.
    Strategies,
    Backtest,
    LookBack,
    Export,
    /// Filtering and sorting a long Predictions table.
    OrderRows,
    /// Listing the model versions in the store.
    Versions,
    /// Building the field catalogue again (its names are in the language in use).
    Catalogue,
    SaveSettings,
    SavePolicies,
    SaveStrategies,
    SaveMappings,
    /// Waiting for the file manager that shows a folder.
    Folder,
}

/// What a request does while a job of its kind runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhenBusy {
    /// The running job is cancelled and its result dropped: the new request supersedes it.
    Replace,
    /// The request waits and runs when the running job ends; a later request replaces it.
    Queue,
    /// The request is refused with a message.
    Refuse,
}

impl JobKind {
    /// The rule for a second request of this kind.
    pub fn when_busy(self) -> WhenBusy {
        match self {
            // New files, new scores, a new row order or listing make the running one moot.
            JobKind::Import
            | JobKind::Score
            | JobKind::OrderRows
            | JobKind::Versions
            | JobKind::Catalogue
            | JobKind::Folder => WhenBusy::Replace,
            // Every save writes the whole file: only the latest needs to be written, in order.
            JobKind::SaveSettings
            | JobKind::SavePolicies
            | JobKind::SaveStrategies
            | JobKind::SaveMappings => WhenBusy::Queue,
            // The user started these and waits for their result: a second one is refused.
            JobKind::Model
            | JobKind::WhatIf
            | JobKind::Strategies
            | JobKind::Backtest
            | JobKind::LookBack
            | JobKind::Export => WhenBusy::Refuse,
        }
    }

    /// Shown in the status bar with its progress and a Cancel button (the others are quick or
    /// have their own sign, as the table's "Sorting…").
    pub fn is_shown(self) -> bool {
        matches!(
            self,
            JobKind::Import
                | JobKind::Model
                | JobKind::Score
                | JobKind::WhatIf
                | JobKind::Strategies
                | JobKind::Backtest
                | JobKind::LookBack
                | JobKind::Export
        )
    }

    /// Works on the loaded data: stopped, and its result dropped, when other data is loaded.
    pub fn reads_data(self) -> bool {
        matches!(
            self,
            JobKind::Model
                | JobKind::Score
                | JobKind::WhatIf
                | JobKind::Strategies
                | JobKind::Backtest
                | JobKind::LookBack
                | JobKind::Export
                | JobKind::OrderRows
                | JobKind::Versions
                | JobKind::Catalogue
        )
    }

    fn thread_name(self) -> &'static str {
        match self {
            JobKind::Import => "import",
            JobKind::Model => "model",
            JobKind::Score => "score",
            JobKind::WhatIf => "what-if",
            JobKind::Strategies => "strategies",
            JobKind::Backtest => "backtest",
            JobKind::LookBack => "look-back",
            JobKind::Export => "export",
            JobKind::OrderRows => "order-rows",
            JobKind::Versions => "versions",
            JobKind::Catalogue => "catalogue",
            JobKind::SaveSettings => "save-settings",
            JobKind::SavePolicies => "save-policies",
            JobKind::SaveStrategies => "save-strategies",
            JobKind::SaveMappings => "save-mappings",
            JobKind::Folder => "open-folder",
        }
    }
}

/// What a job's work hands back.
pub type JobResult = Result<JobOutput, AppError>;

/// A job's work: runs on its own thread with a progress callback and a cancel token.
pub type Work = Box<dyn FnOnce(&dyn Fn(Progress), &Cancel) -> JobResult + Send>;

enum Event {
    Progress(Progress),
    Done(Box<JobResult>),
}

/// A running job, as the status bar shows it.
pub struct RunningJob {
    pub kind: JobKind,
    pub title: Message,
    pub progress: Progress,
    cancel: Cancel,
    receiver: Receiver<Event>,
}

/// A job that ended, with what it handed back.
pub struct Finished {
    pub kind: JobKind,
    pub title: Message,
    pub result: JobResult,
}

struct Waiting {
    kind: JobKind,
    title: Message,
    work: Work,
}

/// Starts every background thread of the window and keeps the rules of [`JobKind`].
#[derive(Default)]
pub struct Runner {
    /// Asked to draw a new frame when a job reports (none in unit tests).
    repaint: Option<egui::Context>,
    running: Vec<RunningJob>,
    waiting: VecDeque<Waiting>,
}

impl Runner {
    pub fn new(ctx: &egui::Context) -> Runner {
        Runner {
            repaint: Some(ctx.clone()),
            ..Runner::default()
        }
    }

    /// Starts `work` as a job of `kind` called `title` (shown to the user), or does what the
    /// kind's rule says when one already runs. A refusal says, in words, what runs.
    pub fn start(
        &mut self,
        kind: JobKind,
        title: Message,
        work: impl FnOnce(&dyn Fn(Progress), &Cancel) -> JobResult + Send + 'static,
    ) -> Result<(), AppError> {
        if let Some(running) = self.running.iter().find(|j| j.kind == kind) {
            match kind.when_busy() {
                WhenBusy::Refuse => {
                    return Err(AppError::Busy {
                        running: running.title.clone(),
                    });
                }
                WhenBusy::Queue => {
                    self.waiting.retain(|w| w.kind != kind);
                    self.waiting.push_back(Waiting {
                        kind,
                        title,
                        work: Box::new(work),
                    });
                    return Ok(());
                }
                WhenBusy::Replace => self.stop(kind),
            }
        }
        self.spawn(kind, title, Box::new(work))
    }

    /// Why a request of `kind` would be refused now (for a disabled button's tooltip).
    pub fn refusal(&self, kind: JobKind) -> Option<Message> {
        if kind.when_busy() != WhenBusy::Refuse {
            return None;
        }
        self.running
            .iter()
            .find(|j| j.kind == kind)
            .map(|j| busy_message(&j.title))
    }

    fn spawn(&mut self, kind: JobKind, title: Message, work: Work) -> Result<(), AppError> {
        let (sender, receiver) = channel();
        let cancel = Cancel::new();
        let thread_cancel = cancel.clone();
        let repaint = self.repaint.clone();
        // The one place a thread starts (clippy's disallowed-methods keeps it so).
        #[allow(clippy::disallowed_methods)]
        let spawned = std::thread::Builder::new()
            .name(kind.thread_name().to_string())
            .spawn(move || {
                let progress_sender = sender.clone();
                let progress_repaint = repaint.clone();
                let progress = move |p: Progress| {
                    let _ = progress_sender.send(Event::Progress(p));
                    if let Some(ctx) = &progress_repaint {
                        ctx.request_repaint();
                    }
                };
                let result = work(&progress, &thread_cancel);
                let _ = sender.send(Event::Done(Box::new(result)));
                if let Some(ctx) = &repaint {
                    ctx.request_repaint();
                }
            });
        if let Err(error) = spawned {
            return Err(AppError::NoThread {
                what: title,
                reason: error.to_string(),
            });
        }
        if let Some(ctx) = &self.repaint {
            ctx.request_repaint();
        }
        self.running.push(RunningJob {
            kind,
            title,
            progress: Progress::new(Message::new("Starting"), 0.0),
            cancel,
            receiver,
        });
        Ok(())
    }

    /// Asks the running job of `kind` to stop; it ends with its own "cancelled" result.
    pub fn cancel(&self, kind: JobKind) {
        for job in self.running.iter().filter(|j| j.kind == kind) {
            job.cancel.cancel();
        }
    }

    /// Cancels the job of `kind` and forgets it: its result, whenever it comes, is dropped.
    fn stop(&mut self, kind: JobKind) {
        self.cancel(kind);
        self.running.retain(|j| j.kind != kind);
        self.waiting.retain(|w| w.kind != kind);
    }

    /// Stops every job that works on the loaded data (other data was just loaded) and returns
    /// the titles of those the user was shown.
    pub fn stop_data_jobs(&mut self) -> Vec<Message> {
        let stopped: Vec<Message> = self
            .running
            .iter()
            .filter(|j| j.kind.reads_data() && j.kind.is_shown())
            .map(|j| j.title.clone())
            .collect();
        let kinds: Vec<JobKind> = self
            .running
            .iter()
            .map(|j| j.kind)
            .chain(self.waiting.iter().map(|w| w.kind))
            .filter(|k| k.reads_data())
            .collect();
        for kind in kinds {
            self.stop(kind);
        }
        stopped
    }

    /// Takes in what the jobs reported since the last frame; returns the jobs that ended and
    /// starts the waiting ones whose slot is free.
    pub fn poll(&mut self) -> Vec<Finished> {
        let mut finished = Vec::new();
        self.running.retain_mut(|job| {
            loop {
                match job.receiver.try_recv() {
                    Ok(Event::Progress(p)) => job.progress = p,
                    Ok(Event::Done(result)) => {
                        finished.push(Finished {
                            kind: job.kind,
                            title: job.title.clone(),
                            result: *result,
                        });
                        return false;
                    }
                    Err(TryRecvError::Empty) => return true,
                    // The thread ended without a last word: it panicked.
                    Err(TryRecvError::Disconnected) => {
                        finished.push(Finished {
                            kind: job.kind,
                            title: job.title.clone(),
                            result: Err(AppError::JobStopped {
                                what: job.title.clone(),
                            }),
                        });
                        return false;
                    }
                }
            }
        });
        let mut still_waiting = VecDeque::new();
        while let Some(waiting) = self.waiting.pop_front() {
            if self.is_running(waiting.kind) {
                still_waiting.push_back(waiting);
            } else if let Err(error) = self.spawn(waiting.kind, waiting.title.clone(), waiting.work)
            {
                finished.push(Finished {
                    kind: waiting.kind,
                    title: waiting.title,
                    result: Err(error),
                });
            }
        }
        self.waiting = still_waiting;
        finished
    }

    pub fn is_running(&self, kind: JobKind) -> bool {
        self.running.iter().any(|j| j.kind == kind)
    }

    /// Is any job running or waiting (the file manager's aside: it may stay open for long)?
    pub fn is_busy(&self) -> bool {
        self.running.iter().any(|j| j.kind != JobKind::Folder) || !self.waiting.is_empty()
    }

    /// The jobs the status bar shows, in the order they started.
    pub fn shown(&self) -> impl Iterator<Item = &RunningJob> {
        self.running.iter().filter(|j| j.kind.is_shown())
    }
}

/// "Training is running. Wait until it is done, or cancel it." for a running job's title.
pub fn busy_message(title: &Message) -> Message {
    Message::new("\"{job}\" is still running. Wait until it is done, or cancel it.")
        .arg("job", title.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::jobs::JobOutput;
    use std::sync::mpsc::sync_channel;
    use std::time::{Duration, Instant};

    /// Polls until `n` jobs have finished (or two seconds pass).
    fn finish(runner: &mut Runner, n: usize) -> Vec<Finished> {
        let started = Instant::now();
        let mut done = Vec::new();
        while done.len() < n && started.elapsed() < Duration::from_secs(2) {
            done.extend(runner.poll());
            std::thread::sleep(Duration::from_millis(2));
        }
        done
    }

    /// A job that waits until `gate` lets it go (or it is cancelled), then says `text`.
    fn gated(
        gate: Receiver<()>,
        text: &'static str,
    ) -> impl FnOnce(&dyn Fn(Progress), &Cancel) -> JobResult + Send + 'static {
        move |_, cancel| {
            while gate.recv_timeout(Duration::from_millis(5)).is_err() {
                if cancel.is_cancelled() {
                    return Err(AppError::Cancelled { what: title(text) });
                }
            }
            Ok(JobOutput::Noted(title(text)))
        }
    }

    fn noted(finished: &Finished) -> String {
        match &finished.result {
            Ok(JobOutput::Noted(text)) => text.to_string(),
            _ => String::new(),
        }
    }

    fn title(text: &'static str) -> Message {
        Message::verbatim(text)
    }

    #[test]
    fn a_second_training_is_refused_with_the_running_job_named() {
        let mut runner = Runner::default();
        let (go, gate) = sync_channel(1);
        runner
            .start(JobKind::Model, title("Training"), gated(gate, "first"))
            .unwrap();
        let refused = runner.start(JobKind::Model, title("Training"), |_, _| {
            Ok(JobOutput::Noted(title("second")))
        });
        assert!(matches!(refused, Err(AppError::Busy { ref running }) if *running == "Training"));
        assert!(runner.refusal(JobKind::Model).is_some());
        // Another kind runs beside it.
        runner
            .start(JobKind::WhatIf, title("What-if"), |_, _| {
                Ok(JobOutput::Noted(title("what-if")))
            })
            .unwrap();
        go.send(()).unwrap();
        let mut texts: Vec<String> = finish(&mut runner, 2).iter().map(noted).collect();
        texts.sort();
        assert_eq!(texts, ["first", "what-if"]);
        assert!(!runner.is_busy());
    }

    #[test]
    fn a_new_scoring_replaces_the_running_one_whose_result_is_dropped() {
        let mut runner = Runner::default();
        let (go_first, gate_first) = sync_channel(1);
        runner
            .start(JobKind::Score, title("Scoring"), gated(gate_first, "old"))
            .unwrap();
        runner
            .start(JobKind::Score, title("Scoring"), |_, _| {
                Ok(JobOutput::Noted(title("new")))
            })
            .unwrap();
        let _ = go_first.send(());
        let done = finish(&mut runner, 1);
        assert_eq!(done.len(), 1);
        assert_eq!(noted(&done[0]), "new");
        // Nothing else arrives: the replaced job's result had nowhere to go.
        std::thread::sleep(Duration::from_millis(30));
        assert!(runner.poll().is_empty());
    }

    #[test]
    fn saves_wait_in_order_and_only_the_latest_waiting_one_runs() {
        let mut runner = Runner::default();
        let (go, gate) = sync_channel(1);
        runner
            .start(JobKind::SaveSettings, title("save"), gated(gate, "first"))
            .unwrap();
        for text in ["second", "third"] {
            runner
                .start(JobKind::SaveSettings, title("save"), move |_, _| {
                    Ok(JobOutput::Noted(title(text)))
                })
                .unwrap();
        }
        assert!(runner.is_busy());
        go.send(()).unwrap();
        let done = finish(&mut runner, 2);
        let texts: Vec<String> = done.iter().map(noted).collect();
        assert_eq!(texts, ["first", "third"]);
    }

    #[test]
    fn new_data_stops_the_jobs_on_the_old_and_names_the_visible_ones() {
        let mut runner = Runner::default();
        let (_keep_training, training_gate) = sync_channel(1);
        let (_keep_sorting, sorting_gate) = sync_channel(1);
        runner
            .start(JobKind::Model, title("Training"), gated(training_gate, "t"))
            .unwrap();
        runner
            .start(
                JobKind::OrderRows,
                title("Sorting"),
                gated(sorting_gate, "s"),
            )
            .unwrap();
        runner
            .start(JobKind::SaveSettings, title("save"), |_, _| {
                Ok(JobOutput::Noted(title("saved")))
            })
            .unwrap();
        let stopped: Vec<String> = runner
            .stop_data_jobs()
            .iter()
            .map(Message::to_string)
            .collect();
        assert_eq!(stopped, ["Training"]);
        assert!(!runner.is_running(JobKind::Model));
        assert!(!runner.is_running(JobKind::OrderRows));
        let done = finish(&mut runner, 1);
        assert_eq!(done.iter().map(noted).collect::<Vec<_>>(), ["saved"]);
    }

    #[test]
    fn a_job_that_panics_is_reported_not_lost() {
        let mut runner = Runner::default();
        runner
            .start(JobKind::Export, title("Exporting predictions"), |_, _| {
                panic!("boom")
            })
            .unwrap();
        let done = finish(&mut runner, 1);
        assert!(matches!(
            done.first().map(|f| &f.result),
            Some(Err(AppError::JobStopped { .. }))
        ));
    }
}
