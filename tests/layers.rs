//! The layering of DESIGN.md §2, checked on the source so it cannot drift: views (`ui/`) reach
//! the data only through `app/`, only `store/` talks to DuckDB, only `ui/` draws with egui, and
//! `domain/` stays pure (no store, app, ui, DuckDB or file system).

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Lines of code (comments left out) under `src/<layer>` (or every file of `src` outside the
/// layer with `outside`) that contain any of `needles`, as "file:line: text".
fn offending(layer: &str, outside: bool, needles: &[&str]) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let root = src.join(layer);
    rust_files(&src)
        .into_iter()
        .filter(|f| f.starts_with(&root) != outside)
        .flat_map(|file| {
            let text = fs::read_to_string(&file).unwrap();
            let name = file.strip_prefix(&src).unwrap().display().to_string();
            text.lines()
                .enumerate()
                .filter(|(_, line)| !line.trim_start().starts_with("//"))
                .filter(|(_, line)| needles.iter().any(|n| line.contains(n)))
                .map(|(i, line)| format!("{name}:{}: {}", i + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn views_reach_the_data_only_through_the_app() {
    let found = offending("ui", false, &["crate::store", "duckdb", "&mut AppState"]);
    assert!(found.is_empty(), "ui/ must go through app/:\n{}", found.join("\n"));
}

#[test]
fn only_the_store_talks_to_duckdb() {
    let found = offending("store", true, &["duckdb::", "use duckdb"]);
    assert!(found.is_empty(), "DuckDB outside store/:\n{}", found.join("\n"));
}

#[test]
fn only_the_views_draw() {
    let found = offending("ui", true, &["egui::", "use egui", "eframe::", "use eframe"])
        .into_iter()
        .filter(|line| !line.starts_with("main.rs:"))
        .collect::<Vec<_>>();
    assert!(found.is_empty(), "egui outside ui/:\n{}", found.join("\n"));
}

#[test]
fn the_domain_is_pure() {
    let found = offending("domain", false, &["crate::store", "crate::app", "crate::ui", "duckdb", "std::fs", "egui"]);
    assert!(found.is_empty(), "domain/ must stay pure lifting rules:\n{}", found.join("\n"));
}

#[test]
fn the_check_finds_what_it_looks_for() {
    // The store does use DuckDB: a check that found nothing there would be checking nothing.
    assert!(!offending("store", false, &["use duckdb"]).is_empty());
}

#[test]
fn sync_uses_the_store_and_backups_never_the_app_or_views() {
    let found = offending("sync", false, &["crate::app", "crate::ui", "duckdb"]);
    assert!(found.is_empty(), "sync/ sits beside backup/, under app/:\n{}", found.join("\n"));
}
