#!/usr/bin/env bash
# Builds the installers into target/packages/ (see packaging/README.md):
#   packaging/build.sh deb       Debian/Ubuntu package, built on Debian/Ubuntu
#   packaging/build.sh windows   NSIS installer, cross-built on Debian 12 (or natively, see below)
#   packaging/build.sh all       both
#   packaging/build.sh macos     .app in a .dmg, on a Mac (packaging/macos/build-dmg.sh)
# The programs are built with the `dist` profile (release, symbols stripped).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

NAME=payment-insights
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
OUT="$ROOT/target/packages"
PROFILE=dist
mkdir -p "$OUT"

log() { echo "== $*" >&2; }

# The files every installer ships beside the programs, laid out as in the source tree
# (src/app/resources.rs looks for them there): sample-data/ and resources/sample-model.json.
copy_resources() {
  local dest=$1
  mkdir -p "$dest/sample-data" "$dest/resources"
  install -m644 sample-data/*.csv sample-data/README.md "$dest/sample-data/"
  install -m644 resources/sample-model.json "$dest/resources/"
}

build_deb() {
  command -v dpkg-deb >/dev/null || { echo "dpkg-deb is needed (Debian/Ubuntu)" >&2; exit 1; }
  local target_dir=${CARGO_TARGET_DIR:-$ROOT/target}
  log "cargo build --profile $PROFILE (Linux)"
  cargo build --profile "$PROFILE" --bins
  local arch; arch=$(dpkg --print-architecture)
  local stage="$ROOT/target/deb-stage/${NAME}_${VERSION}_$arch"
  rm -rf "$stage"
  install -D -m755 "$target_dir/$PROFILE/$NAME" "$stage/usr/bin/$NAME"
  install -D -m755 "$target_dir/$PROFILE/$NAME-cli" "$stage/usr/bin/$NAME-cli"
  copy_resources "$stage/usr/share/$NAME"
  install -D -m644 packaging/linux/$NAME.desktop "$stage/usr/share/applications/$NAME.desktop"
  install -D -m644 resources/icon.png "$stage/usr/share/icons/hicolor/256x256/apps/$NAME.png"
  install -D -m644 packaging/linux/copyright "$stage/usr/share/doc/$NAME/copyright"

  # The libraries the programs link to (libc, libgcc) as dpkg-shlibdeps finds them, plus those
  # winit and wgpu open at run time: X11/Wayland, xkbcommon, and Vulkan or OpenGL (EGL).
  local shlibs
  mkdir -p "$stage/debian" && : > "$stage/debian/control"
  shlibs=$(cd "$stage" && dpkg-shlibdeps -O "usr/bin/$NAME" "usr/bin/$NAME-cli" 2>/dev/null \
    | sed -n 's/^shlibs:Depends=//p')
  rm -rf "$stage/debian"
  local size_kb; size_kb=$(du -sk "$stage/usr" | cut -f1)
  mkdir -p "$stage/DEBIAN"
  sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size_kb/" \
      -e "s/@SHLIBS@/${shlibs:-libc6}/" packaging/linux/control.in > "$stage/DEBIAN/control"
  (cd "$stage" && find usr -type f -exec md5sum {} + | sort -k2) > "$stage/DEBIAN/md5sums"
  local deb="$OUT/${NAME}_${VERSION}_$arch.deb"
  # xz -9: its 64 MB window lets the CLI be stored mostly as references to the app.
  dpkg-deb --root-owner-group -Zxz -z9 --build "$stage" "$deb" >/dev/null
  log "wrote $deb ($(du -h "$deb" | cut -f1))"
}

build_windows() {
  command -v makensis >/dev/null || { echo "makensis is needed: apt-get install nsis" >&2; exit 1; }
  local triple=x86_64-pc-windows-gnu
  local target_dir=${WIN_TARGET_DIR:-$ROOT/target-win}
  log "cargo build --profile $PROFILE --target $triple (cross, Debian's rustc-web)"
  # Debian's Rust 1.96 (rustc-web, cargo-web, rust-web-src) builds the standard library for
  # Windows from source (-Zbuild-std); rustup's toolchain has no Windows target to download.
  # mingw-w64 links; the exe needs no mingw DLLs.
  PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$target_dir" \
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
    cargo build -Zbuild-std=std,panic_abort --target "$triple" --profile "$PROFILE" --bins
  nsis_installer "$target_dir/$triple/$PROFILE"
}

# The NSIS installer from the exes in $1 (also used by the release workflow on Windows).
nsis_installer() {
  local bin_dir=$1
  local stage="$ROOT/target/win-stage"
  rm -rf "$stage"
  mkdir -p "$stage"
  cp "$bin_dir/$NAME.exe" "$bin_dir/$NAME-cli.exe" "$stage/"
  copy_resources "$stage"
  local setup="$OUT/$NAME-$VERSION-windows-x64-setup.exe"
  local native=(echo)
  # On Windows (Git Bash) makensis wants C:\ paths.
  command -v cygpath >/dev/null && native=(cygpath -w)
  makensis -V2 -DVERSION="$VERSION" -DSTAGE="$("${native[@]}" "$stage")" \
    -DROOT="$("${native[@]}" "$ROOT")" -DOUT_FILE="$("${native[@]}" "$setup")" \
    packaging/windows/installer.nsi
  log "wrote $setup ($(du -h "$setup" | cut -f1))"
  # The MSI for per-machine deployment, where msitools' wixl is installed (Debian: wixl).
  if command -v wixl >/dev/null; then
    local msi="$OUT/$NAME-$VERSION-windows-x64.msi"
    wixl -a x64 -D Version="$VERSION" -D Stage=target/win-stage -o "$msi" \
      packaging/windows/payment-insights.wxs
    log "wrote $msi ($(du -h "$msi" | cut -f1))"
  fi
}

case "${1:-}" in
  deb) build_deb ;;
  windows) build_windows ;;
  windows-installer) nsis_installer "${2:?the folder holding the built .exe files}" ;;
  macos) packaging/macos/build-dmg.sh ;;
  all) build_deb; build_windows ;;
  *) echo "usage: $0 deb|windows|all|macos" >&2; exit 2 ;;
esac
