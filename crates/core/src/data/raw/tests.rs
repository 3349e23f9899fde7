//! The reader's tests: encodings, dialects, ragged rows, quotes, titles and binary files.

use super::*;

fn read(bytes: &[u8]) -> RawTable {
    read_csv_bytes("t.csv", Path::new("t.csv"), bytes.to_vec()).unwrap()
}

#[test]
fn detects_semicolon_and_decodes_windows_1252() {
    // "Kund;Belopp\nÅhléns;1 234,50\n" in Windows-1252.
    let mut bytes = b"Kund;Belopp\n".to_vec();
    bytes.extend_from_slice(&[0xC5, b'h', b'l', 0xE9, b'n', b's']);
    bytes.extend_from_slice(b";1 234,50\n");
    let table = read(&bytes);
    assert_eq!(table.headers, vec!["Kund", "Belopp"]);
    assert_eq!(table.value(0, 0), Some("Åhléns"));
    assert_eq!(table.value(1, 0), Some("1 234,50"));
    match &table.format {
        SourceFormat::Csv(d) => {
            assert_eq!(d.delimiter, b';');
            assert_eq!(d.encoding, TextEncoding::Windows1252);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn utf8_bom_tabs_quotes_and_row_numbers() {
    let table =
        read("\u{feff}id\tname\n1\t\"Smith, \"\"J\"\"\"\n\n2\t\"two\nlines\"\n3\tx\n".as_bytes());
    assert_eq!(table.headers, vec!["id", "name"]);
    // The blank line is kept as an empty row (validation reports it), so rows stay in step.
    assert_eq!(table.height(), 4);
    assert_eq!(table.value(1, 0), Some("Smith, \"J\""));
    assert_eq!(table.value(0, 1), None);
    assert_eq!(table.value(1, 2), Some("two\nlines"));
    // Row numbers are file lines: header 1, first record 2, blank line 3, then 4 and 6.
    assert_eq!(table.row_numbers, vec![2, 3, 4, 6]);
}

#[test]
fn ragged_rows_and_duplicate_headers_are_noted() {
    let table = read(b"a,b,a,\n1,2,3,4\n1,2,3,4,5\n1,2\n");
    assert_eq!(table.headers, vec!["a", "b", "a (2)", "column 4"]);
    assert!(table.notes.contains(&ReadNote::ExtraFields {
        row: 3,
        fields: 5,
        expected: 4
    }));
    assert!(table.notes.contains(&ReadNote::MissingFields {
        row: 4,
        fields: 2,
        expected: 4
    }));
    // Rows that do not split into the header's columns are kept out: only row 2 is read.
    assert_eq!(table.row_numbers, vec![2]);
    assert_eq!(table.value(3, 0), Some("4"));
}

#[test]
fn title_lines_and_sep_hint() {
    let table = read(b"sep=;\nid;amount\n1;2,5\n");
    assert_eq!(table.headers, vec!["id", "amount"]);
    assert_eq!(table.row_numbers, vec![3]);
    let table = read(b"\n\nid,amount\n1,2\n");
    assert_eq!(table.row_numbers, vec![4]);
}

#[test]
fn unusable_files_give_one_clear_error() {
    let empty = read_csv_bytes("e.csv", Path::new("e.csv"), b"  \n".to_vec()).unwrap_err();
    assert!(matches!(empty, ReadError::Empty { .. }));
    let header_only = read_csv_bytes("h.csv", Path::new("h.csv"), b"a,b\n".to_vec()).unwrap_err();
    assert!(matches!(header_only, ReadError::NoRows { .. }));
    let pdf = read_table(Path::new("report.pdf"), None, ReadLimits::default()).unwrap_err();
    assert_eq!(
        pdf.to_string(),
        "report.pdf is a .pdf file, which Payment Insights cannot read. Save or export it as CSV (.csv) or Excel (.xlsx, .xls)."
    );
}

#[test]
fn cr_crlf_and_lf_endings_all_end_lines() {
    let table = read(b"id,name\r1,a\r\n2,b\n3,c\r4,d");
    assert_eq!(table.headers, vec!["id", "name"]);
    assert_eq!(table.height(), 4);
    assert_eq!(table.value(1, 3), Some("d"));
    assert_eq!(table.row_numbers, vec![2, 3, 4, 5]);
}

#[test]
fn thousands_of_repeated_headers_get_unique_names() {
    let mut notes = Vec::new();
    let raw = vec!["a".to_string(); 3000];
    let headers = unique_headers(raw, &mut notes);
    assert_eq!(headers[0], "a");
    assert_eq!(headers[1], "a (2)");
    assert_eq!(headers[2999], "a (3000)");
    assert_eq!(notes.len(), 2999);
    // A name that is already a suffixed form is not reused.
    let headers = unique_headers(
        vec!["b (2)".into(), "b".into(), "b".into()],
        &mut Vec::new(),
    );
    assert_eq!(headers, vec!["b (2)", "b", "b (3)"]);
}

#[test]
fn a_leading_apostrophe_is_text_not_a_quote() {
    let table = read(b"id,name,terms\nC1,'t Hoen BV,30\nC2,Acme,14\n");
    assert_eq!(table.value(1, 0), Some("'t Hoen BV"));
    assert_eq!(table.value(2, 0), Some("30"));
    let table = read(b"id,name\n1,'Smith, J'\n2,'Doe, A'\n");
    assert_eq!(table.value(1, 0), Some("Smith, J"));
}

#[test]
fn text_after_a_closing_quote_names_its_row_and_column() {
    let error = read_csv_bytes(
        "t.csv",
        Path::new("t.csv"),
        b"id,name,kind\n1,a,b\n2,x,\"\"paper\n".to_vec(),
    )
    .unwrap_err();
    match error {
        ReadError::BadlyQuoted {
            row, column, value, ..
        } => {
            assert_eq!(
                (row, column.as_str(), value.as_str()),
                (3, "kind", "\"\"paper")
            );
        }
        other => panic!("{other:?}"),
    }
    // A quote inside an unquoted value and an escaped quote inside a quoted one are fine.
    let table = read(b"id,name\n1,x\"\"y\n2,\"a\"\"b\"\n");
    assert_eq!(table.value(1, 1), Some("a\"b"));
}

#[test]
fn binary_data_is_not_read_as_text() {
    let mut bytes = b"id,name\n".to_vec();
    bytes.extend((0..2000u32).map(|i| (i * 7919 % 251) as u8));
    let error = read_csv_bytes("t.csv", Path::new("t.csv"), bytes).unwrap_err();
    assert!(matches!(error, ReadError::NotText { .. }), "{error:?}");
    // A stray NUL in a text file is not binary.
    let mut text = b"id,name\n1,a\x00b\n".to_vec();
    for i in 2..100 {
        text.extend_from_slice(format!("{i},customer {i}\n").as_bytes());
    }
    assert_eq!(read(&text).height(), 99);
}
