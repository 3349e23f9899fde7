//! The model store under concurrent use: threads of this process, child processes and CLI runs
//! saving and publishing into one folder at once. Every publish that reported success is in the
//! history, every save has its own version number, and the index stays valid.

// Test helpers outside #[test] functions: a failure fails the test.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Stdio};

use payment_insights::model::Model;
use payment_insights::model::store::ModelStore;

const CHILD_ENV: &str = "PAYMENT_INSIGHTS_STORE_CHILD_DIR";
const PER_WRITER: usize = 4;

fn sample_model() -> Model {
    serde_json::from_str(include_str!("../resources/sample-model.json")).unwrap()
}

/// Saves and publishes `PER_WRITER` models, returning the versions.
fn save_and_publish(store: &ModelStore) -> Vec<u32> {
    (0..PER_WRITER)
        .map(|_| {
            let version = store.save(&mut sample_model()).unwrap();
            store.publish(version).unwrap();
            version
        })
        .collect()
}

/// The child process: saves and publishes, printing each version it published. Only runs when
/// the parent test starts it.
#[test]
fn store_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let store = ModelStore::open(Path::new(&dir)).unwrap();
    for version in save_and_publish(&store) {
        println!("published {version}");
    }
}

#[test]
fn threads_processes_and_cli_runs_publishing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = ModelStore::open(dir.path()).unwrap();
    // Versions for the CLI runs to publish.
    let for_cli: Vec<u32> = (0..3)
        .map(|_| store.save(&mut sample_model()).unwrap())
        .collect();

    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..3)
        .map(|_| {
            Command::new(&exe)
                .args(["--exact", "store_child", "--nocapture", "--test-threads=1"])
                .env(CHILD_ENV, dir.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let cli_runs: Vec<_> = for_cli
        .iter()
        .map(|version| {
            Command::new(env!("CARGO_BIN_EXE_payment-insights-cli"))
                .arg("publish")
                .arg(version.to_string())
                .arg("--store")
                .arg(dir.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut published: Vec<u32> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..2)
            .map(|_| scope.spawn(|| save_and_publish(&store)))
            .collect();
        threads
            .into_iter()
            .flat_map(|t| t.join().unwrap())
            .collect()
    });
    for child in children {
        let output = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let versions: Vec<u32> = stdout
            .lines()
            // The harness may print its "test store_child ..." on the same line.
            .filter_map(|l| l.split("published ").nth(1)?.trim().parse().ok())
            .collect();
        assert_eq!(versions.len(), PER_WRITER, "{stdout}");
        published.extend(versions);
    }
    for (run, version) in cli_runs.into_iter().zip(&for_cli) {
        let output = run.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        published.push(*version);
    }

    // Every save got its own number.
    let mut saved = published.clone();
    saved.sort_unstable();
    let total = 3 + 5 * PER_WRITER;
    assert_eq!(saved, (1..=total as u32).collect::<Vec<u32>>());
    // Every reported publish is in the history, once; the index file is valid JSON.
    let mut history = store.published_history().unwrap();
    assert_eq!(store.repair_index().unwrap(), None, "the index is sound");
    history.sort_unstable();
    assert_eq!(history, saved);
    let text = std::fs::read_to_string(dir.path().join("published.json")).unwrap();
    assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok());
    // No temporary file is left that looks like a model.
    assert_eq!(store.versions().len(), total);
}

#[test]
fn the_cli_tells_about_a_damaged_index_and_lists_the_rebuilt_history() {
    let dir = tempfile::tempdir().unwrap();
    let store = ModelStore::open(dir.path()).unwrap();
    for _ in 0..3 {
        let version = store.save(&mut sample_model()).unwrap();
        store.publish(version).unwrap();
    }
    std::fs::write(dir.path().join("published.json"), "{ \"published\": [1,").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_payment-insights-cli"))
        .arg("list")
        .arg("--store")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("published.json is damaged")
            && stderr.contains("published versions 1, 2, 3"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("version   3  published "), "{stdout}");
    assert!(dir.path().join("published.json.damaged").exists());
}
