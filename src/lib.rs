//! Payment Insights: predicts when customers will pay their invoices.
//!
//! `data`, `model` and `insights` are GUI-free; `app` and `ui` hold the eframe application.

pub mod app;
pub mod data;
pub mod insights;
pub mod model;
pub mod ui;
