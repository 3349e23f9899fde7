//! The model's life in the window: the published model loaded (or a first one trained) when
//! data arrives, candidates trained, open invoices scored, versions published and rolled back,
//! the backtest, look-back and what-if, and what the app does when one of those jobs ends.

use std::sync::Arc;

use super::jobs::{self, JobOutput, Published};
use super::{App, AppError, Candidate, JobKind, Screen, exported_notice};
use crate::i18n::Message;
use crate::insights::whatif::Scenario;
use crate::model::Model;

impl App {
    /// After data is loaded: the published model (or a first one), then scores.
    pub(super) fn start_load_model(&mut self) {
        let Some(analysis) = self.state.analysis.clone() else {
            return;
        };
        let models_dir = self.state.models_dir();
        let params = self.state.train_params(None);
        let choose_layout = !self.state.choice.layout_by_user;
        self.start(
            JobKind::Model,
            Message::new("Preparing the model"),
            move |progress, cancel| {
                jobs::load_model(
                    &analysis,
                    &models_dir,
                    params,
                    choose_layout,
                    progress,
                    cancel,
                )
            },
        );
    }

    pub(super) fn start_train(&mut self) {
        let Some(analysis) = self.state.analysis.clone() else {
            self.tell(Message::new("Import data before training a model."));
            return;
        };
        if let Some(refusal) = self.state.jobs.refusal(JobKind::Model) {
            self.tell(refusal);
            return;
        }
        self.state.errors.clear();
        let models_dir = self.state.models_dir();
        let params = self
            .state
            .train_params(Some(self.state.choice.selection.clone()));
        let choose_layout = !self.state.choice.layout_by_user;
        self.state.screen = Screen::Model;
        self.start(
            JobKind::Model,
            Message::new("Training"),
            move |progress, cancel| {
                jobs::train(
                    &analysis,
                    &models_dir,
                    params,
                    choose_layout,
                    progress,
                    cancel,
                )
            },
        );
    }

    /// Scores the open invoices again (a scoring already running is replaced: its inputs are
    /// out of date).
    pub(super) fn start_score(&mut self) {
        let Some(analysis) = self.state.analysis.clone() else {
            return;
        };
        let Some(model) = analysis.model.clone() else {
            return;
        };
        self.start(
            JobKind::Score,
            Message::new("Scoring open invoices"),
            move |progress, cancel| {
                let output = analysis
                    .score(progress, cancel)
                    .map_err(|e| AppError::model(Message::new("Scoring the open invoices"), e))?;
                Ok(JobOutput::Scored {
                    output: Box::new(output),
                    model,
                })
            },
        );
    }

    pub(super) fn publish(&mut self, version: u32) {
        let models_dir = self.state.models_dir();
        self.start(JobKind::Model, Message::new("Publishing"), move |_, _| {
            jobs::publish(&models_dir, Some(version))
        });
    }

    pub(super) fn rollback(&mut self) {
        let models_dir = self.state.models_dir();
        self.start(JobKind::Model, Message::new("Rolling back"), move |_, _| {
            jobs::publish(&models_dir, None)
        });
    }

    pub(super) fn run_backtest(&mut self) {
        let Some(analysis) = self.state.analysis.clone() else {
            return;
        };
        let params = self
            .state
            .train_params(Some(self.state.choice.selection.clone()));
        self.start(
            JobKind::Backtest,
            Message::new("Backtest (12 months)"),
            move |progress, cancel| {
                analysis
                    .backtest(&params, 12, progress, cancel)
                    .map(|b| JobOutput::Backtested(Box::new(b)))
                    .map_err(|e| AppError::model(Message::new("The backtest"), e))
            },
        );
    }

    pub(super) fn run_look_back(&mut self, date: chrono::NaiveDate) {
        let Some(analysis) = self.state.analysis.clone() else {
            return;
        };
        self.state.errors.clear();
        let selection = analysis
            .model
            .as_ref()
            .map(|m| m.selection.clone())
            .or_else(|| Some(self.state.choice.selection.clone()))
            .filter(|s| !s.is_empty());
        let params = self.state.train_params(selection);
        self.start(
            JobKind::LookBack,
            Message::new("Looking back"),
            move |progress, cancel| {
                analysis
                    .look_back(&params, date, progress, cancel)
                    .map(|l| JobOutput::LookedBack(Box::new(l)))
                    .map_err(|e| AppError::model(Message::new("The look-back"), e))
            },
        );
    }

    pub(super) fn run_what_if(&mut self, scenario: Scenario) {
        let Some(analysis) = self.state.analysis.clone().filter(|a| a.model.is_some()) else {
            self.tell(Message::new("There is no published model yet, so a what-if cannot be run. Train and publish a model on the Fields screen first."));
            return;
        };
        self.state.errors.clear();
        self.start(
            JobKind::WhatIf,
            Message::new("What-if"),
            move |progress, cancel| jobs::what_if(&analysis, &scenario, progress, cancel),
        );
    }

    pub(super) fn export_to(&mut self, path: std::path::PathBuf) {
        let Some(analysis) = self.state.analysis.clone() else {
            return;
        };
        if analysis.scored.is_none() {
            return;
        }
        self.start(
            JobKind::Export,
            Message::new("Exporting predictions"),
            move |progress, cancel| jobs::export(&analysis, path, progress, cancel),
        );
    }

    /// Makes `model` the one in use (its predictions are out of date until scored again) and
    /// lists the store's versions again.
    fn set_model(&mut self, model: Model) {
        self.state.choice.buckets = model.buckets;
        self.state.choice.selection = model.selection.clone();
        if let Some(analysis) = &mut self.state.analysis {
            analysis.model = Some(Arc::new(model));
        }
        self.refresh_versions();
    }

    /// Builds the field catalogue again in the language now in use (its names and descriptions
    /// are translated), without scoring again: the predictions do not depend on the language.
    pub(super) fn relabel(&mut self) {
        let Some(analysis) = self.state.analysis.clone() else {
            return;
        };
        let buckets = analysis
            .model
            .as_ref()
            .map_or(self.state.choice.buckets, |m| m.buckets);
        self.start(
            JobKind::Catalogue,
            Message::verbatim("catalogue"),
            move |_, _| {
                analysis.catalogue(buckets);
                Ok(JobOutput::Catalogued)
            },
        );
        self.refresh_versions();
    }

    /// Lists the store's versions in the background.
    pub(super) fn refresh_versions(&mut self) {
        let models_dir = self.state.models_dir();
        self.start(
            JobKind::Versions,
            Message::verbatim("versions"),
            move |_, _| jobs::versions(&models_dir),
        );
    }

    /// Acts on a finished model, scoring or insight job.
    pub(super) fn model_done(&mut self, output: JobOutput) {
        match output {
            JobOutput::ModelReady {
                model,
                note,
                warning,
            } => {
                self.state.model_note = note;
                if let Some(warning) = warning {
                    self.tell(warning);
                }
                self.set_model(*model);
                self.start_score();
            }
            JobOutput::NoModel { message } => {
                if let Some(catalogue) = self.state.catalogue() {
                    self.state.choice.selection = catalogue.catalogue.default_selection();
                }
                self.tell(message);
                self.state.screen = Screen::Fields;
            }
            JobOutput::Trained {
                model,
                comparison,
                layout,
            } => {
                self.state.candidate = Some(Candidate {
                    model: Arc::new(*model),
                    comparison,
                    layout_note: layout,
                });
                self.refresh_versions();
            }
            JobOutput::Published { model, how } => self.published(*model, how),
            JobOutput::Scored { output, model } => self.scored(*output, &model),
            JobOutput::Backtested(result) => self.state.backtest = Some(*result),
            JobOutput::LookedBack(result) => {
                self.state.look_back = Some(Arc::new(*result));
                self.state.screen = Screen::Predictions;
            }
            JobOutput::WhatIf(result) => self.state.what_if_result = Some(*result),
            JobOutput::Versions(rows) => self.state.versions = rows,
            JobOutput::Catalogued => {
                // The reasons of the open customer's prediction are told in the new language.
                if let Some(view) = &self.state.customer {
                    let (customer, invoice) = (view.customer, view.invoice);
                    self.open_customer(customer, invoice);
                }
            }
            JobOutput::Exported { path, rows } => {
                let folder = path.parent().map(std::path::Path::to_path_buf);
                if folder.is_some() && self.state.settings.last_export_dir != folder {
                    self.state.settings.last_export_dir = folder;
                    self.save_settings();
                }
                self.state.notice = Some(exported_notice(rows, &path));
            }
            JobOutput::Planned(_)
            | JobOutput::Imported(_)
            | JobOutput::ImportFailed { .. }
            | JobOutput::Rows(_)
            | JobOutput::Saved
            | JobOutput::Noted(_)
            | JobOutput::Strategies(_)
            | JobOutput::ChoiceExported { .. } => {}
        }
    }

    fn published(&mut self, model: Model, how: Published) {
        let version = model.version;
        match how {
            Published::Version(_) => {
                if self
                    .state
                    .candidate
                    .as_ref()
                    .is_some_and(|c| c.model.version == version)
                {
                    self.state.candidate = None;
                }
                // The note told how the model in use came to be; it is not this one.
                if self.state.model().is_none_or(|m| m.version != version) {
                    self.state.model_note = None;
                }
                self.state.notice = Some(
                    Message::new(
                        "Version {version} is published; the open invoices are scored with it.",
                    )
                    .arg("version", version),
                );
            }
            Published::RolledBack => {
                self.state.model_note = None;
                self.state.notice = Some(
                    Message::new(
                        "Rolled back to version {version}; the open invoices are scored with it.",
                    )
                    .arg("version", version),
                );
            }
        }
        self.set_model(model);
        self.start_score();
    }

    /// New predictions: shown (on the first scoring after the start), and the open customer
    /// assembled again with them.
    fn scored(&mut self, output: super::ScoredOutput, model: &Arc<Model>) {
        let Some(analysis) = &mut self.state.analysis else {
            return;
        };
        // Made with a model that is no longer in use: a newer scoring follows.
        if analysis
            .model
            .as_ref()
            .is_none_or(|m| !Arc::ptr_eq(m, model))
        {
            return;
        }
        analysis.scored = Some(Arc::new(output));
        if std::mem::take(&mut self.show_predictions_when_scored)
            && self.state.screen == Screen::Data
        {
            self.state.screen = Screen::Predictions;
        }
        self.state.scored_generation += 1;
        if let Some(view) = &self.state.customer {
            let (customer, invoice) = (view.customer, view.invoice);
            self.open_customer(customer, invoice);
        }
    }
}
