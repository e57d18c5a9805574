//! Start-up measured from outside: with `KOSHIN_FIRST_FRAME=1` in its
//! environment, the app prints the moment its first frame was on screen (as
//! Unix time in microseconds) and closes. `scripts/first-frame.sh` compares
//! that with an empty eframe window (`examples/empty_window.rs`) wrapped the
//! same way.

use std::io::Write as _;

/// The environment variable that turns the probe on.
pub const ENV: &str = "KOSHIN_FIRST_FRAME";

/// Whether the probe is asked for.
pub fn wanted() -> bool {
    std::env::var_os(ENV).is_some_and(|v| v == "1")
}

/// An app that reports when its first frame has been shown, then closes.
pub struct FirstFrame<A> {
    app: A,
    reported: bool,
}

impl<A> FirstFrame<A> {
    /// Wraps `app`.
    pub fn new(app: A) -> Self {
        Self {
            app,
            reported: false,
        }
    }
}

impl<A: eframe::App> eframe::App for FirstFrame<A> {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        // The frame after the first starts once the first was painted and presented.
        if ui.ctx().cumulative_frame_nr() >= 1 && !self.reported {
            self.reported = true;
            let micros = jiff::Timestamp::now().as_microsecond();
            let _ = writeln!(std::io::stdout(), "first-frame {micros}");
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.app.ui(ui, frame);
        ui.ctx().request_repaint();
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        self.app.clear_color(visuals)
    }

    fn on_exit(&mut self) {
        self.app.on_exit();
    }
}
