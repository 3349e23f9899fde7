//! Data: importing users' files, column mapping, validation and the canonical tables;
//! the sample-data generator.

pub mod generate;
