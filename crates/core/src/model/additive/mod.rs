//! The additive learner: a generalised additive model whose logit for each bucket is an
//! intercept plus one shape function (a curve over the field's bins) per design field, learned
//! by cyclic gradient boosting of the softmax loss, as InterpretML's Explainable Boosting
//! Machine does, without its Python and in seconds.
//!
//! **Bins.** Each design field is binned once on the training rows ([`bins`]): a number's
//! standardised value into at most [`MAX_BINS`] quantile bins (every distinct value its own bin
//! when there are fewer), with bin 0 for a missing value; a category one bin per level of the
//! design (rare levels are already pooled as "Other" there), with bin 0 the reference level.
//! Binning reads the standardised matrix the logistic regression reads, so both learners score
//! the same features through the same [`Design`].
//!
//! **Boosting** ([`boost`]). A round visits every field in turn (round robin). For the field it
//! sums each bin's gradient `w(p − y)` and hessian `w·p(1 − p)` per bucket, grows one shallow
//! tree over the ordered bins (at most [`Params::max_leaves`] leaves, all buckets sharing the
//! cuts, a leaf needing [`Params::min_leaf_rows`] rows), and moves each leaf by a damped Newton
//! step `−lr·G/(H + λ)·(K − 1)/K`. Rare buckets are weighted up as the logistic regression's are
//! (to 10% of the rows) and the intercepts corrected back. The number of rounds is chosen by early
//! stopping on the later, time-ordered validation rows (the probabilities conditioned on the
//! invoice's age, as they are scored). Rows keep `exp(logit)` so that a step multiplies
//! by a per-leaf factor instead of taking an exponential per row; rows are spread over the cores.
//!
//! **Levers** ([`monotone`]). The curves of the fields a what-if lever moves (cash discount %
//! and days, payment terms and the days to the due date they set, electronic billing, a
//! dispute) are kept monotone in the direction finance people expect: after every round the
//! curve is projected (pool-adjacent-violators, weighted by the bin's rows) so that P(on time)
//! never falls as a discount grows, and so on. The projection works on the contrasts of every
//! bucket against on time, which is what P(on time) depends on, and it runs while fitting, so the
//! other fields are fitted against the constrained curve; because every field a lever moves is
//! constrained the same way, a correlated field cannot carry the effect the constraint removed
//! into a what-if.
//!
//! **Finishing.** Each curve is centred to a mean of zero over the training rows (the mean goes
//! to the intercept), so a term is a field's push relative to an average invoice, and a
//! prediction is exactly the intercept plus the sum of its terms: the explanation.
//!
//! Defaults (see [`Params::default`]) were chosen by measurement on the sample data and the 1M
//! benchmark set; the module's tests recover known shapes (a step, a U, a saturating curve).

pub mod bins;
pub mod boost;
pub mod curve;
pub mod monotone;
#[cfg(test)]
mod tests;

use ndarray::{Array2, ArrayView1};
use serde::{Deserialize, Serialize};

use crate::model::design::{Design, DesignField, Role};

pub use bins::MAX_BINS;
pub use boost::{Fit, Params, fit};
pub use curve::{Curve, CurveBin};
pub use monotone::{Direction, direction_of};

/// Which learner a model holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Learner {
    /// A multinomial logistic regression (the first learner; older model files hold one).
    #[default]
    Logistic,
    /// A generalised additive model of boosted shape functions.
    Additive,
}

impl Learner {
    pub const ALL: [Learner; 2] = [Learner::Logistic, Learner::Additive];

    /// The stored name (`logistic`, `additive`), as the CLI's `--learner` takes it.
    pub fn key(self) -> &'static str {
        match self {
            Learner::Logistic => "logistic",
            Learner::Additive => "additive",
        }
    }

    pub fn from_key(key: &str) -> Option<Learner> {
        Learner::ALL.into_iter().find(|l| l.key() == key)
    }

    /// The learner's name for analysts, in the current language.
    pub fn name(self) -> &'static str {
        match self {
            Learner::Logistic => crate::i18n::tr("Logistic regression"),
            Learner::Additive => crate::i18n::tr("Additive model (curves)"),
        }
    }
}

/// How a design field's standardised columns are read as a bin.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Binning {
    /// A number: bin 0 when missing, else `1 + ` the number of edges at or below the value.
    Number {
        /// Increasing bin edges in the field's standardised value.
        edges: Vec<f64>,
    },
    /// A category: bin 0 for the reference level, `1 + j` when the design's column `j` is set.
    Category,
}

/// One field's shape function.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    /// The design field's key.
    pub key: String,
    pub binning: Binning,
    /// `scores[bin][bucket]`: the push on each bucket's logit of a value in the bin, relative to
    /// an average invoice.
    pub scores: Vec<Vec<f64>>,
    /// Training rows per bin: the density drawn under the curve.
    pub counts: Vec<u32>,
    /// The mean standardised value of the training rows in each bin (numbers; 0 for an empty
    /// bin or a category), where the curve's point for the bin is drawn.
    #[serde(default)]
    pub centres: Vec<f64>,
    /// The direction the curve is kept in, if it is a lever's.
    #[serde(default)]
    pub monotone: Option<Direction>,
}

impl Term {
    pub fn n_bins(&self) -> usize {
        self.scores.len()
    }
}

/// The additive part of a model: one term per design field, in the design's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Additive {
    pub terms: Vec<Term>,
    /// Boosting rounds fitted (chosen by early stopping).
    pub rounds: usize,
    pub learning_rate: f64,
}

/// Where one design field's columns sit in a standardised row and how a row's value is
/// read from them: worked out once per matrix.
#[derive(Clone, Debug)]
pub(crate) struct Reader {
    col0: usize,
    kind: ReaderKind,
}

#[derive(Clone, Debug)]
enum ReaderKind {
    /// The value column, and the missing column with the z above which it is set.
    Number { missing: Option<(usize, f64)> },
    /// Per one-hot column, the z above which it is set.
    Category { set_above: Vec<f64> },
}

/// The standardised value above which an indicator column (0/1 before standardising) is set.
fn set_above(mean: f64, sd: f64) -> f64 {
    (0.5 - mean) / sd
}

impl Reader {
    pub(crate) fn of(design: &Design) -> Vec<Reader> {
        let mut col0 = 0;
        design
            .fields
            .iter()
            .map(|field| {
                let reader = Reader::new(field, col0);
                col0 += field.columns.len();
                reader
            })
            .collect()
    }

    fn new(field: &DesignField, col0: usize) -> Reader {
        let kind = if field.category {
            ReaderKind::Category {
                set_above: field
                    .columns
                    .iter()
                    .map(|c| set_above(c.mean, c.sd))
                    .collect(),
            }
        } else {
            ReaderKind::Number {
                missing: field
                    .columns
                    .iter()
                    .enumerate()
                    .find(|(_, c)| c.role == Role::Missing)
                    .map(|(j, c)| (col0 + j, set_above(c.mean, c.sd))),
            }
        };
        Reader { col0, kind }
    }

    /// The row's standardised value of a number (`None`: missing), read from `z`.
    pub(crate) fn value(&self, z: &[f64]) -> Option<f64> {
        match &self.kind {
            ReaderKind::Number { missing } => {
                if let Some((col, above)) = missing
                    && z.get(*col).is_some_and(|v| v > above)
                {
                    return None;
                }
                z.get(self.col0).copied()
            }
            ReaderKind::Category { .. } => None,
        }
    }

    /// The row's bin under `binning`.
    pub(crate) fn bin(&self, binning: &Binning, z: &[f64]) -> usize {
        match (&self.kind, binning) {
            (ReaderKind::Category { set_above }, _) => set_above
                .iter()
                .enumerate()
                .find(|(j, above)| z.get(self.col0 + j).is_some_and(|v| v > *above))
                .map_or(0, |(j, _)| j + 1),
            (ReaderKind::Number { .. }, Binning::Number { edges }) => match self.value(z) {
                None => 0,
                Some(v) => 1 + edges.partition_point(|e| *e <= v),
            },
            (ReaderKind::Number { .. }, Binning::Category) => 0,
        }
    }
}

/// How each design field's bin is read from a standardised row, worked out once per design.
#[derive(Clone, Debug)]
pub struct Readers(Vec<Reader>);

impl Readers {
    pub fn of(design: &Design) -> Readers {
        Readers(Reader::of(design))
    }
}

/// A standardised row as a slice (copied only when the view is not contiguous).
fn as_slice<'a>(z: &'a ArrayView1<f64>, copy: &'a mut Vec<f64>) -> &'a [f64] {
    match z.as_slice() {
        Some(s) => s,
        None => {
            *copy = z.to_vec();
            copy
        }
    }
}

impl Additive {
    /// Each term's push on each bucket's logit for standardised row `z`, into `out` at
    /// `term * buckets + bucket`. Their sum plus the intercepts is the row's logits, exactly.
    pub fn contributions_into(
        &self,
        design: &Design,
        buckets: usize,
        z: ArrayView1<f64>,
        out: &mut Vec<f64>,
    ) {
        self.contributions_with(&Readers::of(design), buckets, z, out);
    }

    /// [`Additive::contributions_into`] with the design's readers worked out once (explaining
    /// many rows).
    pub fn contributions_with(
        &self,
        readers: &Readers,
        buckets: usize,
        z: ArrayView1<f64>,
        out: &mut Vec<f64>,
    ) {
        let readers = &readers.0;
        let mut copy = Vec::new();
        let z = as_slice(&z, &mut copy);
        out.clear();
        out.resize(self.terms.len() * buckets, 0.0);
        for (t, (term, reader)) in self.terms.iter().zip(readers).enumerate() {
            let bin = reader.bin(&term.binning, z);
            if let (Some(scores), Some(cells)) = (
                term.scores.get(bin),
                out.get_mut(t * buckets..(t + 1) * buckets),
            ) {
                cells.copy_from_slice(scores.get(..buckets).unwrap_or(&[]));
            }
        }
    }

    /// Logits of every row of standardised matrix `x`: `intercept + Σ terms`.
    pub fn logits(&self, design: &Design, intercept: &[f64], x: &Array2<f64>) -> Vec<Vec<f64>> {
        use rayon::prelude::*;
        let readers = Reader::of(design);
        (0..x.nrows())
            .into_par_iter()
            .with_min_len(crate::model::PARALLEL_MIN_ROWS)
            .map(|i| {
                let row = x.row(i);
                let mut copy = Vec::new();
                let z = as_slice(&row, &mut copy);
                let mut logit = intercept.to_vec();
                for (term, reader) in self.terms.iter().zip(&readers) {
                    if let Some(scores) = term.scores.get(reader.bin(&term.binning, z)) {
                        for (l, s) in logit.iter_mut().zip(scores) {
                            *l += s;
                        }
                    }
                }
                logit
            })
            .collect()
    }

    pub fn term(&self, key: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.key == key)
    }
}
