//! The steps of a training run on its rows: choosing the regularisation by validation, fitting,
//! scoring on the latest invoices and comparing with the published model.

use std::collections::HashMap;

use ndarray::Array2;

use crate::data::progress::{Cancel, Progress};
use crate::data::tables::Tables;
use crate::i18n::{Arg, Message};
use crate::model::buckets::Buckets;
use crate::model::design::Design;
use crate::model::features::FeatureTable;
use crate::model::fields::Catalogue;
use crate::model::metrics::{self, Evaluation, log_loss};
use crate::model::{Model, ModelError};

use super::*;

/// The scores of a model on the test invoices.
pub(super) struct Scores {
    pub(super) evaluation: Evaluation,
    pub(super) overdue_log_loss: Option<f64>,
    pub(super) oracle_log_loss: Option<f64>,
}

/// What every training step reads: the tables, the features of the kept rows and the split.
pub(super) struct TrainData<'a> {
    pub(super) tables: &'a Tables,
    pub(super) catalogue: &'a Catalogue,
    pub(super) buckets: &'a Buckets,
    pub(super) table: &'a FeatureTable,
    pub(super) selection: &'a [String],
    pub(super) rows: &'a [Row],
    pub(super) split: &'a Split,
}

impl TrainData<'_> {
    pub(super) fn labels_of(&self, ids: &[usize]) -> Vec<usize> {
        ids.iter()
            .filter_map(|&i| self.rows.get(i).map(|r| r.label))
            .collect()
    }

    /// Fits on `ids`, starting from `warm`.
    pub(super) fn fit_rows(
        &self,
        design: &Design,
        ids: &[usize],
        lambda: f64,
        warm: Option<&Fitted>,
        seed: u64,
    ) -> Result<Fitted, ModelError> {
        let x = design.matrix(self.catalogue, self.table, Some(ids))?;
        let y = self.labels_of(ids);
        fit_logistic(&x, &y, self.buckets.count(), lambda, warm, seed, 100)
    }

    /// The regularisation with the lowest validation log loss, and its fit on the inner rows.
    pub(super) fn choose_lambda(
        &self,
        design: &Design,
        params: &TrainParams,
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<(f64, Fitted), ModelError> {
        let split = self.split;
        let inner = cap(&split.inner, 50_000, params.seed);
        let x_inner = design.matrix(self.catalogue, self.table, Some(&inner))?;
        let y_inner = self.labels_of(&inner);
        let x_val = design.matrix(self.catalogue, self.table, Some(&split.validation))?;
        let y_val = self.labels_of(&split.validation);
        let mut best: Option<(f64, f64, Fitted)> = None;
        let mut previous: Option<Fitted> = None;
        for (step, &lambda) in params.lambdas.iter().enumerate() {
            progress(Progress::new(
                Message::new("Choosing the regularisation by validation"),
                0.2 + 0.25 * step as f32 / params.lambdas.len().max(1) as f32,
            ));
            if cancel.is_cancelled() {
                return Err(ModelError::Cancelled);
            }
            // From strong to weak regularisation, each fit starting where the last one ended.
            let fit = fit_logistic(
                &x_inner,
                &y_inner,
                self.buckets.count(),
                lambda,
                previous.as_ref(),
                params.seed,
                60,
            )?;
            let probs = fit.probabilities(&x_val);
            let conditioned = conditioned(
                probs,
                &split.validation,
                self.rows,
                self.tables,
                self.buckets,
            );
            let ll = log_loss(&conditioned, &y_val);
            if best.as_ref().is_none_or(|b| ll < b.1) {
                best = Some((lambda, ll, fit.clone()));
            }
            previous = Some(fit);
        }
        let (lambda, _, inner_fit) = best.ok_or(ModelError::NoFields)?;
        Ok((lambda, inner_fit))
    }

    /// Scores a fit (`probabilities` of a standardised matrix of `design`) on the test invoices
    /// at issue date, on the past-due snapshots, and against the oracle's true probabilities
    /// when there is one.
    pub(super) fn evaluate(
        &self,
        design: &Design,
        probabilities: &dyn Fn(&Array2<f64>) -> Vec<Vec<f64>>,
        shares: &[f64],
        oracle: Option<&HashMap<String, Vec<f64>>>,
    ) -> Result<Scores, ModelError> {
        let split = self.split;
        // Stored in English: the model file reads the same in every language.
        let labels = self.buckets.stored_labels();
        let x_test = design.matrix(self.catalogue, self.table, Some(&split.test))?;
        let y_test = self.labels_of(&split.test);
        let test_probs = probabilities(&x_test);
        let evaluation = metrics::evaluate(&test_probs, &y_test, shares, &labels);
        let overdue = &split.test_overdue;
        let overdue_log_loss = (!overdue.is_empty())
            .then(|| {
                design
                    .matrix(self.catalogue, self.table, Some(overdue))
                    .map(|x| {
                        let probs = conditioned(
                            probabilities(&x),
                            overdue,
                            self.rows,
                            self.tables,
                            self.buckets,
                        );
                        log_loss(&probs, &self.labels_of(overdue))
                    })
                    .ok()
            })
            .flatten();
        let oracle_log_loss = oracle.and_then(|truth| {
            let mut probs = Vec::new();
            let mut actual = Vec::new();
            for &i in &split.test {
                let r = self.rows.get(i)?;
                let id = &self.tables.invoices.get(r.snapshot.invoice as usize)?.id;
                if let Some(p) = truth.get(id) {
                    probs.push(p.clone());
                    actual.push(r.label);
                }
            }
            (actual.len() == split.test.len() && !actual.is_empty())
                .then(|| log_loss(&probs, &actual))
        });
        Ok(Scores {
            evaluation,
            overdue_log_loss,
            oracle_log_loss,
        })
    }
}

/// Applies the age conditioning to raw probabilities of `ids`.
pub(super) fn conditioned(
    mut probs: Vec<Vec<f64>>,
    ids: &[usize],
    rows: &[Row],
    tables: &Tables,
    buckets: &Buckets,
) -> Vec<Vec<f64>> {
    for (p, &i) in probs.iter_mut().zip(ids) {
        if let Some(r) = rows.get(i)
            && let Some(inv) = tables.invoices.get(r.snapshot.invoice as usize)
        {
            buckets.condition_on_age(p, (r.snapshot.date - inv.due_date).num_days());
        }
    }
    probs
}

#[allow(clippy::too_many_arguments)]
pub(super) fn compare(
    old: &Model,
    tables: &Tables,
    catalogue: &Catalogue,
    table: &FeatureTable,
    buckets: &Buckets,
    rows: &[Row],
    test_rows: &[usize],
    overdue_rows: &[usize],
    shares: &[f64],
) -> Comparison {
    if old.buckets != *buckets {
        return Comparison::NotComparable {
            version: old.version,
            reason: Message::new(
                "It uses other buckets ({buckets}), so its metrics would measure something else.",
            )
            .arg("buckets", Arg::shown(old.buckets.names())),
        };
    }
    let labels_of = |ids: &[usize]| -> Vec<usize> {
        ids.iter()
            .filter_map(|&i| rows.get(i).map(|r| r.label))
            .collect()
    };
    // The old model reads the same raw features through its own design.
    let score = |ids: &[usize]| -> Result<Vec<Vec<f64>>, ModelError> {
        let x = old.design.matrix(catalogue, table, Some(ids))?;
        Ok(conditioned(
            old.probabilities(&x),
            ids,
            rows,
            tables,
            buckets,
        ))
    };
    match score(test_rows) {
        Ok(probs) => Comparison::Evaluated {
            version: old.version,
            evaluation: metrics::evaluate(
                &probs,
                &labels_of(test_rows),
                shares,
                &buckets.stored_labels(),
            ),
            overdue_log_loss: (!overdue_rows.is_empty())
                .then(|| {
                    score(overdue_rows)
                        .ok()
                        .map(|p| log_loss(&p, &labels_of(overdue_rows)))
                })
                .flatten(),
        },
        Err(e) => Comparison::NotComparable {
            version: old.version,
            reason: Message::shown(e),
        },
    }
}
