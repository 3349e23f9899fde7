//! Files shaped like the exports analysts really have import with no manual step: each committed
//! fixture goes through `import_files` (the path the window and the CLI take) with no mapping
//! file and no remembered layout, and must come out with the right role per file, the right
//! column for every required field and the expected number of rows.
//!
//! The generated fixtures (`make_generated_exports.py`): an all-paid single ledger and a
//! three-table ERP export, used by the UI walks. The accounting systems' exports
//! (`make_system_exports.py`): Business Central, SAP (FBL5N and technical names), Dynamics 365
//! Finance, QuickBooks and Xero, laid out as their documentation describes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Files, assert_no_silent_drops, date};
use payment_insights::data::import::{ImportPlan, Imported};
use payment_insights::data::mapping::{CanonicalField, TableRole};
use payment_insights::data::report::{Action, Problem};
use payment_insights::data::tables::{ImportForm, Invoice};
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

// ---- One export per accounting system (`make_system_exports.py`) ------------------------------

/// No column of `columns` is mapped in file `file`: names that look like a field and are not it.
fn assert_unmapped(plan: &ImportPlan, file: usize, columns: &[&str]) {
    let mapping = &plan.files[file].mapping;
    for column in columns {
        assert!(
            mapping.columns.values().all(|c| c != column),
            "{column:?} should stay unmapped\n{plan}"
        );
    }
}

/// The issues of an import as (problem, action, value), for short assertions.
fn issues(imported: &Imported) -> Vec<(Problem, Action, Option<String>)> {
    imported
        .report
        .issues
        .iter()
        .map(|i| (i.problem.clone(), i.action.clone(), i.value.clone()))
        .collect()
}

fn invoice<'a>(imported: &'a Imported, id: &str) -> &'a Invoice {
    imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no invoice {id}"))
}

#[test]
fn business_central_customer_ledger_entries() {
    let (plan, imported) = import(&["exports/business_central/Customer Ledger Entries.csv"]);
    assert_eq!(roles(&plan), vec![TableRole::Ledger]);
    assert_mapped(
        &plan,
        0,
        &[
            (F::InvoiceId, "Document No."),
            (F::CustomerId, "Customer No."),
            (F::CustomerName, "Customer Name"),
            (F::InvoiceDate, "Posting Date"),
            (F::DueDate, "Due Date"),
            // "Amount", not "Original Amount" (the same for an invoice) and never "Remaining
            // Amount" (what is still open).
            (F::Amount, "Amount"),
            (F::SettledDate, "Closed at Date"),
            (F::Currency, "Currency Code"),
        ],
    );
    assert_unmapped(
        &plan,
        0,
        &[
            "Original Amount",
            "Remaining Amount",
            "Open",
            "Pmt. Discount Date",
            "Document Type",
            "Entry No.",
        ],
    );
    // The two credit memos are set aside, each with its reason; nothing else is a problem.
    assert_eq!(
        issues(&imported),
        vec![
            (
                Problem::CreditNote,
                Action::RowSkipped,
                Some("-412.50".to_string())
            ),
            (
                Problem::CreditNote,
                Action::RowSkipped,
                Some("-1,250.00".to_string())
            ),
        ]
    );
    let tables = &imported.tables;
    assert_eq!(tables.form, ImportForm::Ledger);
    assert_eq!(imported.report.files[0].rows_read, 38);
    assert_eq!(tables.invoices.len(), 36);
    assert_eq!(tables.customers.len(), 6);
    assert_eq!(
        tables.customers[0].name.as_deref(),
        Some("Adatum Corporation")
    );
    assert_eq!(tables.open_invoices().count(), 5);
    assert_eq!(tables.as_of, date(2024, 9, 30));
    let first = invoice(&imported, "103001");
    assert_eq!(
        (first.invoice_date, first.due_date, first.amount),
        (date(2024, 1, 10), date(2024, 2, 9), 748.39)
    );
    assert_eq!(first.settled_date, Some(date(2024, 2, 5)));
    assert_eq!(invoice(&imported, "103002").amount, 9282.79);
}

#[test]
fn sap_fbl5n_line_items_with_decimal_commas() {
    let (plan, imported) = import(&["exports/sap/FBL5N customer line items.csv"]);
    // "customer" in the file name does not make a file of invoices a customer list.
    assert_eq!(roles(&plan), vec![TableRole::Ledger]);
    assert_mapped(
        &plan,
        0,
        &[
            (F::CustomerId, "Account"),
            (F::InvoiceId, "Document Number"),
            // The document date, not the posting date.
            (F::InvoiceDate, "Document Date"),
            (F::DueDate, "Net due date"),
            (F::Amount, "Amount in local currency"),
            (F::Currency, "Local Currency"),
            (F::SettledDate, "Clearing date"),
            (F::DiscountDays, "Cash discount days 1"),
            (F::DiscountPct, "Cash Discount Percentage 1"),
            (F::DunningLevel, "Dunning level"),
            (F::ReminderDate, "Last dunned"),
        ],
    );
    assert_unmapped(
        &plan,
        0,
        &[
            "Posting Date",
            "Arrears after net due date",
            "Clearing Document",
            "Assignment",
        ],
    );
    // The credit memo, its minus written after the amount, is set aside.
    assert_eq!(
        issues(&imported),
        vec![(
            Problem::CreditNote,
            Action::RowSkipped,
            Some("1.480,00-".to_string())
        )]
    );
    let tables = &imported.tables;
    assert_eq!(imported.report.files[0].rows_read, 37);
    assert_eq!(tables.invoices.len(), 36);
    assert_eq!(tables.customers.len(), 5);
    assert_eq!(tables.open_invoices().count(), 7);
    assert_eq!(tables.currencies, vec!["EUR"]);
    let first = invoice(&imported, "90004711");
    assert_eq!(
        (first.invoice_date, first.due_date, first.amount),
        (date(2024, 1, 8), date(2024, 2, 7), 2963.14)
    );
    assert_eq!(first.settled_date, Some(date(2024, 2, 24)));
    assert_eq!(
        (first.discount_pct, first.discount_days),
        (Some(2.0), Some(14))
    );
    // Dunned a week after the net due date, still unpaid then.
    assert_eq!(
        (first.reminder_date, first.dunning_level),
        (Some(date(2024, 2, 14)), Some(1))
    );
    let on_time = invoice(&imported, "90004712");
    assert_eq!(
        (on_time.reminder_date, on_time.dunning_level),
        (None, Some(0))
    );
    let twice = invoice(&imported, "90004716");
    assert_eq!(
        (twice.reminder_date, twice.dunning_level),
        (Some(date(2024, 4, 18)), Some(2))
    );
    let formats = &imported.report.files[0].column_formats;
    assert_eq!(formats["Document Date"], "DD.MM.YYYY");
    assert_eq!(formats["Last dunned"], "DD.MM.YYYY");
    assert_eq!(
        formats["Amount in local currency"],
        "number, decimal comma (1.234,56)"
    );
}

#[test]
fn sap_technical_field_names_with_unset_clearing_dates() {
    let (plan, imported) = import(&["exports/sap/BSID_BSAD extract.txt"]);
    assert_eq!(roles(&plan), vec![TableRole::Ledger]);
    assert_mapped(
        &plan,
        0,
        &[
            (F::CustomerId, "KUNNR"),
            (F::InvoiceId, "BELNR"),
            (F::InvoiceDate, "BLDAT"),
            (F::DueDate, "NETDT"),
            (F::Amount, "DMBTR"),
            (F::Currency, "WAERS"),
            (F::SettledDate, "AUGDT"),
            (F::DiscountDays, "ZBD1T"),
            (F::DiscountPct, "ZBD1P"),
            (F::DunningLevel, "MANST"),
            (F::ReminderDate, "MADAT"),
        ],
    );
    assert_unmapped(&plan, 0, &["BUDAT", "AUGBL", "GJAHR"]);
    // 00000000, SAP's "not cleared yet" and "never dunned", is an empty date, not a bad one.
    assert_eq!(issues(&imported), vec![]);
    let dunned = imported
        .tables
        .invoices
        .iter()
        .filter(|i| i.reminder_date.is_some())
        .count();
    assert!((5..30).contains(&dunned), "{dunned} dunned");
    assert!(
        imported
            .tables
            .invoices
            .iter()
            .all(|i| i.dunning_level.is_some())
    );
    let tables = &imported.tables;
    assert_eq!(tables.invoices.len(), 30);
    assert_eq!(tables.customers.len(), 5);
    assert_eq!(tables.open_invoices().count(), 2);
    assert_eq!(imported.report.files[0].column_formats["AUGDT"], "YYYYMMDD");
}

#[test]
fn dynamics_365_customer_transactions() {
    let (plan, imported) = import(&["exports/dynamics365/CustTrans.csv"]);
    assert_eq!(roles(&plan), vec![TableRole::Ledger]);
    assert_mapped(
        &plan,
        0,
        &[
            (F::CustomerId, "AccountNum"),
            (F::InvoiceId, "Invoice"),
            (F::InvoiceDate, "DocumentDate"),
            (F::DueDate, "DueDate"),
            // The transaction currency amount, not the accounting currency one nor the part
            // already settled.
            (F::Amount, "AmountCur"),
            (F::Currency, "CurrencyCode"),
            // Closed (fully settled), not LastSettleDate (which a part payment also sets).
            (F::SettledDate, "Closed"),
        ],
    );
    assert_unmapped(
        &plan,
        0,
        &[
            "AmountMST",
            "SettleAmountCur",
            "LastSettleDate",
            "TransDate",
        ],
    );
    // 1900-01-01, the Closed date of an open transaction, is no date: no "settled before the
    // invoice" issues.
    assert_eq!(issues(&imported), vec![]);
    let tables = &imported.tables;
    assert_eq!(tables.invoices.len(), 36);
    assert_eq!(tables.customers.len(), 7);
    assert_eq!(tables.open_invoices().count(), 6);
    // Part paid on 27 September, still open.
    let part_paid = invoice(&imported, "CIV-000032");
    assert_eq!(part_paid.settled_date, None);
    assert_eq!(tables.as_of, date(2024, 9, 30));
}

#[test]
fn quickbooks_invoice_list_and_received_payments() {
    let (plan, imported) = import(&[
        "exports/quickbooks/Invoice List.csv",
        "exports/quickbooks/Received Payments.csv",
    ]);
    assert_eq!(roles(&plan), vec![TableRole::Invoices, TableRole::Payments]);
    assert_mapped(
        &plan,
        0,
        &[
            (F::InvoiceId, "Num"),
            (F::CustomerId, "Customer"),
            // "Date", not "Due Date".
            (F::InvoiceDate, "Date"),
            (F::DueDate, "Due Date"),
            // "Amount", never "Open Balance".
            (F::Amount, "Amount"),
        ],
    );
    assert_unmapped(&plan, 0, &["Open Balance", "Transaction Type"]);
    assert_mapped(
        &plan,
        1,
        &[
            (F::InvoiceId, "Invoice #"),
            (F::PaymentDate, "Payment date"),
            (F::PaymentAmount, "Amount received"),
        ],
    );
    assert_unmapped(&plan, 1, &["Reference no."]);
    assert_eq!(issues(&imported), vec![]);
    let tables = &imported.tables;
    assert_eq!(tables.form, ImportForm::ThreeTables);
    assert_eq!(tables.invoices.len(), 36);
    assert_eq!(tables.payments.len(), 42);
    assert_eq!(tables.customers.len(), 7);
    assert_eq!(tables.customers[0].id, "Amy's Bird Sanctuary");
    let open: Vec<f64> = tables.open_invoices().map(|(_, i)| i.paid_amount).collect();
    assert_eq!(open.len(), 5);
    assert_eq!(open.iter().filter(|paid| **paid > 0.0).count(), 2);
    let first = invoice(&imported, "1001");
    assert_eq!(
        (first.invoice_date, first.due_date, first.amount),
        (date(2024, 1, 8), date(2024, 2, 7), 5411.5)
    );
    assert_eq!(first.settled_date, Some(date(2024, 2, 11)));
}

#[test]
fn xero_receivable_invoices() {
    let (plan, imported) = import(&["exports/xero/Receivable Invoice Detail.csv"]);
    assert_eq!(roles(&plan), vec![TableRole::Ledger]);
    assert_mapped(
        &plan,
        0,
        &[
            (F::InvoiceId, "Invoice Number"),
            (F::CustomerId, "Contact"),
            (F::InvoiceDate, "Invoice Date"),
            (F::DueDate, "Due Date"),
            (F::Amount, "Invoice Total"),
            (F::Currency, "Currency"),
            // Fully paid, not the last (possibly part) payment.
            (F::SettledDate, "Fully Paid On Date"),
        ],
    );
    // "Due" is the amount still due, "Credited" no credit limit.
    assert_unmapped(
        &plan,
        0,
        &["Due", "Paid", "Credited", "Last Payment Date", "Status"],
    );
    assert_eq!(issues(&imported), vec![]);
    let tables = &imported.tables;
    assert_eq!(tables.invoices.len(), 36);
    assert_eq!(tables.customers.len(), 7);
    assert_eq!(tables.open_invoices().count(), 4);
    let part_paid = invoice(&imported, "INV-0032");
    assert_eq!(part_paid.settled_date, None);
    assert_eq!(
        (part_paid.invoice_date, part_paid.due_date),
        (date(2024, 9, 5), date(2024, 10, 20))
    );
    assert_eq!(
        imported.report.files[0].column_formats["Invoice Date"],
        "D/M/YYYY"
    );
}
