//! Every reproducer kept under `fuzz/regressions/<target>/` goes through the code its fuzz
//! target runs (fuzz/fuzz_targets/), on every `cargo test`: a fixed crash stays fixed. The
//! crashes still open (owned by another change) are listed in [`OPEN`] by file name with what
//! they do; the test fails when one of them stops crashing, so the entry is removed with the fix.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use payment_insights::data::raw::read_workbook_bytes;

#[path = "../fuzz/bodies.rs"]
mod bodies;
use bodies::{fixture_tables, import_csv, import_xlsx, model_load};

/// Reproducers that still crash, by target and file name, with what they do. Each is
/// replayed and must still panic; inputs that abort the process (memory, stack) instead of
/// panicking cannot run in a test and are listed in [`NOT_RUN`].
const OPEN: &[(&str, &str, &str)] = &[];

/// Reproducers that take the whole process down (out of memory, stack overflow): kept for
/// `cargo fuzz run`, not replayed here.
const NOT_RUN: &[(&str, &str, &str)] = &[];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A target's name and the code it runs on one input.
type Target = (&'static str, fn(&[u8]));

const TARGETS: [Target; 3] = [
    ("import_csv", import_csv),
    ("import_xlsx", import_xlsx),
    ("model_load", model_load),
];

fn listed(list: &[(&str, &str, &str)], target: &str, name: &str) -> bool {
    list.iter().any(|(t, n, _)| *t == target && *n == name)
}

#[test]
fn fuzz_reproducers_stay_fixed_and_open_ones_are_listed() {
    // The fixture is imported before the panic hook is silenced: its failure must be seen.
    let _ = fixture_tables();
    let mut problems = Vec::new();
    let mut replayed = 0;
    let mut seen = Vec::new();
    for (target, run) in TARGETS {
        let dir = root().join("fuzz/regressions").join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            seen.push((target, name.clone()));
            if listed(NOT_RUN, target, &name) {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let hook = std::panic::take_hook();
            std::panic::set_hook(Box::new(|_| {}));
            let panicked = catch_unwind(AssertUnwindSafe(|| run(&bytes))).is_err();
            std::panic::set_hook(hook);
            replayed += 1;
            match (panicked, listed(OPEN, target, &name)) {
                (true, false) => problems.push(format!(
                    "{target}/{name} panics: `cargo +nightly fuzz run -a -s none {target} fuzz/regressions/{target}/{name}` shows where"
                )),
                (false, true) => problems.push(format!(
                    "{target}/{name} no longer panics: remove it from OPEN in tests/fuzz_regressions.rs"
                )),
                _ => {}
            }
        }
    }
    for (target, name, _) in OPEN.iter().chain(NOT_RUN) {
        if !seen.iter().any(|(t, n)| t == target && n == name) {
            problems.push(format!(
                "{target}/{name} is listed but not in fuzz/regressions/{target}/"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    eprintln!("{replayed} fuzz reproducers replayed");
}

/// The workbooks that took the process down before the importer's fixes are refused in words:
/// a cell at XFD1048576 (calamine would allocate 550 GB for the sheet), a dimension reference
/// whose column letters overflow calamine's arithmetic, and one that ends before it starts
/// (calamine subtracts past zero).
#[test]
fn the_workbooks_that_crashed_are_refused_naming_the_file() {
    for (name, expected) in [
        ("cell-at-xfd1048576.xlsx", "fuzz.xlsx"),
        (
            "cell-reference-overflow.xlsx",
            "it is damaged, or not an Excel workbook",
        ),
    ] {
        let bytes = std::fs::read(root().join("fuzz/regressions/import_xlsx").join(name)).unwrap();
        let error = read_workbook_bytes(Path::new("fuzz.xlsx"), bytes, None).unwrap_err();
        let message = error.to_string();
        assert!(message.contains(expected), "{name}: {message}");
    }
}

/// A merge list that calamine's range arithmetic overflows on (an end before its start, C3:A1)
/// costs the merges only: the sheet's rows are read as without them.
#[test]
fn a_damaged_merge_list_leaves_the_sheet_readable() {
    let dir = root().join("fuzz/regressions/import_xlsx");
    let damaged = std::fs::read(dir.join("merge-end-before-start.xlsx")).unwrap();
    let clean = std::fs::read(root().join("tests/fixtures/ledger.xlsx")).unwrap();
    let read = |bytes| read_workbook_bytes(Path::new("fuzz.xlsx"), bytes, None);
    let (damaged, clean) = (read(damaged).unwrap(), read(clean).unwrap());
    assert_eq!(damaged.headers, clean.headers);
    assert_eq!(damaged.row_numbers, clean.row_numbers);
    assert!(damaged.height() > 0);
}
