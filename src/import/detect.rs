//! Which app wrote a file, and in which of its layouts, found from the content alone: JEFIT by
//! its `### SECTION ###` markers, the others by their header row (in any language the app
//! translates it into), Strong in an unknown language by the shape of its columns. The file's
//! name is never looked at.

use super::apps::{self, Format};
use super::layout::Layout;
use super::{ImportError, Source, table, text};

/// What [`detect`] found: the layout, and how to read it.
#[derive(Debug, Clone)]
pub struct Detected {
    pub layout: Layout,
    pub(super) format: Format,
}

/// Finds the app and layout of `bytes`, or — with `from` — checks that the file is that
/// app's. Refused: a file that is not text, or not an export GymLog knows.
pub fn detect(bytes: &[u8], from: Option<Source>) -> Result<Detected, ImportError> {
    let decoded = text::decode(bytes)?;
    let text = decoded.text.as_ref();
    if text.trim().is_empty() {
        return Err(ImportError::at(1, "the file is empty: it has no header row, so it is not an export"));
    }
    let candidates: Vec<Source> = match from {
        Some(source) => vec![source],
        // Exact headers first; Strong last, since it also reads unknown headers by position.
        None => vec![Source::Jefit, Source::Hevy, Source::Liftosaur, Source::FitNotes, Source::GymBook, Source::Strong],
    };
    for source in candidates {
        if let Some((mut layout, format)) = apps::sniff(source, text) {
            match decoded.encoding {
                text::Encoding::Utf8 => {}
                text::Encoding::Utf16 => layout.description.push_str("; UTF-16 text"),
                text::Encoding::Windows1252 => layout.description.push_str("; not UTF-8, read as Windows-1252 text"),
            }
            return Ok(Detected { layout, format });
        }
    }
    let delimiter = table::delimiter(text);
    let header = table::header(text, delimiter).unwrap_or_default();
    let seen = table::shown(&header);
    Err(match from {
        Some(source) => {
            let other = Source::ALL.into_iter().filter(|s| *s != source).find(|s| apps::sniff(*s, text).is_some());
            let hint = other
                .map(|o| format!(" — it looks like a {} export (leave out --from)", o.label()))
                .unwrap_or_default();
            ImportError::at(
                1,
                format!(
                    "this is not a {} export: its header is not one of {}'s (it has: {seen}){hint}",
                    source.label(),
                    source.label()
                ),
            )
        }
        None => ImportError::at(
            1,
            format!(
                "this is not an export GymLog knows: its header (it has: {seen}) is not one of Strong, Hevy, \
                 FitNotes, JEFIT, Liftosaur or GymBook"
            ),
        ),
    })
}
