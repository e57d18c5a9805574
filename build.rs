//! Compresses the translations (`assets/i18n/*.ftl`) into the build's output
//! folder, where `src/i18n/mod.rs` includes them; the app unpacks the one it
//! needs. Stored as text the four were 248 KB of the binary, compressed 79 KB.

#![allow(
    clippy::print_stdout,
    reason = "a build script talks to Cargo on stdout"
)]

use std::error::Error;
use std::path::Path;

fn main() -> Result<(), Box<dyn Error>> {
    let out = std::env::var_os("OUT_DIR").ok_or("Cargo sets OUT_DIR for build scripts")?;
    for name in ["en", "zh-Hans", "zh-Hant", "ja"] {
        let source = Path::new("assets/i18n").join(format!("{name}.ftl"));
        println!("cargo::rerun-if-changed={}", source.display());
        let text = std::fs::read(&source)?;
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&text, 10);
        std::fs::write(Path::new(&out).join(format!("{name}.ftl.zlib")), packed)?;
    }
    Ok(())
}
