//! The eSIM's activation code as a QR code on screen, large and sharp for a
//! phone to scan: first a question (whoever scans it first gets the eSIM),
//! then the code, hidden again after a minute.

use egui::{Color32, RichText, Sense, vec2};
use qrcode::{Color, QrCode};

use super::theme;
use crate::i18n::I18n;

/// How long the code stays on screen, in seconds.
pub const QR_SECONDS: f64 = 60.0;

/// The dialog's passing state.
#[derive(Debug, Clone, PartialEq)]
pub struct QrDialog {
    code: String,
    /// When (egui's clock) the code went on screen; `None` while asking.
    shown_since: Option<f64>,
}

impl QrDialog {
    /// Asks before showing `code`.
    pub fn new(code: &str) -> Self {
        Self {
            code: code.trim().to_owned(),
            shown_since: None,
        }
    }

    /// The code it shows.
    pub fn code(&self) -> &str {
        &self.code
    }
}

/// The modules of a QR code: `width` × `width`, dark ones `true`.
pub fn modules(code: &str) -> Option<(usize, Vec<bool>)> {
    let qr = QrCode::new(code.as_bytes()).ok()?;
    let width = qr.width();
    let dark = qr
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Some((width, dark))
}

/// Shows the dialog at `time`; `false` once it is closed (by the person or
/// because the minute is up).
pub fn qr_ui(ui: &mut egui::Ui, tr: &I18n, dialog: &mut QrDialog, time: f64) -> bool {
    if dialog
        .shown_since
        .is_some_and(|since| time - since >= QR_SECONDS)
    {
        return false;
    }
    let mut open = true;
    let modal = egui::Modal::new(egui::Id::unique("esim_qr")).show(ui.ctx(), |ui| {
        ui.set_max_width(theme::DIALOG_MAX_WIDTH);
        ui.heading(tr.t("qr-title"));
        ui.add_space(theme::GAP_S);
        match dialog.shown_since {
            None => {
                ui.add(egui::Label::new(tr.t("qr-secret")).wrap());
                ui.add(egui::Label::new(tr.t("qr-wifi")).wrap());
                ui.add_space(theme::GAP_M);
                ui.horizontal(|ui| {
                    let show = egui::Button::new(RichText::new(tr.t("qr-show")).strong());
                    if ui.add(show).clicked() {
                        dialog.shown_since = Some(time);
                    }
                    if ui.button(tr.t("qr-close")).clicked() {
                        open = false;
                    }
                });
            }
            Some(since) => {
                ui.add(egui::Label::new(tr.t("qr-scan")).wrap());
                ui.add_space(theme::GAP_S);
                code_ui(ui, tr, &dialog.code);
                ui.add_space(theme::GAP_S);
                #[expect(clippy::cast_possible_truncation, reason = "at most 60 seconds")]
                let left = (QR_SECONDS - (time - since)).ceil().max(0.0) as i64;
                ui.label(
                    RichText::new(tr.msg(&crate::i18n::Msg::new("qr-hides").arg("seconds", left)))
                        .weak(),
                );
                if ui.button(tr.t("qr-close")).clicked() {
                    open = false;
                }
                // Count the seconds down, and close on time, without input.
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs(1));
            }
        }
    });
    open && !modal.should_close()
}

/// The QR code drawn module by module on a white square with a quiet zone,
/// as large as the window allows, each module a whole number of pixels.
fn code_ui(ui: &mut egui::Ui, tr: &I18n, code: &str) {
    let Some((width, dark)) = modules(code) else {
        ui.label(tr.t("qr-too-long"));
        return;
    };
    let quiet = 4;
    let cells = width + 2 * quiet;
    let room = ui
        .available_width()
        .min(ui.ctx().content_rect().height() * theme::QR_MAX_HEIGHT_SHARE)
        .max(theme::QR_MIN_SIZE);
    let pixels_per_point = ui.ctx().pixels_per_point();
    #[expect(
        clippy::cast_precision_loss,
        reason = "a QR code is at most 177 modules wide"
    )]
    let module_px = ((room * pixels_per_point) / cells as f32).floor().max(2.0);
    let module = module_px / pixels_per_point;
    #[expect(
        clippy::cast_precision_loss,
        reason = "a QR code is at most 177 modules wide"
    )]
    let side = module * cells as f32;
    let (rect, response) = ui.allocate_exact_size(vec2(side, side), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, tr.t("qr-title")));
    let painter = ui.painter_at(rect);
    let origin = egui::emath::GuiRounding::round_to_pixels(rect.min, pixels_per_point);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    for y in 0..width {
        for x in 0..width {
            if dark[y * width + x] {
                #[expect(clippy::cast_precision_loss, reason = "small numbers")]
                let min = origin + vec2((x + quiet) as f32 * module, (y + quiet) as f32 * module);
                painter.rect_filled(
                    egui::Rect::from_min_size(min, vec2(module, module)),
                    0.0,
                    Color32::BLACK,
                );
            }
        }
    }
}
