//! [`ExerciseName`]: the name a set, a workout's exercise list and the records go by, shared
//! rather than copied.
//!
//! Ten years of training hold some fifty thousand sets of a few dozen exercises; a `String` per
//! set made the name the largest single allocation of the history (two of its eleven MiB).
//! An `ExerciseName` is a reference-counted `str`: cloning it copies a pointer, and the
//! projection ([`Interner`]) gives every set of an exercise the same one. It reads, compares,
//! hashes, prints and serialises exactly as the text it holds.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExerciseName(Arc<str>);

impl ExerciseName {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether both are the same shared copy (not merely the same text).
    pub fn is_same_copy(&self, other: &ExerciseName) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Default for ExerciseName {
    fn default() -> ExerciseName {
        ExerciseName::from("")
    }
}

impl Deref for ExerciseName {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for ExerciseName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// Maps and sets keyed by names are searched with a `&str`.
impl Borrow<str> for ExerciseName {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ExerciseName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl fmt::Debug for ExerciseName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl From<&str> for ExerciseName {
    fn from(name: &str) -> ExerciseName {
        ExerciseName(Arc::from(name))
    }
}

impl From<String> for ExerciseName {
    fn from(name: String) -> ExerciseName {
        ExerciseName(Arc::from(name))
    }
}

impl From<&String> for ExerciseName {
    fn from(name: &String) -> ExerciseName {
        ExerciseName::from(name.as_str())
    }
}

impl From<ExerciseName> for String {
    fn from(name: ExerciseName) -> String {
        name.0.to_string()
    }
}

impl PartialEq<str> for ExerciseName {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for ExerciseName {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for ExerciseName {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<ExerciseName> for str {
    fn eq(&self, other: &ExerciseName) -> bool {
        self == &*other.0
    }
}

impl PartialEq<ExerciseName> for &str {
    fn eq(&self, other: &ExerciseName) -> bool {
        *self == &*other.0
    }
}

impl PartialEq<ExerciseName> for String {
    fn eq(&self, other: &ExerciseName) -> bool {
        **self == *other.0
    }
}

impl Serialize for ExerciseName {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for ExerciseName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ExerciseName, D::Error> {
        String::deserialize(deserializer).map(ExerciseName::from)
    }
}

/// Hands out one shared [`ExerciseName`] per distinct name.
#[derive(Debug, Clone, Default)]
pub struct Interner {
    names: HashSet<ExerciseName>,
}

impl Interner {
    /// The shared copy of `name` (`name` itself the first time it is seen).
    pub fn intern(&mut self, name: &ExerciseName) -> ExerciseName {
        match self.names.get(name.as_str()) {
            Some(shared) => shared.clone(),
            None => {
                self.names.insert(name.clone());
                name.clone()
            }
        }
    }

    /// The shared copy of a name read as text: no allocation once the name is known.
    pub fn intern_str(&mut self, name: &str) -> ExerciseName {
        match self.names.get(name) {
            Some(shared) => shared.clone(),
            None => {
                let shared = ExerciseName::from(name);
                self.names.insert(shared.clone());
                shared
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_compares_hashes_and_serialises_as_its_text() {
        let name = ExerciseName::from("Squat (Barbell)");
        assert_eq!(name, "Squat (Barbell)");
        assert_eq!("Squat (Barbell)", name);
        assert_eq!(name, String::from("Squat (Barbell)"));
        assert_eq!(name.to_string(), "Squat (Barbell)");
        assert_eq!(format!("{name:?}"), "\"Squat (Barbell)\"");
        assert_eq!(serde_json::to_string(&name).unwrap(), "\"Squat (Barbell)\"");
        let back: ExerciseName = serde_json::from_str("\"Squat (Barbell)\"").unwrap();
        assert_eq!(back, name);
        let set: HashSet<ExerciseName> = [name.clone()].into();
        assert!(set.contains("Squat (Barbell)"));
        let mut sorted = vec![name.clone(), ExerciseName::from("Bench")];
        sorted.sort();
        assert_eq!(sorted, ["Bench", "Squat (Barbell)"]);
    }

    #[test]
    fn interning_shares_one_copy_per_distinct_name() {
        let mut interner = Interner::default();
        let first = interner.intern(&ExerciseName::from("Deadlift"));
        let second = interner.intern(&ExerciseName::from("Deadlift"));
        let third = interner.intern_str("Deadlift");
        assert!(first.is_same_copy(&second) && first.is_same_copy(&third));
        let other = interner.intern_str("Squat");
        assert!(!first.is_same_copy(&other));
        assert_eq!(other, "Squat");
    }
}
