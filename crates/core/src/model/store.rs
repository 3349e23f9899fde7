//! The model store: versioned model files under a folder (the platform data directory in the
//! app), one of them published. Training saves a candidate; publish and rollback switch. Writes
//! are atomic; an unreadable or invalid model file gives a clear message and the previous good
//! version is used instead.
//!
//! Save, publish and rollback hold an exclusive lock on `store.lock` across reading the index,
//! choosing the next version number and writing, so windows and CLI runs working on one store
//! at once never lose a version or a publish.
//!
//! The published history lives in `published.json` and, as a second copy, in one small marker
//! per published version (`model-NNNN.published`, holding its place in the history). A damaged
//! `published.json` is never read as "nothing published": it is kept aside as
//! `published.json.damaged`, the history is rebuilt from the markers (or, in a store from
//! before the markers, from the version numbers still legible in the damaged file), written
//! again, and the user is told.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::data::atomic::write_atomic;
use crate::i18n::{Arg, Message, tr, trf};
use crate::model::{Invalid, MODEL_FORMAT, Model, ModelError};

/// A model file's name: `model-0001.json`.
const MODEL_PREFIX: &str = "model-";
const MODEL_SUFFIX: &str = ".json";
/// A published version's marker: `model-0001.published`.
const MARKER_SUFFIX: &str = ".published";

/// A marker's content: the version's place in the published history (0 = first).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
struct Marker {
    position: usize,
}

/// The store's exclusive lock; released when dropped.
struct StoreLock {
    _file: File,
}

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

/// Parses and checks a model file's text.
pub fn parse_model(path: &Path, text: &str) -> Result<Model, ModelError> {
    // The format is read first: a newer file may not parse as this version's model at all.
    #[derive(Deserialize)]
    struct FormatOnly {
        format: Option<u32>,
    }
    let invalid = |problem| ModelError::Invalid {
        file: path.display().to_string(),
        problem,
    };
    if let Ok(FormatOnly {
        format: Some(found),
    }) = serde_json::from_str(text)
        && found > MODEL_FORMAT
    {
        return Err(invalid(Invalid::NewerFormat {
            found,
            supported: MODEL_FORMAT,
        }));
    }
    let model: Model = serde_json::from_str(text).map_err(|e| {
        store_err(
            path,
            trf(
                "is damaged or from an incompatible version ({error}); train a new model or roll back",
                &[("error", &crate::data::json::json_problem(&e))],
            ),
        )
    })?;
    model.validate().map_err(invalid)?;
    Ok(model)
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
        self.dir
            .join(format!("{MODEL_PREFIX}{version:04}{MODEL_SUFFIX}"))
    }

    fn marker_path(&self, version: u32) -> PathBuf {
        self.dir
            .join(format!("{MODEL_PREFIX}{version:04}{MARKER_SUFFIX}"))
    }

    fn index_path(&self) -> PathBuf {
        self.dir.join("published.json")
    }

    fn damaged_index_path(&self) -> PathBuf {
        self.dir.join("published.json.damaged")
    }

    /// Waits for the store's exclusive lock (other windows and CLI runs on the same folder).
    fn lock(&self) -> Result<StoreLock, ModelError> {
        let path = self.dir.join("store.lock");
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| store_err(&path, trf("cannot be opened: {error}", &[("error", &e)])))?;
        file.lock()
            .map_err(|e| store_err(&path, trf("cannot be locked: {error}", &[("error", &e)])))?;
        Ok(StoreLock { _file: file })
    }

    /// The index as it is on disk: `Ok(None)` when there is none, `Err(why)` when damaged.
    fn read_index(&self) -> Result<Option<Index>, String> {
        match std::fs::read_to_string(self.index_path()) {
            Ok(text) => serde_json::from_str(&text)
                .map(Some)
                .map_err(|e| crate::data::json::json_problem(&e)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(crate::data::raw::io_reason(&e).to_string()),
        }
    }

    /// The index; a damaged one is repaired first (see the module docs). The second value says
    /// what was repaired, for the user.
    fn index(&self) -> Result<(Index, Option<String>), ModelError> {
        match self.read_index() {
            Ok(Some(index)) => Ok((index, None)),
            Ok(None) if self.markers().is_empty() => Ok((Index::default(), None)),
            _ => {
                let _lock = self.lock()?;
                self.index_locked()
            }
        }
    }

    /// [`Self::index`] for a caller holding the lock.
    fn index_locked(&self) -> Result<(Index, Option<String>), ModelError> {
        let path = self.index_path();
        let problem = match self.read_index() {
            Ok(Some(index)) => return Ok((index, None)),
            Ok(None) => {
                let markers = self.markers();
                if markers.is_empty() {
                    return Ok((Index::default(), None));
                }
                // The index went missing while versions were published: rebuild it.
                let index = Index { published: markers };
                self.save_index(&index)?;
                return Ok((
                    index,
                    Some(trf(
                        "The list of published models {file} was missing; it was rebuilt from the model files.",
                        &[("file", &path.display())],
                    )),
                ));
            }
            Err(problem) => problem,
        };
        let damaged_text = std::fs::read(&path).unwrap_or_default();
        let kept = self.damaged_index_path();
        std::fs::rename(&path, &kept).map_err(|e| {
            store_err(
                &path,
                trf("cannot be moved aside: {error}", &[("error", &e)]),
            )
        })?;
        let markers = self.markers();
        let published = if markers.is_empty() {
            self.legible_versions(&damaged_text)
        } else {
            markers
        };
        let index = Index { published };
        self.save_index(&index)?;
        let history = if index.published.is_empty() {
            tr("none").to_string()
        } else {
            index
                .published
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        Ok((
            index,
            Some(trf(
                "The list of published models {file} is damaged ({error}). It was kept as {kept} and rebuilt from the model files: published versions {history}.",
                &[
                    ("file", &path.display()),
                    ("error", &problem),
                    ("kept", &kept.display()),
                    ("history", &history),
                ],
            )),
        ))
    }

    /// The published history from the markers, in order.
    fn markers(&self) -> Vec<u32> {
        let mut found: Vec<(usize, u32)> = self
            .files_with_suffix(MARKER_SUFFIX)
            .into_iter()
            .filter(|&v| self.path(v).exists())
            .filter_map(|v| {
                let text = std::fs::read_to_string(self.marker_path(v)).ok()?;
                let marker: Marker = serde_json::from_str(&text).ok()?;
                Some((marker.position, v))
            })
            .collect();
        found.sort_unstable();
        found.into_iter().map(|(_, v)| v).collect()
    }

    /// The versions with a model file still named in a damaged index's text, in order, each
    /// once (its last place): a store written before the markers keeps what can be read.
    fn legible_versions(&self, damaged: &[u8]) -> Vec<u32> {
        let text = String::from_utf8_lossy(damaged);
        let mut out: Vec<u32> = Vec::new();
        for number in text
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse::<u32>().ok())
        {
            if self.path(number).exists() {
                out.retain(|&v| v != number);
                out.push(number);
            }
        }
        out
    }

    /// Writes the index, then makes the markers agree with it.
    fn save_index(&self, index: &Index) -> Result<(), ModelError> {
        let path = self.index_path();
        let text = serde_json::to_string_pretty(index).map_err(|e| store_err(&path, e))?;
        write_atomic(&path, text.as_bytes())
            .map_err(|e| store_err(&path, trf("cannot write: {error}", &[("error", &e)])))?;
        for (position, &version) in index.published.iter().enumerate() {
            let marker_path = self.marker_path(version);
            let marker = Marker { position };
            let current = std::fs::read_to_string(&marker_path)
                .ok()
                .and_then(|t| serde_json::from_str::<Marker>(&t).ok());
            if current != Some(marker) {
                let text =
                    serde_json::to_string(&marker).map_err(|e| store_err(&marker_path, e))?;
                write_atomic(&marker_path, text.as_bytes()).map_err(|e| {
                    store_err(&marker_path, trf("cannot write: {error}", &[("error", &e)]))
                })?;
            }
        }
        for version in self.files_with_suffix(MARKER_SUFFIX) {
            if !index.published.contains(&version) {
                let marker_path = self.marker_path(version);
                std::fs::remove_file(&marker_path).map_err(|e| {
                    store_err(
                        &marker_path,
                        trf("cannot be removed: {error}", &[("error", &e)]),
                    )
                })?;
            }
        }
        Ok(())
    }

    /// Version numbers of the files named `model-NNNN<suffix>`, ascending.
    fn files_with_suffix(&self, suffix: &str) -> Vec<u32> {
        let mut out: Vec<u32> = std::fs::read_dir(&self.dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .filter_map(|e| {
                        let name = e.file_name().to_string_lossy().to_string();
                        name.strip_prefix(MODEL_PREFIX)?
                            .strip_suffix(suffix)?
                            .parse()
                            .ok()
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.sort_unstable();
        out
    }

    /// Versions with a file, ascending.
    pub fn versions(&self) -> Vec<u32> {
        self.files_with_suffix(MODEL_SUFFIX)
    }

    /// Saves `model` as a new candidate version and returns its number.
    pub fn save(&self, model: &mut Model) -> Result<u32, ModelError> {
        let _lock = self.lock()?;
        // A model write killed mid-way (an hour ago or more) left its temporary file behind.
        crate::data::atomic::remove_stale_temporaries(
            &self.dir,
            std::time::Duration::from_secs(3600),
        );
        let last = self.versions().last().copied().unwrap_or(0);
        let version = last
            .checked_add(1)
            .ok_or_else(|| ModelError::VersionsExhausted {
                folder: self.dir.display().to_string(),
                last,
            })?;
        model.version = version;
        let path = self.path(version);
        let text = serde_json::to_string(model).map_err(|e| store_err(&path, e))?;
        write_atomic(&path, text.as_bytes())
            .map_err(|e| store_err(&path, trf("cannot write: {error}", &[("error", &e)])))?;
        Ok(version)
    }

    /// Reads one version, and checks it (see [`Model::validate`]).
    pub fn load(&self, version: u32) -> Result<Model, ModelError> {
        let path = self.path(version);
        if !path.exists() {
            return Err(ModelError::NoSuchVersion(version));
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| store_err(&path, trf("cannot be read ({error})", &[("error", &e)])))?;
        let mut model = parse_model(&path, &text)?;
        model.version = version;
        Ok(model)
    }

    /// Makes `version` the published model.
    pub fn publish(&self, version: u32) -> Result<(), ModelError> {
        self.load(version)?;
        let _lock = self.lock()?;
        let (mut index, _) = self.index_locked()?;
        if index.published.last() == Some(&version) {
            return Ok(());
        }
        index.published.retain(|&v| v != version);
        index.published.push(version);
        self.save_index(&index)
    }

    /// Returns to the previously published version; returns its number.
    pub fn rollback(&self) -> Result<u32, ModelError> {
        let _lock = self.lock()?;
        let (mut index, _) = self.index_locked()?;
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

    /// Repairs a damaged list of published versions (see the module docs); returns what was
    /// done, for the user, or `None` when it was sound.
    pub fn repair_index(&self) -> Result<Option<String>, ModelError> {
        self.index().map(|(_, repaired)| repaired)
    }

    /// The published versions, oldest first (the last is the current one).
    pub fn published_history(&self) -> Result<Vec<u32>, ModelError> {
        self.index().map(|(index, _)| index.published)
    }

    /// The published version number, if any.
    pub fn published_version(&self) -> Option<u32> {
        self.index()
            .ok()
            .and_then(|(index, _)| index.published.last().copied())
    }

    /// The published model. If its file cannot be read, the latest earlier published version
    /// that can be is returned with a warning saying so.
    pub fn load_published(&self) -> Result<(Model, Option<Message>), ModelError> {
        let (index, repaired) = self.index()?;
        let mut first_error: Option<ModelError> = None;
        for &version in index.published.iter().rev() {
            match self.load(version) {
                Ok(model) => {
                    let fallback = first_error.map(|e| {
                        Message::new("{error} Using the previous good version {version} instead.")
                            .arg("error", Arg::shown(e))
                            .arg("version", version)
                    });
                    let warning = match (repaired.clone().map(Message::verbatim), fallback) {
                        (Some(a), Some(b)) => Some(Message::verbatim(format!("{a} {b}"))),
                        (a, b) => a.or(b),
                    };
                    return Ok((model, warning));
                }
                Err(e) => {
                    if first_error.is_none() {
                        first_error = Some(e);
                    }
                }
            }
        }
        // A repaired index that gave back nothing usable is still told about.
        Err(first_error
            .or(repaired.map(ModelError::IndexRepaired))
            .unwrap_or(ModelError::NothingPublished))
    }

    /// Every version, newest first.
    pub fn list(&self) -> Vec<Entry> {
        let index = self.index().map(|(index, _)| index).unwrap_or_default();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled sample model: a real, valid model file.
    pub(crate) fn sample_model() -> Model {
        serde_json::from_str(include_str!("../../../../resources/sample-model.json")).unwrap()
    }

    fn store_with(published: &[u32], saved: u32) -> (tempfile::TempDir, ModelStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = ModelStore::open(dir.path()).unwrap();
        for _ in 0..saved {
            store.save(&mut sample_model()).unwrap();
        }
        for &v in published {
            store.publish(v).unwrap();
        }
        (dir, store)
    }

    #[test]
    fn the_sample_model_is_valid() {
        assert_eq!(sample_model().validate(), Ok(()));
    }

    #[test]
    fn invalid_models_are_refused_with_what_is_wrong() {
        let mut newer = sample_model();
        newer.format = MODEL_FORMAT + 1;
        assert_eq!(
            newer.validate(),
            Err(Invalid::NewerFormat {
                found: MODEL_FORMAT + 1,
                supported: MODEL_FORMAT
            })
        );
        let mut short = sample_model();
        short.intercept.pop();
        assert_eq!(
            short.validate(),
            Err(Invalid::Shape {
                what: "intercept".into(),
                expected: 3,
                found: 2
            })
        );
        let mut ragged = sample_model();
        let columns = ragged.design.n_columns();
        ragged.coef[1].push(0.5);
        assert_eq!(
            ragged.validate(),
            Err(Invalid::Shape {
                what: "coef[1]".into(),
                expected: columns,
                found: columns + 1
            })
        );
        let mut nan = sample_model();
        nan.coef[2][0] = f64::NAN;
        assert_eq!(
            nan.validate(),
            Err(Invalid::NotFinite {
                what: "coef[2][0]".into()
            })
        );
        let mut flat = sample_model();
        let key = flat.design.fields[0].key.clone();
        flat.design.fields[0].columns[0].sd = 0.0;
        assert_eq!(
            flat.validate(),
            Err(Invalid::ScaleNotPositive {
                what: format!("{key} column 0")
            })
        );
    }

    #[test]
    fn an_invalid_file_is_refused_and_the_previous_good_version_is_used() {
        let (dir, store) = store_with(&[1, 2, 3], 3);
        // Version 3: made by a newer version, in a shape this one cannot even parse.
        std::fs::write(
            dir.path().join("model-0003.json"),
            r#"{"format": 3, "weights": "elsewhere"}"#,
        )
        .unwrap();
        // Version 2: parses, but a scale is zero.
        let mut flat = sample_model();
        flat.design.fields[0].columns[0].sd = 0.0;
        std::fs::write(
            dir.path().join("model-0002.json"),
            serde_json::to_string(&flat).unwrap(),
        )
        .unwrap();
        match store.load(3) {
            Err(ModelError::Invalid { file, problem }) => {
                assert!(file.ends_with("model-0003.json"), "{file}");
                assert_eq!(
                    problem,
                    Invalid::NewerFormat {
                        found: 3,
                        supported: MODEL_FORMAT
                    }
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            store.load(2),
            Err(ModelError::Invalid {
                problem: Invalid::ScaleNotPositive { .. },
                ..
            })
        ));
        let (model, warning) = store.load_published().unwrap();
        assert_eq!(model.version, 1);
        let warning = warning.unwrap().to_string();
        assert!(
            warning.contains("model-0003.json")
                && warning.contains("made by a newer Payment Insights")
                && warning.contains("version 1"),
            "{warning}"
        );
    }

    #[test]
    fn version_numbers_cannot_wrap() {
        let (dir, store) = store_with(&[], 0);
        std::fs::write(
            dir.path().join(format!("model-{}.json", u32::MAX)),
            include_str!("../../../../resources/sample-model.json"),
        )
        .unwrap();
        match store.save(&mut sample_model()) {
            Err(ModelError::VersionsExhausted { last, .. }) => assert_eq!(last, u32::MAX),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_damaged_index_is_kept_aside_and_rebuilt_from_the_markers() {
        let (dir, store) = store_with(&[1, 3, 2], 4);
        assert_eq!(store.published_history().unwrap(), [1, 3, 2]);
        let index = dir.path().join("published.json");
        for damage in ["{ \"published\": [1, 3", "", "\u{0}\u{0}\u{0}"] {
            std::fs::write(&index, damage).unwrap();
            let (model, warning) = store.load_published().unwrap();
            assert_eq!(model.version, 2, "never read as empty");
            let warning = warning.unwrap().to_string();
            assert!(
                warning.contains("published.json is damaged")
                    && warning.contains("published.json.damaged")
                    && warning.contains("1, 3, 2"),
                "{warning}"
            );
            assert_eq!(
                std::fs::read_to_string(dir.path().join("published.json.damaged")).unwrap(),
                damage
            );
            // Rebuilt and written again: told once.
            assert_eq!(store.repair_index().unwrap(), None);
            assert_eq!(store.published_history().unwrap(), [1, 3, 2]);
        }
        // Publishing after a repair adds to the history, never over it.
        std::fs::write(&index, "garbage").unwrap();
        store.publish(4).unwrap();
        assert_eq!(store.published_history().unwrap(), [1, 3, 2, 4]);
        assert_eq!(store.rollback().unwrap(), 2);
        assert_eq!(store.rollback().unwrap(), 3);
        std::fs::remove_file(&index).unwrap();
        assert!(store.repair_index().unwrap().unwrap().contains("missing"));
        assert_eq!(store.published_history().unwrap(), [1, 3]);
    }

    #[test]
    fn an_index_damaged_beyond_repair_is_still_told_about() {
        let (dir, store) = store_with(&[], 1);
        std::fs::write(dir.path().join("published.json"), "{ lost").unwrap();
        match store.load_published() {
            Err(ModelError::IndexRepaired(message)) => {
                assert!(message.contains("published versions none"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        assert!(dir.path().join("published.json.damaged").exists());
        assert!(matches!(
            store.load_published(),
            Err(ModelError::NothingPublished)
        ));
    }

    #[test]
    fn a_store_from_before_the_markers_keeps_the_versions_still_legible() {
        let (dir, store) = store_with(&[2, 1], 3);
        for v in [1, 2] {
            std::fs::remove_file(dir.path().join(format!("model-{v:04}.published"))).unwrap();
        }
        std::fs::write(
            dir.path().join("published.json"),
            "{\n  \"published\": [\n    2,\n    1,\n    9",
        )
        .unwrap();
        let warning = store.repair_index().unwrap().unwrap();
        assert!(warning.contains("versions 2, 1"), "{warning}");
        assert_eq!(store.published_history().unwrap(), [2, 1]);
    }

    #[test]
    fn threads_saving_and_publishing_at_once_lose_nothing() {
        let (dir, store) = store_with(&[], 0);
        let model = sample_model();
        let saved: Vec<u32> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    let (store, model) = (store.clone(), model.clone());
                    scope.spawn(move || {
                        (0..5)
                            .map(|_| {
                                let version = store.save(&mut model.clone()).unwrap();
                                store.publish(version).unwrap();
                                version
                            })
                            .collect::<Vec<u32>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap())
                .collect()
        });
        let mut sorted = saved.clone();
        sorted.sort_unstable();
        assert_eq!(
            sorted,
            (1..=20).collect::<Vec<u32>>(),
            "each save its own number"
        );
        let mut history = store.published_history().unwrap();
        history.sort_unstable();
        assert_eq!(history, sorted, "every publish is in the history");
        assert!(dir.path().join("store.lock").exists());
    }
}
