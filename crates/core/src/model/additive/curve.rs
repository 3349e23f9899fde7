//! A field's shape function as the Model screen draws it: per bin, the values it covers (in
//! the field's own units), how many training rows fell in it, and how much it moves each
//! bucket's probability for an otherwise average invoice.

use serde::Serialize;

use super::{Additive, Binning, Direction};
use crate::model::design::{DesignField, MISSING_LEVEL, Role};
use crate::model::fields::Transform;
use crate::model::{Model, softmax_in_place};

/// One bin of a curve.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CurveBin {
    /// The values the bin covers, in the field's units (numbers); for a category, both are 0.
    pub from: f64,
    pub to: f64,
    /// The mean value of the training rows in the bin (numbers), where its point is drawn.
    pub at: f64,
    /// A category's level (the reference level for bin 0); `None` for numbers.
    pub level: Option<String>,
    /// Training rows in the bin.
    pub rows: u32,
    /// The bin's push on each bucket's logit, relative to an average invoice.
    pub logit: Vec<f64>,
    /// The change of each bucket's probability for an average invoice (intercepts only) when
    /// its value falls in this bin.
    pub probability: Vec<f64>,
}

/// A field's shape function.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Curve {
    pub key: String,
    pub name: String,
    pub category: bool,
    /// The present values' bins in order (numbers), or one bin per level (categories).
    pub bins: Vec<CurveBin>,
    /// The bin of a missing value, when training rows had one.
    pub missing: Option<CurveBin>,
    pub monotone: Option<Direction>,
}

/// A standardised value back in the field's own units.
fn raw(field: &DesignField, z: f64) -> f64 {
    let Some(column) = field.columns.iter().find(|c| c.role == Role::Value) else {
        return z;
    };
    let t = z * column.sd + column.mean;
    match field.transform {
        Transform::None => t,
        Transform::Log => t.exp_m1(),
    }
}

impl Model {
    /// The shape function of the design field `key` of an additive model.
    pub fn curve(&self, key: &str) -> Option<Curve> {
        let additive: &Additive = self.additive.as_ref()?;
        let (index, field) = self
            .design
            .fields
            .iter()
            .enumerate()
            .find(|(_, f)| f.key == key)?;
        let term = additive.terms.get(index)?;
        let mut average = self.intercept.clone();
        softmax_in_place(&mut average);
        let bin = |b: usize, from: f64, to: f64, level: Option<String>| -> Option<CurveBin> {
            let at = match term.centres.get(b) {
                Some(z) if term.counts.get(b).is_some_and(|&n| n > 0) => {
                    raw(field, *z).clamp(from, to.max(from))
                }
                _ => 0.5 * (from + to),
            };
            let logit = term.scores.get(b)?.clone();
            let mut p: Vec<f64> = self
                .intercept
                .iter()
                .zip(&logit)
                .map(|(a, s)| a + s)
                .collect();
            softmax_in_place(&mut p);
            Some(CurveBin {
                from,
                to,
                at,
                level,
                rows: term.counts.get(b).copied().unwrap_or(0),
                logit,
                probability: p.iter().zip(&average).map(|(p, a)| p - a).collect(),
            })
        };
        let (bins, missing) = match &term.binning {
            Binning::Number { edges } => {
                let (low, high) = field.range.unwrap_or((0.0, 0.0));
                let mut bins = Vec::with_capacity(edges.len() + 1);
                for b in 1..term.n_bins() {
                    let from = if b == 1 {
                        low
                    } else {
                        edges.get(b - 2).map_or(low, |e| raw(field, *e))
                    };
                    let to = edges.get(b - 1).map_or(high, |e| raw(field, *e));
                    if let Some(bin) = bin(b, from, to.max(from), None) {
                        bins.push(bin);
                    }
                }
                let missing = bin(0, 0.0, 0.0, None).filter(|m| m.rows > 0);
                (bins, missing)
            }
            Binning::Category => {
                let levels = std::iter::once(
                    field
                        .reference
                        .clone()
                        .unwrap_or_else(|| MISSING_LEVEL.to_string()),
                )
                .chain(field.columns.iter().map(|c| match &c.role {
                    Role::Level(name) => name.clone(),
                    _ => crate::i18n::tr("Other").to_string(),
                }));
                let bins = levels
                    .enumerate()
                    .filter_map(|(b, level)| bin(b, 0.0, 0.0, Some(level)))
                    .collect();
                (bins, None)
            }
        };
        Some(Curve {
            key: field.key.clone(),
            name: field.name.clone(),
            category: field.category,
            bins,
            missing,
            monotone: term.monotone,
        })
    }
}
