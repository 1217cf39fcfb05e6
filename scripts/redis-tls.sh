#!/usr/bin/env bash
# Starts (or stops) a throw-away Redis that takes only TLS, for the services tests of a rediss:// REDIS_URL
# with REDIS_TLS_CA_FILE. Its certificate is signed by a CA made here (openssl), for 127.0.0.1 (an IP
# subjectAltName, as the bot checks the address it dials); a second CA that signed nothing is the wrong one.
#   scripts/redis-tls.sh start   # prints the REDIS_TEST_TLS_URL, _CA_FILE and _OTHER_CA_FILE values; reuses one that answers
#   scripts/redis-tls.sh stop
# State lives in REDIS_TLS_DIR (default /tmp/sspr-redis-tls) so `stop` finds the pid; REDIS_TLS_PORT
# (default 6380) is its port, for a second copy beside one already running.
set -euo pipefail

DIR="${REDIS_TLS_DIR:-/tmp/sspr-redis-tls}"
PORT="${REDIS_TLS_PORT:-6380}"

answers() {
  redis-cli --tls --cacert "$DIR/ca.pem" -h 127.0.0.1 -p "$PORT" ping 2>/dev/null | grep -q PONG
}

stop() {
  pidfile="$DIR/redis.pid"
  if [[ -f "$pidfile" ]]; then
    pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$DIR"
}

# A CA (its key and self-signed certificate), named $1, in $DIR.
make_ca() {
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=sspr test $1" \
    -keyout "$DIR/$1.key" -out "$DIR/$1.pem" 2>/dev/null
}

start() {
  if [[ ! -f "$DIR/ca.pem" ]] || ! answers; then
    stop
    mkdir -p "$DIR"
    make_ca ca
    make_ca other-ca
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$DIR/redis.key" -out "$DIR/redis.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$DIR/san.ext"
    openssl x509 -req -in "$DIR/redis.csr" -CA "$DIR/ca.pem" -CAkey "$DIR/ca.key" -CAcreateserial -days 2 \
      -extfile "$DIR/san.ext" -out "$DIR/redis.pem" 2>/dev/null
    # --port 0: no plain TCP at all, so a test that passes proves TLS was used. No client certificates asked.
    redis-server --port 0 --tls-port "$PORT" --bind 127.0.0.1 --tls-cert-file "$DIR/redis.pem" \
      --tls-key-file "$DIR/redis.key" --tls-ca-cert-file "$DIR/ca.pem" --tls-auth-clients no \
      --save '' --appendonly no --dir "$DIR" --daemonize yes --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log"
    for _ in $(seq 100); do answers && break; sleep 0.1; done
    answers || { echo "redis over TLS on $PORT did not start; see $DIR" >&2; exit 1; }
  fi
  echo "REDIS_TEST_TLS_URL=rediss://127.0.0.1:$PORT"
  echo "REDIS_TEST_TLS_CA_FILE=$DIR/ca.pem"
  echo "REDIS_TEST_TLS_OTHER_CA_FILE=$DIR/other-ca.pem"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
