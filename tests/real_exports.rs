//! Files shaped like the exports analysts really have import with no manual step: each committed
//! fixture goes through `import_files` (the path the window and the CLI take) with no mapping
//! file and no remembered layout, and must come out with the right role per file, the right
//! column for every required field and the expected number of rows.
//!
//! The generated fixtures (`make_generated_exports.py`): an all-paid single ledger and a
//! three-table ERP export, used by the UI walks.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Files, assert_no_silent_drops, date};
use payment_insights::data::import::{ImportPlan, Imported};
use payment_insights::data::mapping::{CanonicalField, TableRole};
use payment_insights::data::tables::ImportForm;
use std::path::{Path, PathBuf};

use CanonicalField as F;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Imports committed fixtures with nothing but the automatic mapping.
fn import(names: &[&str]) -> (ImportPlan, Imported) {
    let files = names
        .iter()
        .fold(Files::new(), |files, name| files.existing(&fixture(name)));
    match files.import() {
        Ok((plan, imported)) => {
            assert_no_silent_drops(&imported);
            (plan, imported)
        }
        Err(error) => panic!("{names:?} did not import without a manual step: {error:#}"),
    }
}

/// Every `(field, column)` pair is mapped in file `file` of the plan, and every required field
/// of the file's role has a column.
fn assert_mapped(plan: &ImportPlan, file: usize, expected: &[(CanonicalField, &str)]) {
    let planned = &plan.files[file];
    for (field, column) in expected {
        assert_eq!(
            planned.mapping.column(*field),
            Some(*column),
            "{}: {field:?}\n{plan}",
            planned.table.source
        );
    }
    for field in planned.role.required() {
        assert!(
            expected.iter().any(|(f, _)| f == field),
            "{}: required {field:?} is not asserted",
            planned.table.source
        );
    }
    assert!(planned.missing_required().is_empty(), "{plan}");
}

fn roles(plan: &ImportPlan) -> Vec<TableRole> {
    plan.files.iter().map(|f| f.role).collect()
}

#[test]
fn generated_all_paid_ledger_imports_as_one_ledger() {
    let (plan, imported) = import(&["ar_ledger_all_paid.csv"]);
    assert_eq!(roles(&plan), vec![TableRole::Ledger]);
    assert_mapped(
        &plan,
        0,
        &[
            (F::InvoiceId, "invoiceNumber"),
            (F::CustomerId, "customerID"),
            (F::InvoiceDate, "InvoiceDate"),
            (F::DueDate, "DueDate"),
            (F::Amount, "InvoiceAmount"),
            (F::SettledDate, "SettledDate"),
            (F::Disputed, "Disputed"),
            (F::Delivery, "PaperlessBill"),
            (F::Region, "countryCode"),
        ],
    );
    assert_eq!(imported.report.issues, vec![]);
    let tables = &imported.tables;
    assert_eq!(tables.form, ImportForm::Ledger);
    assert_eq!(tables.invoices.len(), 2400);
    assert_eq!(tables.customers.len(), 100);
    assert_eq!(imported.report.files[0].rows_imported, 2400);
    // Every invoice is paid: nothing is open on the as-of day.
    assert_eq!(tables.open_invoices().count(), 0);
    assert!(tables.invoices.iter().all(|i| i.settled_date.is_some()));
    // Very late is rare (8), on time and late are both common.
    let days_late: Vec<i64> = tables
        .invoices
        .iter()
        .filter_map(|i| i.days_late())
        .collect();
    assert_eq!(days_late.len(), 2400);
    let on_time = days_late.iter().filter(|d| **d <= 0).count();
    let late = days_late.iter().filter(|d| (1..=30).contains(*d)).count();
    let very_late = days_late.iter().filter(|d| **d > 30).count();
    assert_eq!(very_late, 8);
    assert!(
        on_time > 900 && late > 900,
        "{on_time} on time, {late} late"
    );
    // About two years of invoices.
    let first = tables
        .invoices
        .iter()
        .map(|i| i.invoice_date)
        .min()
        .unwrap();
    let last = tables
        .invoices
        .iter()
        .map(|i| i.invoice_date)
        .max()
        .unwrap();
    assert!((last - first).num_days() > 700, "{first} to {last}");
    // The two payment-derived columns are kept as candidate fields (which the field catalogue
    // flags as giving the outcome away).
    let extras: Vec<&str> = tables
        .invoice_extras
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(extras, vec!["DaysToSettle", "DaysLate"]);
    assert_eq!(
        imported.report.files[0].column_formats["SettledDate"],
        "M/D/YYYY"
    );
}

#[test]
fn generated_erp_three_tables_import_with_open_invoices() {
    let (plan, imported) = import(&[
        "erp3/customers.csv",
        "erp3/invoices.csv",
        "erp3/payments.csv",
    ]);
    assert_eq!(
        roles(&plan),
        vec![
            TableRole::Customers,
            TableRole::Invoices,
            TableRole::Payments
        ]
    );
    assert_mapped(
        &plan,
        0,
        &[
            (F::CustomerId, "Customer No."),
            (F::CustomerName, "Name"),
            (F::CustomerGroup, "Customer Group"),
            (F::Region, "Country/Region Code"),
            (F::CreditLimit, "Credit Limit (LCY)"),
            (F::TermsDays, "Payment Terms (Days)"),
        ],
    );
    assert_mapped(
        &plan,
        1,
        &[
            (F::InvoiceId, "Document No."),
            (F::CustomerId, "Customer No."),
            (F::InvoiceDate, "Document Date"),
            (F::DueDate, "Due Date"),
            (F::Amount, "Amount Incl. VAT"),
            (F::Currency, "Currency Code"),
            (F::Disputed, "On Hold (Dispute)"),
        ],
    );
    assert_mapped(
        &plan,
        2,
        &[
            (F::InvoiceId, "Applies-to Invoice No."),
            (F::PaymentDate, "Payment Date"),
            (F::PaymentAmount, "Amount Received"),
        ],
    );
    assert_eq!(imported.report.issues, vec![]);
    let tables = &imported.tables;
    assert_eq!(tables.form, ImportForm::ThreeTables);
    assert_eq!(tables.customers.len(), 60);
    assert_eq!(tables.invoices.len(), 1500);
    assert_eq!(tables.payments.len(), 1682);
    assert_eq!(tables.as_of, date(2026, 6, 30));
    // Some invoices are still open at the end of the data, a few of them partly paid.
    let open: Vec<f64> = tables.open_invoices().map(|(_, i)| i.paid_amount).collect();
    assert_eq!(open.len(), 66);
    assert_eq!(open.iter().filter(|paid| **paid > 0.0).count(), 3);
    assert_eq!(tables.currencies, vec!["EUR"]);
    let c = &tables.customers[0];
    assert_eq!(
        (c.id.as_str(), c.terms_days, c.credit_limit),
        ("C10010", Some(45), Some(25_000.0))
    );
}
