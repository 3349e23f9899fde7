//! Remembered layouts: the mapping of each file layout the user confirmed, found again by the
//! layout's fingerprint next time.

use super::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A fingerprint of a file's layout: its role-independent column names, normalised and in order.
/// The same export from the same system gives the same fingerprint month after month.
pub fn layout_fingerprint(headers: &[String]) -> String {
    headers
        .iter()
        .map(|h| normalise(h))
        .collect::<Vec<_>>()
        .join("|")
}

/// Mappings remembered per file layout, so the same export maps the same way next time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MappingMemory {
    /// Layout fingerprint → (role, mapping).
    pub layouts: BTreeMap<String, (TableRole, FileMapping)>,
}

impl MappingMemory {
    pub fn remember(&mut self, headers: &[String], role: TableRole, mapping: FileMapping) {
        let mut mapping = mapping;
        mapping.file = None;
        self.layouts
            .insert(layout_fingerprint(headers), (role, mapping));
    }

    pub fn recall(&self, headers: &[String]) -> Option<&(TableRole, FileMapping)> {
        self.layouts.get(&layout_fingerprint(headers))
    }
}
