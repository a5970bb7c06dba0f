//! Embeds the Fluent catalogues: every `assets/i18n/<language>/<area>.ftl` becomes an entry
//! of `CATALOGUES` (language tag, file name, text), so a new language or area file needs no
//! code change — only the file (docs/languages.md).

use std::fs;
use std::path::Path;

fn main() {
    let root = Path::new("assets/i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    let mut languages: Vec<_> = fs::read_dir(root).expect("assets/i18n").map(|e| e.unwrap().path()).collect();
    languages.sort();
    for language in languages.iter().filter(|p| p.is_dir()) {
        println!("cargo:rerun-if-changed={}", language.display());
        let tag = language.file_name().unwrap().to_str().unwrap().to_string();
        let mut files: Vec<_> = fs::read_dir(language).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files.iter().filter(|p| p.extension().is_some_and(|e| e == "ftl")) {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().unwrap().to_str().unwrap().to_string();
            let absolute = fs::canonicalize(file).unwrap();
            entries.push(format!("    ({tag:?}, {name:?}, include_str!({:?})),\n", absolute.display().to_string()));
        }
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogues.rs");
    let text = format!("pub(crate) const CATALOGUES: &[(&str, &str, &str)] = &[\n{}];\n", entries.concat());
    fs::write(out, text).unwrap();
}
