#!/usr/bin/env bash
# Builds Kōshin for 64-bit Windows on this Linux machine, and its installer:
#
#   target/windows/koshin.exe                 the program (a console program:
#                                             its commands print in cmd and PowerShell)
#   target/windows/koshinw.exe                the launcher without a console
#                                             (Start menu, card files, Task Scheduler)
#   target/windows/Koshin-Setup-<version>.exe the installer (NSIS)
#
# Everything comes from Debian's packages and the crate registry: a Debian sid
# chroot (scripts/windows/chroot.sh, set up once outside the clone) has rustc
# 1.97 with rust-src, mingw-w64 and NSIS; std is built for the target with
# -Zbuild-std, which needs RUSTC_BOOTSTRAP=1 (set here only, never for the
# normal build). Each stage's time is printed.
#
#   bash scripts/windows/build.sh            # release build (LTO: ~15 min on 2 cores)
#   PROFILE=dev bash scripts/windows/build.sh   # quicker, unoptimised
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
# shellcheck source=scripts/windows/common.sh
. scripts/windows/common.sh
profile=${PROFILE:-release}
target=x86_64-pc-windows-gnu
out=$root/target/windows
chroot=scripts/windows/chroot.sh


stage "setting up the chroot" "$chroot" setup

build() {
  RUSTC_BOOTSTRAP=1 "$chroot" run cargo build --locked --profile "$profile" \
    -Zbuild-std=std,panic_abort --target "$target" --features windows-launcher --bins
}
stage "building koshin.exe and koshinw.exe ($profile)" build

folder=$profile
[[ $profile == dev ]] && folder=debug
built=$root/target/windows-cargo/$target/$folder
mkdir -p "$out"
cp "$built/koshin.exe" "$built/koshinw.exe" "$out/"

version=$(koshin_version)
installer=$out/Koshin-Setup-$version.exe
installer_stage() {
  rm -f "$installer"
  "$chroot" run makensis -V2 -DVERSION="$version" -DSOURCE="$out" -DOUTFILE="$installer" \
    packaging/windows/koshin.nsi
}
stage "building the installer" installer_stage

for file in "$out/koshin.exe" "$out/koshinw.exe" "$installer"; do
  echo "build.sh: $(basename "$file"): $(stat -c %s "$file") bytes" >&2
done
