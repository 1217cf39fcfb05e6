import { Redis, type Cluster } from "ioredis";
import type { Logger } from "../logging/create-logger.js";

/** Redis's answer to AUTH when it has no password set: Redis 6 and later, then 5 and earlier. */
const NO_PASSWORD_SET = /without any password configured|no password is set/i;
/** Redis 5 and earlier to AUTH with a user name, which they do not know. */
const NO_USER_NAMES = /wrong number of arguments for 'auth' command/i;

type AuthCallback = (error: Error | null | undefined, result?: unknown) => void;
type Auth = (...args: unknown[]) => Promise<unknown>;

/**
 * ioredis goes on without a login when Redis says it needs none (or knows no user names), after printing
 * "[WARN] ... a password was supplied" (or "[ERROR] ...") with console.warn: a plain line among the JSON log. This answers the
 * connection's AUTH as ioredis would, with one JSON line per client instead (names only, never the
 * password). The AUTH ioredis sends at each connection is the only one the bot makes.
 */
export function logUnneededPassword(
  client: Redis | Cluster,
  logger: Logger | undefined,
  /** True when the login is REDIS_USERNAME and REDIS_PASSWORD (a cluster, sentinels), not REDIS_URL's. */
  fromSettings = false,
): void {
  let told = false;
  const tell = (error: Error): boolean => {
    const unneeded = NO_PASSWORD_SET.test(error.message);
    if (!unneeded && !NO_USER_NAMES.test(error.message)) return false;
    if (!told) {
      told = true;
      if (unneeded) {
        logger?.warn(
          { event: "redis_password_unused" },
          fromSettings
            ? "REDIS_PASSWORD is set, but this Redis has none set, so it is sent and not needed: set that password in Redis (requirepass, or an ACL user) or remove REDIS_PASSWORD"
            : "REDIS_URL gives a password, but this Redis has none set, so it is sent and not needed: set that password in Redis (requirepass, or an ACL user) or remove it from REDIS_URL",
        );
      } else {
        logger?.warn(
          { event: "redis_user_unknown" },
          fromSettings
            ? "REDIS_USERNAME is set, but this Redis (version 5 or earlier) knows no user names, so the bot could not log in with it: remove REDIS_USERNAME (keep REDIS_PASSWORD)"
            : "REDIS_URL gives a user name, which this Redis (version 5 or earlier) does not know, so the bot could not log in with it: remove the user name from REDIS_URL (keep redis://:password@host)",
        );
      }
    }
    return true;
  };
  const quiet = (redis: Redis) => {
    const auth = redis.auth.bind(redis) as Auth;
    (redis as unknown as { auth: Auth }).auth = (...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback !== "function") return auth(...args);
      const answered: AuthCallback = (error, result) =>
        error && tell(error)
          ? (callback as AuthCallback)(null, "OK")
          : (callback as AuthCallback)(error, result);
      return auth(...args.slice(0, -1), answered);
    };
  };
  // A Cluster's node connections are made later, each announced before it connects.
  if (client instanceof Redis) quiet(client);
  else client.on("+node", quiet);
}
