//! Arbitrary bytes as a workbook (xlsx, xlsb, xls or ods, as calamine tells them apart): the
//! workbook reader, then the same plan and validation as a one-file ledger as `import_csv`.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use payment_insights::data::import::{plan, validate};
use payment_insights::data::mapping::TableRole;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::raw::read_workbook_bytes;

fuzz_target!(|data: &[u8]| {
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
