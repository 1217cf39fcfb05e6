import { z } from "zod";
import { commaList, integer, optionalString } from "./env-types.js";

// The URL is never repeated: it may hold the Redis password.
const NOT_A_REDIS_URL =
  "must start with redis:// or rediss:// (TLS), e.g. redis://127.0.0.1:6379 or rediss://user:password@redis.school.internal:6380/0";

function isRedisUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol } = new URL(url);
  return protocol === "redis:" || protocol === "rediss:";
}

/** Where state lives. Without REDIS_URL (or cluster/sentinel nodes) the embedded ioredis-mock is used. */
export const redisSettings = z
  .object({
    REDIS_URL: optionalString.superRefine((url, ctx) => {
      if (url !== undefined && !isRedisUrl(url)) ctx.addIssue({ code: "custom", message: NOT_A_REDIS_URL });
    }),
    REDIS_PREFIX: z.string().default("sspr:"),
    REDIS_CLUSTER_NODES: commaList,
    REDIS_SENTINELS: commaList,
    REDIS_SENTINEL_NAME: optionalString,
    AUDIT_MAX_EVENTS: integer(100_000, 100, 10_000_000),
    AUDIT_RETENTION_DAYS: integer(30, 1, 3650),
    AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR: integer(60, 1, 100_000),
  })
  .transform((env) => ({
    url: env.REDIS_URL,
    prefix: env.REDIS_PREFIX,
    clusterNodes: env.REDIS_CLUSTER_NODES,
    sentinels: env.REDIS_SENTINELS,
    sentinelName: env.REDIS_SENTINEL_NAME,
    auditMaxEvents: env.AUDIT_MAX_EVENTS,
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    auditMaxAttemptsPerChatHour: env.AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR,
    /** True when a real Redis is configured in any of the three ways. */
    isReal:
      env.REDIS_URL !== undefined || env.REDIS_CLUSTER_NODES.length > 0 || env.REDIS_SENTINELS.length > 0,
  }));

export type RedisSettings = z.output<typeof redisSettings>;
