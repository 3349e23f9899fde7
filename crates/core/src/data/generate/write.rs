//! Writing a generated data set as CSV files (customers, invoices, payments, truth), and
//! reading the truth back.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use super::*;
use crate::data::csv_out::{CsvOut, write_csv_file};

/// Writes customers.csv, invoices.csv, payments.csv and truth.csv into `dir` (creating it); returns the paths written.
pub fn write_csv(data: &GeneratedData, dir: &Path) -> io::Result<Vec<PathBuf>> {
    fs::create_dir_all(dir)?;
    let max_number = data.invoices.iter().map(|i| i.number).max().unwrap_or(0);
    let ids = InvoiceIds {
        width: digits(max_number as usize).max(7),
    };
    let dates = DateCache::new(data);

    let customers_path = dir.join("customers.csv");
    write_file(&customers_path, |w| write_customers(w, data, &dates))?;
    let invoices_path = dir.join("invoices.csv");
    write_file(&invoices_path, |w| write_invoices(w, data, &ids, &dates))?;
    let payments_path = dir.join("payments.csv");
    write_file(&payments_path, |w| write_payments(w, data, &ids, &dates))?;
    let truth_path = dir.join("truth.csv");
    write_file(&truth_path, |w| write_truth(w, data, &ids))?;
    Ok(vec![
        customers_path,
        invoices_path,
        payments_path,
        truth_path,
    ])
}

/// The project's one CSV writer, streaming into the atomic writer's temporary file.
pub(super) type Out<'a> = CsvOut<&'a mut dyn Write>;

pub(super) fn write_file(
    path: &Path,
    body: impl FnOnce(&mut Out) -> io::Result<()>,
) -> io::Result<()> {
    write_csv_file(path, body)
}

pub(super) fn write_customers(
    w: &mut Out,
    data: &GeneratedData,
    dates: &DateCache,
) -> io::Result<()> {
    w.header(&[
        "customer_id",
        "name",
        "group",
        "country",
        "credit_limit",
        "payment_terms_days",
        "paperless_since",
    ])?;
    for c in &data.customers {
        w.text(&c.customer_id)?;
        // Names come from comma-free word lists; the writer would quote a comma anyway.
        w.text(&c.name)?;
        w.text(c.group.label())?;
        w.text(c.country)?;
        write_money(w, c.credit_limit_cents)?;
        w.integer(i64::from(c.payment_terms_days))?;
        match c.paperless_since {
            Some(d) => dates.write(w, d)?,
            None => w.empty()?,
        }
        w.end_row()?;
    }
    Ok(())
}

pub(super) fn write_invoices(
    w: &mut Out,
    data: &GeneratedData,
    ids: &InvoiceIds,
    dates: &DateCache,
) -> io::Result<()> {
    w.header(&[
        "invoice_id",
        "customer_id",
        "invoice_date",
        "due_date",
        "amount",
        "currency",
        "discount_pct",
        "discount_days",
        "disputed",
        "delivery",
        "reminder_date",
        "channel",
    ])?;
    for inv in &data.invoices {
        ids.write(w, inv.number)?;
        let customer_id = data
            .customers
            .get(inv.customer)
            .map_or("", |c| c.customer_id.as_str());
        w.text(customer_id)?;
        dates.write(w, inv.invoice_date)?;
        dates.write(w, inv.due_date)?;
        write_money(w, inv.amount_cents)?;
        w.text("EUR")?;
        if let Some(d) = inv.discount {
            w.integer(i64::from(d.pct))?;
            w.integer(i64::from(d.days))?;
        } else {
            w.empty()?;
            w.empty()?;
        }
        w.text(if inv.disputed { "yes" } else { "no" })?;
        w.text(if inv.electronic {
            "electronic"
        } else {
            "paper"
        })?;
        match inv.reminder_date {
            Some(d) => dates.write(w, d)?,
            None => w.empty()?,
        }
        w.text(inv.channel.label())?;
        w.end_row()?;
    }
    Ok(())
}

pub(super) fn write_payments(
    w: &mut Out,
    data: &GeneratedData,
    ids: &InvoiceIds,
    dates: &DateCache,
) -> io::Result<()> {
    w.header(&["invoice_id", "payment_date", "amount"])?;
    for p in &data.payments {
        let number = data.invoices.get(p.invoice).map_or(0, |inv| inv.number);
        ids.write(w, number)?;
        dates.write(w, p.payment_date)?;
        write_money(w, p.amount_cents)?;
        w.end_row()?;
    }
    Ok(())
}

/// A generated data set's truth.csv (see `write_truth`): invoice id → its true bucket
/// probabilities, for comparing a model with the oracle. `None` when the file cannot be read.
pub fn read_truth(path: &Path) -> Option<HashMap<String, Vec<f64>>> {
    let text = fs::read_to_string(path).ok()?;
    let mut out = HashMap::new();
    for line in text.lines().skip(1) {
        let mut parts = line.split(',');
        let id = parts.next()?.to_string();
        let probs: Vec<f64> = parts.take(3).filter_map(|v| v.parse().ok()).collect();
        if probs.len() == 3 {
            out.insert(id, probs);
        }
    }
    Some(out)
}

pub(super) fn write_truth(w: &mut Out, data: &GeneratedData, ids: &InvoiceIds) -> io::Result<()> {
    w.header(&[
        "invoice_id",
        "p_on_time",
        "p_late",
        "p_very_late",
        "days_late",
    ])?;
    for inv in &data.invoices {
        ids.write(w, inv.number)?;
        for p in inv.probabilities() {
            write_probability(w, p)?;
        }
        match inv.days_late {
            Some(days) => w.integer(i64::from(days))?,
            None => w.empty()?,
        }
        w.end_row()?;
    }
    Ok(())
}

pub(super) struct InvoiceIds {
    pub(super) width: usize,
}

impl InvoiceIds {
    pub(super) fn write(&self, w: &mut Out, number: u32) -> io::Result<()> {
        w.text_with(|b| write!(b, "INV-{:0width$}", number, width = self.width))
    }
}

/// Amount with two decimals and a dot, from cents.
pub(super) fn write_money(w: &mut Out, cents: i64) -> io::Result<()> {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    w.number_with(|b| write!(b, "{sign}{}.{:02}", abs / 100, abs % 100))
}

/// Probability with four decimals, via integer ten-thousandths (exact and cheap).
pub(super) fn write_probability(w: &mut Out, p: f64) -> io::Result<()> {
    let units = (p.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    w.number_with(|b| write!(b, "{}.{:04}", units / 10_000, units % 10_000))
}

/// Pre-rendered ISO dates for the data set's range (dates repeat millions of times).
pub(super) struct DateCache {
    pub(super) first_day: i32,
    pub(super) rendered: Vec<[u8; 10]>,
}

impl DateCache {
    pub(super) fn new(data: &GeneratedData) -> Self {
        let days = data
            .invoices
            .iter()
            .flat_map(|inv| [inv.invoice_date, inv.due_date])
            .chain(data.payments.iter().map(|p| p.payment_date))
            .chain(data.customers.iter().filter_map(|c| c.paperless_since))
            .map(|d| d.num_days_from_ce());
        let (mut first, mut last) = (i32::MAX, i32::MIN);
        for day in days {
            first = first.min(day);
            last = last.max(day);
        }
        let mut rendered = Vec::new();
        // Ranges beyond ~270 years would waste memory; such dates fall back to formatting.
        if first <= last && last - first < 100_000 {
            rendered.reserve((last - first + 1) as usize);
            for day in first..=last {
                let mut buf = [b'0'; 10];
                let d = date_of(day);
                let mut cursor = io::Cursor::new(&mut buf[..]);
                // A four-digit year always fits; other years take the slow path in `write`.
                let _ = write!(cursor, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
                rendered.push(buf);
            }
        }
        Self {
            first_day: first,
            rendered,
        }
    }

    pub(super) fn write(&self, w: &mut Out, date: NaiveDate) -> io::Result<()> {
        let year = date.year();
        let slot = date.num_days_from_ce().checked_sub(self.first_day);
        match slot.and_then(|i| self.rendered.get(usize::try_from(i).ok()?)) {
            Some(buf) if (0..=9999).contains(&year) => w.text_bytes(buf),
            _ => w.text_with(|b| write!(b, "{:04}-{:02}-{:02}", year, date.month(), date.day())),
        }
    }
}
