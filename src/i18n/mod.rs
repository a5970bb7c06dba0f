//! GymLog in the lifter's language: the Fluent catalogues (`assets/i18n/<tag>/*.ftl`,
//! embedded at build time by `build.rs`), the messages of one language with English behind
//! it for any id a translation lacks, and the locale's numbers and dates. No egui, no store:
//! the views and the app's messages (toasts, errors shown to the user) both read from it.
//!
//! Messages without variables are formatted once when a language is loaded, so a frame's
//! `t("id")` is a map look-up that allocates nothing; messages with variables (counts with
//! their plural rules, names) are formatted on demand and cached by the views that draw them.

mod format;
pub mod language;
mod program;
mod sync;

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use language::{Language, LanguageChoice};

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// One argument of a message: `("count", 3.into())`, `("name", name.into())`.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

/// The catalogue files of `language`: (file name, text).
pub fn files(language: Language) -> impl Iterator<Item = (&'static str, &'static str)> {
    CATALOGUES.iter().filter(move |(tag, _, _)| *tag == language.tag()).map(|(_, name, text)| (*name, *text))
}

/// A language's messages in a bundle, and those without variables already formatted.
struct Messages {
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<String, String>,
}

impl Messages {
    fn load(language: Language) -> Messages {
        let id: unic_langid::LanguageIdentifier = language.tag().parse().expect("a valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks around placeables would show as boxes in egui.
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        for (_, text) in files(language) {
            // A file with a syntax error still yields its good messages; the suite's
            // `every_catalogue_parses` test keeps the shipped files clean.
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, _)| resource);
            ids.extend(resource.entries().filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            }));
            // Duplicate ids across files: the first one stands (the test suite reports them).
            let _ = bundle.add_resource(resource);
        }
        let mut plain = HashMap::new();
        for id in ids {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
            if errors.is_empty() {
                plain.insert(id, text);
            }
        }
        Messages { bundle, plain }
    }

    fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: &[Arg<'_>]) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned())
    }
}

/// The window's language: its messages, English's for any it lacks, and its locale's forms.
pub struct I18n {
    language: Language,
    region: Option<String>,
    messages: Messages,
    english: Option<Messages>,
    /// English name → this language's, for the built-in library's exercises, muscle groups
    /// and equipment (`exercises.ftl`: ids starting `exercise-`, `muscle-`, `equipment-`).
    names: HashMap<String, String>,
}

/// The id prefixes of names of the built-in library (exercises, muscle groups, equipment).
pub const NAME_PREFIXES: [&str; 3] = ["exercise-", "muscle-", "equipment-"];

/// The catalogue id of a built-in name: `exercise-` + `close-grip-bench-press`.
pub fn name_id(prefix: &str, english: &str) -> String {
    let mut id = String::from(prefix);
    let mut dash = false;
    for c in english.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !id.ends_with('-') {
                id.push('-');
            }
            dash = false;
            id.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    id
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("language", &self.language).field("region", &self.region).finish()
    }
}

impl I18n {
    /// The catalogue of `language`; `region` (`US`, `DE`) refines the first day of the week.
    pub fn new(language: Language, region: Option<String>) -> I18n {
        let english = (language != Language::English).then(|| Messages::load(Language::English));
        let messages = Messages::load(language);
        let names = match &english {
            None => HashMap::new(),
            Some(english) => english
                .plain
                .iter()
                .filter(|(id, _)| NAME_PREFIXES.iter().any(|p| id.starts_with(p)))
                .filter_map(|(id, name)| Some((name.clone(), messages.plain.get(id)?.clone())))
                .collect(),
        };
        I18n { language, region, messages, english, names }
    }

    /// A built-in exercise, muscle group or equipment in this language; any other name (the
    /// lifter's own exercises) as it is. The stored events always keep the English name.
    pub fn name<'a>(&'a self, english: &'a str) -> &'a str {
        self.names.get(english).map_or(english, String::as_str)
    }

    /// English, as the tests and the CLI read it.
    pub fn english() -> I18n {
        I18n::new(Language::English, None)
    }

    /// The language `choice` resolves to on this system.
    pub fn for_choice(choice: LanguageChoice) -> I18n {
        let (language, region) = language::resolve(choice, language::system_locale().as_deref());
        I18n::new(language, region)
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// A message without variables. An id no catalogue has comes back as itself, so a
    /// missing message is visible on screen and in tests rather than blank.
    pub fn t<'a>(&'a self, id: &'a str) -> &'a str {
        if let Some(text) = self.messages.plain.get(id) {
            return text;
        }
        self.english.as_ref().and_then(|e| e.plain.get(id)).map_or(id, String::as_str)
    }

    /// A message with variables: `f("history-workouts", &[("count", 3.into())])`. Counts
    /// passed as numbers choose the language's plural form.
    pub fn f(&self, id: &str, args: &[Arg<'_>]) -> String {
        let messages = if self.messages.has(id) { Some(&self.messages) } else { self.english.as_ref() };
        messages.and_then(|m| m.format(id, args)).unwrap_or_else(|| id.to_string())
    }

    /// Whether any catalogue of this language (or English) has `id`.
    pub fn has(&self, id: &str) -> bool {
        self.messages.has(id) || self.english.as_ref().is_some_and(|e| e.has(id))
    }
}

#[cfg(test)]
mod tests;
