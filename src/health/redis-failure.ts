import { refusedLogin } from "../tools/store-failure-words.js";

/** How long a Redis error message may be in the log: Redis's own sentences are shorter. */
const MAX_REASON_LENGTH = 160;

/** What the store-down log line says of why the check failed: Redis's error code and words, never values. */
export interface RedisFailure {
  /** Redis's error code (OOM, READONLY, MISCONF, NOAUTH...) or the client's (ECONNREFUSED...), if any. */
  redisError?: string;
  reason: string;
  /** What the check itself met, when the connection's error is the reason (e.g. "no answer within 1000 ms"). */
  check?: string;
}

/**
 * The code and message of a failed check's error (the cause of the store's StoreUnavailableError, which
 * has no command arguments). Redis's replies start with their code ("OOM command not allowed..."); the
 * one that echoes a command's arguments ("... with args beginning with: ...") is cut there.
 */
export function describeRedisFailure(error: unknown): RedisFailure {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  const reason = message
    .replace(/,? with args beginning with:.*$/s, "")
    .replace(/\p{Cc}+/gu, " ")
    .trim()
    .slice(0, MAX_REASON_LENGTH);
  const own = (cause as { code?: unknown } | null)?.code;
  // A Cluster's "Failed to refresh slots cache." and the sentinels' "All sentinels are unreachable..." carry
  // a refused login further in: the code is that refusal's.
  const code =
    typeof own === "string"
      ? own
      : (/^([A-Z][A-Z_]{1,19})\b/.exec(reason)?.[1] ?? refusedLogin(cause) ?? undefined);
  return code === undefined ? { reason } : { redisError: code, reason };
}
