#!/usr/bin/env bash
# Builds target/packages/payment-insights-VERSION-macos-universal.dmg on a Mac: the app for
# Apple silicon and Intel (one universal binary by lipo), in "Payment Insights.app" with its
# Info.plist, icon, sample data and bundled model (Contents/Resources, where
# src/app/resources.rs looks), and the CLI beside the app in Contents/MacOS.
# Needs: Xcode's command line tools, rustup targets aarch64-apple-darwin and x86_64-apple-darwin.
#
# Unsigned unless these are set (the release workflow takes them from its secrets):
#   MACOS_SIGN_IDENTITY   a "Developer ID Application: ..." identity in the keychain -> codesign
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   (with the identity) -> notarise and staple
set -euo pipefail
cd "$(dirname "$0")/../.."
NAME=payment-insights
APP_NAME="Payment Insights"
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
OUT=target/packages
TARGET_DIR=${CARGO_TARGET_DIR:-target}
mkdir -p "$OUT"

for triple in aarch64-apple-darwin x86_64-apple-darwin; do
  cargo build --profile dist --bins --target "$triple"
done

STAGE=target/macos-stage
APP="$STAGE/$APP_NAME.app"
rm -rf "$STAGE"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources/sample-data" "$APP/Contents/Resources/resources"
for bin in $NAME $NAME-cli; do
  lipo -create -output "$APP/Contents/MacOS/$bin" \
    "$TARGET_DIR/aarch64-apple-darwin/dist/$bin" "$TARGET_DIR/x86_64-apple-darwin/dist/$bin"
done
sed "s/@VERSION@/$VERSION/g" packaging/macos/Info.plist > "$APP/Contents/Info.plist"
plutil -lint "$APP/Contents/Info.plist"
cp packaging/icon.icns "$APP/Contents/Resources/icon.icns"
cp sample-data/*.csv sample-data/README.md "$APP/Contents/Resources/sample-data/"
cp resources/sample-model.json "$APP/Contents/Resources/resources/"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  # Hardened runtime and a timestamp: what notarisation asks for. The CLI first, then the app.
  codesign --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" \
    "$APP/Contents/MacOS/$NAME-cli"
  codesign --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
else
  echo "== unsigned (no MACOS_SIGN_IDENTITY): users open it with right-click > Open the first time"
fi

# The disk image: the app and a link to /Applications to drag it onto.
ln -s /Applications "$STAGE/Applications"
DMG="$OUT/$NAME-$VERSION-macos-universal.dmg"
rm -f "$DMG"
hdiutil create -volname "$APP_NAME" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
  xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$DMG"
fi
echo "== wrote $DMG ($(du -h "$DMG" | cut -f1))"
