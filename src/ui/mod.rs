//! The window: the screens, their own state ([`Screens`]), and [`PaymentInsightsApp`], which
//! draws the app's state through them and hands what they ask for to the app as [`Command`]s.
//! Each screen reads [`AppState`] and pushes commands; none changes data itself. The system's
//! file dialogs are UI too: they are opened here, and only the files chosen reach the app.

pub mod chooser;
pub mod curves;
pub mod customer;
pub mod data;
mod dialogs;
pub mod drop;
pub mod fields;
pub mod import;
pub mod look_back;
pub mod policies;
pub mod predictions;
pub mod settings;
pub mod strategies;
pub mod training;
pub mod what_if;
pub mod widgets;

use crate::app::{App, AppOptions, AppState, Command, Screen};
use crate::i18n::tr;
use std::path::PathBuf;

/// What the screens keep of their own between frames: tabs, filters, forms, caches of what
/// they draw, confirmations waiting for the user.
#[derive(Default)]
pub struct Screens {
    /// Which table the data screen shows.
    pub data_tab: data::DataTab,
    /// Text filter of the import report.
    pub report_filter: String,
    pub fields: fields::FieldsState,
    pub model_screen: training::ModelScreenState,
    pub look_back_form: look_back::LookBackState,
    pub predictions: predictions::PredictionsState,
    /// The Customer screen's search and list of customers.
    pub customer_picker: customer::CustomerPicker,
    pub what_if: what_if::WhatIfState,
    pub strategies: strategies::StrategiesState,
    /// The app's own file chooser, while open.
    pub file_chooser: Option<chooser::Chooser>,
    /// The last customer opening the screens followed (see [`AppState::customer_opened`]).
    customer_followed: u64,
}

impl Screens {
    /// Follows what the app did that the screens show their own way: a customer the user
    /// opened is pointed at by the what-if form and scrolled to on the Customer screen.
    fn follow(&mut self, state: &AppState) {
        if state.customer_opened != self.customer_followed {
            self.customer_followed = state.customer_opened;
            self.customer_picker.choosing = false;
            self.customer_picker.reveal_invoice = true;
            if let (Some(view), Some(data)) = (&state.customer, state.data()) {
                self.what_if
                    .set_target(data.tables(), view.customer, view.invoice);
            }
        }
    }
}

/// Payment Insights' window.
pub struct PaymentInsightsApp {
    pub app: App,
    pub screens: Screens,
}

impl PaymentInsightsApp {
    /// The app as the desktop starts it: the files given on the command line, else the last
    /// session's data, else the bundled sample data.
    pub fn new(ctx: &egui::Context, files: Vec<PathBuf>, launched: std::time::Instant) -> Self {
        let train_max_rows = std::env::var("PAYMENT_INSIGHTS_TRAIN_MAX_ROWS")
            .ok()
            .and_then(|v| v.parse().ok());
        Self::with_options(
            ctx,
            AppOptions {
                data_dir: None,
                train_max_rows,
                files,
                timing_from: std::env::var_os("PAYMENT_INSIGHTS_TIMING").map(|_| launched),
                folder_opener: None,
                locale: None,
            },
        )
    }

    /// The app with a chosen data directory and training size (tests).
    pub fn with_options(ctx: &egui::Context, options: AppOptions) -> Self {
        PaymentInsightsApp {
            app: App::new(ctx, options),
            screens: Screens::default(),
        }
    }

    /// Queues a command for the app (tests).
    pub fn push(&mut self, command: Command) {
        self.app.push(command);
    }

    /// Is a background job running or waiting?
    pub fn is_busy(&self) -> bool {
        self.app.is_busy()
    }

    /// Runs one frame's logic (tests that drive the app without drawing).
    pub fn step(&mut self, ctx: &egui::Context) {
        self.app.step(ctx);
        self.screens.follow(&self.app.state);
    }
}

impl eframe::App for PaymentInsightsApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.step(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut commands = Vec::new();
        root_ui(ui, &self.app.state, &mut self.screens, &mut commands);
        drop::drop_hint_ui(ui);
        self.app.frame_drawn();
        for command in commands {
            match command {
                Command::PickFiles | Command::Export(_) | Command::ExportChoice(_) => {
                    if let Some(answer) =
                        dialogs::answer(ui.ctx(), &self.app.state, &mut self.screens, &command)
                    {
                        self.app.push(answer);
                    }
                }
                other => self.app.push(other),
            }
        }
    }
}

/// The whole window: title bar, navigation, the current screen, and job progress.
pub fn root_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    screens: &mut Screens,
    commands: &mut Vec<Command>,
) {
    egui::Panel::top("title_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading("Payment Insights"); // i18n: not text (the product name)
            ui.separator();
            match state.data() {
                Some(data) if data.is_sample => {
                    ui.label(tr("Sample data"));
                }
                Some(data) => {
                    let names: Vec<String> = data
                        .files
                        .iter()
                        .map(|f| crate::data::raw::display_name(f))
                        .collect();
                    ui.label(names.join(", "));
                }
                None => {
                    ui.label(tr("No data loaded"));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(tr("Import your own data…"))
                    .on_hover_text(tr("Choose CSV or Excel files: customers, invoices and payments, or one invoice ledger with a paid date"))
                    .clicked()
                {
                    commands.push(Command::PickFiles);
                }
            });
        });
    });
    if state.jobs.shown().next().is_some() {
        egui::Panel::bottom("job").show(ui, |ui| {
            for job in state.jobs.shown() {
                ui.horizontal(|ui| {
                    ui.label(job.title.to_string());
                    ui.add(
                        egui::ProgressBar::new(job.progress.fraction)
                            .text(job.progress.stage.to_string())
                            .desired_width(400.0),
                    );
                    if ui.button(tr("Cancel")).clicked() {
                        commands.push(Command::CancelJob(job.kind));
                    }
                });
            }
        });
    } else if let Some(notice) = &state.notice {
        egui::Panel::bottom("notice").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(notice.to_string());
                if ui.small_button(tr("OK")).clicked() {
                    commands.push(Command::DismissNotice);
                }
            });
        });
    }
    egui::Panel::left("navigation")
        .resizable(false)
        .exact_size(150.0)
        .show(ui, |ui| {
            ui.add_space(8.0);
            for (screen, label) in [
                (Screen::Data, tr("Data")),
                (Screen::Import, tr("Import")),
                (Screen::Fields, tr("Fields")),
                (Screen::Model, tr("Model")),
                (Screen::Predictions, tr("Predictions")),
                (Screen::Customer, tr("Customer")),
                (Screen::WhatIf, tr("What-if")),
                (Screen::Strategies, tr("Strategies")),
                (Screen::Settings, tr("Settings")),
            ] {
                if ui.selectable_label(state.screen == screen, label).clicked() {
                    commands.push(Command::Show(screen));
                }
            }
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        if !state.errors.is_empty() {
            egui::Frame::group(ui.style())
                .fill(ui.visuals().error_fg_color.gamma_multiply(0.15))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    for error in state.errors.texts() {
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(error).color(ui.visuals().error_fg_color),
                            )
                            .wrap(),
                        );
                    }
                    if ui.button(tr("Dismiss")).clicked() {
                        commands.push(Command::DismissErrors);
                    }
                });
            ui.add_space(6.0);
        }
        match state.screen {
            Screen::Data => data::data_ui(ui, state, screens),
            Screen::Import => import::import_ui(ui, state, screens, commands),
            Screen::Fields => fields::fields_ui(ui, state, screens, commands),
            Screen::Model => training::training_ui(ui, state, screens, commands),
            Screen::Predictions => predictions::predictions_ui(ui, state, screens, commands),
            Screen::Customer => customer::customer_ui(ui, state, screens, commands),
            Screen::WhatIf => what_if::what_if_ui(ui, state, screens, commands),
            Screen::Strategies => strategies::strategies_ui(ui, state, screens, commands),
            Screen::Settings => settings::settings_ui(ui, state, commands),
        }
    });
    let ctx = ui.ctx().clone();
    chooser::chooser_ui(&ctx, screens, commands);
}
