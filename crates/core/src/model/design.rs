//! The design: how the selected fields become standardised model columns. Numbers are
//! transformed, standardised and given a missing-value indicator (missing values take the
//! neutral mean); categories become one-hot columns with rare levels grouped as "Other".
//! Every column is standardised, so a column's contribution relative to an average invoice is
//! simply its coefficient times its z-value.

use std::collections::HashMap;

use ndarray::Array2;
use serde::{Deserialize, Serialize};

use crate::i18n::tr;
use crate::model::ModelError;
use crate::model::features::{FeatureTable, MISSING, RawColumn};
use crate::model::fields::{Catalogue, Kind, Transform};

/// What a model column holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Role {
    /// The (transformed) value.
    Value,
    /// 1 when the value is missing.
    Missing,
    /// 1 when the category is this level.
    Level(String),
    /// 1 for any level without its own column (rare or unseen), other than the reference.
    Other,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Column {
    pub role: Role,
    pub mean: f64,
    pub sd: f64,
}

/// One selected field's columns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DesignField {
    pub key: String,
    pub name: String,
    pub transform: Transform,
    pub category: bool,
    /// The most common level: no column of its own (all zeros before standardising).
    pub reference: Option<String>,
    pub columns: Vec<Column>,
    /// Range of the raw values seen in training (numbers), for what-if checks.
    pub range: Option<(f64, f64)>,
}

/// The selected fields as model columns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Design {
    pub fields: Vec<DesignField>,
}

/// A level needs this many training rows for a column of its own.
const MIN_LEVEL_ROWS: usize = 30;

/// The name used for a missing category.
pub const MISSING_LEVEL: &str = "(missing)";

/// Why a field was left out of a model, as the model file stores it: in English, so that a file
/// reads the same in every language; [`dropped_reason_shown`] translates it for the screen.
pub const NEVER_VARIED: &str =
    "It never varied in the training data, so the model cannot learn its effect.";

/// A stored reason a field was left out (see [`NEVER_VARIED`]) in the current language; a
/// reason this version does not know is shown as it is.
pub fn dropped_reason_shown(stored: &str) -> &str {
    if stored == NEVER_VARIED {
        tr("It never varied in the training data, so the model cannot learn its effect.")
    } else {
        stored
    }
}

impl Design {
    /// Fits the design of `selection` on the training `rows` of `table`. Returns the design and,
    /// per dropped field, why it was dropped (it never varied, or had no values).
    pub fn fit(
        catalogue: &Catalogue,
        selection: &[String],
        table: &FeatureTable,
        rows: &[usize],
    ) -> (Design, Vec<(String, String)>) {
        let mut fields = Vec::new();
        let mut dropped = Vec::new();
        for (field, column) in catalogue.fields.iter().zip(&table.columns) {
            if !(field.always_used || selection.contains(&field.key)) {
                continue;
            }
            let fitted = match (column, &field.kind) {
                (RawColumn::Category(codes), Kind::Category { levels }) => {
                    fit_category(codes, levels, rows)
                }
                (RawColumn::Number(values), _) => fit_number(values, field.transform, rows),
                _ => None,
            };
            match fitted {
                Some((columns, reference, range)) => fields.push(DesignField {
                    key: field.key.clone(),
                    name: field.name.clone(),
                    transform: field.transform,
                    category: matches!(field.kind, Kind::Category { .. }),
                    reference,
                    columns,
                    range,
                }),
                None => dropped.push((field.key.clone(), NEVER_VARIED.to_string())),
            }
        }
        (Design { fields }, dropped)
    }

    pub fn n_columns(&self) -> usize {
        self.fields.iter().map(|f| f.columns.len()).sum()
    }

    pub fn field(&self, key: &str) -> Option<&DesignField> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The standardised matrix of `rows` of `table` (all rows if `rows` is `None`). Rows are
    /// filled in blocks spread over the cores; each cell depends on its row only.
    pub fn matrix(
        &self,
        catalogue: &Catalogue,
        table: &FeatureTable,
        rows: Option<&[usize]>,
    ) -> Result<Array2<f64>, ModelError> {
        use rayon::prelude::*;
        let n = rows.map_or(table.rows, <[usize]>::len);
        let width = self.n_columns();
        let encoders = self
            .fields
            .iter()
            .map(|df| Encoder::new(df, catalogue, table))
            .collect::<Result<Vec<_>, _>>()?;
        let mut x = Array2::<f64>::zeros((n, width));
        let Some(cells) = x.as_slice_mut() else {
            // A new zeroed array is always contiguous; this only keeps indexing checked.
            return Err(ModelError::Solver(
                tr("the design matrix is not contiguous").to_string(),
            ));
        };
        if width == 0 {
            return Ok(x);
        }
        cells
            .par_chunks_mut(width * BLOCK_ROWS)
            .enumerate()
            .for_each(|(block, cells)| {
                for (r, row) in cells.chunks_mut(width).enumerate() {
                    let i = block * BLOCK_ROWS + r;
                    let source = rows.and_then(|r| r.get(i).copied()).unwrap_or(i);
                    let mut col0 = 0;
                    for encoder in &encoders {
                        let end = col0 + encoder.field.columns.len();
                        if let Some(out) = row.get_mut(col0..end) {
                            encoder.fill(source, out);
                        }
                        col0 = end;
                    }
                }
            });
        Ok(x)
    }
}

/// Rows per block of [`Design::matrix`]: small enough to spread, large enough to be worth it.
const BLOCK_ROWS: usize = 2048;

/// How one design field's raw values become its model columns, worked out once per matrix.
struct Encoder<'a> {
    field: &'a DesignField,
    values: Values<'a>,
}

enum Values<'a> {
    Number(&'a [f64]),
    /// Category codes and, per level code, the column it sets (`None`: the reference level).
    Category {
        codes: &'a [u32],
        column_of_code: Vec<Option<usize>>,
        missing_column: Option<usize>,
    },
}

impl<'a> Encoder<'a> {
    fn new(
        df: &'a DesignField,
        catalogue: &'a Catalogue,
        table: &'a FeatureTable,
    ) -> Result<Self, ModelError> {
        let missing = || ModelError::FieldMissing {
            field: df.name.clone(),
        };
        let index = catalogue
            .fields
            .iter()
            .position(|f| f.key == df.key)
            .ok_or_else(missing)?;
        let (Some(field), Some(raw)) = (catalogue.fields.get(index), table.columns.get(index))
        else {
            return Err(missing());
        };
        let values = match raw {
            RawColumn::Number(values) => Values::Number(values),
            RawColumn::Category(codes) => {
                let levels: &[String] = match &field.kind {
                    Kind::Category { levels } => levels,
                    _ => &[],
                };
                let mut by_name: HashMap<&str, usize> = HashMap::new();
                let mut other = None;
                for (k, col) in df.columns.iter().enumerate() {
                    match &col.role {
                        Role::Level(name) => {
                            by_name.insert(name.as_str(), k);
                        }
                        Role::Other => other = Some(k),
                        _ => {}
                    }
                }
                let reference = df.reference.as_deref();
                let column_of_name = |name: &str| -> Option<usize> {
                    if Some(name) == reference {
                        return None;
                    }
                    by_name.get(name).copied().or(other)
                };
                Values::Category {
                    codes,
                    column_of_code: levels
                        .iter()
                        .map(|level| column_of_name(level.as_str()))
                        .collect(),
                    missing_column: column_of_name(MISSING_LEVEL),
                }
            }
        };
        Ok(Encoder { field: df, values })
    }

    /// Writes raw row `row`'s standardised columns into `out`.
    fn fill(&self, row: usize, out: &mut [f64]) {
        let df = self.field;
        match &self.values {
            Values::Number(values) => {
                let v = values.get(row).copied().unwrap_or(f64::NAN);
                for (cell, col) in out.iter_mut().zip(&df.columns) {
                    *cell = match col.role {
                        Role::Value if v.is_nan() => 0.0,
                        Role::Value => (df.transform.apply(v) - col.mean) / col.sd,
                        Role::Missing => (f64::from(u8::from(v.is_nan())) - col.mean) / col.sd,
                        _ => 0.0,
                    };
                }
            }
            Values::Category {
                codes,
                column_of_code,
                missing_column,
            } => {
                let code = codes.get(row).copied().unwrap_or(MISSING);
                let hot = if code == MISSING {
                    *missing_column
                } else {
                    column_of_code
                        .get(code as usize)
                        .copied()
                        .unwrap_or(*missing_column)
                };
                for (k, (cell, col)) in out.iter_mut().zip(&df.columns).enumerate() {
                    let v = f64::from(u8::from(hot == Some(k)));
                    *cell = (v - col.mean) / col.sd;
                }
            }
        }
    }
}

type Fitted = (Vec<Column>, Option<String>, Option<(f64, f64)>);

fn mean_sd(values: impl Iterator<Item = f64>) -> (f64, f64, usize) {
    let mut n = 0usize;
    let mut sum = 0.0;
    let mut sum2 = 0.0;
    for v in values {
        n += 1;
        sum += v;
        sum2 += v * v;
    }
    if n == 0 {
        return (0.0, 0.0, 0);
    }
    let mean = sum / n as f64;
    let var = (sum2 / n as f64 - mean * mean).max(0.0);
    (mean, var.sqrt(), n)
}

fn fit_number(values: &[f64], transform: Transform, rows: &[usize]) -> Option<Fitted> {
    let present = || {
        rows.iter()
            .filter_map(|&r| values.get(r).copied())
            .filter(|v| !v.is_nan())
    };
    let (mean, sd, n_present) = mean_sd(present().map(|v| transform.apply(v)));
    if n_present == 0 || sd < 1e-9 {
        return None;
    }
    let min = present().fold(f64::INFINITY, f64::min);
    let max = present().fold(f64::NEG_INFINITY, f64::max);
    let mut columns = vec![Column {
        role: Role::Value,
        mean,
        sd,
    }];
    let n = rows.len();
    if n_present < n {
        let p = (n - n_present) as f64 / n as f64;
        columns.push(Column {
            role: Role::Missing,
            mean: p,
            sd: (p * (1.0 - p)).sqrt().max(1e-9),
        });
    }
    Some((columns, None, Some((min, max))))
}

fn fit_category(codes: &[u32], levels: &[String], rows: &[usize]) -> Option<Fitted> {
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for &r in rows {
        if let Some(&c) = codes.get(r) {
            *counts.entry(c).or_default() += 1;
        }
    }
    let n = rows.len().max(1);
    let name = |code: u32| -> String {
        if code == MISSING {
            MISSING_LEVEL.to_string()
        } else {
            levels
                .get(code as usize)
                .cloned()
                .unwrap_or_else(|| MISSING_LEVEL.to_string())
        }
    };
    let mut by_count: Vec<(u32, usize)> = counts.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if by_count.len() < 2 {
        return None;
    }
    let min_rows = MIN_LEVEL_ROWS.max(n / 200);
    let (reference_code, _) = *by_count.first()?;
    let mut columns = Vec::new();
    let mut other_rows = 0usize;
    for &(code, count) in by_count.iter().skip(1) {
        if count >= min_rows {
            let p = count as f64 / n as f64;
            columns.push(Column {
                role: Role::Level(name(code)),
                mean: p,
                sd: (p * (1.0 - p)).sqrt().max(1e-9),
            });
        } else {
            other_rows += count;
        }
    }
    if other_rows > 0 {
        let p = other_rows as f64 / n as f64;
        columns.push(Column {
            role: Role::Other,
            mean: p,
            sd: (p * (1.0 - p)).sqrt().max(1e-9),
        });
    }
    if columns.is_empty() {
        return None;
    }
    Some((columns, Some(name(reference_code)), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_reason_stays_english_and_is_translated_where_shown() {
        assert_eq!(dropped_reason_shown(NEVER_VARIED), NEVER_VARIED);
        let swedish = r#"{"It never varied in the training data, so the model cannot learn its effect.": "Den varierade aldrig i träningsdata."}"#;
        let shown = crate::i18n::test_catalogue::with(swedish, || {
            (
                dropped_reason_shown(NEVER_VARIED),
                dropped_reason_shown("A reason from a newer version."),
            )
        });
        assert_eq!(shown.0, "Den varierade aldrig i träningsdata.");
        assert_eq!(shown.1, "A reason from a newer version.");
    }
}
