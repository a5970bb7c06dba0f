//! The languages the window speaks, how a system locale ("de_DE.UTF-8", "pt-BR", "zh-Hans-CN")
//! maps onto one, and the lifter's choice in Settings (the system's, or one of them).

use serde::{Deserialize, Serialize};

/// A language with a complete catalogue in `assets/i18n/<tag>/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Language {
    English,
    German,
    French,
    Spanish,
    Italian,
    PortugueseBrazil,
    ChineseSimplified,
}

impl Language {
    pub const ALL: [Language; 7] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Italian,
        Language::PortugueseBrazil,
        Language::ChineseSimplified,
    ];

    /// The BCP 47 tag, which is also the catalogue's folder name.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Italian => "it",
            Language::PortugueseBrazil => "pt-BR",
            Language::ChineseSimplified => "zh-CN",
        }
    }

    /// The language's name in itself, as a language picker shows it to someone who does not
    /// read the current one.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::Spanish => "Español",
            Language::Italian => "Italiano",
            Language::PortugueseBrazil => "Português (Brasil)",
            Language::ChineseSimplified => "简体中文",
        }
    }

    /// The language a locale tag asks for — `de_DE.UTF-8`, `fr-CA`, `pt_PT`, `zh-Hans-CN` —
    /// by its primary language subtag; `None` for a language without a catalogue.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let tag = locale.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
        let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
        match id.language.as_str() {
            "en" => Some(Language::English),
            "de" => Some(Language::German),
            "fr" => Some(Language::French),
            "es" => Some(Language::Spanish),
            "it" => Some(Language::Italian),
            "pt" => Some(Language::PortugueseBrazil),
            "zh" => Some(Language::ChineseSimplified),
            _ => None,
        }
    }

    /// Whether amounts are written with a decimal comma (`82,5`).
    pub fn decimal_comma(self) -> bool {
        !matches!(self, Language::English | Language::ChineseSimplified)
    }
}

/// What the lifter picked in Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum LanguageChoice {
    /// The system's language (English when it has no catalogue).
    #[default]
    System,
    Fixed(Language),
}

/// The system's locale tag as the OS reports it (`LANG`/`LC_ALL` on Linux), if any.
pub fn system_locale() -> Option<String> {
    sys_locale::get_locale()
}

/// The language and region the window uses for `choice` on a system whose locale is
/// `system` (`None`: the system did not say).
pub fn resolve(choice: LanguageChoice, system: Option<&str>) -> (Language, Option<String>) {
    let region = system.and_then(region_of);
    match choice {
        LanguageChoice::Fixed(language) => (language, region),
        LanguageChoice::System => (system.and_then(Language::from_locale).unwrap_or(Language::English), region),
    }
}

/// `US` of `en_US.UTF-8` or `en-US`.
fn region_of(locale: &str) -> Option<String> {
    let tag = locale.split(['.', '@']).next()?.replace('_', "-");
    let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    id.region.map(|r| r.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_onto_their_language() {
        assert_eq!(Language::from_locale("de_DE.UTF-8"), Some(Language::German));
        assert_eq!(Language::from_locale("fr-CA"), Some(Language::French));
        assert_eq!(Language::from_locale("pt_PT"), Some(Language::PortugueseBrazil));
        assert_eq!(Language::from_locale("zh-Hans-CN"), Some(Language::ChineseSimplified));
        assert_eq!(Language::from_locale("en_GB.UTF-8@euro"), Some(Language::English));
        assert_eq!(Language::from_locale("C"), None);
        assert_eq!(Language::from_locale("nl_NL.UTF-8"), None);
        assert_eq!(Language::from_locale(""), None);
    }

    #[test]
    fn the_system_language_is_the_default_and_english_the_fallback() {
        assert_eq!(resolve(LanguageChoice::System, Some("it_IT.UTF-8")), (Language::Italian, Some("IT".into())));
        assert_eq!(resolve(LanguageChoice::System, Some("nl_NL")).0, Language::English);
        assert_eq!(resolve(LanguageChoice::System, None), (Language::English, None));
        assert_eq!(
            resolve(LanguageChoice::Fixed(Language::German), Some("en_US")),
            (Language::German, Some("US".into()))
        );
    }
}
