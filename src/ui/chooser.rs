//! The app's own file chooser (egui_file), used when the system's file dialog cannot open
//! (Linux without an xdg desktop portal) or when the user prefers it (Settings). Choosing files
//! never silently does nothing: either a dialog shows or the app says why not.

use super::Screens;
use crate::app::{AppState, Command, ExportFormat};
use crate::i18n::tr;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// What the chosen files are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChooserPurpose {
    Import,
    Export(ExportFormat),
    /// The per-customer choice of strategies.
    ExportChoice(ExportFormat),
}

impl ChooserPurpose {
    /// For a save: the format and the chooser's title.
    pub fn save(self) -> Option<(ExportFormat, &'static str)> {
        match self {
            ChooserPurpose::Import => None,
            ChooserPurpose::Export(format) => Some((format, tr("Save the predictions"))),
            ChooserPurpose::ExportChoice(format) => Some((format, tr("Save the strategy choice"))),
        }
    }

    /// The command that writes to `path`.
    pub fn save_to(self, path: PathBuf) -> Option<Command> {
        match self {
            ChooserPurpose::Import => None,
            ChooserPurpose::Export(_) => Some(Command::ExportTo(path)),
            ChooserPurpose::ExportChoice(_) => Some(Command::ExportChoiceTo(path)),
        }
    }
}

/// An open built-in chooser.
pub struct Chooser {
    pub purpose: ChooserPurpose,
    dialog: egui_file::FileDialog,
    /// Why the built-in chooser is shown instead of the system's dialog, if it is not the
    /// user's own setting.
    pub note: Option<String>,
}

impl std::fmt::Debug for Chooser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Chooser")
            .field("purpose", &self.purpose)
            .field("note", &self.note)
            .finish()
    }
}

/// File extensions the importer reads.
pub const TABLE_EXTENSIONS: [&str; 7] = ["csv", "txt", "tsv", "xlsx", "xls", "xlsm", "ods"];

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(OsStr::to_str)
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

impl Chooser {
    /// A chooser for `purpose`, starting in `folder`.
    pub fn new(purpose: ChooserPurpose, folder: PathBuf, note: Option<String>) -> Chooser {
        let dialog = match purpose.save() {
            None => egui_file::FileDialog::open_file()
                .title(tr(
                    "Choose customers, invoices and payments (or one invoice ledger)",
                ))
                .multi_select(true)
                .show_files_filter(Box::new(|p: &Path| has_extension(p, &TABLE_EXTENSIONS))),
            Some((format, title)) => {
                let (name, ext) = export_name(purpose, format);
                egui_file::FileDialog::save_file()
                    .title(title)
                    .default_filename(name)
                    .show_files_filter(Box::new(move |p: &Path| has_extension(p, &[ext])))
            }
        };
        let mut dialog = dialog
            .id(egui::Id::unique("builtin_file_chooser"))
            .initial_path(folder)
            .open_button_text(tr("Open the chosen files").to_string().into())
            .save_button_text(tr("Save").to_string().into())
            .cancel_button_text(tr("Cancel").to_string().into())
            .new_folder_button_text(tr("New folder").to_string().into())
            .new_folder_name_text(tr("New folder").to_string().into())
            .rename_button_text(tr("Rename").to_string().into())
            .refresh_button_hover_text(tr("Refresh").to_string().into())
            .parent_folder_button_hover_text(tr("Parent folder").to_string().into())
            .file_label_text(tr("File:").to_string().into())
            .show_hidden_checkbox_text(tr("Show hidden files").to_string().into())
            .default_size(egui::vec2(640.0, 440.0))
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .keep_on_top(true);
        dialog.open();
        Chooser {
            purpose,
            dialog,
            note,
        }
    }
}

/// The suggested file name and extension of an export.
pub fn export_name(purpose: ChooserPurpose, format: ExportFormat) -> (&'static str, &'static str) {
    let choice = matches!(purpose, ChooserPurpose::ExportChoice(_));
    match (format, choice) {
        (ExportFormat::Csv, false) => ("predictions.csv", "csv"),
        (ExportFormat::Xlsx, false) => ("predictions.xlsx", "xlsx"),
        (ExportFormat::Csv, true) => ("strategy-choice.csv", "csv"),
        (ExportFormat::Xlsx, true) => ("strategy-choice.xlsx", "xlsx"),
    }
}

/// The folder a chooser starts in: for an import the folder of the files imported last, for
/// an export the folder of the last export; else the Documents folder, else the home folder.
pub fn start_folder(state: &AppState, purpose: ChooserPurpose) -> PathBuf {
    let remembered = match purpose {
        ChooserPurpose::Import => state
            .settings
            .last_files
            .first()
            .and_then(|f| f.parent())
            .map(Path::to_path_buf),
        ChooserPurpose::Export(_) | ChooserPurpose::ExportChoice(_) => {
            state.settings.last_export_dir.clone()
        }
    };
    remembered
        .filter(|d| d.is_dir())
        .or_else(|| {
            directories::UserDirs::new().map(|d| {
                d.document_dir()
                    .map_or_else(|| d.home_dir().to_path_buf(), Path::to_path_buf)
            })
        })
        .unwrap_or_default()
}

/// Shows the open chooser; a confirmed choice becomes a command, a cancel closes it.
pub fn chooser_ui(ctx: &egui::Context, screens: &mut Screens, commands: &mut Vec<Command>) {
    let Some(chooser) = &mut screens.file_chooser else {
        return;
    };
    if let Some(note) = &chooser.note {
        egui::Area::new(egui::Id::unique("chooser_note"))
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 40.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(560.0);
                    ui.add(egui::Label::new(note.as_str()).wrap());
                });
            });
    }
    chooser.dialog.show(ctx);
    if chooser.dialog.selected() {
        match chooser.purpose {
            ChooserPurpose::Import => {
                let mut files: Vec<PathBuf> = chooser
                    .dialog
                    .selection()
                    .into_iter()
                    .filter(|p| p.is_file())
                    .map(Path::to_path_buf)
                    .collect();
                if files.is_empty()
                    && let Some(path) = chooser.dialog.path()
                {
                    files.push(path.to_path_buf());
                }
                if !files.is_empty() {
                    commands.push(Command::ImportFiles(files));
                }
            }
            ChooserPurpose::Export(format) | ChooserPurpose::ExportChoice(format) => {
                if let Some(path) = chooser.dialog.path() {
                    let (_, ext) = export_name(chooser.purpose, format);
                    let mut path = path.to_path_buf();
                    if !has_extension(&path, &[ext]) {
                        path.set_extension(ext);
                    }
                    commands.extend(chooser.purpose.save_to(path));
                }
            }
        }
        screens.file_chooser = None;
    } else if !chooser.dialog.visible() {
        screens.file_chooser = None;
    }
}
