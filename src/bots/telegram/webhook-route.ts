import { hash, timingSafeEqual } from "node:crypto";
import type { RouteHandler } from "../../http/http-server.js";
import type { Logger } from "../../logging/create-logger.js";
import type { LogContext } from "../../logging/log-context.js";
import { refusedRequestLog } from "../../http/refused-request-log.js";

/** Where Telegram POSTs updates; TELEGRAM_WEBHOOK_URL must reach this path on PORT. */
export const WEBHOOK_PATH = "/telegram/webhook";

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/**
 * A check that the header carries the secret given to setWebhook, with the expected side hashed once. Both
 * sides are hashed so the compare takes the same time whatever the length or content of the guess.
 */
function secretChecker(expected: string): (given: string | string[] | undefined) => boolean {
  const expectedDigest = digest(expected);
  return (given) => typeof given === "string" && timingSafeEqual(expectedDigest, digest(given));
}

const digest = (value: string) => hash("sha256", value, "buffer");

export interface WebhookRouteOptions {
  /** See WEBHOOK_ANSWER_MS. */
  answerWithinMs?: number;
  /** The time refused requests are logged by (the app's clock). */
  clock?: () => number;
  /**
   * Called before the answer when the update is still at work by then (see WEBHOOK_ANSWER_MS), with that
   * work: Telegram will not send the update again, so what must outlive this process (a message to delete)
   * is noted here. When it fails, the answer is an error instead, and Telegram sends the update again.
   */
  beforeEarlyAnswer?: (update: unknown, work: Promise<void>) => Promise<void>;
}

/**
 * The webhook endpoint: refuses (401, body unread, logged at most once a minute: see refusedRequestLog) any
 * request without Telegram's secret header, then hands
 * the parsed update to `onUpdate`, with the request's id for the update's log lines, and answers 200 once it
 * is handled (or after WEBHOOK_ANSWER_MS). Telegram redelivers an update that gets an error, so only a body
 * that is not JSON gets one (400); an update the adapter cannot use is dropped with 200, since a redelivery
 * would not make it any better.
 */
export function telegramWebhookRoute(
  secret: string,
  onUpdate: (update: unknown, request: LogContext) => Promise<void>,
  logger: Logger,
  { answerWithinMs = WEBHOOK_ANSWER_MS, clock = Date.now, beforeEarlyAnswer }: WebhookRouteOptions = {},
): RouteHandler {
  const matches = secretChecker(secret);
  const logRefused = refusedRequestLog(logger, clock);
  return async (request) => {
    if (!matches(request.headers[SECRET_HEADER])) {
      logRefused(
        { requestId: request.requestId },
        "refused a Telegram webhook request without the right secret header",
      );
      return { status: 401 };
    }
    let update: unknown;
    try {
      update = JSON.parse((await request.readBody()).toString("utf8"));
    } catch (error) {
      if (error instanceof SyntaxError) return { status: 400 };
      throw error;
    }
    const work = onUpdate(update, { requestId: request.requestId });
    const handled = await handledOrLate(work, answerWithinMs);
    if (!handled) await beforeEarlyAnswer?.(update, work);
    return { status: 200 };
  };
}

/**
 * Telegram waits for the answer to one update before it sends that chat's next one, so the webhook answers
 * within this even while the update is still being worked on (a slow Bot API call, a slow directory). The
 * work goes on; a redelivery meanwhile is recognised by its update_id.
 */
export const WEBHOOK_ANSWER_MS = 2_000;

/** True when `work` was done within `ms`; false when the time ran out first (the work goes on). */
async function handledOrLate(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}
