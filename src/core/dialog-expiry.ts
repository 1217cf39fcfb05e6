import type { DialogName, DialogState, StateOf } from "./dialog-state.js";
import { say } from "./flows/flow.js";
import type { Reply } from "./messages.js";

/**
 * A dialog that stops unfinished (/cancel, or it expires: DIALOG_IDLE_MINUTES, DIALOG_MAX_MINUTES) is told
 * of in words that say what it had already done: most dialogs changed nothing, but set-up links the chat
 * at the password (and a student who had answers keeps them until the new ones are saved), and the practice
 * round comes after set-up saved the answers. So each save leaves a marker
 * of what the dialog was, a one-digit number: the store keeps it for a day after the dialog, and Redis keeps
 * a small number inside the key's own object (a letter would cost 16 bytes more;
 * test/services/redis-memory.test.ts measures it).
 */

/** The practice round's steps: set-up has saved the answers by then. */
const AFTER_SETUP_SAVED: ReadonlySet<DialogName> = new Set([
  "setup.practiceOffer",
  "setup.practice",
  "setup.practiceFix",
  "setup.practiceFixAgain",
]);

/** Set-up's questions: the password has linked the chat by then, and no answer is saved yet. */
function afterSetupLinked(
  state: DialogState,
): state is StateOf<"setup.question" | "setup.answer" | "setup.backAsk"> {
  return state.name === "setup.question" || state.name === "setup.answer" || state.name === "setup.backAsk";
}

/** Nothing was saved (the marker's value before it told kinds apart, so an older marker reads the same). */
const NOTHING_SAVED = "1";
/** Set-up saved the answers before this dialog. */
const ANSWERS_SAVED = "2";
/** Set-up linked the chat, and saved no answers: the student has none yet. */
const CHAT_LINKED = "3";
/** Set-up run again linked the chat, and saved no answers: the ones saved before still work. */
const OLD_ANSWERS_KEPT = "4";

/**
 * Not a dialog that expired: one that ended on a secret a moment ago (a last answer, a new password), so
 * the next words may be that secret sent again (a slow reply, Send tapped twice). Followed by the secret's
 * keyed digest, and kept only SECRET_AGAIN_MS, never told as a time-out.
 */
export const SECRET_TAKEN = "5";
export const SECRET_AGAIN_MS = 2 * 60_000;

/**
 * Not a dialog that expired: one that ended by showing a new password (a generated one, protected and
 * deleted later), so the next words may be that password retyped into the chat to keep it ("Mango Tiger
 * Cloud 47"). Followed by the keyed digest of its letters and digits (shownSecretDigest), kept as long as
 * the password is shown; never told as a time-out.
 */
export const SECRET_SHOWN = "6";

/**
 * Both at once: a dialog that ended on a secret (the child's last answer, typed on her teacher's phone) with
 * a new password shown. Followed by when (base 36), the secret's digest and the shown password's, each
 * after a dot: the secret counts for SECRET_AGAIN_MS, the password as long as it is shown.
 */
export const SECRET_TAKEN_AND_SHOWN = "7";

/**
 * Not a dialog that expired: one that ended at (or just before) a secret prompt a moment ago (refused, paused,
 * timed out there, or ended on her last answer), so her next words may be answers or a password she typed
 * quickly or that her phone queued. Kept MAYBE_SECRET_MS; while it lasts, words the chat does not read as
 * anything are deleted (maybeSecretAfterEnd). Followed, when the dialog ended on a secret, by its keyed
 * digest as SECRET_TAKEN is (compared with the very next words only). Never told as a time-out.
 */
export const MAYBE_SECRET = "8";
export const MAYBE_SECRET_MS = 3 * 60_000;

/**
 * Put before an expiry marker (as "91"): the dialog was at a secret prompt when saved. Still a small number,
 * so it costs Redis no more than the marker alone.
 */
const AT_SECRET_PROMPT = "9";

/** The expiry marker of a dialog saved at a secret prompt (see AT_SECRET_PROMPT). */
export function atSecretPromptMarker(marker: string): string {
  return `${AT_SECRET_PROMPT}${marker}`;
}

/** An expiry marker as told (without AT_SECRET_PROMPT), and whether its dialog was at a secret prompt. */
export function expiryRead(marker: string | null): { marker: string | null; atSecret: boolean } {
  if (marker === null || marker.length !== 2 || !marker.startsWith(AT_SECRET_PROMPT))
    return { marker, atSecret: false };
  return { marker: marker.slice(AT_SECRET_PROMPT.length), atSecret: true };
}

/** The digests a marker of a dialog that ended on a secret leaves to compare the next words with. */
export interface SecretsBefore {
  /** The secret it ended on (compared as typed), while SECRET_AGAIN_MS lasts. */
  taken?: string;
  /** The new password it showed (compared without case, spaces or punctuation). */
  shown?: string;
}

/** What the marker of a dialog that ended on a secret holds, at `now`; null for any other marker. */
export function secretsBefore(marker: string | null, now: number): SecretsBefore | null {
  if (marker === null) return null;
  // Only words nothing reads are deleted while it lasts (see MAYBE_SECRET), and the secret it ended on.
  if (marker.startsWith(MAYBE_SECRET)) {
    const taken = marker.slice(MAYBE_SECRET.length);
    return taken === "" ? {} : { taken };
  }
  if (marker.startsWith(SECRET_TAKEN)) return { taken: marker.slice(SECRET_TAKEN.length) };
  if (marker.startsWith(SECRET_SHOWN)) return { shown: marker.slice(SECRET_SHOWN.length) };
  if (!marker.startsWith(SECRET_TAKEN_AND_SHOWN)) return null;
  const [at, taken, shown] = marker.slice(SECRET_TAKEN_AND_SHOWN.length).split(".");
  const takenStill = now - parseInt(at ?? "", 36) < SECRET_AGAIN_MS;
  return {
    ...(takenStill && taken !== undefined ? { taken } : {}),
    ...(shown === undefined ? {} : { shown }),
  };
}

/** The marker of a dialog that ended on the secret `taken` and showed the new password `shown` (digests). */
export function secretTakenAndShownMarker(now: number, taken: string, shown: string): string {
  return `${SECRET_TAKEN_AND_SHOWN}${now.toString(36)}.${taken}.${shown}`;
}

/** The marker a dialog in this state leaves, for the notice if it expires. */
export function expiryMarkerOf(state: DialogState): string {
  if (AFTER_SETUP_SAVED.has(state.name)) return ANSWERS_SAVED;
  if (!afterSetupLinked(state)) return NOTHING_SAVED;
  return state.hadAnswers ? OLD_ANSWERS_KEPT : CHAT_LINKED;
}

/**
 * "We stopped because you were away" (the idle limit), or "because this took too long" (the dialog's
 * lifetime, DIALOG_MAX_MINUTES, reached by someone who never went away), and what that means for what the
 * dialog did; on a phone linked to several people, without naming it "your" account or answers.
 */
export function timedOutNotice(marker: string, why: "away" | "long" = "away", sharedPhone = false): Reply {
  const params = { why };
  if (marker === ANSWERS_SAVED)
    return say(sharedPhone ? "chat.timedOutSavedShared" : "chat.timedOutSaved", params);
  if (marker === OLD_ANSWERS_KEPT)
    return say(sharedPhone ? "chat.timedOutKeptShared" : "chat.timedOutKept", params);
  if (marker === CHAT_LINKED)
    return say(sharedPhone ? "chat.timedOutLinkedShared" : "chat.timedOutLinked", params);
  return say("chat.timedOut", params);
}

/**
 * Whether the time-out notice for this marker speaks of someone's account ("linked to your account", "your
 * answers"): on a phone linked to several people (a family phone) whoever comes next may be another of
 * them, so those words are said without "your" (timedOutNotice's sharedPhone).
 */
export function noticeSaysWhose(marker: string): boolean {
  return marker === ANSWERS_SAVED || marker === OLD_ANSWERS_KEPT || marker === CHAT_LINKED;
}

/**
 * What a dialog left behind when the start menu replaces it (/start, "menu"): its "we stopped" words if it
 * had linked the chat or saved answers, so the menu does not hide that; null when it had done nothing.
 */
export function keptNotice(state: DialogState): Reply | null {
  return expiryMarkerOf(state) === NOTHING_SAVED ? null : cancelledNotice(state);
}

/**
 * keptNotice, said to a teacher or admin whose own command stopped a child's practice round, after her set-up
 * saved her answers, on a family phone she shares with her children: whose answers they are, by name ("your
 * answers" would read as hers). Her command does not stop a child's set-up before that (dialog-commands.ts).
 */
export function keptNoticeToStaff(state: DialogState): Reply | null {
  if (expiryMarkerOf(state) !== ANSWERS_SAVED || !("personName" in state) || state.personName === undefined)
    return keptNotice(state);
  return say("staff.setupSavedFor", { name: state.personName });
}

/** "Okay, we stopped" at /cancel, and what that means for what the dialog in this state did. */
export function cancelledNotice(state: DialogState): Reply {
  const marker = expiryMarkerOf(state);
  if (marker === ANSWERS_SAVED) return say("practice.bye");
  if (marker === OLD_ANSWERS_KEPT) return say("chat.cancelledKept");
  return say(marker === CHAT_LINKED ? "chat.cancelledLinked" : "chat.cancelled");
}

/**
 * /setup typed in the middle of set-up, once the password linked the chat: "we start again", and what that
 * leaves (no questions yet, or the old ones still work). "Type /setup to start again" would read oddly there.
 * Another dialog gets its kept notice; null when it had done nothing.
 */
export function restartedNotice(state: DialogState): Reply | null {
  const marker = expiryMarkerOf(state);
  if (marker === CHAT_LINKED) return say("setup.restartLinked");
  if (marker === OLD_ANSWERS_KEPT) return say("setup.restartKept");
  return keptNotice(state);
}
