//! An empty eframe window of Kōshin's size, the yardstick of
//! `scripts/first-frame.sh`: how soon eframe alone shows a first frame here.

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1180.0, 760.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Empty window",
        options,
        Box::new(|_cc| Ok(Box::new(koshin::probe::FirstFrame::new(Empty)))),
    )
}

/// A window with one line of text.
struct Empty;

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| ui.label("Hello"));
    }
}
