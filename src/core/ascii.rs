//! ASCII scanning eight bytes at a time.
//!
//! Most of an article is ASCII, and the passes over its text mostly ask one question of
//! each byte: is it a space, a letter, a quote mark? These helpers ask it of eight bytes at
//! once, read as one 64-bit integer (SWAR: SIMD within a register), and answer with the
//! high bit of each byte. The class flags are exact: a byte is flagged if and only if it
//! is in the class, and no arithmetic carries from one byte into the next. [`has_byte`]
//! only says whether a byte is there (a borrow may flag bytes above a match), which is all
//! [`first_of`] needs: its lowest flag is always a true match.

/// 0x01 in every byte.
pub(crate) const ONES: u64 = u64::from_le_bytes([0x01; 8]);
/// 0x80 in every byte: the flag bits.
pub(crate) const HIGH: u64 = u64::from_le_bytes([0x80; 8]);

/// The first eight bytes of `bytes` as an integer, byte `k` in bits `8k..8k+8`.
pub(crate) fn chunk(bytes: &[u8]) -> Option<u64> {
    bytes.first_chunk::<8>().map(|c| u64::from_le_bytes(*c))
}

/// Nonzero when some byte of `x` is `b` (a yes-or-no answer: which byte is not said).
pub(crate) fn has_byte(x: u64, b: u8) -> u64 {
    let y = x ^ (ONES * u64::from(b));
    y.wrapping_sub(ONES) & !y & HIGH
}

/// Flags the bytes of `x` in `lo..=hi` (both below 0x80); bytes of 0x80 and above are
/// not flagged.
pub(crate) fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    debug_assert!(lo <= hi && hi < 0x80);
    // Seven bits a byte: adding at most 0x80 cannot carry into the next byte.
    let y = x & !HIGH;
    let at_least = |c: u8| (y + ONES * u64::from(0x80 - c)) & HIGH;
    at_least(lo) & !at_least(hi + 1) & !(x & HIGH)
}

/// Flags the ASCII letters and digits of `x`.
pub(crate) fn alphanumeric(x: u64) -> u64 {
    digits(x) | letters(x)
}

/// Flags the ASCII digits of `x`.
pub(crate) fn digits(x: u64) -> u64 {
    in_range(x, b'0', b'9')
}

/// Flags the ASCII letters of `x`.
pub(crate) fn letters(x: u64) -> u64 {
    in_range(x, b'A', b'Z') | in_range(x, b'a', b'z')
}

/// Flags the ASCII white space of `x` (as `char::is_whitespace`: tab to carriage return,
/// and space).
pub(crate) fn spaces(x: u64) -> u64 {
    in_range(x, b'\t', b'\r') | in_range(x, b' ', b' ')
}

/// How many bytes at the start of `bytes` are in the class that `flags` flags and `test`
/// tests one byte for (the same class).
pub(crate) fn run(bytes: &[u8], flags: fn(u64) -> u64, test: fn(&u8) -> bool) -> usize {
    let mut n = 0;
    while let Some(x) = chunk(&bytes[n..]) {
        let stop = !flags(x) & HIGH;
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + bytes[n..].iter().take_while(|b| test(b)).count()
}

/// The positions of byte `b` in `bytes`, in order, skipping eight bytes at a time where
/// it is absent.
pub(crate) fn positions(bytes: &[u8], b: u8) -> impl Iterator<Item = usize> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            if let Some(x) = chunk(&bytes[i..])
                && has_byte(x, b) == 0
            {
                i += 8;
                continue;
            }
            i += 1;
            if bytes[i - 1] == b {
                return Some(i - 1);
            }
        }
        None
    })
}

/// The position of the first byte of `bytes` that is one of `set`, skipping eight bytes at
/// a time where none is. (Of [`has_byte`]'s flags the lowest is always a true match: a
/// false one can only sit above a true one, so the lowest flag of all is the first match.)
pub(crate) fn first_of<const N: usize>(bytes: &[u8], set: [u8; N]) -> Option<usize> {
    let mut i = 0;
    while let Some(x) = chunk(&bytes[i..]) {
        let found = set.iter().fold(0, |f, &b| f | has_byte(x, b));
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i..].iter().position(|b| set.contains(b)).map(|k| i + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value at every position of a chunk, against the one-byte definitions.
    #[test]
    fn classes_flag_exactly_their_bytes() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"a1 Z.\x7f\xe2q";
                bytes[at] = b;
                let x = chunk(&bytes).unwrap();
                for (k, &c) in bytes.iter().enumerate() {
                    let flag = |f: u64| f >> (8 * k + 7) & 1 == 1;
                    assert_eq!(flag(alphanumeric(x)), c.is_ascii_alphanumeric(), "{c:#x} in {bytes:?}");
                    assert_eq!(flag(letters(x)), c.is_ascii_alphabetic(), "{c:#x} in {bytes:?}");
                    assert_eq!(flag(digits(x)), c.is_ascii_digit(), "{c:#x} in {bytes:?}");
                    let space = c < 0x80 && (c as char).is_whitespace();
                    assert_eq!(flag(spaces(x)), space, "{c:#x} in {bytes:?}");
                }
                for probe in [b'"', b'\'', 0xE2, 0xC2, 0x00, 0xFF, b] {
                    assert_eq!(has_byte(x, probe) != 0, bytes.contains(&probe), "{probe:#x} in {bytes:?}");
                }
            }
        }
    }

    #[test]
    fn positions_are_every_occurrence_in_order() {
        for text in ["", "\n", "a\nb", "no newline here at all", "\n\n0123456789\nabcdefghijklmnop\n", "é\n😀\n"] {
            let want: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
            assert_eq!(positions(text.as_bytes(), b'\n').collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn first_of_finds_the_first_byte_of_the_set() {
        let set = [b'.', b'!', b'?', 0xE2];
        for text in [
            "",
            ".",
            "abc",
            "abcdefgh.",
            "Mr. Smith",
            "a\u{2019}b!",
            "no stop at all in here",
            "\x01\x01\x01\x01\x01\x01\x01?",
            "…",
            "?.!",
        ] {
            let b = text.as_bytes();
            for from in 0..=b.len() {
                let want = b[from..].iter().position(|c| set.contains(c));
                assert_eq!(first_of(&b[from..], set), want, "{text:?} from {from}");
            }
        }
        // Every byte value at every position, with a byte one bit off it just above (where
        // the zero-byte test's borrow could flag wrongly) and one off by one below.
        for v in 0..=255u8 {
            for at in 0..12 {
                let mut bytes = [b'-'; 12];
                bytes[at] = v;
                if at > 0 {
                    bytes[at - 1] = v.wrapping_add(1);
                }
                if at + 1 < bytes.len() {
                    bytes[at + 1] = v ^ 0x01;
                }
                let want = bytes.iter().position(|c| set.contains(c));
                assert_eq!(first_of(&bytes, set), want, "{v:#x} at {at}");
            }
        }
    }

    #[test]
    fn runs_stop_at_the_first_byte_outside_the_class() {
        for text in ["", "a", "word", "Zelenskyy’s", "abcdefgh", "abcdefghi j", "abc1234567890def ghi", "ab\u{e9}cd"]
        {
            let b = text.as_bytes();
            let alnum = b.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            assert_eq!(run(b, alphanumeric, u8::is_ascii_alphanumeric), alnum, "{text}");
            let alpha = b.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            assert_eq!(run(b, letters, u8::is_ascii_alphabetic), alpha, "{text}");
        }
    }
}
