//! Payment Insights: predicts when customers will pay their invoices.
//!
//! `data`, `model` and `insights` are GUI-free; `app` and `ui` hold the eframe application;
//! `i18n` is the translation layer every visible string goes through.

pub mod app;
pub mod data;
pub mod i18n;
pub mod insights;
pub mod model;
pub mod ui;
