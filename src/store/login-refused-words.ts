import type { RedisSettings } from "../config/redis-settings.js";

/** What the bot does meanwhile, after any refusal that a setting fixes. */
export const UNTIL_FIXED = "Until then every step fails; the bot keeps trying";

/**
 * The log's words when Redis refuses the bot's login, naming the setting to fix: REDIS_URL carries its own
 * login; a cluster and a Sentinel-managed master take REDIS_USERNAME and REDIS_PASSWORD, and the sentinels
 * REDIS_SENTINEL_PASSWORD and REDIS_SENTINEL_USERNAME (ioredis reports a sentinel's refusal as "All sentinels are unreachable...").
 */
export function loginRefusedWords(
  refusal: "NOAUTH" | "WRONGPASS",
  reason: string,
  settings: RedisSettings,
): string {
  if (settings.url !== undefined) {
    return refusal === "NOAUTH"
      ? `Redis needs a password (NOAUTH) that REDIS_URL does not give: put it in REDIS_URL and restart the bot. ${UNTIL_FIXED}`
      : `Redis refused the password in REDIS_URL (WRONGPASS): check the user name and password in it (was it changed in Redis?). ${UNTIL_FIXED}, and a new REDIS_URL needs a restart`;
  }
  if (settings.sentinels.length > 0 && /sentinels are unreachable/i.test(reason)) {
    return refusal === "NOAUTH"
      ? `The sentinels need a password (NOAUTH) that the bot does not give: set REDIS_SENTINEL_PASSWORD (requirepass in sentinel.conf) and restart the bot. ${UNTIL_FIXED}`
      : `The sentinels refused REDIS_SENTINEL_PASSWORD (WRONGPASS): check it (and REDIS_SENTINEL_USERNAME, if set) against requirepass, or that user's line, in sentinel.conf. ${UNTIL_FIXED}, and a new one needs a restart`;
  }
  return refusal === "NOAUTH"
    ? `Redis needs a password (NOAUTH) that the bot does not give: set REDIS_PASSWORD (and REDIS_USERNAME for an ACL user) and restart the bot. ${UNTIL_FIXED}`
    : `Redis refused REDIS_PASSWORD (WRONGPASS): check it, and REDIS_USERNAME if set (was the password changed in Redis?). ${UNTIL_FIXED}, and a new REDIS_PASSWORD needs a restart`;
}
