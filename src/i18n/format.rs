//! Numbers and dates as the window's locale writes them: a decimal comma where the language
//! uses one (`82,5 kg`), the locale's date order (`06.12.2026`, `06/12/2026`, `2026年12月6日`),
//! month and weekday names by chrono's CLDR tables, and the first day of the week.

use chrono::{DateTime, Local, NaiveDate, Weekday};

use super::{I18n, Language};
use crate::domain::units::format_amount;
use crate::domain::units::typed::Refused;

impl I18n {
    /// An amount without trailing zeros in the locale's form: `102.5` / `102,5`.
    pub fn amount(&self, amount: f64) -> String {
        self.localise_number(format_amount(amount))
    }

    /// A number with `places` decimals: `1.50` / `1,50`.
    pub fn fixed(&self, value: f64, places: usize) -> String {
        self.localise_number(format!("{value:.places$}"))
    }

    /// Swaps the decimal point of a number the program wrote for the locale's separator.
    pub fn localise_number(&self, text: String) -> String {
        if self.language.decimal_comma() { text.replace('.', ",") } else { text }
    }

    fn chrono_locale(&self) -> chrono::Locale {
        match self.language {
            Language::English => match self.region.as_deref() {
                Some("US") | None => chrono::Locale::en_US,
                _ => chrono::Locale::en_GB,
            },
            Language::German => chrono::Locale::de_DE,
            Language::French => chrono::Locale::fr_FR,
            Language::Spanish => chrono::Locale::es_ES,
            Language::Italian => chrono::Locale::it_IT,
            Language::PortugueseBrazil => chrono::Locale::pt_BR,
            Language::ChineseSimplified => chrono::Locale::zh_CN,
        }
    }

    /// A date in full, in the locale's order: `2026-12-06` stays ISO in English (what the
    /// window always showed), `06.12.2026`, `06/12/2026`, `2026/12/06`.
    pub fn date(&self, date: NaiveDate) -> String {
        let pattern = match self.language {
            Language::English => "%Y-%m-%d",
            Language::German => "%d.%m.%Y",
            Language::French | Language::Spanish | Language::Italian | Language::PortugueseBrazil => "%d/%m/%Y",
            Language::ChineseSimplified => "%Y/%m/%d",
        };
        date.format(pattern).to_string()
    }

    /// A date with its weekday, short: `Sun 2026-12-06`, `So., 06.12.2026`.
    pub fn weekday_date(&self, date: NaiveDate) -> String {
        format!("{} {}", self.weekday_short(date.weekday_of()), self.date(date))
    }

    /// Day and month with the month's name: `Sun 06 Dec`, `So. 06. Dez.`, `12月06日 周日`.
    pub fn day_month(&self, date: NaiveDate) -> String {
        let pattern = match self.language {
            Language::English => "%a %d %b",
            Language::German => "%a %d. %b",
            Language::ChineseSimplified => "%m月%d日 %a",
            _ => "%a %d %b",
        };
        date.format_localized(pattern, self.chrono_locale()).to_string()
    }

    /// A date with the month's name: `20 Nov 2026`, `20. Nov 2026`, `20 nov. 2026`,
    /// `2026年11月20日`.
    pub fn day_month_year(&self, date: NaiveDate) -> String {
        date.format_localized(self.day_month_year_pattern(), self.chrono_locale()).to_string()
    }

    /// The same with its weekday: `Fri 20 Nov 2026`, `Fr 20. Nov 2026`, `2026年11月20日 星期五`
    /// (chrono's short Chinese weekday is the bare `五`).
    pub fn weekday_day_month_year(&self, date: NaiveDate) -> String {
        let pattern = match self.language {
            Language::ChineseSimplified => format!("{} %A", self.day_month_year_pattern()),
            _ => format!("%a {}", self.day_month_year_pattern()),
        };
        date.format_localized(&pattern, self.chrono_locale()).to_string()
    }

    fn day_month_year_pattern(&self) -> &'static str {
        match self.language {
            Language::German => "%-d. %b %Y",
            Language::ChineseSimplified => "%Y年%-m月%-d日",
            _ => "%-d %b %Y",
        }
    }

    /// Why a typed amount was refused (`common-refused-*`).
    pub fn refused(&self, refused: &Refused) -> String {
        let what = match refused {
            Refused::NotANumber { what, .. }
            | Refused::NotWhole { what, .. }
            | Refused::NotATime { what, .. }
            | Refused::OutOfRange { what, .. } => what,
        };
        self.refused_as(refused, what)
    }

    /// Why a typed amount was refused, the field named `what` in this language.
    pub fn refused_as(&self, refused: &Refused, what: &str) -> String {
        let args = |id: &str, text: &str| self.f(id, &[("what", what.into()), ("text", text.into())]);
        match refused {
            Refused::NotANumber { text, .. } => args("common-refused-not-a-number", text),
            Refused::NotWhole { text, .. } => args("common-refused-not-whole", text),
            Refused::NotATime { text, .. } => args("common-refused-not-a-time", text),
            Refused::OutOfRange { text, range, .. } => self.f(
                "common-refused-out-of-range",
                &[("what", what.into()), ("text", text.as_str().into()), ("range", range.as_str().into())],
            ),
        }
    }

    /// A moment to the minute: `2026-12-06 18:49`, `06.12.2026 18:49`.
    pub fn date_time(&self, at: DateTime<Local>) -> String {
        format!("{} {}", self.date(at.date_naive()), at.format("%H:%M"))
    }

    /// A weekday's short name: `Mon`, `Mo`, `lun.`, `周一`.
    pub fn weekday_short(&self, day: Weekday) -> String {
        // Any date with that weekday: 2024-01-01 was a Monday.
        let date =
            NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Duration::days(day.num_days_from_monday().into());
        date.format_localized("%a", self.chrono_locale()).to_string()
    }

    /// A month's short name: `Dec`, `Dez`, `déc.`, `12月`.
    pub fn month_short(&self, month: u32) -> String {
        let date = NaiveDate::from_ymd_opt(2024, month.clamp(1, 12), 1).unwrap();
        date.format_localized("%b", self.chrono_locale()).to_string()
    }

    /// The first day of the week of the calendar: Sunday in the United States and Brazil
    /// (and English without a region), Monday elsewhere (ISO 8601, CLDR).
    pub fn first_weekday(&self) -> Weekday {
        match (self.language, self.region.as_deref()) {
            (Language::English, None | Some("US" | "CA")) => Weekday::Sun,
            (Language::PortugueseBrazil, None | Some("BR")) => Weekday::Sun,
            _ => Weekday::Mon,
        }
    }
}

/// `NaiveDate::weekday` without importing the trait at every call site.
trait WeekdayOf {
    fn weekday_of(&self) -> Weekday;
}

impl WeekdayOf for NaiveDate {
    fn weekday_of(&self) -> Weekday {
        chrono::Datelike::weekday(self)
    }
}
