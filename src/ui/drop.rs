//! Dropping files on the window: a hint while files hover over it (the drop itself becomes an
//! import command in the app's frame logic).

use crate::i18n::tr;

/// Dims the window and says what happens while files are dragged over it.
pub fn drop_hint_ui(ui: &mut egui::Ui) {
    let hovering = ui.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let rect = ui.ctx().content_rect();
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_hint"),
    ));
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(170));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        tr("Drop CSV or Excel files to import them: customers, invoices and payments, or one invoice ledger"),
        egui::FontId::proportional(20.0),
        egui::Color32::WHITE,
    );
}
