//! The levers' curves kept monotone: P(on time) never falls as a cash discount grows, as the
//! terms lengthen, with electronic billing, or when a dispute is resolved.
//!
//! With softmax, P(on time) depends on a field only through the contrasts `s_0 − s_k` of its
//! score for on time against every other bucket `k`. Making each contrast monotone in the same
//! direction makes P(on time) monotone in the field whatever the other fields are; the contrasts
//! are projected by pool-adjacent-violators (the closest monotone curve in squared error,
//! weighted by the bin's rows). The missing bin has no place in the order and is left alone.

use serde::{Deserialize, Serialize};

/// Which way P(on time) moves as the field's value grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Rising,
    Falling,
    /// Any value at all never gives a lower P(on time) than none (a missing value): the days
    /// before due of a reminder, whose "none" is an invoice not reminded.
    AboveMissing,
}

/// The fields the what-if levers move, and the direction finance people expect of them. Every
/// field a lever changes is here, so that no correlated field of the same lever can carry an
/// effect the constraint took away: the terms lever moves the days to the due date too.
const LEVERS: [(&str, Direction); 9] = [
    ("invoice.discount_pct", Direction::Rising),
    ("invoice.discount_days", Direction::Rising),
    ("invoice.terms_days", Direction::Rising),
    ("age.days_to_due", Direction::Rising),
    ("age.days_to_due_log", Direction::Rising),
    ("invoice.electronic", Direction::Rising),
    ("invoice.disputed", Direction::Falling),
    ("invoice.reminded", Direction::Rising),
    // The reminder lever sets both the flag and the days; "not reminded" is both the flag's 0
    // and the days' missing value, so either could carry the effect the other is denied.
    ("invoice.reminder_days_before_due", Direction::AboveMissing),
];

/// The direction field `key`'s curve is kept in, if it is a lever's.
pub fn direction_of(key: &str) -> Option<Direction> {
    LEVERS.iter().find(|(k, _)| *k == key).map(|(_, d)| *d)
}

/// The keys of the constrained fields, in order.
pub fn constrained_keys() -> impl Iterator<Item = &'static str> {
    LEVERS.iter().map(|(k, _)| *k)
}

/// Projects `scores[bin][bucket]` (bin 0 missing, left alone) so that every contrast of on time
/// (bucket 0) against another bucket moves in `direction` over the present bins; `weights` are
/// the bins' training rows. Bucket 0's scores are kept and the other buckets follow from the
/// projected contrasts, so only the contrasts change. Returns how much each score moved.
pub fn project(scores: &mut [Vec<f64>], weights: &[u32], direction: Direction) -> Vec<Vec<f64>> {
    let before: Vec<Vec<f64>> = scores.to_vec();
    let buckets = scores.first().map_or(0, Vec::len);
    if direction == Direction::AboveMissing {
        for k in 1..buckets {
            above_missing(scores, weights, k);
        }
        return moved(scores, before);
    }
    let present = 1..scores.len();
    for k in 1..buckets {
        let sign = match direction {
            Direction::Rising => 1.0,
            Direction::Falling | Direction::AboveMissing => -1.0,
        };
        // The contrast, signed so that it must not decrease.
        let contrast: Vec<f64> = scores
            .get(present.clone())
            .unwrap_or(&[])
            .iter()
            .map(|s| sign * (s.first().copied().unwrap_or(0.0) - s.get(k).copied().unwrap_or(0.0)))
            .collect();
        let w: Vec<f64> = weights
            .get(present.clone())
            .unwrap_or(&[])
            .iter()
            .map(|&c| f64::from(c).max(1e-3))
            .collect();
        let fitted = isotonic(&contrast, &w);
        for (s, c) in scores
            .get_mut(present.clone())
            .unwrap_or(&mut [])
            .iter_mut()
            .zip(fitted)
        {
            let on_time = s.first().copied().unwrap_or(0.0);
            if let Some(v) = s.get_mut(k) {
                *v = on_time - sign * c;
            }
        }
    }
    moved(scores, before)
}

/// How much each score moved from `before`.
fn moved(scores: &[Vec<f64>], before: Vec<Vec<f64>>) -> Vec<Vec<f64>> {
    scores
        .iter()
        .zip(before)
        .map(|(after, before)| after.iter().zip(before).map(|(a, b)| a - b).collect())
        .collect()
}

/// Makes the contrast of on time against bucket `k` of every present bin at least that of the
/// missing bin (bin 0), by the closest change in weighted squared error: the missing bin is
/// pooled with the present bins below it, smallest first, while any is below the pool.
fn above_missing(scores: &mut [Vec<f64>], weights: &[u32], k: usize) {
    let contrast =
        |s: &Vec<f64>| s.first().copied().unwrap_or(0.0) - s.get(k).copied().unwrap_or(0.0);
    let weight = |b: usize| f64::from(weights.get(b).copied().unwrap_or(0)).max(1e-3);
    let Some(missing) = scores.first().map(contrast) else {
        return;
    };
    let mut order: Vec<(f64, usize)> = scores
        .iter()
        .enumerate()
        .skip(1)
        .map(|(b, s)| (contrast(s), b))
        .collect();
    order.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut sum, mut total) = (missing * weight(0), weight(0));
    let mut pooled = vec![0];
    for &(c, b) in &order {
        if c >= sum / total {
            break;
        }
        sum += c * weight(b);
        total += weight(b);
        pooled.push(b);
    }
    let level = sum / total;
    for b in pooled {
        if let Some(s) = scores.get_mut(b) {
            let on_time = s.first().copied().unwrap_or(0.0);
            if let Some(v) = s.get_mut(k) {
                *v = on_time - level;
            }
        }
    }
}

/// The non-decreasing sequence closest to `y` in weighted squared error (pool adjacent
/// violators).
pub fn isotonic(y: &[f64], w: &[f64]) -> Vec<f64> {
    // Blocks of (mean, weight, length).
    let mut blocks: Vec<(f64, f64, usize)> = Vec::with_capacity(y.len());
    for (&v, &wt) in y.iter().zip(w) {
        blocks.push((v, wt, 1));
        while blocks.len() >= 2 {
            let n = blocks.len();
            let (Some(&(m2, w2, l2)), Some(&(m1, w1, l1))) = (blocks.get(n - 1), blocks.get(n - 2))
            else {
                break;
            };
            if m1 <= m2 {
                break;
            }
            blocks.truncate(n - 2);
            let weight = w1 + w2;
            blocks.push(((m1 * w1 + m2 * w2) / weight, weight, l1 + l2));
        }
    }
    blocks
        .into_iter()
        .flat_map(|(m, _, l)| std::iter::repeat_n(m, l))
        .collect()
}
