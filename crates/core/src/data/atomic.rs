//! Atomic file writes, the one way the app and the CLI write a file (models, the store's index,
//! settings, mappings, policies, exports, reports): a uniquely named temporary file in the
//! target's folder is written, flushed to disk, renamed over the target, and the folder is
//! flushed too. A crash or a kill at any moment leaves the target either as it was or complete,
//! never half written; two writers never share a temporary file.

use crate::i18n::Message;
use std::io::{BufWriter, Write};
use std::path::Path;

/// Writes `bytes` to `path` atomically (see the module docs).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |out| out.write_all(bytes))
}

/// Writes `path` atomically from `body`, which streams into a buffered writer: large files are
/// never built in memory first. Nothing is replaced if `body` fails.
pub fn write_atomic_with<F>(path: &Path, body: F) -> std::io::Result<()>
where
    F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
{
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    // The name starts with a dot and ends with ".tmp", so listings (the model store's
    // `model-NNNN.json`, a folder of exports) never take it for a real file.
    let mut builder = tempfile::Builder::new();
    builder.prefix(".pi-").suffix(".tmp");
    // A temporary file is private (0600) by default; the finished file gets the permissions
    // any new file gets (0666 less the umask), as `File::create` gave it before.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.tempfile_in(dir)?;
    {
        let mut out = BufWriter::with_capacity(1 << 16, tmp.as_file());
        body(&mut out)?;
        out.flush()?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// The temporary files a killed writer left in `dir` (named as [`write_atomic_with`] names
/// them) that are older than `age`: removed, so they do not pile up. A younger one may belong
/// to a write still running and is left alone. Returns how many were removed; a file that
/// cannot be removed is skipped (it is hidden and never read).
pub fn remove_stale_temporaries(dir: &Path, age: std::time::Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    entries
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with(".pi-") && name.ends_with(".tmp")
        })
        .filter(|e| {
            e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|modified| now.duration_since(modified).ok())
                .is_some_and(|elapsed| elapsed > age)
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

/// How old a temporary file in a folder being opened must be to count as a killed writer's
/// leftover: the store's writes (a model, its index) take well under a second and hold the
/// store's lock, so a minute leaves any write still running alone.
pub const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_secs(60);

/// Why a folder the app keeps its files in cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum FolderError {
    IsAFile { folder: String },
    Create { folder: String, reason: Message },
}

impl std::fmt::Display for FolderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for FolderError {}

impl FolderError {
    /// The error as a message, put into words when shown.
    pub fn message(&self) -> Message {
        match self {
            FolderError::IsAFile { folder } => Message::new(
                "{folder} is a file, not a folder. Give the path of a folder (a new one is made), or move the file away.",
            )
            .arg("folder", folder.as_str()),
            FolderError::Create { folder, reason } => Message::new(
                "The folder {folder} cannot be made: {reason}. Choose another place, or check the permissions of the folders above it.",
            )
            .arg("folder", folder.as_str())
            .arg("reason", reason.clone()),
        }
    }
}

/// Makes sure `dir` is a folder the app can keep files in (made when missing, refused in words
/// when a file has its name), and removes the temporary files a killed run left in it. Returns
/// how many leftovers were removed.
pub fn open_folder(dir: &Path) -> Result<usize, FolderError> {
    let folder = dir.display().to_string();
    if dir.is_file() {
        return Err(FolderError::IsAFile { folder });
    }
    if let Err(error) = std::fs::create_dir_all(dir) {
        if dir.is_file() || error.kind() == std::io::ErrorKind::AlreadyExists {
            return Err(FolderError::IsAFile { folder });
        }
        // A part of the path above it may be a file.
        let blocked = dir.ancestors().skip(1).find(|a| a.is_file());
        return Err(match blocked {
            Some(file) => FolderError::IsAFile {
                folder: file.display().to_string(),
            },
            None => FolderError::Create {
                folder,
                reason: crate::data::raw::io_message(&error),
            },
        });
    }
    Ok(remove_stale_temporaries(dir, LEFTOVER_AGE))
}

/// Flushes a folder's entries (the rename) to disk. Windows has no such call; its rename is
/// durable enough once the file's own data is synced.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    fn names(dir: &Path) -> Vec<String> {
        let mut out: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        out.sort();
        out
    }

    #[test]
    fn writes_replace_the_target_and_leave_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(names(dir.path()), ["a.json"]);
    }

    #[test]
    fn stale_temporaries_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        for name in [".pi-left.tmp", "model-0001.json", "notes.tmp"] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        let hour = Duration::from_secs(3600);
        // Just written: it may belong to a write still running.
        assert_eq!(remove_stale_temporaries(dir.path(), hour), 0);
        assert_eq!(names(dir.path()).len(), 3);
        // Two hours old, as a killed write's leftover is by the next training.
        let two_hours_ago = std::time::SystemTime::now() - 2 * hour;
        for name in [".pi-left.tmp", "model-0001.json", "notes.tmp"] {
            let file = std::fs::File::options()
                .write(true)
                .open(dir.path().join(name))
                .unwrap();
            file.set_modified(two_hours_ago).unwrap();
        }
        assert_eq!(remove_stale_temporaries(dir.path(), hour), 1);
        assert_eq!(names(dir.path()), ["model-0001.json", "notes.tmp"]);
    }

    #[test]
    fn opening_a_folder_removes_a_killed_runs_leftovers() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("models");
        assert_eq!(open_folder(&store), Ok(0));
        for name in [".pi-killed.tmp", ".pi-running.tmp", "model-0001.json"] {
            std::fs::write(store.join(name), b"x").unwrap();
        }
        let killed = std::fs::File::options()
            .write(true)
            .open(store.join(".pi-killed.tmp"))
            .unwrap();
        killed
            .set_modified(std::time::SystemTime::now() - 2 * LEFTOVER_AGE)
            .unwrap();
        assert_eq!(open_folder(&store), Ok(1));
        assert_eq!(names(&store), [".pi-running.tmp", "model-0001.json"]);
    }

    #[test]
    fn a_file_where_a_folder_should_be_is_told_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("store.txt");
        std::fs::write(&file, b"x").unwrap();
        let error = open_folder(&file).unwrap_err();
        assert_eq!(
            error,
            FolderError::IsAFile {
                folder: file.display().to_string()
            }
        );
        assert!(
            error.to_string().contains("is a file, not a folder"),
            "{error}"
        );
        // A folder under the file names the file.
        let error = open_folder(&file.join("models")).unwrap_err();
        assert_eq!(
            error,
            FolderError::IsAFile {
                folder: file.display().to_string()
            }
        );
    }

    #[test]
    fn a_failing_body_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.csv");
        write_atomic(&path, b"old").unwrap();
        let result = write_atomic_with(&path, |out| {
            out.write_all(b"half")?;
            Err(std::io::Error::other("stopped"))
        });
        assert_eq!(result.unwrap_err().to_string(), "stopped");
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(names(dir.path()), ["a.csv"]);
    }

    /// One complete version of the big file: `generation` repeated, then an end marker.
    fn content(generation: u32) -> Vec<u8> {
        let line = format!("generation {generation:>8} of the big file, complete\n");
        let mut out = line.repeat(40_000).into_bytes();
        out.extend_from_slice(b"END\n");
        out
    }

    const CHILD_ENV: &str = "PAYMENT_INSIGHTS_ATOMIC_CHILD_DIR";

    /// The child: rewrites the big file in a loop until it is killed. Only runs when the
    /// parent test starts it.
    #[test]
    fn atomic_writer_child() {
        let Some(dir) = std::env::var_os(CHILD_ENV) else {
            return;
        };
        let path = Path::new(&dir).join("big.txt");
        for generation in 1.. {
            write_atomic_with(&path, |out| {
                // Streamed in pieces, so a kill lands mid-write.
                for chunk in content(generation).chunks(4096) {
                    out.write_all(chunk)?;
                }
                Ok(())
            })
            .unwrap();
        }
    }

    #[test]
    fn a_killed_writer_leaves_the_old_or_the_new_file_never_half() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let exe = std::env::current_exe().unwrap();
        // Kill moments spread over the first writes and later ones (a cheap, seeded LCG).
        let mut seed: u64 = 0x5eed;
        let mut generations_seen = std::collections::BTreeSet::new();
        for round in 0..12 {
            let mut child = Command::new(&exe)
                .args([
                    "--exact",
                    "data::atomic::tests::atomic_writer_child",
                    "--nocapture",
                ])
                .env(CHILD_ENV, dir.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let wait_ms = 20 + (seed >> 33) % 400;
            let started = Instant::now();
            while started.elapsed() < Duration::from_millis(wait_ms) {
                std::thread::sleep(Duration::from_millis(5));
            }
            child.kill().unwrap();
            child.wait().unwrap();
            match std::fs::read(&path) {
                // Killed before the first write ever finished (only possible early on).
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => panic!("round {round}: {e}"),
                Ok(bytes) => {
                    let first = bytes.split(|&b| b == b'\n').next().unwrap();
                    let generation: u32 = String::from_utf8_lossy(first)
                        .split_whitespace()
                        .nth(1)
                        .unwrap()
                        .parse()
                        .unwrap();
                    generations_seen.insert((round, generation));
                    assert!(
                        bytes == content(generation),
                        "round {round}: generation {generation} is incomplete ({} bytes)",
                        bytes.len()
                    );
                }
            }
            // Temporary files a kill left behind are hidden and never named like the target.
            for name in names(dir.path()) {
                assert!(
                    name == "big.txt" || (name.starts_with(".pi-") && name.ends_with(".tmp")),
                    "{name}"
                );
            }
        }
        // The children really wrote: most rounds found a complete file.
        assert!(generations_seen.len() >= 6, "{generations_seen:?}");
    }
}
