#!/usr/bin/env bash
# Stops what start-services.sh started (the machine's own Redis on 6379 is left running).
set -uo pipefail
cd "$(dirname "$0")/../.."
bash scripts/slapd/stop.sh
bash scripts/samba/stop.sh
bash scripts/redis-cluster.sh stop
bash scripts/redis-socket.sh stop
bash scripts/redis-tls.sh stop
