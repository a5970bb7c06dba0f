//! Values as exports write them, in any language the apps ship: numbers with a decimal point
//! or comma (`62.5`, `62,5`, `1.234,5`), amounts with their unit (`62,50 kg`, `20 ripetizioni`,
//! `90 secondi`), weight and distance units, durations (`1h 5m`, `31min`, `1小时13分钟`,
//! `1 Std. 5 Min.`, `0:01:30`), dates and times (chrono's parser over each app's formats, with
//! month names of other languages and the narrow spaces iOS puts before AM/PM made plain), and
//! yes/no flags. Each returns `None` for what it cannot read; the app readers decide what that
//! means for the row.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::domain::units::WeightUnit;

/// A number written with a decimal point or comma; thousands separators are allowed when both
/// marks appear (`1,234.5`, `1.234,5`). Not a number (text, `inf`, `NaN`): `None`.
pub fn number(text: &str) -> Option<f64> {
    let text = text.trim().trim_start_matches('+');
    // A plain `62.5` or `8` (most cells): parsed as it is, nothing allocated.
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-') {
        return text.parse::<f64>().ok().filter(|v| v.is_finite());
    }
    if text.is_empty() || text.chars().any(|c| c.is_alphabetic() && c != 'e' && c != 'E') {
        return None;
    }
    let plain = match (text.rfind('.'), text.rfind(',')) {
        (Some(dot), Some(comma)) if comma > dot => text.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => text.replace(',', ""),
        (None, Some(_)) if text.matches(',').count() == 1 => text.replace(',', "."),
        (None, Some(_)) => return None,
        _ => text.replace(['\u{a0}', ' ', '\u{202f}'], ""),
    };
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// An amount followed by its unit word (`62,50 kg`, `20 ripetizioni`, `1.5km`): the number and
/// the unit (lowercased, may be empty).
pub fn amount_and_unit(text: &str) -> Option<(f64, String)> {
    let text = text.trim();
    let end = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | ' ' | '\u{a0}' | '\u{202f}')))
        .map_or(text.len(), |(i, _)| i);
    let value = number(&text[..end])?;
    Some((value, text[end..].trim().trim_end_matches('.').to_lowercase()))
}

/// A weight unit in any of the languages the apps write it.
pub fn weight_unit(text: &str) -> Option<WeightUnit> {
    let unit = text.trim().trim_matches(|c| c == '(' || c == ')').trim_end_matches('.').to_lowercase();
    match unit.as_str() {
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramm" | "kilogramme" | "kilogrammes"
        | "kilogramo" | "kilogramos" | "chilogrammi" | "公斤" | "千克" | "кг" | "キロ" => Some(WeightUnit::Kg),
        "lb" | "lbs" | "pound" | "pounds" | "pfund" | "livre" | "livres" | "libra" | "libras" | "libbre" | "磅"
        | "фунт" | "фунты" | "ポンド" => Some(WeightUnit::Lb),
        _ => None,
    }
}

/// Metres in one of a distance unit, in the languages the apps write it.
pub fn metres_per(text: &str) -> Option<f64> {
    let unit = text.trim().trim_matches(|c| c == '(' || c == ')').trim_end_matches('.').to_lowercase();
    let metres = match unit.as_str() {
        "m" | "meter" | "meters" | "metre" | "metres" | "mètre" | "mètres" | "metro" | "metros" | "metri" | "米"
        | "м" | "метр" | "метров" => 1.0,
        "km" | "kms" | "kilometer" | "kilometers" | "kilometre" | "kilometres" | "kilomètre" | "kilomètres"
        | "kilómetro" | "kilómetros" | "chilometri" | "quilômetros" | "公里" | "千米" | "км" => 1000.0,
        "mi" | "mile" | "miles" | "meile" | "meilen" | "milla" | "millas" | "miglia" | "milhas" | "英里" | "миля"
        | "мили" | "миль" => 1609.344,
        "yd" | "yds" | "yard" | "yards" | "码" => 0.9144,
        "ft" | "feet" | "foot" | "fuß" | "pieds" | "pies" | "英尺" => 0.3048,
        "cm" => 0.01,
        _ => return None,
    };
    Some(metres)
}

/// How a duration of two colon-separated parts (`1:30`) reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TwoParts {
    MinutesSeconds,
    HoursMinutes,
}

/// A duration in seconds: a plain number of seconds, `H:MM:SS` (or two parts, read as
/// `two_parts` says), or numbers each followed by a unit word in any of the apps' languages
/// (`1h 5m`, `31min`, `1小时13分钟`, `1 Std. 5 Min.`, `2 heures 3 minutes`), added up by
/// humantime once the words are its own.
pub fn duration_seconds(text: &str, two_parts: TwoParts) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Some(seconds) = number(text).filter(|s| *s >= 0.0) {
        return Some(seconds);
    }
    if text.contains(':') && text.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.') {
        // Clock form: the leading part may run past 59 (a 26-hour hike), the others may not.
        let parts: Vec<f64> = text.split(':').map(number).collect::<Option<_>>()?;
        if parts.iter().skip(1).any(|p| *p >= 60.0) || parts.iter().any(|p| *p < 0.0) {
            return None;
        }
        return match (&parts[..], two_parts) {
            (&[h, m, s], _) => Some(h * 3600.0 + m * 60.0 + s),
            (&[m, s], TwoParts::MinutesSeconds) => Some(m * 60.0 + s),
            (&[h, m], TwoParts::HoursMinutes) => Some(h * 3600.0 + m * 60.0),
            _ => None,
        };
    }
    // Numbers and unit words, each word made one of humantime's.
    let mut english = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if rest.is_empty() {
            break;
        }
        let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
        if digits == 0 {
            return None;
        }
        let value = number(&rest[..digits])?;
        rest = rest[digits..].trim_start();
        let word_end = rest.find(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == ',').unwrap_or(rest.len());
        let unit = duration_unit(&rest[..word_end])?;
        rest = &rest[word_end..];
        english.push_str(&format!("{}{unit} ", value as u64));
        if value.fract() != 0.0 {
            return None;
        }
    }
    humantime::parse_duration(english.trim()).ok().map(|d| d.as_secs_f64())
}

/// humantime's word for a unit of time in another language (`Std.` → `h`).
fn duration_unit(word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches('.').to_lowercase();
    let unit = match word.as_str() {
        "h" | "hr" | "hrs" | "hour" | "hours" | "std" | "stunde" | "stunden" | "st" | "heure" | "heures" | "hora"
        | "horas" | "ora" | "ore" | "uur" | "godz" | "saat" | "ч" | "час" | "часа" | "часов" | "小时" | "小時"
        | "時間" | "时" | "時" | "시간" | "giờ" | "ó" | "óra" => "h",
        "m" | "min" | "mins" | "minute" | "minutes" | "minuten" | "minuto" | "minutos" | "minuti" | "minuut"
        | "minut" | "minuty" | "dk" | "dakika" | "мин" | "минута" | "минуты" | "минут" | "分钟" | "分鐘" | "分"
        | "분" | "phút" | "perc" => "m",
        "s" | "sec" | "secs" | "second" | "seconds" | "sek" | "sekunde" | "sekunden" | "seconde" | "secondes"
        | "segundo" | "segundos" | "secondo" | "secondi" | "seconden" | "sekund" | "sekundy" | "sn" | "saniye"
        | "с" | "сек" | "секунд" | "секунды" | "秒" | "秒钟" | "초" | "giây" | "mp" => "s",
        _ => return None,
    };
    Some(unit)
}

/// A date and time in one of `formats` (chrono's parser) after [`plain_date`]. A format
/// without a time reads as the start of the day.
pub fn datetime(text: &str, formats: &[&str]) -> Option<NaiveDateTime> {
    let text = plain_date(text);
    formats.iter().find_map(|f| {
        NaiveDateTime::parse_from_str(&text, f)
            .ok()
            .or_else(|| NaiveDate::parse_from_str(&text, f).ok().map(|d| d.and_time(NaiveTime::MIN)))
    })
}

/// Whether a date is one a lifter can have trained on (1950–2100): a phone whose clock was
/// reset writes 1970, which is still a date; the year 1900 or 2200 is not.
pub fn plausible_year(at: NaiveDateTime) -> bool {
    (1950..=2100).contains(&chrono::Datelike::year(&at))
}

/// The month names of other languages in English (chrono parses English only), plain spaces
/// for the narrow and no-break spaces iOS writes before AM/PM, and `a.m.`/`p.m.` as AM/PM.
fn plain_date(text: &str) -> String {
    // Digits and separators only (most files): nothing to translate.
    if text.bytes().all(|b| b.is_ascii_digit() || b" -/.:T".contains(&b)) {
        return text.trim().to_string();
    }
    let mut text: String =
        text.trim().chars().map(|c| if matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}') { ' ' } else { c }).collect();
    for (from, to) in [("a.m.", "AM"), ("p.m.", "PM"), ("a. m.", "AM"), ("p. m.", "PM")] {
        text = text.replace(from, to);
    }
    if !text.chars().any(char::is_alphabetic) {
        return text;
    }
    text.split(' ')
        .map(|word| {
            let bare = word.trim_end_matches(['.', ',']).to_lowercase();
            let rest = &word[word.trim_end_matches(['.', ',']).len()..];
            match english_month(&bare) {
                Some(month) => format!("{month}{}", rest.trim_start_matches('.')),
                None => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `mär` → `Mar`, `juillet` → `Jul`: months in German, French, Spanish, Italian, Portuguese
/// and Dutch, by their names and usual abbreviations.
fn english_month(word: &str) -> Option<&'static str> {
    const MONTHS: [(&str, &[&str]); 12] = [
        ("Jan", &["jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"]),
        (
            "Feb",
            &["feb", "februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "februari"],
        ),
        ("Mar", &["mar", "mär", "märz", "mars", "marzo", "março", "maart", "mrt"]),
        ("Apr", &["apr", "april", "avril", "avr", "abril", "abr", "aprile"]),
        ("May", &["may", "mai", "mayo", "maggio", "mag", "maio", "mei"]),
        ("Jun", &["jun", "juni", "juin", "junio", "giugno", "giu", "junho"]),
        ("Jul", &["jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"]),
        ("Aug", &["aug", "august", "août", "aout", "agosto", "ago", "augustus"]),
        ("Sep", &["sep", "sept", "september", "septembre", "septiembre", "settembre", "set", "setembro"]),
        ("Oct", &["oct", "okt", "oktober", "octobre", "octubre", "ottobre", "ott", "outubro", "out"]),
        ("Nov", &["nov", "november", "novembre", "noviembre", "novembro"]),
        ("Dec", &["dec", "dez", "dezember", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "december"]),
    ];
    MONTHS.iter().find(|(_, names)| names.contains(&word)).map(|(english, _)| *english)
}

/// A yes/no flag: `1`, `true`, `yes`, `x` and their translations are yes; empty is no.
pub fn flag(text: &str) -> bool {
    matches!(
        text.trim().to_lowercase().as_str(),
        "1" | "true" | "yes" | "y" | "x" | "ja" | "oui" | "sì" | "si" | "sí" | "sim" | "是" | "да" | "✓" | "✔"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_with_a_point_a_comma_or_thousands() {
        for (text, value) in
            [("62.5", 62.5), ("62,5", 62.5), (" 100 ", 100.0), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("-20", -20.0)]
        {
            assert_eq!(number(text), Some(value), "{text}");
        }
        for text in ["heavy", "", "inf", "NaN", "1,2,3", "5 kg"] {
            assert_eq!(number(text), None, "{text}");
        }
        assert_eq!(amount_and_unit("62,50 kg"), Some((62.5, "kg".into())));
        assert_eq!(amount_and_unit("20 ripetizioni"), Some((20.0, "ripetizioni".into())));
        assert_eq!(amount_and_unit("1.5km"), Some((1.5, "km".into())));
        assert_eq!(amount_and_unit("12"), Some((12.0, String::new())));
    }

    #[test]
    fn durations_in_every_language_strong_writes() {
        let cases = [
            ("1h 5m", 3900.0),
            ("58m", 3480.0),
            ("31min", 1860.0),
            ("1小时13分钟", 4380.0),
            ("1 Std. 5 Min.", 3900.0),
            ("2 heures 3 minutes", 7380.0),
            ("45s", 45.0),
            ("3600", 3600.0),
            ("1ч 10мин", 4200.0),
            ("1시간 2분", 3720.0),
            ("0:01:30", 90.0),
            ("26:00:00", 93600.0),
        ];
        for (text, seconds) in cases {
            assert_eq!(duration_seconds(text, TwoParts::HoursMinutes), Some(seconds), "{text}");
        }
        assert_eq!(duration_seconds("1:30", TwoParts::MinutesSeconds), Some(90.0));
        assert_eq!(duration_seconds("1:30", TwoParts::HoursMinutes), Some(5400.0));
        for text in ["a while", "soon", "1h 5", "h"] {
            assert_eq!(duration_seconds(text, TwoParts::HoursMinutes), None, "{text}");
        }
    }

    #[test]
    fn dates_in_other_languages_and_with_ios_spaces() {
        let at = |y, m, d, h, min| NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap();
        let hevy = ["%d %b %Y, %H:%M", "%b %d, %Y, %I:%M %p"];
        assert_eq!(datetime("28 Jul 2026, 18:49", &hevy), Some(at(2026, 7, 28, 18, 49)));
        assert_eq!(datetime("Jul 28, 2026, 6:49\u{202f}PM", &hevy), Some(at(2026, 7, 28, 18, 49)));
        assert_eq!(datetime("28 juil. 2026, 18:49", &hevy), Some(at(2026, 7, 28, 18, 49)));
        assert_eq!(datetime("3 Mär 2024, 07:05", &hevy), Some(at(2024, 3, 3, 7, 5)));
        assert_eq!(datetime("12/03/2024", &["%d/%m/%Y"]), Some(at(2024, 3, 12, 0, 0)));
        assert_eq!(datetime("yesterday", &hevy), None);
        assert!(!plausible_year(at(1900, 1, 1, 0, 0)) && plausible_year(at(1970, 1, 1, 0, 0)));
    }

    #[test]
    fn units_and_flags_in_other_languages() {
        assert_eq!(weight_unit("lbs"), Some(WeightUnit::Lb));
        assert_eq!(weight_unit("公斤"), Some(WeightUnit::Kg));
        assert_eq!(weight_unit("stone"), None);
        assert_eq!(metres_per("Meilen"), Some(1609.344));
        assert_eq!(metres_per("mètres"), Some(1.0));
        assert_eq!(metres_per("furlong"), None);
        assert!(flag("Sì") && flag("1") && flag("TRUE") && !flag("") && !flag("No"));
    }
}
