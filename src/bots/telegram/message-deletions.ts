import { z } from "zod";
import type { Store } from "../../core/ports/store.js";
import type { Logger } from "../../logging/create-logger.js";
import { describeApiError, isFinalDeleteFailure, type BotApi } from "./retrying-api.js";

/** The store's job kind for "delete this Telegram message later". */
export const DELETE_JOB_KIND = "telegram-delete";

const job = z.object({ chatId: z.number().int(), messageId: z.number().int(), tries: z.number().int() });
type DeleteJob = z.infer<typeof job>;

export interface MessageDeletionsOptions {
  /** How often due deletions are looked for. */
  pollIntervalMs?: number;
  /** Jobs claimed per look; the rest wait for the next one. */
  batchSize?: number;
}

/** A due deletion is at most this late; fine for "deleted after 5 minutes". */
const DEFAULT_POLL_INTERVAL_MS = 5_000;
const DEFAULT_BATCH_SIZE = 50;
/** A deletion that keeps failing for a passing reason (5xx, network) is tried again this often, then dropped. */
const MAX_TRIES = 5;
const RETRY_AFTER_MS = 30_000;

/**
 * Deletes messages from chats: now (a student's message that carried a secret) or later (the bot's own
 * message with a generated password). Later deletions are jobs in the store, so a restart or another
 * replica still performs them; `start` runs the poller that claims and performs the due ones.
 */
export class MessageDeletions {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly localTimers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly api: BotApi,
    private readonly store: Store,
    private readonly clock: () => number,
    private readonly logger: Logger,
    private readonly options: MessageDeletionsOptions = {},
  ) {}

  /** Deletes a message now. Never throws: a failure is logged (ids only) and the dialog goes on. */
  async deleteNow(chatId: number, messageId: number): Promise<boolean> {
    try {
      await this.api.call("deleteMessage", { chat_id: chatId, message_id: messageId });
      return true;
    } catch (error) {
      this.logger.warn({ chatId, messageId, ...describeApiError(error) }, "could not delete a message");
      return false;
    }
  }

  /**
   * Schedules the deletion of a message in the store. Never throws: when the store cannot take the job,
   * a timer in this process does it instead (lost if the process stops first, which is logged).
   */
  async deleteLater(chatId: number, messageId: number, afterSeconds: number): Promise<void> {
    try {
      await this.schedule({ chatId, messageId, tries: 0 }, this.clock() + afterSeconds * 1000);
    } catch (error) {
      this.logger.error(
        { err: error, chatId, messageId },
        "could not schedule a deletion; using a local timer",
      );
      const timer = setTimeout(() => {
        this.localTimers.delete(timer);
        void this.deleteNow(chatId, messageId);
      }, afterSeconds * 1000);
      timer.unref();
      this.localTimers.add(timer);
    }
  }

  /** Starts looking for due deletions; the timer does not keep the process alive. */
  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(
      () => void this.runOnce(),
      this.options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    );
    this.timer.unref();
  }

  /** Stops the poller and waits for a look in progress; jobs not yet due stay in the store. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.localTimers.size > 0) {
      this.logger.error(
        { count: this.localTimers.size },
        "stopping with message deletions only this process knew of",
      );
      for (const timer of this.localTimers) clearTimeout(timer);
      this.localTimers.clear();
    }
    await this.running;
  }

  /** Claims the due deletions and performs them. One look at a time per process. */
  runOnce(): Promise<void> {
    this.running ??= this.performDue().finally(() => (this.running = undefined));
    return this.running;
  }

  private async performDue(): Promise<void> {
    let claimed: string[];
    try {
      claimed = await this.store.claimDueJobs(
        DELETE_JOB_KIND,
        this.clock(),
        this.options.batchSize ?? DEFAULT_BATCH_SIZE,
      );
    } catch (error) {
      this.logger.warn({ err: error }, "could not look for messages due for deletion; will try again");
      return;
    }
    for (const payload of claimed) await this.perform(payload);
  }

  private async perform(payload: string): Promise<void> {
    const parsed = job.safeParse(safeJson(payload));
    if (!parsed.success) {
      this.logger.error("dropped an unreadable message-deletion job");
      return;
    }
    const { chatId, messageId, tries } = parsed.data;
    try {
      await this.api.call("deleteMessage", { chat_id: chatId, message_id: messageId });
    } catch (error) {
      const details = { chatId, messageId, tries: tries + 1, ...describeApiError(error) };
      if (isFinalDeleteFailure(error) || tries + 1 >= MAX_TRIES) {
        this.logger.warn(details, "gave up deleting a protected message");
        return;
      }
      this.logger.warn(details, "could not delete a protected message yet; will try again");
      await this.schedule({ ...parsed.data, tries: tries + 1 }, this.clock() + RETRY_AFTER_MS).catch(
        (scheduleError: unknown) =>
          this.logger.error({ err: scheduleError, chatId, messageId }, "could not reschedule a deletion"),
      );
    }
  }

  private schedule(deletion: DeleteJob, dueAt: number): Promise<void> {
    return this.store.scheduleJob(DELETE_JOB_KIND, JSON.stringify(deletion), dueAt);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
