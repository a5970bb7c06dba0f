//! One reader per app. Each has `sniff` (is this text one of its layouts? the layout and how
//! to read it) and `read` (the rows into a [`Builder`]); this module routes between them.

mod fitnotes;
mod gymbook;
mod hevy;
mod jefit;
mod liftosaur;
mod strong;
mod strong_words;

use super::layout::Layout;
use super::parsed::{Builder, Parsed};
use super::{ImportError, ImportOptions, Source};

/// How to read a detected layout: each app's own description of its columns.
#[derive(Debug, Clone)]
pub enum Format {
    Strong(strong::Format),
    Hevy(hevy::Format),
    FitNotes(fitnotes::Format),
    Jefit(jefit::Format),
    Liftosaur(liftosaur::Format),
    GymBook(gymbook::Format),
}

/// Whether `text` is one of `source`'s layouts.
pub fn sniff(source: Source, text: &str) -> Option<(Layout, Format)> {
    match source {
        Source::Strong => strong::sniff(text).map(|(l, f)| (l, Format::Strong(f))),
        Source::Hevy => hevy::sniff(text).map(|(l, f)| (l, Format::Hevy(f))),
        Source::FitNotes => fitnotes::sniff(text).map(|(l, f)| (l, Format::FitNotes(f))),
        Source::Jefit => jefit::sniff(text).map(|(l, f)| (l, Format::Jefit(f))),
        Source::Liftosaur => liftosaur::sniff(text).map(|(l, f)| (l, Format::Liftosaur(f))),
        Source::GymBook => gymbook::sniff(text).map(|(l, f)| (l, Format::GymBook(f))),
    }
}

/// Reads `text` in `layout`, as `format` says. Progress is the text's bytes read.
pub fn read(
    text: &str,
    layout: &Layout,
    format: &Format,
    options: ImportOptions,
    progress: &mut dyn FnMut(u64),
) -> Result<Parsed, ImportError> {
    if layout.needs_unit && options.unit.is_none() {
        return Err(ImportError::file(format!(
            "this {} export does not say its weight unit: choose kg or lb (--unit kg or --unit lb)",
            layout.source.label()
        )));
    }
    let mut builder = Builder::default();
    match format {
        Format::Strong(f) => strong::read(text, f, options, &mut builder, progress)?,
        Format::Hevy(f) => hevy::read(text, f, &mut builder, progress)?,
        Format::FitNotes(f) => fitnotes::read(text, f, options, &mut builder, progress)?,
        Format::Jefit(f) => jefit::read(text, f, options, &mut builder, progress)?,
        Format::Liftosaur(f) => liftosaur::read(text, f, &mut builder, progress)?,
        Format::GymBook(f) => gymbook::read(text, f, options, &mut builder, progress)?,
    }
    builder.finish()
}

/// Calls `progress` every this many records.
const PROGRESS_EVERY: u64 = 4096;

/// Reports the byte position of `record` every [`PROGRESS_EVERY`] records.
fn report(count: u64, record: &csv::StringRecord, progress: &mut dyn FnMut(u64)) {
    if count.is_multiple_of(PROGRESS_EVERY) {
        progress(record.position().map_or(0, |p| p.byte()));
    }
}
