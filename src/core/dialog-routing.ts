import type { ParsedCommand } from "./commands.js";
import { back, chooseLanguage, menu, replacing, runCommand } from "./dialog-commands.js";
import { keep, type LoadedDialog } from "./dialog-document.js";
import {
  secretOutsideForm,
  staleForm,
  takesPassword,
  tooLong,
  typedChoice,
  unknownCommand,
} from "./dialog-input.js";
import { stepNamed } from "./flows/all-steps.js";
import { runStep } from "./flows/define-step.js";
import { end, say, type FlowContext, type Input, type Transition } from "./flows/flow.js";
import { isReminderButton } from "./flows/practice-reminder-button.js";
import { startPracticeReminder } from "./flows/practice-reminder-flow.js";
import { LANGUAGE_CHOICE_PREFIX } from "./i18n/chat-language.js";
import type { Inbound, Reply } from "./messages.js";
import { reservedWord } from "./reserved-words.js";
import { MENU_PREFIX, menuCommandOf } from "./start-menu.js";

/**
 * Decides which step runs for one inbound: a command, a menu button, the open dialog's step (with the
 * button or the text it was sent), or the start menu. Input that no step may see is answered first.
 */
export async function routeInbound(
  ctx: FlowContext,
  inbound: Inbound,
  command: ParsedCommand | "unknown" | null,
  loaded: LoadedDialog | null,
  /** The notice of a dialog that expired unfinished, to say before the menu; null when there is none. */
  expiredNotice: Reply | null,
): Promise<Transition> {
  const state = loaded?.document.state;
  const refused = tooLong(inbound) ?? unknownCommand(command, state);
  if (refused !== null) return keep(loaded, refused);
  if (command !== null && command !== "unknown") return runCommand(ctx, command, loaded);
  // "help", "stop", "back"... act like commands everywhere but at a password prompt. At an answer prompt
  // too: set-up refuses them as answers, so checking one would only cost a try (and count towards a pause).
  const word = inbound.text === undefined ? null : reservedWord(inbound.text);
  if (word !== null && !takesPassword(state)) {
    if (word === "back") return back(loaded);
    return runCommand(ctx, { name: word, argument: "" }, loaded);
  }
  const misplaced = staleForm(inbound, loaded) ?? secretOutsideForm(inbound, state);
  if (misplaced !== null) return keep(loaded, misplaced);

  if (inbound.choice !== undefined) return routeChoice(ctx, inbound.choice, loaded, expiredNotice);
  if (state === undefined) {
    return end(...(expiredNotice === null ? [] : [expiredNotice]), await menu(ctx));
  }
  const input: Input = inbound.text === undefined ? { kind: "other" } : { kind: "text", text: inbound.text };
  return runStep(stepNamed(state.name), ctx, state, typedChoice(ctx, loaded!, input) ?? input);
}

/**
 * A tapped button: a start-menu one (any time), else one of the open step's, if it is not old. One of a
 * dialog that expired meanwhile says why we stopped (`expiredNotice`), with the menu.
 */
async function routeChoice(
  ctx: FlowContext,
  choice: string,
  loaded: LoadedDialog | null,
  expiredNotice: Reply | null,
): Promise<Transition> {
  const state = loaded?.document.state;
  if (choice.startsWith(MENU_PREFIX)) {
    if (choice.startsWith(`${MENU_PREFIX}${LANGUAGE_CHOICE_PREFIX}`)) {
      const code = choice.slice(MENU_PREFIX.length + LANGUAGE_CHOICE_PREFIX.length);
      return chooseLanguage(ctx, code, loaded);
    }
    if (isReminderButton(choice)) {
      // Only as the bot sent it: otherwise an old button, and whatever was open stays open.
      const started = await startPracticeReminder(ctx, choice);
      return started === null ? keep(loaded, say("button.expired")) : replacing(loaded, started);
    }
    const picked = menuCommandOf(choice);
    if (picked !== null) return runCommand(ctx, { name: picked, argument: "" }, loaded);
    return keep(loaded, say("button.expired"));
  }
  if (state === undefined && expiredNotice !== null) return end(expiredNotice, await menu(ctx));
  const dot = choice.indexOf(":");
  const step = Number(choice.slice(0, dot));
  if (state === undefined || dot < 0 || step !== loaded?.document.step) {
    return keep(loaded, say("button.expired"));
  }
  return runStep(stepNamed(state.name), ctx, state, { kind: "choice", value: choice.slice(dot + 1) });
}
