//! Guessing: each field matched to a column from its name and values, with a confidence, and a
//! file's role guessed from its columns and name.

use super::*;
use crate::data::parse::{DateDetection, DecimalSeparator, detect_date_format, parse_number};
use crate::data::raw::RawTable;

/// Normalises a column name for matching: lower case, accents folded (å→a, ö→o, é→e, ij kept),
/// everything but letters and digits dropped. `"Förfallo-datum "` → `"forfallodatum"`.
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => 'a',
            'ö' | 'ø' | 'ò' | 'ó' | 'ô' | 'õ' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ù' | 'ú' | 'û' => 'u',
            'ï' | 'í' | 'ì' | 'î' => 'i',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        };
        if folded.is_alphanumeric() {
            out.push(folded);
        }
    }
    out
}

/// How well a column name matches a field by name alone, 0..=1.
fn name_score(field: CanonicalField, header: &str) -> f32 {
    let name = normalise(header);
    if name.is_empty() {
        return 0.0;
    }
    let mut best: f32 = 0.0;
    for (rank, synonym) in field.synonyms().iter().enumerate() {
        // Earlier synonyms are the more specific ones.
        let rank_penalty = (rank as f32 * 0.002).min(0.05);
        if name == *synonym {
            best = best.max(1.0 - rank_penalty);
        } else if synonym.len() >= 4
            && name.contains(synonym)
            && !field.excluded_words().iter().any(|w| name.contains(w))
        {
            // "Invoice Amount (EUR)" contains "invoiceamount"; the closer in length the better.
            let coverage = synonym.len() as f32 / name.len() as f32;
            best = best.max(0.55 + 0.3 * coverage - rank_penalty);
        }
    }
    best
}

/// Names that mean a field only in some files: Xero calls the customer of an invoice its
/// Contact, while the "Contact" of a customer list (Business Central's, for one) is a person.
fn fits_role(role: TableRole, field: CanonicalField, header: &str) -> bool {
    !(role == TableRole::Customers
        && field == CanonicalField::CustomerId
        && matches!(normalise(header).as_str(), "contact" | "contactname"))
}

/// How well a column's values fit a field's kind, 0..=1, from the first non-empty values.
fn value_fit(field: CanonicalField, table: &RawTable, column: usize) -> f32 {
    let Some(values) = table.columns.get(column) else {
        return 0.0;
    };
    let sample: Vec<&str> = values
        .iter()
        .flatten()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .take(200)
        .collect();
    if sample.is_empty() {
        return 0.5;
    }
    let share = |ok: usize| ok as f32 / sample.len() as f32;
    match field.kind() {
        ValueKind::Date => match detect_date_format(sample.iter().copied()) {
            DateDetection::Found { .. } | DateDetection::Ambiguous { .. } => 1.0,
            DateDetection::Empty => 0.5,
            DateDetection::NotDates { .. } => 0.0,
        },
        ValueKind::Number => {
            let ok = sample
                .iter()
                .filter(|v| {
                    parse_number(v, DecimalSeparator::Dot).is_some()
                        || parse_number(v, DecimalSeparator::Comma).is_some()
                })
                .count();
            share(ok)
        }
        ValueKind::Flag | ValueKind::Text | ValueKind::Id => 1.0,
    }
}

/// One field's match in a file: the column chosen and how sure the match is.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldMatch {
    pub field: CanonicalField,
    pub column: String,
    /// 0..=1: 1 is an exact synonym whose values fit; user choices are 1.
    pub confidence: f32,
    /// The user chose this column (or a saved mapping did).
    pub chosen_by_user: bool,
}

/// Finds, for a table of a given role, the best column for each field. A column serves at most
/// one field; fields are assigned best match first. Matches below 0.5 are left out.
pub fn auto_map(table: &RawTable, role: TableRole) -> Vec<FieldMatch> {
    let mut candidates: Vec<(f32, CanonicalField, usize)> = Vec::new();
    for &field in role.fields() {
        for (c, header) in table.headers.iter().enumerate() {
            if !fits_role(role, field, header) {
                continue;
            }
            let by_name = name_score(field, header);
            if by_name < 0.5 {
                continue;
            }
            let score = by_name * (0.4 + 0.6 * value_fit(field, table, c));
            if score >= 0.5 {
                candidates.push((score, field, c));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut used_fields = Vec::new();
    let mut used_columns = Vec::new();
    let mut matches = Vec::new();
    for (score, field, column) in candidates {
        if used_fields.contains(&field) || used_columns.contains(&column) {
            continue;
        }
        used_fields.push(field);
        used_columns.push(column);
        if let Some(header) = table.headers.get(column) {
            matches.push(FieldMatch {
                field,
                column: header.clone(),
                confidence: score.min(1.0),
                chosen_by_user: false,
            });
        }
    }
    matches.sort_by_key(|m| {
        role.fields()
            .iter()
            .position(|f| *f == m.field)
            .unwrap_or(usize::MAX)
    });
    matches
}

/// Guesses what a file holds from its columns and its name: the role whose required fields
/// match best. Ledger is chosen over invoices when a paid/settled date column is present.
pub fn guess_role(table: &RawTable) -> TableRole {
    let file_name = table.source.to_lowercase();
    let all_required = |role: TableRole, matches: &[FieldMatch]| {
        role.required()
            .iter()
            .all(|f| matches.iter().any(|m| m.field == *f))
    };
    // A file with a column for every invoice field holds invoices, whatever its name says
    // ("FBL5N customer line items.csv", "Customer Ledger Entries.csv").
    let holds_invoices = all_required(TableRole::Invoices, &auto_map(table, TableRole::Invoices));
    let mut best = (TableRole::Invoices, f32::MIN);
    for role in TableRole::ALL {
        let matches = auto_map(table, role);
        let required = role.required();
        let found: f32 = required
            .iter()
            .map(|f| {
                matches
                    .iter()
                    .find(|m| m.field == *f)
                    .map_or(0.0, |m| m.confidence)
            })
            .sum();
        let mut score = found / required.len() as f32;
        // Every required field found matters more than a high average.
        if all_required(role, &matches) {
            score += 1.0 + 0.01 * required.len() as f32;
        }
        if role == TableRole::Customers && holds_invoices {
            score -= 1.0;
        }
        if role
            .file_name_hints()
            .iter()
            .any(|hint| file_name.contains(hint))
        {
            score += 0.3;
        }
        if role == TableRole::Ledger {
            if matches
                .iter()
                .any(|m| m.field == CanonicalField::SettledDate)
            {
                score += 0.2;
            } else {
                score -= 2.0;
            }
        }
        if score > best.1 {
            best = (role, score);
        }
    }
    best.0
}
