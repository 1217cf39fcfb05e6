import {
  numberInWordsSince,
  NUMBER_WORDS_VERSION,
  numbersInWordsAfter,
  NUMBERS_IN_WORDS,
} from "../number-words.js";
import { z } from "zod";
import { answerHashFromText, answerHashToText } from "../answers/answer-hasher.js";
import { checkNewAnswer } from "../answers/answer-rules.js";
import { digestsEqual } from "../answers/keyed-digest.js";
import {
  isKnownNormalisationVersion,
  NORMALISATION_VERSION,
  normaliseAnswer,
} from "../answers/normalise-answer.js";
import {
  CHANGE_QUESTION_REFUSED_SINCE,
  CHILDREN_HELP_REFUSED_SINCE,
  FIFTEENTH_LIST,
  FIFTEENTH_WITH_A_PARTICLE,
  FILLERS_REFUSED_SINCE,
  FOURTEENTH_LIST,
  FOURTEENTH_WITH_A_PARTICLE,
  HELP_WORDS_REFUSED_SINCE,
  NINTH_LIST,
  NINTH_LIST_REFUSED_SINCE,
  NON_ANSWERS_VERSION,
  NOT_UNDERSTOOD_REFUSED_SINCE,
  SKIP_ASKED_REFUSED_SINCE,
  SMALL_TALK,
  SMALL_TALK_REFUSED_SINCE,
  PARTICLES_REFUSED_SINCE,
  THIRTEENTH_LIST,
  THIRTEENTH_WITH_A_PARTICLE,
  TWELFTH_LIST,
  WITH_A_PARTICLE,
  WHAT_IS_THIS_REFUSED_SINCE,
} from "../answers/non-answers.js";
import {
  CHILDREN_HELP_PHRASES,
  FIRST_HELP_PHRASES,
  NOT_UNDERSTOOD_PHRASES,
  WHAT_IS_THIS_PHRASES,
} from "../help-words.js";
import { wordForms } from "../answers/word-forms.js";
import { ALREADY_LINKED_HERE, audit, auditWithSave } from "../audit.js";
import { chatKey } from "../chat.js";
import { restartedNotice } from "../dialog-expiry.js";
import type { StateOf } from "../dialog-state.js";
import { onlyEmoji } from "../emoji.js";
import { keepSetUpLanguage } from "../i18n/chat-language.js";
import { languageChoiceNamed, languageNamed } from "../i18n/language-named.js";
import { choiceByLabel } from "../button-words.js";
import { menuChoiceId } from "../start-menu.js";
import { inRegister, registerOf } from "../i18n/register.js";
import { looksLikeName } from "../looks-like-name.js";
import { looksLikePassword } from "../looks-like-password.js";
import { saysThanks } from "../thanks-words.js";
import { saysHello } from "../greeting-words.js";
import { stuckAtPassword } from "../stuck-at-password.js";
import { typedInFullWidth, wideSpaceAtAnEnd } from "../passwords/password-policy.js";
import type { Person } from "../ports/directory.js";
import type { Store } from "../ports/store.js";
import type { CountedFailure } from "../ports/limit-counters.js";
import { offeredQuestions, QUESTIONS_PER_STUDENT } from "../questions/question-list.js";
import { namesAnOfferedQuestion, questionNamedBy } from "../questions/question-named.js";
import {
  end,
  questionText,
  say,
  stay,
  waitUntil,
  withTheSave,
  type FlowContext,
  type Transition,
} from "./flow.js";
import { defineStep, namesWhatStopped, type Step } from "./define-step.js";
import { isBackOnlyWord } from "../reserved-words.js";
import { ownAccountDisabledReply } from "./own-account-disabled.js";
import {
  hadAnswers,
  personId,
  personVersion,
  pickedAnswer,
  provenPassword,
  setupNormalisation,
} from "./state-fields.js";
import { notifyQuietly } from "./notify-quietly.js";
import { chargeAnswerCheck } from "./charge-answer-check.js";
import { countedPasswordCheck } from "./counted-password-check.js";
import { offerPractice } from "./practice-flow.js";
import { setupAnswerDigest } from "./setup-answer-digest.js";
import { subjectForTypedId } from "./subject.js";
import {
  idBeforePassword,
  idMatchKey,
  isPlainlyNoId,
  readTypedId,
  saysIdNotKnownAtPassword,
} from "./typed-id.js";
import { giveBackIdLookup, payIdLookup } from "./id-lookup.js";
import { noteLinkAfterWrongPassword, noteWrongSetupPassword } from "../limits/spray.js";
import {
  isSecretTyped,
  nextMessageSecret,
  nextMessageSecretOf,
  sameSecretAgain,
  sameSecretNext,
  typedSecret,
  typedSecretOf,
  type TypedSecret,
} from "../secret-again.js";
import { staffIdsAmong } from "./staff/staff-access.js";
import { noteStaffPasswordProven } from "./staff/staff-password-again.js";
import { trustedEmailProves } from "./trusted-email.js";
import { passwordNotAnIdReply } from "./school-id-shapes.js";

/**
 * Set-up (enrolment): the student proves who they are with their user id and current password, which
 * links this chat to them, then picks three different questions and answers each. Running it again
 * replaces the answers, after the password is proven again.
 */
export async function startSetup(ctx: FlowContext): Promise<Transition> {
  const throttled = await ctx.deps.limits.chatBlockedUntil(ctx);
  if (throttled !== null) return end(say("setup.throttled", waitUntil(throttled, ctx.now)));
  return { next: { name: "setup.id" }, say: [say("setup.intro")] };
}

const setupIdState = z.object({
  name: z.literal("setup.id"),
  /** The password just refused: the same words typed here are it sent again, not an ID. */
  refusedPassword: typedSecret.optional(),
});
export const setupIdStep: Step<typeof setupIdState> = defineStep({
  state: setupIdState,
  input: "text",
  role: "anyone",
  secret: false,
  stoppedNotice: namesWhatStopped("setup.stopped"),
  prompt: (ctx) => say("setup.askId", { hint: ctx.deps.settings.loginHint }),
  help: () => say("setup.helpId"),
  // A child who cannot read this types her language's name ("中文"): that language, and the ID asked again.
  // One who forgot her password and chose set-up by mistake types the menu's other button, "I forgot my
  // password" (我忘了密码): that button, as at the start menu, rather than her user ID.
  typedAsChoice: (state, text, ctx) =>
    sameSecretAgain(ctx, state.refusedPassword, text)
      ? null
      : (languageChoiceNamed(text, ctx.deps.settings.languages) ?? resetButtonTyped(ctx, text)),
  async handle(ctx, state, input) {
    // The engine deletes it (see maybeSecretSentAgain); it is no ID, and counts as no try.
    if (sameSecretAgain(ctx, state.refusedPassword, input.text)) {
      return stay({ name: "setup.id" }, say("setup.idLookedLikePassword"));
    }
    // "Thanks" (谢谢) for being asked: no ID, and the ID asked again.
    if (saysThanks(input.text)) return stay(state, say("input.welcomeId"));
    // "Hi" (你好, வணக்கம்) when asked: greeted back, and the ID asked again. Read from the text alone, the same
    // for every school, so no lookup is paid for and nothing tells whether "hai" is someone's ID.
    if (saysHello(input.text)) return stay(state, say("input.helloId"));
    // "Start", "ok", "no", "1": no school's user ID. Told so, and the ID asked again; nothing looked up or
    // counted, and read from the text alone, so the same for every school.
    if (isPlainlyNoId(input.text)) return stay(state, say("input.notAnId"));
    // "S1001 Garden-Lamp-21": her ID and password on one line. The engine deletes it; the ID is kept.
    const idOfTheLine = idBeforePassword(input.text);
    const typed = readTypedId(idOfTheLine === null ? input : { kind: "text", text: idOfTheLine });
    if (!typed.ok) return stay(state, typed.problem);
    const typedId = typed.id;
    // Her password typed into the ID box (the engine deletes it) is never sent to the directory.
    const notAnId = await passwordNotAnIdReply(ctx, typedId, idOfTheLine ?? input.text);
    if (notAnId !== null) return stay(state, notAnId);
    // Before the directory is asked, in one write to Redis: the lookup paid for, the chat's links, and the
    // ID's set-up pause both as a real ID's and as a made-up one's (which it is, the directory tells next),
    // so real and made-up IDs cost the same work.
    const madeUpSubject = subjectForTypedId(ctx, typedId);
    const [lookup, linked, pausedAsTyped, pausedAsMadeUp] = await Promise.all([
      payIdLookup(ctx),
      ctx.deps.store.linkedPeople(ctx.chat),
      ctx.deps.limits.blockedUntil("link", typedId, ctx.now),
      ctx.deps.limits.blockedUntil("link", madeUpSubject, ctx.now),
    ]);
    if ("pausedUntil" in lookup) return end(say("setup.throttled", waitUntil(lookup.pausedUntil, ctx.now)));
    if ("schoolBusy" in lookup) return end(say("error.tooBusy"));
    // An id that matches nobody may be a password typed into the wrong box: only its digest is kept.
    const known = await ctx.deps.directory.findPerson(typedId);
    // Her own chat's account, disabled since it was linked: told so, not asked a password no one can prove.
    const disabled = known === null ? await ownAccountDisabledReply(ctx, typedId, linked) : null;
    if (disabled !== null) return end(disabled);
    const subject = known?.id ?? madeUpSubject;
    // The directory may know the ID by another spelling than the typed one: then its own pause is read.
    const paused =
      known === null
        ? pausedAsMadeUp
        : sameId(known.id, typedId)
          ? pausedAsTyped
          : await ctx.deps.limits.blockedUntil("link", known.id, ctx.now);
    // A full family phone is told now, not after the password. Anyone not already linked here gets the
    // same words after the same work, whether the id exists or not. Nothing is audited: nothing happened,
    // and a record written about the typed id, unproven and unlimited, could push a classmate's real
    // events out of their trail (the refusal after a proven password, in linkChat, is audited).
    if (await chatFullFor(ctx, linked, [typedId, known?.id])) {
      return end(say("setup.chatFull", { max: ctx.deps.settings.reset.maxLinkedPerChat }));
    }
    if (known !== null && (await trustedEmailProves(ctx, known)))
      return proven(ctx, known, "trusted workspace email");
    // Made-up ids are counted and paused exactly like real ones, so a pause says nothing about who exists.
    if (paused !== null) return end(say("setup.paused", waitUntil(paused, ctx.now)));
    // Read from the text alone: the same for real and made-up IDs.
    const lookedLikePassword =
      idOfTheLine === null && looksLikePassword(input.text) ? { idLookedLikePassword: true as const } : {};
    const lookedLikeName = looksLikeName(typedId)
      ? { idLookedLikeName: true as const }
      : /\s/u.test(typedId)
        ? { idHadSpace: true as const }
        : {};
    return {
      next: {
        name: "setup.password",
        typedId: subject,
        lookupId: lookup.lookupId,
        ...lookedLikePassword,
        ...lookedLikeName,
      },
    };
  },
});

/** The start menu's "I forgot my password" button, when `text` is its words in an offered language; else null. */
function resetButtonTyped(ctx: FlowContext, text: string): string | null {
  const reset = { id: menuChoiceId("reset"), label: { key: "menu.reset" as const } };
  return choiceByLabel([reset], text, ctx.deps.settings.languages)?.id ?? null;
}

const setupPasswordState = z.object({
  name: z.literal("setup.password"),
  typedId: z.string().max(64),
  /** The user ID typed looked like a password (and was deleted): it may have been the password. */
  idLookedLikePassword: z.literal(true).optional(),
  /** The user ID typed was words with a space between them: a child's name, most likely. */
  idLookedLikeName: z.literal(true).optional(),
  /** The user ID typed had a space in it and was no name ("S 1001", copied from a sticker). */
  idHadSpace: z.literal(true).optional(),
  /** The chat's paid lookup of that ID, given back once her password proves it. */
  lookupId: z.string().max(40).optional(),
  /**
   * Words just answered with help ("i forgot"), as a keyed digest: the same words typed as the very next
   * message, in a moment, may be her real password, and are checked (see stuckAtPassword).
   */
  stuckWords: nextMessageSecret.optional(),
});
export const setupPasswordStep: Step<typeof setupPasswordState> = defineStep({
  state: setupPasswordState,
  input: "text",
  role: "anyone",
  secret: true,
  stoppedNotice: namesWhatStopped("setup.stopped"),
  prompt: () => say("setup.askPassword"),
  help: () => say("setup.helpPassword"),
  async handle(ctx, withStuckWords, input) {
    // Kept for the very next message only (a turn in between, such as /help, leaves them behind: see
    // sameSecretNext).
    const { stuckWords, ...state } = withStuckWords;
    if (onlyEmoji(input.text)) return stay(state, say("input.emptyPassword"));
    // "I forgot my ID": the ID just taken was a guess ("idk"), so no password can prove it. Back to the ID,
    // told who has it; not counted. Such a sentence is no password a child types for her school account.
    if (saysIdNotKnownAtPassword(input.text)) {
      return { next: { name: "setup.id" }, say: [say("setup.idNotKnownAtPassword")] };
    }
    // "i forgot", "what do i do now": what to do, not counted. A password may be such words: typed again
    // at once, they are checked.
    const stuck = stuckAtPassword(input.text);
    if (stuck !== null && !sameSecretNext(ctx, stuckWords, input.text)) {
      const told = stuck === "forgot" ? "setup.forgotAtPassword" : "setup.stuckAtPassword";
      return stay({ ...state, stuckWords: nextMessageSecretOf(ctx, input.text) }, say(told));
    }
    // "中文", "Tamil": a child who cannot read this types her language's name, as at the ID prompt. That
    // language, and the password asked in it; not counted. Such a word may be a password: typed again at
    // once, it is checked.
    const language = languageNamed(input.text, ctx.deps.settings.languages);
    if (language !== null && !sameSecretNext(ctx, stuckWords, input.text)) {
      await ctx.deps.store.setChatLanguage(ctx.chat, language);
      ctx.language = language;
      return stay({ ...state, stuckWords: nextMessageSecretOf(ctx, input.text) }, say("language.set"));
    }
    // Read from the text alone, the same for every ID, and not counted: her right password in wide letters.
    if (wideSpaceAtAnEnd(input.text)) return stay(state, say("setup.passwordSpaceAtEnd"));
    if (typedInFullWidth(input.text)) return stay(state, say("setup.passwordFullWidth"));
    const checked = await countedPasswordCheck(ctx, state.typedId, input.text);
    if ("blocked" in checked) {
      return end(say("setup.paused", waitUntil(checked.blocked, ctx.now)));
    }
    if ("unanswered" in checked) return unanswered(ctx, state, checked.unanswered);
    const { person, failure } = checked;
    if (person === null) return wrongPassword(ctx, state, failure, input.text);
    // The try is taken back as the link is made: side by side, they leave in one write to Redis. A try
    // that cannot be taken back stays counted (one of the few a right password may cost), never a half link.
    const forgot = ctx.deps.limits.forget("link", state.typedId, failure).catch((error: unknown) => {
      ctx.deps.logger.warn({ err: error, subject: state.typedId }, "could not take back a set-up try");
    });
    const [, linked] = await Promise.all([
      forgot,
      proven(ctx, person, undefined, input.text, state.lookupId),
      noteLinkAfterWrongPassword(ctx, person.id, failure.failures),
    ]);
    return linked;
  },
});

const setupQuestionState = z.object({
  name: z.literal("setup.question"),
  personId,
  personName: z.string(),
  picked: z.array(pickedAnswer).max(3),
  normalisationVersion: setupNormalisation,
  personVersion,
  hadAnswers,
  password: provenPassword,
});
export const setupQuestionStep: Step<typeof setupQuestionState> = defineStep({
  state: setupQuestionState,
  input: "choice",
  role: "anyone",
  secret: false,
  prompt: (ctx, state) => ({
    ...say("setup.pickQuestion", { number: state.picked.length + 1 }),
    choices: questionsLeft(ctx, state).map((q) => ({
      id: q.id,
      label: { key: "question", params: { question: questionText(ctx, q.id) } },
    })),
  }),
  help: () => say("setup.helpQuestion"),
  // "Hi", 谢谢: greeted back (or "you're welcome"), and how to pick a question.
  smallTalk: (said) => say(said === "hello" ? "setup.helloQuestion" : "setup.welcomeQuestion"),
  // A question's word ("food", 食物) is that question; not the password or an answer sent again, which may
  // be another question's word (a toy for a favourite animal): the engine deletes those. Her language's
  // name ("中文") is that language, and the buttons come again in it.
  typedAsChoice: (state, text, ctx) =>
    typedInThisSetUp(ctx, state, text)
      ? null
      : (questionNamedBy(questionsLeft(ctx, state), text)?.id ??
        languageChoiceNamed(text, ctx.deps.settings.languages)),
  async handle(ctx, state, input) {
    const question = offeredQuestions(ctx.deps.questions).find((q) => q.id === input.value);
    if (question === undefined || state.picked.some((p) => p.questionId === question.id)) {
      return stay(state, say("input.useButtons"));
    }
    return { next: { ...state, name: "setup.answer", questionId: question.id } };
  },
});

/** The questions set-up offers that this set-up has not picked yet. */
function questionsLeft(ctx: FlowContext, state: StateOf<"setup.question">) {
  return offeredQuestions(ctx.deps.questions).filter((q) => !state.picked.some((p) => p.questionId === q.id));
}

/** What a set-up knows of the secrets typed in it: only keyed digests, never the secrets. */
interface SetUpSecrets {
  personId: string;
  password?: TypedSecret | undefined;
  picked: readonly {
    answerDigest: string;
    nonAnswersVersion?: number | undefined;
    noQuestionOrNumberWord?: true | undefined;
    numberWordsVersion?: number | undefined;
  }[];
  normalisationVersion?: number | undefined;
}

/**
 * Whether `text` is the password this set-up was proven with or one of the answers it took so far (known by
 * their keyed digests, never kept): at the question buttons, that secret sent again, to delete.
 */
export function typedInThisSetUp(ctx: FlowContext, state: SetUpSecrets, text: string): boolean {
  if (isSecretTyped(ctx, state.password, text)) return true;
  return answeredAs(ctx, state, normaliseAnswer(setupVersionOf(state), text));
}

/** Whether one of the answers set-up took so far normalises to `normalised`, by their keyed digests. */
function answeredAs(ctx: FlowContext, answers: Omit<SetUpSecrets, "password">, normalised: string): boolean {
  return holdsAnswerDigest(answers.picked, setupAnswerDigest(ctx, answers.personId, normalised));
}

/** Whether one of the answers has this keyed digest, every one compared in constant time. */
function holdsAnswerDigest(picked: SetUpSecrets["picked"], answerDigest: string): boolean {
  return picked.reduce((same, p) => digestsEqual(p.answerDigest, answerDigest) || same, false);
}

/** Each list of words set-up once took as answers, oldest first, with the first version that refused it. */
const REFUSED_LATER: readonly (readonly [words: readonly string[], since: number])[] = [
  [FIRST_HELP_PHRASES, HELP_WORDS_REFUSED_SINCE],
  [NOT_UNDERSTOOD_PHRASES, NOT_UNDERSTOOD_REFUSED_SINCE],
  [WHAT_IS_THIS_PHRASES, WHAT_IS_THIS_REFUSED_SINCE],
  [NINTH_LIST, NINTH_LIST_REFUSED_SINCE],
  [CHILDREN_HELP_PHRASES, CHILDREN_HELP_REFUSED_SINCE],
  [SMALL_TALK, SMALL_TALK_REFUSED_SINCE],
  [TWELFTH_LIST, PARTICLES_REFUSED_SINCE],
  [WITH_A_PARTICLE, PARTICLES_REFUSED_SINCE],
  [THIRTEENTH_LIST, CHANGE_QUESTION_REFUSED_SINCE],
  [THIRTEENTH_WITH_A_PARTICLE, CHANGE_QUESTION_REFUSED_SINCE],
  [FOURTEENTH_LIST, FILLERS_REFUSED_SINCE],
  [FOURTEENTH_WITH_A_PARTICLE, FILLERS_REFUSED_SINCE],
  [FIFTEENTH_LIST, SKIP_ASKED_REFUSED_SINCE],
  [FIFTEENTH_WITH_A_PARTICLE, SKIP_ASKED_REFUSED_SINCE],
];

/**
 * The list of non-answers a set-up's answers were all allowed under: today's, unless older code (a deploy in
 * the middle of the set-up) took as an answer words that ask for help ("I need help", then "I don't
 * understand"), or later ones (NINTH_LIST: 好啊, terlupa; CHILDREN_HELP_PHRASES: 我不会, 救命; SMALL_TALK: hello,
 * 谢谢; TWELFTH_LIST: "takde", 秘密; WITH_A_PARTICLE: "dunno la"; THIRTEENTH_LIST: "skip", 换一个问题, and
 * with a particle, "skip la"; FOURTEENTH_LIST: "I don't know yet", "skip please", 我忘了答案, and with a
 * particle; FIFTEENTH_LIST: "can I skip this one", "boleh skip", 可以跳过吗, and with a particle): then the
 * list before those words, so that a
 * reset checks them for her. Only answers that older code took (no nonAnswersVersion, or an older one) are
 * looked for in a list, by a keyed digest of each of its forms: WITH_A_PARTICLE alone has thousands, more of
 * the main thread than the whole set-up, so a set-up this code did entirely makes none.
 */
function nonAnswersVersionOfSetUp(ctx: FlowContext, answers: Omit<SetUpSecrets, "password">): number {
  for (const [words, since] of REFUSED_LATER) {
    const takenBefore = answers.picked.filter((p) => (p.nonAnswersVersion ?? 0) < since);
    if (takenBefore.length > 0 && answeredWithOneOf(ctx, { ...answers, picked: takenBefore }, words))
      return since - 1;
  }
  return NON_ANSWERS_VERSION;
}

/**
 * Whether one of the answers is one of `words`, by their keyed digests (no argon2): an answer set-up refuses
 * now (a question's key word, words asking for help) but code before it took, in a deploy mid-set-up.
 */
function answeredWithOneOf(
  ctx: FlowContext,
  answers: Omit<SetUpSecrets, "password">,
  words: readonly string[],
): boolean {
  if (answers.picked.length === 0) return false;
  return wordForms(words, setupVersionOf(answers)).some((form) => answeredAs(ctx, answers, form));
}

/**
 * Whether `text` at the practice offer is a question's word ("colour") that is neither the set-up's password
 * nor one of the answers it saved (noQuestionWordAnswer): no secret sent again, so it is kept and she is told
 * to tap a button. In a state left by older code, without that mark, it may be one.
 */
export function questionWordNoSecret(
  ctx: FlowContext,
  state: StateOf<"setup.practiceOffer">,
  text: string,
): boolean {
  if (state.noQuestionWordAnswer !== true || !namesAnOfferedQuestion(ctx.deps.questions, text)) return false;
  return !isSecretTyped(ctx, state.password, text);
}

/**
 * Whether `text` at the practice offer is a number written as a word ("one", "first", 一, "satu") that is
 * neither the set-up's password nor one of the answers it saved (noNumberWordAnswer): no secret sent again,
 * so it is read as the button of that number (or kept, with how to choose, past the last one). In a state
 * left by older code, without that mark, it may be one.
 */
export function numberWordNoSecret(
  ctx: FlowContext,
  state: StateOf<"setup.practiceOffer">,
  text: string,
): boolean {
  const since = numberInWordsSince(text);
  if (state.noNumberWordAnswer !== true || since === undefined) return false;
  // Marked by older code ("nombor dua" was no number word to it): the mark says nothing of such words.
  if (since > (state.numberWordsVersion ?? 1)) return false;
  return !isSecretTyped(ctx, state.password, text);
}

export const setupAnswerState = z.object({
  name: z.literal("setup.answer"),
  personId,
  personName: z.string(),
  picked: z.array(pickedAnswer).max(3),
  normalisationVersion: setupNormalisation,
  questionId: z.string(),
  personVersion,
  hadAnswers,
  password: provenPassword,
});
export const setupAnswerStep: Step<typeof setupAnswerState> = defineStep({
  state: setupAnswerState,
  input: "text",
  role: "anyone",
  secret: true,
  prompt: (ctx, state) => say("setup.askAnswer", { question: questionText(ctx, state.questionId) }),
  help: () => say("setup.helpAnswer"),
  async handle(ctx, state, input) {
    const question = offeredQuestions(ctx.deps.questions).find((q) => q.id === state.questionId);
    if (question === undefined) return stay({ ...state, name: "setup.question" }, say("input.useButtons"));
    if (isSecretTyped(ctx, state.password, input.text)) return stay(state, say("answer.isPassword"));
    const version = setupVersionOf(state);
    // Begun by a newer replica (a rollback since): its answers cannot be joined here, so she picks afresh.
    if (!isKnownNormalisationVersion(version)) {
      const { questionId: _asked, normalisationVersion: _newer, ...rest } = state;
      const restarted = restartedNotice(state);
      return {
        next: { ...rest, name: "setup.question", picked: [] },
        say: restarted === null ? [] : [restarted],
      };
    }
    // Another question's word ("animal" at "favourite food"): she meant to choose that question. Refused, not
    // saved as this answer; the words say what to do and never name what she typed.
    if (namesAnOfferedQuestion(ctx.deps.questions, input.text, question.id))
      return stay(state, say("setup.answerIsQuestionWord"));
    const person = { id: state.personId, name: state.personName };
    const checked = checkNewAnswer(input.text, question, person, version);
    // "I don't know" may be the truth (no favourite movie): she is told the way to another question.
    if (!checked.ok && checked.problem.key === "answer.nonAnswer") return stay(state, say("setup.nonAnswer"));
    if (!checked.ok) return stay(state, { text: checked.problem });
    // A keyed digest, not argon2: the check costs no hashing, and the digests go when set-up ends.
    const answerDigest = setupAnswerDigest(ctx, state.personId, checked.normalised);
    if (holdsAnswerDigest(state.picked, answerDigest)) return stay(state, say("answer.sameAsOther"));
    // The hash costs the school 19 MiB of argon2: paid from the chat's budget like an answer check, so
    // that "answer, back, answer..." cannot keep the server hashing.
    const refusal = await chargeAnswerCheck(ctx, "chat");
    if (refusal !== null) return refusal;
    const answerHash = answerHashToText(await ctx.deps.hasher.hash(checked.normalised));
    const taken = {
      questionId: question.id,
      answerHash,
      answerDigest,
      nonAnswersVersion: NON_ANSWERS_VERSION,
      ...(isQuestionOrNumberWord(ctx, checked.normalised, version)
        ? {}
        : { noQuestionOrNumberWord: true as const, numberWordsVersion: NUMBER_WORDS_VERSION }),
    };
    const picked = [...state.picked, taken];
    // "balik": back in Malay, and maybe her answer. Taken as one (as a reset checks it first), then she is
    // asked which she meant (setup-back-ask.ts); a third answer is saved only once she says it is hers.
    if (isBackOnlyWord(input.text))
      return { next: { ...state, name: "setup.backAsk", picked, normalisationVersion: version } };
    if (picked.length < QUESTIONS_PER_STUDENT) {
      const { questionId: _answered, ...rest } = state;
      return { next: { ...rest, name: "setup.question", picked, normalisationVersion: version } };
    }
    return saveAnswers(ctx, state, picked, version);
  },
});

/**
 * Whether an answer set-up takes, normalised with the set-up's version, is one of the words the save looks
 * for (a question's key word, a number in words): told here from the text, where the save has only keyed
 * digests and would make one of each of their 900 forms (see noQuestionOrNumberWord).
 */
function isQuestionOrNumberWord(ctx: FlowContext, normalised: string, version: number): boolean {
  return (
    offeredQuestions(ctx.deps.questions).some((q) => wordForms(q.keywords, version).includes(normalised)) ||
    wordForms(NUMBERS_IN_WORDS, version).includes(normalised)
  );
}

/**
 * The answer normalisation of this set-up's answers: the version its first answer was hashed with, kept in
 * the state, so that a deploy between two answers (a rolling one, or stop-all/start-all with the set-up
 * open) cannot save answers of two versions under one. A state with answers but no version was left by
 * code older than the field: version 2 hashed those answers. See docs/operations.md.
 */
export function setupVersionOf(state: {
  picked: readonly unknown[];
  normalisationVersion?: number | undefined;
}): number {
  if (state.normalisationVersion !== undefined) return state.normalisationVersion;
  return state.picked.length === 0 ? NORMALISATION_VERSION : 2;
}

export const setupSteps = [setupIdStep, setupPasswordStep, setupQuestionStep, setupAnswerStep] as const;

/**
 * Saves the answers only if this chat is still the one linked to the student and nobody re-linked, set up
 * or cleared meanwhile: a chat that lost the race to link a student cannot set their answers.
 */
export async function saveAnswers(
  ctx: FlowContext,
  state: StateOf<"setup.answer">,
  picked: StateOf<"setup.answer">["picked"],
  normalisationVersion: number,
): Promise<Transition> {
  const answers = { personId: state.personId, picked, normalisationVersion };
  // Only answers older code took can be such words unknown to the dialog (see noQuestionOrNumberWord).
  const unmarked = { ...answers, picked: picked.filter((p) => p.noQuestionOrNumberWord !== true) };
  const enrolment = {
    questionIds: picked.map((p) => p.questionId),
    answerHashes: picked.map((p) => answerHashFromText(p.answerHash)),
    ...ctx.deps.hasher.origin,
    normalisationVersion,
    nonAnswersVersion: nonAnswersVersionOfSetUp(ctx, answers),
    enrolledAt: ctx.now,
  };
  const { store } = ctx.deps;
  // Only while this chat is still linked to the student, as well as the version unchanged.
  let savedVersion = state.personVersion + 1;
  let saved = await store.saveEnrolmentIfUnchanged(state.personId, enrolment, state.personVersion, ctx.chat);
  if (!saved && (await savedByThisSetUp(ctx, state))) {
    // This set-up's own save, whose answer was lost (Redis dropped the connection after the write, or the
    // turn's end failed): saved again over it with the answer typed now, still only while this chat is linked.
    saved = await store.saveEnrolmentIfUnchanged(state.personId, enrolment, savedVersion, ctx.chat);
    savedVersion += 1;
  }
  // Audited with the turn's save (see WithSave): nothing in the reply depends on it.
  if (!saved) {
    await auditWithSave(ctx, "enrol", state.personId, "refused", "the link changed during set-up");
    return end(say("setup.linkChanged"));
  }
  await auditWithSave(ctx, "enrol", state.personId, "ok");
  // The save bumped the version: the practice round's changes compare against that.
  return offerPractice(
    state.personId,
    state.personName,
    picked.map((p) => p.questionId),
    savedVersion,
    state.password,
    !offeredQuestions(ctx.deps.questions).some((q) => answeredWithOneOf(ctx, unmarked, q.keywords)),
    enrolment.answerHashes.map((hash) => hash.salt.toString("base64")),
    enrolment.nonAnswersVersion >= SMALL_TALK_REFUSED_SINCE,
    !answeredWithOneOf(ctx, unmarked, NUMBERS_IN_WORDS) && !markedNumberWord(ctx, answers),
    picked.map((p) => p.answerDigest),
    normalisationVersion,
  );
}

/**
 * Whether an answer that code older than NUMBER_WORDS_VERSION marked as no number in words (a deploy mid-set-up)
 * is a way of writing a number read only since ("nombor dua"), by keyed digests of those ways alone. None are
 * made for a set-up this code did entirely.
 */
function markedNumberWord(ctx: FlowContext, answers: Omit<SetUpSecrets, "password">): boolean {
  return answers.picked.some(
    (p) =>
      p.noQuestionOrNumberWord === true &&
      answeredWithOneOf(ctx, { ...answers, picked: [p] }, numbersInWordsAfter(p.numberWordsVersion ?? 1)),
  );
}

/**
 * Whether the answers on record are this set-up's own, saved by an earlier try of its last answer whose
 * reply never came: the version moved by that one save alone, and the answers picked before the last one
 * are the very hashes this dialog holds (each with a salt of its own, so no other set-up has them).
 */
async function savedByThisSetUp(ctx: FlowContext, state: StateOf<"setup.answer">): Promise<boolean> {
  if (state.picked.length === 0) return false;
  const [version, onRecord] = await Promise.all([
    ctx.deps.store.personVersion(state.personId),
    ctx.deps.store.getEnrolment(state.personId),
  ]);
  if (version !== state.personVersion + 1 || onRecord === null) return false;
  return state.picked.every((p, i) => {
    const mine = answerHashFromText(p.answerHash);
    const stored = onRecord.answerHashes[i];
    return (
      onRecord.questionIds[i] === p.questionId &&
      stored !== undefined &&
      stored.salt.equals(mine.salt) &&
      stored.hash.equals(mine.hash)
    );
  });
}

/**
 * The directory never answered her password (it is slow): the try stays counted (see countedPasswordCheck),
 * so she is not asked again at once, where three quick tries would pause her ID. The dialog ends, telling
 * her to wait a few minutes; the pause her try started, if any, is told as the slow system's, not as
 * wrong passwords. The chat's own count is left alone: nothing she typed was found wrong.
 */
async function unanswered(
  ctx: FlowContext,
  state: StateOf<"setup.password">,
  failure: CountedFailure,
): Promise<Transition> {
  await audit(ctx, "link", state.typedId, "failed", "directory unavailable");
  if (failure.blockedUntil !== null)
    return end(say("setup.pausedSlow", waitUntil(failure.blockedUntil, ctx.now)));
  return end(say("setup.directorySlow"));
}

/**
 * A wrong password (or an id that matches nobody: state.typedId is then its digest, and counts as its own
 * subject like any id, so no limit can tell real ids from made-up ones).
 */
async function wrongPassword(
  ctx: FlowContext,
  state: StateOf<"setup.password">,
  failure: CountedFailure,
  typedPassword: string,
): Promise<Transition> {
  const { limits } = ctx.deps;
  await audit(ctx, "link", state.typedId, "failed", "wrong id or password");
  await limits.attemptFailed(ctx, "link", state.typedId, failure);
  await Promise.all([
    limits.fail(ctx, "chat", chatKey(ctx.chat), { about: state.typedId }),
    noteWrongSetupPassword(ctx, state.typedId),
  ]);
  const throttled = await limits.chatBlockedUntil(ctx);
  if (throttled !== null) return end(say("setup.throttled", waitUntil(throttled, ctx.now)));
  if (failure.blockedUntil !== null)
    return end(say("setup.paused", waitUntil(failure.blockedUntil, ctx.now)));
  const idFirst = [
    ...(state.idLookedLikePassword === true ? [say("setup.idLookedLikePassword")] : []),
    ...(state.idLookedLikeName === true ? [say("setup.idLookedLikeName")] : []),
    ...(state.idHadSpace === true ? [say("setup.idHadSpace")] : []),
  ];
  // A child who typed the user ID again as the password types it next where it belongs: no copy to delete.
  const refused = wasTheIdTyped(ctx, state.typedId, typedPassword)
    ? {}
    : { refusedPassword: typedSecretOf(ctx, typedPassword) };
  const wrong = (await answersSavedHere(ctx)) ? "setup.wrongPasswordResetHere" : "setup.wrongPassword";
  return {
    next: { name: "setup.id", ...refused },
    say: [say(wrong), ...idFirst],
  };
}

/**
 * Whether someone linked to this chat has answers saved: a child who forgot her password and chose set-up
 * instead of the reset is told that /reset can give her a new one here. Read from the chat alone, the same
 * whatever ID was typed; a store that does not answer leaves the usual words.
 */
async function answersSavedHere(ctx: FlowContext): Promise<boolean> {
  try {
    const linked = await ctx.deps.store.linkedPeople(ctx.chat);
    const enrolments = await Promise.all(linked.map((id) => ctx.deps.store.getEnrolment(id)));
    return enrolments.some((enrolment) => enrolment !== null);
  } catch (error) {
    ctx.deps.logger.warn({ err: error }, "could not read whether answers are saved in this chat");
    return false;
  }
}

/**
 * The refused password reads as the user ID it was typed for (`subject`: the person's id, or the made-up
 * id's digest): from the text alone, without asking the directory about a password.
 */
function wasTheIdTyped(ctx: FlowContext, subject: string, typedPassword: string): boolean {
  const asId = readTypedId({ kind: "text", text: typedPassword });
  if (!asId.ok) return false;
  const madeUp = subjectForTypedId(ctx, asId.id) === subject;
  return madeUp || idMatchKey(asId.id) === idMatchKey(subject);
}

/**
 * The person is proven (password, or an email the platform vouches for): link, then on to the questions.
 * `password` is the one typed, kept only as its digest (see provenPassword). `lookupId`: the chat's paid
 * lookup of the ID, given back only for the person's first link (see giveBackIdLookup).
 */
async function proven(
  ctx: FlowContext,
  person: Person,
  reason?: string,
  password?: string,
  lookupId?: string,
): Promise<Transition> {
  const linked = await linkChat(ctx, person, reason);
  if (linked === "full") {
    return end(say("setup.chatFull", { max: ctx.deps.settings.reset.maxLinkedPerChat }));
  }
  const { personVersion, alreadyHere, hadAnswers } = linked;
  // Only for the person's first link ever (her record's version is new), which cannot be repeated: a link
  // the chat had, one undone by /logout, or one moved between two chats could be made again and again, at a
  // directory lookup and login each, for nothing. With the turn's save (see WithSave): no round trip of its own.
  if (personVersion === 1) await withTheSave(ctx, () => giveBackIdLookup(ctx, lookupId));
  if (person.role !== "student") {
    // Her password, typed just now: her staff commands here ask for it no sooner than the window allows.
    if (password !== undefined) await noteStaffPasswordProven(ctx, person.id);
    return {
      ...end(say(alreadyHere ? "setup.staffStillLinked" : "setup.staffLinked", { name: person.name })),
      nothingSecretFollows: true,
    };
  }
  const account = ctx.deps.settings.accountName;
  return {
    next: {
      name: "setup.question",
      personId: person.id,
      personName: person.name,
      picked: [],
      personVersion,
      hadAnswers,
      ...(password === undefined ? {} : { password: typedSecretOf(ctx, password) }),
    },
    say: [say(alreadyHere ? "setup.stillLinked" : "setup.linked", { name: person.name, account })],
  };
}

/**
 * This chat holds as many students as it may (staff linked here take no place), and none of its links is
 * `ids` (as typed, or as the directory spells it). Whoever `ids` are: the answer must not depend on them.
 */
/** Whether two spellings of a user ID are one person's, as the store's person keys see it (case, ends). */
function sameId(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

async function chatFullFor(
  ctx: FlowContext,
  linked: string[],
  ids: (string | undefined)[],
): Promise<boolean> {
  const max = ctx.deps.settings.reset.maxLinkedPerChat;
  if (linked.length < max) return false;
  if (linked.length - (await staffIdsAmong(ctx, linked)).length < max) return false;
  return !ids.some((id) => id !== undefined && linked.includes(id.trim().toLowerCase()));
}

/**
 * Links this chat to the person; tells the chat they were linked to before, and the admins. Returns the
 * person's version after the link, for the set-up's save, whether this chat was theirs already, and
 * whether they had answers saved (which this set-up replaces only when it ends).
 */
async function linkChat(
  ctx: FlowContext,
  person: Person,
  reason?: string,
): Promise<{ personVersion: number; alreadyHere: boolean; hadAnswers: boolean } | "full"> {
  const linked = await linkWithinLimit(ctx, person);
  if (linked.full) {
    await auditWithSave(
      ctx,
      "link",
      person.id,
      "refused",
      "this chat is linked to as many people as it may be",
    );
    return "full";
  }
  const { previousChat, version } = linked;
  const result = { personVersion: version, alreadyHere: linked.alreadyLinked, hadAnswers: linked.setUp };
  await markIfSharedWithStudent(ctx, person, linked.othersHere);
  // Proven again from the chat already linked to them, nothing moved: an attempt ("noted"), as whoever knows
  // the password can repeat it at will, and 20 protected events would push the rest of the trail out.
  // With the turn's save (see WithSave), as the rest of its audit: the step has nothing left to ask Redis.
  if (linked.alreadyLinked) await auditWithSave(ctx, "link", person.id, "info", ALREADY_LINKED_HERE);
  // The person's first link ever (her record's version was new): it cannot be repeated, so it is listed even
  // once a flood of repeatable links has filled their part of the day's audit share.
  else if (version === 1)
    await auditWithSave(ctx, "link", person.id, "ok", reason, undefined, "first-of-person");
  else await auditWithSave(ctx, "link", person.id, "ok", reason);
  await keepSetUpLanguage(ctx.deps, ctx.chat, ctx.language, ctx.languageChosen);
  if (previousChat === null || chatKey(previousChat) === chatKey(ctx.chat)) return result;
  // The chat the link moved from, by its key (the actor is the chat it moved to): no secret in either.
  await auditWithSave(ctx, "relink", person.id, "info", `was ${chatKey(previousChat)}`);
  // The chats by their keys, as the other alerts name them, so the admin can tell which chat to ask about.
  // A move between another pair of chats (back again, say) is a new event, not a repeat.
  const [from, to] = [chatKey(previousChat), chatKey(ctx.chat)];
  // A staff account's link gives that chat her staff commands, and /guided is refused for staff: its own advice.
  const account: Record<string, string> = person.role === "student" ? {} : { account: "staff" };
  ctx.deps.alerts.raise({
    kind: "relink",
    subject: person.id,
    details: { from, to, ...account },
    episode: `${from}>${to}`,
  });
  // By name: a family phone holds several children. That chat proved this account, so the name is no news.
  // To a teacher's or admin's old chat in the adult register.
  const notice = say("notice.linkedElsewhere", { account: ctx.deps.settings.accountName, name: person.name });
  await notifyQuietly(ctx, previousChat, inRegister(notice, registerOf(person.role)));
  return result;
}

/**
 * A chat now linked to a staff member and a student (a family phone) is marked for good: staff commands
 * there ask for the staff member's password, even after the child's link moves away (see SharedChats).
 * Nothing to read for the usual chat, linked to one person. A link the directory cannot name just now (it
 * failed, or the account is disabled for a while) may be either: the chat is marked, as the mark only ever
 * asks a staff member for her password, and the child's link may move away before anyone looks again.
 */
async function markIfSharedWithStudent(ctx: FlowContext, person: Person, othersHere: string[]) {
  if (othersHere.length === 0) return;
  const others = await Promise.all(
    othersHere.map((id) => ctx.deps.directory.findPerson(id).catch(() => null)),
  );
  const roles = new Set([person.role, ...others.map((other) => other?.role)]);
  const staff = roles.has("teacher") || roles.has("admin");
  if (roles.has(undefined) || (roles.has("student") && staff))
    await ctx.deps.store.markSharedWithStudent(ctx.chat);
}

/**
 * The store's link, within the chat's limit of students: a staff account takes no place and is never
 * refused. Staff already linked are looked up only when the chat is full by head count (most links are a
 * chat's first).
 */
async function linkWithinLimit(ctx: FlowContext, person: Person): ReturnType<Store["link"]> {
  const { store, settings } = ctx.deps;
  const max = settings.reset.maxLinkedPerChat;
  const self = person.role === "student" ? [] : [person.id];
  const linked = await store.link(ctx.chat, person.id, max, self);
  if (!linked.full) return linked;
  const staff = await staffIdsAmong(ctx, await store.linkedPeople(ctx.chat));
  return staff.length === 0 ? linked : store.link(ctx.chat, person.id, max, [...staff, ...self]);
}
