#!/usr/bin/env bash
# Starts every service the services tests need and writes the variables that point the tests at them
# to the file named by $1 (sourced by .ci/run). Safe to run again: a service already answering is reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: start-services.sh ENV_FILE}
: > "$out"

# Redis: these machines usually run one on 6379; start one if not.
if ! command -v redis-server >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
if ! redis-cli -p 6379 ping 2>/dev/null | grep -q PONG; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no --dir /tmp \
    --logfile /tmp/ci-redis.log
  until redis-cli -p 6379 ping 2>/dev/null | grep -q PONG; do sleep 0.1; done
fi
echo "export REDIS_URL=redis://127.0.0.1:6379" >> "$out"
# A Redis of its own on a Unix socket (REDIS_URL=unix://...), for the store over a socket.
bash scripts/redis-socket.sh start | sed 's/^/export /' >> "$out"
# A Redis of its own that takes only TLS (REDIS_URL=rediss://...), with a CA made for it (REDIS_TLS_CA_FILE).
bash scripts/redis-tls.sh start | sed 's/^/export /' >> "$out"
# A private three-node Redis Cluster on 7001-7003, proving the multi-key scripts' hash tags.
bash scripts/redis-cluster.sh start | sed 's/^/export /' >> "$out"

# OpenLDAP (private slapd with the ppolicy overlay) and a Samba AD domain controller, each with a seeded school.
bash scripts/slapd/start.sh --fresh >> "$out"
bash scripts/samba/start.sh --fresh >> "$out"
