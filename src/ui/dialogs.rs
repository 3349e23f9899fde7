//! The file dialogs: which files to import and where to save the predictions. The system's
//! dialog when it can open, else (or when the user asked for it on the Settings screen) the
//! app's own chooser. What the user chose reaches the app as a command.

use super::Screens;
use super::chooser::{self, Chooser, ChooserPurpose};
use crate::app::{AppState, Command, ExportFormat};
use crate::i18n::tr;

/// Did the system's file dialog return before anyone could have seen it? Nobody cancels a
/// dialog within a quarter of a second; a dialog that cannot open (Linux without an xdg
/// desktop portal) returns at once, looking like a cancel.
fn dialog_never_showed(started: std::time::Instant) -> bool {
    started.elapsed() < std::time::Duration::from_millis(250)
}

fn no_system_dialog_note() -> String {
    tr("The system's file dialog could not be opened, so the app's own file chooser is shown. To use it always, tick \"Use the app's own file chooser\" on the Settings screen.").to_string()
}

/// Opens the app's own file chooser for `purpose`.
fn open_chooser(
    state: &AppState,
    screens: &mut Screens,
    purpose: ChooserPurpose,
    note: Option<String>,
) {
    let folder = chooser::start_folder(state, purpose);
    screens.file_chooser = Some(Chooser::new(purpose, folder, note));
}

/// Answers [`Command::PickFiles`] and [`Command::Export`]: the command for the app once the
/// user chose (`None` when they cancelled, or when the app's own chooser opened and answers
/// later).
pub fn answer(
    ctx: &egui::Context,
    state: &AppState,
    screens: &mut Screens,
    command: &Command,
) -> Option<Command> {
    let purpose = match command {
        Command::PickFiles => ChooserPurpose::Import,
        Command::Export(format) => ChooserPurpose::Export(*format),
        Command::ExportChoice(format) => ChooserPurpose::ExportChoice(*format),
        _ => return None,
    };
    if state.settings.builtin_file_chooser {
        open_chooser(state, screens, purpose, None);
        return None;
    }
    let started = std::time::Instant::now();
    let picked = match purpose {
        ChooserPurpose::Import => rfd::FileDialog::new()
            .set_title(tr(
                "Choose customers, invoices and payments (or one invoice ledger)",
            ))
            .add_filter(tr("Tables (CSV, Excel)"), &chooser::TABLE_EXTENSIONS)
            .pick_files()
            .map(Command::ImportFiles),
        ChooserPurpose::Export(format) | ChooserPurpose::ExportChoice(format) => {
            let (name, ext) = chooser::export_name(purpose, format);
            let filter = match format {
                ExportFormat::Csv => tr("CSV"),
                ExportFormat::Xlsx => tr("Excel workbook"),
            };
            let title = purpose.save().map_or("", |(_, title)| title); // i18n: not text
            rfd::FileDialog::new()
                .set_title(title)
                .set_file_name(name)
                .add_filter(filter, &[ext])
                .save_file()
                .and_then(|path| purpose.save_to(path))
        }
    };
    ctx.request_repaint();
    if picked.is_none() && dialog_never_showed(started) {
        open_chooser(state, screens, purpose, Some(no_system_dialog_note()));
    }
    picked
}
