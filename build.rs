//! Build script: a Windows exe carries its icon, product name and version as file metadata
//! (what Explorer's Properties and the task bar show). Nothing happens for other targets.

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/icon.ico");
    // The target's OS, not the host's: a cross-build from Linux embeds the resources too
    // (through mingw's `x86_64-w64-mingw32-windres`), a native MSVC build through `rc.exe`.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return Ok(());
    }
    let mut resource = winresource::WindowsResource::new();
    // FileVersion and ProductVersion come from Cargo.toml's version.
    resource
        .set_icon("packaging/icon.ico")
        .set("ProductName", "Payment Insights")
        .set("FileDescription", "Payment Insights")
        .set("CompanyName", "Payment Insights")
        .set("LegalCopyright", "MIT License");
    resource.compile()
}
