//! The window's frame: the navigation, the notices' strip, the page of the
//! screen on show, and what eframe calls each frame.

use super::{
    Blocked, Command, I18n, KoshinApp, PathBuf, SaveAsAnswer, Screen, View, Zoned, apply, qr_ui,
    save_as_ui, status, theme,
};

impl KoshinApp {
    fn nav_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.add_space(theme::GAP_L);
        ui.label(
            egui::RichText::new("Kōshin")
                .size(theme::HEADING_SIZE)
                .strong(),
        );
        ui.label(
            egui::RichText::new(self.tr.t("app-tagline"))
                .weak()
                .size(theme::SMALL_SIZE),
        );
        ui.add_space(theme::GAP_L);
        for screen in Screen::ALL {
            let selected = self.screen == screen;
            let button = egui::Button::selectable(selected, self.tr.t(screen.label_id()))
                .min_size(egui::vec2(ui.available_width(), theme::NAV_BUTTON_HEIGHT));
            if ui.add(button).clicked() {
                commands.push(Command::Navigate(screen));
            }
        }
        if self.is_temporary() {
            ui.add_space(theme::GAP_L);
            ui.add(
                egui::Label::new(
                    egui::RichText::new(self.tr.t("nav-temporary"))
                        .color(theme::warning(ui.visuals()))
                        .size(theme::SMALL_SIZE),
                )
                .wrap(),
            );
        }
        if self.sample.is_some() && ui.button(self.tr.t("nav-leave-sample")).clicked() {
            commands.push(Command::LeaveSample);
        }
    }

    /// The notice strip at the bottom of the window.
    fn strip_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let document = &self.document;
        let state = if !document.is_writable() {
            status::SaveState::ReadOnly
        } else if document.has_unsaved_changes() {
            status::SaveState::Pending
        } else {
            status::SaveState::Saved
        };
        let saved = (document.save_failed(), state);
        let copies = (document.conflict_copies(), document.is_writable());
        let open = &mut self.notices_open;
        status::strip_ui(ui, &self.tr, &self.notices, copies, saved, open, commands);
    }

    /// The page: the archive's state, and the screen on show.
    fn page_ui(&mut self, ui: &mut egui::Ui, now: &Zoned, commands: &mut Vec<Command>) {
        if self.screen == Screen::Settings && self.screens.settings.reminders.is_none() {
            self.screens.settings.reminders = Some(self.reminders_info(now));
        }
        let document = &self.document;
        let view = View {
            archive: document.archive(),
            tr: &self.tr,
            writable: self.writable(),
            now,
            data_dir: document.dir(),
            revision: document.revision(),
            missing_attachments: document.missing_attachments(),
        };
        match document.blocked() {
            Some(Blocked::Damaged(error)) if self.screen != Screen::Settings => {
                status::damaged_ui(
                    ui,
                    &view,
                    &error.message(),
                    document.newest_backup(),
                    document.store().holds_lock(),
                    commands,
                );
                return;
            }
            Some(blocked) => status::read_only_banner_ui(ui, &self.tr, blocked, commands),
            None => {}
        }
        let screens = &mut self.screens;
        match self.screen {
            Screen::Overview => screens.overview.ui(ui, &view, commands),
            Screen::Cards => screens.cards.ui(ui, &view, commands),
            Screen::Renew => screens.renew.ui(ui, &view, commands),
            Screen::Receipts => screens.receipts.ui(ui, &view, commands),
            Screen::Trips => screens.trips.ui(ui, &view, commands),
            Screen::Guide => screens.guide.ui(ui, &view, commands),
            Screen::Checklist => screens.checklist.ui(ui, &view, commands),
            Screen::Settings => screens.settings.ui(ui, &view, commands),
        }
    }
}

impl eframe::App for KoshinApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if self.ending.is_requested() {
            self.end(&ctx);
            return;
        }
        if ctx.cumulative_frame_nr() > 0 {
            self.finish_opening();
        }
        let time = ctx.input(|i| i.time);
        let settings = &self.document.archive().settings;
        let language = settings.language_or(self.options.system_language);
        if self.tr.lang() != language {
            self.tr = I18n::new(language);
        }
        if self.applied_theme != Some(settings.theme) {
            theme::apply(&ctx, settings.theme);
            self.applied_theme = Some(settings.theme);
        }
        let now = self.options.clock.now();
        // Before any widget, so that no text field takes the keys first.
        self.shortcuts(&ctx, &now);
        let mut commands = Vec::new();

        egui::Panel::left("nav")
            .frame(theme::unfilled(egui::Frame::side_top_panel(ui.style())))
            .resizable(false)
            .exact_size(theme::NAV_WIDTH)
            .show(ui, |ui| {
                theme::on_background(ui, |ui| self.nav_ui(ui, &mut commands));
            });
        // Always there and one line high: what appears in it moves nothing.
        egui::Panel::bottom("status_strip")
            .frame(theme::unfilled(egui::Frame::side_top_panel(ui.style())))
            .resizable(false)
            .exact_size(theme::STATUS_STRIP_HEIGHT)
            .show(ui, |ui| {
                theme::on_background(ui, |ui| self.strip_ui(ui, &mut commands));
            });
        egui::CentralPanel::default()
            .frame(theme::unfilled(egui::Frame::central_panel(ui.style())))
            .show(ui, |ui| {
                theme::on_background(ui, |ui| self.page_ui(ui, &now, &mut commands));
            });

        // Files dropped onto the window.
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            commands.push(Command::DropFiles(dropped));
        }
        if let Some(state) = &mut self.save_as {
            match save_as_ui(ui, &self.tr, state) {
                Some(SaveAsAnswer::Save(path)) => {
                    commands.extend(apply::file_command(state.action.clone(), vec![path]));
                    self.save_as = None;
                }
                Some(SaveAsAnswer::Cancel) => self.save_as = None,
                None => {}
            }
        }
        self.offered_import_ui(ui, &mut commands);
        self.unknown_cards_ui(ui, &mut commands);
        if let Some(dialog) = &mut self.qr
            && !qr_ui(ui, &self.tr, dialog, time)
        {
            self.qr = None;
        }
        if !commands.is_empty() {
            // Show the result of the commands at once, not at the next input.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(command, time);
        }
        self.autosave(&ctx, time);
        // The first frame goes on screen before the file and the reminders
        // are looked at; they are looked at in the next, asked for at once.
        if ctx.cumulative_frame_nr() == 0 {
            ctx.request_repaint();
        } else {
            if self.watch.due() {
                self.check_disk(&now);
            }
            self.check_reminders(&now);
        }
        // Countdowns count minutes: wake at the next minute, and not before, when idle.
        let into_minute = now.timestamp().as_second().rem_euclid(60);
        #[expect(clippy::cast_sign_loss, reason = "rem_euclid is never negative")]
        ctx.request_repaint_after(std::time::Duration::from_secs((60 - into_minute) as u64));
    }

    /// The window is cleared to the panels' colour, and the panels are not
    /// filled (see [`theme::unfilled`]).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        theme::background(visuals).to_normalized_gamma_f32()
    }

    fn on_exit(&mut self) {
        self.flush();
    }
}
