//! Workbooks and files as finance people keep them (issue 24): merged cells, title rows above
//! the header, several sheets with a cover, dates with month names in English, Swedish and
//! Dutch, rows that do not split into the header's columns, a `sep=` line, and the command
//! line's refusal to pass a heavily skipped import, a NaN or a file where a folder belongs.
//! Every file is built in the test.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Files, date, issue};
use payment_insights::data::import::ImportError;
use payment_insights::data::mapping::{MappingFile, TableRole};
use payment_insights::data::raw::{ReadError, SheetSkip};
use payment_insights::data::report::{Action, Problem};
use std::path::Path;
use std::process::Command;

const INVOICE_HEADER: [&str; 5] = ["Invoice", "Customer", "Invoice date", "Due date", "Amount"];

/// Writes rows of text to a sheet from `top` down.
fn write_rows(sheet: &mut rust_xlsxwriter::Worksheet, top: u32, rows: &[Vec<&str>]) {
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if !value.is_empty() {
                sheet
                    .write_string(top + r as u32, c as u16, *value)
                    .unwrap();
            }
        }
    }
}

fn payments_csv(ids: &[&str]) -> String {
    let mut text = "invoice_id,payment_date,payment_amount\n".to_string();
    for id in ids {
        text.push_str(&format!("{id},2026-03-01,100\n"));
    }
    text
}

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_payment-insights-cli"))
}

// ---- 1. Merged cells --------------------------------------------------------------------------

/// Customer id and name merged down over each customer's block of invoices, as a person lays
/// a statement out in Excel: every invoice of the block belongs to that customer.
#[test]
fn merged_cells_fill_every_row_of_their_range() {
    let files = Files::new();
    let path = files.dir().join("statement.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let plain = rust_xlsxwriter::Format::new();
    write_rows(sheet, 0, &[INVOICE_HEADER.to_vec()]);
    let mut row = 1u32;
    let mut ids = Vec::new();
    for (customer, invoices) in [("C1", 4u32), ("C2", 3), ("C3", 5)] {
        sheet
            .merge_range(row, 1, row + invoices - 1, 1, customer, &plain)
            .unwrap();
        for k in 0..invoices {
            let id = format!("{customer}-I{k}");
            sheet.write_string(row + k, 0, &id).unwrap();
            sheet.write_string(row + k, 2, "2026-01-05").unwrap();
            sheet.write_string(row + k, 3, "2026-02-04").unwrap();
            sheet.write_string(row + k, 4, "100").unwrap();
            ids.push(id);
        }
        row += invoices;
    }
    workbook.save(&path).unwrap();
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let files = files
        .existing(&path)
        .text("payments.csv", &payments_csv(&id_refs));
    let imported = files.imported();
    assert_eq!(imported.tables.invoices.len(), 12, "{:#?}", imported.report);
    assert_eq!(imported.report.issues, vec![]);
    assert!(imported.report.heavy_skips().is_empty());
    let customer_of = |id: &str| {
        let invoice = imported
            .tables
            .invoices
            .iter()
            .find(|i| i.id == id)
            .unwrap();
        imported.tables.customers[invoice.customer as usize]
            .id
            .clone()
    };
    assert_eq!(customer_of("C1-I3"), "C1");
    assert_eq!(customer_of("C3-I4"), "C3");
}

/// The same statement saved as CSV loses its merged cells: most rows have no customer, and
/// the import says so loudly (the report's heavy skips; the command line's exit status 3).
#[test]
fn an_import_that_skips_most_rows_never_passes_in_silence() {
    let mut invoices = "Invoice,Customer,Invoice date,Due date,Amount\n".to_string();
    let mut ids = Vec::new();
    for k in 0..40 {
        let customer = if k % 10 == 0 { "C1" } else { "" };
        invoices.push_str(&format!("I{k},{customer},2026-01-05,2026-02-04,100\n"));
        if k % 10 == 0 {
            ids.push(format!("I{k}"));
        }
    }
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let files = Files::new()
        .text("invoices.csv", &invoices)
        .text("payments.csv", &payments_csv(&id_refs));
    let imported = files.imported();
    let heavy = imported.report.heavy_skips();
    assert_eq!(heavy.len(), 1, "{heavy:?}");
    assert_eq!((heavy[0].skipped, heavy[0].read), (36, 40));
    let (count, first) = heavy[0].reason.clone().unwrap();
    assert_eq!((count, first.row), (36, Some(3)));
    assert_eq!(first.problem, Problem::MissingRequired);
    let text = heavy[0].to_string();
    assert!(
        text.starts_with("90.0% of the rows of invoices.csv were skipped (36 of 40)."),
        "{text}"
    );
    assert!(text.contains("merged cells"), "{text}");

    let output = cli().arg("import").args(files.paths()).output().unwrap();
    assert_eq!(output.status.code(), Some(3));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        errors.contains("Warning: 90.0% of the rows of invoices.csv were skipped"),
        "{errors}"
    );
    // A clean import still exits 0.
    let clean = Files::new()
        .text(
            "invoices.csv",
            "Invoice,Customer,Invoice date,Due date,Amount\nI1,C1,2026-01-05,2026-02-04,100\n",
        )
        .text("payments.csv", &payments_csv(&["I1"]));
    let output = cli().arg("import").args(clean.paths()).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
}

// ---- 2. The header is found -----------------------------------------------------------------

#[test]
fn a_title_block_above_the_header_is_passed_over_in_workbooks_and_csv() {
    let files = Files::new();
    let path = files.dir().join("aged receivables.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    // A title merged across the table, a "prepared" line, a blank row, then the header.
    sheet
        .merge_range(0, 0, 0, 4, "Aged receivables, Q4 2026", &bold)
        .unwrap();
    sheet.write_string(1, 0, "Prepared by finance").unwrap();
    write_rows(
        sheet,
        3,
        &[
            INVOICE_HEADER.to_vec(),
            vec!["I1", "C1", "2026-01-05", "2026-02-04", "100"],
            vec!["I2", "C2", "2026-01-06", "2026-02-05", "250"],
        ],
    );
    workbook.save(&path).unwrap();
    let files = files
        .existing(&path)
        .text("payments.csv", &payments_csv(&["I1"]));
    let (plan, imported) = files.import().unwrap();
    assert_eq!(plan.files[0].table.header_row, 4);
    assert_eq!(plan.files[0].table.row_numbers, vec![5, 6]);
    assert_eq!(imported.tables.invoices.len(), 2);
    let summary = &imported.report.files[0];
    assert_eq!(
        (summary.file.as_str(), summary.header_row),
        ("aged receivables.xlsx", 4)
    );

    // The same in CSV, the title's line holding delimiters as Excel writes them.
    let csv = "Aged receivables;;;;\nPrepared by finance;;;;\n;;;;\nInvoice;Customer;Invoice date;Due date;Amount\nI1;C1;2026-01-05;2026-02-04;100\n";
    let files = Files::new()
        .text("invoices.csv", csv)
        .text("payments.csv", &payments_csv(&["I1"]));
    let (plan, imported) = files.import().unwrap();
    assert_eq!(plan.files[0].table.header_row, 4);
    assert_eq!(plan.files[0].table.row_numbers, vec![5]);
    assert_eq!(imported.report.files[0].header_row, 4);
    assert_eq!(imported.tables.invoices.len(), 1);
}

// ---- 3. Every sheet -------------------------------------------------------------------------

/// A cover, customers, invoices and payments on four sheets of one workbook.
fn four_sheet_workbook(path: &Path) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let cover = workbook.add_worksheet().set_name("Cover").unwrap();
    write_rows(
        cover,
        0,
        &[
            vec!["Receivables pack"],
            vec!["Prepared for", "the board"],
            vec!["Period", "December 2026"],
            vec!["Approved", "yes"],
        ],
    );
    let customers = workbook.add_worksheet().set_name("Kunder").unwrap();
    write_rows(
        customers,
        0,
        &[
            vec!["Customer ID", "Name"],
            vec!["C1", "Acme"],
            vec!["C2", "Bolt"],
        ],
    );
    let invoices = workbook.add_worksheet().set_name("Invoices").unwrap();
    write_rows(
        invoices,
        0,
        &[
            INVOICE_HEADER.to_vec(),
            vec!["I1", "C1", "2026-01-05", "2026-02-04", "100"],
            vec!["I2", "C2", "2026-01-06", "2026-02-05", "250"],
        ],
    );
    let payments = workbook.add_worksheet().set_name("Payments").unwrap();
    write_rows(
        payments,
        0,
        &[
            vec!["Invoice", "Payment date", "Paid amount"],
            vec!["I1", "2026-02-01", "100"],
        ],
    );
    workbook.save(path).unwrap();
}

#[test]
fn three_tables_on_three_sheets_and_a_cover_sheet_skipped_and_said_so() {
    let files = Files::new();
    let path = files.dir().join("pack.xlsx");
    four_sheet_workbook(&path);
    let files = files.existing(&path);
    let (plan, imported) = files.import().unwrap();
    let roles: Vec<(&str, TableRole)> = plan
        .files
        .iter()
        .map(|f| (f.table.source.as_str(), f.role))
        .collect();
    assert_eq!(
        roles,
        vec![
            ("pack.xlsx › Kunder", TableRole::Customers),
            ("pack.xlsx › Invoices", TableRole::Invoices),
            ("pack.xlsx › Payments", TableRole::Payments),
        ]
    );
    assert_eq!(plan.skipped.len(), 1);
    assert_eq!(plan.skipped[0].source, "pack.xlsx › Cover");
    assert_eq!(plan.skipped[0].reason, SheetSkip::NoTable);
    assert_eq!(
        imported.report.issues,
        vec![issue(
            "pack.xlsx › Cover",
            None,
            None,
            Some("Prepared for"),
            Problem::SheetWithoutTable {
                reason: SheetSkip::NoTable
            },
            Action::SheetSkipped
        )]
    );
    assert_eq!(imported.tables.customers.len(), 2);
    assert_eq!(imported.tables.invoices.len(), 2);
    assert_eq!(imported.tables.payments.len(), 1);
    assert_eq!(
        imported.tables.invoices[0].settled_date,
        Some(date(2026, 2, 1))
    );
    // The mapping names each table's sheet of the one workbook, and reads back.
    let mapping = plan.mapping_file();
    let toml = mapping.to_toml();
    assert!(toml.contains("sheet = \"Invoices\""), "{toml}");
    assert!(toml.contains("sheet = \"Kunder\""), "{toml}");
    let parsed = MappingFile::parse("m.toml", &toml).unwrap();
    let (again, _) = files.import_with(&parsed).unwrap();
    let sources: Vec<&str> = again
        .files
        .iter()
        .map(|f| f.table.source.as_str())
        .collect();
    assert_eq!(sources, roles.iter().map(|r| r.0).collect::<Vec<_>>());
    // Only the named sheets are read: the cover is not even looked at.
    assert!(again.skipped.is_empty());
}

#[test]
fn a_mapping_file_points_each_table_at_its_own_sheet() {
    let files = Files::new();
    let path = files.dir().join("pack.xlsx");
    four_sheet_workbook(&path);
    let files = files.existing(&path);
    // Roles the guess would not give: the mapping decides, per sheet of one file.
    let mapping = MappingFile::parse(
        "m.toml",
        "[invoices]\nfile = \"pack.xlsx\"\nsheet = \"Invoices\"\n\
         [payments]\nfile = \"pack.xlsx\"\nsheet = \"Payments\"\n",
    )
    .unwrap();
    let (plan, imported) = files.import_with(&mapping).unwrap();
    let roles: Vec<(&str, TableRole)> = plan
        .files
        .iter()
        .map(|f| (f.table.source.as_str(), f.role))
        .collect();
    assert_eq!(
        roles,
        vec![
            ("pack.xlsx › Invoices", TableRole::Invoices),
            ("pack.xlsx › Payments", TableRole::Payments),
        ]
    );
    assert_eq!(imported.tables.invoices.len(), 2);
}

#[test]
fn when_no_sheet_holds_invoices_the_message_lists_the_sheets_and_their_first_cells() {
    let files = Files::new();
    let path = files.dir().join("notes.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let cover = workbook.add_worksheet().set_name("Cover").unwrap();
    write_rows(cover, 0, &[vec!["Receivables pack"]]);
    let people = workbook.add_worksheet().set_name("Contacts").unwrap();
    write_rows(
        people,
        0,
        &[vec!["Customer ID", "Phone"], vec!["C1", "555-0100"]],
    );
    workbook.add_worksheet().set_name("Empty").unwrap();
    workbook.save(&path).unwrap();
    let error = Files::new().existing(&path).error();
    match &error {
        ImportError::NoInvoiceTable { files, sheets } => {
            assert_eq!(files, "notes.xlsx");
            assert_eq!(
                sheets,
                "notes.xlsx › Contacts (\"Customer ID\", \"Phone\"); notes.xlsx › Cover (\"Receivables pack\"); notes.xlsx › Empty (empty)"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(
        error.to_string().contains(
            "The sheets, with their first header cells: notes.xlsx › Contacts (\"Customer ID\""
        ),
        "{error}"
    );
}

// ---- 4. Month names -------------------------------------------------------------------------

#[test]
fn dates_with_month_names_in_three_languages_are_read_per_column() {
    for (invoice_date, due_date, invoiced, due) in [
        (
            "07-Dec-2026",
            "06-Jan-2027",
            date(2026, 12, 7),
            date(2027, 1, 6),
        ),
        (
            "7 Dec 2026",
            "6 Jan 2027",
            date(2026, 12, 7),
            date(2027, 1, 6),
        ),
        (
            "7 dec. 2026",
            "6 jan. 2027",
            date(2026, 12, 7),
            date(2027, 1, 6),
        ),
        (
            "3 maj 2026",
            "2 juni 2026",
            date(2026, 5, 3),
            date(2026, 6, 2),
        ),
        (
            "3 mei 2026",
            "1 okt 2026",
            date(2026, 5, 3),
            date(2026, 10, 1),
        ),
        (
            "1 mars 2026",
            "1 maart 2026",
            date(2026, 3, 1),
            date(2026, 3, 1),
        ),
        (
            "7 december 2026",
            "6 januari 2027",
            date(2026, 12, 7),
            date(2027, 1, 6),
        ),
        (
            "\"December 7, 2026\"",
            "\"January 6, 2027\"",
            date(2026, 12, 7),
            date(2027, 1, 6),
        ),
    ] {
        let invoices = format!(
            "Invoice,Customer,Invoice date,Due date,Amount\nI1,C1,{invoice_date},{due_date},100\n"
        );
        let files = Files::new()
            .text("invoices.csv", &invoices)
            .text("payments.csv", &payments_csv(&["I1"]));
        let imported = files.imported();
        let invoice = &imported.tables.invoices[0];
        assert_eq!(
            (invoice.invoice_date, invoice.due_date),
            (invoiced, due),
            "{invoice_date}"
        );
        // Shown by name in the review.
        let format = imported.report.files[0].column_formats["Invoice date"].to_string();
        let expected = if invoice_date.starts_with('"') {
            "MMM D, YYYY"
        } else {
            "D MMM YYYY"
        };
        assert_eq!(format, expected, "{invoice_date}");
    }
    // Offered by name in the mapping file.
    let mapping = MappingFile::parse(
        "m.toml",
        "[invoices.date_formats]\n\"Invoice date\" = \"DD-MMM-YYYY\"\n",
    )
    .unwrap();
    assert_eq!(
        mapping.invoices.unwrap().date_format("Invoice date"),
        Some(payment_insights::data::parse::DateFormat::DayMonthName)
    );
    // And in the error of a column that holds no dates.
    let files = Files::new()
        .text(
            "invoices.csv",
            "Invoice,Customer,Invoice date,Due date,Amount\nI1,C1,someday,later,100\n",
        )
        .text("payments.csv", &payments_csv(&["I1"]));
    let mapping = MappingFile::parse(
        "m.toml",
        "[invoices.columns]\ninvoice_date = \"Invoice date\"\ndue_date = \"Due date\"\n",
    )
    .unwrap();
    let error = files.import_with(&mapping).unwrap_err();
    assert!(matches!(error, ImportError::NotDates { .. }), "{error:?}");
    let text = error.to_string();
    assert!(
        text.contains("D MMM YYYY") && text.contains("MMM D, YYYY"),
        "{text}"
    );
}

// ---- 5. Rows, not files ---------------------------------------------------------------------

#[test]
fn rows_that_do_not_split_into_the_headers_columns_are_kept_out_and_the_rest_imports() {
    let mut invoices = "Invoice,Customer,Invoice date,Due date,Amount\n".to_string();
    let mut ids = Vec::new();
    for k in 0..30 {
        ids.push(format!("I{k}"));
        if k == 4 {
            // A name with an unquoted comma shifts the row.
            invoices.push_str("I4,C1,Smith, J,2026-01-05,2026-02-04,100\n");
        } else if k == 9 {
            invoices.push_str("I9,C1,2026-01-05\n");
        } else {
            invoices.push_str(&format!("I{k},C1,2026-01-05,2026-02-04,100\n"));
        }
    }
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let files = Files::new()
        .text("invoices.csv", &invoices)
        .text("payments.csv", &payments_csv(&id_refs));
    let imported = files.imported();
    assert_eq!(imported.tables.invoices.len(), 28);
    let kept_out: Vec<_> = imported
        .report
        .issues
        .iter()
        .filter(|i| i.file == "invoices.csv")
        .cloned()
        .collect();
    assert_eq!(
        kept_out,
        vec![
            issue(
                "invoices.csv",
                Some(6),
                None,
                None,
                Problem::ExtraFields {
                    fields: 7,
                    expected: 5
                },
                Action::RowSkipped
            ),
            issue(
                "invoices.csv",
                Some(11),
                None,
                None,
                Problem::MissingFields {
                    fields: 3,
                    expected: 5
                },
                Action::RowSkipped
            ),
        ]
    );
    let summary = &imported.report.files[0];
    assert_eq!((summary.rows_read, summary.rows_imported), (30, 28));

    // Refused only when no row can be read, saying why.
    let broken = "Invoice,Customer,Invoice date,Due date,Amount\nI1,C1,Smith, J,2026-01-05,2026-02-04,100\nI2,C1\n";
    let error = Files::new()
        .text("invoices.csv", broken)
        .text("payments.csv", &payments_csv(&["I1"]))
        .error();
    match &error {
        ImportError::Read(ReadError::NoRowSplits {
            file,
            rows,
            columns,
        }) => {
            assert_eq!((file.as_str(), *rows, *columns), ("invoices.csv", 2, 5));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_sep_line_followed_by_data_is_read() {
    for text in [
        "sep=;\nInvoice;Customer;Invoice date;Due date;Amount\nI1;C1;2026-01-05;2026-02-04;100\n",
        "sep=,\r\nInvoice,Customer,Invoice date,Due date,Amount\r\nI1,C1,2026-01-05,2026-02-04,100\r\n",
        "\u{feff}sep=;\nInvoice;Customer;Invoice date;Due date;Amount\nI1;C1;2026-01-05;2026-02-04;100",
        "\"sep=;\"\nInvoice;Customer;Invoice date;Due date;Amount\nI1;C1;2026-01-05;2026-02-04;100\n",
    ] {
        let files = Files::new()
            .text("invoices.csv", text)
            .text("payments.csv", &payments_csv(&["I1"]));
        let (plan, imported) = files.import().unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(plan.files[0].table.row_numbers, vec![3], "{text:?}");
        assert_eq!(imported.tables.invoices.len(), 1, "{text:?}");
    }
}

// ---- 6. Arguments, model files and folders --------------------------------------------------

#[test]
fn numeric_arguments_outside_their_range_are_refused_by_name() {
    for (args, expected) in [
        (vec!["predict", "--threshold", "NaN"], "NaN (not a number)"),
        (vec!["predict", "--threshold", "inf"], "inf (infinity)"),
        (vec!["predict", "--threshold", "1.5"], "1.5 is outside 0..1"),
        (
            vec!["predict", "--cost-of-capital=-0.1"],
            "-0.1 is outside 0..1",
        ),
        (
            vec!["train", "--late-days", "100000"],
            "100000 is outside 1..=365",
        ),
        (vec!["fields", "--late-days", "0"], "0 is outside 1..=365"),
        (vec!["optimize", "--holdout", "NaN"], "NaN (not a number)"),
        (vec!["optimize", "--budget", "1e300"], "beyond any amount"),
        (
            vec!["import", "--max-file-mb", "0", "x.csv"],
            "0 is not in 1..=65536",
        ),
    ] {
        let output = cli().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let errors = String::from_utf8_lossy(&output.stderr);
        assert!(errors.contains(expected), "{args:?}: {errors}");
        let flag = args[1].split('=').next().unwrap();
        assert!(errors.contains(flag), "{args:?}: {errors}");
    }
}

#[test]
fn a_store_that_is_a_file_is_told_in_words_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("store.txt");
    std::fs::write(&file, "not a folder").unwrap();
    let output = cli()
        .args(["list", "--store", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        errors.contains(&format!("{} is a file, not a folder", file.display())),
        "{errors}"
    );
    assert!(!errors.contains("os error"), "{errors}");
}

#[test]
fn a_killed_runs_temporary_files_are_removed_when_the_store_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("models");
    std::fs::create_dir(&store).unwrap();
    let leftover = store.join(".pi-killed.tmp");
    std::fs::write(&leftover, "half a model").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&leftover)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(600))
        .unwrap();
    let output = cli()
        .args(["list", "--store", store.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!leftover.exists());
}

fn sample_model_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("resources/sample-model.json"),
    )
    .unwrap()
}

/// A model store holding the bundled sample model as version 1, published.
fn sample_store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model-0001.json"), sample_model_text()).unwrap();
    std::fs::write(dir.path().join("published.json"), r#"{"published":[1]}"#).unwrap();
    dir
}

#[test]
fn a_model_file_with_absurd_but_finite_values_is_refused_and_the_previous_one_used() {
    use payment_insights::model::store::ModelStore;
    use payment_insights::model::{Invalid, Model, ModelError};
    let dir = sample_store();
    let mut model: Model = serde_json::from_str(&sample_model_text()).unwrap();
    model.version = 2;
    model.behaviour.mean_days_late[1] = 1e9;
    std::fs::write(
        dir.path().join("model-0002.json"),
        serde_json::to_string(&model).unwrap(),
    )
    .unwrap();
    std::fs::write(dir.path().join("published.json"), r#"{"published":[1,2]}"#).unwrap();
    let store = ModelStore::open(dir.path()).unwrap();
    match store.load(2) {
        Err(ModelError::Invalid { problem, .. }) => assert_eq!(
            problem,
            Invalid::Implausible {
                what: "behaviour.mean_days_late[1]".to_string(),
                value: 1e9
            }
        ),
        other => panic!("{other:?}"),
    }
    let (used, warning) = store.load_published().unwrap();
    assert_eq!(used.version, 1);
    let warning = warning.unwrap().to_string();
    assert!(
        warning.contains("behaviour.mean_days_late[1] is 1000000000")
            && warning.contains("Using the previous good version 1 instead."),
        "{warning}"
    );
}

#[test]
fn a_certain_invoice_is_not_given_a_weight_of_inf() {
    let dir = sample_store();
    let output = cli()
        .args([
            "customer",
            "C00042",
            "--store",
            dir.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(text.contains("for certain"), "{text}");
    assert!(text.contains(", certain)"), "{text}");
    assert!(!text.contains("inf)"), "{text}");
}
