//! The analysis the window and the CLI share: one data set (tables, index, where it came from),
//! one field catalogue built once per bucket layout and shared by every clone, the model in
//! use, the scored predictions and the policies and settings in effect, with the operations
//! both front ends need: load or train the first model, train a candidate, score, explain,
//! assemble a customer's view, run a what-if, export, backtest and look back.
//!
//! An [`Analysis`] is cheap to clone (its parts are shared), so a background job takes a clone
//! and works on it while the window keeps drawing the original. Nothing here knows of windows,
//! threads or files other than the ones an operation is asked to read or write.

mod first_model;

use crate::i18n::Message;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::data::import::{Imported, PlanSummary};
use crate::data::progress::{Cancel, Progress};
use crate::data::tables::{Index, Tables};
use crate::i18n::{Language, language};
use crate::insights::customer::{self, CustomerView, Forecast, Portfolio, WorklistRow};
use crate::insights::export::{self, ExportError};
use crate::insights::predict::{self, PolicyEffect, Scored, Settings};
use crate::insights::query;
use crate::insights::strategy::{self, Comparison, Strategy, StrategyError, StrategyScope};
use crate::insights::whatif::{Policy, Scenario, WhatIf, WhatIfError, what_if_with};
use crate::model::backtest::{Backtest, LookBack, backtest, look_back};
use crate::model::explain::Factor;
use crate::model::layout::LayoutChoice;
use crate::model::train::{TrainParams, TrainRun, train};
use crate::model::{Buckets, Catalogue, Model, ModelError};

pub use first_model::{FirstModel, FirstModelError, ModelNote, load_or_train_published};

/// Imported data and its origin.
pub struct LoadedData {
    pub imported: Imported,
    /// What the import understood of each file (role, mapping, confidence), for the Import
    /// screen.
    pub review: PlanSummary,
    /// Who owns what (each customer's invoices, each invoice's payments): a customer's view
    /// is assembled without reading the whole data.
    pub index: Index,
    pub files: Vec<PathBuf>,
    pub is_sample: bool,
}

impl LoadedData {
    /// `imported` with its index built.
    pub fn new(
        imported: Imported,
        review: PlanSummary,
        files: Vec<PathBuf>,
        is_sample: bool,
    ) -> LoadedData {
        LoadedData {
            index: Index::build(&imported.tables),
            imported,
            review,
            files,
            is_sample,
        }
    }

    pub fn tables(&self) -> &Tables {
        &self.imported.tables
    }
}

/// The field catalogue of the loaded data for one bucket layout. Building it reads the whole
/// data set, so it is built once (off the window's thread) and kept until the data, the
/// buckets or the language change (its field names are translated).
#[derive(Clone)]
pub struct FieldCatalogue {
    pub buckets: Buckets,
    pub language: Language,
    pub catalogue: Arc<Catalogue>,
}

impl FieldCatalogue {
    /// Builds the catalogue of `tables` for `buckets` in the language in use.
    pub fn build(tables: &Tables, buckets: Buckets) -> FieldCatalogue {
        FieldCatalogue {
            buckets,
            language: language(),
            catalogue: Arc::new(Catalogue::build(tables, &buckets)),
        }
    }

    /// Is this the catalogue for `buckets` in the language in use?
    pub fn fits(&self, buckets: &Buckets) -> bool {
        self.buckets == *buckets && self.language == language()
    }
}

/// Predictions for the open invoices with the totals the screens and reports show.
pub struct ScoredOutput {
    pub scored: Arc<Scored>,
    /// What the policies in effect change in the expected amounts.
    pub policy_effect: PolicyEffect,
    pub portfolio: Portfolio,
    pub worklist: Vec<WorklistRow>,
    pub forecast: Forecast,
    /// Expected open amount per overdue band ([`query::OVERDUE_BANDS`] rows) and bucket.
    pub overdue_bands: Vec<Vec<f64>>,
}

impl ScoredOutput {
    /// The totals of `scored` for `model`'s buckets.
    pub fn new(tables: &Tables, model: &Model, scored: Scored) -> ScoredOutput {
        let predictions = &scored.predictions;
        ScoredOutput {
            policy_effect: PolicyEffect::of(predictions),
            portfolio: customer::portfolio(predictions, &model.buckets),
            worklist: customer::worklist(tables, predictions),
            forecast: customer::forecast(tables, predictions, &model.behaviour, &model.buckets),
            overdue_bands: query::expected_by_band(predictions, model.buckets.count()),
            scored: Arc::new(scored),
        }
    }

    /// These predictions repeated until there are `rows` of them (totals, worklist and
    /// forecast stay the original's): the table at sizes the data at hand does not have, for
    /// stress tests and benchmarks.
    pub fn repeated(&self, rows: usize) -> ScoredOutput {
        ScoredOutput {
            scored: Arc::new(Scored {
                as_of: self.scored.as_of,
                predictions: self
                    .scored
                    .predictions
                    .iter()
                    .cycle()
                    .take(rows)
                    .cloned()
                    .collect(),
            }),
            portfolio: self.portfolio.clone(),
            policy_effect: self.policy_effect.clone(),
            worklist: self.worklist.clone(),
            forecast: self.forecast.clone(),
            overdue_bands: self.overdue_bands.clone(),
        }
    }
}

/// A candidate model trained on the analysis' data, and why its bucket layout is not the one
/// asked for (when it is not).
pub struct Candidate {
    pub run: TrainRun,
    pub layout: Option<LayoutChoice>,
}

/// One data set and what was worked out on it. Clones share everything (the catalogue cache
/// too), so a job's clone that builds the catalogue builds it for all.
#[derive(Clone)]
pub struct Analysis {
    data: Arc<LoadedData>,
    /// The one field catalogue, shared by every clone.
    catalogue: Arc<Mutex<Option<FieldCatalogue>>>,
    /// The published model in use.
    pub model: Option<Arc<Model>>,
    /// The predictions of the open invoices with `model`, `settings` and `policies`.
    pub scored: Option<Arc<ScoredOutput>>,
    /// The analyst's rates and flag threshold.
    pub settings: Settings,
    /// The saved policies scoring applies (switched-off ones change nothing).
    pub policies: Arc<[Policy]>,
}

impl Analysis {
    /// An analysis of `data`, with no model yet.
    pub fn new(data: Arc<LoadedData>, settings: Settings, policies: Arc<[Policy]>) -> Analysis {
        Analysis {
            data,
            catalogue: Arc::new(Mutex::new(None)),
            model: None,
            scored: None,
            settings,
            policies,
        }
    }

    pub fn data(&self) -> &Arc<LoadedData> {
        &self.data
    }

    pub fn tables(&self) -> &Tables {
        &self.data.imported.tables
    }

    /// The field catalogue for `buckets`, built (once, for every clone) when there is none
    /// for them yet. Reads the whole data set when it builds: call it off the window's thread.
    pub fn catalogue(&self, buckets: Buckets) -> FieldCatalogue {
        if let Some(ready) = self.catalogue_ready(&buckets) {
            return ready;
        }
        let built = FieldCatalogue::build(self.tables(), buckets);
        if let Ok(mut slot) = self.catalogue.lock() {
            *slot = Some(built.clone());
        }
        built
    }

    /// The field catalogue for `buckets` if it is built already (never builds: the window
    /// asks every frame).
    pub fn catalogue_ready(&self, buckets: &Buckets) -> Option<FieldCatalogue> {
        let slot = self.catalogue.lock().ok()?;
        slot.as_ref().filter(|c| c.fits(buckets)).cloned()
    }

    /// The catalogue built last, whatever its buckets (the Fields screen lists its fields).
    pub fn latest_catalogue(&self) -> Option<FieldCatalogue> {
        self.catalogue.lock().ok()?.clone()
    }

    /// The catalogue of the model in use, if both are there.
    fn model_catalogue(&self) -> Option<(Arc<Model>, FieldCatalogue)> {
        let model = self.model.clone()?;
        let catalogue = self.catalogue(model.buckets);
        Some((model, catalogue))
    }

    /// The model in use, or the error that says there is none.
    fn require_model(&self) -> Result<Arc<Model>, ModelError> {
        self.model.clone().ok_or(ModelError::NothingPublished)
    }

    /// Scores every open invoice with the model in use, the settings and the policies, and
    /// sums the portfolio, worklist, forecast and overdue bands.
    pub fn score(
        &self,
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<ScoredOutput, ModelError> {
        let model = self.require_model()?;
        let catalogue = self.catalogue(model.buckets);
        let tables = self.tables();
        let scored = predict::score_open_with(
            &model,
            tables,
            &catalogue.catalogue,
            &self.settings,
            &self.policies,
            progress,
            cancel,
        )?;
        progress(Progress::new(Message::new("Summing the portfolio"), 0.98));
        Ok(ScoredOutput::new(tables, &model, scored))
    }

    /// The top `n` factors of open invoice `invoice`'s prediction. With the catalogue built,
    /// only the customer's own part of the data is read (its features depend on its own
    /// history only); without it, the whole data set.
    pub fn explain(&self, invoice: u32, n: usize) -> Result<Vec<Factor>, ModelError> {
        let model = self.require_model()?;
        let tables = self.tables();
        let index = &self.data.index;
        let ready = self.catalogue_ready(&model.buckets);
        let customer = tables.invoices.get(invoice as usize).map(|i| i.customer);
        match (ready, customer) {
            (Some(catalogue), Some(customer)) => {
                let part = tables.customer_part(index, customer);
                let own = index.invoices_of(customer);
                match own.binary_search(&invoice) {
                    Ok(k) => predict::explain_with(
                        &model,
                        &part,
                        &catalogue.catalogue,
                        k as u32,
                        tables.as_of,
                        n,
                    ),
                    Err(_) => Ok(Vec::new()),
                }
            }
            _ => predict::explain(&model, tables, invoice, tables.as_of, n),
        }
    }

    /// What the Customer screen shows of `customer`: status, history, open invoices with
    /// their predictions, and the top five factors of `invoice` (by default the largest open
    /// one). A failure to explain leaves the factors empty and is returned beside the view.
    pub fn customer_view(
        &self,
        customer: u32,
        invoice: Option<u32>,
        buckets: Buckets,
    ) -> (CustomerView, Option<ModelError>) {
        let tables = self.tables();
        let index = &self.data.index;
        let buckets = self.model.as_ref().map_or(buckets, |m| m.buckets);
        let predictions = self
            .scored
            .as_ref()
            .map_or(&[][..], |s| &s.scored.predictions[..]);
        let own = index.invoices_of(customer);
        let open: Vec<predict::Prediction> = predictions
            .iter()
            .filter(|p| own.binary_search(&p.invoice).is_ok())
            .cloned()
            .collect();
        let status = customer::status(tables, index, customer, &open, &buckets);
        let history = customer::history(tables, index, customer, &buckets);
        let invoice = invoice.or_else(|| {
            open.iter()
                .max_by(|a, b| a.open_amount.total_cmp(&b.open_amount))
                .map(|p| p.invoice)
        });
        let (factors, problem) = match invoice.filter(|_| self.model.is_some()) {
            Some(i) => match self.explain(i, 5) {
                Ok(f) => (f, None),
                Err(e) => (Vec::new(), Some(e)),
            },
            None => (Vec::new(), None),
        };
        let view = CustomerView {
            customer,
            invoice,
            status,
            history,
            open,
            factors,
        };
        (view, problem)
    }

    /// Runs `scenario` against the model in use, beside the current predictions.
    pub fn what_if(
        &self,
        scenario: &Scenario,
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<WhatIf, WhatIfError> {
        let (model, catalogue) = self
            .model_catalogue()
            .ok_or(WhatIfError::Model(ModelError::NothingPublished))?;
        let current = self
            .scored
            .as_ref()
            .map_or(&[][..], |s| &s.scored.predictions[..]);
        what_if_with(
            &model,
            self.tables(),
            &catalogue.catalogue,
            scenario,
            &self.settings,
            current,
            progress,
            cancel,
        )
    }

    /// Compares `strategies` (and No change) on `scope` with the model in use and the settings'
    /// rates, beside the current predictions (filters may select by bucket or flag).
    pub fn strategies(
        &self,
        scope: &StrategyScope,
        strategies: &[Strategy],
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<Comparison, StrategyError> {
        let (model, catalogue) = self
            .model_catalogue()
            .ok_or(StrategyError::Model(ModelError::NothingPublished))?;
        let current = self
            .scored
            .as_ref()
            .map_or(&[][..], |s| &s.scored.predictions[..]);
        strategy::compare(
            &model,
            self.tables(),
            &catalogue.catalogue,
            scope,
            strategies,
            &self.settings,
            current,
            progress,
            cancel,
        )
    }

    /// Writes the predictions with their top three factors to `path` (CSV, or XLSX by the
    /// extension) and says how many rows.
    pub fn export(
        &self,
        path: &std::path::Path,
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<usize, ExportError> {
        let (model, catalogue) = self
            .model_catalogue()
            .ok_or(ExportError::Model(ModelError::NothingPublished))?;
        let scored = self
            .scored
            .as_ref()
            .ok_or(ExportError::Model(ModelError::NothingPublished))?;
        progress(Progress::new(
            Message::new("Explaining every open invoice"),
            0.1,
        ));
        let rows = export::rows_with(&model, self.tables(), &catalogue.catalogue, &scored.scored)?;
        if cancel.is_cancelled() {
            return Err(ExportError::Model(ModelError::Cancelled));
        }
        progress(Progress::new(Message::new("Writing the file"), 0.8));
        export::write(&rows, path)?;
        Ok(rows.len())
    }

    /// Trains a candidate with `params` (with `choose_layout`, on the bucket layout the data
    /// supports, starting from the one asked), compared with the model in use.
    pub fn train(
        &self,
        params: TrainParams,
        choose_layout: bool,
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<Candidate, ModelError> {
        let (params, layout) = with_layout(self.tables(), params, choose_layout);
        let run = train(
            self.tables(),
            &params,
            self.model.as_deref(),
            None,
            progress,
            cancel,
        )?;
        Ok(Candidate { run, layout })
    }

    /// Trains and evaluates month by month over the last `months` months.
    pub fn backtest(
        &self,
        params: &TrainParams,
        months: u32,
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<Backtest, ModelError> {
        backtest(self.tables(), params, months, progress, cancel)
    }

    /// Trains on what was known on `date` and predicts the invoices open then, beside what
    /// happened.
    pub fn look_back(
        &self,
        params: &TrainParams,
        date: chrono::NaiveDate,
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<LookBack, ModelError> {
        look_back(self.tables(), params, date, progress, cancel)
    }
}

/// `params` with the bucket layout the data supports (when `choose` is set, else as they are),
/// and the choice when it differs from the one asked for.
pub fn with_layout(
    tables: &Tables,
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
