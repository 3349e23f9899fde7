//! Cyclic gradient boosting of the shape functions (see the module above for the algorithm).

use ndarray::Array2;
use rayon::prelude::*;

use super::monotone::{self, Direction};
use super::{Additive, Binning, Term, bins};
use crate::data::progress::Cancel;
use crate::model::ModelError;
use crate::model::design::Design;
use crate::model::train::MIN_SHARE;

/// The learner's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Each leaf moves by this share of its Newton step.
    pub learning_rate: f64,
    /// Leaves of the one tree grown per field per round (over the ordered bins; a missing value
    /// is a leaf of its own on top).
    pub max_leaves: usize,
    /// A leaf needs at least this many training rows.
    pub min_leaf_rows: usize,
    /// Added to a leaf's hessian: shrinks the steps of thin leaves.
    pub l2: f64,
    /// At most this many rounds.
    pub max_rounds: usize,
    /// Stop once the validation log loss has not improved for this many rounds.
    pub patience: usize,
    /// An improvement smaller than this share of the loss does not count.
    pub min_relative_gain: f64,
    /// Keep the levers' curves monotone ([`monotone`]).
    pub monotone: bool,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            learning_rate: 0.1,
            max_leaves: 3,
            min_leaf_rows: 20,
            l2: 1.0,
            max_rounds: 2_000,
            patience: 50,
            min_relative_gain: 1e-5,
            monotone: true,
        }
    }
}

/// Rows to validate on: their standardised matrix, labels, and the first bucket still possible
/// at each row's age (earlier buckets are conditioned away, as scoring does).
pub struct Validation<'a> {
    pub x: &'a Array2<f64>,
    pub y: &'a [usize],
    pub first_possible: &'a [usize],
}

/// A fitted additive model.
#[derive(Clone, Debug)]
pub struct Fit {
    pub intercept: Vec<f64>,
    pub additive: Additive,
    /// The best validation log loss seen (when there were validation rows).
    pub validation_log_loss: Option<f64>,
}

/// How many rounds to run: chosen by early stopping on validation rows, or a fixed number
/// (the refit on every row, with the number the validation chose).
pub enum Rounds<'a> {
    EarlyStopping(Validation<'a>),
    Fixed(usize),
}

/// Rows per parallel chunk.
const CHUNK: usize = 4096;

/// Per-row state: `exp(logit)` and the probabilities, `buckets` wide.
struct State {
    k: usize,
    e: Vec<f64>,
    p: Vec<f64>,
}

impl State {
    fn new(n: usize, logit: &[f64]) -> State {
        let k = logit.len();
        let e0: Vec<f64> = logit.iter().map(|l| l.exp()).collect();
        let sum: f64 = e0.iter().sum();
        let p0: Vec<f64> = e0.iter().map(|v| v / sum).collect();
        State {
            k,
            e: e0.iter().copied().cycle().take(n * k).collect(),
            p: p0.iter().copied().cycle().take(n * k).collect(),
        }
    }

    /// Multiplies every row's `exp(logit)` by its bin's factors and renews its probabilities.
    fn step(&mut self, bins: &[u16], factors: &[f64]) {
        let k = self.k;
        self.e
            .par_chunks_mut(CHUNK * k)
            .zip(self.p.par_chunks_mut(CHUNK * k))
            .zip(bins.par_chunks(CHUNK))
            .for_each(|((e, p), bins)| {
                for ((e, p), &b) in e.chunks_mut(k).zip(p.chunks_mut(k)).zip(bins) {
                    let start = usize::from(b) * k;
                    let Some(f) = factors.get(start..start + k) else {
                        continue;
                    };
                    let mut sum = 0.0;
                    for (v, f) in e.iter_mut().zip(f) {
                        *v *= f;
                        sum += *v;
                    }
                    if !(1e-200..=1e200).contains(&sum) {
                        // Keep exp(logit) in range: only the ratios matter.
                        e.iter_mut().for_each(|v| *v /= sum);
                        sum = 1.0;
                    }
                    for (p, v) in p.iter_mut().zip(e.iter()) {
                        *p = v / sum;
                    }
                }
            });
    }

    /// Mean log loss of the rows, with the buckets before `first_possible` conditioned away.
    fn log_loss(&self, y: &[usize], first_possible: &[usize]) -> f64 {
        let k = self.k;
        let total: f64 = self
            .p
            .par_chunks(k)
            .zip(y.par_iter())
            .zip(first_possible.par_iter())
            .map(|((p, &y), &first)| {
                let possible: f64 = p.get(first..).unwrap_or(&[]).iter().sum();
                let py = if y >= first {
                    p.get(y).copied().unwrap_or(0.0)
                } else {
                    0.0
                };
                let q = if possible > 0.0 { py / possible } else { 0.0 };
                -q.max(1e-15).ln()
            })
            .sum();
        total / y.len().max(1) as f64
    }
}

/// Per bin and bucket, the sums of gradient and hessian (and the rows per bin).
struct Histogram {
    g: Vec<f64>,
    h: Vec<f64>,
}

fn histogram(bins: &[u16], state: &State, y: &[usize], weight: &[f64], n_bins: usize) -> Histogram {
    let k = state.k;
    let empty = || Histogram {
        g: vec![0.0; n_bins * k],
        h: vec![0.0; n_bins * k],
    };
    bins.par_chunks(CHUNK)
        .zip(state.p.par_chunks(CHUNK * k))
        .zip(y.par_chunks(CHUNK))
        .fold(empty, |mut hist, ((bins, p), y)| {
            for ((&b, p), &label) in bins.iter().zip(p.chunks(k)).zip(y) {
                let w = weight.get(label).copied().unwrap_or(1.0);
                let start = usize::from(b) * k;
                let (Some(g), Some(h)) = (
                    hist.g.get_mut(start..start + k),
                    hist.h.get_mut(start..start + k),
                ) else {
                    continue;
                };
                for (c, ((g, h), &pc)) in g.iter_mut().zip(h.iter_mut()).zip(p).enumerate() {
                    let target = if c == label { 1.0 } else { 0.0 };
                    *g += w * (pc - target);
                    *h += w * pc * (1.0 - pc);
                }
            }
            hist
        })
        .reduce(empty, |mut a, b| {
            a.g.iter_mut().zip(&b.g).for_each(|(x, y)| *x += y);
            a.h.iter_mut().zip(&b.h).for_each(|(x, y)| *x += y);
            a
        })
}

/// Σ_k G_k² / (H_k + λ) of bins `from..to` given prefix sums: the loss reduction a leaf's
/// Newton step would bring (up to a factor).
struct Prefix {
    k: usize,
    g: Vec<f64>,
    h: Vec<f64>,
    n: Vec<u64>,
}

impl Prefix {
    fn new(hist: &Histogram, counts: &[u32], k: usize) -> Prefix {
        let bins = counts.len();
        let mut g = vec![0.0; (bins + 1) * k];
        let mut h = vec![0.0; (bins + 1) * k];
        let mut n = vec![0u64; bins + 1];
        for b in 0..bins {
            for c in 0..k {
                let (i, j) = (b * k + c, (b + 1) * k + c);
                let (gp, hp) = (
                    g.get(i).copied().unwrap_or(0.0),
                    h.get(i).copied().unwrap_or(0.0),
                );
                if let Some(v) = g.get_mut(j) {
                    *v = gp + hist.g.get(i).copied().unwrap_or(0.0);
                }
                if let Some(v) = h.get_mut(j) {
                    *v = hp + hist.h.get(i).copied().unwrap_or(0.0);
                }
            }
            let np = n.get(b).copied().unwrap_or(0);
            if let Some(v) = n.get_mut(b + 1) {
                *v = np + u64::from(counts.get(b).copied().unwrap_or(0));
            }
        }
        Prefix { k, g, h, n }
    }

    fn sums(&self, from: usize, to: usize) -> (Vec<f64>, Vec<f64>, u64) {
        let k = self.k;
        let at = |v: &[f64], b: usize, c: usize| v.get(b * k + c).copied().unwrap_or(0.0);
        let g = (0..k)
            .map(|c| at(&self.g, to, c) - at(&self.g, from, c))
            .collect();
        let h = (0..k)
            .map(|c| at(&self.h, to, c) - at(&self.h, from, c))
            .collect();
        let n = self.n.get(to).copied().unwrap_or(0) - self.n.get(from).copied().unwrap_or(0);
        (g, h, n)
    }

    fn score(&self, from: usize, to: usize, l2: f64) -> f64 {
        let (g, h, _) = self.sums(from, to);
        g.iter().zip(&h).map(|(g, h)| g * g / (h + l2)).sum()
    }

    fn rows(&self, from: usize, to: usize) -> u64 {
        self.n.get(to).copied().unwrap_or(0) - self.n.get(from).copied().unwrap_or(0)
    }
}

/// The leaves of one tree over the ordered bins `1..n_bins` (bin 0, missing, is a leaf of its
/// own): contiguous ranges, split greedily where the gain is largest.
fn leaves(prefix: &Prefix, n_bins: usize, params: &Params) -> Vec<(usize, usize)> {
    let min_rows = params.min_leaf_rows as u64;
    let mut leaves = vec![(0, 1)];
    let mut ranges = vec![(1, n_bins)];
    while ranges.len() < params.max_leaves {
        let mut best: Option<(f64, usize, usize)> = None;
        for (r, &(from, to)) in ranges.iter().enumerate() {
            let parent = prefix.score(from, to, params.l2);
            for cut in from + 1..to {
                if prefix.rows(from, cut) < min_rows || prefix.rows(cut, to) < min_rows {
                    continue;
                }
                let gain =
                    prefix.score(from, cut, params.l2) + prefix.score(cut, to, params.l2) - parent;
                if gain > 1e-12 && best.is_none_or(|b| gain > b.0) {
                    best = Some((gain, r, cut));
                }
            }
        }
        let Some((_, r, cut)) = best else { break };
        let Some(&(from, to)) = ranges.get(r) else {
            break;
        };
        ranges.splice(r..=r, [(from, cut), (cut, to)]);
    }
    leaves.extend(ranges);
    leaves
}

/// The per-bin change of one step on a field: a damped Newton step per leaf, the same for
/// every bin of the leaf, centred over the buckets (softmax does not see a common shift).
fn step_deltas(
    prefix: &Prefix,
    n_bins: usize,
    category: bool,
    params: &Params,
    k: usize,
) -> Vec<f64> {
    let leaves = if category {
        (0..n_bins).map(|b| (b, b + 1)).collect()
    } else {
        leaves(prefix, n_bins, params)
    };
    let scale = params.learning_rate * (k as f64 - 1.0).max(1.0) / k as f64;
    let mut deltas = vec![0.0; n_bins * k];
    for (from, to) in leaves {
        let (g, h, n) = prefix.sums(from, to);
        if n == 0 {
            continue;
        }
        let mut v: Vec<f64> = g
            .iter()
            .zip(&h)
            .map(|(g, h)| -scale * g / (h + params.l2))
            .collect();
        let mean = v.iter().sum::<f64>() / k as f64;
        v.iter_mut().for_each(|x| *x -= mean);
        for b in from..to {
            if let Some(cells) = deltas.get_mut(b * k..(b + 1) * k) {
                cells.copy_from_slice(&v);
            }
        }
    }
    deltas
}

/// One field while fitting: its bins per training row and validation row, its scores so far.
struct Working {
    key: String,
    binning: Binning,
    category: bool,
    train_bins: Vec<u16>,
    validation_bins: Vec<u16>,
    counts: Vec<u32>,
    centres: Vec<f64>,
    /// `scores[bin * k + bucket]`.
    scores: Vec<f64>,
    monotone: Option<Direction>,
}

/// Fits the additive model of `design`'s fields on the standardised rows `x` with labels `y`
/// (`k` buckets). Validation rows choose the number of rounds; otherwise it is fixed.
#[allow(clippy::too_many_arguments)]
pub fn fit(
    design: &Design,
    x: &Array2<f64>,
    y: &[usize],
    k: usize,
    rounds: Rounds,
    params: &Params,
    progress: &dyn Fn(f32),
    cancel: &Cancel,
) -> Result<Fit, ModelError> {
    let n = y.len();
    if n == 0 || x.nrows() != n || k < 2 {
        return Err(ModelError::Solver(
            crate::i18n::tr("there are no rows to learn from").to_string(),
        ));
    }
    let (binnings, train_bins) = bins::learn(design, x);
    let validation = match &rounds {
        Rounds::EarlyStopping(v) => Some(v),
        Rounds::Fixed(_) => None,
    };
    let validation_bins = validation.map(|v| bins::assign(design, &binnings, v.x));
    let centres = bins::centres(design, &train_bins, x);
    let mut fields: Vec<Working> = Vec::with_capacity(design.fields.len());
    for (f, (field, binning)) in design.fields.iter().zip(binnings).enumerate() {
        let train_bins = train_bins.get(f).cloned().unwrap_or_default();
        let n_bins = match &binning {
            Binning::Number { edges } => edges.len() + 2,
            Binning::Category => field.columns.len() + 1,
        };
        let mut counts = vec![0u32; n_bins];
        for &b in &train_bins {
            if let Some(c) = counts.get_mut(usize::from(b)) {
                *c += 1;
            }
        }
        fields.push(Working {
            key: field.key.clone(),
            binning,
            category: field.category,
            train_bins,
            validation_bins: validation_bins
                .as_ref()
                .and_then(|v| v.get(f).cloned())
                .unwrap_or_default(),
            counts,
            centres: centres.get(f).cloned().unwrap_or_default(),
            scores: vec![0.0; n_bins * k],
            monotone: if params.monotone {
                monotone::direction_of(&field.key)
            } else {
                None
            },
        });
    }

    // Rare buckets weighted up to MIN_SHARE of the rows, as the logistic regression does.
    let mut class_rows = vec![0usize; k];
    for &c in y {
        if let Some(v) = class_rows.get_mut(c) {
            *v += 1;
        }
    }
    let target = MIN_SHARE * n as f64;
    let weight: Vec<f64> = class_rows
        .iter()
        .map(|&c| {
            if c > 0 && (c as f64) < target {
                target / c as f64
            } else {
                1.0
            }
        })
        .collect();
    let weighted: Vec<f64> = class_rows
        .iter()
        .zip(&weight)
        .map(|(&c, w)| c as f64 * w)
        .collect();
    let total: f64 = weighted.iter().sum();
    // A bucket no row ended in gets a logit far below the others.
    let intercept: Vec<f64> = weighted
        .iter()
        .map(|&c| if c > 0.0 { (c / total).ln() } else { -30.0 })
        .collect();
    let correction: Vec<f64> = weight.iter().map(|w| w.ln()).collect();
    let mut train = State::new(n, &intercept);
    let corrected: Vec<f64> = intercept
        .iter()
        .zip(&correction)
        .map(|(a, c)| a - c)
        .collect();
    let mut valid = validation.map(|v| State::new(v.y.len(), &corrected));

    let max_rounds = match rounds {
        Rounds::EarlyStopping(_) => params.max_rounds,
        Rounds::Fixed(r) => r,
    };
    let mut best: Option<(f64, usize, Vec<Vec<f64>>)> = None;
    let mut round = 0;
    while round < max_rounds {
        if cancel.is_cancelled() {
            return Err(ModelError::Cancelled);
        }
        for field in &mut fields {
            let n_bins = field.counts.len();
            let hist = histogram(&field.train_bins, &train, y, &weight, n_bins);
            let prefix = Prefix::new(&hist, &field.counts, k);
            let deltas = step_deltas(&prefix, n_bins, field.category, params, k);
            apply(field, &deltas, &mut train, valid.as_mut());
        }
        if params.monotone {
            for field in fields.iter_mut() {
                let Some(direction) = field.monotone else {
                    continue;
                };
                let mut scores: Vec<Vec<f64>> =
                    field.scores.chunks(k).map(<[f64]>::to_vec).collect();
                let moved = monotone::project(&mut scores, &field.counts, direction);
                let deltas: Vec<f64> = moved.into_iter().flatten().collect();
                if deltas.iter().any(|d| d.abs() > 0.0) {
                    apply(field, &deltas, &mut train, valid.as_mut());
                }
            }
        }
        round += 1;
        if round % 10 == 0 {
            progress(round as f32 / max_rounds.max(1) as f32);
        }
        if let (Some(v), Some(state)) = (validation, valid.as_ref()) {
            let ll = state.log_loss(v.y, v.first_possible);
            let improved = best
                .as_ref()
                .is_none_or(|b| ll < b.0 * (1.0 - params.min_relative_gain));
            if improved {
                best = Some((ll, round, fields.iter().map(|f| f.scores.clone()).collect()));
            } else if best
                .as_ref()
                .is_some_and(|b| round - b.1 >= params.patience)
            {
                break;
            }
        }
    }
    let (validation_log_loss, rounds) = match best {
        Some((ll, best_round, scores)) => {
            for (field, s) in fields.iter_mut().zip(scores) {
                field.scores = s;
            }
            (Some(ll), best_round)
        }
        None => (None, round),
    };
    let mut fit = finish(fields, intercept, &correction, k, rounds, params);
    fit.validation_log_loss = validation_log_loss;
    Ok(fit)
}

/// Adds per-bin `deltas` to a field's scores and to the rows' logits.
fn apply(field: &mut Working, deltas: &[f64], train: &mut State, valid: Option<&mut State>) {
    for (s, d) in field.scores.iter_mut().zip(deltas) {
        *s += d;
    }
    let factors: Vec<f64> = deltas.iter().map(|d| d.exp()).collect();
    train.step(&field.train_bins, &factors);
    if let Some(valid) = valid {
        valid.step(&field.validation_bins, &factors);
    }
}

/// Centres every curve on the training rows (the means go to the intercept) and corrects the
/// intercepts for the rare buckets' weights.
fn finish(
    fields: Vec<Working>,
    mut intercept: Vec<f64>,
    correction: &[f64],
    k: usize,
    rounds: usize,
    params: &Params,
) -> Fit {
    let mut terms = Vec::with_capacity(fields.len());
    for field in fields {
        let mut scores: Vec<Vec<f64>> = field.scores.chunks(k).map(<[f64]>::to_vec).collect();
        let rows: f64 = field
            .counts
            .iter()
            .map(|&c| f64::from(c))
            .sum::<f64>()
            .max(1.0);
        for c in 0..k {
            let mean = scores
                .iter()
                .zip(&field.counts)
                .map(|(s, &n)| s.get(c).copied().unwrap_or(0.0) * f64::from(n))
                .sum::<f64>()
                / rows;
            for s in &mut scores {
                if let Some(v) = s.get_mut(c) {
                    *v -= mean;
                }
            }
            if let Some(b) = intercept.get_mut(c) {
                *b += mean;
            }
        }
        terms.push(Term {
            key: field.key,
            binning: field.binning,
            scores,
            counts: field.counts,
            centres: field.centres,
            monotone: field.monotone,
        });
    }
    for (b, c) in intercept.iter_mut().zip(correction) {
        *b -= c;
    }
    Fit {
        intercept,
        additive: Additive {
            terms,
            rounds,
            learning_rate: params.learning_rate,
        },
        validation_log_loss: None,
    }
}
