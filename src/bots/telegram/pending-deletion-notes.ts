import type { PendingDeletion, PendingDeletions } from "../../core/ports/pending-deletions.js";
import type { Logger } from "../../logging/create-logger.js";
import type { MessageDeletions } from "./message-deletions.js";
import { updateToEvent } from "./update-to-inbound.js";

/** The channel's name on its notes. */
const CHANNEL = "telegram";

/** Telegram lets a bot delete a message for 48 hours; a note is of no use after that. */
const NOTE_TTL_MS = 48 * 3600 * 1000;

/**
 * The webhook answers Telegram after at most 2 s, even while the update is still at work, and Telegram then
 * never sends it again. A private message still at work may be the password or answer its step asked for,
 * not deleted yet: a process stopped then (a crash, a deploy) would leave it in the child's chat for good.
 * So such a message is noted in the store (its chat and id only) before that answer and forgotten once its
 * work is done; the next start deletes every noted message. Its work cannot be asked whether it carried a
 * secret, so one that did not is deleted too.
 */
export class PendingDeletionNotes {
  /** Forgetting a note once its work is done; `settled` waits for these. */
  private readonly forgetting = new Set<Promise<void>>();

  constructor(
    private readonly store: PendingDeletions,
    private readonly deletions: MessageDeletions,
    private readonly clock: () => number,
    private readonly logger: Logger,
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
   * will not delete just then is left to a deletion job), and forgets their notes. Never throws.
   */
  async deleteLeftBehind(): Promise<void> {
    let notes: PendingDeletion[];
    try {
      notes = await this.store.pendingDeletions(CHANNEL, this.clock());
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
        "deleted the messages an earlier stop left before it could delete them",
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
