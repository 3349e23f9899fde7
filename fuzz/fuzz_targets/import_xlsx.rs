//! Arbitrary bytes as a workbook (xlsx, xlsb, xls or ods, as calamine tells them apart): the
//! workbook reader, then the same plan and validation as a one-file ledger as `import_csv`.

#![no_main]

use libfuzzer_sys::fuzz_target;

// Each target runs one of the bodies.
#[allow(dead_code)]
#[path = "../bodies.rs"]
mod bodies;

/// libfuzzer-sys aborts in its panic hook, before any `catch_unwind` runs; the importer itself
/// catches a panic inside calamine (`raw::guard_workbook_reader`), so this target puts back a
/// hook that only prints. A panic nothing catches still reaches libfuzzer-sys's own
/// `catch_unwind` and aborts: it is still found.
fn print_panics_only() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
}

fuzz_target!(|data: &[u8]| {
    print_panics_only();
    bodies::import_xlsx(data);
});
