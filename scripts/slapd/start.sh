#!/usr/bin/env bash
# Starts a private OpenLDAP server (slapd) for the integration tests and for trying the bot against LDAP.
#
#   scripts/slapd/start.sh           start (keeping the data of an earlier run), or do nothing if running
#   scripts/slapd/start.sh --fresh   stop it if running, then start from the seed directory again
#
# Listens on ldap://127.0.0.1:3890 (StartTLS) and ldaps://127.0.0.1:6360 with a self-signed certificate.
# Installs slapd and ldap-utils with apt-get when they are missing (Debian, as root, no questions asked).
# Prints `export NAME=value` lines for the tests on stdout (eval "$(scripts/slapd/start.sh)"); progress on stderr.
# The seed is scripts/slapd/seed.ldif; everything else lives in .services/slapd (gitignored).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO/scripts/slapd"
DIR="${SLAPD_DIR:-$REPO/.services/slapd}"
LDAP_PORT="${SLAPD_PORT:-3890}"
LDAPS_PORT="${SLAPD_LDAPS_PORT:-6360}"
SUFFIX="dc=school,dc=test"
ROOT_DN="cn=admin,$SUFFIX"
ROOT_PASSWORD="root-secret-for-tests"
SERVICE_DN="cn=pwreset,ou=services,$SUFFIX"
SERVICE_PASSWORD="pwreset-secret-for-tests"
PIDFILE="$DIR/run/slapd.pid"

log() { echo "slapd: $*" >&2; }

fresh=false
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=true ;;
    *) log "unknown option $arg (only --fresh)"; exit 2 ;;
  esac
done

print_env() {
  cat <<ENV
export LDAP_TEST_URL='ldaps://127.0.0.1:$LDAPS_PORT'
export LDAP_TEST_STARTTLS_URL='ldap://127.0.0.1:$LDAP_PORT'
export LDAP_TEST_CA_FILE='$DIR/tls/cert.pem'
export LDAP_TEST_BASE_DN='$SUFFIX'
export LDAP_TEST_BIND_DN='$SERVICE_DN'
export LDAP_TEST_BIND_PASSWORD='$SERVICE_PASSWORD'
export LDAP_TEST_ROOT_DN='$ROOT_DN'
export LDAP_TEST_ROOT_PASSWORD='$ROOT_PASSWORD'
export LDAP_TEST_PID_FILE='$PIDFILE'
ENV
}

running() { [[ -f "$PIDFILE" ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

if $fresh; then "$HERE/stop.sh" >&2; fi
if running; then
  log "already running (pid $(cat "$PIDFILE"))"
  print_env | tee "$DIR/env"
  exit 0
fi

if ! command -v slapd >/dev/null || ! command -v ldapsearch >/dev/null; then
  log "installing slapd and ldap-utils"
  echo 'slapd slapd/no_configuration boolean true' | debconf-set-selections
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends slapd ldap-utils openssl </dev/null >&2
fi

mkdir -p "$DIR/run" "$DIR/tls"
if $fresh || [[ ! -f "$DIR/data/data.mdb" ]]; then rm -rf "$DIR/data"; fi
mkdir -p "$DIR/data"

if [[ ! -f "$DIR/tls/cert.pem" ]]; then
  log "making a self-signed certificate for 127.0.0.1 and localhost"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=localhost" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$DIR/tls/key.pem" -out "$DIR/tls/cert.pem" 2>/dev/null
  chmod 600 "$DIR/tls/key.pem"
fi

ROOT_HASH="$(slappasswd -s "$ROOT_PASSWORD")"
cat >"$DIR/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/nis.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/namedobject.schema

modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy

pidfile $PIDFILE
argsfile $DIR/run/slapd.args
loglevel stats

TLSCertificateFile $DIR/tls/cert.pem
TLSCertificateKeyFile $DIR/tls/key.pem

database mdb
maxsize 104857600
suffix "$SUFFIX"
rootdn "$ROOT_DN"
rootpw $ROOT_HASH
directory $DIR/data

# As a school's directory should be set up for the bot (docs/directory.md): its class lists are paged
# searches of every person, and slapd holds a paged search's total to the size limit (500) unless told.
limits dn.exact="$SERVICE_DN" size.prtotal=unlimited

overlay ppolicy
ppolicy_default "cn=default,ou=policies,$SUFFIX"
ppolicy_hash_cleartext
ppolicy_use_lockout

# Students' passwords: the reset service may replace them, each student may change their own.
access to dn.subtree="ou=students,$SUFFIX" attrs=userPassword
  by dn.exact="$SERVICE_DN" write
  by self write
  by anonymous auth
  by * none
# The reset service marks a student's password "must change" and lifts a lockout.
access to dn.subtree="ou=students,$SUFFIX" attrs=pwdReset,pwdAccountLockedTime
  by dn.exact="$SERVICE_DN" write
  by self read
  by * none
access to attrs=userPassword
  by self write
  by anonymous auth
  by * none
access to attrs=pwdReset,pwdAccountLockedTime,pwdFailureTime,pwdHistory,pwdChangedTime
  by dn.exact="$SERVICE_DN" read
  by self read
  by * none
access to *
  by dn.exact="$SERVICE_DN" read
  by users read
  by anonymous auth
CONF

if [[ ! -f "$DIR/data/data.mdb" ]]; then
  log "loading the seed directory"
  slapadd -q -f "$DIR/slapd.conf" -l "$HERE/seed.ldif" >&2
fi

log "starting on ldap://127.0.0.1:$LDAP_PORT and ldaps://127.0.0.1:$LDAPS_PORT"
slapd -f "$DIR/slapd.conf" -h "ldap://127.0.0.1:$LDAP_PORT/ ldaps://127.0.0.1:$LDAPS_PORT/" 2>>"$DIR/slapd.log"
for _ in $(seq 1 100); do
  if ldapsearch -x -H "ldap://127.0.0.1:$LDAP_PORT" -b "" -s base namingContexts >/dev/null 2>&1; then
    log "ready (pid $(cat "$PIDFILE"))"
    print_env | tee "$DIR/env"
    exit 0
  fi
  sleep 0.1
done
log "did not answer within 10 s; see $DIR/slapd.log"
exit 1
