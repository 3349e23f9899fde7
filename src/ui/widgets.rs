//! Small shared pieces of the window: number formats, bucket colours, cards and probability bars.

pub use crate::data::format::{count, money, percent};
use crate::i18n::trf;

/// The colour of a bucket: green on time, amber late, red very late (two buckets: green, red).
pub fn bucket_color(bucket: usize, buckets: usize) -> egui::Color32 {
    match (bucket, buckets) {
        (0, _) => egui::Color32::from_rgb(46, 160, 90),
        (1, 2) => egui::Color32::from_rgb(210, 70, 60),
        (1, _) => egui::Color32::from_rgb(230, 160, 40),
        _ => egui::Color32::from_rgb(210, 70, 60),
    }
}

/// A small figure with its caption. Its text never wraps: in a row of cards that is too narrow,
/// the card moves to the next row whole (squeezed, it would wrap a character per line).
pub fn card_ui(ui: &mut egui::Ui, caption: &str, value: &str, color: Option<egui::Color32>) {
    let mut text = egui::RichText::new(value).strong().size(18.0);
    if let Some(c) = color {
        text = text.color(c);
    }
    let unwrapped = |ui: &egui::Ui, text: egui::RichText| {
        egui::WidgetText::from(text).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
    };
    let caption = unwrapped(ui, egui::RichText::new(caption).small().weak());
    let value = unwrapped(ui, text);
    // The group frame's margins and stroke on both sides.
    let width = caption.size().x.max(value.size().x) + 16.0;
    if ui.layout().main_wrap && ui.available_size_before_wrap().x < width {
        ui.end_row();
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.vertical(|ui| {
            ui.label(caption);
            ui.label(value);
        });
    });
}

/// A probability as a thin horizontal bar in the bucket's colour with the percentage beside it.
pub fn prob_bar_ui(ui: &mut egui::Ui, probability: f64, color: egui::Color32) {
    let width = 46.0;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 8.0), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
    let mut filled = rect;
    filled.set_width(width * probability.clamp(0.0, 1.0) as f32);
    painter.rect_filled(filled, 2.0, color);
    ui.label(percent(probability));
}

/// A labelled number field; the label names the control for screen readers. It shows and
/// reads numbers with the language's decimal mark (`2,5` in Swedish and Dutch; the English
/// `2.5` is read too).
pub fn labelled_drag<N: egui::emath::Numeric>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut N,
    drag: impl FnOnce(egui::DragValue<'_>) -> egui::DragValue<'_>,
) -> egui::Response {
    let id = ui.label(label).id;
    ui.add(localised(drag(egui::DragValue::new(value))))
        .labelled_by(id)
}

/// A share (0..=1) edited as a percentage with the language's sign: `drag` sets the range and
/// the speed in percent. The share changes only when the user changed the field.
pub fn percent_drag(
    ui: &mut egui::Ui,
    label: &str,
    share: &mut f64,
    drag: impl FnOnce(egui::DragValue<'_>) -> egui::DragValue<'_>,
) -> egui::Response {
    let mut percent = *share * 100.0;
    let response = labelled_drag(ui, label, &mut percent, |d| {
        drag(d).suffix(crate::data::format::percent_suffix())
    });
    if response.changed() {
        *share = percent / 100.0;
    }
    response
}

/// `drag` writing and reading numbers in the language's marks.
pub fn localised(drag: egui::DragValue<'_>) -> egui::DragValue<'_> {
    let language = crate::i18n::language();
    let mark = language.decimal_mark();
    drag.custom_formatter(move |n, decimals| {
        let text = egui::emath::format_with_decimals_in_range(n, decimals);
        if mark == '.' {
            text
        } else {
            text.replace('.', &mark.to_string())
        }
    })
    .custom_parser(move |text| crate::data::format::parse_number(language, text))
}

/// An axis amount in few characters, with the language's abbreviations: 750, 12k, 3.4M
/// (Swedish 12 tn, 3,4 mn; Dutch 12k, 3,4 mln).
pub fn short_money(value: f64) -> String {
    let a = value.abs();
    if a >= 1e6 {
        trf(
            "{millions}M",
            &[("millions", &crate::data::format::decimal(value / 1e6, 1))],
        )
    } else if a >= 1e3 {
        trf(
            "{thousands}k",
            &[("thousands", &format!("{:.0}", value / 1e3))],
        )
    } else {
        format!("{value:.0}")
    }
}

/// Grid lines for an axis of amounts, days or shares: about three labelled steps over the
/// visible range, each a round 1, 2 or 5 × 10ⁿ, so short charts still show their scale
/// (egui_plot's default steps are powers of ten, which leaves a 150-point-high chart with only
/// its zero labelled).
pub fn round_grid_spacer() -> Box<dyn Fn(egui_plot::GridInput) -> Vec<egui_plot::GridMark>> {
    egui_plot::uniform_grid_spacer(|input| {
        let span = (input.bounds.1 - input.bounds.0).abs().max(1e-9);
        let large = round_step(span / 3.0);
        [large / 10.0, large / 2.0, large]
    })
}

/// The smallest 1, 2 or 5 × 10ⁿ at least `raw`.
fn round_step(raw: f64) -> f64 {
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// A striped table whose cells are centred vertically: the look of every list in the window.
pub fn list_table<'a>(ui: &'a mut egui::Ui, id: &str) -> egui_extras::TableBuilder<'a> {
    egui_extras::TableBuilder::new(ui)
        .id_salt(id)
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
}

/// A table header of bold column titles.
pub fn header_titles(header: &mut egui_extras::TableRow<'_, '_>, titles: &[&str]) {
    for title in titles {
        header.col(|ui| {
            ui.strong(*title);
        });
    }
}

/// A customer id field with the customer's name beside it, or a warning when no customer has
/// the id typed.
pub fn customer_id_ui(ui: &mut egui::Ui, id: &mut String, tables: &crate::data::tables::Tables) {
    let label = ui.label(crate::i18n::tr("Customer id")).id;
    ui.add(
        egui::TextEdit::singleline(id)
            .hint_text(crate::i18n::tr("or open a customer on the Customer screen")),
    )
    .labelled_by(label);
    let wanted = id.trim();
    match tables.customers.iter().find(|c| c.id == wanted) {
        Some(c) => {
            ui.label(c.name.clone().unwrap_or_default());
        }
        None if !wanted.is_empty() => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                crate::i18n::tr("No customer has this id"),
            );
        }
        None => {}
    }
}

/// A sortable column's header: its name (with the direction when the table is sorted by it,
/// `sorted` = descending or not) as a button; true when clicked. Screen readers (and tests)
/// hear it as "Sort by …" with the sort direction.
pub fn sort_header_ui(ui: &mut egui::Ui, name: &str, sorted: Option<bool>) -> bool {
    use crate::i18n::{tr, trf};
    let text = match sorted {
        Some(true) => trf("{column} (desc)", &[("column", &name)]),
        Some(false) => trf("{column} (asc)", &[("column", &name)]),
        None => name.to_string(),
    };
    let button = ui
        .add(egui::Button::new(egui::RichText::new(text).strong()).frame(false))
        .on_hover_text(tr("Sort by this column; click again to reverse"));
    super::predictions::sort_header_access(ui, &button, name, sorted);
    button.clicked()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_steps_are_round() {
        assert_eq!(round_step(2_100_000.0), 5_000_000.0);
        assert_eq!(round_step(1_000.0), 1_000.0);
        assert_eq!(round_step(1_500.0), 2_000.0);
        assert_eq!(round_step(0.3), 0.5);
    }
}
