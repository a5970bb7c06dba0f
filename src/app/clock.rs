//! Where time comes from: the wall clock in the app, a clock the test moves in tests
//! (`crate::testing::TestClock`). Nothing in `app/` reads the time any other way.

use chrono::{DateTime, Utc};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}
