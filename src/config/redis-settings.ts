import { z } from "zod";
import { commaList, flag, integer, optionalString } from "./env-types.js";
import { nodeListProblem } from "./redis-node.js";
import { isSocketUrl, parseSocketUrl, SOCKET_URL_EXAMPLE } from "./redis-socket-url.js";
import { urlShapeProblem } from "./url-shape.js";

const SEVERAL_REDIS = "several Redis servers go in REDIS_CLUSTER_NODES (a cluster) or REDIS_SENTINELS";

// The URL is never repeated: it may hold the Redis password.
const NOT_A_REDIS_URL = `must start with redis://, rediss:// (TLS) or unix:// (a socket on this host), e.g. redis://127.0.0.1:6379, rediss://user:password@redis.school.internal:6380/0 or ${SOCKET_URL_EXAMPLE}`;

// ioredis sends the path's first part as the database to SELECT: a crash at start for /run/..., and
// redis:///run/redis/redis-server.sock would mean 127.0.0.1:6379 rather than the socket.
const NOT_A_DATABASE = `may have only a database number after the host (redis://127.0.0.1:6379/0); a Redis on this host's socket is written ${SOCKET_URL_EXAMPLE}`;

/** What is wrong with a REDIS_URL, or undefined when the bot can connect by it. */
function redisUrlProblem(url: string): string | undefined {
  if (isSocketUrl(url)) {
    const socket = parseSocketUrl(url);
    return "problem" in socket ? socket.problem : undefined;
  }
  const shape = urlShapeProblem(url, ["redis", "rediss"], SEVERAL_REDIS);
  if (shape !== undefined) return shape;
  if (!URL.canParse(url)) return NOT_A_REDIS_URL;
  const { protocol, pathname } = new URL(url);
  if (protocol !== "redis:" && protocol !== "rediss:") return NOT_A_REDIS_URL;
  return /^(\/\d*)?$/.test(pathname) ? undefined : NOT_A_DATABASE;
}

const NOT_WITH_URL = {
  REDIS_USERNAME:
    "is for REDIS_CLUSTER_NODES and REDIS_SENTINELS: REDIS_URL carries its own user name (redis://user:password@host:6379). Put it there and remove REDIS_USERNAME",
  REDIS_PASSWORD:
    "is for REDIS_CLUSTER_NODES and REDIS_SENTINELS: REDIS_URL carries its own password (redis://:password@host:6379, or redis://user:password@host:6379). Put it there and remove REDIS_PASSWORD",
  REDIS_TLS:
    "is for REDIS_CLUSTER_NODES and REDIS_SENTINELS: REDIS_URL asks for TLS by starting with rediss:// (rediss://host:6380). Write it so and remove REDIS_TLS",
} as const;

/** A comma-separated list of host:port, each checked at start (a comment after it is no port). */
function nodeList(example: string) {
  return commaList.superRefine((nodes, ctx) => {
    const problem = nodeListProblem(nodes, example);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** Where state lives. Without REDIS_URL (or cluster/sentinel nodes) the embedded ioredis-mock is used. */
export const redisSettings = z
  .object({
    REDIS_URL: optionalString.superRefine((url, ctx) => {
      const problem = url === undefined ? undefined : redisUrlProblem(url);
      if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
    }),
    // Not trimmed: a bot already running under "sspr: " keeps its keys there (a warning says so at start).
    REDIS_PREFIX: z.string().default("sspr:"),
    REDIS_CLUSTER_NODES: nodeList("10.0.0.5:7001,10.0.0.6:7001"),
    REDIS_SENTINELS: nodeList("10.0.0.5:26379,10.0.0.6:26379"),
    REDIS_SENTINEL_NAME: optionalString,
    // The login and TLS of REDIS_CLUSTER_NODES and REDIS_SENTINELS; a REDIS_URL carries its own.
    REDIS_USERNAME: optionalString,
    REDIS_PASSWORD: optionalString,
    REDIS_TLS: flag(false),
    // For rediss:// and REDIS_TLS=true alike; checked at start (load-config.ts), read as the client is made.
    REDIS_TLS_CA_FILE: optionalString,
    REDIS_SENTINEL_PASSWORD: optionalString,
    REDIS_SENTINEL_USERNAME: optionalString,
    // Off for a Redis that persists by its own means (a managed service's snapshots and replicas).
    REDIS_PERSISTENCE_CHECK: flag(true),
    AUDIT_MAX_EVENTS: integer(100_000, 100, 10_000_000),
    AUDIT_RETENTION_DAYS: integer(30, 1, 3650),
    AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR: integer(60, 1, 100_000),
  })
  // Checked here, even beside a wrong value elsewhere (`when`), so that one message names every problem;
  // the client would otherwise refuse them only once the rest is fixed.
  .superRefine(
    (env, ctx) => {
      const listed = (nodes: unknown) => (Array.isArray(nodes) ? nodes.length > 0 : nodes !== undefined);
      const sentinels = listed(env.REDIS_SENTINELS);
      const ways = [env.REDIS_URL !== undefined, listed(env.REDIS_CLUSTER_NODES), sentinels];
      if (ways.filter(Boolean).length > 1) {
        const path = env.REDIS_URL !== undefined ? "REDIS_URL" : "REDIS_CLUSTER_NODES";
        ctx.addIssue({
          code: "custom",
          path: [path],
          message: "set only one of REDIS_URL, REDIS_CLUSTER_NODES and REDIS_SENTINELS",
        });
      }
      if (sentinels && env.REDIS_SENTINEL_NAME === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["REDIS_SENTINEL_NAME"],
          message:
            "is required with REDIS_SENTINELS: the name of the master the sentinels watch (sentinel monitor <name> ...)",
        });
      }
      // Never the values: they are a login.
      if (env.REDIS_URL !== undefined) {
        for (const [variable, isSet] of [
          ["REDIS_USERNAME", env.REDIS_USERNAME !== undefined],
          ["REDIS_PASSWORD", env.REDIS_PASSWORD !== undefined],
          ["REDIS_TLS", env.REDIS_TLS === true],
        ] as const) {
          if (isSet) ctx.addIssue({ code: "custom", path: [variable], message: NOT_WITH_URL[variable] });
        }
      } else if (env.REDIS_USERNAME !== undefined && env.REDIS_PASSWORD === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["REDIS_USERNAME"],
          message:
            "needs REDIS_PASSWORD, the password of that Redis user (an ACL user); for Redis's default user, set only REDIS_PASSWORD",
        });
      }
      if (env.REDIS_SENTINEL_USERNAME !== undefined && env.REDIS_SENTINEL_PASSWORD === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["REDIS_SENTINEL_USERNAME"],
          message:
            "needs REDIS_SENTINEL_PASSWORD, the password of that user on the sentinels (a user line in sentinel.conf); for the sentinels' default user, set only REDIS_SENTINEL_PASSWORD",
        });
      }
    },
    { when: () => true },
  )
  .transform((env) => ({
    url: env.REDIS_URL,
    prefix: env.REDIS_PREFIX,
    clusterNodes: env.REDIS_CLUSTER_NODES,
    sentinels: env.REDIS_SENTINELS,
    sentinelName: env.REDIS_SENTINEL_NAME,
    /** The login to every node of a cluster, or to the master the sentinels name (not for REDIS_URL). */
    username: env.REDIS_USERNAME,
    password: env.REDIS_PASSWORD,
    /** TLS to a cluster's nodes, or to the sentinels and their master (not for REDIS_URL). */
    tls: env.REDIS_TLS,
    /** The CA certificate (PEM) that signed Redis's, trusted besides Node's own roots, for any TLS to Redis. */
    tlsCaFile: env.REDIS_TLS_CA_FILE,
    sentinelPassword: env.REDIS_SENTINEL_PASSWORD,
    /** The sentinels' own ACL user (sentinel.conf's `user`); undefined for their default user. */
    sentinelUsername: env.REDIS_SENTINEL_USERNAME,
    /** Whether the health check looks at Redis's persistence hourly (RedisAppendOnlyCheck). */
    persistenceCheck: env.REDIS_PERSISTENCE_CHECK,
    auditMaxEvents: env.AUDIT_MAX_EVENTS,
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    auditMaxAttemptsPerChatHour: env.AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR,
    /** True when a real Redis is configured in any of the three ways. */
    isReal:
      env.REDIS_URL !== undefined || env.REDIS_CLUSTER_NODES.length > 0 || env.REDIS_SENTINELS.length > 0,
  }));

export type RedisSettings = z.output<typeof redisSettings>;
