//! The mapping's tests: synonyms of every field, look-alike columns, roles, mapping files and
//! remembered layouts.

use super::*;
use crate::data::parse::DateFormat;
use crate::data::raw::RawTable;

fn table(headers: &[&str], row: &[&str]) -> RawTable {
    RawTable::from_rows("t.csv", headers, &[row.iter().map(|v| Some(*v)).collect()])
}

#[test]
fn all_fields_are_listed_in_declaration_order() {
    // The importer indexes per-field tables by `field as usize`.
    for (i, field) in CanonicalField::ALL.iter().enumerate() {
        assert_eq!(*field as usize, i, "{field:?}");
    }
}

#[test]
fn normalise_folds_case_accents_and_punctuation() {
    assert_eq!(normalise("Förfallo-datum "), "forfallodatum");
    assert_eq!(normalise("Invoice_Amount (EUR)"), "invoiceamounteur");
    assert_eq!(normalise("Kreditgräns"), "kreditgrans");
}

/// Every field is found from an English, a Swedish and a Dutch column name.
#[test]
fn every_synonym_family_maps() {
    use CanonicalField::*;
    let cases: &[(CanonicalField, TableRole, [&str; 3], &str)] = &[
        (
            CustomerId,
            TableRole::Customers,
            ["Customer No.", "Kundnummer", "Klantnummer"],
            "C1",
        ),
        (
            CustomerName,
            TableRole::Customers,
            ["Customer Name", "Kundnamn", "Klantnaam"],
            "Acme",
        ),
        (
            CustomerGroup,
            TableRole::Customers,
            ["Customer group", "Kundgrupp", "Klantgroep"],
            "Retail",
        ),
        (
            Region,
            TableRole::Customers,
            ["Country code", "Land", "Regio"],
            "SE",
        ),
        (
            CreditLimit,
            TableRole::Customers,
            ["Credit Limit", "Kreditgräns", "Kredietlimiet"],
            "5000",
        ),
        (
            TermsDays,
            TableRole::Customers,
            ["Payment terms", "Betalningsvillkor", "Betalingstermijn"],
            "30",
        ),
        (
            PaperlessSince,
            TableRole::Customers,
            ["Paperless date", "E-faktura sedan", "E-factuur sinds"],
            "2021-01-01",
        ),
        (
            InvoiceId,
            TableRole::Invoices,
            ["Invoice Number", "Fakturanummer", "Factuurnummer"],
            "F1",
        ),
        (
            InvoiceDate,
            TableRole::Invoices,
            ["Invoice Date", "Fakturadatum", "Factuurdatum"],
            "2024-01-01",
        ),
        (
            DueDate,
            TableRole::Invoices,
            ["Due Date", "Förfallodatum", "Vervaldatum"],
            "2024-01-31",
        ),
        (
            Amount,
            TableRole::Invoices,
            ["Invoice Amount", "Belopp", "Bedrag"],
            "100.50",
        ),
        (
            Currency,
            TableRole::Invoices,
            ["Currency", "Valuta", "Munt"],
            "EUR",
        ),
        (
            DiscountPct,
            TableRole::Invoices,
            ["Cash discount %", "Kassarabatt", "Betalingskorting"],
            "2",
        ),
        (
            DiscountDays,
            TableRole::Invoices,
            ["Discount days", "Rabattdagar", "Kortingsdagen"],
            "10",
        ),
        (
            Disputed,
            TableRole::Invoices,
            ["Disputed", "Tvist", "Betwist"],
            "no",
        ),
        (
            Delivery,
            TableRole::Invoices,
            ["Delivery method", "Leveranssätt", "Verzendwijze"],
            "paper",
        ),
        (
            ReminderDate,
            TableRole::Invoices,
            ["Last reminder", "Påminnelsedatum", "Herinneringsdatum"],
            "2024-01-25",
        ),
        (
            DunningLevel,
            TableRole::Ledger,
            ["Dunning level", "Påminnelsenivå", "Aanmaningsniveau"],
            "2",
        ),
        (
            SettledDate,
            TableRole::Ledger,
            ["Settled Date", "Betaldatum", "Betaaldatum"],
            "2024-02-01",
        ),
        (
            PaymentDate,
            TableRole::Payments,
            ["Payment Date", "Inbetalningsdatum", "Ontvangstdatum"],
            "2024-02-01",
        ),
        (
            PaymentAmount,
            TableRole::Payments,
            ["Paid Amount", "Inbetalt belopp", "Betaald bedrag"],
            "100",
        ),
    ];
    for (field, role, names, value) in cases {
        for name in names {
            let t = table(&["other", name], &["x", value]);
            let matches = auto_map(&t, *role);
            let found = matches.iter().find(|m| m.field == *field);
            assert_eq!(
                found.map(|m| m.column.as_str()),
                Some(*name),
                "{field:?} from {name:?}: {matches:?}"
            );
        }
    }
    // Every field has a case above.
    for field in CanonicalField::ALL {
        assert!(cases.iter().any(|c| c.0 == field), "{field:?} untested");
    }
}

#[test]
fn exact_names_are_surer_than_partial_ones() {
    let t = table(&["InvoiceAmount", "Amount incl. VAT"], &["100", "120"]);
    let matches = auto_map(&t, TableRole::Invoices);
    let amount = matches
        .iter()
        .find(|m| m.field == CanonicalField::Amount)
        .unwrap();
    assert_eq!(amount.column, "InvoiceAmount");
    assert!(amount.confidence > 0.95);
}

#[test]
fn a_date_named_column_without_dates_is_not_matched() {
    let t = table(&["Due date"], &["soon"]);
    let matches = auto_map(&t, TableRole::Invoices);
    assert!(matches.iter().all(|m| m.field != CanonicalField::DueDate));
}

/// The names of the accounting systems' exports (see `synonyms` for the sources).
#[test]
fn accounting_system_names_map() {
    use CanonicalField::*;
    use TableRole::{Invoices, Ledger, Payments};
    let cases: &[(CanonicalField, TableRole, &str, &str)] = &[
        (CustomerId, Ledger, "AccountNum", "US-001"),
        (CustomerId, Ledger, "Customer account", "US-001"),
        (CustomerId, Ledger, "KUNNR", "100100"),
        (CustomerId, Ledger, "Contact", "Boom FM"),
        (InvoiceId, Invoices, "Num", "1001"),
        (InvoiceId, Invoices, "BELNR", "90004711"),
        (InvoiceDate, Invoices, "TransDate", "2024-01-09T12:00:00"),
        (InvoiceDate, Invoices, "BLDAT", "20240108"),
        (DueDate, Invoices, "NETDT", "20240207"),
        (DueDate, Invoices, "FAEDT", "07.02.2024"),
        (Amount, Invoices, "AmountCur", "6862.75"),
        (
            Amount,
            Invoices,
            "Amount in transaction currency",
            "6862.75",
        ),
        (Amount, Invoices, "DMBTR", "2963.14"),
        (Amount, Invoices, "Amount in local currency", "2.963,14"),
        (Currency, Invoices, "WAERS", "EUR"),
        (Currency, Invoices, "Local Currency", "EUR"),
        (DiscountDays, Invoices, "ZBD1T", "14"),
        (DiscountPct, Invoices, "ZBD1P", "2.000"),
        (SettledDate, Ledger, "Closed at Date", "2/5/2024"),
        (SettledDate, Ledger, "Closed", "2024-02-19T12:00:00"),
        (SettledDate, Ledger, "AUGDT", "20240224"),
        (SettledDate, Ledger, "Fully Paid On Date", "12/2/2024"),
        (SettledDate, Ledger, "LastSettleDate", "2024-02-19T12:00:00"),
        (PaymentAmount, Payments, "Amount received", "6,923.59"),
        (ReminderDate, Ledger, "Last Dunned", "14.02.2024"),
        (ReminderDate, Ledger, "MADAT", "20240214"),
        (ReminderDate, Invoices, "Reminded on", "2024-02-14"),
        (ReminderDate, Invoices, "Påmind", "2024-02-14"),
        (ReminderDate, Invoices, "Aanmaningsdatum", "14-02-2024"),
        (ReminderDate, Invoices, "Aanmaning", "14-02-2024"),
        (DunningLevel, Ledger, "MANST", "1"),
        (DunningLevel, Ledger, "Last Issued Reminder Level", "1"),
    ];
    for (field, role, name, value) in cases {
        let t = table(&["other", name], &["x", value]);
        let matches = auto_map(&t, *role);
        let found = matches.iter().find(|m| m.field == *field);
        assert_eq!(
            found.map(|m| m.column.as_str()),
            Some(*name),
            "{field:?} from {name:?}: {matches:?}"
        );
    }
}

/// Columns whose names contain a field's name without being that field.
#[test]
fn look_alike_columns_are_not_taken_for_fields() {
    use CanonicalField::*;
    let mapped = |headers: &[&str], row: &[&str], role: TableRole| {
        auto_map(&table(headers, row), role)
            .into_iter()
            .map(|m| (m.field, m.column))
            .collect::<Vec<_>>()
    };
    // Business Central: what is still open is not the invoice amount.
    assert_eq!(
        mapped(
            &["Remaining Amount", "Open"],
            &["100", "Yes"],
            TableRole::Invoices
        ),
        vec![]
    );
    // Xero: "Credited" is no credit limit, "Due" (an amount) no due date.
    assert_eq!(
        mapped(&["Credited", "Due"], &["0.00", "150.00"], TableRole::Ledger),
        vec![]
    );
    // SAP: arrears are days, not a due date; a closing date is not the invoice date.
    assert_eq!(
        mapped(
            &["Arrears after net due date", "Closed at Date"],
            &["12", "2024-02-05"],
            TableRole::Ledger
        ),
        vec![(SettledDate, "Closed at Date".to_string())]
    );
    // A reminder date is not the invoice date, a reminder level no reminder date.
    assert_eq!(
        mapped(
            &["Payment reminder date", "Reminder level"],
            &["2024-02-14", "1"],
            TableRole::Invoices
        ),
        vec![
            (ReminderDate, "Payment reminder date".to_string()),
            (DunningLevel, "Reminder level".to_string())
        ]
    );
    // A customer list's contact person is not the customer, on an invoice it is (Xero).
    assert_eq!(
        mapped(
            &["Name", "Contact"],
            &["Adatum", "Robert Townes"],
            TableRole::Customers
        ),
        vec![(CustomerName, "Name".to_string())]
    );
    assert_eq!(
        mapped(&["Contact person"], &["Robert Townes"], TableRole::Ledger),
        vec![]
    );
    // Dynamics 365 and Xero: the day an invoice was fully settled wins over the day of its
    // last (possibly part) payment.
    for (last, full) in [
        ("LastSettleDate", "Closed"),
        ("Last Payment Date", "Fully Paid On Date"),
    ] {
        assert_eq!(
            mapped(
                &[last, full],
                &["2024-02-19", "2024-02-19"],
                TableRole::Ledger
            ),
            vec![(SettledDate, full.to_string())]
        );
    }
}

#[test]
fn a_file_of_invoices_named_after_customers_is_no_customer_list() {
    let ledger = RawTable::from_rows(
        "FBL5N customer line items.csv",
        &[
            "Account",
            "Document Number",
            "Document Date",
            "Net due date",
            "Amount in local currency",
            "Clearing date",
        ],
        &[vec![
            Some("100100"),
            Some("90004711"),
            Some("08.01.2024"),
            Some("07.02.2024"),
            Some("2.963,14"),
            Some("24.02.2024"),
        ]],
    );
    assert_eq!(guess_role(&ledger), TableRole::Ledger);
    let customers = RawTable::from_rows(
        "customers.csv",
        &["Customer No.", "Name", "Credit Limit (LCY)"],
        &[vec![Some("10000"), Some("Adatum"), Some("5000")]],
    );
    assert_eq!(guess_role(&customers), TableRole::Customers);
}

#[test]
fn roles_are_guessed_from_columns() {
    let inv = table(
        &[
            "Invoice No",
            "Customer",
            "Invoice date",
            "Due date",
            "Amount",
        ],
        &["1", "C", "2024-01-01", "2024-01-31", "5"],
    );
    assert_eq!(guess_role(&inv), TableRole::Invoices);
    let ledger = table(
        &[
            "invoiceNumber",
            "customerID",
            "InvoiceDate",
            "DueDate",
            "InvoiceAmount",
            "SettledDate",
        ],
        &["1", "C", "1/2/2013", "2/1/2013", "5", "1/15/2013"],
    );
    assert_eq!(guess_role(&ledger), TableRole::Ledger);
    let pay = table(
        &["Invoice", "Payment date", "Amount"],
        &["1", "2024-01-05", "5"],
    );
    assert_eq!(guess_role(&pay), TableRole::Payments);
    let cust = table(
        &["Customer ID", "Name", "Credit limit"],
        &["C", "Acme", "100"],
    );
    assert_eq!(guess_role(&cust), TableRole::Customers);
}

#[test]
fn mapping_files_round_trip_and_reject_unknown_keys() {
    let text = r#"
[invoices]
file = "ar.csv"
[invoices.columns]
invoice_id = "Fakturanr"
invoice_date = "Datum"
[invoices.date_formats]
Datum = "D/M/YYYY"
"#;
    let parsed = MappingFile::parse("m.toml", text).unwrap();
    let inv = parsed.get(TableRole::Invoices).unwrap();
    assert_eq!(inv.column(CanonicalField::InvoiceId), Some("Fakturanr"));
    assert_eq!(inv.date_format("Datum"), Some(DateFormat::DayMonthYear));
    assert_eq!(
        MappingFile::parse("m.toml", &parsed.to_toml()).unwrap(),
        parsed
    );

    let bad = "[payments.columns]\ninvoice_date = \"X\"\n";
    match MappingFile::parse("m.toml", bad) {
        Err(MappingFileError::UnknownField { key, role, .. }) => {
            assert_eq!(key, "invoice_date");
            assert_eq!(role, "payments");
        }
        other => panic!("{other:?}"),
    }
    let bad_format = "[invoices.date_formats]\nDatum = \"someday\"\n";
    assert!(matches!(
        MappingFile::parse("m.toml", bad_format),
        Err(MappingFileError::UnknownDateFormat { .. })
    ));
    assert!(matches!(
        MappingFile::parse("m.toml", "[invoices\n"),
        Err(MappingFileError::Syntax { .. })
    ));
}

#[test]
fn layouts_are_remembered() {
    let mut memory = MappingMemory::default();
    let headers = vec!["Faktura Nr".to_string(), "Kund".to_string()];
    let mut mapping = FileMapping::default();
    mapping.set(CanonicalField::InvoiceId, Some("Faktura Nr".into()));
    memory.remember(&headers, TableRole::Invoices, mapping.clone());
    let same_layout = vec!["faktura_nr".to_string(), "KUND".to_string()];
    assert_eq!(
        memory.recall(&same_layout),
        Some(&(TableRole::Invoices, mapping))
    );
    assert_eq!(memory.recall(&["x".to_string()]), None);
}
