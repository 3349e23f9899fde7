#!/usr/bin/env bash
# Smoke test of the Windows installer under Wine (Debian 12: apt-get install wine wine64
# mingw-w64 xvfb xauth imagemagick), in a fresh Wine prefix under Xvfb:
#   silent install (/S) -> files, Start-menu shortcut and Apps & features entry are there ->
#   the installed app starts (from another working directory) and shows the sample predictions
#   (a screenshot is written) -> silent uninstall removes the program, its shortcut and its
#   entry, and keeps the user's data and models.
# Usage: packaging/smoke-windows.sh [setup.exe]   (default: the one packaging/build.sh wrote)
# Screenshot: target/packages/smoke-windows.png; the app's output: target/packages/smoke-windows.log
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
SETUP=$(realpath "${1:-target/packages/payment-insights-$VERSION-windows-x64-setup.exe}")
OUT="$ROOT/target/packages"
SHOT="$OUT/smoke-windows.png"
APP_LOG="$OUT/smoke-windows.log"
WAIT_SECONDS=${WAIT_SECONDS:-240}

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

for tool in wine wineserver x86_64-w64-mingw32-gcc Xvfb import; do
  command -v "$tool" >/dev/null || fail "$tool is missing (see the header of $0)"
done
[ -f "$SETUP" ] || fail "no installer at $SETUP: run packaging/build.sh windows"

WORK=$(mktemp -d /tmp/pi-smoke-win.XXXXXX)
export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko download prompts (there is no network): the app needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
XVFB_PID=""
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  wineserver -k 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A display of our own (DISPLAY=:99 unless one is given in SMOKE_DISPLAY).
export DISPLAY=${SMOKE_DISPLAY:-:99}
if [ ! -e "/tmp/.X11-unix/X${DISPLAY#:}" ]; then
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  sleep 2
fi

echo "== fresh Wine prefix in $WINEPREFIX"
wineboot -i >/dev/null 2>&1
wineserver -w
# Wine 8 lacks bcryptprimitives.dll (Rust's std calls its ProcessPrng): a stand-in for this
# test prefix only, forwarding to RtlGenRandom. The installer never ships it.
SYSTEM32="$WINEPREFIX/drive_c/windows/system32"
x86_64-w64-mingw32-gcc -O2 -shared -o "$SYSTEM32/bcryptprimitives.dll" \
  packaging/windows/smoke/bcryptprimitives.c -ladvapi32

USER_DIR="$WINEPREFIX/drive_c/users/$(id -un)"
INSTDIR="$USER_DIR/AppData/Local/Programs/Payment Insights"
SHORTCUT="$USER_DIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Payment Insights.lnk"
USER_DATA="$USER_DIR/AppData/Roaming/Payment Insights"
KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\PaymentInsights'

echo "== silent install: $(basename "$SETUP")"
wine "$SETUP" /S
wineserver -w
for f in payment-insights.exe payment-insights-cli.exe uninstall.exe sample-data/invoices.csv \
  sample-data/customers.csv sample-data/payments.csv resources/sample-model.json; do
  [ -f "$INSTDIR/$f" ] || fail "not installed: $f"
done
ok "installed per user in AppData/Local/Programs/Payment Insights"
[ -f "$SHORTCUT" ] || fail "no Start-menu shortcut at $SHORTCUT"
ok "Start-menu shortcut"
wine reg query "$KEY" > "$WORK/key.txt" 2>/dev/null || fail "no Apps & features entry ($KEY)"
grep -q "DisplayVersion.*$VERSION" "$WORK/key.txt" || fail "Apps & features entry lacks version $VERSION"
grep -q "UninstallString" "$WORK/key.txt" || fail "Apps & features entry lacks UninstallString"
ok "Apps & features entry (HKCU) with version $VERSION"
find "$INSTDIR" -type f | sort > "$WORK/installed.txt"

# Without drive Z: (the whole Unix file system) the programs cannot reach the source tree, whose
# path the build compiled in as the last resort: only the installed files can be found. Their
# working directory is the user's profile, which holds no sample data either.
rm -f "$WINEPREFIX/dosdevices/z:"

echo "== the CLI finds the installed sample data"
(cd "$USER_DIR" && wine "$INSTDIR/payment-insights-cli.exe" fields > "$WORK/cli.txt" 2>&1) \
  || { cat "$WORK/cli.txt"; fail "payment-insights-cli fields failed"; }
grep -qi "customer" "$WORK/cli.txt" || { cat "$WORK/cli.txt"; fail "CLI printed no fields"; }
ok "payment-insights-cli fields ($(wc -l < "$WORK/cli.txt") lines)"

echo "== the installed app starts (OpenGL: wgpu's DX12 path crashes under Wine)"
(cd "$USER_DIR" && WGPU_BACKEND=gl PAYMENT_INSIGHTS_TIMING=1 \
  exec wine "$INSTDIR/payment-insights.exe" > "$APP_LOG" 2>&1) &
APP_PID=$!
for _ in $(seq "$WAIT_SECONDS"); do
  grep -q "predictions shown" "$APP_LOG" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$APP_LOG"; fail "the app exited"; }
  sleep 1
done
grep -q "predictions shown" "$APP_LOG" || { cat "$APP_LOG"; fail "no predictions after ${WAIT_SECONDS}s"; }
sleep 3
import -display "$DISPLAY" -window root "$SHOT"
grep "timing:" "$APP_LOG" || true
ok "the app showed predictions; screenshot $SHOT"

# The app wrote its models and settings per user, and nothing in its install folder.
find "$USER_DATA" -name '*.json' | grep -q . || fail "no user data under $USER_DATA"
ok "user data under AppData/Roaming/Payment Insights: $(find "$USER_DATA" -type f | wc -l) files"
kill "$APP_PID" 2>/dev/null || true
wineserver -k 2>/dev/null || true
wineserver -w
APP_PID=""
find "$INSTDIR" -type f | sort | diff "$WORK/installed.txt" - \
  || fail "the app changed its install folder"
ok "install folder unchanged by running the app"

echo "== silent uninstall"
# The uninstaller copies itself to a temporary folder and starts that copy: wait for it.
wine "$INSTDIR/uninstall.exe" /S
wineserver -w
[ ! -e "$INSTDIR" ] || { find "$INSTDIR"; fail "install folder left behind"; }
[ ! -e "$SHORTCUT" ] || fail "Start-menu shortcut left behind"
! wine reg query "$KEY" >/dev/null 2>&1 || fail "Apps & features entry left behind"
find "$USER_DATA" -name '*.json' | grep -q . || fail "the uninstaller removed the user's data"
ok "uninstalled: program, shortcut and entry gone; user data kept"
ln -s / "$WINEPREFIX/dosdevices/z:"

# The MSI (per machine, for IT departments), when build.sh made one: installs silently into
# Program Files with its Start-menu shortcut, and uninstalls cleanly.
MSI="${SETUP%-setup.exe}.msi"
if [ -f "$MSI" ]; then
  echo "== MSI: msiexec /i /qn, then /x /qn"
  MSI_DIR="$WINEPREFIX/drive_c/Program Files/Payment Insights"
  # All users' Start menu on Windows; Wine 8's msi puts it in the user's.
  MENU_LINKS=("$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Payment Insights.lnk"
    "$(dirname "$SHORTCUT")/Payment Insights.lnk")
  wine msiexec /i "$MSI" /qn
  wineserver -w
  for f in payment-insights.exe payment-insights-cli.exe sample-data/invoices.csv \
    resources/sample-model.json; do
    [ -f "$MSI_DIR/$f" ] || fail "MSI did not install $f"
  done
  [ -f "${MENU_LINKS[0]}" ] || [ -f "${MENU_LINKS[1]}" ] || fail "MSI made no Start-menu shortcut"
  ok "MSI installed into Program Files with a Start-menu shortcut"
  wine msiexec /x "$MSI" /qn
  wineserver -w
  [ ! -e "$MSI_DIR/payment-insights.exe" ] || fail "MSI uninstall left the program"
  [ ! -e "${MENU_LINKS[0]}" ] && [ ! -e "${MENU_LINKS[1]}" ] || fail "MSI uninstall left the shortcut"
  [ ! -e "$MSI_DIR" ] || fail "MSI uninstall left $MSI_DIR"
  ok "MSI uninstalled"
fi
echo "PASS: Windows installer smoke test"
