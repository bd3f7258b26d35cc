//! Half-open byte ranges into the analysed text: the one span type of the core.

/// A half-open range `start..end` of UTF-8 byte offsets into the analysed text.
///
/// `start <= end` always holds: the constructor orders its arguments. Offsets are
/// converted to other units (UTF-16, code points) only at the output boundary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; the two are swapped if given the wrong way round.
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The slice of `text` this span covers, or "" when it is out of range or not on
    /// character boundaries (never panics).
    pub fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn constructor_orders_and_slices_safely() {
        let s = Span::new(5, 2);
        assert_eq!((s.start, s.end), (2, 5));
        assert_eq!(Span::new(0, 3).of("héllo"), "hé");
        assert_eq!(Span::new(0, 2).of("héllo"), "", "inside a code point gives empty, not a panic");
        assert_eq!(Span::new(3, 99).of("abc"), "");
        assert!(Span::new(0, 4).overlaps(Span::new(3, 5)));
        assert!(!Span::new(0, 3).overlaps(Span::new(3, 5)));
        assert_eq!(Span::new(1, 2).cover(Span::new(4, 6)), Span::new(1, 6));
    }
}
