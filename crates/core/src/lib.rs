//! Payment Insights' domain, free of any window: importing users' files (`data`), the
//! prediction engine (`model`), the insights built on it (`insights`) and the translation layer
//! every visible text goes through (`i18n`), and the analysis the window and the CLI share
//! (`analysis`: one data set, one field catalogue, the model, the predictions, the policies). The window (`payment-insights`) and the CLI both
//! build on it; this crate cannot import egui, eframe or rfd, so the boundary holds by itself.

pub mod analysis;
pub mod data;
pub mod i18n;
pub mod insights;
pub mod model;
