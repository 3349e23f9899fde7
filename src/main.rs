//! `payment-insights`: the desktop app. Window options and start-up, nothing else.

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Payment Insights")
            .with_app_id("payment-insights")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Payment Insights",
        options,
        Box::new(|cc| {
            Ok(Box::new(payment_insights::app::PaymentInsightsApp::new(
                &cc.egui_ctx,
            )))
        }),
    )
}
