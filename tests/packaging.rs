//! The installers' icons: the Windows `.ico` and the macOS `.icns` hold the app's picture at the
//! sizes each platform asks for.

#![allow(clippy::unwrap_used)]

use std::path::Path;

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
