//! Bytes to text, whatever the encoding.
//!
//! The order follows what browsers do: a byte order mark wins; then UTF-16 without a BOM is
//! recognised by its pattern of zero bytes; then valid UTF-8 is taken as UTF-8; then an HTML
//! page's own `<meta charset>` declaration; and only then is the encoding guessed from the
//! bytes (chardetng, the detector Firefox uses). Binary files (images, PDFs, archives) and
//! empty or oversized files are refused with an error that names the file.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use super::ascii;
use super::error::{Error, ErrorKind, Result};

/// The largest input accepted, in bytes (16 MiB: far above any real article, small enough
/// that a mistaken drop of a video does not freeze the page).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Text decoded from bytes, with the name of the encoding it was decoded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text (without any byte order mark).
    pub text: String,
    /// The WHATWG name of the encoding ("UTF-8", "windows-1252", "UTF-16LE"...).
    pub encoding: &'static str,
    /// Whether some bytes were invalid in that encoding and replaced with U+FFFD.
    pub had_errors: bool,
}

/// Known binary signatures (magic numbers) and what to call them in a message.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"\xD0\xCF\x11\xE0", "an old Microsoft Office document"),
    (b"RIFF", "a media file"),
    (b"\x7FELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"\0asm", "a WebAssembly module"),
    (b"{\\rtf", "an RTF document"),
];

/// Decodes `bytes` (the content of the input named `file`) to text.
///
/// ```
/// let d = parallax::core::decode("a.txt", b"caf\xE9 au lait").unwrap();
/// assert_eq!(d.text, "café au lait");
/// assert_eq!(d.encoding, "windows-1252");
/// ```
pub fn decode(file: &str, bytes: &[u8]) -> Result<Decoded> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::new(ErrorKind::TooLarge { size: bytes.len() as u64, limit: MAX_FILE_BYTES }, file));
    }
    let decoded = decode_text(bytes).ok_or_else(|| {
        let what = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)).map(|(_, w)| *w);
        Error::new(ErrorKind::Binary { what }, file)
    })?;
    if decoded.text.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty, file));
    }
    if looks_binary(&decoded.text) {
        let what = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)).map(|(_, w)| *w);
        return Err(Error::new(ErrorKind::Binary { what }, file));
    }
    Ok(decoded)
}

/// Decodes without judging the result; `None` for bytes that are plainly not text.
fn decode_text(bytes: &[u8]) -> Option<Decoded> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Some(run(encoding, &bytes[bom_len..]));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Some(run(encoding, bytes));
    }
    if SIGNATURES.iter().any(|(sig, _)| bytes.starts_with(sig)) {
        return None;
    }
    // A NUL byte never occurs in text in an ASCII-compatible encoding.
    if bytes.contains(&0) {
        return None;
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        // Already valid: copied once, not decoded again.
        return Some(Decoded { text: text.to_owned(), encoding: UTF_8.name(), had_errors: false });
    }
    if let Some(encoding) = declared_charset(bytes) {
        return Some(run(encoding, bytes));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    Some(run(encoding, bytes))
}

fn run(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded { text: text.into_owned(), encoding: encoding.name(), had_errors }
}

/// UTF-16 text without a BOM: mostly-Latin text has a zero byte in every other position.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // Over 40% zeros on one side and almost none on the other.
    if odd * 10 > pairs * 4 && even * 20 < pairs {
        Some(UTF_16LE)
    } else if even * 10 > pairs * 4 && odd * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The encoding an HTML or XML document declares in its first kilobytes, if any.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let find = |needle: &[u8]| lower.windows(needle.len()).position(|w| w == needle);
    let at = find(b"charset=").map(|i| i + 8).or_else(|| find(b"encoding=").map(|i| i + 9))?;
    let rest = &head[at..];
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end = rest.iter().position(|b| !(b.is_ascii_alphanumeric() || b"-_:.".contains(b))).unwrap_or(rest.len());
    let encoding = Encoding::for_label(&rest[..end])?;
    // A page that declares UTF-16 but reached this point is not UTF-16: ignore the label.
    (encoding != UTF_16LE && encoding != UTF_16BE).then_some(encoding)
}

/// Text that is mostly control characters or replacement characters is binary in disguise.
/// Its first 8,192 characters are read: ASCII eight bytes at a time while no byte is a
/// control character or outside ASCII, the rest one character at a time.
fn looks_binary(text: &str) -> bool {
    // The ASCII control characters that text does not hold (not tab, line or page breaks).
    const BAD: u128 = (1 << 0x7F) | (0xFFFF_FFFF & !(1 << b'\t' | 1 << b'\n' | 1 << 0x0C | 1 << b'\r'));
    let b = text.as_bytes();
    let (mut bad, mut seen, mut i) = (0, 0, 0);
    while i < b.len() && seen < 8192 {
        if let Some(x) = ascii::chunk(&b[i..]) {
            // No byte below 0x20, none at 0x7F, none at 0x80 or above: eight plain characters.
            let plain = ascii::in_range(x, 0x20, 0x7E);
            if plain == ascii::HIGH && seen + 8 <= 8192 {
                seen += 8;
                i += 8;
                continue;
            }
        }
        seen += 1;
        if b[i] < 0x80 {
            bad += ((BAD >> b[i]) & 1) as usize;
            i += 1;
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            bad += usize::from(c.is_control() || c == '\u{FFFD}');
            i += c.len_utf8();
        }
    }
    bad * 20 > seen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> (String, &'static str) {
        let d = decode("t", bytes).expect("decodes");
        (d.text, d.encoding)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(text("Zelenskyy’s call".as_bytes()), ("Zelenskyy’s call".into(), "UTF-8"));
        assert_eq!(text(b"\xEF\xBB\xBFHello \xE2\x80\x9Cworld\xE2\x80\x9D"), ("Hello “world”".into(), "UTF-8"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = "“Quote,” she said.".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "“Quote,” she said.".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(text(&le), ("“Quote,” she said.".into(), "UTF-16LE"));
        assert_eq!(text(&be), ("“Quote,” she said.".into(), "UTF-16BE"));
        let with_bom: Vec<u8> = [0xFF, 0xFE].into_iter().chain(le).collect();
        assert_eq!(text(&with_bom), ("“Quote,” she said.".into(), "UTF-16LE"));
    }

    #[test]
    fn windows_1252_is_detected() {
        let (t, enc) = text(b"\x93We want peace,\x94 he said. Caf\xE9 owners agreed.");
        assert_eq!(t, "“We want peace,” he said. Café owners agreed.");
        assert_eq!(enc, "windows-1252");
    }

    #[test]
    fn html_meta_charset_is_used_when_bytes_are_not_utf8() {
        let page = b"<html><head><meta charset=\"iso-8859-2\"></head><body>\xB1</body></html>";
        let (t, enc) = text(page);
        assert!(t.contains('ą'), "{t}");
        assert_eq!(enc, "ISO-8859-2");
    }

    #[test]
    fn binary_in_disguise_is_mostly_control_or_replacement_characters() {
        // Tabs, line and page breaks are text; other C0 and C1 controls and U+FFFD are not.
        assert!(!looks_binary("Line one\r\n\tLine two\x0C “quoted” café"));
        assert!(looks_binary(&"\x01\x02ab\u{85}\u{FFFD}".repeat(50)));
        assert!(looks_binary(&"\x7Fabcd".repeat(50)));
        assert!(!looks_binary(&format!("{}\x01", "plain text ".repeat(3))));
        // Only the first 8,192 characters count.
        assert!(!looks_binary(&format!("{}{}", "é".repeat(8192), "\x01".repeat(9000))));
        assert!(looks_binary(&format!("{}{}", "\x01".repeat(8192), "text ".repeat(9000))));
        // The same verdict as reading every character, for every ASCII byte at every offset
        // of an eight-byte chunk, among plain text, and around the 8,192nd character.
        let naive = |t: &str| {
            let (mut bad, mut seen) = (0, 0);
            for c in t.chars().take(8192) {
                seen += 1;
                bad += usize::from((c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0C')) || c == '\u{FFFD}');
            }
            bad * 20 > seen
        };
        for byte in 0u8..0x80 {
            for at in 0..9 {
                for plain in [2, 12, 19, 8185, 8190] {
                    let bad = (byte as char).to_string().repeat(at % 3 + 1);
                    let t = format!("{}{}{}é{}", "a".repeat(at), bad, "b".repeat(plain), bad.repeat(plain / 4));
                    assert_eq!(looks_binary(&t), naive(&t), "byte {byte:#x} at {at}, {plain} plain");
                }
            }
        }
    }

    #[test]
    fn binary_files_are_refused_with_their_kind() {
        let err = decode("scan.pdf", b"%PDF-1.7\n\x00\x01\x02binary").unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::Binary { what: Some("a PDF document") });
        assert!(err.to_string().starts_with("scan.pdf: this is a PDF document, not an article"));
        let err = decode("blob.bin", &[0, 159, 146, 150, 1, 2, 3, 0, 0, 7, 8, 9, 200, 201]).unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::Binary { what: None });
    }

    #[test]
    fn empty_and_whitespace_files_are_refused() {
        assert_eq!(decode("e.txt", b"").unwrap_err().kind(), &ErrorKind::Empty);
        assert_eq!(decode("e.txt", b" \n\r\n\t ").unwrap_err().kind(), &ErrorKind::Empty);
    }

    #[test]
    fn oversized_files_are_refused_before_decoding() {
        let big = vec![b'a'; MAX_FILE_BYTES as usize + 1];
        let err = decode("big.txt", &big).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::TooLarge { .. }));
        assert!(err.to_string().contains("too large"));
    }
}
