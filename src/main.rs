//! The `koshin` binary: parses the command line, then runs a command or opens the window.

use std::process::ExitCode;

use koshin::cli;
use koshin::i18n::{I18n, Lang};
use koshin::{AppOptions, Clock, KoshinApp};

fn main() -> ExitCode {
    // The child that reads a PDF's text (formats/pdf.rs): nothing else runs in it.
    if std::env::args_os()
        .nth(1)
        .is_some_and(|arg| arg == koshin::formats::pdf::CHILD_COMMAND)
    {
        return koshin::formats::pdf::run_child();
    }
    // Help is in the system's language; the archive's choice is known only later.
    let cli = cli::parse(&I18n::new(Lang::from_system()));
    // Kept until the end, so that everything logged reaches the file.
    let _log = match koshin::logging::start() {
        Ok(handle) => Some(handle),
        Err(reason) => {
            note(&format!("no log ({reason})"));
            None
        }
    };
    koshin::notifications::claim_app_identity();
    log::info!(
        "Kōshin {} started: {}",
        env!("CARGO_PKG_VERSION"),
        cli::command_name(&cli)
    );
    let tr = I18n::new(cli::language(&cli));
    let now = jiff::Zoned::now();
    if let Some(command) = &cli.command {
        return cli::run(
            command,
            &cli,
            &tr,
            &now,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        );
    }

    // `--demo` works on a temporary copy, removed when the app closes.
    let demo_dir = if cli.demo {
        match tempfile::Builder::new().prefix("koshin-demo-").tempdir() {
            Ok(dir) => Some(dir),
            Err(error) => return fail(&format!("{error}")),
        }
    } else {
        None
    };
    let data_dir = match &demo_dir {
        Some(dir) => {
            if let Err(msg) = koshin::actions::archive::write_demo(dir.path(), &now, &tr) {
                return fail(&tr.msg(&msg));
            }
            dir.path().to_path_buf()
        }
        None => match cli::data_dir(&cli) {
            Ok(dir) => dir,
            Err(msg) => return fail(&tr.msg(&msg)),
        },
    };

    let options = eframe::NativeOptions {
        // The app id is the name of the desktop entry (packaging/koshin.desktop),
        // so that X11 and Wayland desktops show its name and icon.
        viewport: egui::ViewportBuilder::default()
            .with_title("Kōshin")
            .with_app_id("koshin")
            .with_icon(window_icon())
            .with_inner_size([1180.0, 760.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    let app_options = AppOptions {
        data_dir,
        clock: Clock::System,
        temporary: demo_dir.is_some(),
        system_language: Lang::from_system(),
    };
    // Opened from Explorer, koshin.exe got a console window of its own: close it.
    koshin::console::release_if_own();
    // The archive is read while the window and the graphics start.
    let opening = KoshinApp::start_opening(&app_options);
    let result = eframe::run_native(
        "Kōshin",
        options,
        Box::new(|cc| {
            let mut app = KoshinApp::opened(&cc.egui_ctx, app_options, opening);
            // Opened with a card file (a double click in the file manager).
            if let Some(file) = cli.file {
                app.offer_import(file);
            }
            if koshin::probe::wanted() {
                return Ok(Box::new(koshin::probe::FirstFrame::new(app)));
            }
            Ok(Box::new(app))
        }),
    );
    drop(demo_dir);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&format!("{error}")),
    }
}

/// The app's icon, the one the package installs in the hicolor theme.
const ICON_PNG: &[u8] = include_bytes!("../packaging/icons/hicolor/256x256/apps/koshin.png");

/// The window's icon; the system's default one should the PNG not decode.
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(ICON_PNG).unwrap_or_default()
}

fn fail(text: &str) -> ExitCode {
    log::error!("{text}");
    note(text);
    ExitCode::FAILURE
}

/// Tells the person on the terminal; where even stderr is closed, nothing is left to tell.
fn note(text: &str) {
    use std::io::Write;
    if writeln!(std::io::stderr(), "koshin: {text}").is_err() {
        log::warn!("stderr is closed: {text}");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_decodes() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
