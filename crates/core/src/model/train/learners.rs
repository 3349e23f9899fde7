//! Each learner's part of a training run, on the same rows and the same time split: choosing its
//! complexity on the validation rows (the logistic regression's L2 strength, the additive
//! model's number of rounds), fitting on the earlier 80%, scoring on the latest 20%, and the
//! refit on every row.

use std::collections::HashMap;
use std::time::Instant;

use ndarray::{Array2, ArrayView1};

use crate::data::progress::{Cancel, Progress};
use crate::i18n::Message;
use crate::model::additive::{Additive, Learner, boost};
use crate::model::design::Design;
use crate::model::explain::linear_contributions_into;
use crate::model::{Influence, ModelError, softmax_in_place};

use super::*;

/// One learner fitted in a run.
pub(super) struct CandidateFit {
    pub(super) learner: Learner,
    pub(super) design: Design,
    pub(super) dropped: Vec<(String, String)>,
    pub(super) intercept: Vec<f64>,
    pub(super) coef: Vec<Vec<f64>>,
    pub(super) additive: Option<Additive>,
    pub(super) lambda: f64,
    pub(super) scores: Scores,
    pub(super) influence: Vec<Influence>,
    pub(super) seconds: f64,
}

/// A progress callback for the additive model's fit that is the part `from..to` of the run.
fn part<'a>(progress: &'a dyn Fn(Progress), from: f32, to: f32) -> impl Fn(f32) + 'a {
    move |f: f32| {
        progress(Progress::new(
            Message::new("Fitting the additive model's curves"),
            from + (to - from) * f,
        ));
    }
}

impl TrainData<'_> {
    /// The logistic regression: the L2 strength chosen on the validation rows, fitted on the
    /// earlier invoices and scored on the latest, then refitted on all of them.
    pub(super) fn logistic(
        &self,
        params: &TrainParams,
        shares: &[f64],
        oracle: Option<&HashMap<String, Vec<f64>>>,
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<CandidateFit, ModelError> {
        let start = Instant::now();
        let split = self.split;
        let design = self.design(&split.train).0;
        let (lambda, inner_fit) = self.choose_lambda(&design, params, progress, cancel)?;
        progress(Progress::new(
            Message::new("Fitting on the earlier invoices"),
            0.45,
        ));
        if cancel.is_cancelled() {
            return Err(ModelError::Cancelled);
        }
        let fit = self.fit_rows(&design, &split.train, lambda, Some(&inner_fit), params.seed)?;
        let scores = self.evaluate(&design, &|x| fit.probabilities(x), shares, oracle)?;
        progress(Progress::new(
            Message::new("Refitting on all paid invoices"),
            0.5,
        ));
        if cancel.is_cancelled() {
            return Err(ModelError::Cancelled);
        }
        let (final_design, dropped) = self.design(&split.all);
        let x_all = final_design.matrix(self.catalogue, self.table, Some(&split.all))?;
        let y_all = self.labels_of(&split.all);
        let warm = (final_design.n_columns() == design.n_columns()).then_some(&fit);
        let k = self.buckets.count();
        let final_fit = fit_logistic(&x_all, &y_all, k, lambda, warm, params.seed, 100)?;
        let influence = influence_of(&final_design, &x_all, k, &|z, out| {
            linear_contributions_into(&final_design, &final_fit.coef, z, out);
        });
        Ok(CandidateFit {
            learner: Learner::Logistic,
            design: final_design,
            dropped,
            intercept: final_fit.intercept,
            coef: final_fit.coef,
            additive: None,
            lambda,
            scores,
            influence,
            seconds: start.elapsed().as_secs_f64(),
        })
    }

    /// The additive model: the number of rounds chosen by early stopping on the validation
    /// rows, fitted with that many on the earlier invoices and scored on the latest, then
    /// refitted on all of them.
    pub(super) fn additive(
        &self,
        shares: &[f64],
        oracle: Option<&HashMap<String, Vec<f64>>>,
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<CandidateFit, ModelError> {
        let start = Instant::now();
        let split = self.split;
        let k = self.buckets.count();
        let params = boost::Params::default();
        let design = self.design(&split.train).0;
        let x_inner = design.matrix(self.catalogue, self.table, Some(&split.inner))?;
        let y_inner = self.labels_of(&split.inner);
        let x_val = design.matrix(self.catalogue, self.table, Some(&split.validation))?;
        let y_val = self.labels_of(&split.validation);
        let first_val = self.first_possible(&split.validation);
        let chosen = boost::fit(
            &design,
            &x_inner,
            &y_inner,
            k,
            boost::Rounds::EarlyStopping(boost::Validation {
                x: &x_val,
                y: &y_val,
                first_possible: &first_val,
            }),
            &params,
            &part(progress, 0.55, 0.7),
            cancel,
        )?;
        drop((x_inner, x_val));
        let rounds = chosen.additive.rounds.max(1);
        let x_train = design.matrix(self.catalogue, self.table, Some(&split.train))?;
        let y_train = self.labels_of(&split.train);
        let fixed = boost::Rounds::Fixed(rounds);
        let fit = boost::fit(
            &design,
            &x_train,
            &y_train,
            k,
            fixed,
            &params,
            &part(progress, 0.7, 0.78),
            cancel,
        )?;
        drop(x_train);
        let scores = self.evaluate(
            &design,
            &|x| additive_probabilities(&design, &fit, x),
            shares,
            oracle,
        )?;
        let (final_design, dropped) = self.design(&split.all);
        let x_all = final_design.matrix(self.catalogue, self.table, Some(&split.all))?;
        let y_all = self.labels_of(&split.all);
        let final_fit = boost::fit(
            &final_design,
            &x_all,
            &y_all,
            k,
            boost::Rounds::Fixed(rounds),
            &params,
            &part(progress, 0.78, 0.9),
            cancel,
        )?;
        let influence = influence_of(&final_design, &x_all, k, &|z, out| {
            final_fit
                .additive
                .contributions_into(&final_design, k, z, out);
        });
        Ok(CandidateFit {
            learner: Learner::Additive,
            coef: vec![vec![0.0; final_design.n_columns()]; k],
            design: final_design,
            dropped,
            intercept: final_fit.intercept,
            additive: Some(final_fit.additive),
            lambda: 0.0,
            scores,
            influence,
            seconds: start.elapsed().as_secs_f64(),
        })
    }

    /// The design of the selected fields fitted on `ids`.
    fn design(&self, ids: &[usize]) -> (Design, Vec<(String, String)>) {
        Design::fit(self.catalogue, self.selection, self.table, ids)
    }

    /// The first bucket still possible at each row's age.
    fn first_possible(&self, ids: &[usize]) -> Vec<usize> {
        ids.iter()
            .map(|&i| {
                self.rows
                    .get(i)
                    .and_then(|r| {
                        let inv = self.tables.invoices.get(r.snapshot.invoice as usize)?;
                        Some(
                            self.buckets
                                .first_possible((r.snapshot.date - inv.due_date).num_days()),
                        )
                    })
                    .unwrap_or(0)
            })
            .collect()
    }
}

/// Softmax probabilities of an additive fit.
fn additive_probabilities(design: &Design, fit: &boost::Fit, x: &Array2<f64>) -> Vec<Vec<f64>> {
    let mut all = fit.additive.logits(design, &fit.intercept, x);
    all.iter_mut().for_each(|z| softmax_in_place(z));
    all
}

/// Each field's share of the influence: the mean absolute contribution, centred over the
/// buckets, over (a sample of) the rows; the shares sum to 1.
fn influence_of(
    design: &Design,
    x: &Array2<f64>,
    k: usize,
    contributions: &dyn Fn(ArrayView1<f64>, &mut Vec<f64>),
) -> Vec<Influence> {
    let step = (x.nrows() / 20_000).max(1);
    let mut totals = vec![0.0; design.fields.len()];
    let mut buffer = Vec::new();
    for z in x.rows().into_iter().step_by(step) {
        contributions(z, &mut buffer);
        for (t, per_bucket) in totals.iter_mut().zip(buffer.chunks(k.max(1))) {
            let mean = per_bucket.iter().sum::<f64>() / per_bucket.len().max(1) as f64;
            *t += per_bucket.iter().map(|c| (c - mean).abs()).sum::<f64>();
        }
    }
    let sum: f64 = totals.iter().sum();
    let mut out: Vec<Influence> = design
        .fields
        .iter()
        .zip(&totals)
        .map(|(f, t)| Influence {
            key: f.key.clone(),
            name: f.name.clone(),
            share: if sum > 0.0 { t / sum } else { 0.0 },
        })
        .collect();
    out.sort_by(|a, b| b.share.total_cmp(&a.share));
    out
}

/// The learner a run publishes: the one asked for, else the one with the lower log loss on the
/// latest invoices (the logistic regression on a tie).
pub(super) fn chosen(fits: &[CandidateFit], asked: Option<Learner>) -> usize {
    if let Some(learner) = asked
        && let Some(i) = fits.iter().position(|f| f.learner == learner)
    {
        return i;
    }
    fits.iter()
        .enumerate()
        .min_by(|a, b| {
            a.1.scores
                .evaluation
                .log_loss
                .total_cmp(&b.1.scores.evaluation.log_loss)
        })
        .map_or(0, |(i, _)| i)
}
