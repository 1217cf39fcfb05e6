import type { Config } from "./config/load-config.js";
import { isSocketUrl, parseSocketUrl } from "./config/redis-socket-url.js";
import { ldapServer } from "./config/ldap-server.js";
import { hostOf } from "./config/url-host.js";

/**
 * The facts of the start line: what runs and against what, never a secret (no token, password or URL with
 * credentials; Redis and LDAP are named by kind and host only).
 */
export function startSummary(
  config: Config,
  channels: string[],
  settingsFile?: string,
): Record<string, unknown> {
  const store = storeName(config);
  const directory =
    config.directory.kind === "ldap"
      ? `ldap ${config.ldap.flavour} ${ldapHostPort(config.ldap.url)}`
      : `memory ${config.directory.file ?? "demo school"}`;
  const modes: string[] = [];
  if (config.telegram !== undefined)
    modes.push(config.telegram.webhookUrl === undefined ? "telegram polling" : "telegram webhook");
  if (config.slack !== undefined)
    modes.push(config.slack.appToken === undefined ? "slack http" : "slack socket mode");
  if (channels.includes("console")) modes.push("terminal");
  const settings = settingsFile === undefined ? "the environment" : `the environment, then ${settingsFile}`;
  const prefix = config.redis.prefix;
  return {
    event: "start",
    mode: modes.join(", "),
    channels,
    store,
    prefix,
    directory,
    alerts: alertsTo(config),
    settings,
  };
}

/** The directory's host and the port the connection uses ("127.0.0.1:636" for ldaps://127.0.0.1). */
function ldapHostPort(url: string | undefined): string {
  const server = ldapServer(url);
  return server === undefined ? hostOf(url) : `${server.host}:${server.port}`;
}

/** Where admin alerts go, by chat and channel id (not secrets): the log always. */
function alertsTo(config: Config): string {
  const destinations = [
    ...config.alerts.telegramChats.map((chat) => `telegram ${chat}`),
    ...(config.alerts.slackChannel === undefined ? [] : [`slack ${config.alerts.slackChannel}`]),
  ];
  return destinations.length === 0 ? "log only" : ["log", ...destinations].join(", ");
}

/**
 * The store by kind and host (or socket path, "redis socket /run/redis/redis-server.sock"), never a
 * password: for the start line, logs and start-up errors.
 */
export function storeName(config: Config): string {
  const redis = config.redis;
  return !redis.isReal
    ? "memory (ioredis-mock, forgotten at exit)"
    : redis.clusterNodes.length > 0
      ? `${CLUSTER_STORE} (${redis.clusterNodes.length} nodes)`
      : redis.sentinels.length > 0
        ? SENTINEL_STORE
        : isSocketUrl(redis.url)
          ? `${SOCKET_STORE} ${socketPathOf(redis.url!)}`
          : redis.url!.trim().toLowerCase().startsWith("rediss:")
            ? `${TLS_STORE} ${hostOf(redis.url)}`
            : `redis ${hostOf(redis.url)}`;
}

/** How storeName begins for REDIS_CLUSTER_NODES, and names REDIS_SENTINELS: both log in by REDIS_PASSWORD. */
export const CLUSTER_STORE = "redis cluster";
export const SENTINEL_STORE = "redis sentinel";

/** How storeName begins for a rediss:// REDIS_URL. */
export const TLS_STORE = "redis over TLS";

/** How storeName begins for a Redis on this host's Unix socket. */
export const SOCKET_STORE = "redis socket";

function socketPathOf(url: string): string {
  const socket = parseSocketUrl(url);
  return "path" in socket ? socket.path : "?";
}
