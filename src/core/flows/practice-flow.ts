import { z } from "zod";
import type { Enrolment } from "../ports/enrolments.js";
import { checkNewAnswer } from "../answers/answer-rules.js";
import { isKnownNormalisationVersion } from "../answers/normalise-answer.js";
import { audit } from "../audit.js";
import type { StateOf } from "../dialog-state.js";
import { end, questionText, say, stay, type FlowContext, type Transition } from "./flow.js";
import { defineStep, type Step } from "./define-step.js";
import { asksToGoBack } from "../back-words.js";
import { noGoingBack } from "./no-going-back.js";
import {
  personId,
  personVersion,
  provenPassword,
  savedDigests,
  savedSalts,
  setupNormalisation,
  earlierAnswers,
} from "./state-fields.js";
import { practiceOfferWords } from "./practice-offer-words.js";
import { isSecretTyped, type TypedSecret } from "../secret-again.js";
import { checkEnrolledAnswer, readAnswer } from "./answer-check.js";
import { chargeAnswerCheck } from "./charge-answer-check.js";
import { yesOrNoAs } from "../yes-or-no.js";
import {
  isNonAnswer,
  nonAnswersVersionOf,
  QUESTION_WORDS_REFUSED_SINCE,
  refusedWhenSaved,
} from "../answers/non-answers.js";
import { namesAnOfferedQuestion } from "../questions/question-named.js";
import type { Question } from "../questions/question-list.js";
import { digestsEqual } from "../answers/keyed-digest.js";
import { practiceFixWords } from "./practice-fix-words.js";
import { setupAnswerDigest } from "./setup-answer-digest.js";
import { NUMBER_WORDS_VERSION } from "../number-words.js";
import { roundAnswerDigest, sameAsEarlier, withEarlierAnswer } from "./round-answer-digest.js";

/**
 * The practice round at the end of set-up, still inside the set-up that began with the password: the child
 * answers the three questions once more, and may change an answer that came out different there and then.
 * It changes no password. Its argon2 work is set-up's own: paid from the chat's budget, one check for each
 * verification or hash, not from the school's.
 */
/**
 * After set-up saved the answers: offer the practice round. `noQuestionWordAnswer`: none of the answers just
 * saved is a question's key word (told by their keyed digests, which stay behind): such a word typed at the
 * offer is then no answer sent again. `noSmallTalkAnswer`: none of them is hello or thank you (set-up
 * refuses those since SMALL_TALK_REFUSED_SINCE, and older code's answers are told by their digests).
 * `noNumberWordAnswer`: none of them is a number written as a word ("one", "first", 一, "satu", see
 * NUMBERS_IN_WORDS), told by their keyed digests: such a word typed at the offer is then its button.
 * `answerDigests`: the keyed digests of the three answers saved (see savedDigests), `normalisationVersion`
 * theirs: words typed at the offer that are none of them may name its buttons (practiceOfferWords).
 */
export function offerPractice(
  personId: string,
  personName: string,
  questionIds: string[],
  personVersion: number,
  password?: TypedSecret,
  noQuestionWordAnswer = false,
  savedSalts?: string[],
  noSmallTalkAnswer = false,
  noNumberWordAnswer = false,
  answerDigests?: string[],
  normalisationVersion?: number,
): Transition {
  const proven = password === undefined ? {} : { password };
  return {
    next: {
      name: "setup.practiceOffer",
      personId,
      personName,
      questionIds,
      personVersion,
      ...proven,
      ...(savedSalts === undefined ? {} : { savedSalts }),
      ...(answerDigests === undefined ? {} : { savedDigests: answerDigests }),
      ...(normalisationVersion === undefined ? {} : { normalisationVersion }),
      ...(noQuestionWordAnswer ? { noQuestionWordAnswer: true as const } : {}),
      ...(noSmallTalkAnswer ? { noSmallTalkAnswer: true as const } : {}),
      ...(noNumberWordAnswer
        ? { noNumberWordAnswer: true as const, numberWordsVersion: NUMBER_WORDS_VERSION }
        : {}),
    },
    say: [say("setup.done")],
  };
}

const practiceOfferState = z.object({
  name: z.literal("setup.practiceOffer"),
  personId,
  personName: z.string(),
  questionIds: z.array(z.string()).length(3),
  personVersion,
  password: provenPassword,
  savedSalts,
  savedDigests,
  /** None of the answers set-up just saved is a question's key word (see offerPractice). */
  noQuestionWordAnswer: z.literal(true).optional(),
  /** None of the answers set-up just saved is hello or thank you (see offerPractice). */
  noSmallTalkAnswer: z.literal(true).optional(),
  /** None of the answers set-up just saved is a number written as a word (see offerPractice). */
  noNumberWordAnswer: z.literal(true).optional(),
  /**
   * The numbers-in-words version (NUMBER_WORDS_VERSION) that told noNumberWordAnswer; absent when older code
   * did (version 1): words read as a number only since may still be an answer sent again.
   */
  numberWordsVersion: z.number().int().min(1).optional(),
  /** The normalisation of the answers saved (see offerPractice). */
  normalisationVersion: setupNormalisation,
});
const yesOrNo = yesOrNoAs("check", "done");
export const practiceOfferStep: Step<typeof practiceOfferState> = defineStep({
  state: practiceOfferState,
  input: "choice",
  role: "anyone",
  secret: false,
  prompt: () => ({
    ...say("practice.offer"),
    choices: [
      { id: "check", label: { key: "practice.check" } },
      { id: "done", label: { key: "practice.noThanks" } },
    ],
  }),
  // "Shall we check...?" is asked as a question: "yes" or "no" (好, "tak nak", வேண்டாம்...) answers it; "check"
  // or "option 1" names a button, unless set-up just saved those words as an answer.
  typedAsChoice: (state, text, ctx) => yesOrNo(state, text) ?? practiceOfferWords(ctx, state, text),
  // "Thank you" (谢谢) for "All done!", or "hi": answered, and how to answer the question.
  smallTalk: (said) => say(said === "hello" ? "practice.helloOffer" : "practice.welcomeOffer"),
  async handle(ctx, state, input) {
    if (input.value === "done") return end(say("practice.bye"));
    if (input.value !== "check") return stay(state, say("input.useButtons"));
    const {
      noQuestionWordAnswer: _checked,
      noSmallTalkAnswer: _none,
      noNumberWordAnswer: _noNumber,
      numberWordsVersion: _numberWords,
      normalisationVersion: _version,
      ...rest
    } = state;
    return { next: { ...rest, name: "setup.practice", index: 0, different: [] } };
  },
});

const practiceState = z.object({
  name: z.literal("setup.practice"),
  personId,
  personName: z.string(),
  questionIds: z.array(z.string()).length(3),
  index: z.number().int().min(0).max(2),
  /** Which answers did not match what was saved; only indices, never an answer. */
  different: z.array(z.number().int().min(0).max(2)).max(3),
  personVersion,
  password: provenPassword,
  savedSalts,
  savedDigests,
  earlierAnswers,
});
export const practiceStep: Step<typeof practiceState> = defineStep({
  state: practiceState,
  input: "text",
  role: "anyone",
  secret: true,
  prompt: (ctx, state) =>
    say("practice.ask", {
      number: state.index + 1,
      question: questionText(ctx, state.questionIds[state.index]),
    }),
  help: () => say("practice.help"),
  async handle(ctx, state, input) {
    const read = readAnswer(input.text);
    if (!read.ok) return stay(state, read.problem);
    if (await setUpAgainSince(ctx, state)) return end(say("setup.linkChanged"));
    // "go back", 上一步 (back-words.ts) set-up refused: none of the answers just saved, and no going back.
    if (asksToGoBack(input.text) && (await refusedBySetUp(ctx, state.personId, input.text)))
      return stay(state, noGoingBack(false));
    // "I forgot" (我忘了, lupa, மறந்துவிட்டேன்), "I don't know": set-up refused it, so it is none of the answers
    // just saved. Checked, it only counted as "different" and asked for the answer to keep. A set-up begun
    // by an older replica may have taken a newer list's word, which is checked as any answer.
    if (isNonAnswer(input.text) && (await refusedBySetUp(ctx, state.personId, input.text)))
      return stay(state, say("practice.help"));
    // The answer she gave an earlier question, sent again (two taps on Send on a slow phone): set-up keeps the
    // three answers different, so it cannot be this one's. Not checked, not "different": the question again.
    const digest = roundAnswerDigest(ctx, state.personId, input.text);
    const earlier = sameAsEarlier(state.earlierAnswers, digest);
    if (earlier !== null) return stay(state, say("practice.sameAnswerAgain", { earlier }));
    const refusal = await chargeAnswerCheck(ctx, "chat");
    if (refusal !== null) return refusal;
    const { matches, unknownPepper } = await checkEnrolledAnswer(
      ctx,
      state.personId,
      state.questionIds,
      state.index,
      read.answer,
    );
    // Another replica with another pepper saved them (the admins are alerted): "some are different" would
    // send the child to change answers that are right.
    if (unknownPepper === true) return end(say("answers.notCheckable"));
    const different = matches ? state.different : [...state.different, state.index];
    if (state.index < 2)
      return { next: { ...state, index: state.index + 1, different, ...withEarlierAnswer(state, digest) } };
    const { personId, personName, questionIds, personVersion, password, savedSalts, savedDigests } = state;
    if (different.length === 0) return end(say("practice.allRight"));
    const proven = password === undefined ? {} : { password };
    return {
      next: {
        name: "setup.practiceFix",
        personId,
        personName,
        questionIds,
        different,
        personVersion,
        ...proven,
        ...(savedSalts === undefined ? {} : { savedSalts }),
        ...(savedDigests === undefined ? {} : { savedDigests }),
      },
      say: [say("practice.someDifferent", { count: different.length })],
    };
  },
});

/** The one button at a changed answer; typed words may mean it too (practiceFixWords). */
const KEEP_CHOICE = { id: "keep", label: { key: "practice.keep" } } as const;

const practiceFixState = z.object({
  name: z.literal("setup.practiceFix"),
  personId,
  personName: z.string(),
  questionIds: z.array(z.string()).length(3),
  /** The answers still to change, first one asked now. */
  different: z.array(z.number().int().min(0).max(2)).min(1).max(3),
  personVersion,
  password: provenPassword,
  savedSalts,
  savedDigests,
});
export const practiceFixStep: Step<typeof practiceFixState> = defineStep({
  state: practiceFixState,
  input: "text-or-choice",
  role: "anyone",
  secret: true,
  prompt: (ctx, state) => ({
    ...say("practice.fix", { question: questionText(ctx, state.questionIds[state.different[0]!]) }),
    choices: [KEEP_CHOICE],
  }),
  help: () => say("practice.helpFix"),
  async handle(ctx, state, input) {
    if (input.kind === "choice")
      return input.value === "keep" ? nextFix(state) : stay(state, say("input.typeInstead"));
    // "2", "number 2", "the new one", "oops": no button and no answer ("needs at least 3 letters" told her
    // nothing). "one", "first", "the old one", the button's words: that button. A typed 1 never gets here: it
    // is the button (typedChoice).
    const words = practiceFixWords(input.text, KEEP_CHOICE, ctx.deps.settings.languages);
    if (words === "keep") return nextFix(state);
    if (words === "noAnswer") return stay(state, say("practice.keepOrType"));
    const index = state.different[0]!;
    const question = ctx.deps.questions.find((q) => q.id === state.questionIds[index]);
    if (question === undefined) return nextFix(state);
    if (isSecretTyped(ctx, state.password, input.text)) return stay(state, say("answer.isPassword"));
    const checked = await checkChange(ctx, state, question, index, input.text);
    if (!checked.ok) return checked.refused;
    const firstDigest = setupAnswerDigest(ctx, state.personId, checked.normalised);
    // One of her other two answers: refused now, as set-up refuses it, not after she typed it twice.
    if (sameAsAnother(state, index, firstDigest)) return stay(state, say("answer.sameAsOther"));
    // Typed twice before it replaces an answer that works, as a new password is: a typo saved here would
    // leave her unable to reset. Only a keyed digest of the first is kept (set-up's own, see setup-flow.ts),
    // and the argon2 work waits for the match, so the second typing adds none.
    return { next: { ...state, name: "setup.practiceFixAgain", firstDigest } };
  },
});

const practiceFixAgainState = practiceFixState.extend({
  name: z.literal("setup.practiceFixAgain"),
  /** A keyed digest of the new answer as first typed (normalised), to compare with the second; never the answer. */
  firstDigest: z.string().max(64),
});
export const practiceFixAgainStep: Step<typeof practiceFixAgainState> = defineStep({
  state: practiceFixAgainState,
  input: "text",
  role: "anyone",
  secret: true,
  prompt: () => say("practice.fixAgain"),
  help: () => say("practice.fixAgain"),
  async handle(ctx, state, input) {
    const { firstDigest, ...rest } = state;
    const back = { ...rest, name: "setup.practiceFix" as const };
    const index = state.different[0]!;
    const question = ctx.deps.questions.find((q) => q.id === state.questionIds[index]);
    if (question === undefined) return nextFix(back);
    // Her password, or words no answer can be: not the answer typed first, which passed these rules.
    const checked = isSecretTyped(ctx, state.password, input.text)
      ? null
      : await checkChange(ctx, back, question, index, input.text);
    if (checked !== null && !checked.ok && checked.stopped) return checked.refused;
    // Not the same (compared in constant time): nothing saved, and she types the answer from the start.
    if (
      checked === null ||
      !checked.ok ||
      !digestsEqual(setupAnswerDigest(ctx, state.personId, checked.normalised), firstDigest)
    )
      return { next: back, say: [say("practice.fixAnswersDiffer")] };
    return saveChange(ctx, back, index, checked, input.text);
  },
});

/** What checkChange found: the new answer, normalised, and the enrolment it replaces one of. */
type Change =
  | { ok: true; normalised: string; enrolment: Enrolment; expectedVersion: number }
  | { ok: false; refused: Transition; stopped: boolean };

/**
 * The checks on a new answer that cost no argon2: the answers on record still this set-up's (or this
 * change's own save), of a parameter set and normalisation this code knows, and the answer rules.
 * `stopped`: the dialog ends (the link changed), not only this answer refused.
 */
async function checkChange(
  ctx: FlowContext,
  state: StateOf<"setup.practiceFix">,
  question: Question,
  index: number,
  text: string,
): Promise<Change> {
  const { store, hasher } = ctx.deps;
  const stopped = { ok: false as const, refused: end(say("setup.linkChanged")), stopped: true };
  const [enrolment, versionNow] = await Promise.all([
    store.getEnrolment(state.personId),
    store.personVersion(state.personId),
  ]);
  if (enrolment === null || enrolment.questionIds.join() !== state.questionIds.join()) return stopped;
  // This change's own save, whose answer was lost (Redis dropped the connection after the write, or the
  // turn's end failed): the answer typed now is saved over it.
  const expectedVersion =
    versionNow === state.personVersion + 1 && savedByThisChange(state, enrolment, index)
      ? versionNow
      : state.personVersion;
  if (versionNow !== expectedVersion) return stopped;
  // One enrolment names one parameter set and pepper: a stale one (a deploy since set-up) is not mixed.
  // Nor one normalisation: the new answer is hashed, and compared with the others, with the enrolment's
  // own version (an older one when the set-up spanned a deploy), which this code must know.
  const version = enrolment.normalisationVersion;
  if (hasher.isStale(enrolment) || !isKnownNormalisationVersion(version)) return stopped;
  const person = { id: state.personId, name: state.personName };
  const checked = checkNewAnswer(text, question, person, version);
  if (!checked.ok) return { ok: false, refused: stay(state, { text: checked.problem }), stopped: false };
  return { ok: true, normalised: checked.normalised, enrolment, expectedVersion };
}

/** Saves the new answer, typed twice the same: its argon2 work (the others compared, one hash) is paid here. */
async function saveChange(
  ctx: FlowContext,
  state: StateOf<"setup.practiceFix">,
  index: number,
  change: Extract<Change, { ok: true }>,
  text: string,
): Promise<Transition> {
  const { store, hasher } = ctx.deps;
  const { enrolment, expectedVersion } = change;
  // A hash, and in a state left by older code (no savedDigests: the first typing could not tell) up to two
  // verifications against the other answers: each paid from the chat's budget before it runs, like every
  // answer check, so that typing another answer again and again cannot keep the server hashing.
  for (const [other, hash] of enrolment.answerHashes.entries()) {
    if (other === index || state.savedDigests !== undefined) continue;
    const refusal = await chargeAnswerCheck(ctx, "chat");
    if (refusal !== null) return refusal;
    if (await hasher.verify(enrolment, hash, change.normalised))
      return stay(state, say("answer.sameAsOther"));
  }
  const refusal = await chargeAnswerCheck(ctx, "chat");
  if (refusal !== null) return refusal;
  const answerHashes = [...enrolment.answerHashes];
  answerHashes[index] = await hasher.hash(change.normalised);
  // Another question's word ("book" for the colour): saved as of version 5, so that version 6 keeps meaning
  // that no answer names a question (see QUESTION_WORDS_REFUSED_SINCE).
  const namesQuestion = namesAnOfferedQuestion(ctx.deps.questions, text);
  const nonAnswersVersion = namesQuestion
    ? Math.min(nonAnswersVersionOf(enrolment), QUESTION_WORDS_REFUSED_SINCE - 1)
    : enrolment.nonAnswersVersion;
  const saved = await store.saveEnrolmentIfUnchanged(
    state.personId,
    {
      ...enrolment,
      answerHashes,
      enrolledAt: ctx.now,
      ...(nonAnswersVersion === undefined ? {} : { nonAnswersVersion }),
    },
    expectedVersion,
  );
  if (!saved) return end(say("setup.linkChanged"));
  await audit(ctx, "enrol", state.personId, "ok", "changed an answer after the practice round");
  const savedSalts = state.savedSalts?.map((salt, i) =>
    i === index ? answerHashes[index]!.salt.toString("base64") : salt,
  );
  const newDigest = setupAnswerDigest(ctx, state.personId, change.normalised);
  const savedDigests = state.savedDigests?.map((digest, i) => (i === index ? newDigest : digest));
  return nextFix(
    {
      ...state,
      personVersion: expectedVersion + 1,
      ...(savedSalts === undefined ? {} : { savedSalts }),
      ...(savedDigests === undefined ? {} : { savedDigests }),
    },
    say("practice.changed"),
  );
}

/**
 * Whether a new answer (by its keyed digest) is one of the other two answers saved, every one compared in
 * constant time; false in a state left by older code, whose save compares them with argon2 instead.
 */
function sameAsAnother(state: StateOf<"setup.practiceFix">, index: number, digest: string): boolean {
  const saved = state.savedDigests ?? [];
  return saved.reduce((same, other, i) => (i !== index && digestsEqual(other, digest)) || same, false);
}

/** The practice round at the end of set-up: answers checked against what was just saved; no password changes. */
export const practiceSteps = [
  practiceOfferStep,
  practiceStep,
  practiceFixStep,
  practiceFixAgainStep,
] as const;

/**
 * Someone re-linked, set up or cleared since this set-up saved: the answers on record are not the ones this
 * chat typed, so checking a guess against them (or against the others, at "change an answer") would tell
 * whoever holds this chat something about someone else's answers.
 */
async function setUpAgainSince(ctx: FlowContext, state: { personId: string; personVersion: number }) {
  return (await ctx.deps.store.personVersion(state.personId)) !== state.personVersion;
}

/** Whether the set-up that saved the person's answers refused `typed` as an answer (a non-answer then). */
async function refusedBySetUp(ctx: FlowContext, personId: string, typed: string): Promise<boolean> {
  const enrolment = await ctx.deps.store.getEnrolment(personId);
  return enrolment !== null && refusedWhenSaved(typed, enrolment);
}

/**
 * Whether the answers on record are this set-up's, but for the one being changed, which is new: then the
 * version moved by that change's own save. Each answer's salt is its own (random), so no other set-up has
 * the others'; and a move that left every answer as it was (another chat linked, a suspension) is not it.
 */
function savedByThisChange(state: StateOf<"setup.practiceFix">, onRecord: Enrolment, index: number): boolean {
  const mine = state.savedSalts;
  if (mine === undefined) return false;
  return onRecord.answerHashes.every(
    (hash, i) => (hash.salt.toString("base64") === mine[i]) !== (i === index),
  );
}

function nextFix(state: StateOf<"setup.practiceFix">, ...said: ReturnType<typeof say>[]): Transition {
  const rest = state.different.slice(1);
  if (rest.length === 0) return end(...said, say("practice.fixedAll"));
  return { next: { ...state, different: rest }, say: said };
}
