//! Saved what-if policies: the one list where they are switched on or off and deleted (on the
//! What-if screen), and the banner that says, wherever policies change the figures
//! (Predictions, Customer), which ones and by how much.

use super::widgets::money;
use crate::app::{AppState, Command, Screen};
use crate::data::format::date;
use crate::i18n::{tr, trf};
use crate::insights::predict::PolicyEffect;

/// Every saved policy with a switch and a delete button.
pub fn policies_list_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    if state.policies.is_empty() {
        return;
    }
    ui.strong(tr("Saved policies"));
    ui.weak(tr(
        "Scoring applies the policies in effect to the invoices they cover. Switch one off to see the predictions without it; it is kept.",
    ));
    egui::Grid::new("policies").striped(true).show(ui, |ui| {
        for p in &state.policies {
            let mut enabled = p.enabled;
            if ui
                .checkbox(&mut enabled, tr("In effect"))
                .on_hover_text(tr("Switched off, a policy is kept but changes nothing"))
                .changed()
            {
                commands.push(Command::SetPolicyEnabled {
                    name: p.name.clone(),
                    enabled,
                });
            }
            ui.label(&p.name);
            ui.label(trf("from {date}", &[("date", &date(p.from))]));
            if ui
                .small_button(trf("Delete {policy}", &[("policy", &p.name)]))
                .clicked()
            {
                commands.push(Command::DeletePolicy(p.name.clone()));
            }
            ui.end_row();
        }
    });
}

/// A banner naming the policies that changed `effect`'s predictions and how much they move the
/// expected amounts, with a way to manage them. Nothing when no policy changed anything.
pub fn policy_banner_ui(
    ui: &mut egui::Ui,
    effect: &PolicyEffect,
    labels: &[String],
    commands: &mut Vec<Command>,
) {
    if effect.invoices == 0 {
        return;
    }
    let changes: Vec<String> = labels
        .iter()
        .zip(&effect.expected_change)
        .map(|(label, change)| {
            let sign = if *change >= 0.0 { "+" } else { "-" }; // i18n: not text
            format!("{} {sign}{}", label.to_lowercase(), money(change.abs()))
        })
        .collect();
    egui::Frame::group(ui.style())
        .fill(ui.visuals().warn_fg_color.gamma_multiply(0.12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(trf(
                    "Policies in effect: {policies}. They change {invoices} invoices; expected amounts: {changes}.",
                    &[
                        ("policies", &effect.policies.join(", ")),
                        ("invoices", &super::widgets::count(effect.invoices)),
                        ("changes", &changes.join(", ")),
                    ],
                ));
                if ui.small_button(tr("Manage policies…")).clicked() {
                    commands.push(Command::Show(Screen::WhatIf));
                }
            });
        });
}
