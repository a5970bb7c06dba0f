//! The words of Strong's CSV header in the languages Strong ships, and its rest-timer rows'
//! name. The German, French and Simplified Chinese headers are Strong's own, as its files
//! write them; the others are Strong's translations as far as we know them — a header that
//! matches none of them, but has the columns of a known layout, is read by position instead
//! (`strong.rs`), so a wrong guess here costs nothing.

/// What a column of a Strong export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    WorkoutNumber,
    Date,
    WorkoutName,
    Duration,
    Exercise,
    SetOrder,
    Weight,
    WeightUnit,
    Reps,
    Distance,
    DistanceUnit,
    Seconds,
    Notes,
    WorkoutNotes,
    Rpe,
}

use Role::*;

/// The 12-column layout, in order: the one Strong translates.
pub const TWELVE: [Role; 12] =
    [Date, WorkoutName, Duration, Exercise, SetOrder, Weight, Reps, Distance, Seconds, Notes, WorkoutNotes, Rpe];

/// The 12-column header in each language, in [`TWELVE`]'s order.
const TRANSLATIONS: &[(&str, [&str; 12])] = &[
    (
        "English",
        [
            "Date",
            "Workout Name",
            "Duration",
            "Exercise Name",
            "Set Order",
            "Weight",
            "Reps",
            "Distance",
            "Seconds",
            "Notes",
            "Workout Notes",
            "RPE",
        ],
    ),
    (
        "German",
        [
            "Datum",
            "Workout-Name",
            "Dauer",
            "Name der Übung",
            "Reihenfolge festlegen",
            "Gewicht",
            "Wiederh.",
            "Entfernung",
            "Sekunden",
            "Notizen",
            "Workout-Notizen",
            "RPE",
        ],
    ),
    (
        "French",
        [
            "Date",
            "Nom de l'entraînement",
            "Durée",
            "Nom de l'exercice",
            "Ordre de la série",
            "Poids",
            "Réps",
            "Distance",
            "Secondes",
            "Notes",
            "Notes d'entraînement",
            "RPE",
        ],
    ),
    (
        "Chinese",
        ["日期", "锻炼名称", "时长", "运动名称", "设置顺序", "重量", "次", "距离", "秒", "备注", "锻炼备注", "RPE"],
    ),
    (
        "Chinese (Traditional)",
        ["日期", "鍛鍊名稱", "時長", "運動名稱", "設定順序", "重量", "次", "距離", "秒", "備註", "鍛鍊備註", "RPE"],
    ),
    (
        "Spanish",
        [
            "Fecha",
            "Nombre del entrenamiento",
            "Duración",
            "Nombre del ejercicio",
            "Orden de la serie",
            "Peso",
            "Repeticiones",
            "Distancia",
            "Segundos",
            "Notas",
            "Notas del entrenamiento",
            "RPE",
        ],
    ),
    (
        "Italian",
        [
            "Data",
            "Nome allenamento",
            "Durata",
            "Nome esercizio",
            "Ordine serie",
            "Peso",
            "Ripetizioni",
            "Distanza",
            "Secondi",
            "Note",
            "Note allenamento",
            "RPE",
        ],
    ),
    (
        "Portuguese",
        [
            "Data",
            "Nome do treino",
            "Duração",
            "Nome do exercício",
            "Ordem da série",
            "Peso",
            "Repetições",
            "Distância",
            "Segundos",
            "Notas",
            "Notas do treino",
            "RPE",
        ],
    ),
    (
        "Russian",
        [
            "Дата",
            "Название тренировки",
            "Продолжительность",
            "Название упражнения",
            "Порядок подходов",
            "Вес",
            "Повторения",
            "Расстояние",
            "Секунды",
            "Заметки",
            "Заметки к тренировке",
            "RPE",
        ],
    ),
    (
        "Japanese",
        [
            "日付",
            "ワークアウト名",
            "時間",
            "エクササイズ名",
            "セット順",
            "重量",
            "回数",
            "距離",
            "秒",
            "メモ",
            "ワークアウトメモ",
            "RPE",
        ],
    ),
    (
        "Korean",
        [
            "날짜",
            "운동 이름",
            "시간",
            "운동 종목 이름",
            "세트 순서",
            "무게",
            "횟수",
            "거리",
            "초",
            "메모",
            "운동 메모",
            "RPE",
        ],
    ),
    (
        "Dutch",
        [
            "Datum",
            "Workoutnaam",
            "Duur",
            "Naam oefening",
            "Setvolgorde",
            "Gewicht",
            "Herhalingen",
            "Afstand",
            "Seconden",
            "Notities",
            "Workoutnotities",
            "RPE",
        ],
    ),
];

/// English names of the columns the other layouts add.
const ENGLISH_EXTRA: &[(&str, Role)] = &[
    ("workout #", WorkoutNumber),
    ("weight unit", WeightUnit),
    ("distance unit", DistanceUnit),
    ("workout duration", Duration),
];

/// The role of a header cell (made comparable, without a unit in parentheses), and the
/// language whose word it is.
pub fn role_of(cell: &str) -> Option<(Role, &'static str)> {
    if let Some((_, role)) = ENGLISH_EXTRA.iter().find(|(word, _)| *word == cell) {
        return Some((*role, "English"));
    }
    TRANSLATIONS.iter().find_map(|(language, words)| {
        words.iter().position(|w| super::super::table::cell(w) == cell).map(|i| (TWELVE[i], *language))
    })
}

/// The language most cells of a header are in, given each cell's.
pub fn language_of(languages: &[&'static str]) -> &'static str {
    TRANSLATIONS
        .iter()
        .map(|(language, _)| *language)
        .max_by_key(|l| (languages.iter().filter(|x| *x == l).count(), *l == "English"))
        .unwrap_or("English")
}

/// Strong's name for a rest-timer row, in the languages it ships (the row's exercise and set
/// order both say it).
const REST_TIMER: &[&str] = &[
    "rest timer",
    "pausentimer",
    "pause-timer",
    "ruhe-timer",
    "minuteur de repos",
    "temporizador de descanso",
    "timer di riposo",
    "cronômetro de descanso",
    "таймер отдыха",
    "休息计时器",
    "休息計時器",
    "レストタイマー",
    "휴식 타이머",
    "rusttimer",
];

pub fn is_rest_timer(text: &str) -> bool {
    REST_TIMER.contains(&super::super::table::cell(text).as_str())
}
