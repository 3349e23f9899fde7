//! The model an analysis starts with: the published one from the store; on a first run the
//! bundled sample model (for the sample data) or one trained on the data with the default
//! fields, saved and published.

use std::path::Path;

use super::{Analysis, with_layout};
use crate::data::progress::{Cancel, Progress};
use crate::i18n::{Arg, Message, tr};
use crate::model::layout::LayoutChoice;
use crate::model::store::{ModelStore, parse_model};
use crate::model::train::{TrainParams, train};
use crate::model::{Model, ModelError};

/// How the model in use was obtained, for the Model screen; put in words when shown, so it
/// follows the language.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelNote {
    /// The bundled sample model (the sample data on a first start).
    Bundled,
    /// A first model trained on the data with the default fields, on `layout` when the data
    /// supports another layout than the one asked for.
    TrainedFirst { layout: Option<LayoutChoice> },
}

impl std::fmt::Display for ModelNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelNote::Bundled => f.write_str(tr("The bundled sample model is in use.")),
            ModelNote::TrainedFirst { layout } => {
                f.write_str(tr(
                    "No model was published yet: one was trained on this data with the default fields and published.",
                ))?;
                match layout {
                    Some(layout) => write!(f, " {}", layout.describe()),
                    None => Ok(()),
                }
            }
        }
    }
}

/// How the analysis got its model.
pub enum FirstModel {
    /// A model to use: the published one, or a first one now published.
    Ready {
        model: Box<Model>,
        /// How the model was obtained, for the user ("Trained on first run…").
        note: Option<ModelNote>,
        /// The published file could not be read and an earlier one (or a new one) is used.
        warning: Option<Message>,
    },
    /// No model could be trained on the data: why, in words, with what to do.
    NoModel { message: Message },
}

/// Why there is no model: the user cancelled training the first one, or it could not be saved.
#[derive(Debug)]
pub enum FirstModelError {
    Cancelled,
    Saving(ModelError),
}

/// The published model of `store`; when there is none (or it cannot be read), the bundled model
/// at `bundled` for the sample data, else one trained on the data with `params` (on the bucket
/// layout the data supports when `choose_layout`), saved and published.
pub fn load_or_train_published(
    analysis: &Analysis,
    store: &ModelStore,
    params: TrainParams,
    choose_layout: bool,
    bundled: Option<&Path>,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<FirstModel, FirstModelError> {
    progress(Progress::new(
        Message::new("Loading the published model"),
        0.0,
    ));
    let error = match store.load_published() {
        Ok((model, warning)) => {
            return Ok(FirstModel::Ready {
                model: Box::new(model),
                note: None,
                warning,
            });
        }
        Err(error) => error,
    };
    let warning = match error {
        ModelError::NothingPublished => None,
        other => Some(
            Message::new("{problem} A new model is trained on the current data instead.")
                .arg("problem", Arg::shown(other)),
        ),
    };
    // The bundled model was trained on the sample data; other data gets its own.
    let bundled = bundled
        .filter(|_| analysis.data().is_sample)
        .and_then(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            parse_model(path, &text).ok()
        });
    let (mut model, note) = match bundled {
        Some(model) => (model, ModelNote::Bundled),
        None => {
            // The first model on new data uses the bucket layout the data supports, so rare
            // very late invoices never stop it.
            let tables = analysis.tables();
            let (params, layout) = with_layout(tables, params, choose_layout);
            let run = match train(tables, &params, None, None, progress, cancel) {
                Ok(run) => run,
                Err(ModelError::Cancelled) => return Err(FirstModelError::Cancelled),
                // The fields and the layout are still shown, so the user can choose others
                // and train from the Fields screen.
                Err(e) => {
                    analysis.catalogue(params.buckets);
                    return Ok(FirstModel::NoModel {
                        message: Message::new(
                            "Training the first model failed: {error} Choose the layout and the fields on the Fields screen and train again.",
                        )
                        .arg("error", Arg::shown(e)),
                    });
                }
            };
            let note = ModelNote::TrainedFirst { layout };
            (run.model, note)
        }
    };
    store
        .save(&mut model)
        .and_then(|version| store.publish(version))
        .map_err(FirstModelError::Saving)?;
    Ok(FirstModel::Ready {
        model: Box::new(model),
        note: Some(note),
        warning,
    })
}
