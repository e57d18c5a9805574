//! The `koshin` binary: parses the command line, then runs a command or opens the window.

use std::process::ExitCode;

use koshin::cli;
use koshin::i18n::{I18n, Lang};
use koshin::{AppOptions, Clock, KoshinApp};

fn main() -> ExitCode {
    // Help is in the system's language; the archive's choice is known only later.
    let cli = cli::parse(&I18n::new(Lang::from_system()));
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
            if let Err(msg) = cli::write_demo(dir.path(), &now, &tr) {
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
        viewport: egui::ViewportBuilder::default()
            .with_title("Kōshin")
            .with_app_id("koshin")
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
    let result = eframe::run_native(
        "Kōshin",
        options,
        Box::new(|cc| Ok(Box::new(KoshinApp::new(&cc.egui_ctx, app_options)))),
    );
    drop(demo_dir);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&format!("{error}")),
    }
}

fn fail(text: &str) -> ExitCode {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "koshin: {text}");
    ExitCode::FAILURE
}
