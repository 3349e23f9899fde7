//! Where the files shipped with the app are found: the sample data (`sample-data/`) and the
//! bundled model (`resources/sample-model.json`). An installed app finds them in its install
//! location, `cargo run` in the source tree; the working directory is never looked at. They are
//! only read: whatever the app writes goes to the per-user data directory
//! ([`super::storage::data_dir`]).
//!
//! Every install location holds the two paths as they are in the source tree, under one folder
//! (packaging/README.md shows each platform's layout).

use std::path::{Path, PathBuf};

/// The sample data's folder, relative to a resource folder.
const SAMPLE_DATA: &str = "sample-data";
/// The bundled model, relative to a resource folder.
const BUNDLED_MODEL: &str = "resources/sample-model.json";

/// The folders that may hold the shipped files, the install location first:
/// - the executable's own folder: the Windows install folder;
/// - `../Resources`: a macOS bundle (`Payment Insights.app/Contents/MacOS/payment-insights`);
/// - `../share/payment-insights`: a Linux package (`/usr/bin` beside `/usr/share`);
/// - the source tree, for `cargo run` and the tests.
pub fn resource_dirs() -> Vec<PathBuf> {
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf));
    let mut dirs = exe_dir.as_deref().map(install_dirs).unwrap_or_default();
    dirs.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    dirs
}

/// The install locations of the shipped files, for an executable in `exe_dir`.
fn install_dirs(exe_dir: &Path) -> Vec<PathBuf> {
    let mut dirs = vec![exe_dir.to_path_buf()];
    if let Some(parent) = exe_dir.parent() {
        dirs.push(parent.join("Resources"));
        dirs.push(parent.join("share").join("payment-insights"));
    }
    dirs
}

/// The first of `dirs` in which `relative` exists.
fn find_in(dirs: &[PathBuf], relative: &str) -> Option<PathBuf> {
    dirs.iter().map(|d| d.join(relative)).find(|p| p.exists())
}

/// The bundled sample data: in the install location, else in the source tree (the path there
/// is returned even if missing, so an error names where the data was expected).
pub fn sample_data_dir() -> PathBuf {
    let dirs = resource_dirs();
    find_in(&dirs, &format!("{SAMPLE_DATA}/invoices.csv"))
        .and_then(|invoices| invoices.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE_DATA))
}

/// The pre-trained model shipped for the sample data, if it is there.
pub fn bundled_model_path() -> Option<PathBuf> {
    find_in(&resource_dirs(), BUNDLED_MODEL)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Creates `relative` (and its folders) under `root`.
    fn touch(root: &Path, relative: &str) {
        let path = root.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "x").unwrap();
    }

    #[test]
    fn a_macos_bundle_finds_its_files_in_contents_resources() {
        let tmp = tempfile::tempdir().unwrap();
        let contents = tmp.path().join("Payment Insights.app/Contents");
        touch(&contents, "Resources/sample-data/invoices.csv");
        touch(&contents, "Resources/resources/sample-model.json");
        let dirs = install_dirs(&contents.join("MacOS"));
        assert_eq!(
            find_in(&dirs, "sample-data/invoices.csv"),
            Some(contents.join("Resources/sample-data/invoices.csv"))
        );
        assert_eq!(
            find_in(&dirs, BUNDLED_MODEL),
            Some(contents.join("Resources/resources/sample-model.json"))
        );
    }

    #[test]
    fn a_linux_package_finds_its_files_in_share() {
        let tmp = tempfile::tempdir().unwrap();
        touch(
            tmp.path(),
            "usr/share/payment-insights/sample-data/invoices.csv",
        );
        let dirs = install_dirs(&tmp.path().join("usr/bin"));
        assert_eq!(
            find_in(&dirs, "sample-data/invoices.csv"),
            Some(
                tmp.path()
                    .join("usr/share/payment-insights/sample-data/invoices.csv")
            )
        );
    }

    #[test]
    fn files_beside_the_exe_come_first_and_missing_files_are_none() {
        let tmp = tempfile::tempdir().unwrap();
        touch(tmp.path(), "app/resources/sample-model.json");
        touch(tmp.path(), "Resources/resources/sample-model.json");
        let dirs = install_dirs(&tmp.path().join("app"));
        assert_eq!(
            find_in(&dirs, BUNDLED_MODEL),
            Some(tmp.path().join("app/resources/sample-model.json"))
        );
        assert_eq!(find_in(&dirs, "sample-data/invoices.csv"), None);
    }

    #[test]
    fn the_source_tree_is_the_last_resort() {
        let dirs = resource_dirs();
        assert_eq!(
            dirs.last(),
            Some(&PathBuf::from(env!("CARGO_MANIFEST_DIR")))
        );
        assert!(sample_data_dir().join("invoices.csv").exists());
        assert!(bundled_model_path().is_some());
    }
}
