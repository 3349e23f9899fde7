//! Arbitrary bytes as a CSV file: the reader (encoding, dialect, headers), the automatic
//! mapping and plan, and validation into tables, first with the guessed role and then as a
//! one-file ledger; a file that imports is also given a field catalogue. Any panic, hang or
//! runaway allocation is a bug: bad input must come back as an error or a report issue.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use payment_insights::data::import::{ImportPlan, plan, validate};
use payment_insights::data::mapping::TableRole;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::raw::read_csv_bytes;
use payment_insights::model::{Buckets, Catalogue};

fn import(plan: &ImportPlan) {
    // The plan as the CLI prints it.
    let _ = plan.to_string();
    if let Ok(imported) = validate(plan, &no_progress, &Cancel::new()) {
        let _ = imported.report.grouped();
        let _ = Catalogue::build(&imported.tables, &Buckets::default());
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(table) = read_csv_bytes("fuzz.csv", Path::new("fuzz.csv"), data.to_vec()) else {
        return;
    };
    let _ = table.preview(5);
    let mut plan = plan(vec![table], None, None);
    import(&plan);
    if let Some(file) = plan.files.first_mut()
        && file.role != TableRole::Ledger
    {
        file.set_role(TableRole::Ledger);
        import(&plan);
    }
});
