//! Byte offsets into a file's text → 1-based line and character column.
//!
//! fluent-syntax 0.12 has no spans in its AST, but parsing a `&str` yields
//! slices of the input, so every identifier and text element knows its
//! offset: [`offset_in`] recovers it from the slice's address.

/// Line starts of one text, for turning byte offsets into line:col.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`'s lines (split at `\n`; a `\r` before it is part of the line).
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    /// The 1-based line and 1-based column in characters of byte `offset`
    /// in `text` (the text this index was built from). Offsets past the end
    /// or inside a character are clamped to the nearest earlier boundary.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }
}

/// The byte offset of `part` inside `whole`, when `part` is a slice of it
/// (as everything in a fluent-syntax AST parsed from `whole` is).
pub fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    (at >= start && at + part.len() <= start + whole.len()).then(|| at - start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "a = b\nöä = ü\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), (1, 1));
        assert_eq!(index.line_col(text, 4), (1, 5));
        let u = text.find('ü').unwrap();
        assert_eq!(index.line_col(text, u), (2, 6));
        assert_eq!(index.line_col(text, text.len()), (3, 1));
    }

    #[test]
    fn offsets_come_from_slice_addresses() {
        let text = String::from("hello world");
        assert_eq!(offset_in(&text, &text[6..]), Some(6));
        assert_eq!(offset_in(&text, "world"), None);
    }
}
