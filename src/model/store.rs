//! The model store: versioned model files under a folder (the platform data directory in the
//! app), one of them published. Training saves a candidate; publish and rollback switch. Writes
//! are atomic; an unreadable model file gives a clear message and the previous good version is
//! used instead.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::data::atomic::write_atomic;
use crate::i18n::trf;
use crate::model::{Model, ModelError};

/// Which versions were published, in order (the last is the current one).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Index {
    published: Vec<u32>,
}

/// A version's place in the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Status {
    Published,
    /// Published before; rollback returns to the latest of these.
    Previous,
    Candidate,
}

/// One line of the version list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entry {
    pub version: u32,
    pub status: Status,
    /// The model, or why its file cannot be read.
    pub model: Result<Box<Model>, String>,
}

/// A folder of model files.
#[derive(Clone, Debug)]
pub struct ModelStore {
    dir: PathBuf,
}

fn store_err(file: &Path, problem: impl std::fmt::Display) -> ModelError {
    ModelError::Store {
        file: file.display().to_string(),
        problem: problem.to_string(),
    }
}

impl ModelStore {
    /// Opens (and creates) the store in `dir`.
    pub fn open(dir: &Path) -> Result<ModelStore, ModelError> {
        std::fs::create_dir_all(dir).map_err(|e| {
            store_err(
                dir,
                trf("cannot create the folder: {error}", &[("error", &e)]),
            )
        })?;
        Ok(ModelStore {
            dir: dir.to_path_buf(),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, version: u32) -> PathBuf {
        self.dir.join(format!("model-{version:04}.json"))
    }

    fn index_path(&self) -> PathBuf {
        self.dir.join("published.json")
    }

    fn index(&self) -> Index {
        std::fs::read_to_string(self.index_path())
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    fn save_index(&self, index: &Index) -> Result<(), ModelError> {
        let path = self.index_path();
        let text = serde_json::to_string_pretty(index).map_err(|e| store_err(&path, e))?;
        write_atomic(&path, text.as_bytes())
            .map_err(|e| store_err(&path, trf("cannot write: {error}", &[("error", &e)])))
    }

    /// Versions with a file, ascending.
    pub fn versions(&self) -> Vec<u32> {
        let mut out: Vec<u32> = std::fs::read_dir(&self.dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .filter_map(|e| {
                        let name = e.file_name().to_string_lossy().to_string();
                        name.strip_prefix("model-")?
                            .strip_suffix(".json")?
                            .parse()
                            .ok()
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.sort_unstable();
        out
    }

    /// Saves `model` as a new candidate version and returns its number.
    pub fn save(&self, model: &mut Model) -> Result<u32, ModelError> {
        let version = self.versions().last().copied().unwrap_or(0) + 1;
        model.version = version;
        let path = self.path(version);
        let text = serde_json::to_string(model).map_err(|e| store_err(&path, e))?;
        write_atomic(&path, text.as_bytes())
            .map_err(|e| store_err(&path, trf("cannot write: {error}", &[("error", &e)])))?;
        Ok(version)
    }

    /// Reads one version.
    pub fn load(&self, version: u32) -> Result<Model, ModelError> {
        let path = self.path(version);
        if !path.exists() {
            return Err(ModelError::NoSuchVersion(version));
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| store_err(&path, trf("cannot be read ({error})", &[("error", &e)])))?;
        let mut model: Model = serde_json::from_str(&text).map_err(|e| {
            store_err(
                &path,
                trf(
                    "is damaged or from an incompatible version ({error}); train a new model or roll back",
                    &[("error", &e)],
                ),
            )
        })?;
        model.version = version;
        Ok(model)
    }

    /// Makes `version` the published model.
    pub fn publish(&self, version: u32) -> Result<(), ModelError> {
        self.load(version)?;
        let mut index = self.index();
        if index.published.last() == Some(&version) {
            return Ok(());
        }
        index.published.retain(|&v| v != version);
        index.published.push(version);
        self.save_index(&index)
    }

    /// Returns to the previously published version; returns its number.
    pub fn rollback(&self) -> Result<u32, ModelError> {
        let mut index = self.index();
        if index.published.len() < 2 {
            return Err(ModelError::NoEarlierVersion);
        }
        index.published.pop();
        let previous = index
            .published
            .last()
            .copied()
            .ok_or(ModelError::NoEarlierVersion)?;
        self.save_index(&index)?;
        Ok(previous)
    }

    /// The published version number, if any.
    pub fn published_version(&self) -> Option<u32> {
        self.index().published.last().copied()
    }

    /// The published model. If its file cannot be read, the latest earlier published version
    /// that can be is returned with a warning saying so.
    pub fn load_published(&self) -> Result<(Model, Option<String>), ModelError> {
        let index = self.index();
        let mut first_error: Option<ModelError> = None;
        for &version in index.published.iter().rev() {
            match self.load(version) {
                Ok(model) => {
                    let warning = first_error.map(|e| {
                        trf(
                            "{error} Using the previous good version {version} instead.",
                            &[("error", &format!("{e:#}")), ("version", &version)],
                        )
                    });
                    return Ok((model, warning));
                }
                Err(e) => {
                    if first_error.is_none() {
                        first_error = Some(e);
                    }
                }
            }
        }
        Err(first_error.unwrap_or(ModelError::NothingPublished))
    }

    /// Every version, newest first.
    pub fn list(&self) -> Vec<Entry> {
        let index = self.index();
        let current = index.published.last().copied();
        self.versions()
            .into_iter()
            .rev()
            .map(|version| Entry {
                version,
                status: if Some(version) == current {
                    Status::Published
                } else if index.published.contains(&version) {
                    Status::Previous
                } else {
                    Status::Candidate
                },
                model: self
                    .load(version)
                    .map(Box::new)
                    .map_err(|e| format!("{e:#}")),
            })
            .collect()
    }
}
