//! The good paths of the import: every date format, the single-ledger forms of the well-known
//! public AR samples, partial payments and discounts, Swedish and Dutch exports, the text
//! encodings Excel writes, workbooks, mapping files and their round trip, and the committed
//! sample data. Each test goes from files on disk through `import_files` to the tables.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use common::{Files, assert_no_silent_drops, date, issue};
use payment_insights::data::import::{ImportError, ImportPlan, Imported};
use payment_insights::data::mapping::{CanonicalField, MappingFile, TableRole};
use payment_insights::data::raw::ReadError;
use payment_insights::data::report::{Action, Problem};
use payment_insights::data::tables::{ExtraValues, ImportForm, Invoice, Tables};
use payment_insights::i18n::Message;
use std::path::{Path, PathBuf};

fn invoice<'a>(tables: &'a Tables, id: &str) -> &'a Invoice {
    tables
        .invoices
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no invoice {id}"))
}

/// The column each field of a planned file is mapped to.
fn mapped(plan: &ImportPlan, file: usize, field: CanonicalField) -> Option<&str> {
    plan.files[file].mapping.column(field)
}

fn extra<'a>(tables: &'a Tables, name: &str) -> &'a ExtraValues {
    &tables
        .invoice_extras
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no extra column {name}"))
        .values
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn mapping(text: &str) -> MappingFile {
    MappingFile::parse("mapping.toml", text).unwrap()
}

fn import_with(files: &Files, mapping: &MappingFile) -> (ImportPlan, Imported) {
    match files.import_with(mapping) {
        Ok((plan, imported)) => {
            assert_no_silent_drops(&imported);
            (plan, imported)
        }
        Err(error) => panic!("import failed: {error}"),
    }
}

/// Saves the plan's mapping as TOML, reads it back, imports the same files with it and
/// checks the tables come out the same.
fn assert_mapping_round_trips(files: &Files, plan: &ImportPlan, tables: &Tables) {
    let text = plan.mapping_file().to_toml();
    let parsed = MappingFile::parse("saved.toml", &text)
        .unwrap_or_else(|e| panic!("saved mapping does not parse: {e}\n{text}"));
    assert_eq!(parsed, plan.mapping_file(), "{text}");
    let again = match files.import_with(&parsed) {
        Ok((_, imported)) => imported,
        Err(error) => panic!("import with the saved mapping failed: {error}\n{text}"),
    };
    assert_eq!(&again.tables, tables, "{text}");
}

// ---- (a) Every date format ------------------------------------------------------------------

/// Invoice date, due date and payment date (if paid) of the three invoices. The days above 12
/// decide month-first against day-first in every column.
const DATES: [(NaiveDate, NaiveDate, Option<NaiveDate>); 3] = [
    (
        NaiveDate::from_ymd_opt(2024, 1, 15).unwrap(),
        NaiveDate::from_ymd_opt(2024, 2, 14).unwrap(),
        NaiveDate::from_ymd_opt(2024, 2, 20),
    ),
    (
        NaiveDate::from_ymd_opt(2024, 3, 5).unwrap(),
        NaiveDate::from_ymd_opt(2024, 4, 4).unwrap(),
        NaiveDate::from_ymd_opt(2024, 4, 1),
    ),
    (
        NaiveDate::from_ymd_opt(2024, 11, 30).unwrap(),
        NaiveDate::from_ymd_opt(2024, 12, 30).unwrap(),
        None,
    ),
];

fn excel_serial(d: NaiveDate) -> i64 {
    (d - date(1899, 12, 30)).num_days()
}

#[test]
fn every_date_format_imports_to_the_right_days() {
    type Write = fn(NaiveDate) -> String;
    let cases: &[(&str, Write, &str)] = &[
        ("ISO", |d| d.format("%Y-%m-%d").to_string(), "YYYY-MM-DD"),
        (
            "ISO with time",
            |d| d.format("%Y-%m-%d 13:45:00").to_string(),
            "YYYY-MM-DD",
        ),
        (
            "ISO with T and zone",
            |d| d.format("%Y-%m-%dT08:30:00Z").to_string(),
            "YYYY-MM-DD",
        ),
        (
            "ISO with slashes",
            |d| d.format("%Y/%m/%d").to_string(),
            "YYYY-MM-DD",
        ),
        (
            "M/D/YYYY",
            |d| d.format("%-m/%-d/%Y").to_string(),
            "M/D/YYYY",
        ),
        (
            "MM/DD/YYYY with time",
            |d| d.format("%m/%d/%Y 4:05 PM").to_string(),
            "M/D/YYYY",
        ),
        (
            "D/M/YYYY",
            |d| d.format("%-d/%-m/%Y").to_string(),
            "D/M/YYYY",
        ),
        (
            "DD/MM/YYYY with time",
            |d| d.format("%d/%m/%Y 23:59").to_string(),
            "D/M/YYYY",
        ),
        (
            "DD.MM.YYYY",
            |d| d.format("%d.%m.%Y").to_string(),
            "DD.MM.YYYY",
        ),
        (
            "D.M.YYYY with time",
            |d| d.format("%-d.%-m.%Y 08:00:00").to_string(),
            "DD.MM.YYYY",
        ),
        (
            "DD-MM-YYYY",
            |d| d.format("%d-%m-%Y").to_string(),
            "D/M/YYYY",
        ),
        (
            "MM-DD-YYYY",
            |d| d.format("%m-%d-%Y").to_string(),
            "M/D/YYYY",
        ),
        ("YYYYMMDD", |d| d.format("%Y%m%d").to_string(), "YYYYMMDD"),
        (
            "YYYYMMDD.0",
            |d| d.format("%Y%m%d.0").to_string(),
            "YYYYMMDD",
        ),
        (
            "Excel serial",
            |d| excel_serial(d).to_string(),
            "Excel serial",
        ),
        (
            "Excel serial with time",
            |d| format!("{}.375", excel_serial(d)),
            "Excel serial",
        ),
    ];
    for (name, write, label) in cases {
        let mut invoices = String::from("invoice_id,customer_id,invoice_date,due_date,amount\n");
        let mut payments = String::from("invoice_id,payment_date,amount\n");
        for (i, (invoice_date, due_date, paid)) in DATES.iter().enumerate() {
            invoices.push_str(&format!(
                "I{i},C1,{},{},1000.00\n",
                write(*invoice_date),
                write(*due_date)
            ));
            if let Some(paid) = paid {
                payments.push_str(&format!("I{i},{},1000.00\n", write(*paid)));
            }
        }
        let files = Files::new()
            .text("invoices.csv", &invoices)
            .text("payments.csv", &payments);
        let imported = match files.import() {
            Ok((_, imported)) => imported,
            Err(error) => panic!("{name}: {error}\n{invoices}"),
        };
        assert_eq!(imported.report.issues, vec![], "{name}");
        let tables = &imported.tables;
        for (i, (invoice_date, due_date, paid)) in DATES.iter().enumerate() {
            let inv = invoice(tables, &format!("I{i}"));
            assert_eq!(
                inv.invoice_date, *invoice_date,
                "{name}: invoice date of I{i}"
            );
            assert_eq!(inv.due_date, *due_date, "{name}: due date of I{i}");
            assert_eq!(inv.settled_date, *paid, "{name}: settled date of I{i}");
        }
        let payment_dates: Vec<NaiveDate> =
            tables.payments.iter().map(|p| p.payment_date).collect();
        assert_eq!(
            payment_dates,
            vec![date(2024, 2, 20), date(2024, 4, 1)],
            "{name}"
        );
        let formats = &imported.report.files;
        for (file, column) in [(0, "invoice_date"), (0, "due_date"), (1, "payment_date")] {
            assert_eq!(
                formats[file]
                    .column_formats
                    .get(column)
                    .map(ToString::to_string)
                    .as_deref(),
                Some(*label),
                "{name}: format of {column}"
            );
        }
    }
}

// ---- (b) Single-ledger forms ------------------------------------------------------------------

/// The layout of the public "accounts receivable" sample (IBM Watson Analytics): one row per
/// invoice, M/D/YYYY dates, the settled date on the row, customers only as IDs.
const IBM_LEDGER: &str = "\
countryCode,customerID,PaperlessDate,invoiceNumber,InvoiceDate,DueDate,InvoiceAmount,Disputed,SettledDate,PaperlessBill,DaysToSettle,DaysLate
391,0379-NEVHP,4/6/2013,611365,1/2/2013,2/1/2013,55.94,No,1/15/2013,Paper,13,0
406,8976-AMJEO,3/3/2012,7900770,1/26/2013,2/25/2013,61.74,Yes,3/3/2013,Electronic,36,6
391,2820-XGXSB,1/26/2012,9231909,7/3/2013,8/2/2013,65.88,No,7/8/2013,Electronic,5,0
406,9322-YCTQO,4/6/2012,9888306,2/10/2013,3/12/2013,105.92,No,3/17/2013,Electronic,35,5
818,6627-ELFBK,11/26/2012,15752855,10/25/2012,11/24/2012,72.27,Yes,11/28/2012,Paper,34,4
391,0379-NEVHP,4/6/2013,63365,6/3/2013,7/3/2013,97.33,No,,Electronic,,
";

#[test]
fn ibm_style_ledger_maps_every_column_and_derives_customers() {
    let files = Files::new().text("WA_Fn-UseC_-Accounts-Receivable.csv", IBM_LEDGER);
    let (plan, imported) = files.import().unwrap();
    assert_no_silent_drops(&imported);
    assert_eq!(plan.files[0].role, TableRole::Ledger);
    use CanonicalField as F;
    let expected = [
        (F::InvoiceId, "invoiceNumber"),
        (F::CustomerId, "customerID"),
        (F::InvoiceDate, "InvoiceDate"),
        (F::DueDate, "DueDate"),
        (F::Amount, "InvoiceAmount"),
        (F::SettledDate, "SettledDate"),
        (F::Disputed, "Disputed"),
        (F::Delivery, "PaperlessBill"),
        (F::Region, "countryCode"),
        (F::PaperlessSince, "PaperlessDate"),
    ];
    for (field, column) in expected {
        assert_eq!(mapped(&plan, 0, field), Some(column), "{field:?}");
    }
    assert_eq!(plan.files[0].mapping.columns.len(), expected.len());

    assert_eq!(imported.report.issues, vec![]);
    let tables = &imported.tables;
    assert_eq!(tables.form, ImportForm::Ledger);
    assert!(tables.payments.is_empty());

    let customers: Vec<(&str, Option<&str>, Option<NaiveDate>)> = tables
        .customers
        .iter()
        .map(|c| (c.id.as_str(), c.region.as_deref(), c.paperless_since))
        .collect();
    assert_eq!(
        customers,
        vec![
            ("0379-NEVHP", Some("391"), Some(date(2013, 4, 6))),
            ("8976-AMJEO", Some("406"), Some(date(2012, 3, 3))),
            ("2820-XGXSB", Some("391"), Some(date(2012, 1, 26))),
            ("9322-YCTQO", Some("406"), Some(date(2012, 4, 6))),
            ("6627-ELFBK", Some("818"), Some(date(2012, 11, 26))),
        ]
    );

    let first = invoice(tables, "611365");
    assert_eq!(first.customer, 0);
    assert_eq!(
        (first.invoice_date, first.due_date, first.amount),
        (date(2013, 1, 2), date(2013, 2, 1), 55.94)
    );
    assert_eq!(first.settled_date, Some(date(2013, 1, 15)));
    assert_eq!(first.paid_amount, 55.94);
    assert_eq!(
        (first.disputed, first.electronic),
        (Some(false), Some(false))
    );
    assert_eq!(first.days_late(), Some(-17));

    let disputed = invoice(tables, "7900770");
    assert_eq!(
        (disputed.disputed, disputed.electronic),
        (Some(true), Some(true))
    );
    assert_eq!(disputed.days_late(), Some(6));

    let open = invoice(tables, "63365");
    assert_eq!(open.customer, 0);
    assert_eq!((open.settled_date, open.paid_amount), (None, 0.0));
    let open_ids: Vec<&str> = tables.open_invoices().map(|(_, i)| i.id.as_str()).collect();
    assert_eq!(open_ids, vec!["63365"]);
    assert_eq!(tables.as_of, date(2013, 7, 8));

    let names: Vec<&str> = tables
        .invoice_extras
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(names, vec!["DaysToSettle", "DaysLate"]);
    assert_eq!(
        extra(tables, "DaysToSettle"),
        &ExtraValues::Number(vec![
            Some(13.0),
            Some(36.0),
            Some(5.0),
            Some(35.0),
            Some(34.0),
            None
        ])
    );
    assert_eq!(
        extra(tables, "DaysLate"),
        &ExtraValues::Number(vec![
            Some(0.0),
            Some(6.0),
            Some(0.0),
            Some(5.0),
            Some(4.0),
            None
        ])
    );
    let formats = &imported.report.files[0].column_formats;
    for column in ["InvoiceDate", "DueDate", "SettledDate", "PaperlessDate"] {
        assert_eq!(
            formats.get(column).map(ToString::to_string).as_deref(),
            Some("M/D/YYYY"),
            "{column}"
        );
    }
}

/// The layout of the public "payment date prediction" sample (HighRadius): dates as
/// timestamps, as YYYYMMDD integers and as YYYYMMDD floats, ids written as floats, an invoice
/// id and a document id with the same values, payment terms as codes.
const HIGHRADIUS_LEDGER: &str = "\
business_code,cust_number,name_customer,clear_date,buisness_year,doc_id,posting_date,document_create_date,due_in_date,invoice_currency,document type,posting_id,area_business,total_open_amount,baseline_create_date,cust_payment_terms,invoice_id,isOpen
U001,0200769623,WAL-MAR corp,2020-02-11 00:00:00,2020.0,1930438491.0,2020-01-26,20200125,20200210.0,USD,RV,1.0,,54273.28,20200126.0,NAH4,1930438491.0,0
U001,0200980828,BEN E,2019-08-08 00:00:00,2019.0,1929646410.0,2019-07-22,20190722,20190811.0,USD,RV,1.0,,79656.6,20190722.0,NAD1,1929646410.0,0
U001,0200792734,MDV/ trust,2019-12-30 00:00:00,2019.0,1929873765.0,2019-09-14,20190914,20190929.0,USD,RV,1.0,,2253.86,20190914.0,NAA8,1929873765.0,0
CA02,0140105686,SYSC llc,,2020.0,2960623488.0,2020-03-30,20200330,20200410.0,CAD,RV,1.0,,3299.7,20200331.0,CA10,2960623488.0,1
U001,0200769623,WAL-MAR foundation,2019-11-25 00:00:00,2019.0,1930147974.0,2019-11-13,20191113,20191128.0,USD,RV,1.0,,33133.29,20191113.0,NAH4,1930147974.0,0
";

#[test]
fn highradius_style_ledger_maps_the_invoice_columns_it_should() {
    let files = Files::new().text("dataset.csv", HIGHRADIUS_LEDGER);
    let (plan, imported) = files.import().unwrap();
    assert_no_silent_drops(&imported);
    assert_eq!(plan.files[0].role, TableRole::Ledger);
    use CanonicalField as F;
    let expected = [
        // invoice_id is preferred to doc_id (same values in this export).
        (F::InvoiceId, "invoice_id"),
        (F::CustomerId, "cust_number"),
        (F::CustomerName, "name_customer"),
        // document_create_date is preferred to posting_date and baseline_create_date.
        (F::InvoiceDate, "document_create_date"),
        (F::DueDate, "due_in_date"),
        (F::Amount, "total_open_amount"),
        (F::SettledDate, "clear_date"),
        (F::Currency, "invoice_currency"),
        // The payment terms here are codes (NAH4, CA10), not days, but they are matched by
        // name and read as numbers (NAH4 as 4): what the automatic mapping does today.
        (F::TermsDays, "cust_payment_terms"),
    ];
    for (field, column) in expected {
        assert_eq!(mapped(&plan, 0, field), Some(column), "{field:?}");
    }
    // area_business is empty: not mapped to the region.
    assert_eq!(
        plan.files[0].mapping.columns.len(),
        expected.len(),
        "{plan}"
    );

    assert_eq!(
        imported.report.issues,
        vec![
            issue(
                "dataset.csv",
                None,
                Some("name_customer"),
                None,
                Problem::VaryingCustomerValue { customers: 1 },
                Action::Repaired(Message::verbatim("the first row's value is used"))
            ),
            issue(
                "dataset.csv",
                Some(5),
                Some("invoice_currency"),
                Some("CAD"),
                Problem::CurrencyMix {
                    count: 1,
                    main: "USD".into()
                },
                Action::Kept
            ),
        ]
    );
    let tables = &imported.tables;
    assert_eq!(tables.form, ImportForm::Ledger);
    assert_eq!(tables.customers.len(), 4);
    assert_eq!(tables.customers[0].id, "0200769623");
    assert_eq!(tables.customers[0].name.as_deref(), Some("WAL-MAR corp"));

    let first = invoice(tables, "1930438491.0");
    assert_eq!(first.invoice_date, date(2020, 1, 25));
    assert_eq!(first.due_date, date(2020, 2, 10));
    assert_eq!(first.settled_date, Some(date(2020, 2, 11)));
    assert_eq!(first.amount, 54273.28);
    assert_eq!(tables.currency(first), Some("USD"));

    let open = invoice(tables, "2960623488.0");
    assert_eq!(open.settled_date, None);
    assert_eq!(tables.currency(open), Some("CAD"));
    assert_eq!(tables.open_invoices().count(), 1);

    let formats = &imported.report.files[0].column_formats;
    assert_eq!(formats["clear_date"], "YYYY-MM-DD");
    assert_eq!(formats["document_create_date"], "YYYYMMDD");
    assert_eq!(formats["due_in_date"], "YYYYMMDD");

    let names: Vec<&str> = tables
        .invoice_extras
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(
        names,
        vec![
            "business_code",
            "buisness_year",
            "doc_id",
            "posting_date",
            "document type",
            "posting_id",
            "area_business",
            "baseline_create_date",
            "isOpen",
        ]
    );
    assert_eq!(
        extra(tables, "isOpen"),
        &ExtraValues::Number(vec![Some(0.0), Some(0.0), Some(0.0), Some(1.0), Some(0.0)])
    );
    assert!(matches!(
        extra(tables, "posting_date"),
        ExtraValues::Date(_)
    ));
    // Codes of letters and digits are categories, not numbers (U001 is not 1).
    assert_eq!(
        extra(tables, "business_code"),
        &ExtraValues::Text {
            levels: vec!["U001".into(), "CA02".into()],
            codes: vec![Some(0), Some(0), Some(0), Some(1), Some(0)],
        }
    );
}

// ---- (c) Partial payments, refunds and cash discounts --------------------------------------------

#[test]
fn partial_payments_refunds_and_discounts_settle_on_the_right_day() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount,discount_pct,discount_days
THREE,C1,2024-01-10,2024-02-09,1000.00,,
SHORT,C1,2024-01-15,2024-02-14,1000.00,,
REFUND,C2,2024-01-20,2024-02-19,500.00,,
OVERREFUND,C2,2024-01-20,2024-02-19,1000.00,,
CENTS,C2,2024-01-20,2024-02-19,1000.00,,
DISC,C2,2024-01-25,2024-02-24,1000.00,2,10
LATEDISC,C2,2024-01-25,2024-02-24,1000.00,2,10
",
        )
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount
THREE,2024-02-20,400.00
THREE,2024-02-01,300.00
THREE,2024-02-10,300.00
SHORT,2024-02-01,200.00
SHORT,2024-02-15,300.00
REFUND,2024-02-10,500.00
REFUND,2024-03-01,-200.00
OVERREFUND,2024-02-05,1100.00
OVERREFUND,2024-02-12,-100.00
CENTS,2024-02-19,999.50
DISC,2024-02-03,980.00
LATEDISC,2024-02-20,980.00
",
        );
    let imported = files.imported();
    assert_eq!(imported.report.issues, vec![]);
    let tables = &imported.tables;
    let state = |id: &str| {
        let inv = invoice(tables, id);
        (inv.settled_date, inv.paid_amount)
    };
    assert_eq!(
        state("THREE"),
        (Some(date(2024, 2, 20)), 1000.0),
        "three parts"
    );
    assert_eq!(state("SHORT"), (None, 500.0), "short of the amount");
    assert_eq!(state("REFUND"), (None, 300.0), "refund after settlement");
    assert_eq!(
        state("OVERREFUND"),
        (Some(date(2024, 2, 5)), 1000.0),
        "overpayment refunded"
    );
    assert_eq!(
        state("CENTS"),
        (Some(date(2024, 2, 19)), 999.5),
        "within the rounding tolerance"
    );
    assert_eq!(
        state("DISC"),
        (Some(date(2024, 2, 3)), 980.0),
        "discount taken in time"
    );
    assert_eq!(state("LATEDISC"), (None, 980.0), "discount taken too late");
    let disc = invoice(tables, "DISC");
    assert_eq!(
        (disc.discount_pct, disc.discount_days),
        (Some(2.0), Some(10))
    );

    // Payments are kept per invoice in date order.
    let three = tables
        .invoices
        .iter()
        .position(|i| i.id == "THREE")
        .unwrap() as u32;
    let three_payments: Vec<(NaiveDate, f64)> = tables
        .payments
        .iter()
        .filter(|p| p.invoice == three)
        .map(|p| (p.payment_date, p.amount))
        .collect();
    assert_eq!(
        three_payments,
        vec![
            (date(2024, 2, 1), 300.0),
            (date(2024, 2, 10), 300.0),
            (date(2024, 2, 20), 400.0)
        ]
    );
    assert_eq!(tables.as_of, date(2024, 3, 1));
}

/// Reminders in a three-table invoices file: the last reminder's date in its own format
/// (day-first here, ISO elsewhere), a dunning level, and impossible values cleared with an issue
/// while the invoice is kept.
#[test]
fn reminder_dates_and_dunning_levels_import_from_an_invoices_file() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount,Last reminder,Dunning level
R1,C1,2024-01-10,2024-02-09,1000.00,04.02.2024,0
R2,C1,2024-01-15,2024-02-14,1000.00,,
R3,C2,2024-01-20,2024-02-19,500.00,01.03.2024,1
R4,C2,2024-01-20,2024-02-19,500.00,15.01.2024,2
R5,C2,2024-01-25,2024-02-24,800.00,soon,1.5
R6,C2,2024-01-25,2024-02-24,800.00,01.01.2199,12
R7,C1,2024-02-01,2024-03-02,300.00,28.02.2024,
",
        )
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount
R1,2024-02-08,1000.00
R3,2024-03-05,500.00
",
        );
    let (plan, imported) = files.import().unwrap();
    assert_eq!(
        mapped(&plan, 0, CanonicalField::ReminderDate),
        Some("Last reminder")
    );
    assert_eq!(
        mapped(&plan, 0, CanonicalField::DunningLevel),
        Some("Dunning level")
    );
    let tables = &imported.tables;
    assert_eq!(tables.invoices.len(), 7, "every row is kept");
    let reminder = |id: &str| {
        let inv = invoice(tables, id);
        (inv.reminder_date, inv.dunning_level)
    };
    assert_eq!(reminder("R1"), (Some(date(2024, 2, 4)), Some(0)));
    assert_eq!(reminder("R2"), (None, None));
    assert_eq!(reminder("R3"), (Some(date(2024, 3, 1)), Some(1)));
    // Before the invoice date, unreadable, far outside the data; not a whole level 0 to 9.
    assert_eq!(reminder("R4"), (None, Some(2)));
    assert_eq!(reminder("R5"), (None, None));
    assert_eq!(reminder("R6"), (None, None));
    let reported: Vec<(Option<usize>, Option<&str>, &Problem, &Action)> = imported
        .report
        .issues
        .iter()
        .map(|i| (i.row, i.value.as_deref(), &i.problem, &i.action))
        .collect();
    assert_eq!(
        reported,
        vec![
            (
                Some(5),
                Some("15.01.2024"),
                &Problem::ImpossibleValue {
                    reason: "a reminder cannot be sent before the invoice date"
                },
                &Action::Cleared
            ),
            (
                Some(6),
                Some("soon"),
                &Problem::BadDate {
                    format: "DD.MM.YYYY".to_string()
                },
                &Action::Cleared
            ),
            (
                Some(6),
                Some("1.5"),
                &Problem::ImpossibleValue {
                    reason: "a dunning level must be a whole number from 0 to 9"
                },
                &Action::Cleared
            ),
            (
                Some(7),
                Some("01.01.2199"),
                &imported.report.issues[3].problem,
                &Action::Cleared
            ),
            (
                Some(7),
                Some("12"),
                &Problem::ImpossibleValue {
                    reason: "a dunning level must be a whole number from 0 to 9"
                },
                &Action::Cleared
            ),
        ]
    );
    assert!(matches!(
        imported.report.issues[3].problem,
        Problem::ImplausibleDate { .. }
    ));
    assert_eq!(
        imported.report.files[0].column_formats["Last reminder"],
        "DD.MM.YYYY"
    );
    // A reminder never moves the data's as-of date.
    assert_eq!(tables.as_of, date(2024, 3, 5));
    assert_mapping_round_trips(&files, &plan, tables);
}

/// Reminders in a single ledger, named in Swedish, and through a mapping file's field name.
#[test]
fn reminder_dates_import_from_a_ledger_and_a_mapping_file() {
    let ledger = "Fakturanr;Kundnr;Fakturadatum;Förfallodatum;Belopp;Betaldatum;Påmind
F1;K1;2024-01-10;2024-02-09;1000,00;2024-02-20;2024-02-16
F2;K1;2024-01-15;2024-02-14;1000,00;2024-02-10;
F3;K2;2024-02-20;2024-03-21;500,00;;2024-03-18
";
    let files = Files::new().text("reskontra.csv", ledger);
    let (plan, imported) = files.import().unwrap();
    assert_eq!(plan.files[0].role, TableRole::Ledger);
    assert_eq!(
        mapped(&plan, 0, CanonicalField::ReminderDate),
        Some("Påmind")
    );
    let tables = &imported.tables;
    assert_eq!(imported.report.issues, vec![]);
    assert_eq!(invoice(tables, "F1").reminder_date, Some(date(2024, 2, 16)));
    assert_eq!(invoice(tables, "F2").reminder_date, None);
    assert_eq!(invoice(tables, "F3").reminder_date, Some(date(2024, 3, 18)));

    // The same column under another name, mapped by the mapping file's `reminder_date`.
    let renamed = ledger.replace("Påmind", "Kontakt");
    let files = Files::new().text("reskontra.csv", &renamed);
    let (plan, imported) = import_with(
        &files,
        &mapping(
            "[ledger]\nfile = \"reskontra.csv\"\n[ledger.columns]\nreminder_date = \"Kontakt\"\n",
        ),
    );
    assert_eq!(
        mapped(&plan, 0, CanonicalField::ReminderDate),
        Some("Kontakt")
    );
    assert_eq!(
        invoice(&imported.tables, "F3").reminder_date,
        Some(date(2024, 3, 18))
    );
}

// ---- (d) National exports and text encodings -------------------------------------------------

#[test]
fn swedish_semicolon_export_with_decimal_commas() {
    let files = Files::new()
        .text(
            "kunder.csv",
            "Kundnummer;Kundnamn;Betalningsvillkor;Kreditgräns
K1;Åhléns AB;30;50 000,00
K2;Systembolaget;10;1 000 000,00
",
        )
        .text(
            "fakturor.csv",
            "Fakturanummer;Kundnummer;Fakturadatum;Förfallodatum;Belopp;Valuta
F1001;K1;2024-01-15;2024-02-14;1 234,50;SEK
F1002;K2;2024-01-20;2024-01-30;99,90;SEK
F1003;K1;2024-02-01;2024-03-02;12 000,00;SEK
",
        )
        .text(
            "inbetalningar.csv",
            "Fakturanummer;Betalningsdatum;Belopp
F1001;2024-02-10;1 234,50
F1002;2024-02-05;50,00
",
        );
    let (plan, imported) = files.import().unwrap();
    assert_no_silent_drops(&imported);
    let roles: Vec<TableRole> = plan.files.iter().map(|f| f.role).collect();
    assert_eq!(
        roles,
        vec![
            TableRole::Customers,
            TableRole::Invoices,
            TableRole::Payments
        ]
    );
    use CanonicalField as F;
    assert_eq!(mapped(&plan, 0, F::TermsDays), Some("Betalningsvillkor"));
    assert_eq!(mapped(&plan, 0, F::CreditLimit), Some("Kreditgräns"));
    assert_eq!(mapped(&plan, 1, F::DueDate), Some("Förfallodatum"));
    assert_eq!(mapped(&plan, 1, F::Currency), Some("Valuta"));
    assert_eq!(mapped(&plan, 2, F::PaymentDate), Some("Betalningsdatum"));
    assert_eq!(mapped(&plan, 2, F::PaymentAmount), Some("Belopp"));

    assert_eq!(imported.report.issues, vec![]);
    let tables = &imported.tables;
    let k1 = &tables.customers[0];
    assert_eq!(k1.name.as_deref(), Some("Åhléns AB"));
    assert_eq!((k1.terms_days, k1.credit_limit), (Some(30), Some(50_000.0)));
    assert_eq!(tables.customers[1].credit_limit, Some(1_000_000.0));
    let amounts: Vec<f64> = tables.invoices.iter().map(|i| i.amount).collect();
    assert_eq!(amounts, vec![1234.5, 99.9, 12_000.0]);
    assert_eq!(
        invoice(tables, "F1001").settled_date,
        Some(date(2024, 2, 10))
    );
    let f1002 = invoice(tables, "F1002");
    assert_eq!((f1002.settled_date, f1002.paid_amount), (None, 50.0));
    assert_eq!(tables.currencies, vec!["SEK"]);
    let summary = &imported.report.files[1];
    assert_eq!(summary.format, "CSV, semicolon-separated, quote \", UTF-8");
    assert_eq!(
        summary.column_formats["Belopp"],
        "number, decimal comma (1.234,56)"
    );
}

#[test]
fn dutch_export_with_day_month_year_dashes() {
    let files = Files::new()
        .text(
            "klanten.csv",
            "Klantnummer;Klantnaam;Betalingstermijn\nKL1;Bakkerij de Vries;14\nKL2;Jansen & Zn;30\n",
        )
        .text(
            "facturen.csv",
            "Factuurnummer;Klantnummer;Factuurdatum;Vervaldatum;Bedrag
2024-001;KL1;15-01-2024;29-01-2024;1.234,50
2024-002;KL2;03-02-2024;04-03-2024;250,00
",
        )
        .text(
            "betalingen.csv",
            "Factuurnummer;Betaaldatum;Bedrag\n2024-001;28-01-2024;1.234,50\n",
        );
    let (plan, imported) = files.import().unwrap();
    assert_no_silent_drops(&imported);
    let roles: Vec<TableRole> = plan.files.iter().map(|f| f.role).collect();
    assert_eq!(
        roles,
        vec![
            TableRole::Customers,
            TableRole::Invoices,
            TableRole::Payments
        ]
    );
    assert_eq!(imported.report.issues, vec![]);
    let tables = &imported.tables;
    assert_eq!(
        tables.customers[0].name.as_deref(),
        Some("Bakkerij de Vries")
    );
    assert_eq!(tables.customers[0].terms_days, Some(14));
    let first = invoice(tables, "2024-001");
    assert_eq!(
        (first.invoice_date, first.due_date, first.amount),
        (date(2024, 1, 15), date(2024, 1, 29), 1234.5)
    );
    assert_eq!(first.settled_date, Some(date(2024, 1, 28)));
    let second = invoice(tables, "2024-002");
    assert_eq!(
        (second.invoice_date, second.due_date, second.amount),
        (date(2024, 2, 3), date(2024, 3, 4), 250.0)
    );
    assert_eq!(second.settled_date, None);
    assert_eq!(
        imported.report.files[1].column_formats["Factuurdatum"],
        "D/M/YYYY"
    );
    assert_mapping_round_trips(&files, &plan, tables);
}

const INVOICES_TSV: &str = "invoice_id\tcustomer_id\tinvoice_date\tdue_date\tamount\tname\r\n\
    I1\tC1\t2024-01-15\t2024-02-14\t100.50\tMüller GmbH\r\n\
    I2\tC2\t2024-01-20\t2024-02-19\t200.00\tŁódź Sp. z o.o.\r\n";

const PAYMENTS_CSV: &str = "invoice_id,payment_date,amount\nI1,2024-02-10,100.50\n";

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        if big_endian {
            bytes.extend_from_slice(&unit.to_be_bytes());
        } else {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
    }
    bytes
}

#[test]
fn tab_separated_utf16_text_as_excel_saves_it() {
    for (big_endian, name) in [(false, "little-endian"), (true, "big-endian")] {
        let files = Files::new()
            .bytes("invoices.txt", &utf16(INVOICES_TSV, big_endian))
            .text("payments.csv", PAYMENTS_CSV);
        let imported = files.imported();
        assert_eq!(imported.report.issues, vec![], "{name}");
        assert_eq!(
            imported.report.files[0].format, "CSV, tab-separated, quote \", UTF-16",
            "{name}"
        );
        let tables = &imported.tables;
        assert_eq!(tables.invoices.len(), 2, "{name}");
        assert_eq!(invoice(tables, "I1").amount, 100.5, "{name}");
        assert_eq!(
            invoice(tables, "I1").settled_date,
            Some(date(2024, 2, 10)),
            "{name}"
        );
        assert_eq!(
            extra(tables, "name"),
            &ExtraValues::Text {
                levels: vec!["Müller GmbH".into(), "Łódź Sp. z o.o.".into()],
                codes: vec![Some(0), Some(1)],
            },
            "{name}"
        );
    }
}

#[test]
fn utf8_with_bom_reads_the_first_header_cleanly() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "\u{feff}invoice_id,customer_id,invoice_date,due_date,amount\nI1,C1,2024-01-15,2024-02-14,100.50\n",
        )
        .text("payments.csv", PAYMENTS_CSV);
    let (plan, imported) = files.import().unwrap();
    assert_eq!(plan.files[0].table.headers[0], "invoice_id");
    assert_eq!(
        mapped(&plan, 0, CanonicalField::InvoiceId),
        Some("invoice_id")
    );
    assert_eq!(imported.report.issues, vec![]);
    assert_eq!(
        imported.report.files[0].format,
        "CSV, comma-separated, quote \", UTF-8 with BOM"
    );
    assert_eq!(invoice(&imported.tables, "I1").amount, 100.5);
}

#[test]
fn excel_sep_line_names_the_delimiter() {
    let files = Files::new()
        .text(
            "invoices.csv",
            "sep=;\r\ninvoice_id;customer_id;invoice_date;due_date;amount\r\nI1;C1;2024-01-15;2024-02-14;100,50\r\nI2;C1;2024-01-16;2024-02-15;\r\n",
        )
        .text("payments.csv", PAYMENTS_CSV);
    let imported = files.imported();
    // Row numbers count the sep= line: the header is line 2.
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
    assert_eq!(invoice(&imported.tables, "I1").amount, 100.5);
}

// ---- (e) Workbooks ----------------------------------------------------------------------------

#[test]
fn xlsx_ledger_reads_date_number_text_and_error_cells() {
    let files = Files::new().existing(&fixture("ledger.xlsx"));
    let (plan, imported) = files.import().unwrap();
    assert_no_silent_drops(&imported);
    assert_eq!(plan.files[0].role, TableRole::Ledger);
    assert_eq!(
        mapped(&plan, 0, CanonicalField::SettledDate),
        Some("Paid Date")
    );
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "ledger.xlsx",
            Some(3),
            Some("Disputed"),
            Some("#N/A"),
            Problem::CellError,
            Action::Cleared
        )]
    );
    assert_eq!(imported.report.files[0].format, "Excel, sheet \"Ledger\"");
    let tables = &imported.tables;
    let ids: Vec<&str> = tables.customers.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, vec!["0042", "K7"]);

    let first = invoice(tables, "INV-1");
    assert_eq!(
        (first.invoice_date, first.due_date, first.amount),
        (date(2024, 1, 15), date(2024, 2, 14), 1250.5)
    );
    assert_eq!(first.settled_date, Some(date(2024, 2, 10)));
    assert_eq!(first.disputed, Some(false));

    let error_row = invoice(tables, "INV-2");
    assert_eq!((error_row.amount, error_row.disputed), (300.0, None));
    assert_eq!(error_row.settled_date, None);

    assert_eq!(invoice(tables, "INV-3").disputed, Some(true));
    assert_eq!(invoice(tables, "INV-3").amount, 99.99);
    // A date-time cell gives its day.
    assert_eq!(invoice(tables, "INV-4").invoice_date, date(2024, 3, 5));
    assert_eq!(tables.open_invoices().count(), 2);
}

#[test]
fn xlsx_sheet_is_chosen_by_the_mapping_file() {
    let workbook = fixture("two_sheets.xlsx");
    let files = Files::new().existing(&workbook);

    // The first sheet is a summary, not a table: it is passed over, and the second sheet is
    // found without a mapping (its name makes it an invoice table, which needs payments).
    let error = files.error();
    assert!(
        matches!(&error, ImportError::NoSettlement { file } if file == "two_sheets.xlsx › Invoices"),
        "{error:?}"
    );

    let chosen = mapping("[ledger]\nfile = \"two_sheets.xlsx\"\nsheet = \"Invoices\"\n");
    let (plan, imported) = import_with(&files, &chosen);
    assert_eq!(plan.files[0].role, TableRole::Ledger);
    assert_eq!(plan.files[0].table.source, "two_sheets.xlsx › Invoices");
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "two_sheets.xlsx › Invoices",
            Some(3),
            Some("Disputed"),
            Some("#N/A"),
            Problem::CellError,
            Action::Cleared
        )]
    );
    assert_eq!(imported.tables.invoices.len(), 3);
    assert_eq!(
        invoice(&imported.tables, "INV-3").settled_date,
        Some(date(2024, 3, 25))
    );
    assert_mapping_round_trips(&files, &plan, &imported.tables);
}

#[test]
fn xlsx_sheet_that_does_not_exist_lists_the_sheets() {
    let files = Files::new().existing(&fixture("two_sheets.xlsx"));
    let error = files
        .import_with(&mapping(
            "[ledger]\nfile = \"two_sheets.xlsx\"\nsheet = \"Fakturor\"\n",
        ))
        .unwrap_err();
    assert!(
        matches!(&error, ImportError::Read(ReadError::NoSuchSheet { file, sheet, available })
            if file == "two_sheets.xlsx" && sheet == "Fakturor" && available == "Summary, Invoices"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "two_sheets.xlsx has no sheet named \"Fakturor\". Its sheets are: Summary, Invoices."
    );
}

// ---- (f) Mapping files ------------------------------------------------------------------------

fn net_and_gross() -> Files {
    Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount,gross_amount
I1,C1,2024-01-15,2024-02-14,100.00,125.00
I2,C1,2024-01-20,2024-02-19,200.00,250.00
",
        )
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount\nI1,2024-02-10,125.00\n",
        )
}

#[test]
fn mapping_file_overrides_one_column_and_the_rest_is_automatic() {
    let files = net_and_gross();
    // Automatically the net amount is used, and the gross payment overpays it.
    let automatic = files.imported();
    assert_eq!(invoice(&automatic.tables, "I1").amount, 100.0);
    assert!(matches!(
        automatic.report.issues[..],
        [ref only] if matches!(only.problem, Problem::Overpaid { .. })
    ));

    let gross = mapping("[invoices.columns]\namount = \"gross_amount\"\n");
    let (plan, imported) = import_with(&files, &gross);
    use CanonicalField as F;
    assert_eq!(mapped(&plan, 0, F::Amount), Some("gross_amount"));
    assert_eq!(mapped(&plan, 0, F::InvoiceId), Some("invoice_id"));
    assert_eq!(mapped(&plan, 0, F::DueDate), Some("due_date"));
    assert_eq!(plan.files[1].role, TableRole::Payments);
    assert_eq!(imported.report.issues, vec![]);
    let tables = &imported.tables;
    let amounts: Vec<f64> = tables.invoices.iter().map(|i| i.amount).collect();
    assert_eq!(amounts, vec![125.0, 250.0]);
    assert_eq!(invoice(tables, "I1").settled_date, Some(date(2024, 2, 10)));
    // The column no longer mapped is kept as an extra.
    assert_eq!(
        extra(tables, "amount"),
        &ExtraValues::Number(vec![Some(100.0), Some(200.0)])
    );
}

#[test]
fn saved_mapping_round_trips_to_the_same_tables() {
    let files = net_and_gross();
    let gross = mapping("[invoices.columns]\namount = \"gross_amount\"\n");
    let (plan, imported) = import_with(&files, &gross);
    let text = plan.mapping_file().to_toml();
    assert!(text.contains("amount = \"gross_amount\""), "{text}");
    assert!(text.contains("file = \"invoices.csv\""), "{text}");
    assert_mapping_round_trips(&files, &plan, &imported.tables);

    // Also with a date format chosen by the user.
    let files = Files::new()
        .text(
            "invoices.csv",
            "invoice_id,customer_id,invoice_date,due_date,amount
I1,C1,1/5/2024,2024-06-04,100.00
I2,C1,3/4/2024,2024-05-03,200.00
",
        )
        .text(
            "payments.csv",
            "invoice_id,payment_date,amount\nI1,2024-06-01,100.00\n",
        );
    let day_first = mapping(
        "[invoices]\nfile = \"invoices.csv\"\n[invoices.date_formats]\ninvoice_date = \"D/M/YYYY\"\n",
    );
    let (plan, imported) = import_with(&files, &day_first);
    assert_eq!(imported.tables.invoices[0].invoice_date, date(2024, 5, 1));
    let text = plan.mapping_file().to_toml();
    assert!(text.contains("invoice_date = \"D/M/YYYY\""), "{text}");
    assert_mapping_round_trips(&files, &plan, &imported.tables);
}

// ---- (g) The committed sample data ------------------------------------------------------------

#[test]
fn sample_data_imports_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data");
    let files = Files::new()
        .existing(&dir.join("customers.csv"))
        .existing(&dir.join("invoices.csv"))
        .existing(&dir.join("payments.csv"));
    let (plan, imported) = files.import().unwrap();
    assert_no_silent_drops(&imported);
    let roles: Vec<TableRole> = plan.files.iter().map(|f| f.role).collect();
    assert_eq!(
        roles,
        vec![
            TableRole::Customers,
            TableRole::Invoices,
            TableRole::Payments
        ]
    );
    assert_eq!(imported.report.issues, vec![]);
    let tables = &imported.tables;
    assert_eq!(tables.form, ImportForm::ThreeTables);
    assert_eq!(tables.customers.len(), 250);
    assert_eq!(tables.invoices.len(), 40_000);
    assert_eq!(tables.payments.len(), 40_616);
    let open = tables.open_invoices().count();
    assert!((1_800..=2_000).contains(&open), "{open} open invoices");
    // Every customer has its attributes from the customer file.
    assert!(tables.customers.iter().all(|c| c.name.is_some()));
    assert!(tables.invoices.iter().all(|i| i.trainable));
}
