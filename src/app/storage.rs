//! Files the app keeps under the platform data directory: remembered column mappings and the
//! what-if policies scoring applies (the model store keeps its own folder, `models`).
//! Writes are atomic (temporary file, then rename) so a crash never leaves half a file.

use crate::data::mapping::MappingMemory;
use crate::insights::whatif::Policy;
use std::path::{Path, PathBuf};

/// The platform data directory of Payment Insights (created on first use).
pub fn data_dir() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("com", "Payment Insights", "Payment Insights")?;
    let dir = dirs.data_dir().to_path_buf();
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir)
}

fn mappings_path(dir: &Path) -> PathBuf {
    dir.join("mappings.json")
}

/// Mappings remembered per file layout; empty when none were saved or the file is unreadable.
pub fn load_mapping_memory(dir: &Path) -> MappingMemory {
    std::fs::read_to_string(mappings_path(dir))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
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
pub fn load_policies(dir: &Path) -> Result<Vec<Policy>, String> {
    let path = policies_path(dir);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(Vec::new());
    };
    serde_json::from_str(&text).map_err(|e| {
        format!(
            "The saved policies in {} could not be read ({e}); no policy is applied. Save them again from the What-if screen.",
            path.display()
        )
    })
}

/// Saves the policies atomically.
pub fn save_policies(dir: &Path, policies: &[Policy]) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(policies).map_err(std::io::Error::other)?;
    write_atomic(&policies_path(dir), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::mapping::{CanonicalField, FileMapping, TableRole};

    #[test]
    fn remembered_mappings_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let mut memory = MappingMemory::default();
        let mut mapping = FileMapping::default();
        mapping.set(CanonicalField::InvoiceId, Some("Fakturanr".into()));
        memory.remember(&["Fakturanr".to_string()], TableRole::Invoices, mapping);
        save_mapping_memory(dir.path(), &memory).unwrap();
        assert_eq!(load_mapping_memory(dir.path()), memory);
        std::fs::write(dir.path().join("mappings.json"), "{ not json").unwrap();
        assert_eq!(load_mapping_memory(dir.path()), MappingMemory::default());
    }
}
