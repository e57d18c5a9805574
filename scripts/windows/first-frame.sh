#!/usr/bin/env bash
# How soon koshin.exe shows its first frame under Wine, side by side with an
# empty eframe window built the same way (release, -Zbuild-std, mingw), on a
# virtual X display. As scripts/first-frame.sh on Linux: each program runs
# with KOSHIN_FIRST_FRAME=1, prints the moment its first frame was on screen
# and closes; the time counts from just before `wine` starts it, with the
# Wine server already running.
#
#   bash scripts/windows/build.sh && bash scripts/windows/first-frame.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/windows/common.sh
. scripts/windows/common.sh
runs=${1:-5}
chroot=scripts/windows/chroot.sh
out=$(pwd)/target/windows

empty_window() {
  RUSTC_BOOTSTRAP=1 "$chroot" run cargo build --locked --release -Zbuild-std=std,panic_abort \
    --target x86_64-pc-windows-gnu --example empty_window
  cp target/windows-cargo/x86_64-pc-windows-gnu/release/examples/empty_window.exe "$out/"
}
[ -f "$out/empty_window.exe" ] || stage "building the empty window" empty_window

display=:$((600 + RANDOM % 200))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
w='Z:'${out//\//\\}
# shellcheck disable=SC2016 # expanded inside
DISPLAY=$display WINEDEBUG=-all "$chroot" run bash -euo pipefail -c "
  wineserver -k 2>/dev/null || true
  trap 'wineserver -k 2>/dev/null || true' EXIT
  wineserver -p
  rm -rf '$out/first-frame' && mkdir -p '$out/first-frame'
  once() {
    local start end
    start=\$(date +%s%6N)
    end=\$(KOSHIN_FIRST_FRAME=1 KOSHIN_DATA_DIR='$w\\first-frame' wine \"\$@\" 2>/dev/null | tr -d '\\r' | sed -n 's/^first-frame //p')
    [ -n \"\$end\" ] || { echo 'first-frame.sh: no frame from' \"\$@\" >&2; exit 1; }
    echo \$(((end - start) / 1000))
  }
  median() { sort -n | awk '{ v[NR] = \$1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
  once '$w\\empty_window.exe' > /dev/null
  once '$w\\koshin.exe' --demo > /dev/null
  empty=() demo=()
  for _ in \$(seq $runs); do
    empty+=(\"\$(once '$w\\empty_window.exe')\")
    demo+=(\"\$(once '$w\\koshin.exe' --demo)\")
  done
  e=\$(printf '%s\\n' \"\${empty[@]}\" | median)
  d=\$(printf '%s\\n' \"\${demo[@]}\" | median)
  echo \"empty eframe window under Wine: \$e ms (median of $runs: \${empty[*]})\"
  echo \"koshin.exe --demo under Wine:   \$d ms (median of $runs: \${demo[*]})\"
  awk -v a=\"\$d\" -v b=\"\$e\" 'BEGIN { printf \"ratio: %.2fx\\n\", a / b }'
"
