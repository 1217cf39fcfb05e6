import { setTimeout as sleep } from "node:timers/promises";
import type { AlertSink } from "./alert-sink.js";

/** How hard one alert is pushed at one sink. Bounded: a sink that is down must not pile up work. */
export interface DeliveryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Waits before the 2nd, 3rd, ... try (the last value repeats). */
  backoffMs: readonly number[];
  /** A try that has not answered by then counts as failed (a hanging sink); it is not waited for. */
  attemptTimeoutMs: number;
  /** No try starts, and no wait is waited, past this long after the first try: the delivery gives up. */
  totalMs?: number;
}

/** PLATFORM_TIMEOUT_MS per try and three times it for the whole delivery, like a chat message's. */
export function deliveryPolicyFor(timeoutMs: number): DeliveryPolicy {
  return { ...DEFAULT_DELIVERY_POLICY, attemptTimeoutMs: timeoutMs, totalMs: 3 * timeoutMs };
}

/**
 * Three tries over about a minute: long enough to ride out a Slack or Telegram hiccup, short enough that
 * a sink that is down for good is reported soon. Telegram's RetryingApi adds its own retries inside a try.
 */
export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  attempts: 3,
  backoffMs: [2_000, 10_000],
  attemptTimeoutMs: 30_000,
};

export type DeliveryResult = { ok: true; attempts: number } | { ok: false; attempts: number; error: unknown };

class AttemptTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "AttemptTimeout";
  }
}

/** One try, given up on after `ms` (the sink's promise is left to settle on its own). */
async function attempt(sink: AlertSink, text: string, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptTimeout(ms)), ms);
    timer.unref();
  });
  try {
    // Through a promise, so that a sink throwing synchronously is a failed try like any other.
    await Promise.race([Promise.resolve().then(() => sink.send(text)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends `text` to one sink, retrying per `policy` until it works, the tries run out or `signal` aborts
 * (shutdown). Never throws: the outcome says what happened, for the caller to log.
 */
export async function deliverWithRetries(
  sink: AlertSink,
  text: string,
  policy: DeliveryPolicy,
  signal: AbortSignal,
): Promise<DeliveryResult> {
  let lastError: unknown;
  const started = Date.now();
  const leftMs = () => (policy.totalMs ?? Number.POSITIVE_INFINITY) - (Date.now() - started);
  for (let tries = 1; tries <= policy.attempts; tries++) {
    try {
      await attempt(sink, text, Math.max(1, Math.min(policy.attemptTimeoutMs, leftMs())));
      return { ok: true, attempts: tries };
    } catch (error) {
      lastError = error;
    }
    if (tries === policy.attempts || signal.aborted) return { ok: false, attempts: tries, error: lastError };
    const { backoffMs } = policy;
    const waitMs = backoffMs[Math.min(tries - 1, backoffMs.length - 1)] ?? 1_000;
    if (waitMs >= leftMs()) return { ok: false, attempts: tries, error: lastError };
    try {
      await sleep(waitMs, undefined, { ref: false, signal });
    } catch {
      return { ok: false, attempts: tries, error: lastError };
    }
  }
  return { ok: false, attempts: policy.attempts, error: lastError };
}
