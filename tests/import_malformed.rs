//! Malformed inputs: each test feeds one problem to the whole import (files on disk →
//! `import_files`) and asserts exactly what the report says about it (problem, action, file,
//! row as seen in the file, column, value), or for files that cannot be used at all, the exact
//! error and that its message names the file and says what to do.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Files, assert_no_silent_drops, date, issue};
use payment_insights::data::import::{AmbiguousColumn, ImportError};
use payment_insights::data::mapping::{CanonicalField, MappingFile, MappingFileError, TableRole};
use payment_insights::data::raw::ReadError;
use payment_insights::data::report::{Action, Problem};
use payment_insights::i18n::Message;

const CUSTOMERS: &str = "customer_id,name,payment_terms_days,credit_limit
C1,Acme AB,30,10000
C2,Beta BV,,5000
";

/// Rows 2..=7; C2 has no payment terms.
const INVOICES: &str = "invoice_id,customer_id,invoice_date,due_date,amount,currency,discount_pct,discount_days,disputed,delivery
I1,C1,2024-01-05,2024-02-04,100.00,EUR,,,no,paper
I2,C1,2024-01-10,2024-02-09,200.00,EUR,,,no,paper
I3,C2,2024-01-15,2024-02-14,300.00,EUR,,,no,electronic
I4,C2,2024-01-20,2024-02-19,400.00,EUR,,,no,paper
I5,C1,2024-01-25,2024-02-24,500.00,EUR,,,no,paper
I6,C2,2024-01-30,2024-02-29,600.00,EUR,,,no,paper
";

/// Rows 2..=6; I6 stays open.
const PAYMENTS: &str = "invoice_id,payment_date,amount
I1,2024-02-01,100.00
I2,2024-02-10,200.00
I3,2024-02-12,300.00
I4,2024-02-20,400.00
I5,2024-02-25,500.00
";

fn with_rows(base: &str, rows: &[&str]) -> String {
    let mut text = base.to_string();
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    text
}

/// The three files, each with extra rows appended (invoices from row 8, payments from row 7,
/// customers from row 4).
fn three_tables(customers: &[&str], invoices: &[&str], payments: &[&str]) -> Files {
    Files::new()
        .text("customers.csv", &with_rows(CUSTOMERS, customers))
        .text("invoices.csv", &with_rows(INVOICES, invoices))
        .text("payments.csv", &with_rows(PAYMENTS, payments))
}

fn bad_invoice(row: &str) -> Files {
    three_tables(&[], &[row], &[])
}

fn bad_payment(row: &str) -> Files {
    three_tables(&[], &[], &[row])
}

fn bad_customer(row: &str) -> Files {
    three_tables(&[row], &[], &[])
}

fn mapping(text: &str) -> MappingFile {
    MappingFile::parse("mapping.toml", text).unwrap()
}

#[test]
fn clean_three_tables_import_without_issues() {
    let imported = three_tables(&[], &[], &[]).imported();
    assert_eq!(imported.report.issues, vec![]);
    assert_eq!(imported.tables.customers.len(), 2);
    assert_eq!(imported.tables.invoices.len(), 6);
    assert_eq!(imported.tables.payments.len(), 5);
    let open: Vec<&str> = imported
        .tables
        .open_invoices()
        .map(|(_, i)| i.id.as_str())
        .collect();
    assert_eq!(open, vec!["I6"]);
}

// ---- Required values missing -------------------------------------------------------------

#[test]
fn missing_invoice_id_skips_the_row() {
    let files = bad_invoice(",C1,2024-02-01,2024-03-02,100.00,EUR,,,no,paper");
    assert_eq!(
        files.issues(),
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("invoice_id"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped
        )]
    );
}

#[test]
fn missing_customer_id_skips_the_row() {
    let files = bad_invoice("I7,,2024-02-01,2024-03-02,100.00,EUR,,,no,paper");
    assert_eq!(
        files.issues(),
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("customer_id"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped
        )]
    );
}

#[test]
fn missing_invoice_date_skips_the_row() {
    let files = bad_invoice("I7,C1,,2024-03-02,100.00,EUR,,,no,paper");
    assert_eq!(
        files.issues(),
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("invoice_date"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped
        )]
    );
}

#[test]
fn missing_invoice_amount_skips_the_row() {
    let files = bad_invoice("I7,C1,2024-02-01,2024-03-02,,EUR,,,no,paper");
    assert_eq!(
        files.issues(),
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("amount"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped
        )]
    );
}

#[test]
fn missing_payment_date_skips_the_payment() {
    let files = bad_payment("I6,,600.00");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "payments.csv",
            Some(7),
            Some("payment_date"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped
        )]
    );
    let i6 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I6")
        .unwrap();
    assert_eq!(i6.settled_date, None);
}

#[test]
fn missing_payment_amount_skips_the_payment() {
    let files = bad_payment("I6,2024-03-01,");
    assert_eq!(
        files.issues(),
        vec![issue(
            "payments.csv",
            Some(7),
            Some("amount"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped
        )]
    );
}

// ---- Values that do not read --------------------------------------------------------------

#[test]
fn unparseable_invoice_date_skips_the_row() {
    let files = bad_invoice("I7,C1,yesterday,2024-03-02,100.00,EUR,,,no,paper");
    assert_eq!(
        files.issues(),
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("invoice_date"),
            Some("yesterday"),
            Problem::BadDate {
                format: "YYYY-MM-DD".into()
            },
            Action::RowSkipped
        )]
    );
}

#[test]
fn unparseable_payment_date_skips_the_payment() {
    let files = bad_payment("I6,next week,600.00");
    assert_eq!(
        files.issues(),
        vec![issue(
            "payments.csv",
            Some(7),
            Some("payment_date"),
            Some("next week"),
            Problem::BadDate {
                format: "YYYY-MM-DD".into()
            },
            Action::RowSkipped
        )]
    );
}

#[test]
fn unparseable_invoice_amount_skips_the_row() {
    let files = bad_invoice("I7,C1,2024-02-01,2024-03-02,12O.00,EUR,,,no,paper");
    assert_eq!(
        files.issues(),
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("amount"),
            Some("12O.00"),
            Problem::BadNumber,
            Action::RowSkipped
        )]
    );
}

#[test]
fn unparseable_payment_amount_skips_the_payment() {
    let files = bad_payment("I6,2024-03-01,six hundred");
    assert_eq!(
        files.issues(),
        vec![issue(
            "payments.csv",
            Some(7),
            Some("amount"),
            Some("six hundred"),
            Problem::BadNumber,
            Action::RowSkipped
        )]
    );
}

#[test]
fn impossible_calendar_invoice_date_skips_the_row() {
    let files = bad_invoice("I7,C1,2024-02-30,2024-03-30,100.00,EUR,,,no,paper");
    assert_eq!(
        files.issues(),
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("invoice_date"),
            Some("2024-02-30"),
            Problem::BadDate {
                format: "YYYY-MM-DD".into()
            },
            Action::RowSkipped
        )]
    );
}

#[test]
fn impossible_due_date_is_repaired_from_the_customers_terms() {
    // C1 has 30 days terms.
    let files = bad_invoice("I7,C1,2024-02-01,2024-02-30,100.00,EUR,,,no,paper");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("due_date"),
            Some("2024-02-30"),
            Problem::BadDate {
                format: "YYYY-MM-DD".into()
            },
            Action::Repaired(Message::verbatim(
                "due date set to 2024-03-02: invoice date + the customer's 30 days terms"
            ))
        )]
    );
    let i7 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I7")
        .unwrap();
    assert_eq!(i7.due_date, date(2024, 3, 2));
}

#[test]
fn missing_due_date_is_repaired_from_the_customers_terms() {
    let files = bad_invoice("I7,C1,2024-03-01,,100.00,EUR,,,no,paper");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("due_date"),
            None,
            Problem::MissingRequired,
            Action::Repaired(Message::verbatim(
                "due date set to 2024-03-31: invoice date + the customer's 30 days terms"
            ))
        )]
    );
    let i7 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I7")
        .unwrap();
    assert_eq!(i7.due_date, date(2024, 3, 31));
    assert!(i7.trainable);
}

#[test]
fn missing_due_date_without_known_terms_skips_the_row() {
    // C2 has no payment terms.
    let files = bad_invoice("I7,C2,2024-03-01,,100.00,EUR,,,no,paper");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("due_date"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped
        )]
    );
    assert!(imported.tables.invoices.iter().all(|i| i.id != "I7"));
}

// ---- Values that read but cannot be right ----------------------------------------------------

#[test]
fn due_date_before_invoice_date_is_left_out_of_training() {
    let files = bad_invoice("I7,C1,2024-03-01,2024-02-01,100.00,EUR,,,no,paper");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("due_date"),
            Some("2024-02-01"),
            Problem::DueBeforeInvoice {
                invoice_date: date(2024, 3, 1)
            },
            Action::LeftOutOfTraining
        )]
    );
    let i7 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I7")
        .unwrap();
    assert!(!i7.trainable);
    assert_eq!(i7.due_date, date(2024, 2, 1));
}

#[test]
fn zero_invoice_amount_skips_the_row() {
    let files = bad_invoice("I7,C1,2024-02-01,2024-03-02,0.00,EUR,,,no,paper");
    assert_eq!(
        files.issues(),
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("amount"),
            Some("0.00"),
            Problem::ZeroAmount,
            Action::RowSkipped
        )]
    );
}

#[test]
fn credit_note_and_a_payment_for_it_are_both_skipped() {
    let files = three_tables(
        &[],
        &["CN1,C1,2024-02-01,2024-03-02,-50.00,EUR,,,no,paper"],
        &["CN1,2024-02-15,-50.00"],
    );
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![
            issue(
                "invoices.csv",
                Some(8),
                Some("amount"),
                Some("-50.00"),
                Problem::CreditNote,
                Action::RowSkipped
            ),
            issue(
                "payments.csv",
                Some(7),
                Some("invoice_id"),
                Some("CN1"),
                Problem::PaymentForCreditNote,
                Action::RowSkipped
            ),
        ]
    );
    assert_eq!(imported.tables.invoices.len(), 6);
    assert_eq!(imported.tables.payments.len(), 5);
}

#[test]
fn duplicate_invoice_id_with_different_contents_keeps_the_first() {
    let files = bad_invoice("I2,C1,2024-01-10,2024-02-09,250.00,EUR,,,no,paper");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("invoice_id"),
            Some("I2"),
            Problem::DuplicateInvoice { first_row: 3 },
            Action::RowSkipped
        )]
    );
    let i2 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I2")
        .unwrap();
    assert_eq!(i2.amount, 200.0);
}

#[test]
fn exactly_repeated_invoice_row_is_noted_as_repeated() {
    let files = bad_invoice("I2,C1,2024-01-10,2024-02-09,200.00,EUR,,,no,paper");
    assert_eq!(
        files.issues(),
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("invoice_id"),
            Some("I2"),
            Problem::RepeatedRow { first_row: 3 },
            Action::RowSkipped
        )]
    );
}

#[test]
fn duplicate_customer_id_keeps_the_first_customer() {
    let files = bad_customer("C1,Acme Again,45,20000");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "customers.csv",
            Some(4),
            Some("customer_id"),
            Some("C1"),
            Problem::DuplicateCustomer { first_row: 2 },
            Action::RowSkipped
        )]
    );
    assert_eq!(imported.tables.customers.len(), 2);
    assert_eq!(
        imported.tables.customers[0].name.as_deref(),
        Some("Acme AB")
    );
    assert_eq!(imported.tables.customers[0].terms_days, Some(30));
}

#[test]
fn payment_for_an_unknown_invoice_is_skipped() {
    let files = bad_payment("I99,2024-03-01,100.00");
    assert_eq!(
        files.issues(),
        vec![issue(
            "payments.csv",
            Some(7),
            Some("invoice_id"),
            Some("I99"),
            Problem::UnknownInvoice,
            Action::RowSkipped
        )]
    );
}

#[test]
fn invoice_for_a_customer_missing_from_the_customer_file_adds_the_customer() {
    let files = bad_invoice("I7,C9,2024-02-01,2024-03-02,100.00,EUR,,,no,paper");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("customer_id"),
            Some("C9"),
            Problem::UnknownCustomer,
            Action::CustomerAdded
        )]
    );
    let customers = &imported.tables.customers;
    assert_eq!(customers.len(), 3);
    assert_eq!(customers[2].id, "C9");
    assert_eq!(customers[2].name, None);
    let i7 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I7")
        .unwrap();
    assert_eq!(i7.customer, 2);
}

#[test]
fn customers_derived_from_invoices_without_a_customer_file_are_not_an_issue() {
    let files = Files::new()
        .text("invoices.csv", INVOICES)
        .text("payments.csv", PAYMENTS);
    let imported = files.imported();
    assert_eq!(imported.report.issues, vec![]);
    let ids: Vec<&str> = imported
        .tables
        .customers
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, vec!["C1", "C2"]);
}

#[test]
fn payment_before_the_invoice_date_is_left_out_of_training() {
    // I6 is dated 2024-01-30.
    let files = bad_payment("I6,2024-01-02,600.00");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "payments.csv",
            Some(7),
            Some("payment_date"),
            Some("2024-01-02"),
            Problem::PaymentBeforeInvoice {
                invoice_date: date(2024, 1, 30)
            },
            Action::LeftOutOfTraining
        )]
    );
    let i6 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I6")
        .unwrap();
    assert!(!i6.trainable);
    assert_eq!(i6.settled_date, Some(date(2024, 1, 2)));
}

#[test]
fn zero_payment_is_skipped() {
    let files = bad_payment("I6,2024-03-01,0");
    assert_eq!(
        files.issues(),
        vec![issue(
            "payments.csv",
            Some(7),
            Some("amount"),
            Some("0"),
            Problem::ZeroPayment,
            Action::RowSkipped
        )]
    );
}

#[test]
fn overpayment_is_reported_on_the_invoice_and_kept() {
    // I6 (row 7) is 600.00; paid 400 + 250.
    let files = three_tables(&[], &[], &["I6,2024-02-20,400.00", "I6,2024-03-01,250.00"]);
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(7),
            Some("invoice_id"),
            Some("I6"),
            Problem::Overpaid {
                paid: 650.0,
                amount: 600.0
            },
            Action::Kept
        )]
    );
    let i6 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I6")
        .unwrap();
    assert_eq!(i6.paid_amount, 650.0);
    assert_eq!(i6.settled_date, Some(date(2024, 3, 1)));
}

#[test]
fn currency_mix_is_reported_once_at_the_first_minority_row() {
    let files = three_tables(
        &[],
        &[
            "I7,C1,2024-02-01,2024-03-02,100.00,USD,,,no,paper",
            "I8,C1,2024-02-02,2024-03-03,100.00,usd,,,no,paper",
        ],
        &[],
    );
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("currency"),
            Some("USD"),
            Problem::CurrencyMix {
                count: 2,
                main: "EUR".into()
            },
            Action::Kept
        )]
    );
    assert_eq!(imported.tables.currencies, vec!["EUR", "USD"]);
}

#[test]
fn bad_disputed_flag_is_cleared() {
    let files = bad_invoice("I7,C1,2024-02-01,2024-03-02,100.00,EUR,,,maybe,paper");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("disputed"),
            Some("maybe"),
            Problem::BadFlag,
            Action::Cleared
        )]
    );
    let i7 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I7")
        .unwrap();
    assert_eq!(i7.disputed, None);
}

#[test]
fn bad_delivery_value_is_cleared() {
    let files = bad_invoice("I7,C1,2024-02-01,2024-03-02,100.00,EUR,,,no,carrier pigeon");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("delivery"),
            Some("carrier pigeon"),
            Problem::BadFlag,
            Action::Cleared
        )]
    );
    let i7 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I7")
        .unwrap();
    assert_eq!(i7.electronic, None);
}

#[test]
fn negative_credit_limit_is_cleared() {
    let files = bad_customer("C3,Gamma Oy,30,-100");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "customers.csv",
            Some(4),
            Some("credit_limit"),
            Some("-100"),
            Problem::ImpossibleValue {
                reason: "a credit limit cannot be negative"
            },
            Action::Cleared
        )]
    );
    let c3 = &imported.tables.customers[2];
    assert_eq!(c3.id, "C3");
    assert_eq!(c3.credit_limit, None);
    assert_eq!(c3.terms_days, Some(30));
}

#[test]
fn impossible_payment_terms_are_cleared() {
    let files = three_tables(&["C3,Gamma Oy,-5,100", "C4,Delta AS,1000,100"], &[], &[]);
    let imported = files.imported();
    let reason = || Problem::ImpossibleValue {
        reason: "payment terms must be 0 to 730 days",
    };
    assert_eq!(
        imported.report.issues,
        vec![
            issue(
                "customers.csv",
                Some(4),
                Some("payment_terms_days"),
                Some("-5"),
                reason(),
                Action::Cleared
            ),
            issue(
                "customers.csv",
                Some(5),
                Some("payment_terms_days"),
                Some("1000"),
                reason(),
                Action::Cleared
            ),
        ]
    );
    assert_eq!(imported.tables.customers[2].terms_days, None);
    assert_eq!(imported.tables.customers[3].terms_days, None);
}

#[test]
fn discount_percent_and_days_out_of_range_are_cleared() {
    let files = three_tables(
        &[],
        &[
            "I7,C1,2024-02-01,2024-03-02,100.00,EUR,120,10,no,paper",
            "I8,C1,2024-02-01,2024-03-02,100.00,EUR,2,400,no,paper",
        ],
        &[],
    );
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![
            issue(
                "invoices.csv",
                Some(8),
                Some("discount_pct"),
                Some("120"),
                Problem::ImpossibleValue {
                    reason: "a cash discount must be 0 to 50 percent"
                },
                Action::Cleared
            ),
            issue(
                "invoices.csv",
                Some(9),
                Some("discount_days"),
                Some("400"),
                Problem::ImpossibleValue {
                    reason: "discount days must be 0 to 365"
                },
                Action::Cleared
            ),
        ]
    );
    let i7 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I7")
        .unwrap();
    assert_eq!((i7.discount_pct, i7.discount_days), (None, Some(10)));
    let i8 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I8")
        .unwrap();
    assert_eq!((i8.discount_pct, i8.discount_days), (Some(2.0), None));
}

// ---- Ledger-only problems ------------------------------------------------------------------

const LEDGER: &str = "invoice_no,customer,country,invoice_date,due_date,amount,paid_date
A1,K1,SE,2024-01-05,2024-02-04,100.00,2024-02-01
A2,K1,SE,2024-01-10,2024-02-09,200.00,2024-02-12
A3,K2,NL,2024-01-15,2024-02-14,300.00,
A4,K2,NL,2024-01-20,2024-02-19,400.00,2024-02-19
A5,K2,NL,2024-01-25,2024-02-24,500.00,2024-03-01
";

#[test]
fn ledger_paid_date_before_invoice_date_is_left_out_of_training() {
    let files = Files::new().text(
        "ledger.csv",
        &with_rows(
            LEDGER,
            &["A6,K1,SE,2024-02-01,2024-03-02,100.00,2024-01-20"],
        ),
    );
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "ledger.csv",
            Some(7),
            Some("paid_date"),
            Some("2024-01-20"),
            Problem::SettledBeforeInvoice {
                invoice_date: date(2024, 2, 1)
            },
            Action::LeftOutOfTraining
        )]
    );
    let a6 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "A6")
        .unwrap();
    assert!(!a6.trainable);
}

#[test]
fn ledger_unreadable_paid_date_skips_the_row() {
    let files = Files::new().text(
        "ledger.csv",
        &with_rows(
            LEDGER,
            &["A6,K1,SE,2024-02-01,2024-03-02,100.00,2024-02-31"],
        ),
    );
    assert_eq!(
        files.issues(),
        vec![issue(
            "ledger.csv",
            Some(7),
            Some("paid_date"),
            Some("2024-02-31"),
            Problem::BadDate {
                format: "YYYY-MM-DD".into()
            },
            Action::RowSkipped
        )]
    );
}

#[test]
fn ledger_paid_date_in_2199_skips_the_row_instead_of_reopening_the_invoice() {
    let files = Files::new().text(
        "ledger.csv",
        &with_rows(
            LEDGER,
            &["A6,K1,SE,2024-02-01,2024-03-02,100.00,2199-02-10"],
        ),
    );
    let imported = files.imported();
    let found: Vec<_> = imported
        .report
        .issues
        .iter()
        .map(|i| {
            (
                i.row,
                i.column.as_deref(),
                i.value.as_deref(),
                i.action.clone(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![(
            Some(7),
            Some("paid_date"),
            Some("2199-02-10"),
            Action::RowSkipped
        )]
    );
    assert!(matches!(
        imported.report.issues[0].problem,
        Problem::ImplausibleDate { .. }
    ));
    // The paid invoice is not made open (it would be flagged for collections), and 2199 is
    // not the data's as-of date.
    assert!(imported.tables.invoices.iter().all(|i| i.id != "A6"));
    assert!(imported.tables.as_of < date(2030, 1, 1));
}

#[test]
fn ledger_customer_attribute_that_varies_between_rows_keeps_the_first() {
    let files = Files::new().text(
        "ledger.csv",
        &with_rows(LEDGER, &["A6,K1,NO,2024-02-01,2024-03-02,100.00,"]),
    );
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "ledger.csv",
            None,
            Some("country"),
            None,
            Problem::VaryingCustomerValue { customers: 1 },
            Action::Repaired(Message::verbatim("the first row's value is used"))
        )]
    );
    assert_eq!(imported.tables.customers[0].region.as_deref(), Some("SE"));
}

// ---- How the file is written ---------------------------------------------------------------

#[test]
fn row_with_more_fields_than_the_header_is_kept_out() {
    let files = bad_invoice("I7,C1,2024-02-01,2024-03-02,100.00,EUR,,,no,paper,surplus");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            None,
            None,
            Problem::ExtraFields {
                fields: 11,
                expected: 10
            },
            Action::RowSkipped
        )]
    );
    // Its values may be shifted: the row is kept out, the rest imports.
    assert!(imported.tables.invoices.iter().all(|i| i.id != "I7"));
    assert!(!imported.tables.invoices.is_empty());
}

#[test]
fn row_with_fewer_fields_than_the_header_is_kept_out() {
    let files = three_tables(
        &[],
        &["I7,C1,2024-02-01,2024-03-02,100.00", "I8,C1,2024-02-01"],
        &[],
    );
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![
            issue(
                "invoices.csv",
                Some(8),
                None,
                None,
                Problem::MissingFields {
                    fields: 5,
                    expected: 10
                },
                Action::RowSkipped
            ),
            issue(
                "invoices.csv",
                Some(9),
                None,
                None,
                Problem::MissingFields {
                    fields: 3,
                    expected: 10
                },
                Action::RowSkipped
            ),
        ]
    );
    // Which values are missing cannot be told: both rows are kept out, the rest imports.
    assert!(
        imported
            .tables
            .invoices
            .iter()
            .all(|i| i.id != "I7" && i.id != "I8")
    );
    assert!(!imported.tables.invoices.is_empty());
}

#[test]
fn empty_and_repeated_header_names_are_renamed() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount,,note,note
I1,C1,2024-01-05,2024-02-04,100.00,,first,a
I2,C1,2024-01-10,2024-02-09,200.00,,second,b
",
        )
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount\nI1,2024-02-01,100.00\n",
        );
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![
            issue(
                "invoices.csv",
                Some(1),
                Some("column 6"),
                Some(""),
                Problem::RenamedHeader {
                    to: "column 6".into()
                },
                Action::Repaired(Message::verbatim("named \"column 6\""))
            ),
            issue(
                "invoices.csv",
                Some(1),
                Some("column 8"),
                Some("note"),
                Problem::RenamedHeader {
                    to: "note (2)".into()
                },
                Action::Repaired(Message::verbatim("named \"note (2)\""))
            ),
        ]
    );
    let extras: Vec<(&str, String)> = imported
        .tables
        .invoice_extras
        .iter()
        .map(|e| (e.name.as_str(), e.values.display(1)))
        .collect();
    assert_eq!(
        extras,
        vec![
            ("column 6", String::new()),
            ("note", "second".to_string()),
            ("note (2)", "b".to_string()),
        ]
    );
}

#[test]
fn blank_rows_in_the_middle_are_reported_with_their_line() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount
I1,C1,2024-01-05,2024-02-04,100.00

I2,C1,2024-01-10,2024-02-09,200.00
,,,,
I3,C2,2024-01-15,2024-02-14,300.00
",
        )
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount\nI1,2024-02-01,100.00\n",
        );
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![
            issue(
                "invoices.csv",
                Some(3),
                None,
                None,
                Problem::BlankRow,
                Action::RowSkipped
            ),
            issue(
                "invoices.csv",
                Some(5),
                None,
                None,
                Problem::BlankRow,
                Action::RowSkipped
            ),
        ]
    );
    let ids: Vec<&str> = imported
        .tables
        .invoices
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, vec!["I1", "I2", "I3"]);
}

#[test]
fn rows_after_a_multi_line_quoted_value_keep_their_file_line_numbers() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount,note
I1,C1,2024-01-05,2024-02-04,100.00,\"two
lines\"
I2,C1,2024-01-10,2024-02-09,,
I3,C2,2024-01-15,2024-02-14,300.00,
",
        )
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount\nI1,2024-02-01,100.00\n",
        );
    assert_eq!(
        files.issues(),
        vec![issue(
            "invoices.csv",
            Some(4),
            Some("amount"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped
        )]
    );
}

#[test]
fn trailing_blank_lines_are_not_rows_and_do_not_shift_row_numbers() {
    // Windows line ends, a quoted value over two lines, and blank lines at the end.
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount,note\r\n\
             I1,C1,2024-01-05,2024-02-04,100.00,\"two\r\nlines\"\r\n\
             I2,C1,2024-01-10,2024-02-09,,\r\n\
             I3,C2,2024-01-15,2024-02-14,300.00,\r\n\
             \r\n\r\n",
        )
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount\nI1,2024-02-01,100.00\n\n",
        );
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(4),
            Some("amount"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped
        )]
    );
    assert_eq!(imported.report.files[0].rows_read, 3);
    assert_eq!(imported.report.files[1].rows_read, 1);
}

#[test]
fn report_title_above_the_header_is_skipped() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "Accounts receivable 2024-03-31

invoice_id,customer_id,invoice_date,due_date,amount
I1,C1,2024-01-05,2024-02-04,100.00
I2,C1,2024-01-10,2024-02-09,
",
        )
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount\nI1,2024-02-01,100.00\n",
        );
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(5),
            Some("amount"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped
        )]
    );
    assert_eq!(imported.tables.invoices[0].id, "I1");
}

#[test]
fn invalid_bytes_in_a_utf8_bom_file_are_reported_not_fatal() {
    // A UTF-8 file (with BOM) holding one Latin-1 byte: "Café Nord" with é as 0xE9.
    let customers = b"\xEF\xBB\xBFcustomer_id,name\nC1,Caf\xE9 Nord\nC2,Beta BV\n";
    let files = Files::new()
        .bytes("customers.csv", customers)
        .text("invoices.csv", INVOICES)
        .text("payments.csv", PAYMENTS);
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "customers.csv",
            None,
            None,
            None,
            Problem::BadText,
            Action::Repaired(Message::verbatim("unreadable characters shown as �"))
        )]
    );
    assert_eq!(
        imported.tables.customers[0].name.as_deref(),
        Some("Caf\u{fffd} Nord")
    );
}

#[test]
fn windows_1252_text_is_decoded_without_issues() {
    // "Åhléns Varuhus" and "Köpenhamn" written in Windows-1252.
    let mut customers = b"customer_id,name,group\nC1,".to_vec();
    customers.extend_from_slice(&[0xC5, b'h', b'l', 0xE9, b'n', b's']);
    customers.extend_from_slice(b" Varuhus,K");
    customers.push(0xF6);
    customers.extend_from_slice(b"penhamn\nC2,Beta BV,Retail\n");
    let files = Files::new()
        .bytes("customers.csv", &customers)
        .text("invoices.csv", INVOICES)
        .text("payments.csv", PAYMENTS);
    let imported = files.imported();
    assert_eq!(imported.report.issues, vec![]);
    let c1 = &imported.tables.customers[0];
    assert_eq!(c1.name.as_deref(), Some("Åhléns Varuhus"));
    assert_eq!(c1.group.as_deref(), Some("Köpenhamn"));
    assert_eq!(
        imported.report.files[0].format,
        "CSV, comma-separated, quote \", Windows-1252"
    );
}

#[test]
fn text_that_does_not_decode_is_reported_once_per_file() {
    // UTF-16 with an unpaired surrogate in a customer name.
    let text = "customer_id\tname\r\nC1\tAcme X\r\nC2\tBeta BV\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        let unit = if unit == u16::from(b'X') {
            0xD800
        } else {
            unit
        };
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let files = Files::new()
        .bytes("customers.txt", &bytes)
        .text("invoices.csv", INVOICES)
        .text("payments.csv", PAYMENTS);
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "customers.txt",
            None,
            None,
            None,
            Problem::BadText,
            Action::Repaired(Message::verbatim("unreadable characters shown as �"))
        )]
    );
    assert_eq!(imported.tables.customers[0].name.as_deref(), Some("Acme �"));
}

// ---- Files that cannot be used ------------------------------------------------------------

#[test]
fn empty_file_is_an_error_naming_it() {
    let files = Files::new()
        .text("invoices.csv", "")
        .text("payments.csv", PAYMENTS);
    let error = files.error();
    assert!(
        matches!(&error, ImportError::Read(ReadError::Empty { file }) if file == "invoices.csv"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "invoices.csv is empty. Export the table again, with its header row."
    );
}

#[test]
fn header_only_file_is_an_error_naming_it() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount\r\n",
        )
        .text("payments.csv", PAYMENTS);
    let error = files.error();
    assert!(
        matches!(&error, ImportError::Read(ReadError::NoRows { file }) if file == "invoices.csv"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "invoices.csv has a header row but no data rows. Export the table again with its rows, or pick another file."
    );
}

#[test]
fn pdf_file_is_unsupported() {
    let files = Files::new()
        .bytes("Invoices March.pdf", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
        .text("payments.csv", PAYMENTS);
    let error = files.error();
    assert!(
        matches!(&error, ImportError::Read(ReadError::Unsupported { file, extension })
            if file == "Invoices March.pdf" && extension == "pdf"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "Invoices March.pdf is a .pdf file, which Payment Insights cannot read. Save or export it as CSV (.csv) or Excel (.xlsx, .xls)."
    );
}

#[test]
fn missing_file_is_an_io_error_naming_it() {
    let files = Files::new()
        .absent("invoices.csv")
        .text("payments.csv", PAYMENTS);
    let error = files.error();
    assert!(
        matches!(&error, ImportError::Read(ReadError::Io { file, .. }) if file == "invoices.csv"),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.starts_with("Cannot open invoices.csv: "),
        "{message}"
    );
    assert!(
        message.ends_with("Check that the file exists and is not open in another program."),
        "{message}"
    );
}

#[test]
fn text_file_named_xlsx_is_a_workbook_error() {
    let files = Files::new()
        .text("invoices.xlsx", INVOICES)
        .text("payments.csv", PAYMENTS);
    let error = files.error();
    assert!(
        matches!(&error, ImportError::Read(ReadError::Workbook { file, .. }) if file == "invoices.xlsx"),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.starts_with("invoices.xlsx could not be read as a workbook: "),
        "{message}"
    );
    assert!(
        message.ends_with("Open it in Excel and save it again as .xlsx, or export CSV."),
        "{message}"
    );
}

#[test]
fn files_without_an_invoice_table_are_an_error_listing_them() {
    let files = Files::new()
        .text("customers.csv", CUSTOMERS)
        .text("payments.csv", PAYMENTS);
    let error = files.error();
    assert!(
        matches!(&error, ImportError::NoInvoiceTable { files, sheets } if files == "customers.csv, payments.csv" && sheets.is_empty()),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "None of the files (customers.csv, payments.csv) looks like an invoice table. An invoice table needs columns for invoice number, customer, invoice date, due date and amount: map them by hand, or check that the right export was chosen."
    );
}

#[test]
fn payments_file_without_an_amount_column_names_the_field_and_lists_the_columns() {
    let files = Files::new().text("invoices.csv", INVOICES).text(
        "payments.csv",
        "invoice_id,payment_date\nI1,2024-02-01\nI2,2024-02-10\n",
    );
    let error = files.error();
    match &error {
        ImportError::MissingColumns {
            file,
            role,
            role_key,
            missing,
            columns,
        } => {
            assert_eq!(file, "payments.csv");
            assert_eq!(*role, TableRole::Payments);
            assert_eq!(role_key, "payments");
            assert_eq!(missing, "Payment amount");
            assert_eq!(columns, "invoice_id, payment_date");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "payments.csv (Payments) has no column for Payment amount. Its columns are: invoice_id, payment_date. Choose the column in the mapping, or add it to the mapping file under [payments.columns]."
    );
}

#[test]
fn invoices_file_without_a_due_date_column_names_the_field_and_lists_the_columns() {
    // The mapping file says which file holds the invoices; the due date column is missing.
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,amount\nI1,C1,2024-01-05,100.00\n",
        )
        .text("payments.csv", PAYMENTS);
    let error = files
        .import_with(&mapping("[invoices]\nfile = \"invoices.csv\"\n"))
        .unwrap_err();
    match &error {
        ImportError::MissingColumns {
            file,
            role,
            missing,
            columns,
            ..
        } => {
            assert_eq!(file, "invoices.csv");
            assert_eq!(*role, TableRole::Invoices);
            assert_eq!(missing, "Due date");
            assert_eq!(columns, "invoice_id, customer_id, invoice_date, amount");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "invoices.csv (Invoices) has no column for Due date. Its columns are: invoice_id, customer_id, invoice_date, amount. Choose the column in the mapping, or add it to the mapping file under [invoices.columns]."
    );
}

const AMBIGUOUS_INVOICES: &str = "invoice_id,customer_id,invoice_date,due_date,amount
I1,C1,1/5/2024,2024-06-04,100.00
I2,C1,3/4/2024,2024-05-03,200.00
I3,C2,12/11/2024,2025-01-10,300.00
I4,C2,1/5/2024,2024-06-04,400.00
";

fn ambiguous_files() -> Files {
    Files::new().text("invoices.csv", AMBIGUOUS_INVOICES).text(
        "payments.csv",
        "invoice_id,payment_date,amount\nI1,2024-06-01,100.00\n",
    )
}

#[test]
fn date_column_readable_month_first_and_day_first_asks_the_user() {
    let error = ambiguous_files().error();
    match &error {
        ImportError::AmbiguousDates { columns } => assert_eq!(
            columns,
            &vec![AmbiguousColumn {
                file: "invoices.csv".into(),
                role: TableRole::Invoices,
                column: "invoice_date".into(),
                examples: vec!["1/5/2024".into(), "3/4/2024".into(), "12/11/2024".into()],
                hint: None,
            }]
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "Some date columns can be read month-first or day-first, and the data does not tell which: invoices.csv column \"invoice_date\" (for example 1/5/2024, 3/4/2024, 12/11/2024). Choose M/D/YYYY or D/M/YYYY for each (in the mapping screen, or under [ROLE.date_formats] in the mapping file)."
    );
}

#[test]
fn ambiguous_date_column_mentions_a_decided_column_of_the_same_file() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount
I1,C1,1/5/2024,31/5/2024,100.00
I2,C1,3/4/2024,3/5/2024,200.00
",
        )
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount\nI1,2024-06-01,100.00\n",
        );
    match files.error() {
        ImportError::AmbiguousDates { columns } => {
            assert_eq!(columns.len(), 1);
            assert_eq!(columns[0].column, "invoice_date");
            assert_eq!(
                columns[0].hint,
                Some((
                    "due_date".to_string(),
                    payment_insights::data::parse::DateFormat::DayMonthYear
                ))
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn ambiguous_date_column_imports_once_the_mapping_file_sets_its_format() {
    let files = ambiguous_files();
    let day_first = mapping(
        "[invoices]\nfile = \"invoices.csv\"\n[invoices.date_formats]\ninvoice_date = \"D/M/YYYY\"\n",
    );
    let (_, imported) = files.import_with(&day_first).unwrap();
    assert_no_silent_drops(&imported);
    assert_eq!(imported.report.issues, vec![]);
    let dates: Vec<_> = imported
        .tables
        .invoices
        .iter()
        .map(|i| i.invoice_date)
        .collect();
    assert_eq!(
        dates,
        vec![
            date(2024, 5, 1),
            date(2024, 4, 3),
            date(2024, 11, 12),
            date(2024, 5, 1)
        ]
    );
    assert_eq!(
        imported.report.files[0]
            .column_formats
            .get("invoice_date")
            .map(ToString::to_string)
            .as_deref(),
        Some("D/M/YYYY")
    );

    let month_first = mapping(
        "[invoices]\nfile = \"invoices.csv\"\n[invoices.date_formats]\ninvoice_date = \"M/D/YYYY\"\n",
    );
    let (_, imported) = files.import_with(&month_first).unwrap();
    let first = &imported.tables.invoices[0];
    assert_eq!(first.invoice_date, date(2024, 1, 5));
}

#[test]
fn date_column_without_dates_is_an_error_naming_the_column() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount
I1,C1,2024-01-05,soon,100.00
I2,C1,2024-01-10,next month,200.00
",
        )
        .text("payments.csv", PAYMENTS);
    let error = files
        .import_with(&mapping(
            "[invoices]\nfile = \"invoices.csv\"\n[invoices.columns]\ndue_date = \"due_date\"\n",
        ))
        .unwrap_err();
    match &error {
        ImportError::NotDates {
            file,
            column,
            field,
            example,
        } => {
            assert_eq!(file, "invoices.csv");
            assert_eq!(column, "due_date");
            assert_eq!(*field, CanonicalField::DueDate);
            assert_eq!(example, "soon");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "In invoices.csv, column \"due_date\" is used as Due date but holds no dates (for example \"soon\"). Dates are read as YYYY-MM-DD, M/D/YYYY, D/M/YYYY, DD.MM.YYYY, YYYYMMDD, Excel serial, D MMM YYYY, MMM D, YYYY. Choose another column for Due date, or name the column's format under [ROLE.date_formats] in the mapping file."
    );
}

#[test]
fn mapping_file_with_an_unknown_field_key_is_rejected_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mapping.toml");
    std::fs::write(
        &path,
        "[invoices.columns]\ninvoice_number = \"Nr\"\namount = \"Total\"\n",
    )
    .unwrap();
    let error = MappingFile::load(&path).unwrap_err();
    match &error {
        MappingFileError::UnknownField {
            file, role, key, ..
        } => {
            assert_eq!(file, "mapping.toml");
            assert_eq!(role, "invoices");
            assert_eq!(key, "invoice_number");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "The mapping file mapping.toml names an unknown field \"invoice_number\" under [invoices.columns]. Known fields: invoice_id, customer_id, invoice_date, due_date, amount, currency, discount_pct, discount_days, disputed, delivery, reminder_date, dunning_level."
    );
}

#[test]
fn mapping_file_with_invalid_toml_is_rejected_naming_it_and_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mapping.toml");
    std::fs::write(
        &path,
        "[invoices]\nfile = \"ar.csv\"\n[invoices.columns\namount = \"Total\"\n",
    )
    .unwrap();
    let error = MappingFile::load(&path).unwrap_err();
    assert!(
        matches!(&error, MappingFileError::Syntax { file, .. } if file == "mapping.toml"),
        "{error:?}"
    );
    // The TOML reader's own words stay out of the message.
    assert_eq!(
        error.to_string(),
        "The mapping file mapping.toml is not valid TOML at line 3. Check the [section] headers, the quotes and the = signs there, or write the file again with --save-mapping."
    );
}

#[test]
fn invoices_file_where_every_row_is_bad_is_nothing_usable() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount
I1,C1,2024-01-05,2024-02-04,0
I2,C1,2024-01-10,2024-02-09,0.00
I3,C2,2024-01-15,2024-02-14,
",
        )
        .text("payments.csv", PAYMENTS);
    let error = files.error();
    match &error {
        ImportError::NothingUsable {
            file,
            rows,
            most_common,
            report,
        } => {
            assert_eq!(file, "invoices.csv");
            assert_eq!(*rows, 3);
            assert_eq!(
                most_common,
                "2 × invoices.csv row 2, column \"amount\", value \"0\": invoice amount is zero → row skipped"
            );
            assert_eq!(
                report.issues,
                vec![
                    issue(
                        "invoices.csv",
                        Some(2),
                        Some("amount"),
                        Some("0"),
                        Problem::ZeroAmount,
                        Action::RowSkipped
                    ),
                    issue(
                        "invoices.csv",
                        Some(3),
                        Some("amount"),
                        Some("0.00"),
                        Problem::ZeroAmount,
                        Action::RowSkipped
                    ),
                    issue(
                        "invoices.csv",
                        Some(4),
                        Some("amount"),
                        None,
                        Problem::MissingRequired,
                        Action::RowSkipped
                    ),
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "Nothing usable was imported from invoices.csv: every one of its 3 rows had a problem (see the import report). The most common: 2 × invoices.csv row 2, column \"amount\", value \"0\": invoice amount is zero → row skipped."
    );
}

#[test]
fn payments_file_where_every_row_is_bad_is_nothing_usable() {
    let files = Files::new().text("invoices.csv", INVOICES).text(
        "payments.csv",
        "invoice_id,payment_date,amount\nX1,2024-02-01,100.00\nX2,2024-02-10,200.00\n",
    );
    match files.error() {
        ImportError::NothingUsable {
            file, rows, report, ..
        } => {
            assert_eq!(file, "payments.csv");
            assert_eq!(rows, 2);
            assert!(
                report
                    .issues
                    .iter()
                    .all(|i| i.problem == Problem::UnknownInvoice),
                "{:?}",
                report.issues
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn three_tables_without_payments_file_have_no_settlement() {
    let files = Files::new()
        .text("customers.csv", CUSTOMERS)
        .text("invoices.csv", INVOICES);
    let error = files.error();
    assert!(
        matches!(&error, ImportError::NoSettlement { file } if file == "invoices.csv"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "There is no payment information: no payments file and no paid/settled date column in invoices.csv. Add the payments export, or map the column that holds the date each invoice was paid."
    );
}

// ---- Nothing is dropped silently -----------------------------------------------------------

#[test]
fn every_row_of_a_messy_file_is_imported_or_reported_skipped() {
    let files = three_tables(
        &["C1,Acme Again,30,1", ",Nameless,30,1", "C3,Gamma,x,-1"],
        &[
            ",C1,2024-02-01,2024-03-02,100.00,EUR,,,no,paper",
            "I7,,2024-02-01,2024-03-02,100.00,EUR,,,no,paper",
            "I8,C1,,2024-03-02,100.00,EUR,,,no,paper",
            "I9,C1,2024-02-01,2024-03-02,,EUR,,,no,paper",
            "I10,C1,2024-02-30,2024-03-02,100.00,EUR,,,no,paper",
            "I11,C1,2024-02-01,2024-03-02,abc,EUR,,,no,paper",
            "I12,C1,2024-02-01,2024-03-02,0,EUR,,,no,paper",
            "I13,C1,2024-02-01,2024-03-02,-5,EUR,,,no,paper",
            "I14,C2,2024-02-01,,100.00,EUR,,,no,paper",
            "I15,C1,2024-02-01,,100.00,EUR,,,no,paper",
            "I1,C1,2024-01-05,2024-02-04,100.00,EUR,,,no,paper",
            "I2,C2,2024-01-10,2024-02-09,200.00,EUR,,,no,paper",
            "I16,C7,2024-03-01,2024-02-01,100.00,SEK,200,x,perhaps,owl",
            ",,,,,,,,,",
            "I17,C1,2024-02-01,2024-03-02,100.00,EUR,,,no,paper,extra",
            "I18,C1,2024-02-01",
        ],
        &[
            "I99,2024-03-01,100.00",
            "I13,2024-03-01,-5",
            "I6,,600.00",
            "I6,2024-03-01,",
            "I6,2024-02-31,600.00",
            "I6,2024-03-01,lots",
            "I6,2024-03-01,0",
            "I15,2024-01-01,100.00",
            ",,",
        ],
    );
    let imported = files.imported();
    let summary = |name: &str| {
        imported
            .report
            .files
            .iter()
            .find(|f| f.file == name)
            .unwrap()
            .clone()
    };
    let skipped = |name: &str| {
        imported
            .report
            .issues
            .iter()
            .filter(|i| i.file == name && i.action == Action::RowSkipped)
            .count()
    };
    for (name, rows) in [
        ("customers.csv", 5),
        ("invoices.csv", 22),
        ("payments.csv", 14),
    ] {
        let s = summary(name);
        assert_eq!(s.rows_read, rows, "{name} rows read");
        assert_eq!(
            s.rows_imported + skipped(name),
            rows,
            "{name}: imported {} + skipped {}",
            s.rows_imported,
            skipped(name)
        );
    }
    assert_eq!(summary("customers.csv").rows_imported, 3);
    // I15 (repaired due date) and I16 are added; I17 (a value more than the header has) and
    // 13 other invoice rows are skipped.
    assert_eq!(summary("invoices.csv").rows_imported, 8);
    // I15's early payment is kept (left out of training); 8 payment rows are skipped.
    assert_eq!(summary("payments.csv").rows_imported, 6);
}

// ---- Hostile but realistic files (the hardening issue) ---------------------------------------

/// `rows` invoices (I1.., rows 2..) and a payment for each, every line ended by `endings` in
/// turn.
fn invoices_and_payments_ending_with(rows: usize, endings: &[&str]) -> Files {
    let ending = |i: usize| endings[i % endings.len()];
    let mut invoices = format!(
        "invoice_id,customer_id,invoice_date,due_date,amount{}",
        ending(0)
    );
    let mut payments = format!("invoice_id,payment_date,amount{}", ending(0));
    for i in 1..=rows {
        let day = 1 + (i % 28);
        invoices.push_str(&format!(
            "I{i},C{},2024-01-{day:02},2024-02-{day:02},{}.00{}",
            i % 7,
            100 + i,
            ending(i)
        ));
        payments.push_str(&format!(
            "I{i},2024-02-{day:02},{}.00{}",
            100 + i,
            ending(i)
        ));
    }
    Files::new()
        .text("invoices.csv", &invoices)
        .text("payments.csv", &payments)
}

fn rows_read(imported: &payment_insights::data::import::Imported, file: &str) -> usize {
    imported
        .report
        .files
        .iter()
        .find(|f| f.file == file)
        .map(|f| f.rows_read)
        .unwrap()
}

#[test]
fn classic_mac_line_endings_read_every_row() {
    let files = invoices_and_payments_ending_with(2_000, &["\r"]);
    let imported = files.imported();
    assert_eq!(imported.report.issues, vec![]);
    assert_eq!(rows_read(&imported, "invoices.csv"), 2_000);
    assert_eq!(imported.tables.invoices.len(), 2_000);
    assert_eq!(imported.tables.payments.len(), 2_000);
    assert_eq!(imported.tables.invoices[1_999].id, "I2000");
}

#[test]
fn mixed_line_endings_read_every_row_with_its_line_number() {
    let files = invoices_and_payments_ending_with(3_000, &["\n", "\r\n", "\r"]);
    let imported = files.imported();
    assert_eq!(imported.report.issues, vec![]);
    assert_eq!(rows_read(&imported, "invoices.csv"), 3_000);
    assert_eq!(rows_read(&imported, "payments.csv"), 3_000);
    assert_eq!(imported.tables.invoices.len(), 3_000);
    assert_eq!(imported.tables.payments.len(), 3_000);
    assert!(
        imported
            .tables
            .invoices
            .iter()
            .all(|i| i.settled_date.is_some())
    );
    // A problem in the last row names its line: rows stay in step with the file's lines.
    let mut text = String::from("invoice_id,customer_id,invoice_date,due_date,amount\n");
    for i in 1..=300 {
        let ending = ["\n", "\r\n", "\r"][i % 3];
        let amount = if i == 300 { "abc" } else { "10.00" };
        text.push_str(&format!("I{i},C1,2024-01-05,2024-02-04,{amount}{ending}"));
    }
    let files = Files::new()
        .text("invoices.csv", &text)
        .text("payments.csv", PAYMENTS);
    let issues: Vec<_> = files
        .import()
        .unwrap()
        .1
        .report
        .issues
        .into_iter()
        .filter(|i| i.file == "invoices.csv" && i.action == Action::RowSkipped)
        .collect();
    assert_eq!(
        issues,
        vec![issue(
            "invoices.csv",
            Some(301),
            Some("amount"),
            Some("abc"),
            Problem::BadNumber,
            Action::RowSkipped
        )]
    );
}

#[test]
fn five_thousand_repeated_header_names_are_each_renamed() {
    // Measured: 0.2 s for this test (it took over 25 s while every name was compared with
    // every earlier one).
    let mut header = String::from("invoice_id,customer_id,invoice_date,due_date,amount");
    let mut row = String::from("I1,C1,2024-01-05,2024-02-04,100.00");
    for _ in 0..5_000 {
        header.push_str(",note");
        row.push_str(",x");
    }
    let files = Files::new()
        .text("invoices.csv", &format!("{header}\n{row}\n"))
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount\nI1,2024-02-01,100.00\n",
        );
    let (plan, imported) = files.import().unwrap();
    let headers = &plan.files[0].table.headers;
    assert_eq!(headers.len(), 5_005);
    assert_eq!(headers[5], "note");
    assert_eq!(headers[6], "note (2)");
    assert_eq!(headers[5_004], "note (5000)");
    let renamed: Vec<_> = imported
        .report
        .issues
        .iter()
        .filter(|i| matches!(i.problem, Problem::RenamedHeader { .. }))
        .collect();
    assert_eq!(renamed.len(), 4_999);
    assert_eq!(
        *renamed[4_998],
        issue(
            "invoices.csv",
            Some(1),
            Some("column 5005"),
            Some("note"),
            Problem::RenamedHeader {
                to: "note (5000)".into()
            },
            Action::Repaired(Message::verbatim("named \"note (5000)\""))
        )
    );
    assert_eq!(imported.tables.invoices.len(), 1);
}

/// An invoice workbook with a small table and, if `stray`, one value at XFD1048576 (the last
/// cell Excel has); or only that value.
fn workbook_with_a_far_cell(path: &std::path::Path, table: bool) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    if table {
        let header = [
            "invoice_id",
            "customer_id",
            "invoice_date",
            "due_date",
            "amount",
        ];
        for (c, name) in header.iter().enumerate() {
            sheet.write_string(0, c as u16, *name).unwrap();
        }
        let row = ["I1", "C1", "2024-01-05", "2024-02-04", "100.00"];
        for (c, value) in row.iter().enumerate() {
            sheet.write_string(1, c as u16, *value).unwrap();
        }
    }
    sheet.write_string(1_048_575, 16_383, "x").unwrap();
    workbook.save(path).unwrap();
}

#[test]
fn workbook_with_a_cell_at_xfd1048576_is_refused_before_allocating_the_sheet() {
    for table in [true, false] {
        let files = Files::new();
        let path = files.dir().join("invoices.xlsx");
        workbook_with_a_far_cell(&path, table);
        assert!(std::fs::metadata(&path).unwrap().len() < 10_000);
        let files = files.existing(&path).text("payments.csv", PAYMENTS);
        let error = files.error();
        match &error {
            ImportError::Read(ReadError::SheetTooLarge {
                file,
                cell,
                rows,
                columns,
            }) => {
                assert_eq!(file, "invoices.xlsx");
                assert_eq!(cell, "XFD1048576");
                assert_eq!((*rows, *columns), (1_048_576, 16_384));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            error.to_string(),
            "invoices.xlsx uses cells up to XFD1048576 (1048576 rows by 16384 columns), more than Payment Insights reads (10000 columns, 50000000 cells). Delete the rows and columns beyond your table in Excel, save, and import again."
        );
    }
}

#[test]
fn csv_with_more_columns_than_the_cap_is_refused() {
    let header: Vec<String> = (0..10_001).map(|i| format!("c{i}")).collect();
    let files = Files::new()
        .text(
            "invoices.csv",
            &format!("{}\n{}\n", header.join(","), header.join(",")),
        )
        .text("payments.csv", PAYMENTS);
    let error = files.error();
    assert!(
        matches!(&error, ImportError::Read(ReadError::TooManyColumns { file, columns: 10_001, limit: 10_000 }) if file == "invoices.csv"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "invoices.csv has 10001 columns; Payment Insights reads at most 10000. Export only the columns you need (invoice, customer, dates, amounts) and import again."
    );
}

#[test]
fn file_over_the_size_limit_is_refused_with_its_size_and_the_memory_it_needs() {
    use payment_insights::data::import::import_files_limited;
    use payment_insights::data::progress::{Cancel, no_progress};
    use payment_insights::data::raw::ReadLimits;
    let mut invoices = String::from(INVOICES);
    while invoices.len() < 2 * 1024 * 1024 {
        invoices.push_str("I9,C1,2024-01-05,2024-02-04,100.00,EUR,,,no,paper\n");
    }
    let files = Files::new()
        .text("invoices.csv", &invoices)
        .text("payments.csv", PAYMENTS);
    let limits = ReadLimits { max_file_mb: 1 };
    let error = import_files_limited(
        files.paths(),
        None,
        None,
        limits,
        &no_progress,
        &Cancel::new(),
    )
    .unwrap_err();
    match &error {
        ImportError::Read(ReadError::TooLarge {
            file,
            size_bytes,
            memory_bytes,
            limit_bytes,
        }) => {
            assert_eq!(file, "invoices.csv");
            assert_eq!(*size_bytes, invoices.len() as u64);
            assert_eq!(*memory_bytes, 9 * invoices.len() as u64);
            assert_eq!(*limit_bytes, 1024 * 1024);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "invoices.csv is 3 MB; importing it would need about 19 MB of memory, more than the limit of 1 MB for one file. Export a shorter period or fewer columns, or raise the limit on the Settings screen (the command line: --max-file-mb)."
    );
    // The default limit reads the same file.
    assert!(files.import().is_ok());
}

#[test]
fn payment_dated_2199_is_reported_and_kept_out_of_the_as_of_date() {
    let files = bad_payment("I6,2199-01-01,600.00");
    let imported = files.imported();
    let (earliest, latest) = match &imported.report.issues[..] {
        [only] => match &only.problem {
            Problem::ImplausibleDate { earliest, latest } => (*earliest, *latest),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    };
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "payments.csv",
            Some(7),
            Some("payment_date"),
            Some("2199-01-01"),
            Problem::ImplausibleDate { earliest, latest },
            Action::RowSkipped
        )]
    );
    assert!(latest < date(2031, 1, 1), "{latest}");
    assert_eq!(imported.tables.as_of, date(2024, 2, 25));
    let i6 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I6")
        .unwrap();
    assert_eq!(i6.settled_date, None);
    assert!(!i6.trainable);
    assert!(
        imported.report.issues[0]
            .to_string()
            .starts_with("payments.csv row 7, column \"payment_date\", value \"2199-01-01\": date far outside the rest of the data"),
        "{}",
        imported.report.issues[0]
    );
}

#[test]
fn invoice_dated_1901_among_recent_data_is_skipped_and_reported() {
    let files = bad_invoice("I7,C1,1901-01-05,1901-02-04,100.00,EUR,,,no,paper");
    let imported = files.imported();
    assert_eq!(
        imported.report.issues.len(),
        1,
        "{:?}",
        imported.report.issues
    );
    let found = &imported.report.issues[0];
    assert_eq!(
        (
            found.file.as_str(),
            found.row,
            found.column.as_deref(),
            found.value.as_deref()
        ),
        (
            "invoices.csv",
            Some(8),
            Some("invoice_date"),
            Some("1901-01-05")
        )
    );
    assert!(matches!(found.problem, Problem::ImplausibleDate { .. }));
    assert_eq!(found.action, Action::RowSkipped);
    assert_eq!(imported.tables.invoices.len(), 6);
}

#[test]
fn amount_near_the_largest_number_is_reported_and_left_out() {
    // 1.79e308 written out, as a spreadsheet exports it: it reads as a number.
    let huge = format!("179{}", "0".repeat(306));
    let files = bad_invoice(&format!(
        "I7,C1,2024-02-01,2024-03-02,{huge},EUR,,,no,paper"
    ));
    let imported = files.imported();
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "invoices.csv",
            Some(8),
            Some("amount"),
            Some(&huge),
            Problem::ImplausibleAmount {
                limit: "1e12".into()
            },
            Action::RowSkipped
        )]
    );
    assert!(imported.tables.invoices.iter().all(|i| i.amount < 1e3));
    assert_eq!(imported.tables.as_of, date(2024, 2, 25));
    // And as a payment: skipped, its invoice not learned from.
    let imported = bad_payment(&format!("I6,2024-03-01,{huge}")).imported();
    assert_eq!(imported.report.issues.len(), 1);
    assert_eq!(imported.report.issues[0].column.as_deref(), Some("amount"));
    assert_eq!(imported.report.issues[0].row, Some(7));
    let i6 = imported
        .tables
        .invoices
        .iter()
        .find(|i| i.id == "I6")
        .unwrap();
    assert!(!i6.trainable);
}

#[test]
fn customer_name_starting_with_an_apostrophe_is_imported_intact() {
    let files = bad_customer("C3,'t Hoen BV,30,2000");
    let imported = files.imported();
    assert_eq!(imported.report.issues, vec![]);
    let hoen = imported
        .tables
        .customers
        .iter()
        .find(|c| c.id == "C3")
        .unwrap();
    assert_eq!(hoen.name.as_deref(), Some("'t Hoen BV"));
    assert_eq!(hoen.terms_days, Some(30));
    assert_eq!(imported.tables.customers.len(), 3);
}

#[test]
fn a_quote_that_never_closes_is_an_error_naming_file_row_column_and_value() {
    let files = bad_invoice("I7,\"C1,2024-02-01,2024-03-02,100.00,EUR,,,no,paper");
    let error = files.error();
    match &error {
        ImportError::Read(ReadError::UnclosedQuote {
            file,
            row,
            column,
            value,
            ..
        }) => {
            assert_eq!(file, "invoices.csv");
            assert_eq!(*row, 8);
            assert_eq!(column, "customer_id");
            // The first 40 characters.
            assert_eq!(value, "\"C1,2024-02-01,2024-03-02,100.00,EUR,,,n");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "invoices.csv row 8, column \"customer_id\": the value \"\"C1,2024-02-01,2024-03-02,100.00,EUR,,,n\" opens a quote (\") that is never closed, so the rows after it cannot be told apart. Close or remove that quote, then import again."
    );
}

#[test]
fn unreadable_workbook_message_is_the_apps_own_words() {
    let files = Files::new()
        .bytes("invoices.xlsx", b"PK\x03\x04 not really a zip")
        .text("payments.csv", PAYMENTS);
    let error = files.error();
    assert_eq!(
        error.to_string(),
        "invoices.xlsx could not be read as a workbook: it is damaged, or not an Excel workbook. Open it in Excel and save it again as .xlsx, or export CSV."
    );
}

#[test]
fn text_after_a_closing_quote_is_an_error_naming_file_row_column_and_value() {
    // The CSV reader's own message said "could not parse `""paper` as dtype `str`" with a byte
    // offset and no row.
    let files = bad_invoice("I7,C1,2024-02-01,2024-03-02,100.00,EUR,,,no,\"\"paper");
    let error = files.error();
    assert!(
        matches!(&error, ImportError::Read(ReadError::BadlyQuoted { file, row: 8, column, value, .. })
            if file == "invoices.csv" && column == "delivery" && value == "\"\"paper"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "invoices.csv row 8, column \"delivery\": the value \"\"\"paper\" starts with a quote (\") but goes on after the closing quote. Put the whole value in quotes with any quote inside it doubled, or remove the quotes, then import again."
    );
}

#[test]
fn binary_file_named_csv_is_refused_as_not_text() {
    let bytes: Vec<u8> = (0..4_000u32).map(|i| (i * 7_919 % 251) as u8).collect();
    let files = Files::new()
        .bytes("invoices.csv", &bytes)
        .text("payments.csv", PAYMENTS);
    let error = files.error();
    assert!(
        matches!(&error, ImportError::Read(ReadError::NotText { file }) if file == "invoices.csv"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "invoices.csv is not a text file: it holds binary data (a workbook saved under a .csv name, or a damaged file). Open it in the program that made it and export it again as CSV."
    );
}
