import type { PendingDeletion, PendingDeletions } from "../../core/ports/pending-deletions.js";
import type { Logger } from "../../logging/create-logger.js";
import type { MessageDeletions } from "./message-deletions.js";
import { updateToEvent } from "./update-to-inbound.js";

/** The channel's name on its notes. */
const CHANNEL = "telegram";

/** Telegram lets a bot delete a message for 48 hours; a note is of no use after that. */
const NOTE_TTL_MS = 48 * 3600 * 1000;

/** How often each process looks for notes left behind by a process that stopped (any replica's). */
export const LEFT_BEHIND_LOOK_EVERY_MS = 5 * 60_000;

/**
 * The webhook answers Telegram after at most 2 s, even while the update is still at work, and Telegram then
 * never sends it again. A private message still at work may be the password or answer its step asked for,
 * not deleted yet: a process stopped then (a crash, a deploy) would leave it in the child's chat for good.
 * So such a message is noted in the store (its chat and id only) before that answer and forgotten once its
 * work is done. A note still there once no turn can be at work on its message (`longestTurnMs` after it was
 * made) was left by a process that stopped: the channel's start and every process's look every few minutes
 * delete its message, so a replica that keeps running cleans up after one that died, and a replica starting
 * during a rolling deploy leaves alone the messages the others are still answering. Its work cannot be
 * asked whether it carried a secret, so one that did not is deleted too.
 */
export class PendingDeletionNotes {
  /** Forgetting a note once its work is done; `settled` waits for these. */
  private readonly forgetting = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  /** The look in progress, if any: one at a time per process. */
  private looking: Promise<void> | undefined;

  constructor(
    private readonly store: PendingDeletions,
    private readonly deletions: MessageDeletions,
    private readonly clock: () => number,
    private readonly logger: Logger,
    /** A note made longer ago than this is in no turn's hands (ChannelCore.longestTurnMs). */
    private readonly longestTurnMs: number,
  ) {}

  /** Notes the update's private message until `work` is done. Throws when the store cannot take the note. */
  async noteUntilDone(update: unknown, work: Promise<void>): Promise<void> {
    const message = privateMessageOf(update);
    if (message === null) return;
    await this.store.notePendingDeletion(CHANNEL, message, this.clock(), NOTE_TTL_MS);
    const forgotten = work
      .then(() => this.store.forgetPendingDeletion(CHANNEL, message))
      // The message is dealt with; a note left behind only deletes it again at the next start.
      .catch((error: unknown) => this.logger.warn({ err: error }, "could not forget a pending deletion"))
      .finally(() => this.forgetting.delete(forgotten));
    this.forgetting.add(forgotten);
  }

  /**
   * Deletes the messages noted by a process that stopped before it deleted them (see deleteNow: one Telegram
   * will not delete just then is left to a deletion job), and forgets their notes: only notes made at least
   * `longestTurnMs` ago, as a younger one's turn may still be at work (here or on another replica). Never
   * throws; one look at a time.
   */
  deleteLeftBehind(): Promise<void> {
    this.looking ??= this.lookOnce().finally(() => (this.looking = undefined));
    return this.looking;
  }

  /** Looks for notes left behind every few minutes; the timer does not keep the process alive. */
  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => void this.deleteLeftBehind(), LEFT_BEHIND_LOOK_EVERY_MS);
    this.timer.unref();
  }

  /** Stops the regular look and waits for one in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.looking;
  }

  private async lookOnce(): Promise<void> {
    let notes: PendingDeletion[];
    try {
      const now = this.clock();
      // Every note is kept NOTE_TTL_MS, so one made longestTurnMs ago ends then.
      notes = await this.store.pendingDeletions(CHANNEL, now, now - this.longestTurnMs + NOTE_TTL_MS);
    } catch (error) {
      this.logger.warn({ err: error }, "could not read the messages left to delete by an earlier stop");
      return;
    }
    for (const note of notes) {
      await this.deletions.deleteNow(Number(note.chatId), Number(note.messageId));
      await this.store
        .forgetPendingDeletion(CHANNEL, note)
        .catch((error: unknown) => this.logger.warn({ err: error }, "could not forget a pending deletion"));
    }
    if (notes.length > 0) {
      this.logger.info(
        { count: notes.length },
        "deleted the messages a stopped process left before it could delete them",
      );
    }
  }

  /** Resolves once every note whose work is done has been forgotten. */
  async settled(): Promise<void> {
    while (this.forgetting.size > 0) await Promise.all(this.forgetting);
  }
}

/** The private message (or edit) an update brought, which its work may delete; null for anything else. */
function privateMessageOf(update: unknown): PendingDeletion | null {
  const event = updateToEvent(update);
  if (event.kind === "message" && event.inbound.isPrivate && event.inbound.messageId !== undefined) {
    return { chatId: String(event.chatId), messageId: event.inbound.messageId };
  }
  if (event.kind === "edited" && event.isPrivate) {
    return { chatId: String(event.chatId), messageId: String(event.messageId) };
  }
  return null;
}
