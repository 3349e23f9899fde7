//! Arbitrary bytes as a model file, read as the model store reads one (UTF-8 text, then JSON
//! into a `Model`), then used as the app uses the published model on a small fixed data set
//! (fuzz/fixtures, a slice of the sample data): one invoice scored and explained, every open
//! invoice scored, the cash forecast, and a what-if. A damaged or absurd model file must give
//! an error or numbers, never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

// Each target runs one of the bodies.
#[allow(dead_code)]
#[path = "../bodies.rs"]
mod bodies;

fuzz_target!(|data: &[u8]| {
    bodies::model_load(data);
});
