//! Binning a design field once, on the training rows: quantile edges for a number (every
//! distinct value its own bin when there are few, as flags and small counts have), the design's
//! levels for a category.

use ndarray::Array2;

use super::{Binning, Reader};
use crate::model::design::Design;

/// At most this many bins of present values per number (bin 0, missing, comes on top). The
/// issue's ceiling; EBM uses 1024, but with a few hundred thousand rows the extra bins only
/// thin out the data per bin.
pub const MAX_BINS: usize = 256;

/// At most this many rows are sorted to find a number's quantiles.
const QUANTILE_SAMPLE: usize = 200_000;

/// Each design field's binning, learned on the rows of `x`, and the bin of every row per field
/// (`bins[field][row]`).
pub(crate) fn learn(design: &Design, x: &Array2<f64>) -> (Vec<Binning>, Vec<Vec<u16>>) {
    let readers = Reader::of(design);
    let binnings: Vec<Binning> = design
        .fields
        .iter()
        .zip(&readers)
        .map(|(field, reader)| {
            if field.category {
                Binning::Category
            } else {
                let step = (x.nrows() / QUANTILE_SAMPLE).max(1);
                let mut values: Vec<f64> = x
                    .rows()
                    .into_iter()
                    .step_by(step)
                    .filter_map(|row| row.as_slice().and_then(|z| reader.value(z)))
                    .filter(|v| v.is_finite())
                    .collect();
                values.sort_by(f64::total_cmp);
                Binning::Number {
                    edges: quantile_edges(&values, MAX_BINS),
                }
            }
        })
        .collect();
    let bins = assign(design, &binnings, x);
    (binnings, bins)
}

/// The bin of every row of `x` per field under `binnings`.
pub(crate) fn assign(design: &Design, binnings: &[Binning], x: &Array2<f64>) -> Vec<Vec<u16>> {
    use rayon::prelude::*;
    let readers = Reader::of(design);
    readers
        .par_iter()
        .zip(binnings)
        .map(|(reader, binning)| {
            x.rows()
                .into_iter()
                .map(|row| {
                    let mut copy = Vec::new();
                    let z = super::as_slice(&row, &mut copy);
                    u16::try_from(reader.bin(binning, z)).unwrap_or(u16::MAX)
                })
                .collect()
        })
        .collect()
}

/// Edges that split sorted `values` into at most `max_bins` bins of about equal rows: a value
/// `v` falls in bin `1 + #(edges ≤ v)`. With fewer distinct values than bins, every distinct
/// value gets its own bin (the edge halfway between neighbours). A value repeated over many
/// quantiles (zero discount, say) is one bin, never split.
pub(crate) fn quantile_edges(sorted: &[f64], max_bins: usize) -> Vec<f64> {
    let mut distinct: Vec<f64> = sorted.to_vec();
    distinct.dedup();
    if distinct.len() <= max_bins {
        return distinct.windows(2).map(|w| 0.5 * (w[0] + w[1])).collect();
    }
    let n = sorted.len();
    let mut edges: Vec<f64> = Vec::with_capacity(max_bins);
    for q in 1..max_bins {
        let at = q * n / max_bins;
        let Some(&v) = sorted.get(at) else { continue };
        // The edge sits at the first occurrence of `v`, so that `v` starts a bin.
        let first = sorted.partition_point(|x| *x < v);
        let Some(&previous) = first.checked_sub(1).and_then(|i| sorted.get(i)) else {
            continue;
        };
        let edge = 0.5 * (previous + v);
        if edges.last().is_none_or(|last| edge > *last) {
            edges.push(edge);
        }
    }
    edges
}

/// Per field and bin, the mean standardised value of the rows of `x` in the bin (numbers; 0
/// for an empty bin, a missing value or a category).
pub(crate) fn centres(design: &Design, bins: &[Vec<u16>], x: &Array2<f64>) -> Vec<Vec<f64>> {
    let readers = Reader::of(design);
    readers
        .iter()
        .zip(bins)
        .map(|(reader, bins)| {
            let n_bins = bins.iter().map(|&b| usize::from(b) + 1).max().unwrap_or(0);
            let mut sum = vec![0.0; n_bins];
            let mut rows = vec![0usize; n_bins];
            for (row, &b) in x.rows().into_iter().zip(bins) {
                let Some(v) = row.as_slice().and_then(|z| reader.value(z)) else {
                    continue;
                };
                if let (Some(s), Some(n)) =
                    (sum.get_mut(usize::from(b)), rows.get_mut(usize::from(b)))
                {
                    *s += v;
                    *n += 1;
                }
            }
            sum.iter()
                .zip(&rows)
                .map(|(s, &n)| if n > 0 { s / n as f64 } else { 0.0 })
                .collect()
        })
        .collect()
}
