//! The installers' configuration: the Windows `.ico` and the macOS `.icns` hold the app's
//! picture at the sizes each platform asks for, and the files under `packaging/` agree with
//! Cargo.toml (names, version, identifiers) and name files that exist. The installers themselves
//! are built and smoke-tested by `packaging/build.sh` and `packaging/smoke-*.sh`, not here.

#![allow(clippy::unwrap_used)]

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A file of the source tree as text.
fn text(relative: &str) -> String {
    let path = root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Cargo.toml's `[package]` table.
fn package() -> toml::Table {
    let manifest: toml::Table = text("Cargo.toml").parse().unwrap();
    manifest["package"].as_table().unwrap().clone()
}

/// `[package.metadata.packaging]` of Cargo.toml.
fn packaging_metadata(key: &str) -> String {
    package()["metadata"]["packaging"][key]
        .as_str()
        .unwrap()
        .to_string()
}

fn read(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packaging")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

#[test]
fn the_windows_icon_has_every_size_from_16_to_256() {
    let ico = read("icon.ico");
    // ICONDIR: reserved 0, type 1 (icon), count; then 16-byte entries (width 0 means 256).
    assert_eq!(u16_at(&ico, 0), 0);
    assert_eq!(u16_at(&ico, 2), 1, "not an icon file");
    let count = usize::from(u16_at(&ico, 4));
    let mut sizes: Vec<u32> = (0..count)
        .map(|i| {
            let entry = 6 + 16 * i;
            let (w, h) = (ico[entry], ico[entry + 1]);
            assert_eq!(w, h, "square images only");
            // Each image lies inside the file.
            let size = u32::from_le_bytes(ico[entry + 8..entry + 12].try_into().unwrap());
            let offset = u32::from_le_bytes(ico[entry + 12..entry + 16].try_into().unwrap());
            assert!((offset + size) as usize <= ico.len());
            if w == 0 { 256 } else { u32::from(w) }
        })
        .collect();
    sizes.sort_unstable();
    assert_eq!(sizes, [16, 32, 48, 64, 128, 256]);
}

#[test]
fn the_macos_icon_has_the_retina_and_small_sizes() {
    let icns = read("icon.icns");
    assert_eq!(&icns[..4], b"icns");
    let total = u32::from_be_bytes(icns[4..8].try_into().unwrap()) as usize;
    assert_eq!(total, icns.len(), "the header's length is the file's");
    // Elements: 4-byte type, 4-byte length (header included).
    let mut types = Vec::new();
    let mut at = 8;
    while at + 8 <= icns.len() {
        let len = u32::from_be_bytes(icns[at + 4..at + 8].try_into().unwrap()) as usize;
        assert!(len >= 8 && at + len <= icns.len());
        types.push(String::from_utf8_lossy(&icns[at..at + 4]).into_owned());
        at += len;
    }
    for needed in ["ic08", "it32", "il32", "is32"] {
        assert!(
            types.iter().any(|t| t == needed),
            "{needed} missing: {types:?}"
        );
    }
}

/// The value of `key` in a key/value line list (`Key=value`, `Key: value`).
fn line_value(text: &str, key: &str, separator: &str) -> Option<String> {
    let prefix = format!("{key}{separator}");
    text.lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .map(|v| v.trim().to_string())
}

/// The string after `<key>KEY</key>` in an Info.plist.
fn plist_string(plist: &str, key: &str) -> String {
    let after = plist
        .split(&format!("<key>{key}</key>"))
        .nth(1)
        .unwrap_or_else(|| panic!("{key} missing from Info.plist"));
    let start = after.find("<string>").unwrap() + "<string>".len();
    let end = after.find("</string>").unwrap();
    after[start..end].to_string()
}

/// An NSIS `!define NAME "value"`.
fn nsis_define(script: &str, name: &str) -> String {
    let prefix = format!("!define {name} \"");
    let line = script
        .lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("!define {name} missing from installer.nsi"));
    line.trim_end_matches('"').to_string()
}

#[test]
fn the_version_is_what_the_installers_can_carry() {
    let version = env!("CARGO_PKG_VERSION");
    // The scripts read the first `version = "..."` line of Cargo.toml: it must be the package's.
    let first = text("Cargo.toml")
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .map(|v| v.trim_end_matches('"').to_string());
    assert_eq!(first.as_deref(), Some(version));
    assert_eq!(package()["version"].as_str(), Some(version));
    // NSIS's VIProductVersion and Windows file versions take numbers only (X.Y.Z.0), and so does
    // macOS's CFBundleShortVersionString: a pre-release suffix would break the installers.
    let parts: Vec<&str> = version.split('.').collect();
    assert_eq!(parts.len(), 3, "{version}");
    assert!(parts.iter().all(|p| p.parse::<u16>().is_ok()), "{version}");
}

#[test]
fn the_linux_package_agrees_with_cargo_toml() {
    let name = env!("CARGO_PKG_NAME");
    let control = text("packaging/linux/control.in");
    assert_eq!(line_value(&control, "Package", ":").as_deref(), Some(name));
    assert_eq!(
        line_value(&control, "Version", ":").as_deref(),
        Some("@VERSION@")
    );
    // The desktop entry: named after the window's Wayland app id, starting the GUI binary.
    let entry = text(&format!("packaging/linux/{name}.desktop"));
    assert!(text("src/main.rs").contains(&format!(".with_app_id(\"{name}\")")));
    assert_eq!(
        line_value(&entry, "Name", "=").as_deref(),
        Some(packaging_metadata("product-name").as_str())
    );
    assert_eq!(
        line_value(&entry, "Exec", "=").as_deref(),
        Some(&*format!("{name} %F"))
    );
    assert_eq!(line_value(&entry, "Icon", "=").as_deref(), Some(name));
    assert_eq!(
        line_value(&entry, "Type", "=").as_deref(),
        Some("Application")
    );
}

#[test]
fn the_macos_bundle_agrees_with_cargo_toml() {
    let plist = text("packaging/macos/Info.plist");
    assert_eq!(
        plist_string(&plist, "CFBundleExecutable"),
        env!("CARGO_PKG_NAME")
    );
    assert_eq!(
        plist_string(&plist, "CFBundleIdentifier"),
        packaging_metadata("bundle-identifier")
    );
    assert_eq!(
        plist_string(&plist, "CFBundleName"),
        packaging_metadata("product-name")
    );
    // The version is Cargo.toml's, put in by the build script.
    assert_eq!(
        plist_string(&plist, "CFBundleShortVersionString"),
        "@VERSION@"
    );
    assert_eq!(plist_string(&plist, "CFBundleVersion"), "@VERSION@");
    let icon = plist_string(&plist, "CFBundleIconFile");
    assert!(root().join("packaging").join(&icon).is_file(), "{icon}");
    assert!(text("packaging/macos/build-dmg.sh").contains("s/@VERSION@/$VERSION/g"));
}

#[test]
fn the_windows_installer_agrees_with_cargo_toml() {
    let script = text("packaging/windows/installer.nsi");
    let name = env!("CARGO_PKG_NAME");
    assert_eq!(
        nsis_define(&script, "PRODUCT"),
        packaging_metadata("product-name")
    );
    assert_eq!(nsis_define(&script, "EXE"), format!("{name}.exe"));
    assert_eq!(nsis_define(&script, "CLI"), format!("{name}-cli.exe"));
    assert!(nsis_define(&script, "UNINSTALL_KEY").ends_with(&format!(
        "\\Uninstall\\{}",
        packaging_metadata("windows-uninstall-key")
    )));
    // Per user, without administrator rights; the version from Cargo.toml (build.sh passes it).
    assert!(script.contains("RequestExecutionLevel user"));
    assert!(
        script.contains("WriteRegStr HKCU \"${UNINSTALL_KEY}\" \"DisplayVersion\" \"${VERSION}\"")
    );
    assert!(text("packaging/build.sh").contains("-DVERSION=\"$VERSION\""));
    // Both binaries exist under these names.
    let manifest = text("Cargo.toml");
    for bin in [name.to_string(), format!("{name}-cli")] {
        assert!(manifest.contains(&format!("name = \"{bin}\"")), "{bin}");
    }
}

#[test]
fn the_files_the_installers_bundle_exist() {
    // Where src/app/resources.rs looks, relative to an install location.
    for file in [
        "sample-data/customers.csv",
        "sample-data/invoices.csv",
        "sample-data/payments.csv",
        "sample-data/README.md",
        "resources/sample-model.json",
        "resources/icon.png",
        "packaging/icon.ico",
        "packaging/icon.icns",
        "packaging/linux/copyright",
    ] {
        assert!(root().join(file).is_file(), "{file}");
    }
    let resources = text("src/app/resources.rs");
    assert!(resources.contains("const SAMPLE_DATA: &str = \"sample-data\";"));
    assert!(resources.contains("const BUNDLED_MODEL: &str = \"resources/sample-model.json\";"));
    // Every installer puts them there: the .deb and the Windows stage through copy_resources,
    // the NSIS script from that stage, the macOS bundle in Contents/Resources.
    let build = text("packaging/build.sh");
    assert!(build.contains("install -m644 resources/sample-model.json \"$dest/resources/\""));
    assert!(build.contains("sample-data/*.csv sample-data/README.md \"$dest/sample-data/\""));
    let nsis = text("packaging/windows/installer.nsi");
    assert!(nsis.contains("File \"${STAGE}\\resources\\sample-model.json\""));
    assert!(nsis.contains("SetOutPath \"$INSTDIR\\sample-data\""));
    let dmg = text("packaging/macos/build-dmg.sh");
    assert!(dmg.contains("cp resources/sample-model.json \"$APP/Contents/Resources/resources/\""));
    assert!(dmg.contains("\"$APP/Contents/Resources/sample-data/\""));
}

#[test]
fn the_release_workflow_builds_every_installer_and_ci_builds_none() {
    let workflow = text(".github/workflows/release.yml");
    for step in [
        "packaging/build.sh deb",
        "packaging/build.sh windows-installer",
        "packaging/build.sh macos",
    ] {
        assert!(workflow.contains(step), "{step}");
    }
    assert!(!text(".ci/run").contains("packaging/"));
}
