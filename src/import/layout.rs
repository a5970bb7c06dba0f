//! A layout of an app's export: what detection names and the readers describe.

use super::Source;

/// A layout of an app's export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub source: Source,
    /// A stable id (`strong-durations`, `hevy`, …; docs/import.md lists them).
    pub id: &'static str,
    /// In words, with the header's language and whether it is read by position.
    pub description: String,
    /// The file does not say its weight unit: the lifter must.
    pub needs_unit: bool,
}
