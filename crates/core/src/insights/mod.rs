//! Insights built on the prediction engine: predictions for open invoices with explanations,
//! per-customer status and history, the collections worklist, the portfolio and weekly cash
//! forecast, and what-if scenarios with the cost and benefit of a cash discount. GUI-free.

pub mod customer;
pub mod export;
pub mod policy;
pub mod predict;
pub mod query;
pub mod strategy;
pub mod whatif;

pub use predict::{Prediction, Scored, Settings, score_open};
