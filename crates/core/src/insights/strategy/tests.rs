use super::choose::{best_per_customer, policies, select};
use super::*;
use crate::data::tables::Customer;

fn result(name: StrategyName, evidence: Evidence) -> StrategyResult {
    StrategyResult {
        strategy: Strategy::new(name, Changes::default()),
        evidence,
        warnings: Vec::new(),
        expected: Vec::new(),
        expected_change: Vec::new(),
        days_to_cash: 0.0,
        days_change: 0.0,
        dso_change: 0.0,
        gain: Gain::default(),
        annualised_cost: None,
        interval: (0.0, 0.0),
        too_close: false,
    }
}

fn gain(net_value: f64, discount_cost: f64) -> Gain {
    Gain {
        net_value,
        discount_cost,
        ..Gain::default()
    }
}

fn tables(customers: usize) -> Tables {
    Tables {
        form: Default::default(),
        customers: (0..customers)
            .map(|c| Customer::bare(&format!("C{c}")))
            .collect(),
        invoices: Vec::new(),
        payments: Vec::new(),
        customer_extras: Vec::new(),
        invoice_extras: Vec::new(),
        currencies: Vec::new(),
        as_of: NaiveDate::from_ymd_opt(2026, 9, 30).unwrap_or_default(),
    }
}

/// No change, a 2% discount, electronic billing, and a lever without evidence; four customers.
fn literal() -> (Vec<StrategyResult>, Vec<Vec<Gain>>) {
    let results = vec![
        result(StrategyName::NoChange, Evidence::Some),
        result(
            StrategyName::Discount { pct: 2.0, days: 10 },
            Evidence::Some,
        ),
        result(StrategyName::Electronic, Evidence::Some),
        result(
            StrategyName::ResolveDisputes,
            Evidence::None(vec![Message::new("dispute resolved")]),
        ),
    ];
    let gains = vec![
        vec![Gain::default(); 4],
        // The discount pays for customers 0 and 1, not for 2 and 3.
        vec![
            gain(50.0, 10.0),
            gain(30.0, 30.0),
            gain(-5.0, 20.0),
            gain(-1.0, 5.0),
        ],
        // Electronic billing costs nothing and pays a little for customer 1 and 2.
        vec![
            gain(-2.0, 0.0),
            gain(40.0, 0.0),
            gain(3.0, 0.0),
            gain(-0.5, 0.0),
        ],
        // No evidence: never chosen, however large.
        vec![gain(1000.0, 0.0); 4],
    ];
    (results, gains)
}

#[test]
fn the_best_per_customer_is_the_highest_net_value_and_no_change_when_nothing_pays() {
    let (results, gains) = literal();
    let amounts = vec![(1, 100.0); 4];
    let mut choices = best_per_customer(&results, &gains, &[0, 1, 2, 3], &amounts);
    // Highest net value first: customer 0 (50), 1 (40), 2 (3), 3 (nothing pays).
    assert_eq!(
        choices.iter().map(|c| c.customer).collect::<Vec<_>>(),
        vec![0, 1, 2, 3]
    );
    choices.sort_by_key(|c| c.customer);
    let best: Vec<usize> = choices.iter().map(|c| c.best).collect();
    assert_eq!(best, vec![1, 2, 2, 0]);
    // Customer 0: discount 50, then No change 0 (electronic −2).
    assert_eq!(choices[0].runner_up, 0);
    assert_eq!(choices[0].margin, 50.0);
    // Customer 1: electronic 40 over the discount's 30.
    assert_eq!(choices[1].runner_up, 1);
    assert_eq!(choices[1].runner_up_net, 30.0);
    assert_eq!(choices[1].margin, 10.0);
    // Customer 3: nothing pays; the runner-up is electronic at −0.5.
    assert_eq!(choices[3].runner_up, 2);
    assert_eq!(choices[3].margin, 0.5);
    assert_eq!(choices[3].gain, Gain::default());
}

#[test]
fn a_budget_picks_customers_by_net_value_per_unit_of_cost_until_it_is_spent() {
    let (results, gains) = literal();
    let amounts = vec![(1, 100.0); 4];
    let mut choices = best_per_customer(&results, &gains, &[0, 1, 2, 3], &amounts);
    // Make customer 2 a costly discount customer: 12 net for 12 cost (ratio 1).
    choices[2].best = 1;
    choices[2].gain = gain(12.0, 12.0);
    let t = tables(4);
    // No budget: everyone whose best is a strategy.
    let all = select(&choices, &t, None, 0.0, 1);
    assert_eq!(all.chosen, vec![true, true, true, false]);
    assert_eq!(all.totals.net_value, 50.0 + 40.0 + 12.0);
    assert_eq!(all.totals.discount_cost, 22.0);
    // Free first (customer 1), then ratio 5 (customer 0, cost 10), then ratio 1 (cost 12):
    // a budget of 15 takes customer 1 and 0, and 12 no longer fits.
    let some = select(&choices, &t, Some(15.0), 0.0, 1);
    assert_eq!(some.chosen, vec![true, true, false, false]);
    assert_eq!(some.totals.spent, 10.0);
    assert_eq!(some.totals.discount_cost, 10.0);
    assert_eq!(some.totals.net_value, 90.0);
    // A budget of 5 still takes the free one.
    let none = select(&choices, &t, Some(5.0), 0.0, 1);
    assert_eq!(none.chosen, vec![false, true, false, false]);
}

#[test]
fn the_holdout_is_a_stable_share_of_the_chosen_customers_without_the_offer() {
    let choices: Vec<CustomerChoice> = (0..40)
        .map(|c| CustomerChoice {
            customer: c,
            invoices: 1,
            amount: 100.0,
            best: 1,
            gain: gain(10.0, 1.0),
            runner_up: 0,
            runner_up_net: 0.0,
            margin: 10.0,
        })
        .collect();
    let t = tables(40);
    let a = select(&choices, &t, None, 0.1, 7);
    assert_eq!(a.totals.chosen, 40);
    assert_eq!(a.totals.held_out, 4);
    assert_eq!(a.holdout.iter().filter(|h| **h).count(), 4);
    // Held-out customers' cost is not spent and their value not gained.
    assert_eq!(a.totals.discount_cost, 36.0);
    assert_eq!(a.totals.net_value, 360.0);
    // The same seed holds out the same customers; another seed others.
    assert_eq!(select(&choices, &t, None, 0.1, 7).holdout, a.holdout);
    assert_ne!(select(&choices, &t, None, 0.1, 8).holdout, a.holdout);
    assert_eq!(select(&choices, &t, None, 0.0, 7).totals.held_out, 0);
    assert_eq!(select(&choices, &t, None, f64::NAN, 7).totals.held_out, 0);
}

#[test]
fn the_policies_cover_each_strategys_offered_customers() {
    let (results, gains) = literal();
    let amounts = vec![(1, 100.0); 4];
    let customers = vec![0, 1, 2, 3];
    let choices = best_per_customer(&results, &gains, &customers, &amounts);
    let comparison = Comparison {
        scope: StrategyScope::default(),
        as_of: NaiveDate::from_ymd_opt(2026, 9, 30).unwrap_or_default(),
        invoices: 4,
        amount: 400.0,
        results,
        best: Some(2),
        customers,
        gains,
        customer_amounts: amounts,
        choices,
        formula: Message::new("No change"),
        noise: Message::new("No change"),
    };
    let t = tables(4);
    let selection = select(&comparison.choices, &t, None, 0.0, 1);
    let from = comparison.as_of;
    let made = policies(&comparison, &selection, &t, from);
    assert_eq!(made.len(), 2);
    assert_eq!(made[0].filter.customers, vec!["C0".to_string()]);
    assert_eq!(
        made[1].filter.customers,
        vec!["C1".to_string(), "C2".to_string()]
    );
    assert!(
        made[0].name.contains("2% within 10 days"),
        "{}",
        made[0].name
    );
    let rows = choose::choice_rows(&comparison, &selection, &t);
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[3][4],
        crate::insights::export::Cell::Text("No change".into())
    );
    assert_eq!(
        rows[0][13],
        crate::insights::export::Cell::Text("yes".into())
    );
}

#[test]
fn a_grid_builds_discounts_from_to_step_times_days() {
    let g = grid(1.0, 2.0, 0.5, &[10, 15]);
    let names: Vec<String> = g.iter().map(|s| s.name.to_string()).collect();
    assert_eq!(
        names,
        vec![
            "Cash discount 1% within 10 days",
            "Cash discount 1% within 15 days",
            "Cash discount 1.5% within 10 days",
            "Cash discount 1.5% within 15 days",
            "Cash discount 2% within 10 days",
            "Cash discount 2% within 15 days",
        ]
    );
    assert_eq!(g[2].changes.discount_pct, Some(1.5));
    assert_eq!(g[3].changes.discount_days, Some(15));
    // Steps of 0.1 read as tenths; a grid never grows past its cap; nonsense gives nothing.
    assert_eq!(
        grid(0.1, 0.3, 0.1, &[10])
            .last()
            .and_then(|s| s.changes.discount_pct),
        Some(0.3)
    );
    assert_eq!(grid(0.1, 100.0, 0.1, &[10, 20]).len(), MAX_GRID);
    assert!(grid(2.0, 1.0, 0.5, &[10]).is_empty());
    assert!(grid(1.0, 2.0, 0.0, &[10]).is_empty());
    assert!(grid(1.0, f64::NAN, 0.5, &[10]).is_empty());
}

#[test]
fn the_noise_interval_holds_zero_only_when_the_customers_disagree() {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
    let draws: Vec<Vec<u32>> = (0..200)
        .map(|_| (0..10).map(|_| rng.gen_range(0..10u32)).collect())
        .collect();
    let (lo, hi) = interval(&[1.0; 10], &draws);
    assert_eq!((lo, hi), (10.0, 10.0));
    let split = [5.0, -5.0, 5.0, -5.0, 5.0, -5.0, 5.0, -5.0, 5.0, -4.0];
    let (lo, hi) = interval(&split, &draws);
    assert!(lo < 0.0 && hi > 0.0, "{lo} {hi}");
}
