import type { RedisSettings } from "../config/redis-settings.js";
import { isSocketUrl, parseSocketUrl } from "../config/redis-socket-url.js";
import { StoreUnavailableError } from "../core/errors.js";
import { CLUSTER_STORE, SENTINEL_STORE, SOCKET_STORE, TLS_STORE } from "../start-summary.js";

/** What to check when Redis let the bot log in but refused it a command (NOPERM), when the login is not known. */
const CHECK_ACL =
  "check the ACL of the Redis user the bot logs in as (the user in REDIS_URL, or Redis's default user when REDIS_URL names none)";

/** The Redis user the bot logs in as, and where that is set: what a refused command's words name. */
export interface RedisAcl {
  /** The ACL user's name; undefined for Redis's default user. Never a password. */
  user: string | undefined;
  /** The setting that names the user: REDIS_URL's user, or REDIS_USERNAME for a cluster or sentinels. */
  setting: "REDIS_URL" | "REDIS_USERNAME";
  prefix: string;
}

/** The login of the bot's Redis settings, without the password. */
export function redisAclOf(settings: RedisSettings): RedisAcl {
  if (settings.url === undefined) {
    return { user: settings.username, setting: "REDIS_USERNAME", prefix: settings.prefix };
  }
  const url = settings.url;
  let user: string | undefined;
  if (isSocketUrl(url)) {
    const socket = parseSocketUrl(url);
    user = "username" in socket ? socket.username : undefined;
  } else if (URL.canParse(url)) {
    user = decodeURIComponent(new URL(url).username) || undefined;
  }
  return { user, setting: "REDIS_URL", prefix: settings.prefix };
}

/**
 * What that user's ACL needs (docs/configuration.md, "The Redis user's ACL"): its keys, and every command but
 * the dangerous ones; INFO besides, for the ready check and the eviction policy's.
 */
export function aclNeeded(prefix: string): string {
  return `~${prefix}* +@all -@dangerous +info`;
}

function checkAclOf(acl: RedisAcl | undefined): string {
  return acl === undefined ? CHECK_ACL : loginAclWords(acl);
}

/**
 * Who the bot logs in as, by name or as Redis's default user, and what that user's ACL needs: what a
 * refused command (NOPERM) is told with, at the start, in the tools and in a running bot's log.
 */
export function loginAclWords(acl: RedisAcl): string {
  const who =
    acl.user !== undefined
      ? `the ACL user "${acl.user}" (${acl.setting === "REDIS_URL" ? "the user in REDIS_URL" : "REDIS_USERNAME"})`
      : `Redis's default user (${acl.setting === "REDIS_URL" ? "REDIS_URL names no user" : "no REDIS_USERNAME is set"})`;
  return `the bot logs in as ${who}, whose ACL needs at least ${aclNeeded(acl.prefix)} (docs/configuration.md, "The Redis user's ACL")`;
}

/** Node's codes for a certificate no CA the bot trusts signed (its own roots, and REDIS_TLS_CA_FILE's). */
const UNTRUSTED_CERTIFICATE = new Set([
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "CERT_UNTRUSTED",
]);

/**
 * Why the bot refused Redis's TLS certificate, in words after "Redis's certificate (...)": not signed by
 * a CA it trusts, or not naming the address it dialled; undefined for any other error.
 */
export function refusedCertificate(error: unknown): string | undefined {
  return tlsCertificateWords(chainOf(error), undefined);
}

function tlsCertificateWords(chain: Error[], store: string | undefined): string | undefined {
  const at = store === undefined ? "" : ` (${store})`;
  const codes = chain.map((e) => (e as { code?: unknown }).code);
  const untrusted = codes.find((code) => typeof code === "string" && UNTRUSTED_CERTIFICATE.has(code));
  if (untrusted !== undefined) {
    return `Redis's certificate${at} was not signed by a CA the bot trusts (${String(untrusted)}): set REDIS_TLS_CA_FILE to the CA certificate (PEM) that signed it, or, if it is set, check that the file holds that CA.`;
  }
  if (codes.includes("ERR_TLS_CERT_ALTNAME_INVALID")) {
    return `Redis's certificate${at} does not name the address the bot connects to (ERR_TLS_CERT_ALTNAME_INVALID): the certificate needs that host name, or IP address, among its names (subjectAltName), or the bot must connect by a name the certificate has.`;
  }
  return undefined;
}

/** The error and the errors it was caused by (the store wraps ioredis's). */
function chainOf(error: unknown): Error[] {
  const chain: Error[] = [];
  // A Cluster's "Failed to refresh slots cache." carries the node's own error (NOAUTH...) as lastNodeError.
  for (let at = error; at instanceof Error && chain.length < 5; at = at.cause ?? lastNodeErrorOf(at))
    chain.push(at);
  return chain;
}

function lastNodeErrorOf(error: Error): unknown {
  return (error as { lastNodeError?: unknown }).lastNodeError;
}

/**
 * "database 20: ERR DB index is out of range" when Redis refused the database REDIS_URL names
 * (RedisDatabaseRefusedError, by name: the store passes on a copy of the error), else null.
 */
export function refusedDatabase(error: unknown): string | null {
  return chainOf(error).find((e) => e.name === "RedisDatabaseRefusedError")?.message ?? null;
}

/** WRONGPASS, or the words of a Redis before 6 (no ACL users) for a wrong password. */
const WRONG_PASSWORD = /\bWRONGPASS\b|invalid password/i;

/**
 * Redis refused the bot's login: "NOAUTH" (REDIS_URL gives no password where Redis needs one) or
 * "WRONGPASS" (it refused the user name and password), else null. No reconnect changes either: a setting
 * to fix.
 */
export function refusedLogin(error: unknown): "NOAUTH" | "WRONGPASS" | null {
  const said = chainOf(error).map((e) => e.message);
  if (said.some((message) => /\bNOAUTH\b/.test(message))) return "NOAUTH";
  if (said.some((message) => WRONG_PASSWORD.test(message))) return "WRONGPASS";
  return null;
}

/**
 * A refusal that stays until a setting changes (the login, the database REDIS_URL names, Redis's TLS
 * certificate, the ACL of the bot's Redis user): the bot's start and the admin tools stop with exit code 2
 * for it, as for any setting to fix.
 */
export function refusedSetting(error: unknown): boolean {
  return (
    refusedLogin(error) !== null ||
    refusedDatabase(error) !== null ||
    refusedCertificate(error) !== undefined ||
    chainOf(error).some((e) => /\bNOPERM\b/.test(e.message))
  );
}

/**
 * What an admin running a tool (`npm run audit`, `npm run leavers`), or the bot's start, is told when Redis
 * failed it: the cause in plain words and what to check, naming the store as storeName does (`store`: kind
 * and host or socket path, never a password). `acl`, the bot's login (redisAclOf), lets a refused command
 * name the user and what its ACL needs. Null when the error is not Redis failing.
 */
export function storeFailureWords(error: unknown, store: string, acl?: RedisAcl): string | null {
  const chain = chainOf(error);
  const said = chain.map((e) => `${e.name} ${(e as { code?: unknown }).code ?? ""} ${e.message}`).join("\n");
  const socketPath = store.startsWith(`${SOCKET_STORE} `) ? store.slice(SOCKET_STORE.length + 1) : undefined;
  // Before the database: a Redis that needs a password answers the SELECT of /1 with NOAUTH too.
  // A cluster and sentinels' master log in by REDIS_USERNAME and REDIS_PASSWORD, not by a URL.
  const bySettings = store.startsWith(`${CLUSTER_STORE} `) || store === SENTINEL_STORE;
  // ioredis words a sentinel's refusal "All sentinels are unreachable. ... Last error: NOAUTH ...".
  if (store === SENTINEL_STORE && /sentinels are unreachable/i.test(said) && refusedLogin(error) !== null) {
    return `The sentinels (${store}) refused the bot's login (${refusedLogin(error)!}): set REDIS_SENTINEL_PASSWORD to the sentinels' password (requirepass in sentinel.conf), and REDIS_SENTINEL_USERNAME for an ACL user of theirs.`;
  }
  if (bySettings && /\bNOAUTH\b/.test(said)) {
    return `Redis (${store}) needs a password (NOAUTH): set REDIS_PASSWORD (and REDIS_USERNAME for an ACL user).`;
  }
  if (bySettings && WRONG_PASSWORD.test(said)) {
    return `Redis (${store}) refused REDIS_PASSWORD (WRONGPASS): check it, and REDIS_USERNAME if set.`;
  }
  if (/\bNOAUTH\b/.test(said)) {
    const form = socketPath === undefined ? "redis://:PASSWORD@host:6379" : `unix://:PASSWORD@${socketPath}`;
    return `Redis (${store}) needs a password (NOAUTH): put it in REDIS_URL, as ${form}.`;
  }
  const refusal = refusedDatabase(error)?.replace(/\.$/, "");
  if (refusal !== undefined) {
    const [, db, reason] = /^(database \S+): (NOPERM.*)$/.exec(refusal) ?? [];
    if (reason !== undefined) {
      return `Redis (${store}) refused ${db} (${reason}): ${checkAclOf(acl)}, or name no database in REDIS_URL to use database 0.`;
    }
    return `Redis (${store}) refused ${refusal}. Use a database it has (below databases in redis.conf, 16 unless set there; this user may need +select), or none for database 0, in REDIS_URL.`;
  }
  if (WRONG_PASSWORD.test(said)) {
    return `Redis (${store}) refused the password in REDIS_URL (WRONGPASS): check the user name and password in it.`;
  }
  // After the database: a user without SELECT has its own words there. Redis's reason names a command, never a key.
  const noPermission = /\bNOPERM\b[^\n]*/.exec(said)?.[0].replace(/\.$/, "");
  if (noPermission !== undefined) {
    return `Redis (${store}) refused the bot's commands (${noPermission}): ${checkAclOf(acl)}.`;
  }
  const certificate = tlsCertificateWords(chain, store);
  if (certificate !== undefined) return certificate;
  if (chain.some((e) => e instanceof StoreUnavailableError || e.name === "MaxRetriesPerRequestError")) {
    if (socketPath !== undefined)
      return `Redis did not answer (${store}): check that it is running with that unixsocket in redis.conf, that this user may open the socket (in Redis's group, with unixsocketperm 770), and REDIS_URL.`;
    // A TLS handshake with a plain Redis, or plain words to a TLS port, end in no answer too.
    return store.startsWith(`${TLS_STORE} `)
      ? `Redis did not answer over TLS (${store}): check that it is running and reachable, that it takes TLS on that port (tls-port in redis.conf; redis:// for a Redis without TLS), and REDIS_URL.`
      : `Redis did not answer (${store}): check that it is running and reachable, and REDIS_URL (rediss:// if it takes only TLS).`;
  }
  return null;
}

/**
 * Why a tool found no Redis, and where to give it: on a systemd install the bot's settings are in the unit's
 * EnvironmentFile, and the tool's working directory has no .env.
 */
export const NO_REDIS_SET =
  "REDIS_URL is not set (nor REDIS_CLUSTER_NODES or REDIS_SENTINELS), so there is no Redis to read: give the tool the bot's own Redis settings, in the environment or in .env in this directory. Under systemd run it with the service's settings: systemd-run --pipe --wait --collect --uid=sspr-bot -p EnvironmentFile=/etc/sspr-bot.env -p WorkingDirectory=/opt/sspr-bot /usr/bin/node --require ./dist/thread-pool.cjs dist/tools/... (docs/operations.md, Installing with systemd).";
