/** A message a channel still has to delete: its chat and its own id, never what it says. */
export interface PendingDeletion {
  chatId: string;
  messageId: string;
}

/**
 * Messages that may carry a secret, which a channel told the platform it had received before it deleted
 * them (Telegram: a webhook answered while the update was still at work, so Telegram will not send it
 * again). A process that stops before the deletion leaves its note behind, and the channel (its next start,
 * or any replica's regular look) deletes the message once no turn can still be at work on it. Notes are kept per channel.
 */
export interface PendingDeletions {
  /** Notes `message` at `now` for `forMs`, after which the note is dropped. */
  notePendingDeletion(channel: string, message: PendingDeletion, now: number, forMs: number): Promise<void>;
  forgetPendingDeletion(channel: string, message: PendingDeletion): Promise<void>;
  /**
   * The channel's notes still in their time at `now`; the older ones are forgotten. With `endingBy`, only
   * those whose time ends by then (noted at least that much before the newest could be: every note of a
   * channel is kept for the same time, so this picks the notes made long enough ago).
   */
  pendingDeletions(channel: string, now: number, endingBy?: number): Promise<PendingDeletion[]>;
}
