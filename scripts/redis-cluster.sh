#!/usr/bin/env bash
# Starts (or stops) a throw-away 3-master Redis Cluster on 127.0.0.1:7001-7003 for the services tests.
#   scripts/redis-cluster.sh start   # prints the REDIS_CLUSTER_NODES value to use
#   scripts/redis-cluster.sh stop
# State lives in REDIS_CLUSTER_DIR (default /tmp/sspr-redis-cluster) so `stop` finds the pids.
set -euo pipefail

DIR="${REDIS_CLUSTER_DIR:-/tmp/sspr-redis-cluster}"
PORTS=(7001 7002 7003)
NODES="127.0.0.1:7001,127.0.0.1:7002,127.0.0.1:7003"

stop() {
  for port in "${PORTS[@]}"; do
    pidfile="$DIR/$port/redis.pid"
    if [[ -f "$pidfile" ]]; then
      pid="$(cat "$pidfile")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
  done
  rm -rf "$DIR"
}

start() {
  stop
  for port in "${PORTS[@]}"; do
    mkdir -p "$DIR/$port"
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$DIR/$port" \
      --cluster-enabled yes --cluster-config-file nodes.conf \
      --daemonize yes --pidfile "$DIR/$port/redis.pid" --logfile "$DIR/$port/redis.log"
  done
  for port in "${PORTS[@]}"; do
    for _ in $(seq 100); do redis-cli -p "$port" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
  done
  redis-cli --cluster create 127.0.0.1:7001 127.0.0.1:7002 127.0.0.1:7003 --cluster-replicas 0 --cluster-yes \
    >"$DIR/create.log"
  # The nodes agree on the slot map a moment after `create` returns.
  for _ in $(seq 100); do
    ok=1
    for port in "${PORTS[@]}"; do
      redis-cli -p "$port" cluster info | grep -q 'cluster_state:ok' || ok=0
    done
    [[ $ok == 1 ]] && break
    sleep 0.1
  done
  [[ $ok == 1 ]] || { echo "cluster did not reach cluster_state:ok; see $DIR" >&2; exit 1; }
  echo "REDIS_CLUSTER_NODES=$NODES"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
