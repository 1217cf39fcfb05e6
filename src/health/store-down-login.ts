import type { RedisSettings } from "../config/redis-settings.js";
import { aclNeeded, redisAclOf } from "../tools/store-failure-words.js";
import type { RedisFailure } from "./redis-failure.js";

/**
 * Which settings carry the login Redis refused (NOAUTH, WRONGPASS): REDIS_URL's own; REDIS_USERNAME and
 * REDIS_PASSWORD for a cluster's nodes or the master the sentinels name; the sentinels' own
 * (REDIS_SENTINEL_USERNAME and REDIS_SENTINEL_PASSWORD), when ioredis says the sentinels refused it.
 */
export type RedisLogin = "url" | "settings" | "sentinels";

/**
 * What the store-down alert and its log line add to Redis's error code, for the settings in play: where
 * the refused login is set, or, for a refused command (NOPERM), the Redis user the bot logs in as ("default"
 * for Redis's default user, as Redis itself names it) and the ACL it needs. Never a password.
 */
export function storeDownDetails(failure: RedisFailure, settings: RedisSettings): Record<string, string> {
  if (failure.redisError === "NOAUTH" || failure.redisError === "WRONGPASS") {
    return { redisLogin: redisLoginOf(failure.reason, settings) };
  }
  if (failure.redisError === "NOPERM") {
    const acl = redisAclOf(settings);
    return { redisUser: acl.user ?? "default", redisAcl: aclNeeded(acl.prefix) };
  }
  return {};
}

function redisLoginOf(reason: string, settings: RedisSettings): RedisLogin {
  if (settings.url !== undefined) return "url";
  // ioredis words a sentinel's refusal "All sentinels are unreachable. ... Last error: WRONGPASS ...".
  return settings.sentinels.length > 0 && /sentinels are unreachable/i.test(reason)
    ? "sentinels"
    : "settings";
}
