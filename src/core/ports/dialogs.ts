import type { ChatRef } from "../chat.js";

/** A dialog as stored: an opaque JSON document (the core parses it) and its revision for compare-and-set. */
export interface StoredDialog {
  /** Moves on by one with each save: a turn that keeps the dialog saves the revision after the one it loaded. */
  revision: number;
  json: string;
}

/** What beginChatTurn found. */
export type ChatTurn =
  /**
   * A delivery of an update that is not to be run: handled before, or `interrupted`, when its first
   * delivery's turn began and never ended (its process died; or its lock was still held when the wait ran
   * out): what that did is not known. `language`, the chat's choice as below, for telling it; `links` as
   * below, when asked for.
   */
  | { duplicate: true; interrupted?: true; language?: string | null; links?: string[] }
  | {
      duplicate: false;
      /**
       * The lock's token for endChatTurn; null when another update kept the chat busy all the wait, or when
       * the turn needed no lock (`lockFree`).
       */
      token: string | null;
      /**
       * A `lockOnlyForDialog` turn found no dialog open and took no lock: it must store nothing, and has
       * nothing to end or release.
       */
      lockFree?: true;
      /** With `readLinks`: who the chat is linked to (as Links.linkedPeople), read with the turn. */
      links?: string[];
      dialog: StoredDialog | null;
      /**
       * No dialog, but the last one expired unfinished: the marker it was saved with (ChatTurnEnd's
       * `save.marker`, "1" when none was given), else null. See also takeExpiredDialogNotice.
       */
      expiredDialog: string | null;
      /** The chat's own language choice (as ChatLanguages.chatLanguage), or null when none was made. */
      language: string | null;
      /** Another turn of the chat held the lock first: what was read before this turn began may be stale. */
      waited: boolean;
      /**
       * A practice reminder was the last thing the chat was shown (noteReminderShown): the day it was sent
       * on, which names its button; this turn answers it. The note is taken by the turn, so the next one
       * does not find it.
       */
      reminderShownDay?: number;
      /**
       * A new password set for `personId` at `at` that the chat could not show (notePasswordNotShown): this
       * turn tells her. Taken by the turn, as reminderShownDay.
       */
      passwordNotShown?: { at: number; personId: string };
    };

/** What beginChatTurn is asked to do (see there). */
export interface ChatTurnRequest {
  updateId?: string;
  dedupeTtlSeconds: number;
  lockTtlMs: number;
  waitMs: number;
  /**
   * How long a delivery of an update waits, at most, while that update's first delivery holds the chat's
   * lock (it began and has not ended; it may still be at work: a slow directory), when that is longer than
   * `waitMs`. Its answer is the one the sender gets: this delivery is then dropped, or told as interrupted
   * once the chat is free, had that one died. The chat held by another update's turn, it waits `waitMs`.
   */
  firstDeliveryWaitMs?: number;
  lockOnlyForDialog?: boolean;
  readLinks?: boolean;
}

/** What endChatTurn does before it releases the lock: save the dialog, end it, or neither. */
export interface ChatTurnEnd {
  /**
   * As saveDialog. `marker`: a short code (a character or two) kept for a day after the dialog, told back as
   * `expiredDialog` if it expires unfinished, so the notice can say what was lost; "1" when not given.
   */
  save?: { expectedRevision: number | null; json: string; idleSeconds: number; marker?: string };
  /** As endDialog. */
  end?: boolean;
  /** Forget that the last dialog expired (the student has been told). */
  forgetExpiredNotice?: boolean;
  /**
   * With `end`: leave this marker for `ms` in place of the dialog's (told back as `expiredDialog` while it
   * lasts), rather than nothing: see SECRET_TAKEN in dialog-expiry.ts. Without `save` or `end`, with no
   * dialog open: leave it in place of any marker (after `forgetExpiredNotice`), see MAYBE_SECRET.
   */
  endMarker?: { value: string; ms: number };
}

/**
 * A chat's dialog and the lock that serialises its updates. The dialog engine's own port: it begins and
 * ends each update's turn here. Others use it only to end or inspect a dialog (a long step, a test).
 */
export interface Dialogs {
  /**
   * The start of one update's work, in one round trip: drops a redelivered update (`updateId` seen in this
   * chat within `dedupeTtlSeconds`), takes the chat's lock (waiting up to `waitMs`, with retries) and loads
   * the dialog. The update is marked begun when its turn takes the lock, and done by the turn's
   * endChatTurn: a delivery of it while its turn holds the chat waits (up to `firstDeliveryWaitMs`); once the
   * chat is free, it is a duplicate, `interrupted` when the first turn never ended, and so is one whose wait
   * runs out with the lock still held (never run twice). An update that never got the lock is not marked.
   * `lockOnlyForDialog`: a turn that stores nothing unless a dialog is open (/help): with none open it takes
   * no lock (`lockFree`), though it still waits while another turn holds one. `readLinks`: also read who
   * the chat is linked to, in the same round trip, once the turn may begin (a turn it waited for may have
   * changed them).
   */
  beginChatTurn(chat: ChatRef, turn: ChatTurnRequest): Promise<ChatTurn>;
  /**
   * The end of one update's work, in one round trip: `end`'s save or end of the dialog, then the lock
   * released. False when the save found the dialog changed by someone else (nothing saved then).
   */
  endChatTurn(chat: ChatRef, token: string, end: ChatTurnEnd): Promise<boolean>;
  /**
   * Notes that a practice reminder was just sent to the chat, on `day` (its button's day), for `ttlMs` (as
   * long as its button works), in place of any earlier one: the chat's next turn finds it (ChatTurn's
   * `reminderShownDay`) and takes it, whatever that turn is.
   */
  noteReminderShown(chat: ChatRef, day: number, ttlMs: number): Promise<void>;
  /**
   * Notes that a new password for `personId`, set at `at`, could not be shown in the chat, for `ttlMs`, in
   * place of any earlier note: the chat's next turn finds it (ChatTurn's `passwordNotShown`) and takes it.
   * Never the password.
   */
  notePasswordNotShown(chat: ChatRef, personId: string, at: number, ttlMs: number): Promise<void>;

  /** Waits (up to `waitMs`) for the chat's lock; returns a token for `unlockChat`, or null if still held. */
  lockChat(chat: ChatRef, ttlMs: number, waitMs: number): Promise<string | null>;
  /**
   * Releases the lock held with `token`. With a turn's token (beginChatTurn's, a turn whose step failed),
   * its update is marked done in the same round trip, as endChatTurn would: a delivery of it again is dropped.
   */
  unlockChat(chat: ChatRef, token: string): Promise<void>;
  /** Keeps a held lock for another `ttlMs` (a long step); false if the lock is no longer this token's. */
  extendChatLock(chat: ChatRef, token: string, ttlMs: number): Promise<boolean>;

  loadDialog(chat: ChatRef): Promise<StoredDialog | null>;
  /**
   * Writes the dialog if its stored revision is still `expectedRevision` (null: no dialog yet); false if
   * someone else changed it first. The dialog expires after `idleSeconds` without a save.
   */
  saveDialog(
    chat: ChatRef,
    expectedRevision: number | null,
    json: string,
    idleSeconds: number,
  ): Promise<boolean>;
  /**
   * Leaves `marker` for `ms` in a chat with no dialog open, as endChatTurn's `endMarker` does at the end of
   * its own turn: for a secret another chat's turn showed there (a guided reset's password sent to the
   * child's chat). False, and nothing left, when a dialog is open there.
   */
  leaveEndMarker(chat: ChatRef, marker: string, ms: number): Promise<boolean>;
  /** Ends the dialog on purpose (finished or cancelled): no "timed out" notice follows. */
  endDialog(chat: ChatRef): Promise<void>;
  /**
   * True once if the chat's last dialog expired unfinished, so the bot can say so politely.
   * saveDialog leaves a marker that outlives the dialog by a day for this.
   */
  takeExpiredDialogNotice(chat: ChatRef): Promise<boolean>;
}
