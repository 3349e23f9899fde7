//! The model's life in the window: the published model loaded (or a first one trained) when
//! data arrives, candidates trained, open invoices scored, versions published and rolled back,
//! and what the app does when one of those jobs finishes.

use super::jobs::{self, ModelOutput};
use super::{Candidate, PaymentInsightsApp, Screen, VersionRow};
use crate::i18n::{tr, trf};
use crate::model::Model;
use crate::ui;
use std::sync::Arc;

impl PaymentInsightsApp {
    /// After data is loaded: the published model (or a first one), then scores.
    pub(super) fn start_load_model(&mut self, ctx: &egui::Context) {
        let Some(data) = self.state.data.clone() else {
            return;
        };
        let store = match self.state.store() {
            Ok(store) => store,
            Err(error) => {
                self.state.error = Some(format!("{error:#}"));
                return;
            }
        };
        let params = self.state.train_params(None);
        let choose_layout = !self.state.fields.layout_by_user;
        let ctx = ctx.clone();
        self.start_job(tr("Preparing the model"), move |cancel| {
            jobs::spawn_load_model(ctx, data, store, params, choose_layout, cancel)
        });
    }

    pub(super) fn start_train(&mut self, ctx: &egui::Context) {
        let Some(data) = self.state.data.clone() else {
            self.state.error = Some(tr("Import data before training a model.").to_string());
            return;
        };
        let store = match self.state.store() {
            Ok(store) => store,
            Err(error) => {
                self.state.error = Some(format!("{error:#}"));
                return;
            }
        };
        self.state.error = None;
        let params = self
            .state
            .train_params(Some(self.state.fields.selection.clone()));
        let published = self.state.model.clone();
        let choose_layout = !self.state.fields.layout_by_user;
        self.state.screen = Screen::Model;
        let ctx = ctx.clone();
        self.start_job(tr("Training"), move |cancel| {
            jobs::spawn_train(ctx, data, store, params, choose_layout, published, cancel)
        });
    }

    pub(super) fn start_score(&mut self, ctx: &egui::Context) {
        let (Some(data), Some(model)) = (self.state.data.clone(), self.state.model.clone()) else {
            return;
        };
        let settings = self.state.settings.rates.clone();
        let policies = self.state.policies.clone();
        let catalogue = self
            .state
            .catalogue
            .clone()
            .filter(|c| c.fits(&model.buckets));
        let ctx = ctx.clone();
        self.start_job(tr("Scoring open invoices"), move |cancel| {
            jobs::spawn_score(ctx, data, model, settings, policies, catalogue, cancel)
        });
    }

    pub(super) fn publish(&mut self, ctx: &egui::Context, version: u32) {
        let result = self.state.store().and_then(|store| {
            store.publish(version)?;
            store.load(version)
        });
        match result {
            Ok(model) => {
                if self
                    .state
                    .candidate
                    .as_ref()
                    .is_some_and(|c| c.model.version == version)
                {
                    self.state.candidate = None;
                }
                // The note told how the model in use came to be; it is not this one.
                if self
                    .state
                    .model
                    .as_ref()
                    .is_none_or(|m| m.version != version)
                {
                    self.state.model_note = None;
                }
                self.set_model(model);
                self.state.notice = Some(trf(
                    "Version {version} is published; the open invoices are scored with it.",
                    &[("version", &version)],
                ));
                self.start_score(ctx);
            }
            Err(error) => self.state.error = Some(format!("{error:#}")),
        }
    }

    pub(super) fn rollback(&mut self, ctx: &egui::Context) {
        let result = self.state.store().and_then(|store| {
            let version = store.rollback()?;
            store.load(version)
        });
        match result {
            Ok(model) => {
                self.state.model_note = None;
                self.state.notice = Some(trf(
                    "Rolled back to version {version}; the open invoices are scored with it.",
                    &[("version", &model.version)],
                ));
                self.set_model(model);
                self.start_score(ctx);
            }
            Err(error) => self.state.error = Some(format!("{error:#}")),
        }
    }

    /// Makes `model` the one in use and lists the store's versions again.
    pub(super) fn set_model(&mut self, model: Model) {
        self.state.fields.buckets = model.buckets;
        self.state.fields.selection = model.selection.clone();
        self.state.model = Some(Arc::new(model));
        self.refresh_versions();
    }

    pub(super) fn refresh_versions(&mut self) {
        let Ok(store) = self.state.store() else {
            return;
        };
        self.state.versions = store
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
                                ("accuracy", &ui::widgets::percent(m.evaluation.accuracy)),
                                ("log_loss", &format!("{:.3}", m.evaluation.log_loss)),
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
    }

    /// Acts on a finished model, scoring or insight job.
    pub(super) fn model_done(&mut self, ctx: &egui::Context, output: ModelOutput) {
        match output {
            ModelOutput::Ready(ready) => {
                let ready = *ready;
                self.state.catalogue = Some(ready.catalogue);
                self.state.model_note = ready.note;
                if let Some(warning) = ready.warning {
                    self.state.error = Some(warning);
                }
                self.set_model(ready.model);
                self.start_score(ctx);
            }
            ModelOutput::NoModel { catalogue, message } => {
                self.state.fields.selection = catalogue.catalogue.default_selection();
                self.state.catalogue = Some(catalogue);
                self.state.error = Some(message);
                self.state.screen = Screen::Fields;
            }
            ModelOutput::Trained {
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
            ModelOutput::Scored { output, catalogue } => {
                if std::mem::take(&mut self.show_predictions_when_scored)
                    && self.state.screen == Screen::Data
                {
                    self.state.screen = Screen::Predictions;
                }
                self.state.scored = Some(Arc::new(*output));
                self.state.scored_generation += 1;
                self.state.catalogue = Some(catalogue);
                if let Some(view) = &self.state.customer {
                    let (customer, invoice) = (view.customer, view.invoice);
                    self.open_customer(customer, invoice);
                }
            }
            ModelOutput::Backtested(result) => self.state.backtest = Some(*result),
            ModelOutput::LookedBack(result) => {
                self.state.look_back = Some(Arc::new(*result));
                self.state.screen = Screen::Predictions;
            }
            ModelOutput::WhatIf(result) => self.state.what_if_result = Some(*result),
            ModelOutput::Exported { path, rows } => {
                let folder = path.parent().map(std::path::Path::to_path_buf);
                if folder.is_some() && self.state.settings.last_export_dir != folder {
                    self.state.settings.last_export_dir = folder;
                    self.save_settings();
                }
                self.state.notice = Some(trf(
                    "Exported {rows} predictions to {path}.",
                    &[
                        ("rows", &ui::widgets::count(rows)),
                        ("path", &path.display()),
                    ],
                ));
            }
        }
    }
}
