//! Files the app keeps under the platform data directory: remembered column mappings.
//! Writes are atomic (temporary file, then rename) so a crash never leaves half a file.

use crate::data::mapping::MappingMemory;
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
