//! Arbitrary bytes as a CSV file: the reader (encoding, dialect, headers), the automatic
//! mapping and plan, and validation into tables, first with the guessed role and then as a
//! one-file ledger; a file that imports is also given a field catalogue. Any panic, hang or
//! runaway allocation is a bug: bad input must come back as an error or a report issue.

#![no_main]

use libfuzzer_sys::fuzz_target;

// Each target runs one of the bodies.
#[allow(dead_code)]
#[path = "../bodies.rs"]
mod bodies;

fuzz_target!(|data: &[u8]| {
    bodies::import_csv(data);
});
