import { randomInt } from "node:crypto";
import type { ChatRef } from "./chat.js";
import type { CoreDeps } from "./core-deps.js";
import { atSecretPromptMarker, expiryMarkerOf } from "./dialog-expiry.js";
import {
  DIALOG_SCHEMA_VERSION,
  storedDialogDocument,
  onlyTapCounts,
  takesYesOrNo,
  type DialogDocument,
  type DialogState,
  SHARED_PHONE_IDLE_SECONDS,
  SECRET_INPUT_STATES,
} from "./dialog-state.js";
import type { AfterReply, FlowContext, LeaveCause, Transition } from "./flows/flow.js";
import { stepNamed } from "./flows/all-steps.js";
import type { Reply } from "./messages.js";
import type { ChatTurnEnd, StoredDialog } from "./ports/dialogs.js";
import { MENU_PREFIX } from "./start-menu.js";

/** New dialogs start below this step (short enough for Telegram's callback_data with a choice id). */
const FIRST_STEP_LIMIT = 1_000_000_000;

/** An open dialog as stored: its document and the revision a save must match. */
export interface LoadedDialog {
  revision: number;
  document: DialogDocument;
}

/**
 * A stored dialog, read without ending anything; else null, also when the dialog reached its lifetime
 * (DIALOG_MAX_MINUTES): it is over, though still stored until its next turn ends it.
 */
export function storedDocument(
  stored: StoredDialog | null,
  now: number,
  dialogMaxMs: number,
): DialogDocument | null {
  if (stored === null) return null;
  try {
    const parsed = storedDialogDocument.safeParse(JSON.parse(stored.json));
    if (!parsed.success || now - parsed.data.startedAt >= dialogMaxMs) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

/**
 * The step of a stored dialog (what its boxes and buttons carry), as storedDocument reads it: nothing would
 * read a box opened for a dialog past its lifetime.
 */
export function storedStep(stored: StoredDialog | null, now: number, dialogMaxMs: number): number | null {
  return storedDocument(stored, now, dialogMaxMs)?.step ?? null;
}

/**
 * The chat's stored dialog, read: null when there is none or it is of another schema version (it is
 * ended), `lifetimeOver` (with the marker an expiry leaves, see dialog-expiry.ts, and the state it left) when
 * it reached DIALOG_MAX_MINUTES (it is ended too).
 */
export async function loadDialog(
  deps: Pick<CoreDeps, "store" | "logger" | "settings">,
  chat: ChatRef,
  stored: StoredDialog | null,
  now: number,
): Promise<LoadedDialog | { lifetimeOver: string; left: DialogState } | null> {
  if (stored === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(stored.json);
  } catch {
    json = undefined;
  }
  const parsed = storedDialogDocument.safeParse(json);
  if (!parsed.success) {
    // An older (or newer) deploy's dialog: start afresh rather than guess what it meant.
    deps.logger.info("discarded a stored dialog of another schema version");
    await deps.store.endDialog(chat);
    return null;
  }
  if (now - parsed.data.startedAt >= deps.settings.dialogMaxMs) {
    // However busy, a dialog ends this long after it began: a verified reset cannot be kept alive for
    // hours. The student hears "you were away", like after the idle limit.
    deps.logger.info("ended a dialog that reached its lifetime");
    await deps.store.endDialog(chat);
    return { lifetimeOver: markerOf(parsed.data.state), left: parsed.data.state };
  }
  return { revision: stored.revision, document: parsed.data };
}

/**
 * Says something and leaves the open dialog (if any) where it was, asking its question again: at the same
 * step, so what was shown for the question still answers it.
 */
export function keep(loaded: LoadedDialog | null, ...replies: Reply[]): Transition {
  return loaded === null
    ? { end: true, say: replies }
    : { next: loaded.document.state, say: replies, sameStep: true };
}

/** The replies of a transition, and what endChatTurn stores for it (a failed save means "busy"). */
export function applyTransition(
  ctx: FlowContext,
  loaded: LoadedDialog | null,
  transition: Transition,
): { replies: Reply[]; step?: number; end: ChatTurnEnd } {
  if ("end" in transition) {
    return { replies: transition.say, end: loaded === null ? {} : { end: true } };
  }
  const document: DialogDocument = {
    schema: DIALOG_SCHEMA_VERSION,
    // A new dialog starts at a random step, so a box or button of an earlier dialog never matches this one;
    // each turn moves it on, so those of an earlier question go stale, unless the question stays as it was.
    step:
      loaded === null
        ? randomInt(1, FIRST_STEP_LIMIT)
        : loaded.document.step + (transition.sameStep === true ? 0 : 1),
    startedAt: loaded === null ? ctx.now : loaded.document.startedAt,
    state: transition.next,
    ...(transition.languageList === true ? { languageList: true as const } : {}),
    // Kept while the dialog stays in staff steps: a child's own dialog begun from it (/setup, /reset) is not.
    ...(transition.provenOnSharedPhone === true ||
    (loaded?.document.sharedPhone === true && stepNamed(transition.next.name).role === "staff")
      ? { sharedPhone: true as const }
      : {}),
  };
  const prompt = promptOf(ctx, { revision: 0, document });
  // "Tap a button, or type its number (1–N)" with the prompt's real N (the engine says it to a teacher or
  // admin in the adult register, as every message with a staff twin); where a typed number does not count
  // (onlyTapCounts), "tap a button" alone. The terminal still says to type the number: it turns the
  // number into the choice before the core sees it.
  const count = prompt.choices?.length ?? 0;
  const tapOnly = onlyTapCounts(transition.next);
  const hint = takesYesOrNo(transition.next)
    ? "staff.tapOrYesNo"
    : tapOnly
      ? "input.tapOnly"
      : "input.useButtons";
  // A hint said with the language list shown again (a dialog's "no 4" right after it) is the list's own.
  const told = (transition.say ?? []).map((reply): Reply =>
    reply.text.key === "input.useButtons" && transition.languageList !== true
      ? { ...reply, text: { key: hint, params: { max: count } } }
      : reply,
  );
  return {
    replies: [...told, prompt],
    step: document.step,
    end: {
      save: {
        expectedRevision: loaded?.revision ?? null,
        json: JSON.stringify(document),
        idleSeconds: idleSecondsOf(ctx.deps, document),
        marker: markerOf(transition.next),
      },
    },
  };
}

/** How long a dialog may sit idle after a save: less on a shared phone. */
export function idleSecondsOf(deps: Pick<CoreDeps, "settings">, document: DialogDocument): number {
  const idle = deps.settings.dialogIdleSeconds;
  return document.sharedPhone === true ? Math.min(SHARED_PHONE_IDLE_SECONDS, idle) : idle;
}

/**
 * The open state's question, with its buttons stamped with the step so older buttons go stale; a start-menu
 * button (the language list's) is not: it works at any time.
 */
export function promptOf(ctx: FlowContext, loaded: LoadedDialog): Reply {
  const { state, step } = loaded.document;
  const declared = stepNamed(state.name);
  const asked = declared.prompt(ctx, state as never);
  const reply = declared.secret ? { ...asked, expectsSecret: true } : asked;
  if (reply.choices === undefined) return reply;
  const stamped = (id: string) => (id.startsWith(MENU_PREFIX) ? id : `${step}:${id}`);
  return { ...reply, choices: reply.choices.map((c) => ({ ...c, id: stamped(c.id) })) };
}

/** The marker a dialog left in a step that expires quietly: its expiry is told nothing (see timedOutNotice). */
export const QUIET_EXPIRY_MARKER = "0";

/** The marker a save leaves for the dialog's expiry (see dialog-expiry.ts), or the quiet one. */
function markerOf(state: DialogState): string {
  const quietly = stepNamed(state.name).expiresQuietly;
  const quiet = typeof quietly === "function" ? quietly(state as never) : quietly === true;
  if (quiet) return QUIET_EXPIRY_MARKER;
  // At a secret prompt, her next words after a time-out may be answers typed quickly: see MAYBE_SECRET.
  return SECRET_INPUT_STATES.has(state.name)
    ? atSecretPromptMarker(expiryMarkerOf(state))
    : expiryMarkerOf(state);
}

/**
 * The work a turn owes the step it left (StepDeclaration.onLeave): none when the turn stayed in it (`next`
 * of the same name: a retry, or /help that keeps it) or that step asks for nothing. `transition` is the
 * turn's (whose `leaving` says why, else it is the step's own end); none when the dialog's lifetime ended it.
 */
export function leaveWork(
  ctx: FlowContext,
  left: DialogState | undefined,
  transition: Transition | undefined,
): AfterReply[] {
  const next = transition === undefined || "end" in transition ? undefined : transition.next;
  if (left === undefined || next?.name === left.name) return [];
  const { onLeave } = stepNamed(left.name);
  const cause: LeaveCause =
    transition === undefined ? { by: "lifetime" } : (transition.leaving ?? { by: "step" });
  return onLeave === undefined ? [] : [() => onLeave(ctx, left as never, cause)];
}
