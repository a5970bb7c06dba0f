//! No file of `src/` imports, through others, a file that imports it back (issue #34: a knot
//! of ten files in `app/` cost a data bug), and no file of `src/app/` is longer than one can
//! read in a sitting. The graph is read from the source as `../shared/tools/import_circles.py`
//! reads it: every `use` and every `crate::`/`super::`/`self::` path, test modules left out.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Module = Vec<String>;

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

/// `app/state.rs` → `[app, state]`; `app/mod.rs` → `[app]`; `lib.rs` → `[]`.
fn module_of_file(src: &Path, file: &Path) -> Module {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Module = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// The source without comments and without `#[cfg(test)] mod x { … }` blocks.
fn code_of(text: &str) -> String {
    let without_comments: String =
        text.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    let mut out = String::new();
    let mut rest = without_comments.as_str();
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "#[cfg(test)]".len()..];
        let trimmed = after.trim_start();
        let is_inline_mod =
            trimmed.starts_with("mod ") && trimmed.find('{').is_some_and(|b| trimmed.find(';').is_none_or(|s| b < s));
        if !is_inline_mod {
            rest = after;
            continue;
        }
        let open = after.find('{').unwrap();
        let mut depth = 0;
        let mut end = after.len();
        for (i, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// `a::{b, c::{d, e as f}}` → `[a::b, a::c::d, a::c::e]`.
fn expand_use(body: &str) -> Vec<Vec<String>> {
    fn split_top(s: &str) -> Vec<&str> {
        let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
        for (i, c) in s.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(&s[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        items.push(&s[start..]);
        items
    }
    fn expand(prefix: &[String], s: &str, out: &mut Vec<Vec<String>>) {
        for item in split_top(s).into_iter().filter(|i| !i.is_empty()) {
            if let Some(brace) = item.find("::{") {
                let mut inner = prefix.to_vec();
                inner.extend(item[..brace].split("::").map(str::to_owned));
                expand(&inner, &item[brace + 3..item.len() - 1], out);
            } else if let Some(inner) = item.strip_prefix('{').and_then(|i| i.strip_suffix('}')) {
                expand(prefix, inner, out);
            } else {
                let name = item.split(" as ").next().unwrap_or(item);
                let mut path = prefix.to_vec();
                path.extend(name.split("::").map(str::to_owned));
                out.push(path);
            }
        }
    }
    let compact: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let compact = compact.replace(" as ", "\u{0}").replace(' ', "").replace('\u{0}', " as ");
    let mut out = Vec::new();
    expand(&[], &compact, &mut out);
    out
}

/// Every path the code names from `crate`, `super` or `self`, in `use` lines or inline.
fn paths_in(code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let word_start = at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let after = &rest[at + 4..];
        if word_start && let Some(end) = after.find(';') {
            paths.extend(expand_use(&after[..end]));
        }
        rest = after;
    }
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    for root in ["crate::", "super::", "self::"] {
        for (at, _) in code.match_indices(root) {
            if code[..at].ends_with(|c: char| is_ident(c) || c == ':') {
                continue;
            }
            let tail = &code[at..];
            let end = tail.find(|c: char| !(is_ident(c) || c == ':')).unwrap_or(tail.len());
            paths.push(tail[..end].split("::").filter(|p| !p.is_empty()).map(str::to_owned).collect());
        }
    }
    paths
}

/// The files of `src/` and the files each names.
fn graph() -> (BTreeMap<Module, PathBuf>, BTreeMap<Module, BTreeSet<Module>>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files: BTreeMap<Module, PathBuf> =
        rust_files(&src).into_iter().map(|f| (module_of_file(&src, &f), f)).collect();
    let file_of = |path: &[String]| (1..=path.len()).rev().map(|n| path[..n].to_vec()).find(|m| files.contains_key(m));
    let mut edges = BTreeMap::new();
    for (module, file) in &files {
        if module.iter().any(|p| p == "tests" || p == "test_support") {
            continue;
        }
        let code = code_of(&fs::read_to_string(file).unwrap());
        let mut targets = BTreeSet::new();
        for path in paths_in(&code) {
            let target: Module = match path.first().map(String::as_str) {
                Some("crate") => path[1..].to_vec(),
                Some("self") => module.iter().cloned().chain(path[1..].iter().cloned()).collect(),
                Some("super") => {
                    let ups = path.iter().take_while(|p| *p == "super").count();
                    let base = &module[..module.len().saturating_sub(ups)];
                    base.iter().cloned().chain(path[ups..].iter().cloned()).collect()
                }
                _ => continue,
            };
            if let Some(t) = file_of(&target)
                && t != *module
                && !t.is_empty()
            {
                targets.insert(t);
            }
        }
        edges.insert(module.clone(), targets);
    }
    (files, edges)
}

/// The groups of two or more files that reach each other (Tarjan's strongly connected parts).
fn circles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<Module, usize>,
        low: BTreeMap<Module, usize>,
        stack: Vec<Module>,
        found: Vec<Vec<Module>>,
    }
    impl Walk<'_> {
        fn visit(&mut self, v: &Module) {
            let n = self.index.len();
            self.index.insert(v.clone(), n);
            self.low.insert(v.clone(), n);
            self.stack.push(v.clone());
            for w in self.edges.get(v).into_iter().flatten() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v.clone(), low);
                } else if self.stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v.clone(), low);
                }
            }
            if self.low[v] == self.index[v] {
                let at = self.stack.iter().position(|m| m == v).unwrap();
                let part = self.stack.split_off(at);
                if part.len() > 1 {
                    self.found.push(part);
                }
            }
        }
    }
    let mut walk = Walk { edges, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), found: Vec::new() };
    for v in edges.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.found
}

#[test]
fn no_file_of_src_imports_itself_through_others() {
    let (files, edges) = graph();
    let found: Vec<String> = circles(&edges)
        .into_iter()
        .map(|part| {
            let mut names: Vec<String> = part.iter().map(|m| files[m].display().to_string()).collect();
            names.sort();
            format!("{} files: {}", names.len(), names.join(", "))
        })
        .collect();
    assert!(found.is_empty(), "import circles in src/:\n{}", found.join("\n"));
}

#[test]
fn the_graph_sees_the_imports_it_looks_for() {
    // state.rs names the recorder and the jobs; a reader that found nothing would pass anything.
    let (_, edges) = graph();
    let state = edges.get(&vec!["app".to_owned(), "state".to_owned()]).expect("app/state.rs is read");
    assert!(state.contains(&vec!["app".to_owned(), "record".to_owned()]), "{state:?}");
    assert!(state.contains(&vec!["app".to_owned(), "jobs".to_owned()]), "{state:?}");
    // And a circle of three is found.
    let m = |s: &str| vec![s.to_owned()];
    let knot: BTreeMap<Module, BTreeSet<Module>> =
        [(m("a"), [m("b")].into()), (m("b"), [m("c")].into()), (m("c"), [m("a")].into()), (m("d"), [m("a")].into())]
            .into();
    let found = circles(&knot);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].len(), 3);
}

#[test]
fn expand_use_reads_nested_groups() {
    let paths = expand_use("super::{a::{B, c as d}, e}");
    let joined: Vec<String> = paths.iter().map(|p| p.join("::")).collect();
    assert_eq!(joined, ["super::a::B", "super::a::c", "super::e"]);
}

#[test]
fn no_file_of_the_app_layer_is_over_400_lines() {
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let long: Vec<String> = rust_files(&app)
        .into_iter()
        .filter(|f| !f.components().any(|c| c.as_os_str() == "tests"))
        .filter_map(|f| {
            let lines = fs::read_to_string(&f).unwrap().lines().count();
            (lines > 400).then(|| format!("{}: {lines} lines", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "files of src/app/ over 400 lines:\n{}", long.join("\n"));
}
