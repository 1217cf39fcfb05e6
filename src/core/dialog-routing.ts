import { suggestCommand, suggestionToType } from "./command-suggestion.js";
import { commandWordOf, type ParsedCommand } from "./commands.js";
import {
  back,
  chooseLanguage,
  menu,
  menuOf,
  menuOrOutageNote,
  replacing,
  runCommand,
} from "./dialog-commands.js";
import { keep, type LoadedDialog } from "./dialog-document.js";
import {
  guidedCodeAtButtons,
  helpInWordsHeard,
  maybeSecretSentAgain,
  secretOutsideForm,
  staleForm,
  takesPassword,
  takesSecret,
  tooLong,
  typedChoice,
  unknownCommand,
} from "./dialog-input.js";
import type { DialogState } from "./dialog-state.js";
import { stepNamed } from "./flows/all-steps.js";
import { runStep } from "./flows/define-step.js";
import { end, say, type FlowContext, type Input, type Transition } from "./flows/flow.js";
import { oldButtonEnd } from "./flows/old-button.js";
import { sameAsLastAnswer } from "./flows/round-answer-digest.js";
import { looksLikeGuidedCode } from "./guided-code-text.js";
import { staffCommandWithoutSlash } from "./staff-command-without-slash.js";
import { isReminderButton } from "./flows/practice-reminder-button.js";
import { startPracticeReminder } from "./flows/practice-reminder-flow.js";
import { reminderButtonTyped } from "./flows/practice-reminder-typed.js";
import { LANGUAGE_CHOICE_PREFIX, languageMenu } from "./i18n/chat-language.js";
import type { Language } from "./i18n/languages.js";
import { languageChoiceNamed, languageWrittenIn } from "./i18n/language-named.js";
import { languageListChoiceTyped } from "./i18n/language-list-words.js";
import { choiceByWords } from "./button-words.js";
import { choiceByNumber, saysNoToANumber, type Inbound, type Reply } from "./messages.js";
import { asksForAnotherQuestion } from "./change-question-words.js";
import { wishAtNewPassword } from "./new-password-wishes.js";
import { asksForHelp } from "./help-words.js";
import { saysPasswordForgotten } from "./forgot-words.js";
import { saysThanks } from "./thanks-words.js";
import { isBackOnlyWord, reservedWord } from "./reserved-words.js";
import { MENU_PREFIX, menuChoiceId, menuCommandOf } from "./start-menu.js";

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
  /** The day of the practice reminder that was the last thing the chat was shown (ChatTurn's `reminderShownDay`). */
  reminderLastDay: number | null = null,
  /**
   * Deleted as maybe a secret typed just after a dialog ended at a secret prompt (see maybeSecretAfterEnd):
   * a "/word" there is read as other such words, not told "I don't know that command".
   */
  deletedAfterEnd = false,
): Promise<Transition> {
  const state = loaded?.document.state;
  // "help", "stop", "back"... act like commands everywhere but at a password prompt. At an answer prompt
  // too: set-up refuses them as answers, so checking one would only cost a try (and count towards a pause).
  // Typed with a slash ("/stop", "/menu", "/back") they are these words, not an unknown command.
  const typedWord =
    inbound.text === undefined ? null : (reservedWord(inbound.text) ?? backInSetUp(state, inbound.text));
  const word =
    typedWord !== null && !takesPassword(state)
      ? typedWord
      : inbound.text !== undefined && helpInWordsHeard(state) && asksForHelp(inbound.text)
        ? "help"
        : null;
  // A "/word" deleted as maybe a secret sent again (at the new-password choice her password may start with
  // "/"), or typed ahead just after a dialog ended at a secret prompt, is read as any such words there:
  // "Did you mean /start?" would name a command near that secret.
  const maybeSecret =
    command === "unknown" &&
    (deletedAfterEnd ||
      (loaded !== null && inbound.text !== undefined && maybeSecretSentAgain(ctx, loaded, inbound.text)));
  const long = tooLong(inbound);
  // Words with no dialog open: the menu follows, else "too long" is the last word, with nothing to tap (in
  // a directory outage, the note in the menu's place). A "/command" stays refused alone, before anything
  // (her own links included) is looked up.
  if (long !== null && loaded === null && command === null) return end(long, await menuOrOutageNote(ctx));
  const refused =
    long ?? (word === null && !maybeSecret ? await unknownCommandTold(ctx, inbound, command, state) : null);
  if (refused !== null) return keep(loaded, refused);
  // Her third answer sent again (a slow phone's second Send) at the new-password choice: never the choice it
  // may read as ("make one", "Option 1"). The engine deletes it (maybeSecretSentAgain).
  if (
    command === null &&
    typedWord === null &&
    inbound.choice === undefined &&
    inbound.text !== undefined &&
    state?.name === "reset.choose" &&
    sameAsLastAnswer(ctx, state, inbound.text)
  )
    return keep(loaded, say("reset.lastAnswerAgain"));
  if (command !== null && command !== "unknown") return runCommand(ctx, command, loaded);
  if (word !== null) {
    if (word === "back") return back(loaded);
    if (word === "help" && state === undefined) return helpInWordsWritten(ctx, inbound.text, loaded);
    return runCommand(ctx, { name: word, argument: "" }, loaded);
  }
  // At "Type your new password" and "Type the same password again", the bot's own words ("change language",
  // "i want to stop", 中文): that wish, not the password she is choosing (see new-password-wishes.ts). "go
  // back" and "start again" the steps read themselves.
  const wish =
    (state?.name === "reset.newPassword" || state?.name === "reset.confirmPassword") &&
    inbound.text !== undefined
      ? wishAtNewPassword(inbound.text, ctx.deps.settings.languages)
      : null;
  if (wish !== null && "command" in wish)
    return runCommand(ctx, { name: wish.command, argument: "" }, loaded);
  if (wish !== null && "language" in wish) return chooseLanguage(ctx, wish.language, loaded);
  // Right after the language list shown in a step, its number or name is a language, not a password or an answer.
  const language = languageTypedAfterList(ctx, inbound, loaded);
  if (language !== undefined) return routeChoice(ctx, language, loaded, null);
  const notALanguage = noToALanguageNumber(inbound, loaded, ctx);
  if (notALanguage !== null) return notALanguage;
  const stale = staleForm(inbound, loaded);
  if (stale !== null && state === undefined) {
    // A box of a dialog that ended: why it ended if it timed out, else that the box is old; then the menu,
    // to go on from (an open dialog asks its question again instead).
    return end(expiredNotice ?? stale, await menu(ctx));
  }
  const misplaced = stale ?? secretOutsideForm(inbound, state);
  if (misplaced !== null) return keep(loaded, misplaced);

  if (inbound.choice !== undefined) return routeChoice(ctx, inbound.choice, loaded, expiredNotice);
  if (state === undefined) {
    // The answer to a dialog's last question, which timed out: why we stopped, then the menu.
    if (expiredNotice !== null) return end(expiredNotice, await menu(ctx));
    return atStartMenu(ctx, inbound, reminderLastDay);
  }
  const input: Input = inbound.text === undefined ? { kind: "other" } : { kind: "text", text: inbound.text };
  // A typed number is its button: as if tapped.
  const typed = typedChoice(ctx, loaded!, input);
  if (typed !== null) return routeChoice(ctx, typed, loaded, null);
  if (input.kind === "text" && guidedCodeAtButtons(ctx, loaded, input.text))
    return keep(loaded, say("guided.codeTypedBackForStudent"));
  // Words deleted as maybe a secret sent again get the buttons' hint as any non-choice, never an answer as
  // small talk ("Hi! 👋" right under "I deleted that message").
  const step = stepNamed(state.name);
  const deleted =
    input.kind === "text" && step.input === "choice" && maybeSecretSentAgain(ctx, loaded!, input.text);
  const read: Input = deleted ? { kind: "other" } : input;
  return runStep(step, ctx, state, read, loaded!.document.sharedPhone === true);
}

/**
 * "I don't know that command" (see unknownCommand), with the nearest command the writer may use when one is
 * near ("/strat": "Did you mean /start?"). Not at a secret's prompt: what was typed there may be near the
 * secret, and the chat must not hint at it.
 */
async function unknownCommandTold(
  ctx: FlowContext,
  inbound: Inbound,
  command: ParsedCommand | "unknown" | null,
  state: DialogState | undefined,
): Promise<Reply | null> {
  const unknown = unknownCommand(command, state);
  if (unknown === null || takesSecret(state)) return unknown;
  const typed = commandWordOf(inbound.text);
  const near = typed === null ? null : await suggestCommand(ctx, typed);
  if (near === null) return unknown;
  return say("chat.unknownCommandDidYouMean", { command: suggestionToType(near, inbound.text) });
}

/** The language list's choice a typed number picks, when the list came with the step's question. */
export function languageNumberAfterList(
  ctx: FlowContext,
  inbound: Inbound,
  loaded: LoadedDialog | null,
): string | undefined {
  if (loaded?.document.languageList !== true || inbound.text === undefined) return undefined;
  return choiceByNumber(languageMenu(ctx.deps, MENU_PREFIX).choices ?? [], inbound.text)?.id;
}

/**
 * The language list's choice a typed number picks, or its number in words ("二", "empat", "number four") or
 * the language's name ("中文", "Bahasa Melayu"), read as with no dialog open (languageListChoiceTyped): no
 * user ID, password or answer right after the list.
 */
export function languageTypedAfterList(
  ctx: FlowContext,
  inbound: Inbound,
  loaded: LoadedDialog | null,
): string | undefined {
  if (loaded?.document.languageList !== true || inbound.text === undefined) return undefined;
  const list = languageMenu(ctx.deps, MENU_PREFIX).choices ?? [];
  return languageListChoiceTyped(list, inbound.text, ctx.deps.settings.languages) ?? undefined;
}

/**
 * "no 4" right after the language list shown inside a dialog: maybe "not that one" (saysNoToANumber), no
 * language and no answer either. As with no dialog open: how to choose, the list again, and the step's
 * question again.
 */
function noToALanguageNumber(
  inbound: Inbound,
  loaded: LoadedDialog | null,
  ctx: FlowContext,
): Transition | null {
  if (loaded?.document.languageList !== true || inbound.text === undefined) return null;
  if (!saysNoToANumber(inbound.text)) return null;
  const list = languageMenu(ctx.deps, MENU_PREFIX);
  const hint = say("input.useButtons", { max: list.choices?.length ?? 0 });
  return { next: loaded.document.state, say: [hint, list], languageList: true };
}

/**
 * A message with no dialog open, as an answer to the start menu (a linked teacher's: her own). A typed
 * number is its button, as in a step, and so are its words ("I forgot my password", see choiceByWords). What can only be a try at a choice and is none (another number, an
 * empty line, an emoji, a sticker) gets the hint, as in a step, and the menu again. Words get the menu
 * alone: they may be no answer to it at all ("hi" to begin with, a question), and the menu is the answer to
 * those; a password typed where none is asked for is among them (it is deleted, see looksLikePassword).
 */
async function atStartMenu(
  ctx: FlowContext,
  inbound: Inbound,
  reminderLastDay: number | null,
): Promise<Transition> {
  const { reply, staff } = await menuOf(ctx);
  const choices = reply.choices ?? [];
  const text = inbound.text;
  // "1" or "first" under the term's reminder, which came alone with its one button: that button, not the menu's.
  const reminder = staff || text === undefined ? null : reminderButtonTyped(ctx, text, reminderLastDay);
  if (reminder !== null) return routeChoice(ctx, reminder, null, null);
  const picked =
    text === undefined
      ? undefined
      : (choiceByNumber(choices, text) ?? choiceByWords(choices, text, ctx.deps.settings.languages));
  if (picked !== undefined) return routeChoice(ctx, picked.id, null, null);
  // "no 2", "not 2": maybe "not that one"; how to choose, and the menu again.
  const hint = say(staff ? "input.staffUseButtons" : "input.useButtons", { max: choices.length });
  if (text !== undefined && saysNoToANumber(text)) return end(hint, reply);
  // "setup" or "reset" without the slash, as the help list writes them: that command's button, if offered.
  const named = text === undefined ? undefined : menuCommandTyped(choices, text);
  if (named !== undefined) return routeChoice(ctx, named.id, null, null);
  // "guided S1001", "coverage 4A": one of her commands without the slash, and the ID or class it acts on.
  const withoutSlash = staff && text !== undefined ? staffCommandWithoutSlash(text) : null;
  if (withoutSlash !== null) return runCommand(ctx, withoutSlash, null);
  // "forgot password", 忘记密码: the menu's "I forgot my password", in the language it is written in.
  const forgot =
    text !== undefined && saysPasswordForgotten(text)
      ? choices.find((choice) => choice.id === menuChoiceId("reset"))
      : undefined;
  if (forgot !== undefined)
    return inLanguageWritten(ctx, text, () => routeChoice(ctx, forgot.id, null, null));
  // "Thank you" (谢谢, terima kasih): you're welcome, with no menu asking again what she just did.
  if (text !== undefined && saysThanks(text))
    return inLanguageWritten(ctx, text, async () => end(say("chat.welcome")));
  // Her language's name ("中文"), typed by a child who cannot read the menu: that language, and the menu in it.
  const language = text === undefined ? null : languageChoiceNamed(text, ctx.deps.settings.languages);
  if (language !== null) return routeChoice(ctx, language, null, null);
  // Words written only in Chinese or Tamil, from a chat that chose no language (its phone's may be English):
  // that language, and the menu in it.
  const written = text === undefined ? null : await languageWrittenHere(ctx, text);
  if (written !== null)
    return routeChoice(ctx, `${MENU_PREFIX}${LANGUAGE_CHOICE_PREFIX}${written}`, null, null);
  if (text !== undefined && /\p{L}/u.test(text)) return end(reply);
  // "Tell your teacher this code": a child often types it back here instead. No menu, which is no help there.
  if (!staff && text !== undefined && looksLikeGuidedCode(text))
    return end(say("guided.codeTypedBackForStudent"));
  return end(hint, reply);
}

/**
 * The language `text` is written in (languageWrittenIn), when it is not the one the chat is answered in and
 * the chat chose none; else null.
 */
async function languageWrittenHere(ctx: FlowContext, text: string): Promise<Language | null> {
  const written = languageWrittenIn(text, ctx.deps.settings.languages);
  if (written === null || written === ctx.language) return null;
  const chosen = ctx.languageChosen ?? (await ctx.deps.store.chatLanguage(ctx.chat)) !== null;
  return chosen ? null : written;
}

/**
 * Help asked for with nothing open. Asked in Chinese or Tamil words (帮助, உதவி) from a chat that chose no
 * language (its phone's may be English), that language is chosen first, as at the start menu, so the help
 * comes in words she can read.
 */
function helpInWordsWritten(
  ctx: FlowContext,
  text: string | undefined,
  loaded: LoadedDialog | null,
): Promise<Transition> {
  return inLanguageWritten(ctx, text, () => runCommand(ctx, { name: "help", argument: "" }, loaded));
}

/**
 * What `run` answers, in the language `text` is written in when the chat chose none (languageWrittenHere):
 * that language is chosen first, and said so.
 */
async function inLanguageWritten(
  ctx: FlowContext,
  text: string | undefined,
  run: () => Promise<Transition>,
): Promise<Transition> {
  const written = text === undefined ? null : await languageWrittenHere(ctx, text);
  if (written === null) return run();
  await ctx.deps.store.setChatLanguage(ctx.chat, written);
  ctx.language = written;
  const ran = await run();
  return { ...ran, say: [say("language.set"), ...(ran.say ?? [])] };
}

/**
 * "balik" at set-up's question list, where "back" goes back (see isBackOnlyWord): "back"; at its answer only as
 * a command ("/balik"), as alone it may be her answer (taken, then she is asked: setup-back-ask.ts). So are the
 * words for another question at its answer ("skip", 换一个问题, *soalan lain*): its help says "Want another
 * question? Then type back.", and set-up refuses them as answers (non-answers version 13).
 */
function backInSetUp(state: DialogState | undefined, text: string): "back" | null {
  if (state?.name === "setup.answer" && asksForAnotherQuestion(text)) return "back";
  const asCommand = state?.name === "setup.answer" && text.trim().startsWith("/");
  return (state?.name === "setup.question" || asCommand) && isBackOnlyWord(text) ? "back" : null;
}

/**
 * The language button's own word in each language, as it reads (🌐 语言 Language, 🌐 Bahasa Language, 🌐 மொழி
 * Language): typed alone, it is that button, as "language" is.
 */
const LANGUAGE_WORDS: ReadonlySet<string> = new Set(["语言", "bahasa", "மொழி"]);

/** The menu's button whose command's name was typed without its slash ("setup", "Set up", "reset", 语言). */
function menuCommandTyped<C extends { id: string }>(choices: readonly C[], text: string): C | undefined {
  const typed = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
  const word = LANGUAGE_WORDS.has(typed) ? "language" : typed;
  return choices.find((choice) => choice.id === `${MENU_PREFIX}${word}`);
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
      return started === null ? oldButton(ctx, loaded) : replacing(loaded, started);
    }
    const picked = menuCommandOf(choice);
    if (picked !== null) return runCommand(ctx, { name: picked, argument: "" }, loaded);
    return oldButton(ctx, loaded);
  }
  if (state === undefined && expiredNotice !== null) return end(expiredNotice, await menu(ctx));
  const dot = choice.indexOf(":");
  const step = Number(choice.slice(0, dot));
  if (state === undefined || dot < 0 || step !== loaded?.document.step) return oldButton(ctx, loaded);
  return runStep(
    stepNamed(state.name),
    ctx,
    state,
    { kind: "choice", value: choice.slice(dot + 1) },
    loaded.document.sharedPhone === true,
  );
}

/** "That button is old": an open dialog asks its question again; with nothing open, the menu follows. */
async function oldButton(ctx: FlowContext, loaded: LoadedDialog | null): Promise<Transition> {
  return loaded === null ? oldButtonEnd(ctx) : keep(loaded, say("button.expired"));
}
