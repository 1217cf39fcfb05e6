import { ConfigError, StoreUnavailableError } from "./core/errors.js";
import type { Store } from "./core/ports/store.js";
import { checkQuestionHistory } from "./core/questions/question-history.js";
import type { Question } from "./core/questions/question-list.js";
import type { Logger } from "./logging/create-logger.js";
import { refusedSetting, storeFailureWords, type RedisAcl } from "./tools/store-failure-words.js";

/** How long the start waits for Redis before the question check, and how it backs off. */
export interface StartWait {
  /** The longest the start waits in all; past it the start fails (StoreNotReadyAtStartError). */
  maxWaitMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** Tests pass a clock and a sleep that moves it, so no test waits for real. */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A minute covers Redis starting next to the bot (compose, a reboot), and is short enough that a Redis
 * that stays down shows as a failing service rather than a start that hangs.
 */
export const START_REDIS_WAIT: StartWait = { maxWaitMs: 60_000, firstDelayMs: 500, maxDelayMs: 5_000 };

/** Redis did not answer within the start's wait: not a setting to change, so main exits 1 (restart me). */
export class StoreNotReadyAtStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreNotReadyAtStartError";
  }
}

/**
 * The question list against the ids saved enrolments name (see checkQuestionHistory): a dropped one stops the
 * start (ConfigError), and so does a password or a database Redis refuses. Redis not answering is waited for, with backoff,
 * for at most `wait.maxWaitMs`: the check is what keeps a wrong question file from leaving students with
 * questions nobody can answer, so it is never skipped. `storeName` (kind and host, no secret) is for the log and the error;
 * `acl` (the bot's Redis user, redisAclOf) names that user when Redis refuses a command.
 */
export async function checkQuestionsAtStart(
  store: Store,
  questions: Question[],
  file: string | undefined,
  logger: Logger,
  storeName: string,
  acl: RedisAcl | undefined,
  wait: Partial<StartWait> = {},
): Promise<void> {
  const { maxWaitMs, firstDelayMs, maxDelayMs } = { ...START_REDIS_WAIT, ...wait };
  const clock = wait.clock ?? Date.now;
  const sleep = wait.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const started = clock();
  let delayMs = firstDelayMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await checkQuestionHistory(store, questions, file, logger);
      if (attempt > 1) logger.info({ attempt }, `${storeName} answers: the question list was checked`);
      return;
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      // Why, in words: no answer, a password needed or refused (a socket's words for a unix:// REDIS_URL).
      const why = storeFailureWords(error, storeName, acl)!;
      // A password or a database Redis refuses stays refused: a setting to fix, not a Redis to wait for.
      if (refusedSetting(error)) throw new ConfigError(why);
      const waitedMs = clock() - started;
      if (waitedMs + delayMs > maxWaitMs) {
        throw new StoreNotReadyAtStartError(
          `In ${Math.round(maxWaitMs / 1000)} s of trying, Redis could not be used, so the question list could not be checked against the questions students chose. ${why}`,
        );
      }
      logger.warn(
        { attempt, waitedMs, retryInMs: delayMs, why },
        `waiting for Redis (${storeName}) to check the question list against the questions students chose`,
      );
      await sleep(delayMs);
      delayMs = Math.min(delayMs * 2, maxDelayMs);
    }
  }
}
