#!/usr/bin/env bash
# Starts (or stops) a throw-away Redis that listens only on a Unix socket, for the services tests of
# REDIS_URL=unix://... (a Redis on the bot's own host).
#   scripts/redis-socket.sh start   # prints the REDIS_TEST_SOCKET_URL value to use; reuses one that answers
#   scripts/redis-socket.sh stop
# Its own server rather than the machine's Redis on 6379: that one may not be ours to restart with a socket.
# State lives in REDIS_SOCKET_DIR (default /tmp/sspr-redis-socket) so `stop` finds the pid.
set -euo pipefail

DIR="${REDIS_SOCKET_DIR:-/tmp/sspr-redis-socket}"
SOCKET="$DIR/redis.sock"

stop() {
  pidfile="$DIR/redis.pid"
  if [[ -f "$pidfile" ]]; then
    pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$DIR"
}

start() {
  if ! redis-cli -s "$SOCKET" ping 2>/dev/null | grep -q PONG; then
    stop
    mkdir -p "$DIR"
    # --port 0: no TCP at all, so a test that passes proves the socket was used.
    redis-server --port 0 --unixsocket "$SOCKET" --unixsocketperm 700 --save '' --appendonly no --dir "$DIR" \
      --daemonize yes --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log"
    for _ in $(seq 100); do redis-cli -s "$SOCKET" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
    redis-cli -s "$SOCKET" ping 2>/dev/null | grep -q PONG || { echo "redis on $SOCKET did not start; see $DIR" >&2; exit 1; }
  fi
  echo "REDIS_TEST_SOCKET_URL=unix://$SOCKET"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
