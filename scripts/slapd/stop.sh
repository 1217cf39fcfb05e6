#!/usr/bin/env bash
# Stops the private slapd started by scripts/slapd/start.sh (by the pid in its pidfile). Does nothing if
# it is not running. Its data stays in .services/slapd; `start.sh --fresh` starts from the seed again.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${SLAPD_DIR:-$REPO/.services/slapd}"
PIDFILE="$DIR/run/slapd.pid"

[[ -f "$PIDFILE" ]] || exit 0
pid="$(cat "$PIDFILE")"
if kill "$pid" 2>/dev/null; then
  # slapd removes its pidfile when it has shut down cleanly.
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "slapd: pid $pid did not stop within 10 s; killing it" >&2
    kill -9 "$pid" 2>/dev/null || true
  fi
  echo "slapd: stopped (pid $pid)" >&2
fi
rm -f "$PIDFILE"
