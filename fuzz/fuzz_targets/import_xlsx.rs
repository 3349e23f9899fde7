//! Arbitrary bytes as a workbook (xlsx, xlsb, xls or ods, as calamine tells them apart): the
//! workbook reader, then the same plan and validation as a one-file ledger as `import_csv`.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use payment_insights::data::import::{plan, validate};
use payment_insights::data::mapping::TableRole;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::raw::read_workbook_bytes;

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
    let Ok(table) = read_workbook_bytes(Path::new("fuzz.xlsx"), data.to_vec(), None) else {
        return;
    };
    let _ = table.preview(5);
    let mut plan = plan(vec![table], None, None);
    let _ = validate(&plan, &no_progress, &Cancel::new());
    if let Some(file) = plan.files.first_mut()
        && file.role != TableRole::Ledger
    {
        file.set_role(TableRole::Ledger);
        let _ = validate(&plan, &no_progress, &Cancel::new());
    }
});
