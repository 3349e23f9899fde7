//! Strategies in the window: the comparison run as a job, the customers picked from it by the
//! plan (budget and holdout), the choice exported and saved as policies.

use std::sync::Arc;

use super::{App, HOLDOUT_SEED, JobKind, jobs};
use crate::i18n::{Arg, Message};
use crate::insights::strategy::{Comparison, Strategy, StrategyScope, choose};

impl App {
    pub(super) fn run_strategies(&mut self, scope: StrategyScope, strategies: Vec<Strategy>) {
        let Some(analysis) = self.state.analysis.clone().filter(|a| a.model.is_some()) else {
            self.tell(Message::new("There is no published model yet, so strategies cannot be compared. Train and publish a model on the Fields screen first."));
            return;
        };
        self.state.errors.clear();
        self.start(
            JobKind::Strategies,
            Message::new("Comparing strategies"),
            move |progress, cancel| {
                jobs::strategies(&analysis, &scope, &strategies, progress, cancel)
            },
        );
    }

    pub(super) fn strategies_done(&mut self, result: Comparison) {
        self.state.strategy_result = Some(Arc::new(result));
        self.select_customers();
    }

    /// Picks the customers of the latest comparison by the plan (cheap: a sort of the
    /// customers in scope).
    pub(super) fn select_customers(&mut self) {
        let (Some(result), Some(analysis)) = (&self.state.strategy_result, &self.state.analysis)
        else {
            self.state.strategy_selection = None;
            return;
        };
        let plan = &self.state.strategy_plan;
        self.state.strategy_selection = Some(Arc::new(choose::select(
            &result.choices,
            analysis.tables(),
            plan.budget,
            plan.holdout_share,
            HOLDOUT_SEED,
        )));
    }

    pub(super) fn export_choice_to(&mut self, path: std::path::PathBuf) {
        let (Some(analysis), Some(result), Some(selection)) = (
            self.state.analysis.clone(),
            self.state.strategy_result.clone(),
            self.state.strategy_selection.clone(),
        ) else {
            return;
        };
        self.start(
            JobKind::Export,
            Message::new("Exporting the strategy choice"),
            move |_, _| jobs::export_choice(&analysis, &result, &selection, path),
        );
    }

    pub(super) fn choice_exported(&mut self, path: &std::path::Path, rows: usize) {
        let folder = path.parent().map(std::path::Path::to_path_buf);
        if folder.is_some() && self.state.settings.last_export_dir != folder {
            self.state.settings.last_export_dir = folder;
            self.save_settings();
        }
        self.state.notice = Some(
            Message::new("Exported the strategy of {rows} customers to {path}.")
                .arg("rows", Arg::Count(rows))
                .arg("path", path.display().to_string()),
        );
    }

    /// One policy per chosen strategy for the customers who get the offer; a policy of the
    /// same name is replaced.
    pub(super) fn save_choice_as_policies(&mut self, include_open: bool) {
        let (Some(result), Some(selection), Some(analysis)) = (
            &self.state.strategy_result,
            &self.state.strategy_selection,
            &self.state.analysis,
        ) else {
            return;
        };
        let as_of = analysis.tables().as_of;
        let from = if include_open {
            chrono::NaiveDate::MIN
        } else {
            as_of.succ_opt().unwrap_or(as_of)
        };
        let made = choose::policies(result, selection, analysis.tables(), from);
        if made.is_empty() {
            self.tell(Message::new(
                "No customer gets an offer in this choice, so there is no policy to save.",
            ));
            return;
        }
        let count = made.len();
        for policy in made {
            self.state.policies.retain(|p| p.name != policy.name);
            self.state.policies.push(policy);
        }
        self.policies_changed();
        self.state.notice = Some(
            Message::new("Saved {count} policies from the strategy choice; scoring applies them from now on.")
                .arg("count", Arg::Count(count)),
        );
    }
}
