#!/usr/bin/env bash
# A Debian sid chroot for building Kōshin for Windows from Linux: rustc and
# cargo 1.97 with rust-src (for -Zbuild-std, since rustup cannot fetch the
# Windows target here), mingw-w64 gcc and binutils, wine 10 to run the .exe,
# NSIS (makensis) for the installer, and Xvfb for wine's windows.
#
#   scripts/windows/chroot.sh setup        make the chroot (once; again only when
#                                          missing, half made or its package list
#                                          changed)
#   scripts/windows/chroot.sh run CMD...   run CMD inside it
#   scripts/windows/chroot.sh shell        an interactive bash inside it
#   scripts/windows/chroot.sh remove       delete it (refuses while in use)
#   scripts/windows/chroot.sh path         print where it is
#
# Or `source` it and call koshin_windows_chroot_setup / koshin_windows_chroot_run
# (sourcing turns on `set -euo pipefail` in the caller).
#
# The chroot lives outside the clone, at $KOSHIN_WINDOWS_CHROOT (default
# ~/.cache/koshin/windows-sid; about 4.6 GB, 1.2 GB of it the ready wine
# prefix), and needs root. Setup takes about 3 to 4 minutes.
#
# `run` mounts /proc, /sys and /dev (rbind, made rslave) and this project (at
# the same path as outside) inside the chroot, in a mount namespace of its own
# (unshare), so the mounts are never seen by the host and go away with the
# command even if it is killed; they are also unmounted by a trap (umount -R,
# lazy if busy). Without unshare it mounts in the host's namespace, one run at
# a time. Extra host folders can be mounted at the same path with
# KOSHIN_WINDOWS_BINDS=/a:/b. The command starts in the current folder when it
# is inside the project or one of those folders, else in the project.
#
# Inside: HOME=/root and CARGO_HOME=/root/.cargo (in the chroot, so its cargo
# registry is cached there and apart from the host's ~/.cargo),
# CARGO_TARGET_DIR=<project>/target/windows-cargo (or
# $KOSHIN_WINDOWS_CARGO_TARGET_DIR; the host's CARGO_TARGET_DIR is not passed:
# the chroot's rustc must never share a target folder with the host's),
# CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc,
# WINEDLLOVERRIDES=mscoree,mshtml= (no Mono or Gecko) and WINEDEBUG=fixme-all
# unless set. Of the caller's environment only RUSTC_BOOTSTRAP, RUSTFLAGS,
# RUSTDOCFLAGS, RUST_BACKTRACE, RUST_LOG, CARGO_* (not the ones naming host
# paths), WINE*, KOSHIN_*, CI, TERM, NO_COLOR, SOURCE_DATE_EPOCH, DISPLAY (an X
# display on the host: wine reaches it through its abstract socket) and proxy
# settings are passed. RUSTC_BOOTSTRAP is never set here: callers set it, e.g.
#
#   RUSTC_BOOTSTRAP=1 scripts/windows/chroot.sh run cargo build --release \
#     -Zbuild-std=std,panic_abort --target x86_64-pc-windows-gnu
set -euo pipefail

# Bump the version when anything setup does changes, so cached chroots are redone.
KWC_PACKAGES=(
  ca-certificates
  rustc cargo rust-src
  gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64
  wine wine64
  nsis
  xvfb xauth libgl1 libglx-mesa0 libgl1-mesa-dri
)
KWC_STAMP_TEXT="koshin windows chroot 1: sid minbase; ${KWC_PACKAGES[*]}"
# Added later: installed on top of a ready chroot when missing (no rebuild).
KWC_EXTRA_PACKAGES=(
  rust-clippy
)
KWC_EXTRA_STAMP_TEXT="extras 1: ${KWC_EXTRA_PACKAGES[*]}"

KWC_SCRIPT=$(realpath "${BASH_SOURCE[0]}")
KWC_PROJECT=$(cd "$(dirname "$KWC_SCRIPT")/../.." && pwd -P)
KWC_ROOT=${KOSHIN_WINDOWS_CHROOT:-${HOME:-/root}/.cache/koshin/windows-sid}
KWC_MIRROR=${KOSHIN_WINDOWS_MIRROR:-http://deb.debian.org/debian}
KWC_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

_kwc_say() { echo "chroot.sh: $*" >&2; }
_kwc_die() { _kwc_say "$*"; exit 1; }

_kwc_need_root() {
  [ "$(id -u)" = 0 ] || _kwc_die "must run as root (it runs debootstrap, mount and chroot); try: sudo $KWC_SCRIPT ${1:-}"
}

# The chroot's root with symlinks resolved (mount points in /proc/mounts are).
_kwc_root_real() {
  mkdir -p "$(dirname "$KWC_ROOT")"
  KWC_ROOT=$(realpath -m "$KWC_ROOT")
  export KOSHIN_WINDOWS_CHROOT=$KWC_ROOT   # for this script's own child processes
  case $KWC_ROOT in
    / | /root | /home | /tmp | "$HOME" | "$KWC_PROJECT" | "$KWC_PROJECT"/*)
      _kwc_die "refusing KOSHIN_WINDOWS_CHROOT=$KWC_ROOT (must be a folder of its own, outside the project)" ;;
  esac
}

_kwc_stamp() { echo "$KWC_ROOT/.koshin-windows-chroot-stamp"; }

_kwc_ready() {
  [ -f "$(_kwc_stamp)" ] && [ "$(cat "$(_kwc_stamp)")" = "$KWC_STAMP_TEXT" ]
}

_kwc_extra_stamp() { echo "$KWC_ROOT/.koshin-windows-chroot-extras"; }

_kwc_extras_ready() {
  [ -f "$(_kwc_extra_stamp)" ] && [ "$(cat "$(_kwc_extra_stamp)")" = "$KWC_EXTRA_STAMP_TEXT" ]
}

# Installs the extra packages into a ready chroot.
_kwc_setup_extras() {
  _kwc_run_inside env DEBIAN_FRONTEND=noninteractive apt-get update
  _kwc_run_inside env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${KWC_EXTRA_PACKAGES[@]}"
  _kwc_run_inside apt-get clean
  echo "$KWC_EXTRA_STAMP_TEXT" >"$(_kwc_extra_stamp)"
}

# Mount points under the chroot in this mount namespace, deepest first.
_kwc_mounts_under() {
  local root=$1
  # /proc/mounts escapes spaces as \040; paths here have none.
  awk -v r="$root" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts | sort -r
}

# Succeeds when something still uses the chroot: mounts in it, or a process whose
# root is inside it (a running `run` in its own mount namespace).
_kwc_in_use() {
  local root=$1 p r
  if [ -n "$(_kwc_mounts_under "$root")" ]; then
    _kwc_say "mounted inside $root:"; _kwc_mounts_under "$root" >&2
    return 0
  fi
  for p in /proc/[0-9]*; do
    r=$(readlink "$p/root" 2>/dev/null) || continue
    if [ "$r" = "$root" ] || [[ $r == "$root"/* ]]; then
      _kwc_say "process ${p#/proc/} runs inside $root ($(tr '\0' ' ' <"$p/cmdline" 2>/dev/null | cut -c1-80))"
      return 0
    fi
  done
  return 1
}

# Deletes the chroot folder, never while anything is mounted in it or running
# in it; left-over mounts (e.g. from a killed debootstrap) are unmounted first.
_kwc_remove_tree() {
  local root=$1 m
  [ -e "$root" ] || return 0
  for m in $(_kwc_mounts_under "$root"); do
    mount --make-rslave "$m" 2>/dev/null || true   # so unmounting cannot propagate to the host
    umount -R "$m" 2>/dev/null || umount -R -l "$m" || true
  done
  if _kwc_in_use "$root"; then
    _kwc_die "not deleting $root while it is in use"
  fi
  # --one-file-system: even if a mount slipped in, never descend into it.
  rm -rf --one-file-system "$root"
}

# An exclusive lock on a file beside the chroot (so deleting the chroot keeps
# it), held until this process ends; taken once per process.
_kwc_lock() {
  [ -z "${KWC_LOCK_FD:-}" ] || return 0
  exec {KWC_LOCK_FD}>"$KWC_ROOT.lock"
  if ! flock -n -x "$KWC_LOCK_FD"; then
    _kwc_say "waiting for another chroot.sh ($KWC_ROOT.lock)"
    flock -x "$KWC_LOCK_FD"
  fi
}

# Runs a command without the lock's descriptor, so that what it leaves running
# (a wineserver, say) never holds the lock.
_kwc_without_lock() {
  if [ -n "${KWC_LOCK_FD:-}" ]; then
    "$@" {KWC_LOCK_FD}>&-
  else
    "$@"
  fi
}

_kwc_now() { date +%s.%N; }
_kwc_took() { awk -v a="$1" -v b="$(_kwc_now)" 'BEGIN { printf "%.1f s", b - a }'; }

# _kwc_stage NAME FUNCTION ARGS...: runs one of the functions below in a bash of
# its own (where `set -e` holds: it would not inside `f || ...`) with its
# output in the setup log, and says how long it took; on failure shows the end
# of the log.
_kwc_stage() {
  local name=$1 t0 rc=0
  shift
  t0=$(_kwc_now)
  _kwc_say "$name ..."
  echo "=== $name: $*" >>"$KWC_LOG"
  _kwc_without_lock "$BASH" "$KWC_SCRIPT" __stage "$@" >>"$KWC_LOG" 2>&1 </dev/null || rc=$?
  if [ "$rc" != 0 ]; then
    tail -n 40 "$KWC_LOG" >&2
    _kwc_die "$name failed (exit $rc) after $(_kwc_took "$t0"); the whole log: $KWC_LOG"
  fi
  _kwc_say "$name took $(_kwc_took "$t0")"
}

# Files copied from the host into the chroot: the resolver, /etc/hosts and
# locally added CA certificates (needed for cargo to reach the registry here).
# Done at setup and again at each run when they changed.
_kwc_sync_host_files() {
  local f certs_changed=0
  for f in /etc/resolv.conf /etc/hosts; do
    [ -f "$f" ] || continue
    if ! cmp -s "$f" "$KWC_ROOT$f"; then
      rm -f "$KWC_ROOT$f"          # may be a dangling symlink
      cat "$f" >"$KWC_ROOT$f"
    fi
  done
  mkdir -p "$KWC_ROOT/usr/local/share/ca-certificates"
  if [ -d /usr/local/share/ca-certificates ] &&
    ! diff -rq /usr/local/share/ca-certificates "$KWC_ROOT/usr/local/share/ca-certificates" >/dev/null 2>&1; then
    rm -rf "${KWC_ROOT:?}/usr/local/share/ca-certificates"
    cp -a /usr/local/share/ca-certificates "$KWC_ROOT/usr/local/share/ca-certificates"
    certs_changed=1
  fi
  [ "$certs_changed" = 1 ] && [ -x "$KWC_ROOT/usr/sbin/update-ca-certificates" ] && return 10
  return 0
}

_kwc_setup_debootstrap() {
  debootstrap --variant=minbase sid "$KWC_ROOT" "$KWC_MIRROR"
}

_kwc_setup_config() {
  # sid's Release on this mirror is past its Valid-Until.
  cat >"$KWC_ROOT/etc/apt/apt.conf.d/90koshin" <<'EOF'
Acquire::Check-Valid-Until "false";
Acquire::Languages "none";
APT::Install-Recommends "false";
APT::Install-Suggests "false";
EOF
  # No documentation, manual pages or translations: about 200 MB less.
  cat >"$KWC_ROOT/etc/dpkg/dpkg.cfg.d/90koshin-nodoc" <<'EOF'
path-exclude=/usr/share/doc/*
path-include=/usr/share/doc/*/copyright
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
path-exclude=/usr/share/locale/*
EOF
  # Packages must not start services in the chroot.
  printf '#!/bin/sh\nexit 101\n' >"$KWC_ROOT/usr/sbin/policy-rc.d"
  chmod 755 "$KWC_ROOT/usr/sbin/policy-rc.d"
  _kwc_sync_host_files || true
}

_kwc_setup_packages() {
  _kwc_run_inside env DEBIAN_FRONTEND=noninteractive apt-get update
  _kwc_run_inside env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${KWC_PACKAGES[@]}"
  _kwc_run_inside apt-get clean
}

_kwc_setup_certificates() {
  _kwc_run_inside update-ca-certificates
}

# A ready wine prefix in /root/.wine, so the first `wine` of a build does not
# spend its time there. Debian keeps wineserver out of PATH: link it in.
_kwc_setup_wine_prefix() {
  ln -sfn /usr/lib/x86_64-linux-gnu/wine/wineserver "$KWC_ROOT/usr/local/bin/wineserver"
  _kwc_run_inside sh -c 'wineboot --init && wineserver --wait'
}

koshin_windows_chroot_setup() {
  _kwc_need_root setup
  _kwc_root_real
  if _kwc_ready; then
    if ! _kwc_extras_ready; then
      _kwc_lock
      KWC_LOG=$KWC_ROOT.setup.log
      _kwc_extras_ready || _kwc_stage "install ${KWC_EXTRA_PACKAGES[*]}" _kwc_setup_extras
    fi
    _kwc_say "$KWC_ROOT is ready ($(du -sh --one-file-system "$KWC_ROOT" 2>/dev/null | cut -f1))"
    return 0
  fi
  command -v debootstrap >/dev/null || {
    _kwc_say "installing debootstrap on the host"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  }
  _kwc_lock
  if _kwc_ready; then   # made by another setup while we waited
    _kwc_say "$KWC_ROOT is ready"; return 0
  fi
  local t0
  t0=$(_kwc_now)
  KWC_LOG=$KWC_ROOT.setup.log
  : >"$KWC_LOG"
  if [ -e "$KWC_ROOT" ]; then
    _kwc_stage "remove the half-made or outdated chroot" _kwc_remove_tree "$KWC_ROOT"
  fi
  _kwc_stage "debootstrap sid (minbase)" _kwc_setup_debootstrap
  _kwc_stage "apt, dpkg, resolver and certificate files" _kwc_setup_config
  _kwc_stage "install ${KWC_PACKAGES[*]}" _kwc_setup_packages
  _kwc_stage "update-ca-certificates" _kwc_setup_certificates
  _kwc_stage "wine prefix (wineboot)" _kwc_setup_wine_prefix
  _kwc_stage "install ${KWC_EXTRA_PACKAGES[*]}" _kwc_setup_extras
  echo "$KWC_STAMP_TEXT" >"$(_kwc_stamp)"
  _kwc_say "setup took $(_kwc_took "$t0"); $KWC_ROOT is $(du -sh --one-file-system "$KWC_ROOT" | cut -f1)"
  # shellcheck disable=SC2016 # expanded in the chroot
  _kwc_run_inside sh -c 'echo "  $(rustc -V)"; echo "  $(cargo -V)"; echo "  wine $(wine --version)"; echo "  makensis $(makensis -VERSION)"; echo "  $(x86_64-w64-mingw32-gcc --version | head -n1)"' >&2
}

# _kwc_fg CMD...: runs CMD as a child that gets the signals this shell gets
# (TERM, HUP, INT), so that `kill` of the script stops the command too and the
# mounts come off at once; bash would otherwise hold its traps until a
# foreground child ends. Keeps standard input, and SIGINT is not ignored.
_kwc_fg() {
  local pid rc
  (
    trap - INT
    exec "$@"
  ) <&0 &
  pid=$!
  # shellcheck disable=SC2064 # $pid now
  trap "kill -TERM $pid 2>/dev/null" TERM
  # shellcheck disable=SC2064
  trap "kill -HUP $pid 2>/dev/null" HUP
  # shellcheck disable=SC2064
  trap "kill -INT $pid 2>/dev/null" INT
  while :; do
    rc=0
    wait "$pid" || rc=$?
    # Above 128 and still alive: wait was cut short by a signal we passed on.
    if [ "$rc" -le 128 ] || ! kill -0 "$pid" 2>/dev/null; then break; fi
  done
  trap - TERM HUP INT
  return "$rc"
}

# Runs CMD in the chroot, without checking the stamp (setup uses it too).
_kwc_run_inside() {
  # A mount namespace of its own when possible: the mounts can never leak
  # to the host nor outlive the command.
  if [ -z "${_KWC_NO_UNSHARE:-}" ] && unshare --mount --propagation private true 2>/dev/null; then
    _kwc_without_lock _kwc_fg unshare --mount --propagation private "$BASH" "$KWC_SCRIPT" __inside "$@"
  else
    # In the host's namespace: one run at a time.
    local locked_here=0 rc=0
    if [ -z "${KWC_LOCK_FD:-}" ]; then _kwc_lock; locked_here=1; fi
    _kwc_without_lock _kwc_fg "$BASH" "$KWC_SCRIPT" __inside "$@" || rc=$?
    if [ "$locked_here" = 1 ]; then exec {KWC_LOCK_FD}>&-; KWC_LOCK_FD=; fi
    return "$rc"
  fi
}

# Mounts made by _kwc_inside, undone in reverse order at its exit.
KWC_MOUNTS=()
_kwc_unmount_all() {
  local i m
  for ((i = ${#KWC_MOUNTS[@]} - 1; i >= 0; i--)); do
    m=${KWC_MOUNTS[i]}
    if mountpoint -q "$m"; then
      # Lazily when busy (a wineserver lingers a few seconds after wine).
      umount -R "$m" 2>/dev/null || umount -R -l "$m" || _kwc_say "could not unmount $m"
    fi
  done
  KWC_MOUNTS=()
}

_kwc_mount() {   # _kwc_mount TARGET MOUNT-ARGS...
  local target=$1
  shift
  if mountpoint -q "$target"; then
    _kwc_die "$target is already a mount point (another chroot.sh run without unshare?)"
  fi
  mkdir -p "$target"
  mount "$@" "$target"
  KWC_MOUNTS+=("$target")
}

# In a process of its own (so its traps never replace a caller's): mount,
# chroot, run, unmount.
_kwc_inside() {
  local dir b binds
  trap _kwc_unmount_all EXIT
  trap 'exit 130' INT
  trap 'exit 129' HUP
  trap 'exit 143' TERM
  _kwc_mount "$KWC_ROOT/proc" -t proc proc
  _kwc_mount "$KWC_ROOT/sys" --rbind /sys
  mount --make-rslave "$KWC_ROOT/sys"   # unmounting it can never reach the host's
  _kwc_mount "$KWC_ROOT/dev" --rbind /dev
  mount --make-rslave "$KWC_ROOT/dev"
  _kwc_mount "$KWC_ROOT$KWC_PROJECT" --bind "$KWC_PROJECT"
  dir=$KWC_PROJECT
  [[ $PWD == "$KWC_PROJECT" || $PWD == "$KWC_PROJECT"/* ]] && dir=$PWD
  IFS=: read -r -a binds <<<"${KOSHIN_WINDOWS_BINDS:-}"
  for b in "${binds[@]}"; do
    [ -n "$b" ] || continue
    b=$(realpath "$b")
    [ -d "$b" ] || _kwc_die "KOSHIN_WINDOWS_BINDS: $b is not a folder"
    case $b in / | /proc | /proc/* | /sys | /sys/* | /dev | /dev/*) _kwc_die "KOSHIN_WINDOWS_BINDS: not $b" ;; esac
    _kwc_mount "$KWC_ROOT$b" --bind "$b"
    [[ $PWD == "$b" || $PWD == "$b"/* ]] && dir=$PWD
  done

  local envs=(
    PATH="$KWC_PATH" HOME=/root USER=root LOGNAME=root SHELL=/bin/bash LANG=C.UTF-8
    XDG_RUNTIME_DIR=/tmp/runtime-root   # wine's Wayland probe complains without one
    CARGO_HOME=/root/.cargo
    CARGO_TARGET_DIR="${KOSHIN_WINDOWS_CARGO_TARGET_DIR:-$KWC_PROJECT/target/windows-cargo}"
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
    WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}"
    WINEDEBUG="${WINEDEBUG:-fixme-all}"
  )
  local name
  while IFS= read -r name; do
    case $name in
      CARGO_HOME | CARGO_TARGET_DIR | CARGO_BUILD_TARGET_DIR | CARGO_MANIFEST_* | CARGO_PKG_* | \
        CARGO_CFG_* | CARGO_FEATURE_* | CARGO_BIN_* | CARGO_CRATE_* | CARGO_PRIMARY_PACKAGE | \
        CARGO_TARGET_TMPDIR | CARGO_MAKEFLAGS | CARGO_ENCODED_RUSTFLAGS | WINEDLLOVERRIDES | WINEDEBUG) ;;
      RUSTC_BOOTSTRAP | RUSTFLAGS | RUSTDOCFLAGS | RUST_BACKTRACE | RUST_LOG | CARGO_* | WINE* | \
        KOSHIN_* | CI | TERM | NO_COLOR | SOURCE_DATE_EPOCH | DISPLAY | http_proxy | https_proxy | no_proxy | \
        HTTP_PROXY | HTTPS_PROXY | NO_PROXY)
        envs+=("$name=${!name}") ;;
    esac
  done < <(compgen -e)

  local rc=0
  # shellcheck disable=SC2016 # expanded in the chroot
  _kwc_fg chroot "$KWC_ROOT" /usr/bin/env -i "${envs[@]}" /bin/sh -c \
    'mkdir -p -m 700 "$XDG_RUNTIME_DIR" && cd "$1" || exit 1; shift; exec "$@"' koshin-chroot "$dir" "$@" || rc=$?
  exit "$rc"
}

koshin_windows_chroot_run() {
  [ $# -gt 0 ] || _kwc_die "run: which command? e.g. $KWC_SCRIPT run cargo -V"
  _kwc_need_root run
  _kwc_root_real
  export KOSHIN_WINDOWS_BINDS KOSHIN_WINDOWS_CARGO_TARGET_DIR
  _kwc_ready || _kwc_die "no chroot at $KWC_ROOT yet (or a half-made one): run $KWC_SCRIPT setup"
  local rc=0
  _kwc_sync_host_files || rc=$?
  if [ "$rc" = 10 ]; then
    _kwc_run_inside update-ca-certificates >/dev/null
  fi
  _kwc_run_inside "$@"
}

koshin_windows_chroot_remove() {
  _kwc_need_root remove
  _kwc_root_real
  _kwc_lock
  _kwc_remove_tree "$KWC_ROOT"
  rm -f "$KWC_ROOT.setup.log"
  _kwc_say "removed $KWC_ROOT"
}

_kwc_main() {
  local cmd=${1:-}
  [ $# -gt 0 ] && shift
  case $cmd in
    setup) koshin_windows_chroot_setup ;;
    run) koshin_windows_chroot_run "$@" ;;
    shell) koshin_windows_chroot_run bash -l ;;
    remove) koshin_windows_chroot_remove ;;
    path) _kwc_root_real; echo "$KWC_ROOT" ;;
    __inside) _kwc_root_real; _kwc_inside "$@" ;;
    __stage) _kwc_root_real; "$@" ;;
    *)
      sed -n '2,/^set -euo/p' "$KWC_SCRIPT" | sed '$d; s/^# \{0,1\}//' >&2
      [ -z "$cmd" ] || [ "$cmd" = help ] || [ "$cmd" = --help ] || exit 2
      ;;
  esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  _kwc_main "$@"
fi
