import { setTimeout as sleep } from "node:timers/promises";
import { TelegramError, type Telegram } from "telegraf";
import type { Telegram as BotMethods, Opts } from "telegraf/types";

/** A Bot API method's result, as telegraf types it. */
export type ApiResult<M extends keyof BotMethods> = ReturnType<BotMethods[M]>;

/** telegraf's per-call options: its own AbortSignal type, which Node's AbortSignal satisfies at run time. */
type CallOptions = Parameters<Telegram["callApi"]>[2];

/** The part of telegraf's client we use: `bot.telegram` satisfies it. */
export interface ApiClient {
  callApi<M extends keyof BotMethods>(
    method: M,
    payload: Opts<M>,
    options?: CallOptions,
  ): Promise<ApiResult<M>>;
}

/** How one try ended, for metrics and the log: a `timeout` is a call the Bot API did not answer in time. */
export type CallOutcome = "ok" | "error" | "timeout";

/** Told about every try (method names only; never the payload). */
export type CallObserver = (method: string, outcome: CallOutcome, seconds: number) => void;

/** How the adapter calls the Bot API: one method at a time, retried when that is safe to do. */
export interface BotApi {
  call<M extends keyof BotMethods>(method: M, payload: Opts<M>): Promise<ApiResult<M>>;
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Waits before the 2nd, 3rd, ... try after a 5xx or a network error (the last value repeats). */
  backoffMs: readonly number[];
  /** A 429 asking for a longer pause than this is not waited out: the call fails instead. */
  maxRetryAfterSeconds: number;
  /** One try that has not answered by then is aborted and counts as a network error (PLATFORM_TIMEOUT_MS). */
  timeoutMs?: number;
  /** No try starts (and no wait is waited) past this long after the first: the whole call gives up. */
  totalMs?: number;
  /** For tests; waits this many milliseconds. */
  sleep?: (ms: number) => Promise<unknown>;
  /** Told about every try. */
  observe?: CallObserver;
}

/** telegraf's own limit is 500 s; a student waits for this reply and the chat's next messages queue behind it. */
export const DEFAULT_CALL_TIMEOUT_MS = 10_000;

/** A try the Bot API did not answer within the time limit. */
export class CallTimeoutError extends Error {
  constructor(method: string, ms: number) {
    super(`${method}: no answer within ${ms} ms`);
    this.name = "CallTimeoutError";
  }
}

/**
 * Short and bounded: a student is waiting for the reply, and a chat's updates queue behind this one.
 * 30 s covers Telegram's usual flood waits for a single chat (about one message per second).
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  backoffMs: [300, 1_000, 3_000],
  maxRetryAfterSeconds: 30,
  timeoutMs: DEFAULT_CALL_TIMEOUT_MS,
  totalMs: 3 * DEFAULT_CALL_TIMEOUT_MS,
};

/** The default policy with PLATFORM_TIMEOUT_MS: each try limited to it, the whole call to three times it. */
export function retryPolicyFor(timeoutMs: number, observe?: CallObserver): RetryPolicy {
  return { ...DEFAULT_RETRY_POLICY, timeoutMs, totalMs: 3 * timeoutMs, ...(observe ? { observe } : {}) };
}

/**
 * Wraps telegraf's client so that every call the adapter makes survives Telegram's flood control (429 with
 * `retry_after`), its 5xx hiccups and dropped connections. Other errors (400, 403: the user blocked the
 * bot) are final and thrown at once. Long polling keeps telegraf's own retry loop and does not use this.
 */
export class RetryingApi implements BotApi {
  private readonly wait: (ms: number) => Promise<unknown>;

  constructor(
    private readonly client: ApiClient,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  ) {
    this.wait = policy.sleep ?? ((ms) => sleep(ms, undefined, { ref: false }));
  }

  async call<M extends keyof BotMethods>(method: M, payload: Opts<M>): Promise<ApiResult<M>> {
    const started = Date.now();
    const totalMs = this.policy.totalMs ?? Number.POSITIVE_INFINITY;
    for (let attempt = 1; ; attempt++) {
      const leftMs = totalMs - (Date.now() - started);
      try {
        return await this.tryOnce(method, payload, Math.min(this.policy.timeoutMs ?? leftMs, leftMs));
      } catch (error) {
        const delayMs = this.retryDelayMs(error, attempt);
        // A retry that could not even start before the deadline is not worth the wait.
        if (delayMs === null || Date.now() - started + delayMs >= totalMs) throw error;
        await this.wait(delayMs);
      }
    }
  }

  private async tryOnce<M extends keyof BotMethods>(
    method: M,
    payload: Opts<M>,
    limitMs: number,
  ): Promise<ApiResult<M>> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    if (!Number.isFinite(limitMs)) {
      try {
        const result = await this.client.callApi(method, payload);
        this.policy.observe?.(method, "ok", seconds());
        return result;
      } catch (error) {
        this.policy.observe?.(method, "error", seconds());
        throw error;
      }
    }
    const abort = new AbortController();
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    // The race, not only the abort: a client that ignores the signal must not hold the chat either.
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => {
          timedOut = true;
          abort.abort();
          reject(new CallTimeoutError(method, limitMs));
        },
        Math.max(1, limitMs),
      );
      timer.unref();
    });
    try {
      const result = await Promise.race([
        this.client.callApi(method, payload, { signal: abort.signal } as CallOptions),
        late,
      ]);
      this.policy.observe?.(method, "ok", seconds());
      return result;
    } catch (error) {
      this.policy.observe?.(method, timedOut ? "timeout" : "error", seconds());
      throw timedOut ? new CallTimeoutError(method, limitMs) : error;
    } finally {
      clearTimeout(timer);
    }
  }

  private retryDelayMs(error: unknown, attempt: number): number | null {
    if (attempt >= this.policy.attempts) return null;
    if (error instanceof TelegramError && error.code === 429) {
      const seconds = error.parameters?.retry_after ?? 1;
      return seconds <= this.policy.maxRetryAfterSeconds ? seconds * 1000 : null;
    }
    if (
      (error instanceof TelegramError && error.code >= 500) ||
      isNetworkError(error) ||
      error instanceof CallTimeoutError
    ) {
      const { backoffMs } = this.policy;
      return backoffMs[Math.min(attempt - 1, backoffMs.length - 1)] ?? 1_000;
    }
    return null;
  }
}

/** node-fetch's failures to connect or read (telegraf uses node-fetch 2, which names them FetchError). */
function isNetworkError(error: unknown): boolean {
  return error instanceof Error && error.name === "FetchError";
}

/**
 * What may be logged about a failed call. Never log the error object itself: telegraf's TelegramError
 * carries the whole request payload (`on.payload`), message text included.
 */
export function describeApiError(error: unknown): { code?: number; description?: string; error: string } {
  if (error instanceof TelegramError) {
    return { code: error.code, description: error.description, error: "TelegramError" };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { error: typeof code === "string" ? `${error.name} ${code}` : error.name };
  }
  return { error: typeof error };
}

/** The pause a 429 from Telegram names (its retry_after), in seconds; undefined for any other error. */
export function retryAfterSeconds(error: unknown): number | undefined {
  return error instanceof TelegramError && error.code === 429 ? error.parameters?.retry_after : undefined;
}

/** True when Telegram says the message is already gone or too old to delete: nothing left to do. */
export function isFinalDeleteFailure(error: unknown): boolean {
  return error instanceof TelegramError && error.code >= 400 && error.code < 500 && error.code !== 429;
}

/**
 * True when Telegram says the message to delete is not there: deleted already (by a deletion done twice, a
 * job whose lease ran out while its first run went through, or by the user), so the deletion is done.
 */
export function isAlreadyDeleted(error: unknown): boolean {
  return (
    error instanceof TelegramError &&
    error.code === 400 &&
    /message to delete not found/i.test(error.description)
  );
}

/**
 * True when Telegram refused an edit because the message already shows that text and those buttons: an
 * edit tried again after its answer was lost, which had gone through.
 */
export function isMessageNotModified(error: unknown): boolean {
  return (
    error instanceof TelegramError && error.code === 400 && /message is not modified/i.test(error.description)
  );
}

/** Telegram's answer to an edit of a message it no longer has (deleted by the user, say). */
export function isMessageToEditNotFound(error: unknown): boolean {
  return (
    error instanceof TelegramError &&
    error.code === 400 &&
    /message to edit not found/i.test(error.description)
  );
}
