//! Small widgets the screens share: accessible names, and buttons that ask before they act.

/// Gives a widget an accessible name (screen readers, and egui_kittest's `get_by_label`).
pub fn name(ui: &egui::Ui, response: &egui::Response, label: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_label(label));
}

/// A destructive button that asks first: `label`, then `question` with `yes` and "Keep it".
pub struct Confirm {
    id: egui::Id,
}

impl Confirm {
    pub fn new(id: egui::Id) -> Confirm {
        Confirm { id }
    }

    /// Starts asking, as if the button had been clicked (from another place on screen).
    pub fn ask(&self, ctx: &egui::Context) {
        ctx.data_mut(|d| d.insert_temp(self.id, true));
    }

    /// Draws the button or the question; true on the click that confirms.
    pub fn show(&self, ui: &mut egui::Ui, label: &str, question: &str, yes: &str) -> bool {
        let asking = ui.ctx().data(|d| d.get_temp::<bool>(self.id)).unwrap_or(false);
        if !asking {
            if ui.button(label).clicked() {
                self.ask(ui.ctx());
            }
            return false;
        }
        let stop_asking = |ui: &egui::Ui| ui.ctx().data_mut(|d| d.remove::<bool>(self.id));
        ui.label(egui::RichText::new(question).color(ui.visuals().error_fg_color));
        if ui.button(yes).clicked() {
            stop_asking(ui);
            return true;
        }
        if ui.button("Keep it").clicked() {
            stop_asking(ui);
        }
        false
    }
}
