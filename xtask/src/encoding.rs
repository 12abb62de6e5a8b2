//! Content encoding as a production server does it, for `cargo xtask serve`:
//! which coding an `Accept-Encoding` header allows, and the compressed bodies
//! (brotli and gzip at their best settings, as a CDN or nginx's `brotli_static`
//! serves files compressed ahead of time), kept until the file changes.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

/// A content coding a response can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Coding {
    /// brotli (`br`), the smallest; every current browser accepts it over HTTP and on loopback.
    Brotli,
    /// `gzip`, for clients without brotli.
    Gzip,
    /// No coding.
    Identity,
}

impl Coding {
    /// The `Content-Encoding` value, or `None` for the identity.
    pub fn header(self) -> Option<&'static str> {
        match self {
            Coding::Brotli => Some("br"),
            Coding::Gzip => Some("gzip"),
            Coding::Identity => None,
        }
    }
}

/// The coding to send for an `Accept-Encoding` header: brotli when it is
/// acceptable, else gzip, else none. A coding is acceptable when it is listed
/// (or `*` is) with a weight above zero (RFC 9110, 12.5.3); `br;q=0` refuses it.
pub fn negotiate(accept_encoding: &str) -> Coding {
    let weight = |name: &str| -> Option<f32> {
        let mut named = None;
        let mut any = None;
        for item in accept_encoding.split(',') {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q=").or(p.trim().strip_prefix("Q=")))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if coding == name {
                named = Some(q);
            } else if coding == "*" {
                any = Some(q);
            }
        }
        named.or(any)
    };
    if weight("br").is_some_and(|q| q > 0.0) {
        Coding::Brotli
    } else if weight("gzip").is_some_and(|q| q > 0.0) {
        Coding::Gzip
    } else {
        Coding::Identity
    }
}

/// Whether a body of this MIME type is worth compressing (text and wasm;
/// images are compressed already).
pub fn compressible(mime: &str) -> bool {
    mime.starts_with("text/")
        || mime.starts_with("application/wasm")
        || mime.starts_with("application/json")
        || mime.starts_with("image/svg+xml")
}

/// A compressed body, with the modification time and length of the file it
/// was made from, so a rebuilt file is compressed again.
struct Entry {
    modified: Option<SystemTime>,
    length: u64,
    body: Vec<u8>,
}

/// Compressed bodies by file and coding.
#[derive(Default)]
pub struct Cache {
    entries: Mutex<HashMap<(PathBuf, Coding), Entry>>,
}

impl Cache {
    /// `bytes` (the contents of `path`) in `coding`: compressed once per version of the
    /// file, then from memory (brotli at quality 11 takes a good second for the wasm).
    pub fn get(&self, path: &Path, bytes: &[u8], coding: Coding) -> Vec<u8> {
        if coding == Coding::Identity {
            return bytes.to_vec();
        }
        let meta = std::fs::metadata(path).ok();
        let modified = meta.as_ref().and_then(|m| m.modified().ok());
        let length = bytes.len() as u64;
        let key = (path.to_path_buf(), coding);
        if let Some(entry) = self.lock().get(&key) {
            if entry.modified == modified && entry.length == length {
                return entry.body.clone();
            }
        }
        let body = compress(bytes, coding);
        self.lock().insert(
            key,
            Entry {
                modified,
                length,
                body: body.clone(),
            },
        );
        body
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(PathBuf, Coding), Entry>> {
        // A panic while holding the lock leaves only a cache behind: keep using it.
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// `bytes` compressed with `coding` at its best setting (brotli 11, gzip 9),
/// the settings the size table and budget use.
pub fn compress(bytes: &[u8], coding: Coding) -> Vec<u8> {
    match coding {
        Coding::Brotli => {
            let mut out = Vec::new();
            {
                let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
                writer.write_all(bytes).expect("writing to memory succeeds");
            }
            out
        }
        Coding::Gzip => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            gz.write_all(bytes).expect("writing to memory succeeds");
            gz.finish().expect("gzip to memory succeeds")
        }
        Coding::Identity => bytes.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chromium_gets_brotli() {
        assert_eq!(negotiate("gzip, deflate, br, zstd"), Coding::Brotli);
    }

    #[test]
    fn without_brotli_gzip_then_nothing() {
        assert_eq!(negotiate("gzip, deflate"), Coding::Gzip);
        assert_eq!(negotiate("deflate"), Coding::Identity);
        assert_eq!(negotiate(""), Coding::Identity);
        assert_eq!(negotiate("identity"), Coding::Identity);
    }

    #[test]
    fn a_zero_weight_refuses_a_coding() {
        assert_eq!(negotiate("br;q=0, gzip"), Coding::Gzip);
        assert_eq!(negotiate("br; q=0.0, gzip;q=0"), Coding::Identity);
        assert_eq!(negotiate("*;q=0"), Coding::Identity);
        assert_eq!(negotiate("*"), Coding::Brotli);
        assert_eq!(negotiate("*, br;q=0"), Coding::Gzip);
        assert_eq!(negotiate("BR;Q=0.5"), Coding::Brotli);
    }

    #[test]
    fn what_is_compressed() {
        for mime in [
            "text/html; charset=utf-8",
            "text/javascript; charset=utf-8",
            "application/wasm",
            "application/json",
            "image/svg+xml",
        ] {
            assert!(compressible(mime), "{mime}");
        }
        assert!(!compressible("image/png"));
        assert!(!compressible("application/octet-stream"));
    }

    #[test]
    fn compressed_bodies_decompress_to_the_file() {
        use std::io::Read;
        let text = "Verzögerungen bei Ihren Anliegen. ".repeat(200);
        let br = compress(text.as_bytes(), Coding::Brotli);
        let mut back = String::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_string(&mut back)
            .expect("valid brotli");
        assert_eq!(back, text);
        assert!(br.len() < text.len() / 10);
        let gz = compress(text.as_bytes(), Coding::Gzip);
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut back)
            .expect("valid gzip");
        assert_eq!(back, text);
    }
}
