import { readFileSync } from "node:fs";
import type { ConnectionOptions } from "node:tls";
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from "ioredis";
import RedisMock from "ioredis-mock";
import type { RedisSettings } from "../config/redis-settings.js";
import { readNode } from "../config/redis-node.js";
import { isSocketUrl, parseSocketUrl } from "../config/redis-socket-url.js";
import { cannotRead } from "../config/unreadable-file.js";
import { ConfigError } from "../core/errors.js";
import type { Logger } from "../logging/create-logger.js";
import { refusedCertificate, refusedLogin } from "../tools/store-failure-words.js";
import { loginRefusedWords, UNTIL_FIXED } from "./login-refused-words.js";
import { logUnneededPassword } from "./unneeded-password.js";

/**
 * A command fails soon when Redis is down, so a student hears "try again later" instead of waiting; the
 * client keeps reconnecting in the background and works again once Redis is back. A connection being closed
 * gets a moment (disconnectTimeout), not ioredis's 2 s: it waits so even for a connection that never opened,
 * and `npm run leavers` or `npm run audit` sat that long after "Redis did not answer".
 */
export const FAIL_FAST_OPTIONS: RedisOptions = {
  maxRetriesPerRequest: 1,
  connectTimeout: 3_000,
  commandTimeout: 3_000,
  disconnectTimeout: 200,
  retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
};

export interface RedisClientOptions {
  /** Told once when the connection breaks and once when it is back. */
  logger?: Logger;
  /** Merged over FAIL_FAST_OPTIONS for every connection (e.g. password, tls). */
  redisOptions?: RedisOptions;
}

/** "host:port" or "[v6 address]:port" into an ioredis node; `defaultPort` when no port is given. */
export function parseNode(
  node: string,
  defaultPort: number,
  setting: string,
): { host: string; port: number } {
  const read = readNode(node, defaultPort);
  if (read === undefined)
    throw new ConfigError(`${setting}: "${node}" is not host:port (e.g. 10.0.0.5:6379)`);
  return read;
}

/**
 * The client the settings ask for: ioredis-mock when no real Redis is configured, else a Cluster
 * (REDIS_CLUSTER_NODES), a Sentinel-managed master (REDIS_SENTINELS + REDIS_SENTINEL_NAME) or REDIS_URL (a
 * host, or a Unix socket on this host).
 */
export function createRedisClient(
  settings: RedisSettings,
  options: RedisClientOptions = {},
): Redis | Cluster {
  // Set two ways, or sentinels without a name, is refused by the settings (redis-settings.ts).
  const redisOptions: RedisOptions = { ...FAIL_FAST_OPTIONS, ...options.redisOptions };

  let client: Redis | Cluster;
  const tls = settings.isReal ? tlsOptionsOf(settings) : {};
  if (!settings.isReal) {
    client = new RedisMock();
  } else if (settings.clusterNodes.length > 0) {
    const nodes = settings.clusterNodes.map((n) => parseNode(n, 6379, "REDIS_CLUSTER_NODES"));
    const clusterOptions: ClusterOptions = {
      redisOptions: { ...redisOptions, ...loginOf(settings), ...(settings.tls ? { tls } : {}) },
      clusterRetryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      // A Cluster connects at once unless told so itself; a caller's lazyConnect is meant for it too.
      lazyConnect: redisOptions.lazyConnect,
    };
    client = new Cluster(nodes, clusterOptions);
  } else if (settings.sentinels.length > 0) {
    const sentinels = settings.sentinels.map((n) => parseNode(n, 26379, "REDIS_SENTINELS"));
    client = new Redis({
      ...redisOptions,
      ...loginOf(settings),
      ...(settings.sentinelPassword === undefined ? {} : { sentinelPassword: settings.sentinelPassword }),
      ...(settings.sentinelUsername === undefined ? {} : { sentinelUsername: settings.sentinelUsername }),
      // ioredis takes `tls` for the master only with enableTLSForSentinelMode; sentinelTLS is the sentinels'.
      ...(settings.tls ? { tls, sentinelTLS: tls, enableTLSForSentinelMode: true } : {}),
      sentinels,
      name: settings.sentinelName!,
    });
  } else if (isSocketUrl(settings.url)) {
    const socket = parseSocketUrl(settings.url!);
    if ("problem" in socket) throw new ConfigError(`REDIS_URL: ${socket.problem}`);
    // What the URL says wins over redisOptions, as it does for a redis:// URL in ioredis.
    client = new Redis({ ...redisOptions, ...socket });
  } else {
    // A rediss:// URL turns TLS on by itself; the CA is what it cannot say.
    const withCa = settings.url!.startsWith("rediss://") && settings.tlsCaFile !== undefined;
    client = new Redis(settings.url!, withCa ? { ...redisOptions, tls } : redisOptions);
  }
  if (client instanceof Redis) stopOnRefusedDatabase(client, options.logger);
  if (settings.isReal) logUnneededPassword(client, options.logger, settings.url === undefined);
  reportConnectionChanges(client, settings, options.logger);
  return client;
}

/**
 * TLS to Redis: REDIS_TLS_CA_FILE's certificates trusted besides Node's roots when it is set. Read now, so a
 * file gone since the start's check stops the client being made rather than every command.
 */
function tlsOptionsOf(settings: RedisSettings): ConnectionOptions {
  if (settings.tlsCaFile === undefined) return {};
  try {
    return { ca: [readFileSync(settings.tlsCaFile)] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new ConfigError(`REDIS_TLS_CA_FILE: ${cannotRead(settings.tlsCaFile, code)}`);
  }
}

/** REDIS_USERNAME and REDIS_PASSWORD as ioredis takes them, leaving out what is not set. */
function loginOf(settings: RedisSettings): Pick<RedisOptions, "username" | "password"> {
  return {
    ...(settings.username === undefined ? {} : { username: settings.username }),
    ...(settings.password === undefined ? {} : { password: settings.password }),
  };
}

/**
 * Redis refused the database REDIS_URL names (?db= or /N beyond redis.conf's `databases`, or a user without
 * SELECT). Its name is what the admin tools and the start look for in a failure's causes.
 */
export class RedisDatabaseRefusedError extends Error {
  constructor(db: unknown, reason: string) {
    super(`database ${String(db)}: ${reason}`);
    this.name = "RedisDatabaseRefusedError";
  }
}

function isFailedSelect(error: Error): boolean {
  return (error as { command?: { name?: unknown } }).command?.name === "select";
}

/**
 * Redis's answers to a SELECT that no reconnect changes: no such database, a user without SELECT, a Cluster
 * node. Others pass (BUSY while a script runs long, a full server) or are about the login (NOAUTH).
 */
const REFUSED_FOR_GOOD = /^(ERR (DB index|invalid DB index|SELECT is not allowed)|NOPERM)/i;

function isRefusedSelect(error: Error): boolean {
  return isFailedSelect(error) && REFUSED_FOR_GOOD.test(error.message);
}

/**
 * ioredis reports a failed SELECT as an "error" and goes on in database 0: among another app's keys, and
 * with none of the school's. A database Redis refuses stops the client for good instead (no reconnect), and
 * every command, those already queued too, fails with why; nothing is read or written. A SELECT that failed
 * for another reason connects again, the waiting commands told Redis's words.
 */
function stopOnRefusedDatabase(client: Redis, logger: Logger | undefined): void {
  client.on("error", (error: Error) => {
    if (!isFailedSelect(error)) return;
    if (!isRefusedSelect(error)) {
      // Emitted again as a new error (no command), so this listener does not see it twice.
      const failed = new Error(`could not select database ${String(client.options.db)}: ${error.message}`, {
        cause: error,
      });
      client.recoverFromFatalError(failed, failed, {});
      return;
    }
    const refusal = new RedisDatabaseRefusedError(client.options.db, error.message);
    logger?.error(
      { event: "redis_database_refused", db: client.options.db, reason: error.message },
      "Redis refused the database REDIS_URL names: the bot uses Redis no more until it is restarted with a database Redis has",
    );
    // The same way ioredis turns commands away in monitor mode: an own sendCommand.
    client.sendCommand = (command) => {
      command.reject(refusal);
      return command.promise;
    };
    client.disconnect();
    client.recoverFromFatalError(refusal, refusal, {});
  });
}

/** Each client's last error since it was last ready (see connectionFailure). */
const lastErrors = new WeakMap<Redis | Cluster, Error>();

/**
 * Why the client cannot use Redis right now: the last error it met (WRONGPASS after a password change, a
 * refused connection...) while it is not ready, else undefined. A command waiting to be sent says nothing of
 * it, so the store's health check asks here.
 */
export function connectionFailure(client: Redis | Cluster): Error | undefined {
  return client.status === "ready" ? undefined : lastErrors.get(client);
}

/**
 * ioredis emits "error" on every failed reconnect attempt (and prints it when nobody listens); one line when
 * the connection breaks and one when it is back is what an operator needs.
 */
function reportConnectionChanges(
  client: Redis | Cluster,
  settings: RedisSettings,
  logger: Logger | undefined,
): void {
  let broken = false;
  let loginRefused = false;
  let certificateRefused = false;
  client.on("error", (error: Error) => {
    lastErrors.set(client, error);
    if (isRefusedSelect(error) || error instanceof RedisDatabaseRefusedError) return;
    // A refused login (the password changed in Redis, an ACL change) is a setting to fix: once at error,
    // even when the break began as an outage (Redis restarted with another password). The client retries.
    const refusal = loginRefused ? null : refusedLogin(error);
    if (refusal !== null) {
      loginRefused = broken = true;
      logger?.error(
        { event: "redis_login_refused", redisError: refusal, reason: error.message },
        loginRefusedWords(refusal, error.message, settings),
      );
      return;
    }
    // So is a refused TLS certificate: once at error, with what to set. The client retries (a new
    // certificate on Redis's side is taken without a restart).
    const certificate = certificateRefused ? undefined : refusedCertificate(error);
    if (certificate !== undefined) {
      certificateRefused = broken = true;
      logger?.error({ event: "redis_tls_refused", reason: error.message }, `${certificate} ${UNTIL_FIXED}.`);
      return;
    }
    if (broken) return;
    broken = true;
    logger?.warn({ err: { name: error.name, message: error.message } }, "redis connection failed; retrying");
  });
  client.on("ready", () => {
    lastErrors.delete(client);
    loginRefused = certificateRefused = false;
    if (!broken) return;
    broken = false;
    logger?.info("redis connection is back");
  });
}
