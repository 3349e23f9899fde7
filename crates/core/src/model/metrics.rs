//! Evaluation metrics shown before publishing: accuracy, macro F1, per-bucket precision and
//! recall, the confusion matrix, multi-class log loss, a calibration table, the naive baseline
//! and a grade against it.

use serde::{Deserialize, Serialize};

/// Precision and recall of one bucket.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BucketMetrics {
    pub bucket: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Test invoices that really ended in this bucket.
    pub support: usize,
}

/// One calibration bin: invoices whose predicted probability of `bucket` fell in a decile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CalibrationBin {
    pub bucket: usize,
    pub decile: usize,
    pub predicted: f64,
    pub observed: f64,
    pub rows: usize,
}

/// The naive baseline: always the most common bucket (for accuracy), the bucket shares as
/// probabilities (for log loss).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub bucket: String,
    pub accuracy: f64,
    pub log_loss: f64,
}

/// A–D grade of a model against the naive baseline, by log-loss skill
/// (1 − model log loss / baseline log loss).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grade {
    A,
    B,
    C,
    D,
}

impl Grade {
    /// The bands, for people, in the language in use.
    pub fn bands() -> &'static str {
        crate::i18n::tr(
            "A: log loss at least 15% below the naive baseline; B: 8–15%; C: 3–8%; D: less than 3% (little better than guessing the usual shares).",
        )
    }

    pub fn of_skill(skill: f64) -> Grade {
        if skill >= 0.15 {
            Grade::A
        } else if skill >= 0.08 {
            Grade::B
        } else if skill >= 0.03 {
            Grade::C
        } else {
            Grade::D
        }
    }

    pub fn letter(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
        }
    }
}

/// Metrics of predicted probabilities against what really happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    pub rows: usize,
    pub accuracy: f64,
    pub macro_f1: f64,
    pub log_loss: f64,
    pub per_bucket: Vec<BucketMetrics>,
    /// `confusion[actual][predicted]`.
    pub confusion: Vec<Vec<usize>>,
    pub calibration: Vec<CalibrationBin>,
    pub baseline: Baseline,
    /// 1 − log loss / baseline log loss.
    pub skill: f64,
    pub grade: Grade,
}

/// Smallest probability used in log loss (as scikit-learn clips).
const EPS: f64 = 1e-15;

/// Multi-class log loss of `probs` (one row per case) against `actual` bucket indices.
pub fn log_loss(probs: &[Vec<f64>], actual: &[usize]) -> f64 {
    if actual.is_empty() {
        return f64::NAN;
    }
    let sum: f64 = probs
        .iter()
        .zip(actual)
        .map(|(p, &a)| -p.get(a).copied().unwrap_or(0.0).clamp(EPS, 1.0).ln())
        .sum();
    sum / actual.len() as f64
}

/// The index of the largest probability (the first on ties).
pub fn winner(p: &[f64]) -> usize {
    let mut best = 0;
    for (k, &v) in p.iter().enumerate() {
        if v > p.get(best).copied().unwrap_or(f64::NEG_INFINITY) {
            best = k;
        }
    }
    best
}

/// Evaluates `probs` against `actual`; `shares` are the training bucket shares (the baseline).
pub fn evaluate(
    probs: &[Vec<f64>],
    actual: &[usize],
    shares: &[f64],
    labels: &[String],
) -> Evaluation {
    let k = labels.len();
    let n = actual.len();
    let mut confusion = vec![vec![0usize; k]; k];
    for (p, &a) in probs.iter().zip(actual) {
        let w = winner(p);
        if let Some(cell) = confusion.get_mut(a).and_then(|row| row.get_mut(w)) {
            *cell += 1;
        }
    }
    let correct: usize = (0..k)
        .map(|i| {
            confusion
                .get(i)
                .and_then(|r| r.get(i))
                .copied()
                .unwrap_or(0)
        })
        .sum();
    let per_bucket: Vec<BucketMetrics> = (0..k)
        .map(|b| {
            let tp = confusion
                .get(b)
                .and_then(|r| r.get(b))
                .copied()
                .unwrap_or(0) as f64;
            let predicted: usize = confusion.iter().filter_map(|r| r.get(b)).sum();
            let support: usize = confusion.get(b).map(|r| r.iter().sum()).unwrap_or(0);
            let precision = if predicted > 0 {
                tp / predicted as f64
            } else {
                0.0
            };
            let recall = if support > 0 {
                tp / support as f64
            } else {
                0.0
            };
            let f1 = if precision + recall > 0.0 {
                2.0 * precision * recall / (precision + recall)
            } else {
                0.0
            };
            BucketMetrics {
                bucket: labels.get(b).cloned().unwrap_or_default(),
                precision,
                recall,
                f1,
                support,
            }
        })
        .collect();
    let macro_f1 = per_bucket.iter().map(|b| b.f1).sum::<f64>() / k.max(1) as f64;
    let ll = log_loss(probs, actual);
    let common = winner(shares);
    let base_probs: Vec<Vec<f64>> = vec![shares.to_vec(); n];
    let base_ll = log_loss(&base_probs, actual);
    let base_acc = actual.iter().filter(|&&a| a == common).count() as f64 / n.max(1) as f64;
    let skill = if base_ll > 0.0 {
        1.0 - ll / base_ll
    } else {
        0.0
    };
    Evaluation {
        rows: n,
        accuracy: correct as f64 / n.max(1) as f64,
        macro_f1,
        log_loss: ll,
        per_bucket,
        confusion,
        calibration: calibration(probs, actual, k),
        baseline: Baseline {
            bucket: labels.get(common).cloned().unwrap_or_default(),
            accuracy: base_acc,
            log_loss: base_ll,
        },
        skill,
        grade: Grade::of_skill(skill),
    }
}

/// Predicted against observed share per decile of each bucket's predicted probability.
fn calibration(probs: &[Vec<f64>], actual: &[usize], k: usize) -> Vec<CalibrationBin> {
    let mut bins = Vec::new();
    for bucket in 0..k {
        let mut rows: Vec<(f64, bool)> = probs
            .iter()
            .zip(actual)
            .map(|(p, &a)| (p.get(bucket).copied().unwrap_or(0.0), a == bucket))
            .collect();
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        let n = rows.len();
        if n == 0 {
            continue;
        }
        for decile in 0..10 {
            let lo = n * decile / 10;
            let hi = n * (decile + 1) / 10;
            let Some(slice) = rows.get(lo..hi) else {
                continue;
            };
            if slice.is_empty() {
                continue;
            }
            let m = slice.len() as f64;
            bins.push(CalibrationBin {
                bucket,
                decile,
                predicted: slice.iter().map(|r| r.0).sum::<f64>() / m,
                observed: slice.iter().filter(|r| r.1).count() as f64 / m,
                rows: slice.len(),
            });
        }
    }
    bins
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_uniform_predictions() {
        let labels: Vec<String> = vec!["a".into(), "b".into()];
        let probs = vec![vec![1.0, 0.0], vec![0.0, 1.0]];
        let e = evaluate(&probs, &[0, 1], &[0.5, 0.5], &labels);
        assert_eq!(e.accuracy, 1.0);
        assert!(e.log_loss < 1e-9);
        assert_eq!(e.confusion, vec![vec![1, 0], vec![0, 1]]);
        assert_eq!(e.grade, Grade::A);
        let uniform = vec![vec![0.5, 0.5], vec![0.5, 0.5]];
        let e = evaluate(&uniform, &[0, 1], &[0.5, 0.5], &labels);
        assert!((e.log_loss - 2f64.ln()).abs() < 1e-12);
        assert_eq!(e.grade, Grade::D);
    }
}
