#!/usr/bin/env bash
# Provisions and starts a private Samba Active Directory domain controller (SCHOOL.TEST) for the integration
# tests and for trying the bot against Active Directory.
#
#   scripts/samba/start.sh           start (provisioning the domain the first time), or do nothing if running
#   scripts/samba/start.sh --fresh   stop it if running, then provision a new domain from scratch
#
# LDAPS on 127.0.0.1:636 (Samba's ports are fixed; plain LDAP binds are refused) with a self-signed
# certificate for 127.0.0.1 and localhost. Needs root. Installs samba with apt-get when it is missing.
# Prints `export NAME=value` lines for the tests on stdout (eval "$(scripts/samba/start.sh)"); progress on stderr.
# Everything lives in .services/samba (gitignored).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO/scripts/samba"
T="${SAMBA_DIR:-$REPO/.services/samba}"
BASE="DC=school,DC=test"
ADMIN_PASSWORD='Adm1n-Passw0rd!'
SERVICE_PASSWORD='Reset-Bot-2024!'
PIDFILE="$T/run/samba.pid"

log() { echo "samba: $*" >&2; }

fresh=false
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=true ;;
    *) log "unknown option $arg (only --fresh)"; exit 2 ;;
  esac
done

print_env() {
  cat <<ENV
export AD_TEST_URL='ldaps://127.0.0.1:636'
export AD_TEST_CA_FILE='$T/tls/cert.pem'
export AD_TEST_BASE_DN='$BASE'
export AD_TEST_BIND_DN='CN=pwreset,OU=Services,$BASE'
export AD_TEST_BIND_PASSWORD='$SERVICE_PASSWORD'
export AD_TEST_ADMIN_DN='CN=Administrator,CN=Users,$BASE'
export AD_TEST_ADMIN_PASSWORD='$ADMIN_PASSWORD'
export AD_TEST_PID_FILE='$PIDFILE'
ENV
}

running() { [[ -f "$PIDFILE" ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }
ldaps_answers() { LDAPTLS_REQCERT=never ldapsearch -x -H ldaps://127.0.0.1:636 -b "" -s base dn >/dev/null 2>&1; }

if $fresh; then "$HERE/stop.sh" >&2; fi
if running; then
  log "already running (pid $(cat "$PIDFILE"))"
  print_env | tee "$T/env"
  exit 0
fi

if ! command -v samba >/dev/null || ! command -v samba-tool >/dev/null || ! command -v ldapsearch >/dev/null; then
  log "installing samba (about 40 s)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq samba winbind krb5-user ldap-utils openssl </dev/null >&2
fi

if $fresh || [[ ! -f "$T/.provisioned" ]]; then
  rm -rf "$T"
  mkdir -p "$T/run/ncalrpc" "$T/tls"
  log "making a self-signed certificate for 127.0.0.1 and localhost"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=localhost" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$T/tls/key.pem" -out "$T/tls/cert.pem" 2>/dev/null
  chmod 600 "$T/tls/key.pem"

  log "provisioning SCHOOL.TEST (about 10 s)"
  samba-tool domain provision --targetdir="$T" --realm=SCHOOL.TEST --domain=SCHOOL --server-role=dc \
    --use-rfc2307 --dns-backend=NONE --adminpass="$ADMIN_PASSWORD" --host-ip=127.0.0.1 \
    --option="interfaces=127.0.0.1" --option="bind interfaces only=yes" --option="server services=ldap" \
    --option="log file=$T/log.samba" --option="pid directory=$T/run" --option="ncalrpc dir=$T/run/ncalrpc" \
    --option="tls enabled=yes" --option="tls keyfile=$T/tls/key.pem" --option="tls certfile=$T/tls/cert.pem" \
    --option="tls cafile=$T/tls/cert.pem" >"$T/provision.log" 2>&1 || {
    log "provisioning failed; see $T/provision.log"
    tail -20 "$T/provision.log" >&2
    exit 1
  }
  # Provisioning drops this option; without it an old password keeps binding for up to an hour.
  sed -i '/^\[global\]/a\	old password allowed period = 0' "$T/etc/smb.conf"

  log "adding the school's OUs, people and groups"
  "$HERE/seed.sh" "$T/etc/smb.conf" "$T/private/sam.ldb" "$BASE" "$SERVICE_PASSWORD" >"$T/seed.log" 2>&1 || {
    log "seeding failed; see $T/seed.log"
    tail -20 "$T/seed.log" >&2
    exit 1
  }
  touch "$T/.provisioned"
fi

mkdir -p "$T/run/ncalrpc"
log "starting"
samba -s "$T/etc/smb.conf" -D -M single
for _ in $(seq 1 300); do
  if ldaps_answers; then
    log "ready on ldaps://127.0.0.1:636 (pid $(cat "$PIDFILE"))"
    print_env | tee "$T/env"
    exit 0
  fi
  sleep 0.1
done
log "LDAPS did not answer within 30 s; see $T/log.samba"
exit 1
