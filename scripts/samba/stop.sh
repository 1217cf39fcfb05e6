#!/usr/bin/env bash
# Stops the private Samba AD DC started by scripts/samba/start.sh (by the pid in its pid directory; samba
# leaves the pidfile behind). Does nothing if it is not running. The domain stays in .services/samba;
# `start.sh --fresh` provisions a new one.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
T="${SAMBA_DIR:-$REPO/.services/samba}"
PIDFILE="$T/run/samba.pid"

[[ -f "$PIDFILE" ]] || exit 0
pid="$(cat "$PIDFILE")"
if [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; then
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "samba: pid $pid did not stop within 10 s; killing it" >&2
    kill -9 "$pid" 2>/dev/null || true
  fi
  echo "samba: stopped (pid $pid)" >&2
fi
rm -f "$PIDFILE"
