//! The generator's tests: determinism, exact CSV shape, invariants and plausible statistics.

use super::*;
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;
use std::collections::HashSet;
use std::error::Error;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Instant;

type TestResult = Result<(), Box<dyn Error>>;

fn small(seed: u64) -> GenParams {
    GenParams {
        seed,
        customers: 40,
        invoices: 3_000,
        start: ymd(2024, 1, 1),
        as_of: ymd(2025, 3, 31),
    }
}

fn medium() -> GenParams {
    GenParams {
        seed: 7,
        customers: 150,
        invoices: 24_000,
        ..GenParams::sample()
    }
}

/// A fresh, empty folder under the system temp dir, unique per test and process.
fn scratch_dir(label: &str) -> io::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "payment-insights-gen-{}-{label}",
        std::process::id()
    ));
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    Ok(dir)
}

fn read_all(paths: &[PathBuf]) -> io::Result<Vec<Vec<u8>>> {
    paths.iter().map(fs::read).collect()
}

fn shares_over(invoices: &[&GenInvoice]) -> [f64; 3] {
    let mut counts = [0usize; 3];
    for inv in invoices {
        counts[inv.bucket.index()] += 1;
    }
    counts.map(|c| c as f64 / invoices.len().max(1) as f64)
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    sum / n.max(1) as f64
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() -> TestResult {
    let dir_a = scratch_dir("det-a")?;
    let dir_b = scratch_dir("det-b")?;
    let dir_c = scratch_dir("det-c")?;
    let paths_a = write_csv(&generate(&small(11)), &dir_a)?;
    let paths_b = write_csv(&generate(&small(11)), &dir_b)?;
    let paths_c = write_csv(&generate(&small(12)), &dir_c)?;
    let names: Vec<_> = paths_a.iter().filter_map(|p| p.file_name()).collect();
    assert_eq!(
        names,
        ["customers.csv", "invoices.csv", "payments.csv", "truth.csv"]
    );
    let (a, b, c) = (
        read_all(&paths_a)?,
        read_all(&paths_b)?,
        read_all(&paths_c)?,
    );
    assert_eq!(a, b, "same seed must give identical files");
    for (file_a, file_c) in a.iter().zip(&c) {
        assert_ne!(file_a, file_c, "another seed must give other bytes");
    }
    for dir in [dir_a, dir_b, dir_c] {
        fs::remove_dir_all(dir)?;
    }
    Ok(())
}

#[test]
fn csv_shape_is_exact() -> TestResult {
    let data = generate(&small(3));
    let dir = scratch_dir("shape")?;
    let paths = write_csv(&data, &dir)?;
    let headers = [
        "customer_id,name,group,country,credit_limit,payment_terms_days,paperless_since",
        "invoice_id,customer_id,invoice_date,due_date,amount,currency,discount_pct,discount_days,disputed,delivery,reminder_date,channel",
        "invoice_id,payment_date,amount",
        "invoice_id,p_on_time,p_late,p_very_late,days_late",
    ];
    let rows = [
        data.customers.len(),
        data.invoices.len(),
        data.payments.len(),
        data.invoices.len(),
    ];
    for ((path, header), row_count) in paths.iter().zip(headers).zip(rows) {
        let text = fs::read_to_string(path)?;
        assert!(!text.starts_with('\u{feff}'), "no BOM");
        assert!(!text.contains('\r'), "LF line ends only");
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some(header));
        let columns = header.split(',').count();
        let mut n = 0;
        for line in lines {
            assert_eq!(line.split(',').count(), columns, "{path:?}: {line}");
            n += 1;
        }
        assert_eq!(n, row_count, "{path:?}");
    }
    let invoices = fs::read_to_string(&paths[1])?;
    let first = invoices.lines().nth(1).ok_or("no invoice row")?;
    assert!(first.starts_with("INV-0000001,C000"), "{first}");
    assert!(first.contains(",EUR,"), "{first}");
    fs::remove_dir_all(dir)?;
    Ok(())
}

#[test]
fn invariants_hold() {
    let params = medium();
    let data = generate(&params);
    assert_eq!(data.invoices.len(), params.invoices);
    assert_eq!(data.customers.len(), params.customers);

    let mut paid: HashMap<usize, (i64, usize)> = HashMap::new();
    for p in &data.payments {
        let inv = &data.invoices[p.invoice];
        assert!(p.payment_date >= inv.invoice_date, "{p:?} before {inv:?}");
        assert!(p.payment_date <= data.as_of, "{p:?} after as_of");
        assert!(p.amount_cents > 0);
        let entry = paid.entry(p.invoice).or_default();
        entry.0 += p.amount_cents;
        entry.1 += 1;
    }

    let mut partial_settled = 0;
    let mut partial_open = 0;
    let mut settled = 0;
    for (i, inv) in data.invoices.iter().enumerate() {
        assert_eq!(inv.number as usize, i + 1);
        assert!(inv.due_date >= inv.invoice_date);
        assert!(inv.invoice_date >= params.start && inv.invoice_date <= data.as_of);
        assert!(TERMS_DAYS.contains(&inv.terms_days));
        assert!(inv.amount_cents > 0);
        let sum: f64 = inv.probabilities().iter().sum();
        assert!((sum - 1.0).abs() < 1e-9, "{inv:?}");
        let rounded: f64 = inv
            .probabilities()
            .iter()
            .map(|p| (p * 10_000.0).round() / 10_000.0)
            .sum();
        assert!((rounded - 1.0).abs() <= 0.0002 + 1e-12);
        if let Some(d) = inv.discount {
            assert!(d.days < inv.terms_days && (1..=3).contains(&d.pct));
        }
        match inv.days_late {
            Some(days) => {
                assert_eq!(Bucket::of_days_late(days), inv.bucket);
                assert!(days >= -i32::from(inv.terms_days) && days <= VERY_LATE_MAX_DAYS);
            }
            None => assert_eq!(inv.probabilities(), [0.0, 0.0, 1.0]),
        }
        let (sum_cents, count) = paid.get(&i).copied().unwrap_or_default();
        if inv.is_open_at(data.as_of) {
            assert!(sum_cents < inv.amount_cents, "{inv:?}");
            if count > 0 {
                partial_open += 1;
            }
        } else {
            settled += 1;
            assert_eq!(sum_cents, inv.amount_cents, "{inv:?}");
            let last = data
                .payments
                .iter()
                .filter(|p| p.invoice == i)
                .map(|p| p.payment_date)
                .max();
            assert_eq!(last, inv.settled_on);
            if count > 1 {
                partial_settled += 1;
            }
        }
    }
    let partial_share = partial_settled as f64 / settled as f64;
    assert!(
        (0.03..0.09).contains(&partial_share),
        "partial share {partial_share}"
    );
    assert!(partial_open > 0, "some open invoices are partly paid");

    // Money arrives on bank days, invoices are mostly issued on business days.
    let weekend = |d: NaiveDate| d.weekday().num_days_from_monday() >= 5;
    let weekend_payments = data.payments.iter().filter(|p| weekend(p.payment_date));
    assert!(weekend_payments.count() * 100 < data.payments.len());
    let weekend_invoices = data.invoices.iter().filter(|i| weekend(i.invoice_date));
    assert!(weekend_invoices.count() * 20 < data.invoices.len());

    // Electronic delivery follows the customer's switch date.
    for inv in &data.invoices {
        let since = data.customers[inv.customer].paperless_since;
        assert_eq!(inv.electronic, since.is_some_and(|s| inv.invoice_date >= s));
    }
}

#[test]
fn bad_customers_stop_paying_and_stop_getting_invoices() {
    let data = generate(&medium());
    let bad: Vec<_> = (0..data.customers.len())
        .filter(|&c| data.customers[c].goes_bad_on.is_some())
        .collect();
    assert_eq!(bad.len(), 3, "2 % of 150");
    for c in bad {
        let Some(bad_on) = data.customers[c].goes_bad_on else {
            continue;
        };
        let theirs: Vec<_> = data.invoices.iter().filter(|i| i.customer == c).collect();
        for inv in &theirs {
            assert!((inv.invoice_date - bad_on).num_days() <= 90);
            if inv.invoice_date >= bad_on {
                assert_eq!(inv.days_late, None);
                assert!(inv.is_open_at(data.as_of));
                assert!(inv.p_very_late > 0.99);
            }
        }
        assert!(theirs.iter().any(|i| i.invoice_date < bad_on));
    }
    let never_paid: Vec<usize> = data
        .invoices
        .iter()
        .enumerate()
        .filter(|(_, i)| i.days_late.is_none())
        .map(|(n, _)| n)
        .collect();
    assert!(!never_paid.is_empty());
    assert!(
        data.payments
            .iter()
            .all(|p| never_paid.binary_search(&p.invoice).is_err())
    );
}

#[test]
fn bucket_shares_are_plausible() {
    let data = generate(&medium());
    let shares = data.bucket_shares();
    assert!((0.55..=0.65).contains(&shares[0]), "{shares:?}");
    assert!((0.25..=0.35).contains(&shares[1]), "{shares:?}");
    assert!((0.08..=0.15).contains(&shares[2]), "{shares:?}");
}

#[test]
fn discounts_raise_and_disputes_lower_punctuality() {
    let data = generate(&medium());
    // Compare within paying invoices; never-paid ones carry no drivers.
    let paying: Vec<_> = data
        .invoices
        .iter()
        .filter(|i| i.days_late.is_some())
        .collect();
    let with = mean(
        paying
            .iter()
            .filter(|i| i.discount.is_some() && !i.disputed)
            .map(|i| i.p_on_time),
    );
    let without = mean(
        paying
            .iter()
            .filter(|i| i.discount.is_none() && !i.disputed)
            .map(|i| i.p_on_time),
    );
    assert!(with > without + 0.1, "discount {with} vs none {without}");

    let disputed = mean(paying.iter().filter(|i| i.disputed).map(|i| i.p_very_late));
    let undisputed = mean(paying.iter().filter(|i| !i.disputed).map(|i| i.p_very_late));
    assert!(
        disputed > undisputed + 0.2,
        "disputed {disputed} vs {undisputed}"
    );

    // The realised outcomes follow the probabilities.
    let disputed_invoices: Vec<_> = paying.iter().copied().filter(|i| i.disputed).collect();
    assert!(shares_over(&disputed_invoices)[2] > 0.3);
}

#[test]
fn reminders_go_out_before_due_to_unpaid_invoices_and_help_modestly() {
    let data = generate(&medium());
    let mut reminded = 0;
    for inv in &data.invoices {
        let Some(r) = inv.reminder_date else {
            continue;
        };
        reminded += 1;
        assert!(inv.invoice_date < r && r < inv.due_date, "{inv:?}");
        assert!(r <= data.as_of, "{inv:?}");
        assert!(inv.settled_on.is_none_or(|s| s > r), "{inv:?}");
        assert!((1..=14).contains(&(inv.due_date - r).num_days()), "{inv:?}");
    }
    let share = reminded as f64 / data.invoices.len() as f64;
    assert!(
        (0.15..0.45).contains(&share),
        "{share} of invoices reminded"
    );
    // The customers on a reminder run are as punctual by habit as the others.
    let base = Drivers {
        habit: 0.0,
        terms_days: 30,
        discount_pct: None,
        disputed: false,
        log_size_ratio: 0.0,
        quarter_end: false,
        year_end: false,
        electronic: false,
        group: Segment::Retail,
        reminded: false,
    };
    let without = bucket_probabilities(&base);
    let with = bucket_probabilities(&Drivers {
        reminded: true,
        ..base
    });
    let gain = with[0] - without[0];
    assert!((0.06..0.13).contains(&gain), "{without:?} → {with:?}");
    // Odds of on time against each other bucket up by exactly the effect.
    for k in 1..3 {
        let lift = (with[0] / with[k]).ln() - (without[0] / without[k]).ln();
        assert!((lift - REMINDER_EFFECT).abs() < 1e-12);
    }
}

#[test]
fn bigger_discount_raises_on_time_probability() {
    let base = Drivers {
        habit: 0.3,
        terms_days: 30,
        discount_pct: None,
        disputed: false,
        log_size_ratio: 0.0,
        quarter_end: false,
        year_end: false,
        electronic: true,
        group: Segment::Wholesale,
        reminded: false,
    };
    let mut last = bucket_probabilities(&base)[0];
    for pct in 1..=3 {
        let p = bucket_probabilities(&Drivers {
            discount_pct: Some(pct),
            ..base
        });
        assert!(p[0] > last + 0.03, "{pct}%: {p:?}");
        last = p[0];
    }
    // Other drivers point the documented way.
    let p0 = bucket_probabilities(&base);
    let later = [
        Drivers {
            disputed: true,
            ..base
        },
        Drivers {
            log_size_ratio: 1.0,
            ..base
        },
        Drivers {
            quarter_end: true,
            ..base
        },
        Drivers {
            electronic: false,
            ..base
        },
        Drivers {
            terms_days: 14,
            ..base
        },
        Drivers { habit: 1.0, ..base },
    ];
    for d in later {
        assert!(bucket_probabilities(&d)[0] < p0[0], "{d:?}");
    }
}

#[test]
fn names_are_plausible_and_unique() {
    let data = generate(&GenParams {
        customers: 600,
        invoices: 100,
        ..small(5)
    });
    let mut seen = HashSet::new();
    for c in &data.customers {
        assert!(!c.name.contains(',') && !c.name.is_empty(), "{}", c.name);
        assert!(seen.insert(c.name.as_str()), "duplicate {}", c.name);
        assert_eq!(c.country.len(), 2);
        assert!(c.credit_limit_cents % 100_000 == 0 && c.credit_limit_cents >= 500_000);
    }
    assert_eq!(data.customers[41].customer_id, "C00042");
}

#[test]
fn degenerate_params_do_not_panic() {
    let none = generate(&GenParams {
        customers: 0,
        ..small(1)
    });
    assert!(none.invoices.is_empty() && none.payments.is_empty());
    let one_day = generate(&GenParams {
        customers: 3,
        invoices: 20,
        start: ymd(2025, 1, 4),
        as_of: ymd(2025, 1, 4),
        seed: 1,
    });
    assert_eq!(one_day.invoices.len(), 20);
}

/// Writes the committed sample set to /tmp/sample and prints its statistics.
/// Run with `cargo test --lib data::generate -- --ignored --nocapture sample_set`.
#[test]
#[ignore = "writes /tmp/sample; run by hand"]
fn sample_set_statistics() -> TestResult {
    let started = Instant::now();
    let data = generate(&GenParams::sample());
    let dir = Path::new("/tmp/sample");
    let paths = write_csv(&data, dir)?;
    println!("generated and written in {:?}", started.elapsed());
    for path in &paths {
        println!("{:>10} {}", fs::metadata(path)?.len(), path.display());
    }
    let settled: Vec<_> = data
        .invoices
        .iter()
        .filter(|i| !i.is_open_at(data.as_of))
        .collect();
    println!("bucket shares (all drawn): {:?}", data.bucket_shares());
    println!(
        "bucket shares (settled by as_of): {:?}",
        shares_over(&settled)
    );
    println!("open at as_of: {}", data.open_count());
    println!(
        "never paid: {}",
        data.invoices
            .iter()
            .filter(|i| i.days_late.is_none())
            .count()
    );
    println!("payments: {}", data.payments.len());
    // How much the drivers explain: oracle log loss against the base rate on settled invoices.
    let base = shares_over(&settled);
    let oracle = mean(
        settled
            .iter()
            .map(|i| -i.probabilities()[i.bucket.index()].ln()),
    );
    let constant = mean(settled.iter().map(|i| -base[i.bucket.index()].ln()));
    println!("log loss: oracle {oracle:.4}, base rate {constant:.4}");
    let open: Vec<_> = data
        .invoices
        .iter()
        .filter(|i| i.is_open_at(data.as_of))
        .collect();
    let not_due = open.iter().filter(|i| i.due_date >= data.as_of).count();
    println!(
        "open: not yet due {not_due}, overdue by bucket {:?}",
        shares_over(&open).map(|s| (s * open.len() as f64).round())
    );
    for c in data.customers.iter().take(12) {
        println!(
            "{} | {} | {} | {}",
            c.customer_id,
            c.name,
            c.group.label(),
            c.country
        );
    }
    Ok(())
}

/// Times the benchmark set (debug builds are far slower than release).
#[test]
#[ignore = "slow; run by hand"]
fn benchmark_set_timing() -> TestResult {
    let started = Instant::now();
    let data = generate(&GenParams::benchmark());
    let generated = started.elapsed();
    let dir = scratch_dir("bench")?;
    write_csv(&data, &dir)?;
    println!(
        "generate {generated:?}, total {:?}, payments {}, open {}",
        started.elapsed(),
        data.payments.len(),
        data.open_count()
    );
    fs::remove_dir_all(dir)?;
    Ok(())
}
