//! Files the app keeps under the platform data directory: remembered column mappings and the
//! what-if policies scoring applies (each data set's model store has its own folder under
//! `models`).
//! Writes are atomic (temporary file, then rename) so a crash never leaves half a file.

use crate::data::json::json_message;
use crate::data::mapping::MappingMemory;
use crate::data::raw::ReadLimits;
use crate::i18n::{Arg, Language, Message};
use crate::insights::predict::Settings;
use crate::insights::strategy::Strategy;
use crate::insights::whatif::Policy;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Light, dark, or whatever the operating system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// What the user chose that outlives a session. Every field has a default so files written by
/// older versions keep loading.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppSettings {
    pub theme: Theme,
    pub language: Language,
    /// Flag threshold, cost of capital and bad-debt rate.
    pub rates: Settings,
    /// The files imported last (empty: the sample data); opened again at the next start.
    pub last_files: Vec<PathBuf>,
    /// Choose files with the app's own chooser, not the system's dialog.
    pub builtin_file_chooser: bool,
    /// The folder of the last export: the next export starts there.
    pub last_export_dir: Option<PathBuf>,
    /// The largest file an import reads (larger ones are refused, saying the memory needed).
    pub import_limits: ReadLimits,
    /// The learner chosen on the Fields screen (`None`: the better one of each training run).
    pub learner: Option<crate::model::Learner>,
}

fn settings_path(dir: &Path) -> PathBuf {
    dir.join("settings.json")
}

/// The saved settings; the defaults when none were saved (a first start: in `first_language`,
/// the operating system's when it is one the app speaks). A damaged file gives the defaults and
/// a message saying so (the file is replaced at the next save).
pub fn load_settings(dir: &Path, first_language: Language) -> (AppSettings, Option<Message>) {
    let path = settings_path(dir);
    let Ok(text) = std::fs::read_to_string(&path) else {
        let first = AppSettings {
            language: first_language,
            ..AppSettings::default()
        };
        return (first, None);
    };
    match serde_json::from_str::<AppSettings>(&text) {
        Ok(settings) => checked_settings(settings, &path),
        Err(e) => (
            AppSettings::default(),
            Some(
                Message::new(
                    "The saved settings in {file} could not be read ({error}); the defaults are used. Change them on the Settings screen to save them again.",
                )
                .arg("file", path.display().to_string())
                .arg("error", json_message(&e)),
            ),
        ),
    }
}

/// Saved settings held to their ranges (a hand-edited file may hold anything JSON can): a rate
/// outside them gives the default rates, a size limit outside them the default limit, each
/// with a message naming the setting and its value.
fn checked_settings(mut settings: AppSettings, path: &Path) -> (AppSettings, Option<Message>) {
    let out_of_range = |name: &str, value: String| {
        Message::new(
            "The saved setting {name} = {value} in {file} is outside the values it can take; the default is used. Change it on the Settings screen to save it again.",
        )
        .arg("name", name.to_string())
        .arg("value", value)
        .arg("file", path.display().to_string())
    };
    if let Some((name, value)) = settings.rates.out_of_range() {
        settings.rates = Settings::default();
        return (settings, Some(out_of_range(name, value.to_string())));
    }
    if !settings.import_limits.is_valid() {
        let value = settings.import_limits.max_file_mb;
        settings.import_limits = ReadLimits::default();
        return (
            settings,
            Some(out_of_range("max_file_mb", value.to_string())),
        );
    }
    (settings, None)
}

/// Saves the settings atomically.
pub fn save_settings(dir: &Path, settings: &AppSettings) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(settings).map_err(std::io::Error::other)?;
    write_atomic(&settings_path(dir), text.as_bytes())
}

/// The platform data directory of Payment Insights (created on first use).
pub fn data_dir() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("com", "Payment Insights", "Payment Insights")?;
    let dir = dirs.data_dir().to_path_buf();
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir)
}

/// The model store folder of one data set under `dir`: `models/sample` for the bundled sample
/// data, `models/data-HASH` for imported files (the hash of their full paths, so importing an
/// updated export of the same files keeps its model history, and a model is never applied to a
/// different company's data).
pub fn models_dir(dir: &Path, files: &[PathBuf], is_sample: bool) -> PathBuf {
    dir.join("models").join(dataset_key(files, is_sample))
}

/// The name of a data set's model folder (see [`models_dir`]).
pub fn dataset_key(files: &[PathBuf], is_sample: bool) -> String {
    if is_sample {
        return "sample".to_string();
    }
    let mut paths: Vec<String> = files
        .iter()
        .map(|f| {
            std::fs::canonicalize(f)
                .unwrap_or_else(|_| f.clone())
                .display()
                .to_string()
        })
        .collect();
    paths.sort();
    let mut h = crate::model::Fnv1a::default();
    for p in &paths {
        h.eat(p.as_bytes());
        h.eat(&[0]);
    }
    format!("data-{:016x}", h.value())
}

/// The current time as text for a model file (the app and the CLI may read the clock; the
/// engine never does).
pub fn now_stamp() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs as i64, 0)
        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

fn mappings_path(dir: &Path) -> PathBuf {
    dir.join("mappings.json")
}

/// Mappings remembered per file layout; empty when none were saved. A damaged file is kept
/// aside as `mappings.json.damaged` (so the next save does not destroy what the user may want
/// back) and a message says so; the mappings start empty.
pub fn load_mapping_memory(dir: &Path) -> (MappingMemory, Option<Message>) {
    let path = mappings_path(dir);
    let text = match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| Message::new("it is not UTF-8 text")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return (MappingMemory::default(), None);
        }
        Err(e) => Err(crate::data::raw::io_message(&e)),
    };
    let error = match text.and_then(|t| serde_json::from_str(&t).map_err(|e| json_message(&e))) {
        Ok(memory) => return (memory, None),
        Err(error) => error,
    };
    let kept = dir.join("mappings.json.damaged");
    let message = match std::fs::rename(&path, &kept) {
        Ok(()) => Message::new(
            "The remembered column mappings in {file} could not be read ({error}); the file was kept as {kept} and the mappings start empty. Map your files on the Import screen again.",
        )
        .arg("file", path.display().to_string())
        .arg("error", error)
        .arg("kept", kept.display().to_string()),
        Err(_) => Message::new(
            "The remembered column mappings in {file} could not be read ({error}); the mappings start empty. Map your files on the Import screen again.",
        )
        .arg("file", path.display().to_string())
        .arg("error", error),
    };
    (MappingMemory::default(), Some(message))
}

/// Saves remembered mappings atomically.
pub fn save_mapping_memory(dir: &Path, memory: &MappingMemory) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(memory).map_err(std::io::Error::other)?;
    write_atomic(&mappings_path(dir), text.as_bytes())
}

pub use crate::data::atomic::write_atomic;

fn policies_path(dir: &Path) -> PathBuf {
    dir.join("policies.json")
}

/// The saved policies; none when the file does not exist. A damaged file is an error in words.
pub fn load_policies(dir: &Path) -> Result<Vec<Policy>, Message> {
    let path = policies_path(dir);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(Vec::new());
    };
    let policies: Vec<Policy> = serde_json::from_str(&text).map_err(|e| {
        Message::new(
            "The saved policies in {file} could not be read ({error}); no policy is applied. Save them again from the What-if screen.",
        )
        .arg("file", path.display().to_string())
        .arg("error", json_message(&e))
    })?;
    // A hand-edited file may hold values no form allows: refused here, before scoring.
    for policy in &policies {
        if let Err(e) = policy.changes.validate() {
            return Err(Message::new(
                "The saved policy \"{name}\" in {file} cannot be applied: {error} No policy is applied. Save the policies again from the What-if screen.",
            )
            .arg("name", policy.name.clone())
            .arg("file", path.display().to_string())
            .arg("error", Arg::shown(e)));
        }
    }
    Ok(policies)
}

/// Saves the policies atomically.
pub fn save_policies(dir: &Path, policies: &[Policy]) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(policies).map_err(std::io::Error::other)?;
    write_atomic(&policies_path(dir), text.as_bytes())
}

fn strategies_path(dir: &Path) -> PathBuf {
    dir.join("strategies.json")
}

/// The user's own strategy candidates (and the grids they built); none when the file does not
/// exist. A damaged file, or one with a value no form allows, is an error in words.
pub fn load_strategies(dir: &Path) -> Result<Vec<Strategy>, Message> {
    let path = strategies_path(dir);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(Vec::new());
    };
    let strategies: Vec<Strategy> = serde_json::from_str(&text).map_err(|e| {
        Message::new(
            "The saved strategies in {file} could not be read ({error}); only the ready-made ones are offered. Add your own again on the Strategies screen.",
        )
        .arg("file", path.display().to_string())
        .arg("error", json_message(&e))
    })?;
    for strategy in &strategies {
        if let Err(e) = strategy.changes.validate() {
            return Err(Message::new(
                "The saved strategy \"{name}\" in {file} cannot be used: {error} Only the ready-made strategies are offered. Add your own again on the Strategies screen.",
            )
            .arg("name", strategy.name.to_string())
            .arg("file", path.display().to_string())
            .arg("error", Arg::shown(e)));
        }
    }
    Ok(strategies)
}

/// Saves the user's own strategies atomically.
pub fn save_strategies(dir: &Path, strategies: &[Strategy]) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(strategies).map_err(std::io::Error::other)?;
    write_atomic(&strategies_path(dir), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::mapping::{CanonicalField, FileMapping, TableRole};

    #[test]
    fn saved_settings_outside_their_range_give_the_defaults_and_say_which() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let mut settings = AppSettings::default();
        settings.rates.flag_threshold = 2.5;
        settings.rates.cost_of_capital = 0.1;
        settings.theme = Theme::Light;
        std::fs::write(&path, serde_json::to_string(&settings).unwrap()).unwrap();
        let (loaded, message) = load_settings(dir.path(), Language::English);
        assert_eq!(loaded.rates, Settings::default());
        // The rest of the file is kept.
        assert_eq!(loaded.theme, Theme::Light);
        let message = message.unwrap().to_string();
        assert!(
            message.starts_with("The saved setting threshold = 2.5 in "),
            "{message}"
        );
        // A size limit beyond the largest one.
        let mut settings = AppSettings::default();
        settings.import_limits.max_file_mb = 10_000_000;
        std::fs::write(&path, serde_json::to_string(&settings).unwrap()).unwrap();
        let (loaded, message) = load_settings(dir.path(), Language::English);
        assert_eq!(loaded.import_limits, ReadLimits::default());
        assert!(
            message
                .unwrap()
                .to_string()
                .contains("max_file_mb = 10000000"),
            "the limit is named"
        );
        // Values in range load as saved, without a message.
        let mut settings = AppSettings::default();
        settings.rates.bad_debt_rate = 0.2;
        std::fs::write(&path, serde_json::to_string(&settings).unwrap()).unwrap();
        let (loaded, message) = load_settings(dir.path(), Language::English);
        assert_eq!((loaded.rates.bad_debt_rate, message), (0.2, None));
    }

    #[test]
    fn remembered_mappings_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let mut memory = MappingMemory::default();
        let mut mapping = FileMapping::default();
        mapping.set(CanonicalField::InvoiceId, Some("Fakturanr".into()));
        memory.remember(&["Fakturanr".to_string()], TableRole::Invoices, mapping);
        save_mapping_memory(dir.path(), &memory).unwrap();
        assert_eq!(load_mapping_memory(dir.path()), (memory, None));
    }

    #[test]
    fn a_damaged_mappings_file_is_kept_aside_and_told_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("mappings.json"), "{ not json").unwrap();
        let (memory, message) = load_mapping_memory(dir.path());
        assert_eq!(memory, MappingMemory::default());
        let message = message.unwrap().to_string();
        assert!(
            message.contains("mappings.json could not be read")
                && message.contains("mappings.json.damaged"),
            "{message}"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("mappings.json.damaged")).unwrap(),
            "{ not json"
        );
        // Told once: the next start finds no damaged file to tell about.
        assert_eq!(
            load_mapping_memory(dir.path()),
            (MappingMemory::default(), None)
        );
    }

    #[test]
    fn each_data_set_has_its_own_model_folder() {
        let dir = Path::new("/data");
        let a = vec![
            PathBuf::from("/x/invoices.csv"),
            PathBuf::from("/x/payments.csv"),
        ];
        let a_reordered = vec![a[1].clone(), a[0].clone()];
        let b = vec![PathBuf::from("/y/ledger.xlsx")];
        assert_eq!(models_dir(dir, &[], true), dir.join("models/sample"));
        assert_eq!(dataset_key(&a, false), dataset_key(&a_reordered, false));
        assert_ne!(dataset_key(&a, false), dataset_key(&b, false));
        assert!(dataset_key(&b, false).starts_with("data-"));
    }

    #[test]
    fn settings_survive_a_restart_and_old_or_damaged_files_still_load() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load_settings(dir.path(), Language::English),
            (AppSettings::default(), None)
        );
        // A first start speaks the operating system's language.
        assert_eq!(
            load_settings(dir.path(), Language::Dutch).0.language,
            Language::Dutch
        );
        let settings = AppSettings {
            theme: Theme::Dark,
            rates: Settings {
                flag_threshold: 0.6,
                ..Settings::default()
            },
            last_files: vec![PathBuf::from("/x/ledger.xlsx")],
            ..AppSettings::default()
        };
        save_settings(dir.path(), &settings).unwrap();
        assert_eq!(load_settings(dir.path(), Language::Dutch), (settings, None));
        // A file from an older version without some fields.
        std::fs::write(dir.path().join("settings.json"), r#"{"theme":"Light"}"#).unwrap();
        let (old, problem) = load_settings(dir.path(), Language::English);
        assert_eq!(
            (old.theme, old.last_files.len(), problem),
            (Theme::Light, 0, None)
        );
        std::fs::write(dir.path().join("settings.json"), "{ damaged").unwrap();
        let (damaged, problem) = load_settings(dir.path(), Language::English);
        assert_eq!(damaged, AppSettings::default());
        assert!(
            problem
                .unwrap()
                .to_string()
                .contains("settings.json could not be read")
        );
    }

    #[test]
    fn a_saved_policy_with_values_out_of_range_is_refused_in_words() {
        use crate::insights::whatif::{Changes, Filter};
        let dir = tempfile::tempdir().unwrap();
        let policy = |name: &str, terms_days: i32| Policy {
            name: name.to_string(),
            from: chrono::NaiveDate::MIN,
            filter: Filter::default(),
            changes: Changes {
                terms_days: Some(terms_days),
                ..Changes::default()
            },
            enabled: true,
        };
        let good = vec![policy("Net 45", 45)];
        save_policies(dir.path(), &good).unwrap();
        assert_eq!(load_policies(dir.path()), Ok(good));
        // A hand-edited file: two billion days of terms would move due dates off the calendar.
        save_policies(
            dir.path(),
            &[policy("Net 45", 45), policy("Forever", 2_000_000_000)],
        )
        .unwrap();
        let problem = load_policies(dir.path()).unwrap_err().to_string();
        assert!(problem.contains("\"Forever\""), "{problem}");
        assert!(
            problem.contains(
                "Payment terms of 2000000000 days are outside the allowed range of 0 to 3650 days."
            ),
            "{problem}"
        );
        assert!(problem.contains("No policy is applied"), "{problem}");
    }

    #[test]
    fn own_strategies_survive_a_restart_and_a_damaged_file_is_told() {
        use crate::insights::strategy::{StrategyName, discount};
        use crate::insights::whatif::Changes;
        let dir = tempfile::tempdir().unwrap();
        let own = vec![
            discount(1.5, 14),
            Strategy::new(
                StrategyName::Own("Net 20 for retail".into()),
                Changes {
                    terms_days: Some(20),
                    ..Changes::default()
                },
            ),
        ];
        save_strategies(dir.path(), &own).unwrap();
        assert_eq!(load_strategies(dir.path()), Ok(own));
        std::fs::write(dir.path().join("strategies.json"), "[{ not json").unwrap();
        let problem = load_strategies(dir.path()).unwrap_err().to_string();
        assert!(
            problem.contains("strategies.json could not be read"),
            "{problem}"
        );
        let bad = vec![Strategy::new(
            StrategyName::Own("Too much".into()),
            Changes {
                discount_pct: Some(150.0),
                ..Changes::default()
            },
        )];
        save_strategies(dir.path(), &bad).unwrap();
        let problem = load_strategies(dir.path()).unwrap_err().to_string();
        assert!(problem.contains("\"Too much\""), "{problem}");
        assert!(problem.contains("150"), "{problem}");
    }
}
