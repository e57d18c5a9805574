# Sourced by build.sh and smoke.sh: what both need.

# The version in Cargo.toml.
koshin_version() { sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1; }

# Runs "$@" as the named stage, and says how long it took: stage NAME COMMAND...
stage() {
  local name=$1 start
  shift
  start=$(date +%s)
  echo "${0##*/}: $name…" >&2
  "$@"
  echo "${0##*/}: $name took $(($(date +%s) - start)) s" >&2
}
