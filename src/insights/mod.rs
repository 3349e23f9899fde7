//! Per-customer insights (status, history, bucket amounts), what-if and cash forecast; built on the prediction engine.
