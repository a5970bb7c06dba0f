//! The performance harness: every figure of the budget (DESIGN.md §7) measured on generated
//! histories, side by side with DuckDB doing the same work alone, in one table with PASS/FAIL:
//!
//!   cargo run --example perf [-- --json FILE] [-- --quick] [-- --frames] [-- --programs]
//!
//! `--quick` runs it on tiny histories with few samples (what the smoke test does); `--frames`
//! only the frames of every screen on the full reference history. The window
//! figures (start-up, memory, scale) run the real window in a child process — this program
//! again, with `--window ROOT` — under the display it finds, or a private Xvfb; logging through
//! the app runs as a child too (`--log-sets ROOT N OUT`), once with a slow-fsync LD_PRELOAD shim.

mod run;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, root] = &args[..]
        && flag == "--window"
    {
        return run::window::child(std::path::Path::new(root));
    }
    if let [flag, root, file, out] = &args[..]
        && flag == "--import-peak"
    {
        return run::stores::import_child(
            std::path::Path::new(root),
            std::path::Path::new(file),
            std::path::Path::new(out),
        );
    }
    if let [flag, root, samples, out] = &args[..]
        && flag == "--log-sets"
    {
        return run::app_logging::child(std::path::Path::new(root), samples.parse()?, std::path::Path::new(out));
    }
    let mut options = run::Options::full();
    if args.iter().any(|a| a == "--programs") {
        let quick = args.iter().any(|a| a == "--quick");
        let options = if quick { run::Options::quick() } else { options };
        let table = run::programs::only(&options);
        return if table.failed().is_empty() { Ok(()) } else { anyhow::bail!("FAIL: {}", table.failed().join(", ")) };
    }
    let mut json = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--quick" => options = run::Options { json: options.json, ..run::Options::quick() },
            "--frames" => options.frames_only = true,
            "--json" => json = Some(args.next().ok_or_else(|| anyhow::anyhow!("--json needs a file"))?),
            other => anyhow::bail!("unknown argument {other} (use --json FILE, --quick, --frames, --programs)"),
        }
    }
    options.json = json.map(Into::into);
    options.window_program = std::env::current_exe().ok();
    let table = run::run(&options)?;
    if table.failed().is_empty() {
        println!("PASS: every budget line");
        Ok(())
    } else {
        anyhow::bail!("FAIL: {}", table.failed().join(", "))
    }
}
