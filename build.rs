//! Compresses the translations (`assets/i18n/*.ftl`) into the build's output
//! folder, where `src/i18n/mod.rs` includes them; the app unpacks the one it
//! needs. Stored as text the four were 248 KB of the binary, compressed 79 KB.
//!
//! For Windows, also links the icon, the version information and the
//! application manifest (`packaging/windows/`) into the programs.

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
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources(Path::new(&out))?;
    }
    Ok(())
}

/// Writes the resource script (icon, version information, manifest) for
/// this version into `out` and compiles it into the programs.
fn windows_resources(out: &Path) -> Result<(), Box<dyn Error>> {
    let root = std::env::var("CARGO_MANIFEST_DIR")?;
    let version = std::env::var("CARGO_PKG_VERSION")?;
    let mut numbers: Vec<String> = version
        .split(['.', '-'])
        .take(3)
        .map(|part| part.parse::<u16>().unwrap_or(0).to_string())
        .collect();
    numbers.resize(4, "0".to_owned());
    let numbers = numbers.join(",");
    let file = |name: &str| format!("{root}/packaging/windows/{name}").replace('\\', "/");
    for name in ["koshin.ico", "koshin.exe.manifest"] {
        println!("cargo::rerun-if-changed=packaging/windows/{name}");
    }
    let script = format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 24 "{manifest}"
1 VERSIONINFO
FILEVERSION {numbers}
PRODUCTVERSION {numbers}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "Kōshin contributors"
      VALUE "FileDescription", "Kōshin: keep a travel data card for Japan alive"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "koshin"
      VALUE "LegalCopyright", "MIT OR Apache-2.0"
      VALUE "ProductName", "Kōshin"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        icon = file("koshin.ico"),
        manifest = file("koshin.exe.manifest"),
    );
    let path = out.join("koshin.rc");
    std::fs::write(&path, script)?;
    embed_resource::compile(&path, embed_resource::NONE)
        .manifest_required()
        .map_err(|e| e.to_string())?;
    Ok(())
}
