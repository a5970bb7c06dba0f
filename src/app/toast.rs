//! Messages at the bottom of the window: errors stay until dismissed, the rest fade after
//! [`TOAST_SECONDS`]. The same text again replaces the older message.

use chrono::{DateTime, Utc};

pub const TOAST_SECONDS: i64 = 8;

#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub text: String,
    pub is_error: bool,
    pub shown_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default)]
pub struct Toasts(Vec<Toast>);

impl Toasts {
    pub fn push(&mut self, text: String, is_error: bool, now: DateTime<Utc>) {
        self.0.retain(|t| t.text != text);
        self.0.push(Toast { text, is_error, shown_at: now });
    }

    /// Lets messages whose time is up fade.
    pub fn expire(&mut self, now: DateTime<Utc>) {
        self.0.retain(|t| t.is_error || (now - t.shown_at).num_seconds() < TOAST_SECONDS);
    }

    pub fn dismiss(&mut self, index: usize) {
        if index < self.0.len() {
            self.0.remove(index);
        }
    }

    /// Takes a message back once what it speaks of is over (e.g. "your workout is back" once
    /// that workout is saved).
    pub fn withdraw(&mut self, text: &str) {
        self.0.retain(|t| t.text != text);
    }

    pub fn all(&self) -> &[Toast] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn messages_fade_errors_stay_and_repeats_replace() {
        let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut toasts = Toasts::default();
        toasts.push("saved".into(), false, t0);
        toasts.push("failed".into(), true, t0);
        toasts.push("saved".into(), false, t0 + Duration::seconds(5));
        assert_eq!(toasts.all().len(), 2);
        toasts.expire(t0 + Duration::seconds(12));
        assert_eq!(toasts.all().len(), 2, "the repeated message started over");
        toasts.expire(t0 + Duration::seconds(14));
        assert_eq!(toasts.all().iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["failed"]);
        toasts.dismiss(0);
        assert!(toasts.is_empty());
        toasts.push("back".into(), false, t0);
        toasts.push("other".into(), false, t0);
        toasts.withdraw("back");
        assert_eq!(toasts.all().iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["other"]);
    }
}
