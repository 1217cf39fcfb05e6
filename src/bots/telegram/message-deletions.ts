import { z } from "zod";
import type { ChannelJobs } from "../../core/channel-core.js";
import type { Logger } from "../../logging/create-logger.js";
import { DelayedJobs, type DelayedJobsOptions } from "../delayed-jobs.js";
import {
  describeApiError,
  isAlreadyDeleted,
  isFinalDeleteFailure,
  retryAfterSeconds,
  type BotApi,
} from "./retrying-api.js";

/** The store's job kind for "delete this Telegram message later". */
export const DELETE_JOB_KIND = "telegram-delete";

const job = z.object({ chatId: z.number().int(), messageId: z.number().int(), tries: z.number().int() });

export type MessageDeletionsOptions = DelayedJobsOptions;

/** What deleteNow did: deleted the message, left it to a deletion job, or could not (it stays). */
export type DeletedNow = "deleted" | "later" | "kept";

/** A deletion Telegram refused for now is tried again this much later (then as DELETE_RETRY says). */
const DELETE_AGAIN_SECONDS = 30;

/**
 * A deletion job that fails for now (a flood-control pause, which anyone flooding the bot from many accounts
 * can stretch; an outage) is tried again after twice as long each time, from 30 s up to an hour, and never
 * before the pause Telegram names is over: 12 tries span about 5 hours, well within the 48 hours Telegram
 * lets a message be deleted. The message may hold a child's password.
 */
const DELETE_RETRY = {
  maxTries: 12,
  delayMs: (error: unknown, tries: number) =>
    Math.max(Math.min(30_000 * 2 ** (tries - 1), 3_600_000), (retryAfterSeconds(error) ?? 0) * 1000 + 1000),
};

/**
 * Deletes messages from chats: now (a student's message that carried a secret) or later (the bot's own
 * message with a generated password), or earlier than planned (that message, once its reader moves on).
 * Later deletions are jobs in the store, so a restart or another replica still performs them; `start` runs
 * the poller that claims and performs the due ones.
 */
export class MessageDeletions {
  private readonly jobs: DelayedJobs<z.infer<typeof job>>;

  constructor(
    private readonly api: BotApi,
    store: ChannelJobs,
    private readonly clock: () => number,
    private readonly logger: Logger,
    options: MessageDeletionsOptions = {},
  ) {
    this.jobs = new DelayedJobs({
      kind: DELETE_JOB_KIND,
      schema: job,
      store,
      clock,
      logger,
      options,
      perform: async ({ chatId, messageId }) => {
        try {
          await this.api.call("deleteMessage", { chat_id: chatId, message_id: messageId });
        } catch (error) {
          // Deleted already: a job done twice (its lease ran out while the first run went through).
          if (!isAlreadyDeleted(error)) throw error;
          this.logger.debug({ chatId, messageId }, "a protected message was deleted already");
        }
      },
      isFinalFailure: isFinalDeleteFailure,
      retry: DELETE_RETRY,
      identify: ({ chatId, messageId }) => ({ chatId, messageId }),
      describeError: describeApiError,
      words: {
        job: "message deletion",
        failed: "could not delete a protected message",
        gaveUp: "gave up deleting a protected message",
        gaveUpLevel: "warn",
      },
    });
  }

  /**
   * Deletes a message now. Never throws: a failure is logged (ids only, on `log`: the update's logger) and
   * the dialog goes on. One Telegram would not delete just then (a flood-control pause longer than a call
   * waits, which anyone flooding the bot can cause; an outage) is left to a deletion job, which tries again:
   * the message may hold a child's password. Says which: "deleted" (or gone already), "later" (left to
   * that job), or "kept" when Telegram refused for good (a message older than its 48 hours): it stays.
   */
  async deleteNow(chatId: number, messageId: number, log = this.logger): Promise<DeletedNow> {
    try {
      await this.api.call("deleteMessage", { chat_id: chatId, message_id: messageId });
      return "deleted";
    } catch (error) {
      if (isAlreadyDeleted(error)) return "deleted";
      log.warn({ chatId, messageId, ...describeApiError(error) }, "could not delete a message");
      if (isFinalDeleteFailure(error)) return "kept";
      await this.deleteLater(chatId, messageId, DELETE_AGAIN_SECONDS, log);
      return "later";
    }
  }

  /**
   * Deletes a message the bot may not be allowed to delete (in a group, only an admin may): a refusal is
   * expected there and logged at debug only (ids, on `log`). Never throws.
   */
  async deleteIfAllowed(chatId: number, messageId: number, log = this.logger): Promise<void> {
    try {
      await this.api.call("deleteMessage", { chat_id: chatId, message_id: messageId });
    } catch (error) {
      log.debug({ chatId, messageId, ...describeApiError(error) }, "could not delete a group message");
    }
  }

  /**
   * Schedules the deletion of a message in the store. Never throws: when the store cannot take the job,
   * a timer in this process does it instead (lost if the process stops first, which is logged, on `log`).
   */
  deleteLater(chatId: number, messageId: number, afterSeconds: number, log?: Logger): Promise<void> {
    return this.jobs.later({ chatId, messageId, tries: 0 }, this.clock() + afterSeconds * 1000, log);
  }

  /**
   * Schedules the deletion of a message the bot showed a secret in (see deleteLater), noted with its chat so
   * that `deleteShownNow` can do it early.
   */
  async deleteShownLater(
    chatId: number,
    messageId: number,
    afterSeconds: number,
    log?: Logger,
  ): Promise<void> {
    const dueAt = this.clock() + afterSeconds * 1000;
    // An early run begun before this message was shown does not take it: it is scheduled after that look.
    return this.jobs.later({ chatId, messageId, tries: 0 }, dueAt, log, String(chatId));
  }

  /**
   * Deletes now the chat's messages with a secret in them whose deletion is still waiting (its user has
   * moved on, and the next person at the phone must not read them). Resolves once they are claimed in the
   * store; the deletions go on without holding up the chat's next update (Telegram's flood control may hold
   * them for half a minute, and with long polling every chat waits for the slowest update). Never throws:
   * what cannot be done now is done at its time.
   */
  deleteShownNow(chatId: number, log?: Logger): Promise<void> {
    return this.jobs.runGroupSoon(String(chatId), log);
  }

  /** Starts looking for due deletions; the timer does not keep the process alive. */
  start(): void {
    this.jobs.start();
  }

  /** Stops the poller and waits for a look in progress and the early deletions; the rest stay in the store. */
  stop(): Promise<void> {
    return this.jobs.stop();
  }

  /** Claims the due deletions and performs them. One look at a time per process. */
  runOnce(): Promise<void> {
    return this.jobs.runOnce();
  }
}
