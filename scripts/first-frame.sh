#!/usr/bin/env bash
# How soon Kōshin shows its first frame, side by side with an empty eframe
# window, under a virtual X display (Xvfb, software rendering).
#
#   bash scripts/first-frame.sh [RUNS]      (default 4 runs of each; the median is shown)
#
# Each program is started with KOSHIN_FIRST_FRAME=1: it prints the moment its
# first frame was on screen and closes (src/probe.rs). The time counted runs
# from just before the program is started to that moment. Three cases: the
# empty window (examples/empty_window.rs), `koshin --demo` (the sample
# household) and Kōshin on 10,000 receipts and 50 cards (`koshin demo DIR
# --receipts 10000`). Builds in release first (PROFILE=... for another
# profile, BUILD=0 to use what is built); installs Xvfb when missing and root.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-4}
profile=${PROFILE:-release}

if ! command -v Xvfb >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb >/dev/null
  else
    echo "first-frame.sh: needs Xvfb (Debian package xvfb)" >&2
    exit 1
  fi
fi

if [ "${BUILD:-1}" = 1 ]; then
  cargo build --quiet --locked --profile "$profile" --bin koshin --example empty_window
fi
out=target/$profile
[ "$profile" = dev ] && out=target/debug

work=$(mktemp -d)
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=$display
sleep 1

"$out/koshin" demo "$work/large" --receipts 10000 >/dev/null

# Milliseconds from start to the first frame of one run of "$@".
first_frame_ms() {
  local start end
  start=$(date +%s%6N)
  end=$(KOSHIN_FIRST_FRAME=1 KOSHIN_DATA_DIR="$work/data" "$@" 2>/dev/null | sed -n 's/^first-frame //p')
  if [ -z "$end" ]; then
    echo "first-frame.sh: $* showed no frame" >&2
    exit 1
  fi
  echo $(((end - start) / 1000))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

declare -A times
cases=(empty demo large)
run_case() {
  case $1 in
    empty) first_frame_ms "$out/examples/empty_window" ;;
    demo) first_frame_ms "$out/koshin" --demo ;;
    large) first_frame_ms "$out/koshin" --data-dir "$work/large" ;;
  esac
}

# One run of each to warm the disk cache, then the runs counted, taken in turn.
for c in "${cases[@]}"; do run_case "$c" >/dev/null; done
for _ in $(seq "$runs"); do
  for c in "${cases[@]}"; do times[$c]+="$(run_case "$c") "; done
done

empty=$(tr ' ' '\n' <<<"${times[empty]}" | grep . | median)
printf '%-28s %8s %8s   %s\n' "first frame ($profile)" median ratio runs
for c in "${cases[@]}"; do
  m=$(tr ' ' '\n' <<<"${times[$c]}" | grep . | median)
  case $c in
    empty) label="empty eframe window" ;;
    demo) label="koshin --demo" ;;
    large) label="koshin, 10,000 receipts" ;;
  esac
  ratio=$(awk -v a="$m" -v b="$empty" 'BEGIN { printf "%.2f", a / b }')
  printf '%-28s %6s ms %7sx   %s\n' "$label" "$m" "$ratio" "${times[$c]}"
done
