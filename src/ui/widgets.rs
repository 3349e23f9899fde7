//! Small shared pieces of the window.

pub use crate::data::format::{count, money, percent};
