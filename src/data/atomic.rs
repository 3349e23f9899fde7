//! Atomic file writes: a temporary sibling file, then a rename over the target, so a crash
//! never leaves half a file (mappings, models, settings).

use std::path::Path;

/// Writes a file by writing a temporary sibling and renaming it over the target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}
