#!/usr/bin/env bash
# Smoke test of the .deb on this Debian/Ubuntu machine (as root; needs apt-get install xvfb
# xauth imagemagick): install with apt -> the menu entry, icon, programs, sample data and
# bundled model are in place -> the installed app starts under Xvfb with the source tree hidden
# and a fresh home, shows the sample predictions (a screenshot is written) and writes only in
# that home -> removing the package leaves none of its files.
# Usage: packaging/smoke-deb.sh [package.deb]   (default: the one packaging/build.sh wrote)
# Screenshot: target/packages/smoke-deb.png; the app's output: target/packages/smoke-deb.log
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
NAME=payment-insights
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
DEB=$(realpath "${1:-target/packages/${NAME}_${VERSION}_$(dpkg --print-architecture).deb}")
OUT="$ROOT/target/packages"
SHOT="$OUT/smoke-deb.png"
APP_LOG="$OUT/smoke-deb.log"
WAIT_SECONDS=${WAIT_SECONDS:-120}

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and removes a package)"
for tool in Xvfb import unshare; do
  command -v "$tool" >/dev/null || fail "$tool is missing (see the header of $0)"
done
[ -f "$DEB" ] || fail "no package at $DEB: run packaging/build.sh deb"
dpkg -s "$NAME" >/dev/null 2>&1 && fail "$NAME is installed already: apt-get purge $NAME first"

WORK=$(mktemp -d /tmp/pi-smoke-deb.XXXXXX)
XVFB_PID=""
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  dpkg -s "$NAME" >/dev/null 2>&1 && apt-get purge -y -qq "$NAME" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== apt-get install $(basename "$DEB")"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$DEB" > "$WORK/apt.txt" 2>&1 \
  || { cat "$WORK/apt.txt"; fail "apt-get install failed"; }
dpkg -L "$NAME" > "$WORK/files.txt"

echo "== files in place"
ENTRY=/usr/share/applications/$NAME.desktop
for f in /usr/bin/$NAME /usr/bin/$NAME-cli $ENTRY /usr/share/icons/hicolor/256x256/apps/$NAME.png \
  /usr/share/$NAME/sample-data/invoices.csv /usr/share/$NAME/sample-data/customers.csv \
  /usr/share/$NAME/sample-data/payments.csv /usr/share/$NAME/resources/sample-model.json \
  /usr/share/doc/$NAME/copyright; do
  [ -f "$f" ] || fail "missing $f"
done
ok "programs, desktop entry, icon, sample data, bundled model"
# The menu entry: desktop-file-validate when desktop-file-utils is there; its program and icon.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$ENTRY" || fail "desktop-file-validate $ENTRY"
  ok "desktop-file-validate"
fi
grep -qx "Exec=$NAME %F" "$ENTRY" || fail "Exec line of $ENTRY"
grep -qx "Icon=$NAME" "$ENTRY" || fail "Icon line of $ENTRY"
command -v "$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$ENTRY")" >/dev/null || fail "Exec program not on PATH"
ok "menu entry names an installed program and icon"
file -b /usr/bin/$NAME | grep -q "stripped" && ! file -b /usr/bin/$NAME | grep -q "not stripped" \
  || fail "/usr/bin/$NAME still has its symbols"
ok "programs stripped"
touch "$WORK/before-run"

echo "== the CLI finds the installed sample data"
# The source tree is hidden (an empty folder over it) so only the installed files can be found.
HOME_DIR="$WORK/home"
mkdir -p "$HOME_DIR"
hidden() {
  unshare -m sh -c 'mount -t tmpfs -o size=1m none "$0" && cd "$1" && shift && exec "$@"' \
    "$ROOT" "$WORK" env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin DISPLAY="${DISPLAY:-}" \
    XDG_RUNTIME_DIR="$WORK/run" PAYMENT_INSIGHTS_TIMING=1 "$@"
}
mkdir -p "$WORK/run" && chmod 700 "$WORK/run"
hidden $NAME-cli fields > "$WORK/cli.txt" 2>&1 || { cat "$WORK/cli.txt"; fail "$NAME-cli fields"; }
grep -qi "customer" "$WORK/cli.txt" || { cat "$WORK/cli.txt"; fail "the CLI printed no fields"; }
ok "$NAME-cli fields ($(wc -l < "$WORK/cli.txt") lines)"

echo "== the installed app starts under Xvfb"
export DISPLAY=${SMOKE_DISPLAY:-:99}
if [ ! -e "/tmp/.X11-unix/X${DISPLAY#:}" ]; then
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  sleep 2
fi
hidden $NAME > "$APP_LOG" 2>&1 &
APP_PID=$!
for _ in $(seq "$WAIT_SECONDS"); do
  grep -q "predictions shown" "$APP_LOG" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$APP_LOG"; fail "the app exited"; }
  sleep 1
done
grep -q "predictions shown" "$APP_LOG" || { cat "$APP_LOG"; fail "no predictions after ${WAIT_SECONDS}s"; }
sleep 2
import -display "$DISPLAY" -window root "$SHOT"
grep "timing:" "$APP_LOG" || true
ok "the app showed predictions; screenshot $SHOT"
kill "$APP_PID" 2>/dev/null || true
wait "$APP_PID" 2>/dev/null || true
APP_PID=""

# Models and settings went to the fresh home's data directory, nothing to the install location.
find "$HOME_DIR" -type f -path '*models*' -name '*.json' | grep -q . \
  || { find "$HOME_DIR" -type f; fail "no model store under $HOME_DIR"; }
ok "user data in the home: $(find "$HOME_DIR" -type f | wc -l) files, e.g. $(find "$HOME_DIR" -type f -name '*.json' | head -n1 | sed "s|$HOME_DIR|~|")"
[ -z "$(find /usr/share/$NAME /usr/bin/$NAME -newer "$WORK/before-run")" ] \
  || fail "the app wrote in its install location"
dpkg --verify "$NAME" || fail "dpkg --verify: installed files changed"
ok "install location unchanged (dpkg --verify)"

echo "== apt-get remove"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$NAME" > "$WORK/apt.txt" 2>&1 \
  || { cat "$WORK/apt.txt"; fail "apt-get remove failed"; }
left=$(while read -r f; do [ -f "$f" ] && echo "$f"; done < "$WORK/files.txt" || true)
[ -z "$left" ] || fail "left behind: $left"
[ ! -e /usr/share/$NAME ] || fail "/usr/share/$NAME left behind"
ok "removed: none of the package's files are left"
echo "PASS: .deb smoke test"
