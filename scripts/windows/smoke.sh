#!/usr/bin/env bash
# Tests the Windows build under Wine (in the chroot of scripts/windows/chroot.sh):
#
# 1. the library's unit tests (model, store, actions, formats …), built for
#    Windows and run with Wine as the test runner;
# 2. koshin.exe on a data folder whose path holds Chinese characters and
#    spaces: --version, demo, check, due --json, import receipts (a GBK
#    file), export receipts, guide, merge, each checked;
# 3. the window: it starts under Xvfb and draws its first frame (a
#    screenshot from the host is checked), and when Windows ends the session
#    it saves and releases the archive's lock;
# 4. the installer: a silent install, the Start menu entry, the card file
#    type and "Apps & features" entry present; a silent uninstall removes
#    them and the person's archive stays.
#
#   bash scripts/windows/build.sh && bash scripts/windows/smoke.sh
#   UNIT_TESTS=0 bash scripts/windows/smoke.sh     # skip step 1
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
# shellcheck source=scripts/windows/common.sh
. scripts/windows/common.sh
chroot=scripts/windows/chroot.sh
out=$root/target/windows
work=$out/smoke
version=$(koshin_version)
installer=$out/Koshin-Setup-$version.exe

fail() {
  echo "smoke.sh: FAILED: $*" >&2
  exit 1
}
ok() { echo "smoke.sh: ok: $*" >&2; }

[ -f "$out/koshin.exe" ] && [ -f "$installer" ] || fail "run scripts/windows/build.sh first"
"$chroot" setup

# Runs a bash script inside the chroot, with Wine quiet and one Wine server
# for the whole script. The server must not outlive the script: a server
# left from an earlier run sees that run's mounts, which are gone.
inside() {
  WINEDEBUG=-all "$chroot" run bash -euo pipefail -c \
    "wineserver -k 2>/dev/null || true; trap 'wineserver -k 2>/dev/null || true' EXIT; $1"
}

unit_tests() {
  RUSTC_BOOTSTRAP=1 CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine WINEDEBUG=-all \
    "$chroot" run cargo test --locked -Zbuild-std --target x86_64-pc-windows-gnu --lib
}
if [ "${UNIT_TESTS:-1}" = 1 ]; then
  stage "the library's unit tests under Wine" unit_tests
fi

rm -rf "$work"
mkdir -p "$work"
# A folder as a Chinese-speaking family names it, with spaces.
data_unix="$work/王小明 的 文档/koshin"
other_unix="$work/另一台 电脑"
data='Z:'${data_unix//\//\\}
other='Z:'${other_unix//\//\\}
exe='Z:'${out//\//\\}'\koshin.exe'

commands() {
  # shellcheck disable=SC2016 # expanded inside
  inside "
    k() { wine '$exe' --data-dir '$data' \"\$@\"; }
    wine '$exe' --version | grep -q 'koshin $version'
    wine '$exe' demo '$data' | grep -q 'koshin.ron'
    k check | grep -q 'is sound: 3 cards'
    k due --json > '$work/due.json'
    grep -q '\"label\"' '$work/due.json'
    printf 'date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes\r\n2026-11-21,,东京流量小铺,日本 eSIM 每日 2GB,third-party,68.00,CNY,TB-8812,,,淘宝购买\r\n' |
      iconv -f UTF-8 -t GBK > '$work/gbk.csv'
    k import receipts 'Z:${work//\//\\}\\gbk.csv' | grep -q 'GBK'
    k export receipts 'Z:${work//\//\\}\\out.csv'
    grep -q '东京流量小铺' '$work/out.csv'
    k guide \"Dad's SIM\" --out 'Z:${work//\//\\}\\guide.html'
    grep -q '<html' '$work/guide.html'
    # The pictures for Mum (简体中文, Shanghai): Chinese file names, the
    # shipped CJK font, no system font needed.
    k guide \"Mum's eSIM\" --format png --out 'Z:${work//\//\\}\\pictures'
    test \"\$(ls '$work/pictures' | wc -l)\" = 13
    test -f '$work/pictures/02-看看还剩多少.png'
    wine '$exe' demo '$other' > /dev/null
    wine '$exe' --data-dir '$other' import receipts 'Z:${work//\//\\}\\gbk.csv' > /dev/null
    k merge '$other\\koshin.ron' | grep -qi 'merged\\|added'
    k check | grep -q 'receipts'
  "
}
stage "koshin.exe on a folder named in Chinese with spaces" commands
grep -c 'TB-8812' "$data_unix/koshin.ron" >/dev/null || fail "the GBK receipt is not in the archive"
ok "--version, demo, check, due --json, import receipts (GBK), export receipts, guide, guide pictures, merge"

# The window, on the host's virtual display (Wine in the chroot reaches it).
if ! command -v Xvfb >/dev/null || ! command -v import >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    xvfb imagemagick >/dev/null
fi
window() {
  local display=:$((400 + RANDOM % 200)) xvfb app
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  # shellcheck disable=SC2064 # the pids are known now
  trap "kill $xvfb 2>/dev/null" RETURN
  sleep 1
  : > "$work/end"
  rm -f "$work/end"
  DISPLAY=$display inside "
    wine '$exe' --data-dir '$data' > '$work/window.log' 2>&1 &
    for _ in \$(seq 120); do [ -f '$work/end' ] && break; sleep 0.5; done
    # Windows ends the session (a logout): the app saves and lets go.
    wine wineboot --end-session
    wait
  " &
  app=$!
  local lock="$data_unix/koshin.lock" shot="$work/window.png"
  for _ in $(seq 120); do
    [ -s "$lock" ] && break
    sleep 0.5
  done
  [ -s "$lock" ] || fail "the window never opened the archive (see $work/window.log)"
  sleep 8
  DISPLAY=$display import -window root "$shot"
  local colours
  colours=$(identify -format '%k' "$shot")
  touch "$work/end"
  wait "$app" || true
  [ "$colours" -gt 40 ] || fail "the window's screenshot has $colours colours: nothing drawn ($shot)"
  ok "the window drew its first frame ($colours colours in $shot)"
  [ ! -s "$lock" ] || fail "the session ended and the lock still names the app: $(cat "$lock")"
  ok "at the session's end the app released the archive's lock"
}
stage "the window under Xvfb" window

installer_test() {
  local programs=/root/.wine/drive_c/users/root/AppData/Local/Programs/Koshin
  local archive=/root/.wine/drive_c/users/root/AppData/Roaming/Koshin/config/koshin.ron
  # shellcheck disable=SC2016 # expanded inside
  inside "
    # The Wine prefix outlives a run: start from no archive, as a new
    # family's laptop does, and leave none behind for the next run.
    rm -rf '${archive%/*/*}'
    trap 'rm -rf \"${archive%/*/*}\"; wineserver -k 2>/dev/null || true' EXIT
    wine 'Z:${installer//\//\\}' /S
    wineserver -w
    test -f '$programs/koshin.exe' && test -f '$programs/koshinw.exe' && test -f '$programs/uninstall.exe'
    test -f '/root/.wine/drive_c/users/root/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Kōshin.lnk'
    wine reg query 'HKCU\\Software\\Classes\\Koshin.Card\\shell\\open\\command' | grep -q 'koshinw.exe'
    wine reg query 'HKCU\\Software\\Classes\\.ron\\OpenWithProgids' | grep -q 'Koshin.Card'
    wine reg query 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Koshin' | grep -q 'DisplayVersion.*$version'
    wine reg query 'HKCU\\Software\\Classes\\AppUserModelId\\Koshin.Koshin' | grep -q 'DisplayName'
    # The person's archive, where Kōshin keeps it by default.
    wine '$programs/koshin.exe' demo 'C:\\users\\root\\AppData\\Roaming\\Koshin\\config' > /dev/null
    test -f '$archive'
    wine '$programs/uninstall.exe' /S
    wineserver -w
    sleep 2
    wineserver -w
    test ! -e '$programs/koshin.exe'
    test ! -e '/root/.wine/drive_c/users/root/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Kōshin.lnk'
    ! wine reg query 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Koshin' > /dev/null 2>&1
    test -f '$archive'
  "
}
stage "the installer, silently" installer_test
ok "silent install: programs, Start menu entry, card file type, Apps & features; silent uninstall: all gone, the archive kept"
echo "smoke.sh: all passed" >&2
