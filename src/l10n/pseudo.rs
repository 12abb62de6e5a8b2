//! Pseudo-locales: test layout and bidi without waiting for a translator.
//!
//! - `en-XA`: English with accented letters, every vowel (a e i o u y)
//!   doubled and `e`, the most common letter, tripled: about 40 % longer,
//!   like German or Polish against English,
//!   so hard-coded text (plain ASCII) and cramped layouts stand out.
//! - `ar-XB`: English mirrored, upside-down letters, laid out right to left.
//!
//! The letter maps are those of the `fluent-pseudo` crate (a test proves
//! they are identical); it doubles only a e o u, which makes text about 25 %
//! longer, so `en-XA` stretches further. That crate needs `regex`, which would add about
//! 800 KB to the wasm module; the maps themselves are a few lines.
//! Pseudo-locales are chosen only explicitly (`data-lang="en-XA"`), never by
//! negotiation.

use std::borrow::Cow;

const ACCENTED_SMALL: [char; 26] = [
    'a', 'ƀ', 'ƈ', 'ḓ', 'e', 'ƒ', 'ɠ', 'ħ', 'i', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'o', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'u', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
];
const ACCENTED_CAPS: [char; 26] = [
    'A', 'Ɓ', 'Ƈ', 'Ḓ', 'E', 'Ƒ', 'Ɠ', 'Ħ', 'I', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'O', 'Ƥ', 'Ɋ', 'Ř', 'Ş',
    'Ŧ', 'U', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];
const FLIPPED_SMALL: [char; 26] = [
    'ɐ', 'q', 'ɔ', 'p', 'ǝ', 'ɟ', 'ƃ', 'ɥ', 'ı', 'ɾ', 'ʞ', 'ʅ', 'ɯ', 'u', 'o', 'd', 'b', 'ɹ', 's',
    'ʇ', 'n', 'ʌ', 'ʍ', 'x', 'ʎ', 'z',
];
const FLIPPED_CAPS: [char; 26] = [
    '∀', 'Ԑ', 'Ↄ', 'ᗡ', 'Ǝ', 'Ⅎ', '⅁', 'H', 'I', 'ſ', 'Ӽ', '⅂', 'W', 'N', 'O', 'Ԁ', 'Ò', 'ᴚ', 'S',
    '⊥', '∩', 'Ʌ', 'M', 'X', '⅄', 'Z',
];

/// Which pseudo transformation a pseudo-locale applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pseudo {
    /// Accented and longer (`en-XA`).
    Accented,
    /// Mirrored for right-to-left (`ar-XB`).
    Mirrored,
}

impl Pseudo {
    /// The transform in the form [`Bundle::set_transform`](super::bundle::Bundle::set_transform) takes.
    pub fn transform(self) -> fn(&str) -> Cow<'_, str> {
        match self {
            Pseudo::Accented => accented,
            Pseudo::Mirrored => mirrored,
        }
    }
}

/// Accents every ASCII letter, doubles the vowels a, i, o, u, y and triples e.
pub fn accented(text: &str) -> Cow<'_, str> {
    map_letters(text, &ACCENTED_SMALL, &ACCENTED_CAPS, true)
}

/// Turns every ASCII letter upside down.
pub fn mirrored(text: &str) -> Cow<'_, str> {
    map_letters(text, &FLIPPED_SMALL, &FLIPPED_CAPS, false)
}

fn map_letters<'a>(
    text: &'a str,
    small: &[char; 26],
    caps: &[char; 26],
    elongate: bool,
) -> Cow<'a, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match c {
            'a'..='z' => {
                let mapped = small[usize::from(c as u8 - b'a')];
                let times = match c {
                    'e' if elongate => 3,
                    'a' | 'i' | 'o' | 'u' | 'y' if elongate => 2,
                    _ => 1,
                };
                (0..times).for_each(|_| out.push(mapped));
            }
            'A'..='Z' => out.push(caps[usize::from(c as u8 - b'A')]),
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}
