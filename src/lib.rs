//! Payment Insights: predicts when customers will pay their invoices.
//!
//! The domain lives in the `payment-insights-core` crate (`crates/core`) and is re-exported
//! here, so `payment_insights::data` and the rest read as before; `app` and `ui` hold the eframe
//! application on top of it.

pub use payment_insights_core::{analysis, data, i18n, insights, model};

pub mod app;
pub mod ui;
