//! Whether rows are in `_created_at` order as they are stored. A log is written as things
//! happen, so the event table is nearly always in time order already; knowing it lets a
//! backup skip sorting a million rows (a quarter of its `COPY`). Every append records the
//! order of the rows it adds next to their checksum (`log_digest.rs`), and the read-back of
//! a backup checks the order of the rows in the file — so a wrong record costs a second
//! `COPY`, never a backup out of order.

/// The times of some rows, in the order they are stored: the earliest and latest, and
/// whether no row is earlier than one before it. Times are microseconds since 1970.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeOrder {
    /// (earliest, latest); `None` for no rows.
    pub span: Option<(i64, i64)>,
    pub ordered: bool,
}

impl Default for TimeOrder {
    fn default() -> TimeOrder {
        TimeOrder::EMPTY
    }
}

impl TimeOrder {
    pub const EMPTY: TimeOrder = TimeOrder { span: None, ordered: true };

    /// Adds the next row's time.
    pub fn push(&mut self, time: i64) {
        self.span = Some(match self.span {
            None => (time, time),
            Some((earliest, latest)) => {
                self.ordered &= time >= latest;
                (earliest.min(time), latest.max(time))
            }
        });
    }

    pub fn of(times: impl IntoIterator<Item = i64>) -> TimeOrder {
        let mut order = TimeOrder::EMPTY;
        times.into_iter().for_each(|t| order.push(t));
        order
    }

    /// These rows followed by `next`'s.
    pub fn then(self, next: TimeOrder) -> TimeOrder {
        match (self.span, next.span) {
            (None, _) => next,
            (_, None) => self,
            (Some((earliest, latest)), Some((next_earliest, next_latest))) => TimeOrder {
                span: Some((earliest.min(next_earliest), latest.max(next_latest))),
                ordered: self.ordered && next.ordered && next_earliest >= latest,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_in_order_when_none_is_earlier_than_one_before_it() {
        assert!(TimeOrder::of([1, 2, 2, 5]).ordered, "equal times are in order");
        assert!(!TimeOrder::of([1, 3, 2]).ordered);
        assert_eq!(TimeOrder::of([4, 1, 9]).span, Some((1, 9)));
        assert_eq!(TimeOrder::of([]), TimeOrder::EMPTY);
    }

    #[test]
    fn parts_join_as_the_whole_would_be_read() {
        let parts = [vec![1, 2, 3], vec![3, 7], vec![], vec![8]];
        let joined = parts.iter().fold(TimeOrder::EMPTY, |o, p| o.then(TimeOrder::of(p.iter().copied())));
        assert_eq!(joined, TimeOrder::of(parts.concat()));
        assert!(joined.ordered);
        let overlapping = TimeOrder::of([1, 5]).then(TimeOrder::of([4, 9]));
        assert!(!overlapping.ordered, "each part in order, the second starting before the first ends");
        assert!(!TimeOrder::of([2, 1]).then(TimeOrder::of([3])).ordered);
    }
}
