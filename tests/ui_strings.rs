//! No text a lifter reads is written in `src/ui/` outside the Fluent catalogues
//! (docs/languages.md). Every string literal of the views — in code and inside macros such as
//! `format!` — is found by a real Rust parser; one that reads as words (a space, a capital or
//! a letter beyond ASCII once placeholders and date patterns are taken out) fails the suite,
//! listed by file and line. Message ids (`workout-add-set`), egui id salts and units are
//! lower-case single words and pass. Test modules are skipped.
//!
//! `cargo test --test ui_strings -- --nocapture` prints every such literal left.

use std::fs;
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// Words that are the same in every language: names, symbols, standard abbreviations.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &["GymLog", "RPE", "e1RM", "1RM", "CSV", "Parquet", "JSON", "SQL", "OK"];

/// Files still being moved to the catalogues (each is removed from here when its strings are
/// in `assets/i18n`). Empty when the window is fully translated.
const NOT_YET_TRANSLATED: &[&str] = &["ui/fonts.rs", "ui/probe.rs", "ui/trace.rs"];

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
    files.sort();
    files
}

/// Whether a literal reads as words a lifter would read.
fn reads_as_words(text: &str) -> bool {
    let mut stripped = String::new();
    let mut depth = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
            }
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            // A chrono pattern: %Y, %-d, %a…
            '%' => {
                if chars.peek() == Some(&'-') {
                    chars.next();
                }
                chars.next();
            }
            _ if depth == 0 => stripped.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = stripped
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| !SAME_IN_EVERY_LANGUAGE.contains(w))
        .collect();
    if words.is_empty() {
        return false;
    }
    let kebab = stripped.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.:/#".contains(c));
    !kebab
}

struct Literals {
    found: Vec<(usize, String)>,
}

impl Literals {
    fn literal(&mut self, lit: &syn::LitStr) {
        let text = lit.value();
        if reads_as_words(&text) {
            self.found.push((lit.span().start().line, text));
        }
    }

    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        for tree in tokens {
            match tree {
                proc_macro2::TokenTree::Literal(literal) => {
                    if let Ok(lit) = syn::parse_str::<syn::LitStr>(&literal.to_string()) {
                        let text = lit.value();
                        if reads_as_words(&text) {
                            self.found.push((literal.span().start().line, text));
                        }
                    }
                }
                proc_macro2::TokenTree::Group(group) => self.tokens(group.stream()),
                _ => {}
            }
        }
    }
}

fn is_test_module(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("cfg") && a.meta.to_token_stream_string().contains("test"))
}

trait MetaText {
    fn to_token_stream_string(&self) -> String;
}

impl MetaText for syn::Meta {
    fn to_token_stream_string(&self) -> String {
        quote_string(self)
    }
}

fn quote_string(meta: &syn::Meta) -> String {
    match meta {
        syn::Meta::List(list) => list.tokens.to_string(),
        _ => String::new(),
    }
}

impl<'ast> Visit<'ast> for Literals {
    fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
        self.literal(lit);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.tokens(mac.tokens.clone());
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if !is_test_module(&item.attrs) {
            syn::visit::visit_item_mod(self, item);
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        if !is_test_module(&item.attrs) && !item.attrs.iter().any(|a| a.path().is_ident("test")) {
            syn::visit::visit_item_fn(self, item);
        }
    }

    // Doc comments and other attributes are not on screen.
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}
}

fn literals_in(file: &Path) -> Vec<(usize, String)> {
    let text = fs::read_to_string(file).unwrap();
    let syntax = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut literals = Literals { found: Vec::new() };
    literals.visit_file(&syntax);
    literals.found.sort();
    literals.found
}

#[test]
fn no_user_visible_text_is_written_in_the_views() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut left = Vec::new();
    let mut pending = 0;
    for file in rust_files(&src.join("ui")) {
        let name = file.strip_prefix(&src).unwrap().display().to_string();
        let found = literals_in(&file);
        if NOT_YET_TRANSLATED.contains(&name.as_str()) {
            pending += found.len();
            continue;
        }
        left.extend(found.into_iter().map(|(line, text)| format!("{name}:{line}: {text:?}")));
    }
    if pending > 0 {
        println!("{pending} literals left in files not yet translated: {NOT_YET_TRANSLATED:?}");
    }
    assert!(left.is_empty(), "text in src/ui/ outside assets/i18n ({}):\n{}", left.len(), left.join("\n"));
}

#[test]
fn the_check_tells_words_from_ids() {
    assert!(reads_as_words("Add set"));
    assert!(reads_as_words("Export backup…"));
    assert!(reads_as_words("{} of {}: Next"));
    assert!(reads_as_words("Satz hinzufügen"));
    assert!(reads_as_words("深蹲"));
    assert!(!reads_as_words("workout-add-set"));
    assert!(!reads_as_words("kg"));
    assert!(!reads_as_words("{weight} × {reps}"));
    assert!(!reads_as_words("%Y-%m-%d"));
    assert!(!reads_as_words("RPE {}"));
    assert!(!reads_as_words("{:.1}"));
}
