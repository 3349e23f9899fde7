//! `payment-insights`: the desktop app. Window options and start-up, nothing else.

// A release build on Windows opens no console window beside the app. Debug builds keep it, so
// `cargo run` still shows what the app prints.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> eframe::Result {
    let launched = std::time::Instant::now();
    // Files given on the command line (or dropped on the app's icon) are opened at start.
    let files: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Payment Insights")
        .with_app_id("payment-insights")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([1024.0, 640.0]);
    // The window and task-bar icon, compiled in. Were it ever unreadable, the window opens with
    // the platform's default icon rather than not at all.
    match eframe::icon_data::from_png_bytes(include_bytes!("../resources/icon.png")) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(error) => eprintln!("The app icon could not be read: {error}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Payment Insights",
        options,
        Box::new(|cc| {
            Ok(Box::new(payment_insights::ui::PaymentInsightsApp::new(
                &cc.egui_ctx,
                files,
                launched,
            )))
        }),
    )
}
