//! Deterministic generator of realistic customers, invoices and payments (sample and benchmark data).
