//! Sizes as a member's browser downloads them: raw, gzip and brotli.

use std::io::Write;

/// One file's sizes in bytes.
#[derive(Clone, Debug)]
pub struct FileSize {
    /// Name within `dist/`.
    pub name: String,
    /// Bytes on disk.
    pub raw: usize,
    /// Bytes after gzip -9.
    pub gzip: usize,
    /// Bytes after brotli -q 11.
    pub brotli: usize,
}

/// Measures `bytes` under the name `name`.
pub fn measure(name: &str, bytes: &[u8]) -> FileSize {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).expect("writing to memory succeeds");
    let gzip = gz.finish().expect("gzip to memory succeeds").len();
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
        writer.write_all(bytes).expect("writing to memory succeeds");
    }
    FileSize {
        name: name.to_owned(),
        raw: bytes.len(),
        gzip,
        brotli: br.len(),
    }
}

/// The size table printed after every build.
pub fn table(files: &[FileSize]) -> String {
    let width = files.iter().map(|f| f.name.len()).max().unwrap_or(4).max(5);
    let mut out = format!(
        "{:<width$}  {:>10}  {:>10}  {:>10}\n",
        "file", "raw", "gzip", "brotli"
    );
    let row = |name: &str, raw: usize, gzip: usize, brotli: usize| {
        format!(
            "{name:<width$}  {:>10}  {:>10}  {:>10}\n",
            kb(raw),
            kb(gzip),
            kb(brotli)
        )
    };
    for f in files {
        out.push_str(&row(&f.name, f.raw, f.gzip, f.brotli));
    }
    let sum = |get: fn(&FileSize) -> usize| files.iter().map(get).sum::<usize>();
    out.push_str(&row(
        "total",
        sum(|f| f.raw),
        sum(|f| f.gzip),
        sum(|f| f.brotli),
    ));
    out
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}
