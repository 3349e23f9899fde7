//! Window benchmark (`cargo bench --bench window`, release build, no GPU needed): drives the real
//! app in an egui_kittest harness and measures
//! 1. on the sample data: the first frame after start (the bundled model loads, nothing is
//!    trained) and the time until the open invoices are scored;
//! 2. with the 1,000,000-invoice benchmark set loaded (generated into bench-data/ on first use):
//!    the CPU time of a frame of the Predictions screen, sorted by amount and filtered, as the
//!    median and 95th percentile of many frames, plus the one-off cost of re-sorting after a
//!    filter change; the frame that opens a customer (the ten with the most invoices) and the
//!    frame that changes the What-if form's scope;
//! 3. a stress test of the table itself at 1,000,000 rows: the benchmark set's open invoices
//!    repeated until there are a million predictions (the set has about 50,000 open invoices).
//!
//! A frame here is egui's layout and our screen code (what runs on the UI thread each frame);
//! painting on the GPU is not included.

#![allow(clippy::expect_used)] // a benchmark: no temporary folder, no measurement

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use payment_insights::app::{AppOptions, Command, Screen};
use payment_insights::data::generate::{GenParams, generate, write_csv};
use payment_insights::ui::PaymentInsightsApp;
use payment_insights::ui::predictions::SortColumn;
use payment_insights::ui::what_if::ScopeChoice;

type App = Harness<'static, PaymentInsightsApp>;

fn harness(options: AppOptions) -> App {
    let options = AppOptions {
        locale: Some("en-US".to_string()),
        ..options
    };
    Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_eframe(move |cc| PaymentInsightsApp::with_options(&cc.egui_ctx, options))
}

/// Steps until no job runs (or `limit` passes).
fn wait(app: &mut App, limit: Duration) {
    let started = Instant::now();
    app.step();
    app.step();
    while app.state().is_busy() && started.elapsed() < limit {
        app.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    if !app.state().app.state.errors.is_empty() {
        let error = app.state().app.state.errors.text();
        eprintln!("note: the app shows an error: {error}");
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn percentile(values: &mut [f64], p: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    values[((values.len() - 1) as f64 * p).round() as usize]
}

/// Times `frames` frames; returns the milliseconds of each.
fn frame_times(app: &mut App, frames: usize) -> Vec<f64> {
    (0..frames)
        .map(|_| {
            let t = Instant::now();
            app.step();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect()
}

fn bench_files(dir: &Path) -> Vec<PathBuf> {
    let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
        .iter()
        .map(|f| dir.join(f))
        .collect();
    if !files.iter().all(|f| f.exists()) {
        eprintln!("Generating the benchmark set into {} …", dir.display());
        if let Err(e) = write_csv(&generate(&GenParams::benchmark()), dir) {
            eprintln!("cannot write the benchmark set: {e}");
            std::process::exit(1);
        }
    }
    files
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this file without it, and
    // a benchmark that takes minutes has no place in the tests.
    if !std::env::args().any(|a| a == "--bench") {
        println!("window benchmark: run it with `cargo bench --bench window`");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let runs = 5;

    startup(runs);
    let mut app = benchmark_set(root);
    let targets = customers(&mut app);
    what_if_form(&mut app, &targets);
    strategies_screen(&mut app);
    million_rows(&mut app);
}

/// The Strategies screen on the benchmark set: the ready-made candidates compared on every
/// open invoice (a job), then the screen's frames with the comparison, its frontier and the
/// best strategy of every customer in scope on it.
fn strategies_screen(app: &mut App) {
    app.state_mut().push(Command::Show(Screen::Strategies));
    app.step();
    let strategies = match app.state().app.state.data() {
        Some(data) => payment_insights::insights::strategy::ready_made(data.tables()),
        None => return,
    };
    let started = Instant::now();
    app.state_mut().push(Command::RunStrategies {
        scope: Default::default(),
        strategies,
    });
    wait(app, Duration::from_secs(600));
    let job = started.elapsed().as_secs_f64();
    let customers = app
        .state()
        .app
        .state
        .strategy_result
        .as_ref()
        .map_or(0, |r| r.customers.len());
    let mut times = frame_times(app, 120);
    println!(
        "strategies: {customers} customers compared in {job:.2} s (a job); the screen's frames then median {:.2} ms, p95 {:.2} ms, worst {:.2} ms",
        median(&mut times),
        percentile(&mut times, 0.95),
        times.iter().copied().fold(0.0, f64::max)
    );
    app.state_mut().push(Command::Show(Screen::Predictions));
    app.step();
}

/// Part 1: start-up on the sample data, as a user with no data of their own sees it.
fn startup(runs: usize) {
    let mut first = Vec::new();
    let mut ready = Vec::new();
    for _ in 0..runs {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let started = Instant::now();
        let mut app = harness(AppOptions {
            data_dir: Some(dir.path().to_path_buf()),
            ..AppOptions::default()
        });
        app.step();
        first.push(started.elapsed().as_secs_f64() * 1e3);
        wait(&mut app, Duration::from_secs(120));
        assert!(app.state().app.state.scored().is_some(), "no predictions");
        ready.push(started.elapsed().as_secs_f64() * 1e3);
    }
    println!(
        "sample data: first frame {:.0} ms, predictions shown after {:.0} ms (median of {runs})",
        median(&mut first),
        median(&mut ready)
    );
}

/// Part 2: the predictions screen with the 1M-invoice set: the frame that filters and sorts, then
/// frames standing still and scrolling.
fn benchmark_set(root: &Path) -> App {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let files = bench_files(&root.join("bench-data"));
    let started = Instant::now();
    let mut app = harness(AppOptions {
        data_dir: Some(dir.path().to_path_buf()),
        files,
        ..AppOptions::default()
    });
    wait(&mut app, Duration::from_secs(900));
    let open = app
        .state()
        .app
        .state
        .scored()
        .map_or(0, |s| s.scored.predictions.len());
    println!(
        "benchmark set: imported, first model trained and published, {open} open invoices scored in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    app.state_mut().push(Command::Show(Screen::Predictions));
    {
        let view = &mut app.state_mut().screens.predictions;
        view.sort = SortColumn::Amount;
        view.descending = true;
        view.filter.min_amount = 1_000.0;
    }
    let t = Instant::now();
    app.step();
    let resort = t.elapsed().as_secs_f64() * 1e3;
    frame_times(&mut app, 20); // warm up
    let mut times = frame_times(&mut app, 300);
    let shown = app.state_mut().screens.predictions.shown_rows();
    println!(
        "predictions screen, {shown} of {open} rows (amount ≥ 1,000, sorted by amount): frame median {:.2} ms, p95 {:.2} ms, max {:.2} ms; the frame that filtered and sorted: {resort:.0} ms",
        median(&mut times),
        percentile(&mut times, 0.95),
        percentile(&mut times, 1.0),
    );
    // Scrolling: the same, with the table scrolled through.
    let mut scrolling = Vec::new();
    app.hover_at(egui::pos2(800.0, 700.0));
    for _ in 0..100 {
        app.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Line,
            delta: egui::vec2(0.0, -20.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
        });
        let t = Instant::now();
        app.step();
        scrolling.push(t.elapsed().as_secs_f64() * 1e3);
    }
    println!(
        "while scrolling: frame median {:.2} ms, p95 {:.2} ms",
        median(&mut scrolling),
        percentile(&mut scrolling, 0.95)
    );
    app
}

/// Opening a customer works out its status, history and the top factors of an open invoice on
/// the UI thread: the ten customers with the most invoices, each from the Predictions screen,
/// with an invoice not yet due (so its factors are worked out, not certain).
fn customers(app: &mut App) -> Vec<(u32, u32, usize)> {
    let targets: Vec<(u32, u32, usize)> = app
        .state()
        .app
        .state
        .scored()
        .zip(app.state().app.state.data())
        .map(|(s, data)| {
            let tables = &data.imported.tables;
            let mut targets: Vec<(u32, u32, usize)> = s
                .scored
                .predictions
                .iter()
                .filter_map(|p| {
                    let inv = tables.invoices.get(p.invoice as usize)?;
                    let invoices = data.index.invoices_of(inv.customer).len();
                    (inv.due_date >= tables.as_of).then_some((inv.customer, p.invoice, invoices))
                })
                .collect();
            targets.sort_by_key(|t| (std::cmp::Reverse(t.2), t.0));
            targets.dedup_by_key(|t| t.0);
            targets.truncate(10);
            targets
        })
        .unwrap_or_default();
    if !targets.is_empty() {
        let mut opening = Vec::new();
        for &(customer, invoice, _) in &targets {
            app.state_mut().push(Command::OpenCustomer {
                customer,
                invoice: Some(invoice),
            });
            let t = Instant::now();
            app.step();
            opening.push(t.elapsed().as_secs_f64() * 1e3);
            app.state_mut().push(Command::Show(Screen::Predictions));
            app.step();
        }
        let invoices: Vec<usize> = targets.iter().map(|t| t.2).collect();
        println!(
            "opening a customer ({}–{} invoices) with the top factors of an invoice: frame median {:.1} ms, max {:.1} ms ({} customers)",
            invoices.iter().min().unwrap_or(&0),
            invoices.iter().max().unwrap_or(&0),
            median(&mut opening.clone()),
            opening.iter().copied().fold(0.0, f64::max),
            opening.len(),
        );
        app.state_mut().push(Command::Show(Screen::Customer));
        app.step();
        let mut times = frame_times(app, 60);
        println!(
            "customer screen after that: frame median {:.2} ms, p95 {:.2} ms",
            median(&mut times),
            percentile(&mut times, 0.95)
        );
        app.state_mut().push(Command::Show(Screen::Predictions));
        app.step();
    }
    targets
}

/// The What-if form shows what its scope has now, worked out on the UI thread when the scope
/// changes: once for a customer (as after "What-if for this customer…") and once for an
/// invoice, each the first frame after the change.
fn what_if_form(app: &mut App, targets: &[(u32, u32, usize)]) {
    let ids = app.state().app.state.data().and_then(|d| {
        let tables = &d.imported.tables;
        let (customer, invoice, _) = targets.first()?;
        Some((
            tables.customers.get(*customer as usize)?.id.clone(),
            tables.invoices.get(*invoice as usize)?.id.clone(),
        ))
    });
    if let Some((customer_id, invoice_id)) = ids {
        app.state_mut().push(Command::Show(Screen::WhatIf));
        let timed = |app: &mut App, scope: ScopeChoice| {
            let form = &mut app.state_mut().screens.what_if;
            form.scope = scope;
            form.customer_id = customer_id.clone();
            form.invoice_id = invoice_id.clone();
            let t = Instant::now();
            app.step();
            t.elapsed().as_secs_f64() * 1e3
        };
        let customer = timed(app, ScopeChoice::Customer);
        let invoice = timed(app, ScopeChoice::Invoice);
        let mut times = frame_times(app, 60);
        println!(
            "what-if form: the frame that changed the scope to a customer {customer:.1} ms, to an invoice {invoice:.1} ms; after that frame median {:.2} ms",
            median(&mut times)
        );
        app.state_mut().push(Command::Show(Screen::Predictions));
        app.step();
    }
}

/// Part 3: the table at a million rows.
fn million_rows(app: &mut App) {
    let Some(output) = app.state().app.state.scored().cloned() else {
        return;
    };
    let million = output.repeated(1_000_000);
    {
        let state = &mut app.state_mut().app.state;
        state.analysis.as_mut().expect("data").scored = Some(std::sync::Arc::new(million));
        state.scored_generation += 1;
    }
    // From `BACKGROUND_MIN_ROWS` rows on, the order is worked out on a thread: the slowest
    // frame until the table shows the new order, and how long that takes.
    let order = |app: &mut App| -> (f64, f64) {
        let t = Instant::now();
        let mut slowest: f64 = 0.0;
        loop {
            let f = Instant::now();
            app.step();
            slowest = slowest.max(f.elapsed().as_secs_f64() * 1e3);
            let window = app.state();
            if window
                .screens
                .predictions
                .is_current(window.app.state.scored_generation)
                || t.elapsed() > Duration::from_secs(30)
            {
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        (slowest, t.elapsed().as_secs_f64() * 1e3)
    };
    let (resort_slowest, resort) = order(app);
    frame_times(app, 20);
    let mut times = frame_times(app, 300);
    let shown = app.state_mut().screens.predictions.shown_rows();
    app.state_mut().screens.predictions.filter.customer_text = "c001".to_string();
    let (refilter_slowest, refilter) = order(app);
    println!(
        "stress, 1,000,000 rows ({shown} shown): frame median {:.2} ms, p95 {:.2} ms",
        median(&mut times),
        percentile(&mut times, 0.95),
    );
    println!(
        "  new predictions: sorted rows shown after {resort:.0} ms, slowest frame meanwhile {resort_slowest:.1} ms; typing a customer filter: after {refilter:.0} ms, slowest frame {refilter_slowest:.1} ms"
    );
}
