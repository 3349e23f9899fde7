//! Strategies on real data: the sample data's ready-made candidates compared on its open and
//! new invoices (No change at zero, a bigger discount lifts P(on time) more, a 2% discount pays
//! for some customers and not for others, the per-customer parts add up to the totals, the
//! budget is kept), and the all-paid ledger without discounts, whose discount strategies have no
//! evidence and are never ranked.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use payment_insights::analysis::with_layout;
use payment_insights::data::import::import_files;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::tables::Tables;
use payment_insights::insights::predict::{Settings, score_open};
use payment_insights::insights::strategy::{
    self, Comparison, Evidence, StrategyName, StrategyScope, choose, compare,
};
use payment_insights::model::train::{TrainParams, train};
use payment_insights::model::{Catalogue, Model};

fn import(files: &[PathBuf]) -> Tables {
    import_files(files, None, None, &no_progress, &Cancel::new())
        .unwrap()
        .1
        .tables
}

fn trained(tables: &Tables) -> Model {
    let params = TrainParams {
        max_rows: 60_000,
        ..TrainParams::default()
    };
    let (params, _) = with_layout(tables, params, true);
    train(tables, &params, None, None, &no_progress, &Cancel::new())
        .unwrap()
        .model
}

struct Setup {
    tables: Tables,
    model: Model,
}

fn sample() -> &'static Setup {
    static SETUP: OnceLock<Setup> = OnceLock::new();
    SETUP.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data");
        let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
            .iter()
            .map(|f| dir.join(f))
            .collect();
        let tables = import(&files);
        let model = trained(&tables);
        Setup { tables, model }
    })
}

/// The open invoices scored as the Predictions screen shows them (filters may select by them).
fn current(setup: &Setup, settings: &Settings) -> payment_insights::insights::Scored {
    score_open(
        &setup.model,
        &setup.tables,
        settings,
        &[],
        &no_progress,
        &Cancel::new(),
    )
    .unwrap()
}

fn run(setup: &Setup, scope: &StrategyScope) -> Comparison {
    let catalogue = Catalogue::build(&setup.tables, &setup.model.buckets);
    let settings = Settings::default();
    let scored = current(setup, &settings);
    compare(
        &setup.model,
        &setup.tables,
        &catalogue,
        scope,
        &strategy::ready_made(&setup.tables),
        &settings,
        &scored.predictions,
        &no_progress,
        &Cancel::new(),
    )
    .unwrap()
}

fn by_name<'a>(c: &'a Comparison, name: &StrategyName) -> &'a strategy::StrategyResult {
    c.results
        .iter()
        .find(|r| &r.strategy.name == name)
        .unwrap_or_else(|| panic!("{name:?} not compared"))
}

#[test]
fn on_the_sample_a_bigger_discount_lifts_on_time_more_and_pays_for_some_customers_only() {
    let setup = sample();
    let scope = StrategyScope {
        new_invoices: true,
        ..StrategyScope::default()
    };
    let c = run(setup, &scope);
    assert!(c.invoices > 1000, "{} new invoices", c.invoices);
    let none = &c.results[0];
    assert_eq!(none.strategy.name, StrategyName::NoChange);
    assert_eq!(none.gain.net_value, 0.0);
    assert!(!none.too_close);
    let on_time = |pct: f64| {
        let r = by_name(&c, &StrategyName::Discount { pct, days: 10 });
        assert_eq!(r.evidence, Evidence::Some, "the sample has discounts");
        r.expected_change[0]
    };
    // A reminder 5 days before due is compared with the discounts: the sample records
    // reminders, so the model can tell that it lifts paying on time, at no discount.
    let remind = by_name(&c, &StrategyName::Remind { days: 5 });
    assert_eq!(remind.evidence, Evidence::Some);
    assert!(
        remind.expected_change[0] > 0.0,
        "{:?}",
        remind.expected_change
    );
    let (one, two, three) = (on_time(1.0), on_time(2.0), on_time(3.0));
    assert!(0.0 < one && one < two && two < three, "{one} {two} {three}");
    // A 2% discount pays for some customers and not for others.
    let s = c
        .results
        .iter()
        .position(|r| r.strategy.name == StrategyName::Discount { pct: 2.0, days: 10 })
        .unwrap();
    let pays = c.gains[s].iter().filter(|g| g.net_value > 0.0).count();
    assert!(
        pays > 0 && pays < c.customers.len(),
        "{pays} of {}",
        c.customers.len()
    );
    // Every strategy's parts add up to its net value, and its customers' parts to its total.
    for (s, r) in c.results.iter().enumerate() {
        let g = &r.gain;
        let parts = g.earlier_cash + g.bad_debt_saving - g.discount_cost;
        assert!((parts - g.net_value).abs() < 1e-6 * g.net_value.abs().max(1.0));
        let summed: f64 = c.gains[s].iter().map(|g| g.net_value).sum();
        assert!((summed - g.net_value).abs() < 1e-6 * g.net_value.abs().max(1.0));
        assert!(r.interval.0 <= r.interval.1);
    }
    // A discount costs something; electronic billing only as much as the extra on-time payers
    // take of the discounts their invoices already have (at most 3% in the sample).
    assert!(
        by_name(&c, &StrategyName::Discount { pct: 2.0, days: 10 })
            .gain
            .discount_cost
            > 0.0
    );
    let electronic = by_name(&c, &StrategyName::Electronic).gain;
    assert!(electronic.extra_on_time > 0.0);
    assert!(electronic.discount_cost >= 0.0);
    assert!(electronic.extra_discount <= 0.03 * electronic.extra_on_time);
    // One choice per customer; a budget is never overspent.
    assert_eq!(c.choices.len(), c.customers.len());
    let free = choose::select(&c.choices, &setup.tables, None, 0.0, 1);
    assert!(free.totals.spent > 0.0);
    let budget = free.totals.spent / 3.0;
    let tight = choose::select(&c.choices, &setup.tables, Some(budget), 0.0, 1);
    assert!(tight.totals.spent <= budget + 1e-9);
    assert!(tight.totals.spent > 0.0);
    assert!(tight.totals.chosen <= free.totals.chosen);
    assert!(tight.totals.chosen > 0);
}

#[test]
fn on_the_open_invoices_a_discount_reaches_only_those_still_within_its_days() {
    let setup = sample();
    let c = run(setup, &StrategyScope::default());
    let two = by_name(&c, &StrategyName::Discount { pct: 2.0, days: 10 });
    assert!(
        two.warnings
            .iter()
            .any(|w| w.to_string().contains("past the discount's days")),
        "{:?}",
        two.warnings
    );
    // The scope's amount is the open book's.
    let open: f64 = setup
        .tables
        .open_invoices()
        .map(|(_, i)| (i.amount - i.paid_amount).max(0.0))
        .sum();
    assert!((c.amount - open).abs() < 1e-6 * open);
    // Policies from the choice cover exactly the customers who get each offer.
    let selection = choose::select(&c.choices, &setup.tables, None, 0.2, 5);
    let policies = choose::policies(&c, &selection, &setup.tables, c.as_of);
    let covered: usize = policies.iter().map(|p| p.filter.customers.len()).sum();
    assert_eq!(covered, selection.totals.chosen - selection.totals.held_out);
}

#[test]
fn on_a_ledger_without_discounts_the_discounts_have_no_evidence_and_are_never_chosen() {
    let ledger =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ar_ledger_all_paid.csv");
    let tables = import(&[ledger]);
    assert!(tables.invoices.iter().all(|i| i.discount_pct.is_none()));
    let setup = Setup {
        model: trained(&tables),
        tables,
    };
    // Every invoice is paid: nothing is open, the new invoices stand in.
    assert_eq!(run(&setup, &StrategyScope::default()).invoices, 0);
    let c = run(
        &setup,
        &StrategyScope {
            new_invoices: true,
            ..StrategyScope::default()
        },
    );
    assert!(c.invoices > 0);
    for pct in [1.0, 2.0, 3.0] {
        let r = by_name(&c, &StrategyName::Discount { pct, days: 10 });
        assert!(matches!(r.evidence, Evidence::None(_)), "{:?}", r.evidence);
        assert!(!r.ranked());
    }
    let discounts: Vec<usize> = c
        .results
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r.strategy.name, StrategyName::Discount { .. }))
        .map(|(s, _)| s)
        .collect();
    assert!(c.choices.iter().all(|ch| !discounts.contains(&ch.best)));
    assert!(c.best.is_none_or(|b| !discounts.contains(&b)));
    // No invoice of the ledger records a reminder either.
    let remind = by_name(&c, &StrategyName::Remind { days: 5 });
    assert!(
        matches!(remind.evidence, Evidence::None(_)),
        "{:?}",
        remind.evidence
    );
    // Electronic billing varied in this ledger: it has evidence.
    assert_eq!(
        by_name(&c, &StrategyName::Electronic).evidence,
        Evidence::Some
    );
}

#[test]
fn a_strategy_scores_its_invoices_as_the_what_if_does_though_it_computes_only_what_changes() {
    use payment_insights::insights::whatif::{Changes, Filter, Scenario, Scope, what_if};
    let setup = sample();
    let settings = Settings::default();
    let scored = current(setup, &settings);
    let catalogue = Catalogue::build(&setup.tables, &setup.model.buckets);
    let strategies = strategy::ready_made(&setup.tables);
    let c = compare(
        &setup.model,
        &setup.tables,
        &catalogue,
        &StrategyScope::default(),
        &strategies,
        &settings,
        &scored.predictions,
        &no_progress,
        &Cancel::new(),
    )
    .unwrap();
    for (name, changes) in [
        (
            StrategyName::Electronic,
            Changes {
                electronic: Some(true),
                ..Changes::default()
            },
        ),
        (
            StrategyName::ResolveDisputes,
            Changes {
                resolve_dispute: true,
                ..Changes::default()
            },
        ),
    ] {
        let scenario = Scenario {
            name: String::new(),
            scope: Scope::Filter(Filter::default()),
            changes,
        };
        let w = what_if(
            &setup.model,
            &setup.tables,
            &scenario,
            &settings,
            &scored.predictions,
            &no_progress,
            &Cancel::new(),
        )
        .unwrap();
        let r = by_name(&c, &name);
        for (b, (ours, theirs)) in r.expected.iter().zip(&w.total_after).enumerate() {
            assert!(
                (ours - theirs).abs() < 1e-6 * theirs.abs().max(1.0),
                "{name:?} bucket {b}: {ours} vs the what-if's {theirs}"
            );
        }
        let none = &c.results[0];
        for (ours, theirs) in none.expected.iter().zip(&w.total_before) {
            assert!((ours - theirs).abs() < 1e-6 * theirs.abs().max(1.0));
        }
    }
}

#[test]
fn the_command_line_prints_the_comparison_and_writes_the_choice_with_its_holdout() {
    use std::process::Command;
    let cli = env!("CARGO_BIN_EXE_payment-insights-cli");
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let run = |args: &[&str]| {
        let output = Command::new(cli).args(args).output().unwrap();
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        let errors = String::from_utf8_lossy(&output.stderr).into_owned();
        (output.status.success(), text, errors)
    };
    let store_arg = store.to_str().unwrap();
    let (ok, _, errors) = run(&[
        "train",
        "--publish",
        "--max-rows",
        "20000",
        "--store",
        store_arg,
    ]);
    assert!(ok, "{errors}");
    let out = dir.path().join("choice.csv");
    let strategies = dir.path().join("strategies.toml");
    std::fs::write(
        &strategies,
        "[[strategy]]\nname = \"2/10 for everyone\"\ndiscount_pct = 2\ndiscount_days = 10\n\n[[strategy]]\nname = \"Remind a week ahead\"\nremind_days_before_due = 7\n",
    )
    .unwrap();
    let (ok, text, errors) = run(&[
        "optimize",
        strategies.to_str().unwrap(),
        "--new-invoices",
        "--budget",
        "5000",
        "--holdout",
        "0.2",
        "--out",
        out.to_str().unwrap(),
        "--store",
        store_arg,
    ]);
    assert!(ok, "{errors}");
    assert!(text.contains("No change"), "{text}");
    assert!(text.contains("2/10 for everyone"), "{text}");
    assert!(text.contains("Remind a week ahead"), "{text}");
    assert!(text.contains("the model's estimates"), "{text}");
    assert!(text.contains("within a budget of 5,000.00"), "{text}");
    let written = std::fs::read_to_string(&out).unwrap();
    let mut lines = written.lines();
    assert_eq!(
        lines.next(),
        Some(
            "customer_id,customer_name,open_invoices,open_amount,strategy,net_value,discount_cost,extra_on_time,runner_up,runner_up_net_value,margin,chosen,holdout,offer"
        )
    );
    assert!(lines.count() > 100);
    // A value no form allows is refused by name, before anything is scored.
    std::fs::write(
        &strategies,
        "[[strategy]]\nname = \"Too much\"\ndiscount_pct = 150\n",
    )
    .unwrap();
    let (ok, _, errors) = run(&[
        "optimize",
        strategies.to_str().unwrap(),
        "--store",
        store_arg,
    ]);
    assert!(!ok);
    assert!(errors.contains("\"Too much\""), "{errors}");
    let (ok, _, errors) = run(&["optimize", "--holdout", "NaN", "--store", store_arg]);
    assert!(!ok);
    // Refused by the argument's own check, naming the flag and the value.
    assert!(
        errors.contains("invalid value 'NaN' for '--holdout <HOLDOUT>': NaN (not a number)"),
        "{errors}"
    );
}
