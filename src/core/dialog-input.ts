import { isMistypedCommand } from "./command-suggestion.js";
import {
  onlyTapCounts,
  SECRET_INPUT_STATES,
  takesYesOrNo,
  type DialogName,
  type DialogState,
} from "./dialog-state.js";
import type { FlowContext, Input } from "./flows/flow.js";
import { promptOf, type LoadedDialog } from "./dialog-document.js";
import { commandWordOf, parseCommand, type ParsedCommand } from "./commands.js";
import { choiceByLabel, choiceByWords } from "./button-words.js";
import { choiceByNumber, saysNoToANumber, type Choice, type Inbound, type Reply } from "./messages.js";
import { numberInWords } from "./number-words.js";
import { stepNamed } from "./flows/all-steps.js";
import { say } from "./flows/flow.js";
import { looksLikePassword } from "./looks-like-password.js";
import { couldBeAPassword } from "./passwords/password-policy.js";
import { asksForHelp } from "./help-words.js";
import { reservedWord } from "./reserved-words.js";
import { smallTalkOf } from "./small-talk.js";
import { isSecretTyped, sameSecretAgain } from "./secret-again.js";
import { ALPHABETIC_MIN_LENGTH } from "./answers/answer-length.js";
import { asksAQuestion, couldBeAnAnswer, fitsAnAnswer } from "./answers/answer-rules.js";
import { numberWordNoSecret, questionWordNoSecret, typedInThisSetUp } from "./flows/setup-flow.js";
import { MENU_PREFIX } from "./start-menu.js";
import { looksLikeGuidedCode } from "./guided-code-text.js";
import { questionWordNoSecretAtReset } from "./flows/new-password-flow.js";
import { sameAsLastAnswer } from "./flows/round-answer-digest.js";
import { isKnownPhrase } from "./known-words.js";
import { staffCommandWithoutSlash } from "./staff-command-without-slash.js";
import { MENU_COMMANDS, staffMenu, startMenu } from "./start-menu.js";
import type { Language } from "./i18n/languages.js";

/**
 * Checks on an inbound message that need no step: its length, a command the bot does not know, a form or
 * a secret sent where it cannot be taken. Each returns what to tell the user, or null when the input may go
 * on. The engine asks them in routeInbound's order.
 */

/** Longer than any answer, id or password can be; longer input is refused before anything else. */
const MAX_INBOUND_CHARS = 512;

/**
 * Steps that take a password, which may start with "/" ("/tigerlily"): there an unknown "/word" is the
 * password. An answer or a code never needs the slash (answers are compared without punctuation), so at
 * their prompts "/strat" is a mistyped command, not a secret answer to save or a try to count.
 */
const PASSWORD_STATES: ReadonlySet<DialogName> = new Set([
  "setup.password",
  "reset.newPassword",
  "reset.confirmPassword",
  "staff.password",
]);

/**
 * Steps that ask for a user ID (a child's own at set-up or the typed-ID reset, a student's for a teacher) or
 * a class: a password typed there by mistake is deleted from the chat (see looksLikePassword).
 */
const USER_ID_STATES: ReadonlySet<DialogName> = new Set([
  "setup.id",
  "reset.id",
  "staff.student",
  "coverage.class",
]);

/**
 * Choice steps that come right after a password or an answer was typed: words typed there are most likely
 * that secret sent again (a slow reply, Send tapped twice), so they are deleted like one.
 */
const AFTER_SECRET_STATES: ReadonlySet<DialogName> = new Set([
  "setup.question",
  "setup.backAsk",
  "setup.practiceOffer",
  "reset.choose",
  "reset.restartAsk",
]);

/**
 * Set-up's own answer prompts: its answer, and the practice round's check and change of the answers this
 * set-up just saved. Set-up takes no help words as an answer now, so none can be one of these.
 */
const SETUP_ANSWER_STATES: ReadonlySet<DialogName> = new Set([
  "setup.answer",
  "setup.practice",
  "setup.practiceFix",
  "setup.practiceFixAgain",
]);

/**
 * Whether "I need help" or a lone "?" (see asksForHelp) asks for help in the open state: with nothing open, and
 * in any dialog but at a password prompt (any words may be a password) or where a saved answer or a code is
 * checked (set-up once took such words as answers: the answer step itself tells, see paidAnswer). At set-up's
 * own answer prompts they are help (SETUP_ANSWER_STATES).
 */
export function helpInWordsHeard(state: DialogState | undefined): boolean {
  if (state === undefined) return true;
  return !takesSecret(state) || SETUP_ANSWER_STATES.has(state.name);
}

/** Whether the open state asks for a user ID. */
export function asksUserId(state: DialogState | undefined): boolean {
  return state !== undefined && USER_ID_STATES.has(state.name);
}

/** Whether the open state takes a password or an answer: its text is deleted and never echoed. */
export function takesSecret(state: DialogState | undefined): boolean {
  return state !== undefined && SECRET_INPUT_STATES.has(state.name);
}

/**
 * Whether the open state takes a password: there, everything typed is the password ("stop" and "back" too;
 * known /commands still work). A password may be any word; an answer or a code never is a command word.
 */
export function takesPassword(state: DialogState | undefined): boolean {
  return state !== undefined && PASSWORD_STATES.has(state.name);
}

/** Too long to be anything the bot asks for; checked before anything reads it (a command's argument too). */
export function tooLong(inbound: Inbound): Reply | null {
  return inbound.text !== undefined && inbound.text.length > MAX_INBOUND_CHARS ? say("input.tooLong") : null;
}

/** "/something" the bot does not know, anywhere but at a password prompt (a password may start with "/"). */
export function unknownCommand(
  command: ParsedCommand | "unknown" | null,
  state: DialogState | undefined,
): Reply | null {
  return command === "unknown" && !takesPassword(state) ? say("chat.unknownCommand") : null;
}

/** A form (a Slack modal) of an earlier step: what it holds answers a question no longer asked. */
export function staleForm(inbound: Inbound, loaded: LoadedDialog | null): Reply | null {
  return inbound.atStep !== undefined && inbound.atStep !== loaded?.document.step
    ? say("form.expired")
    : null;
}

/** A secret typed as a plain message where the channel collects secrets only in a form (Slack). */
export function secretOutsideForm(inbound: Inbound, state: DialogState | undefined): Reply | null {
  return inbound.secretsAllowed === false && inbound.text !== undefined && takesSecret(state)
    ? say("input.useSecureForm")
    : null;
}

/**
 * A number typed where buttons are offered ("2") is that button, on every channel: its id, as a tap would
 * send it; so are a button's own words typed (choiceByWords, not in a state that takes a secret) and the
 * words a step reads as one of its buttons (StepDeclaration.typedAsChoice). Not where only a tap counts (onlyTapCounts); in a state that takes a secret, only a number too
 * short to be one (an answer or a password of digits has 3 or more, as the terminal already reads it:
 * "1" is "Keep my old answer" in the practice round).
 */
export function typedChoice(ctx: FlowContext, loaded: LoadedDialog, input: Input): string | null {
  const { state } = loaded.document;
  if (input.kind !== "text") return null;
  // "no 1", "not 2": maybe "not that one", so no button at all (the step asks again).
  if (saysNoToANumber(input.text)) return null;
  // Where only a tap counts, a number or a label's words never do; "yes" or "no" may (takesYesOrNo).
  if (onlyTapCounts(state)) return takesYesOrNo(state) ? typedWords(loaded, input.text, ctx) : null;
  if (SECRET_INPUT_STATES.has(state.name) && digitsOfAnAnswer(input.text)) return null;
  const choices = promptOf(ctx, loaded).choices ?? [];
  const byNumber = choiceByNumber(choices, input.text)?.id;
  if (byNumber !== undefined) return byNumber;
  // People's names: the step reads them (typedAsChoice), then a number written as a word.
  if (stepNamed(state.name).buttonsArePeople === true)
    return typedWords(loaded, input.text, ctx) ?? numberWordChoice(ctx, state, choices, input.text);
  // A button's words typed ("Make one for me"): that button. Not where a secret is typed: there they are it.
  const byWords = numberWordsPick(ctx, state, input.text) ? choiceByWords : choiceByLabel;
  const byLabel = SECRET_INPUT_STATES.has(state.name)
    ? undefined
    : byWords(choices, input.text, ctx.deps.settings.languages)?.id;
  if (byLabel !== undefined) return byLabel;
  return typedWords(loaded, input.text, ctx);
}

/**
 * Whether a number written as a word ("one", "dua") may pick a button here. Not on the buttons right after a
 * secret (AFTER_SECRET_STATES), where such a word may be her answer sent again ("Satu", a cat's name): it
 * would stay in the chat and act as a button she never meant ("Make one for me"). Set-up's question buttons
 * know its secrets by their digests, so there only those are not read as a number; the practice offer knows
 * whether any answer it follows is a number word.
 */
function numberWordsPick(ctx: FlowContext, state: DialogState, text: string): boolean {
  if (!AFTER_SECRET_STATES.has(state.name)) return true;
  // The practice offer knows whether any answer it follows is a number word (numberWordNoSecret).
  if (state.name === "setup.practiceOffer") return numberWordNoSecret(ctx, state, text);
  if (state.name !== "setup.question" || state.password === undefined) return false;
  return !typedInThisSetUp(ctx, state, text);
}

/** The button whose number was written as a word ("two", 二, dua), where such a word may pick one. */
function numberWordChoice(ctx: FlowContext, state: DialogState, choices: readonly Choice[], text: string) {
  if (!numberWordsPick(ctx, state, text)) return null;
  const number = numberInWords(text);
  return number === undefined ? null : (choices[number - 1]?.id ?? null);
}

/** The button the step reads the typed words as (StepDeclaration.typedAsChoice), as a tap would send it. */
function typedWords(loaded: LoadedDialog, text: string, ctx: FlowContext): string | null {
  const { state } = loaded.document;
  const byWords = stepNamed(state.name).typedAsChoice?.(state as never, text, ctx) ?? null;
  if (byWords === null) return null;
  return byWords.startsWith(MENU_PREFIX) ? byWords : `${loaded.document.step}:${byWords}`;
}

/**
 * Words typed at a step right after a secret that pick none of its buttons and are no plain command word
 * ("back"): maybe the password or the answer sent again (see AFTER_SECRET_STATES). At the user ID asked
 * again after a wrong password, only that password's own words (see secret-again.ts).
 */
export function maybeSecretSentAgain(ctx: FlowContext, loaded: LoadedDialog, text: string): boolean {
  const { state } = loaded.document;
  // The user ID asked again after a wrong password: only that password, known by its digest.
  if (state.name === "setup.id") return sameSecretAgain(ctx, state.refusedPassword, text);
  if (!AFTER_SECRET_STATES.has(state.name)) return false;
  // Her last answer, known by its digest at the new-password choice: that answer, whatever it reads like.
  if (state.name === "reset.choose" && sameAsLastAnswer(ctx, state, text)) return true;
  // Set-up knows each secret typed in it by its keyed digest. Other words are judged by the rules below: an
  // answer typed before its question ("Blue!!") is none sent again, but the secret she is about to save,
  // which must not stay in the chat above its question either.
  if (
    (state.name === "setup.question" || state.name === "setup.backAsk") &&
    typedInThisSetUp(ctx, state, text)
  )
    return true;
  // Set-up takes no "/word" as an answer ("I don't know that command"), and its password it knows by digest
  // (above): a mistyped command on its buttons is no secret sent again, so it is kept and its nearest command
  // suggested, not called "maybe a secret" just above "Did you mean /start?".
  // At the practice offer the password's digest must still be compared: a password can read as a command
  // ("/garden lamp 21"); at the question buttons typedInThisSetUp above has compared it.
  const setUpKnowsItsSecrets =
    (state.name === "setup.practiceOffer" &&
      state.password !== undefined &&
      !isSecretTyped(ctx, state.password, text)) ||
    (state.name === "setup.question" && state.password !== undefined);
  if (setUpKnowsItsSecrets && commandWordOf(text) !== null) return false;
  if (state.name === "setup.practiceOffer" && questionWordNoSecret(ctx, state, text)) return false;
  if (state.name === "setup.practiceOffer" && numberWordNoSecret(ctx, state, text)) return false;
  if (state.name === "reset.choose" && questionWordNoSecretAtReset(ctx, state, text)) return false;
  // "what?": set-up and reset take no answer that asks a question (answer.isQuestion), so it is none sent
  // again; a password may end with "?" ("where is my cat?"): right after her own new password, it may be that,
  // and at a reset's choice any she types (the one she wants, her old one) unless no password can be it.
  const mayBePassword =
    state.name === "reset.choose" &&
    (state.ownPasswordJustTyped === true || couldBeAPassword(text, ctx.deps.settings.password));
  if (asksAQuestion(text) && !looksLikePassword(text) && !mayBePassword) return false;
  // "no 4" at set-up's question list: a button she did or did not mean, no secret (asked again, kept).
  if (saysNoToANumber(text) && !mayBePassword) return false;
  if (!/\p{L}/u.test(text) && !looksLikePassword(text) && !digitsOfAnAnswer(text)) return false;
  // "yes", "ok", "no thanks" to "Shall we check...?": no answer set-up could have saved, nor a password.
  if (
    !looksLikePassword(text) &&
    !couldBeAnAnswer(text) &&
    !smallTalkMayBeSecret(ctx, state, text, mayBePassword)
  )
    return false;
  if (reservedWord(text) !== null || asksForHelp(text)) return false;
  return typedChoice(ctx, loaded, { kind: "text", text }) === null;
}

/**
 * Hello or thank you long enough to be an answer ("thanks", 你好) where it may still be a secret sent again:
 * set-up refuses such words as answers only since non-answers version 11 (SMALL_TALK), so answers saved
 * before may be them, and a password may be them. Set-up knows its password by its digest (at the question
 * list compared already, see typedInThisSetUp), its practice offer and a reset's choice whether her answers
 * may be such words (noSmallTalkAnswer): there they are small talk, unless a password can be them.
 */
function smallTalkMayBeSecret(
  ctx: FlowContext,
  state: DialogState,
  text: string,
  mayBePassword: boolean,
): boolean {
  if (smallTalkOf(text) === null || !fitsAnAnswer(text)) return false;
  if (state.name === "setup.question") return state.password === undefined;
  // After a reset's answers: her set-up refused such words (noSmallTalkAnswer), and no password can be them.
  if (state.name === "reset.choose") return mayBePassword || state.noSmallTalkAnswer !== true;
  if (state.name !== "setup.practiceOffer") return true;
  if (state.noSmallTalkAnswer !== true || state.password === undefined) return true;
  return isSecretTyped(ctx, state.password, text);
}

/**
 * Words that look like a password (looksLikePassword, by the text alone) typed at a question only buttons
 * answer, that pick none of them: no step takes a password there, so it is one typed in the wrong place (a
 * child at a family phone's "Which of you?", a teacher at "How can they prove it's them?"), to be deleted
 * as it is with no dialog open and at a user-ID prompt. A word a step reads as a button (a child's name) is
 * that button.
 */
export function passwordAtButtons(ctx: FlowContext, loaded: LoadedDialog | null, text: string): boolean {
  if (loaded === null || stepNamed(loaded.document.state.name).input !== "choice") return false;
  // A mistyped command ("/langauge") is told "Did you mean...?" and stays (see isMistypedCommand).
  if (!looksLikePassword(text) || reservedWord(text) !== null || isMistypedCommand(text)) return false;
  return typedChoice(ctx, loaded, { kind: "text", text }) === null;
}

/**
 * A guided reset's code (six digits) typed back by a child at a question of hers that only buttons answer
 * (set-up's "Shall we check...?"): she is told to read it out to the grown-up, as with nothing open, not only
 * "tap a button" (nor only "I deleted that message" where it may be a secret sent again, and is deleted).
 * Told from the text alone, like the rest of what is typed there.
 */
export function guidedCodeAtButtons(ctx: FlowContext, loaded: LoadedDialog | null, text: string): boolean {
  if (loaded === null || !looksLikeGuidedCode(text)) return false;
  const { state } = loaded.document;
  const step = stepNamed(state.name);
  if (step.input !== "choice" || step.role !== "anyone") return false;
  // Six digits known by their digest as an answer this set-up just took: that answer, not a code.
  if (
    (state.name === "setup.question" || state.name === "setup.backAsk") &&
    typedInThisSetUp(ctx, state, text)
  )
    return false;
  return typedChoice(ctx, loaded, { kind: "text", text }) === null;
}

/**
 * Digits enough to be an answer ("1917", a favourite movie) or a password of digits: a button's number has
 * one or two, so a longer number picks none and may be that secret sent again.
 */
function digitsOfAnAnswer(text: string): boolean {
  return (text.normalize("NFKC").match(/\p{N}/gu)?.length ?? 0) >= ALPHABETIC_MIN_LENGTH;
}

/** The start menu's buttons and a teacher's or admin's, whose words or number typed pick one. */
const MENU_CHOICES = [...(startMenu("").choices ?? []), ...(staffMenu("admin", true).choices ?? [])];

/**
 * With nothing open, shortly after a dialog ended at (or just before) a secret prompt (see MAYBE_SECRET):
 * whether typed words may be an answer or a password she typed quickly, or that her phone queued. Not a
 * command or a mistyped one ("/helpp", "/covrage 4A"), nor words the chat reads as something (hello,
 * thanks, help, "stop", a menu button's words or number, "I forgot my password", a language's name, a
 * guided code, a staff command without its slash). Another "/word" is read without its slash: a password
 * may begin with one ("/tiger 2015").
 */
export function maybeSecretAfterEnd(text: string, languages: readonly Language[]): boolean {
  // A password may start with "/" ("/tiger 2015" reads as an unknown command): read without it, unless it is
  // a command or a try at one (isMistypedCommand: "/helpp", "/covrage 4A"), which is answered and stays.
  const command = parseCommand(text);
  if (command !== null)
    return (
      command === "unknown" && !isMistypedCommand(text) && maybeSecretAfterEnd(withoutSlash(text), languages)
    );
  if (isKnownPhrase(text) || smallTalkOf(text) !== null) return false;
  if (saysNoToANumber(text) || looksLikeGuidedCode(text) || staffCommandWithoutSlash(text) !== null)
    return false;
  if (choiceByNumber(MENU_CHOICES, text) !== undefined) return false;
  if (choiceByWords(MENU_CHOICES, text, languages) !== undefined) return false;
  const word = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
  if ((MENU_COMMANDS as readonly string[]).includes(word)) return false;
  return /\p{L}/u.test(text) || looksLikePassword(text) || digitsOfAnAnswer(text);
}

/** Typed words without the "/" (or a Chinese keyboard's ／ or 、) they begin with. */
function withoutSlash(text: string): string {
  return text.trim().replace(/^[/／、]/u, "");
}
