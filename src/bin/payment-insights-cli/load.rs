//! The one place the CLI loads what its commands work on: the data files (with the optional
//! mapping, cut at --as-of) into an [`Analysis`], the model store, and the model from it.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use payment_insights::analysis::{Analysis, LoadedData};
use payment_insights::data::generate::read_truth;
use payment_insights::data::import::{Imported, import_files};
use payment_insights::data::mapping::MappingFile;
use payment_insights::data::progress::Cancel;
use payment_insights::insights::predict::Settings;
use payment_insights::model::Model;
use payment_insights::model::store::ModelStore;

use crate::args::DataArgs;

impl DataArgs {
    /// The --data folder, or the bundled sample data's.
    pub fn folder(&self) -> PathBuf {
        self.data
            .clone()
            .unwrap_or_else(payment_insights::app::resources::sample_data_dir)
    }

    /// No --data and no --files: the bundled sample data (whose model store and bundled model
    /// are the window's).
    fn is_sample(&self) -> bool {
        self.files.is_empty() && self.data.is_none()
    }

    /// The data files: --files, or the three tables of the --data folder that exist.
    fn input_files(&self) -> Vec<PathBuf> {
        if self.files.is_empty() {
            let dir = self.folder();
            ["customers.csv", "invoices.csv", "payments.csv"]
                .iter()
                .map(|f| dir.join(f))
                .filter(|p| p.exists())
                .collect()
        } else {
            self.files.clone()
        }
    }

    /// Imports the data, cuts it at --as-of and makes it an analysis with `settings` and no
    /// model or policies yet.
    pub fn analysis(&self, settings: Settings) -> Result<Analysis> {
        let files = self.input_files();
        if files.is_empty() {
            bail!(
                "no data files found in {}; pass --data FOLDER or --files FILE...",
                self.folder().display()
            );
        }
        let mapping = match &self.mapping {
            Some(path) => Some(MappingFile::load(path)?),
            None => None,
        };
        let (plan, imported) =
            import_files(&files, mapping.as_ref(), None, &|_| {}, &Cancel::new())?;
        if !imported.report.issues.is_empty() {
            errln!(
                "Note: the import report lists {} issues; `payment-insights-cli import` shows them.",
                imported.report.issues.len()
            );
        }
        let Imported { tables, report } = imported;
        let tables = match self.as_of {
            Some(date) if date < tables.as_of => tables.as_known_on(date),
            Some(date) => {
                errln!(
                    "Note: the data ends on {}, before --as-of {date}; using all of it.",
                    tables.as_of
                );
                tables
            }
            None => tables,
        };
        let data = LoadedData::new(
            Imported { tables, report },
            plan.summary(),
            files,
            self.is_sample(),
        );
        Ok(Analysis::new(Arc::new(data), settings, Arc::from([])))
    }

    /// The model store: --store, or this data set's folder under the platform data directory
    /// (the window's).
    pub fn store(&self) -> Result<ModelStore> {
        let dir = match &self.store {
            Some(dir) => dir.clone(),
            None => {
                let base = payment_insights::app::storage::data_dir()
                    .context("cannot find the platform data directory; pass --store FOLDER")?;
                payment_insights::app::storage::models_dir(
                    &base,
                    &self.input_files(),
                    self.is_sample(),
                )
            }
        };
        // A file in the folder's place is told in words, and a killed run's temporary files
        // are cleared, before the store is opened.
        payment_insights::data::atomic::open_folder(&dir)?;
        Ok(ModelStore::open(&dir)?)
    }

    /// The generator's true probabilities (truth.csv next to the sample data), if present.
    pub fn oracle(&self) -> Option<HashMap<String, Vec<f64>>> {
        if !self.files.is_empty() {
            return None;
        }
        read_truth(&self.folder().join("truth.csv"))
    }

    /// Model `version` of the store, or the published one (warning when an earlier one stands
    /// in for an unreadable file).
    pub fn model(&self, version: Option<u32>) -> Result<Model> {
        let store = self.store()?;
        Ok(match version {
            Some(v) => store.load(v)?,
            None => {
                let (model, warning) = store.load_published()?;
                if let Some(w) = warning {
                    errln!("Warning: {w}");
                }
                model
            }
        })
    }

    /// [`DataArgs::analysis`] with [`DataArgs::model`] in use (returned beside it too, so
    /// callers need not unwrap it again): what the insight commands work on. The data is read
    /// first, so its errors come before the store's.
    pub fn analysis_with_model(
        &self,
        settings: Settings,
        version: Option<u32>,
    ) -> Result<(Analysis, Arc<Model>)> {
        let mut analysis = self.analysis(settings)?;
        let model = Arc::new(self.model(version)?);
        analysis.model = Some(model.clone());
        Ok((analysis, model))
    }
}
