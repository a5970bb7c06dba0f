//! `gymlog`: parses the command line; no subcommand opens the desktop app.

use std::process::ExitCode;

use clap::Parser;
use gymlog::app::startup;
use gymlog::cli::{Cli, run};

fn main() -> ExitCode {
    gymlog::memory::limit_arenas();
    let cli = Cli::parse();
    let result = cli.paths().and_then(|paths| match &cli.command {
        Some(command) => run(command, &paths, &mut std::io::stdout().lock()).map(|()| true),
        None => match startup::open(paths) {
            Ok(boot) => gymlog::ui::run_window(boot).map(|()| true),
            Err(e) => {
                // Said on stderr first: the message box waits for a click.
                eprintln!("gymlog: {}", format_error(&e));
                gymlog::ui::show_startup_error(&format_error(&e));
                Ok(false)
            }
        },
    });
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("gymlog: {}", format_error(&e));
            ExitCode::FAILURE
        }
    }
}

/// One line: the error and its causes, without repeating a cause already in the message.
fn format_error(e: &anyhow::Error) -> String {
    let mut line = e.to_string();
    for cause in e.chain().skip(1) {
        let cause = cause.to_string();
        if !line.contains(&cause) {
            line.push_str(": ");
            line.push_str(&cause);
        }
    }
    line
}
