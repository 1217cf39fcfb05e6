import { setTimeout as sleep } from "node:timers/promises";
import { TelegramError } from "telegraf";
import type { Telegram as BotMethods, Opts } from "telegraf/types";

/** A Bot API method's result, as telegraf types it. */
export type ApiResult<M extends keyof BotMethods> = ReturnType<BotMethods[M]>;

/** The part of telegraf's client we use: `bot.telegram` satisfies it. */
export interface ApiClient {
  callApi<M extends keyof BotMethods>(method: M, payload: Opts<M>): Promise<ApiResult<M>>;
}

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
  /** For tests; waits this many milliseconds. */
  sleep?: (ms: number) => Promise<unknown>;
}

/**
 * Short and bounded: a student is waiting for the reply, and a chat's updates queue behind this one.
 * 30 s covers Telegram's usual flood waits for a single chat (about one message per second).
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  backoffMs: [300, 1_000, 3_000],
  maxRetryAfterSeconds: 30,
};

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
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.client.callApi(method, payload);
      } catch (error) {
        const delayMs = this.retryDelayMs(error, attempt);
        if (delayMs === null) throw error;
        await this.wait(delayMs);
      }
    }
  }

  private retryDelayMs(error: unknown, attempt: number): number | null {
    if (attempt >= this.policy.attempts) return null;
    if (error instanceof TelegramError && error.code === 429) {
      const seconds = error.parameters?.retry_after ?? 1;
      return seconds <= this.policy.maxRetryAfterSeconds ? seconds * 1000 : null;
    }
    if ((error instanceof TelegramError && error.code >= 500) || isNetworkError(error)) {
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

/** True when Telegram says the message is already gone or too old to delete: nothing left to do. */
export function isFinalDeleteFailure(error: unknown): boolean {
  return error instanceof TelegramError && error.code >= 400 && error.code < 500 && error.code !== 429;
}
