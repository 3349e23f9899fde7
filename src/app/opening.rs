//! Opening things for the user: a customer's page (from its own part of the data), the
//! Predictions table's row order (on a thread when it is long), a folder in the file manager.

use super::PaymentInsightsApp;
use crate::i18n::trf;
use crate::ui;
use std::path::PathBuf;

/// The program that shows a folder in the platform's file manager.
fn file_manager() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    }
}

impl PaymentInsightsApp {
    /// Shows `folder` in the file manager without waiting for it; a file manager that cannot
    /// be started, or that fails, is reported in words with what to do instead.
    pub(super) fn open_folder(&mut self, ctx: &egui::Context, folder: PathBuf) {
        if !folder.is_dir() {
            self.state.error = Some(trf(
                "The folder {folder} does not exist (any more). It is made again when the app next saves something there.",
                &[("folder", &folder.display())],
            ));
            return;
        }
        let program = self
            .folder_opener
            .clone()
            .unwrap_or_else(|| PathBuf::from(file_manager()));
        let child = std::process::Command::new(&program)
            .arg(&folder)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        let mut child = match child {
            Ok(child) => child,
            Err(error) => {
                self.state.error = Some(trf(
                    "The folder could not be opened: {program} did not start ({error}). Select the path on the Settings screen, copy it and open it in your file manager.",
                    &[("program", &program.display()), ("error", &error)],
                ));
                return;
            }
        };
        // Windows' explorer exits with 1 even when it opened the folder: only others' exit
        // codes say something.
        let exit_code_counts = program.file_stem().is_none_or(|s| s != "explorer");
        let failures = self.folder_failures.0.clone();
        let ctx = ctx.clone();
        let waited = std::thread::Builder::new()
            .name("open-folder".to_string())
            .spawn(move || {
                let failure = match child.wait() {
                    Ok(status) if status.success() || !exit_code_counts => None,
                    Ok(status) => Some(trf(
                        "The file manager could not open {folder} ({program} ended with {status}). Select the path on the Settings screen, copy it and open it yourself.",
                        &[
                            ("folder", &folder.display()),
                            ("program", &program.display()),
                            ("status", &status),
                        ],
                    )),
                    Err(error) => Some(trf(
                        "The file manager could not open {folder} ({error}). Select the path on the Settings screen, copy it and open it yourself.",
                        &[("folder", &folder.display()), ("error", &error)],
                    )),
                };
                if let Some(failure) = failure
                    && failures.send(failure).is_ok()
                {
                    ctx.request_repaint();
                }
            });
        if let Err(error) = waited {
            // The file manager runs; only its outcome cannot be watched.
            eprintln!("open-folder: cannot watch the file manager: {error}");
        }
    }

    /// Starts working out the Predictions table's row order on a thread, unless the same order
    /// is already being worked out. An order asked for before is dropped: its thread's result
    /// has nowhere to go.
    pub(super) fn order_rows(&mut self, ctx: &egui::Context) {
        let (Some(scored), Some(data)) = (self.state.scored.clone(), self.state.data.clone())
        else {
            return;
        };
        let key = self.state.predictions.key(self.state.scored_generation);
        if self.state.predictions.pending_key() == Some(&key) {
            return;
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        let (_, filter, sort, descending) = key.clone();
        let ctx = ctx.clone();
        let started = std::thread::Builder::new()
            .name("order-rows".to_string())
            .spawn(move || {
                let rows = ui::predictions::filtered_sorted(
                    &scored.scored.predictions,
                    &data.imported.tables,
                    &filter,
                    sort,
                    descending,
                );
                if sender.send(rows.into()).is_ok() {
                    ctx.request_repaint();
                }
            });
        match started {
            Ok(_) => self.state.predictions.order_pending(key, receiver),
            Err(error) => {
                self.state.error = Some(trf(
                    "The table could not be sorted: {error}. Close other programs and try again.",
                    &[("error", &error)],
                ));
            }
        }
    }

    /// Fills the Customer screen for `customer` (and the factors of `invoice`).
    pub(super) fn open_customer(&mut self, customer: u32, invoice: Option<u32>) {
        let Some(data) = self.state.data.clone() else {
            return;
        };
        let started = std::time::Instant::now();
        let tables = &data.imported.tables;
        let predictions = self
            .state
            .scored
            .as_ref()
            .map_or(&[][..], |s| &s.scored.predictions[..]);
        let buckets = self
            .state
            .model
            .as_ref()
            .map_or(self.state.fields.buckets, |m| m.buckets);
        let index = &data.index;
        let own = index.invoices_of(customer);
        let open: Vec<crate::insights::predict::Prediction> = predictions
            .iter()
            .filter(|p| own.binary_search(&p.invoice).is_ok())
            .cloned()
            .collect();
        let status = crate::insights::customer::status(tables, index, customer, &open, &buckets);
        let history = crate::insights::customer::history(tables, index, customer, &buckets);
        let invoice = invoice.or_else(|| {
            open.iter()
                .max_by(|a, b| a.open_amount.total_cmp(&b.open_amount))
                .map(|p| p.invoice)
        });
        let factors = match (invoice, &self.state.model) {
            (Some(i), Some(model)) => {
                // The customer's part of the data gives the same features as the whole (they
                // depend on its own history only) without reading a million invoices.
                let part = tables.customer_part(index, customer);
                let in_part = own.binary_search(&i).ok().map(|k| k as u32);
                let explained = match (&self.state.catalogue, in_part) {
                    (Some(c), Some(k)) if c.fits(&model.buckets) => {
                        crate::insights::predict::explain_with(
                            model,
                            &part,
                            &c.catalogue,
                            k,
                            tables.as_of,
                            5,
                        )
                    }
                    // Only between a change of buckets or language and the end of the scoring
                    // that builds the new catalogue: correct, but reads the whole data set.
                    _ => crate::insights::predict::explain(model, tables, i, tables.as_of, 5),
                };
                match explained {
                    Ok(f) => f,
                    Err(error) => {
                        self.state.error = Some(trf(
                            "The reasons for this prediction could not be worked out: {error}",
                            &[("error", &format!("{error:#}"))],
                        ));
                        Vec::new()
                    }
                }
            }
            _ => Vec::new(),
        };
        self.state.customer = Some(ui::customer::CustomerView {
            customer,
            invoice,
            status,
            history,
            open,
            factors,
            reveal_invoice: true,
        });
        self.state.what_if.set_target(tables, customer, invoice);
        if self.timing.is_some() {
            let ms = started.elapsed().as_secs_f64() * 1e3;
            eprintln!("timing: customer opened in {ms:.1} ms (on the UI thread)");
        }
    }
}
