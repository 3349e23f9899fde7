//! The additive learner on generated data with known shapes.

use ndarray::Array2;

use super::boost::{Params, Rounds, Validation, fit};
use super::monotone::{Direction, isotonic, project};
use super::*;
use crate::data::progress::Cancel;
use crate::model::design::{Column, Design, DesignField, Role};
use crate::model::fields::Transform;

/// splitmix64, for reproducible generated rows.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn unit(seed: u64, i: u64) -> f64 {
    (mix(seed ^ mix(i)) >> 11) as f64 / (1u64 << 53) as f64
}

fn number_field(key: &str) -> DesignField {
    DesignField {
        key: key.into(),
        name: key.into(),
        transform: Transform::None,
        category: false,
        reference: None,
        columns: vec![Column {
            role: Role::Value,
            mean: 0.0,
            sd: 1.0,
        }],
        range: None,
    }
}

/// Two buckets: the logit of bucket 1 against bucket 0 is `shape(x0)` (+ `other(x1)` when there
/// is a second field); x uniform on [-3, 3].
fn generate(
    n: usize,
    seed: u64,
    fields: usize,
    logit: &dyn Fn(&[f64]) -> f64,
) -> (Array2<f64>, Vec<usize>) {
    let mut x = Array2::<f64>::zeros((n, fields));
    let mut y = Vec::with_capacity(n);
    for i in 0..n {
        let row: Vec<f64> = (0..fields)
            .map(|f| 6.0 * unit(seed + f as u64, i as u64) - 3.0)
            .collect();
        for (f, v) in row.iter().enumerate() {
            x[[i, f]] = *v;
        }
        let p1 = 1.0 / (1.0 + (-logit(&row)).exp());
        y.push(usize::from(unit(seed + 99, i as u64) < p1));
    }
    (x, y)
}

fn fitted(design: &Design, shape: &dyn Fn(&[f64]) -> f64, params: &Params) -> (boost::Fit, f64) {
    let fields = design.fields.len();
    let (x, y) = generate(40_000, 1, fields, shape);
    let (xv, yv) = generate(10_000, 2, fields, shape);
    let first = vec![0; yv.len()];
    let fit = fit(
        design,
        &x,
        &y,
        2,
        Rounds::EarlyStopping(Validation {
            x: &xv,
            y: &yv,
            first_possible: &first,
        }),
        params,
        &|_| {},
        &Cancel::new(),
    )
    .expect("fits");
    // The largest gap between the learned and the true curve (both centred) over the grid.
    let term = &fit.additive.terms[0];
    let Binning::Number { edges } = &term.binning else {
        panic!("a number is binned by edges")
    };
    let grid: Vec<f64> = (0..=60).map(|i| -2.9 + 5.8 * f64::from(i) / 60.0).collect();
    let learned: Vec<f64> = grid
        .iter()
        .map(|v| {
            let bin = 1 + edges.partition_point(|e| e <= v);
            term.scores[bin][1] - term.scores[bin][0]
        })
        .collect();
    let truth: Vec<f64> = grid
        .iter()
        .map(|&v| {
            let mut row = vec![0.0; fields];
            row[0] = v;
            shape(&row)
        })
        .collect();
    let centre = |v: &[f64]| {
        let m = v.iter().sum::<f64>() / v.len() as f64;
        v.iter().map(|x| x - m).collect::<Vec<_>>()
    };
    let gap = centre(&learned)
        .iter()
        .zip(centre(&truth))
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    (fit, gap)
}

#[test]
fn it_recovers_a_step_a_u_and_a_saturating_curve() {
    let design = Design {
        fields: vec![number_field("a")],
    };
    let params = Params {
        monotone: false,
        ..Params::default()
    };
    let step = |r: &[f64]| if r[0] > 0.5 { 1.5 } else { -0.5 };
    let u = |r: &[f64]| 0.4 * r[0] * r[0] - 1.0;
    let saturating = |r: &[f64]| 2.0 * (1.0 - (-(r[0] + 3.0)).exp()) - 1.0;
    for (name, shape) in [
        ("step", &step as &dyn Fn(&[f64]) -> f64),
        ("U", &u),
        ("saturating", &saturating),
    ] {
        let (fit, gap) = fitted(&design, shape, &params);
        // Between the true curve and the learned one, away from the edges: within 0.35 log-odds
        // everywhere (the curves span 2 to 3.6 log-odds).
        assert!(
            gap < 0.35,
            "{name}: the learned curve is {gap:.3} log-odds from the true one after {} rounds",
            fit.additive.rounds
        );
    }
}

#[test]
fn a_lever_stays_monotone_where_the_data_pulls_the_other_way() {
    // "Discount" lowers P(bucket 0) in the data (a falling P(on time)), and a second field
    // that copies it carries nothing of its own.
    let design = Design {
        fields: vec![
            number_field("invoice.discount_pct"),
            number_field("invoice.discount_days"),
        ],
    };
    let against = |r: &[f64]| 0.8 * r[0];
    let (x, y) = generate(30_000, 5, 2, &against);
    // The second field is the first one plus noise: correlated.
    let mut x = x;
    for i in 0..x.nrows() {
        x[[i, 1]] = x[[i, 0]] + 0.3 * (unit(77, i as u64) - 0.5);
    }
    let fit = fit(
        &design,
        &x,
        &y,
        2,
        Rounds::Fixed(200),
        &Params::default(),
        &|_| {},
        &Cancel::new(),
    )
    .expect("fits");
    for term in &fit.additive.terms {
        assert_eq!(term.monotone, Some(Direction::Rising), "{}", term.key);
        // Contrast on time − late never falls over the present bins.
        let contrast: Vec<f64> = term.scores[1..].iter().map(|s| s[0] - s[1]).collect();
        assert!(
            contrast.windows(2).all(|w| w[1] >= w[0] - 1e-12),
            "{}: {contrast:?}",
            term.key
        );
    }
    // And the prediction: raising both fields together never lowers P(on time).
    let p_on_time = |a: f64, b: f64| {
        let x = Array2::from_shape_vec((1, 2), vec![a, b]).expect("shape");
        let logit = fit.additive.logits(&design, &fit.intercept, &x).remove(0);
        1.0 / (1.0 + (logit[1] - logit[0]).exp())
    };
    let mut last = p_on_time(-3.0, -3.0);
    for i in 1..=30 {
        let v = -3.0 + 0.2 * f64::from(i);
        let p = p_on_time(v, v);
        assert!(
            p >= last - 1e-12,
            "P(on time) fell from {last} to {p} at {v}"
        );
        last = p;
    }
    // Without the constraint the data's direction shows: P(on time) falls.
    let free = super::boost::fit(
        &design,
        &x,
        &y,
        2,
        Rounds::Fixed(200),
        &Params {
            monotone: false,
            ..Params::default()
        },
        &|_| {},
        &Cancel::new(),
    )
    .expect("fits");
    let x_lo = Array2::from_shape_vec((1, 2), vec![-2.5, -2.5]).expect("shape");
    let x_hi = Array2::from_shape_vec((1, 2), vec![2.5, 2.5]).expect("shape");
    let lo = free
        .additive
        .logits(&design, &free.intercept, &x_lo)
        .remove(0);
    let hi = free
        .additive
        .logits(&design, &free.intercept, &x_hi)
        .remove(0);
    assert!(hi[0] - hi[1] < lo[0] - lo[1] - 1.0);
}

#[test]
fn the_terms_sum_exactly_to_the_logits() {
    let design = Design {
        fields: vec![number_field("a"), number_field("b")],
    };
    let shape = |r: &[f64]| r[0].sin() + 0.5 * r[1];
    let (x, y) = generate(5_000, 9, 2, &shape);
    let fit = fit(
        &design,
        &x,
        &y,
        2,
        Rounds::Fixed(50),
        &Params::default(),
        &|_| {},
        &Cancel::new(),
    )
    .expect("fits");
    let logits = fit.additive.logits(&design, &fit.intercept, &x);
    let mut parts = Vec::new();
    for (i, logit) in logits.iter().enumerate().take(500) {
        fit.additive
            .contributions_into(&design, 2, x.row(i), &mut parts);
        for b in 0..2 {
            let sum = fit.intercept[b] + parts[b] + parts[2 + b];
            assert_eq!(sum, logit[b], "row {i} bucket {b}");
        }
    }
}

#[test]
fn quantile_edges_give_each_distinct_value_a_bin_when_there_are_few() {
    let values = [0.0, 0.0, 0.0, 1.0, 1.0, 2.0];
    assert_eq!(bins::quantile_edges(&values, 256), vec![0.5, 1.5]);
    // Many values: at most max_bins bins, the heavy value never split.
    let mut many: Vec<f64> = (0..1000).map(|i| f64::from(i / 2)).collect();
    many.extend(std::iter::repeat_n(0.0, 3000));
    many.sort_by(f64::total_cmp);
    let edges = bins::quantile_edges(&many, 16);
    assert!(edges.len() <= 15, "{edges:?}");
    assert!(edges.windows(2).all(|w| w[0] < w[1]));
    assert!(edges[0] > 0.0);
}

#[test]
fn isotonic_pools_adjacent_violators() {
    assert_eq!(
        isotonic(&[1.0, 3.0, 2.0, 4.0], &[1.0; 4]),
        vec![1.0, 2.5, 2.5, 4.0]
    );
    assert_eq!(isotonic(&[3.0, 1.0], &[1.0, 3.0]), vec![1.5, 1.5]);
    let mut scores = vec![vec![0.0, 0.0], vec![1.0, 0.0], vec![0.0, 0.0]];
    project(&mut scores, &[0, 10, 10], Direction::Rising);
    // Bin 0 (missing) untouched; the contrast of bins 1 and 2 pooled to 0.5.
    assert_eq!(scores[0], vec![0.0, 0.0]);
    assert_eq!(scores[1][0] - scores[1][1], 0.5);
    assert_eq!(scores[2][0] - scores[2][1], 0.5);
}

#[test]
fn any_value_of_a_reminder_is_kept_at_least_as_good_as_none() {
    // Missing (not reminded) has contrast 1.0; two present bins fall below it.
    let mut scores = vec![
        vec![1.0, 0.0],
        vec![0.0, 0.0],
        vec![0.5, 0.0],
        vec![2.0, 0.0],
    ];
    project(&mut scores, &[10, 10, 10, 10], Direction::AboveMissing);
    let contrast: Vec<f64> = scores.iter().map(|s| s[0] - s[1]).collect();
    // Pooled: (1.0 + 0.0 + 0.5) / 3 = 0.5 for the missing bin and both low bins; the high bin
    // is left alone.
    assert_eq!(contrast, vec![0.5, 0.5, 0.5, 2.0]);
    assert!(contrast[1..].iter().all(|c| *c >= contrast[0]));
}
