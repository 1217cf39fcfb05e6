import { z } from "zod";
import { audit, auditWithSave } from "../audit.js";
import { languageChoiceNamed } from "../i18n/language-named.js";
import { chatKey } from "../chat.js";
import type { StateOf } from "../dialog-state.js";
import { pickDecoyQuestions } from "../questions/decoy-questions.js";
import {
  end,
  hoursUntil,
  questionText,
  say,
  stay,
  warnQuestionMissing,
  waitUntil,
  withTheSave,
  type FlowContext,
  type Transition,
} from "./flow.js";
import { defineStep, type Step } from "./define-step.js";
import { failureId } from "../ports/limit-counters.js";
import {
  answerRoundFields,
  personId,
  personVersion,
  roundId,
  upgrade,
  earlierAnswers,
} from "./state-fields.js";
import { checkEnrolledAnswer, NEWER_VERSION_NOTE, withCheck } from "./answer-check.js";
import { paidAnswer } from "./charge-answer-check.js";
import { noGoingBack } from "./no-going-back.js";
import { lastTryWarning, pauseAfterFailure } from "./pause-notice.js";
import { noteRightResetAnswers, noteWrongResetAnswers } from "../limits/spray.js";
import { keepAnswerForUpgrade } from "./enrolment-upgrade.js";
import { subjectForTypedId } from "./subject.js";
import { trustedEmailProves } from "./trusted-email.js";
import { idMatchKey, isPlainlyNoId, readTypedId } from "./typed-id.js";
import { payIdLookup } from "./id-lookup.js";
import { resetStopped } from "./reset-stopped.js";
import { overtakenByGuidedReset } from "./overtaken-by-guided.js";
import { accountGoneMeanwhile } from "./account-gone.js";
import { looksLikeGuidedCode } from "../guided-code-text.js";
import { saysThanks } from "../thanks-words.js";
import { saysHello } from "../greeting-words.js";
import {
  nonAnswersVersionOf,
  QUESTION_WORDS_REFUSED_SINCE,
  SMALL_TALK_REFUSED_SINCE,
} from "../answers/non-answers.js";
import { NORMALISATION_VERSION } from "../answers/normalise-answer.js";
import { typedOwnName } from "../answers/answer-rules.js";
import type { Enrolment } from "../ports/enrolments.js";
import { namesAnOfferedQuestion } from "../questions/question-named.js";
import { passwordNotAnIdReply } from "./school-id-shapes.js";
import { asksToStartAgain } from "../restart-words.js";
import { asksToGoBack } from "../back-words.js";
import { roundAnswerDigest, sameAsEarlier, withEarlierAnswer } from "./round-answer-digest.js";

/**
 * Self-service reset: the student types their id and answers their three questions; all three are checked
 * (three argon2 verifications whatever happens) and only then is the result told.
 *
 * Unknown id, staff, not set up, another chat than the linked one, suspended: all get the same words, the
 * same buttons and the same work, with questions picked from the id so that repeats look like a real
 * student. Only a genuine check can succeed or count towards the student's suspension.
 */
const MINUTES = 60_000;
const DAYS = 24 * 60 * MINUTES;

/**
 * "/reset". The linked chat already says who the student is: they are greeted by name and go straight to
 * their questions (and, being their own chat, are told plainly when they are suspended or at the cap).
 * From any other chat, when a reset needs the linked chat (the default), the bot says so at once: no id is
 * asked and nothing is counted. Only a school that turns that rule off gets the typed-id route, with its
 * uniform words, work and decoy questions.
 */
export async function startReset(ctx: FlowContext): Promise<Transition> {
  // Read side by side (one write to Redis); the links are only used when the chat may start.
  const [throttled, linked] = await Promise.all([
    ctx.deps.limits.chatBlockedUntil(ctx),
    ctx.deps.store.linkedPeople(ctx.chat),
  ]);
  if (throttled !== null) return end(say("reset.throttled", waitUntil(throttled, ctx.now)));
  if (linked.length === 1) return startOwnReset(ctx, linked[0]!);
  if (linked.length > 1) return askWhichStudent(ctx, linked, "reset", startOwnReset);
  if (ctx.deps.settings.reset.requiresLinkedChat) return end(say("reset.onlyLinkedChat"));
  return { next: { name: "reset.id" }, say: [say("reset.intro")] };
}

/**
 * A family phone's /logout: "Who should I unlink?" with each linked person's name (staff too) as a button.
 * The one of them a trusted Slack email links again without a password is named in the question. Two such
 * (a directory that gives two children one email) are not: the question then asks for the password, as it
 * is safer to say too much is needed than too little.
 */
export async function askWhoLogsOut(ctx: FlowContext, linked: string[]): Promise<Transition> {
  const named = await namedPeople(ctx, linked);
  const people = named.map(({ id, name }) => ({ id, name }));
  const proven = await Promise.all(named.map((person) => trustedEmailProves(ctx, person)));
  const byEmail = named.filter((_, i) => proven[i]);
  const linksByEmail = byEmail.length === 1 ? byEmail[0]!.name : undefined;
  return {
    next: {
      name: "family.who",
      purpose: "logout",
      people,
      ...(linksByEmail === undefined ? {} : { linksByEmail }),
    },
  };
}

/**
 * A family phone's reset or practice check offers only its students: a teacher linked there has no questions.
 * With one student left it goes straight to her (`startFor`), as a chat linked to her alone would.
 */
export async function askWhichStudent(
  ctx: FlowContext,
  linked: string[],
  purpose: "reset" | "practice",
  startFor: (ctx: FlowContext, linkedId: string) => Promise<Transition>,
): Promise<Transition> {
  const people = await namedPeople(ctx, linked);
  // Someone the directory no longer knows stays in the list: picking them says the account is gone.
  const students = people.filter((p) => p.role === null || p.role === "student");
  if (students.length === 0) return startFor(ctx, linked[0]!);
  if (students.length === 1) return startFor(ctx, students[0]!.id);
  const offered = students.map(({ id, name }) => ({ id, name }));
  return { next: { name: "family.who", purpose, people: offered } };
}

/** The linked people as the directory knows them (null role: it does not know them any more). */
async function namedPeople(ctx: FlowContext, linked: string[]) {
  return Promise.all(
    linked.map(async (id) => {
      // Taken as read for a minute (RecentStudents): the list only names them; the reset asks afresh.
      const person = await ctx.deps.recentStudents.findPerson(ctx.deps.directory, id);
      // The directory's spelling of the id ("S1001"; the store's is "s1001"), for what follows.
      return {
        id: person?.id ?? id,
        name: person?.name ?? id,
        role: person?.role ?? null,
        ...(person?.email === undefined ? {} : { email: person.email }),
      };
    }),
  );
}

/**
 * Whether a teacher or admin cleared the student's answers (/clearanswers), read from her protected trail:
 * with no answers saved now, no set-up has followed. Read only then, from her own chat, so it costs nothing
 * else and tells nothing to anyone else; a clearing pushed out of the trail reads as "not set up".
 */
async function answersWereCleared(ctx: FlowContext, personId: string): Promise<boolean> {
  const trail = await ctx.deps.store.auditTrailOf(personId, TRAIL_READ);
  return trail.some((event) => event.event === "answers-cleared");
}

/** The whole protected trail: 20 of her own chat's events and 10 that others caused. */
const TRAIL_READ = 30;

/**
 * A reset from the student's own linked chat: no id to type. `chosenFromList`: a family phone's "Which of
 * you?" named her; whoever tapped her name by mistake chooses again there.
 */
export async function startOwnReset(
  ctx: FlowContext,
  linkedId: string,
  chosenFromList = false,
): Promise<Transition> {
  const { store, directory, settings, limits } = ctx.deps;
  // The version first, then the link again: an unlink after this read moves the version, so a reset
  // begun from a chat that was unlinked meanwhile cannot finish. The person's other records come with the
  // version (one write to Redis), before it is known whether they are needed.
  const [personVersion, enrolment, suspendedUntil, successes, guidedCodeUntil] = await Promise.all([
    store.personVersion(linkedId),
    store.getEnrolment(linkedId),
    limits.blockedUntil("student", linkedId, ctx.now),
    store.resetSuccesses(linkedId, ctx.now, settings.reset.successWindowMs),
    // A guided reset's code sent here before this reset: read once, its end kept in the dialog.
    store.guidedCodeUntil(ctx.chat, linkedId),
  ]);
  const stillLinked = await store.linkedPeople(ctx.chat);
  if (!stillLinked.includes(linkedId.trim().toLowerCase())) return end(say("reset.onlyLinkedChat"));
  const person = await directory.findPerson(linkedId);
  if (person === null) return end(say("reset.accountGone"));
  if (person.role !== "student") {
    // Audited, but no alert: this chat was linked with the staff member's own password, so it is her
    // (a habit, a mistaken tap), not someone trying her account. A typed staff id still alerts.
    await audit(
      ctx,
      "staff-question-reset",
      person.id,
      "refused",
      "staff accounts cannot reset by questions",
    );
    return end(say("reset.staffAccount"));
  }
  if (enrolment === null) {
    const words = (await answersWereCleared(ctx, person.id)) ? "reset.answersCleared" : "reset.notSetUp";
    return end(say(words, { name: person.name }));
  }
  if (suspendedUntil !== null) {
    await audit(ctx, "reset", person.id, "refused", "suspended");
    return end(say("reset.suspended", { hours: hoursUntil(suspendedUntil, ctx.now) }));
  }
  if (successes >= settings.reset.maxSuccesses) {
    await audit(ctx, "reset-capped", person.id, "refused", `${successes} resets within the window`);
    const days = Math.round(settings.reset.successWindowMs / DAYS);
    return end(say("reset.capped", { max: settings.reset.maxSuccesses, days }));
  }
  return {
    next: {
      name: "reset.answer",
      subject: person.id,
      checkedPersonId: person.id,
      decoyReason: null,
      questionIds: enrolment.questionIds,
      index: 0,
      allMatch: true,
      personVersion,
      roundId: failureId(ctx.now),
      ownChat: true,
      personName: person.name,
      ...liveCode(ctx, guidedCodeUntil),
    },
    say: [say(chosenFromList ? "reset.helloChosen" : "reset.hello", { name: person.name })],
  };
}

const resetIdState = z.object({ name: z.literal("reset.id") });
export const resetIdStep: Step<typeof resetIdState> = defineStep({
  state: resetIdState,
  input: "text",
  role: "anyone",
  secret: false,
  stoppedNotice: resetStopped,
  prompt: () => say("reset.askId"),
  // A child who cannot read this types her language's name ("中文"): that language, and the ID asked again.
  typedAsChoice: (_state, text, ctx) => languageChoiceNamed(text, ctx.deps.settings.languages),
  async handle(ctx, state, input) {
    // "Thanks" (谢谢) for being asked: no ID, no lookup paid for, and the ID asked again, as at set-up.
    if (saysThanks(input.text)) return stay(state, say("input.welcomeId"));
    // "Hi" (你好, வணக்கம்): greeted back, no lookup paid for, and the ID asked again, as at set-up.
    if (saysHello(input.text)) return stay(state, say("input.helloId"));
    // "ok", "start", "1": no user ID, told so with no lookup paid for, as at set-up.
    if (isPlainlyNoId(input.text)) return stay(state, say("input.notAnId"));
    const typed = readTypedId(input);
    if (!typed.ok) return stay(state, typed.problem);
    // A password typed into the ID box (the engine deletes it) is never sent to the directory.
    const notAnId = await passwordNotAnIdReply(ctx, typed.id, input.text);
    if (notAnId !== null) return stay(state, notAnId);
    const lookup = await payIdLookup(ctx);
    if ("pausedUntil" in lookup) return end(say("reset.throttled", waitUntil(lookup.pausedUntil, ctx.now)));
    if ("schoolBusy" in lookup) return end(say("error.tooBusy"));
    return chooseQuestions(ctx, typed.id);
  },
});

/** Why a reset's answers are checked against made-up questions (a decoy); the audit notes it. */
export const DECOY_REASONS = [
  "unknown-id",
  "staff",
  "not-set-up",
  "other-chat",
  "question-missing",
  "suspended",
  "capped",
] as const;
export type DecoyReason = (typeof DECOY_REASONS)[number];

/**
 * Audit notes of a round whose answers were all right but that fails anyway, as wrong answers do (the chat is
 * never told they were right): the account changed before its last answer, or a suspension began.
 */
export const ANSWERS_RIGHT_ACCOUNT_CHANGED = "answers right, but the account changed during the reset";
export const ANSWERS_RIGHT_SUSPENDED = "answers right, but suspended during the reset";

export const resetAnswerState = z.object({
  name: z.literal("reset.answer"),
  /** The person id, or a digest of an unknown typed id: the subject of audit events and throttling. */
  subject: z.string().max(80),
  /** The person whose answers are really checked; null when the check is a decoy. */
  checkedPersonId: personId.nullable(),
  /** For the audit only, never shown: why the check is a decoy. */
  decoyReason: z.enum(DECOY_REASONS).nullable(),
  ...answerRoundFields,
  personVersion,
  roundId,
  /** Begun in the student's own linked chat (not the typed-id route), where a school-side fault may be told. */
  ownChat: z.literal(true).optional(),
  /** Her name, in her own chat only: a teacher whose command stops the reset on a family phone hears whose. */
  personName: z.string().optional(),
  upgrade,
  /** An answer typed in this round is a question's key word ("colour"): see noQuestionWordAnswered. */
  questionWordTyped: z.literal(true).optional(),
  /**
   * Until when a guided reset's code sent to this chat works: noted into a reset open when it went out
   * (guided-code-notes-reset.ts), or read once as a later reset starts (liveCode).
   */
  guidedCodeUntil: z.number().optional(),
  earlierAnswers,
});
export const resetAnswerStep: Step<typeof resetAnswerState> = defineStep({
  state: resetAnswerState,
  input: "text",
  role: "anyone",
  secret: true,
  stoppedNotice: resetStopped,
  prompt: (ctx, state) => ({
    ...say("reset.askAnswer", {
      number: state.index + 1,
      question: questionText(ctx, state.questionIds[state.index]),
    }),
  }),
  // The same words for a real student's questions and a made-up ID's.
  help: () => say("reset.helpAnswer"),
  async handle(ctx, state, input) {
    const { checkedPersonId, questionIds, index } = state;
    // Her own chat asks no user ID, but a child used to set-up's order types it first. Set-up has never saved
    // an answer that contains the ID (answer.hasName), so it is no answer: told what to do, nothing counted.
    if (
      state.ownChat === true &&
      checkedPersonId !== null &&
      idMatchKey(input.text) === idMatchKey(checkedPersonId)
    )
      return stay(state, say("reset.idNotNeeded"));
    // Her name, or a part of it ("Aisha"), typed as a child who thinks she must say who she is: no set-up has
    // saved it as an answer (typedOwnName, set-up's own rule), so it is told what it is and nothing counted.
    if (
      state.ownChat === true &&
      state.personName !== undefined &&
      typedOwnName(input.text, { name: state.personName })
    )
      return stay(state, say("reset.nameNotAnswer"));
    // Six digits while her teacher's code works here: that code, typed where she is. Never checked as an
    // answer, whatever it is (so nothing tells whether it was the code), and nothing counted.
    if (
      state.guidedCodeUntil !== undefined &&
      ctx.now < state.guidedCodeUntil &&
      looksLikeGuidedCode(input.text)
    )
      return stay(state, say("guided.codeTypedBackForStudent"));
    // The answer she gave an earlier question, sent again (two taps on Send on a slow phone): set-up keeps the
    // three answers different, so it cannot be this one's. Not taken: no check, no try, the question again.
    const digest = roundAnswerDigest(ctx, state.subject, input.text);
    const earlier = sameAsEarlier(state.earlierAnswers, digest);
    if (earlier !== null) return stay(state, say("reset.sameAnswerAgain", { earlier }));
    // Read with the chat's charge for the check (one write to Redis), though only a paid check uses it.
    const enrolment = checkedPersonId === null ? undefined : ctx.deps.store.getEnrolment(checkedPersonId);
    enrolment?.catch(() => undefined);
    // Only her own chat may show that her answers predate a word set-up refuses now (see paidAnswer).
    const savedAnswers = state.ownChat === true && enrolment !== undefined ? () => enrolment : undefined;
    // "go back", 上一步 (back-words.ts): a reset has no going back. One set-up refused is told so by
    // paidAnswer; another may be her answer ("balik"): checked as one, then she is asked, as for "start again"
    // (reset-restart.ts).
    const goesBack = asksToGoBack(input.text);
    const read = await paidAnswer(ctx, state, input.text, state.questionIds.length - 1 - state.index, {
      // The same words for a real student's questions and a made-up ID's.
      cannotSkip: say("reset.cannotSkip"),
      noGoingBack: noGoingBack(state.index > 0),
      ...(savedAnswers === undefined ? {} : { savedAnswers }),
    });
    if (!read.ok) return read.transition;
    const checked = await checkEnrolledAnswer(
      ctx,
      checkedPersonId,
      questionIds,
      index,
      read.answer,
      enrolment,
    );
    const round = withCheck(state, checked);
    const questionWordTyped =
      state.questionWordTyped === true || namesAnOfferedQuestion(ctx.deps.questions, read.answer);
    const upgrade = round.allMatch
      ? keepAnswerForUpgrade(ctx, checked.enrolment, state.upgrade, input.text)
      : undefined;
    const { upgrade: _earlier, ...rest } = state;
    const answered: StateOf<"reset.answer"> = {
      ...rest,
      ...round,
      ...withEarlierAnswer(state, digest),
      ...(upgrade === undefined ? {} : { upgrade }),
      ...(questionWordTyped ? { questionWordTyped } : {}),
    };
    // "start again" (重新开始, mula semula): checked as her answer (a saved one may be such a word), then she is
    // asked whether she meant to start again, which counts no try (see reset-restart.ts).
    if (goesBack)
      return { next: { ...answered, name: "reset.restartAsk", lastAnswer: digest, askedBack: true } };
    if (asksToStartAgain(input.text))
      return { next: { ...answered, name: "reset.restartAsk", lastAnswer: digest } };
    return afterAnswer(ctx, answered, checked.enrolment, digest);
  },
});

/**
 * The round after a question's answer was checked (`answered` holds the check, its index still that
 * question's): the next question, or the end of the round, verified or failed. `lastAnswer`: that answer's
 * roundAnswerDigest, kept at the new-password choice to know it sent again (see sameAsLastAnswer).
 */
export async function afterAnswer(
  ctx: FlowContext,
  answered: StateOf<"reset.answer">,
  enrolment: Enrolment | null,
  lastAnswer: string | undefined,
): Promise<Transition> {
  const state = answered;
  if (state.index < state.questionIds.length - 1) return { next: { ...state, index: state.index + 1 } };
  const questionWordTyped = state.questionWordTyped === true;
  if (state.allMatch && state.checkedPersonId !== null) {
    // Dialogs that began before a suspension (or a re-link, a clear) must not learn that their answers
    // were right: they fail like a wrong answer, and nothing says why.
    const [version, suspended] = await Promise.all([
      ctx.deps.store.personVersion(state.checkedPersonId),
      ctx.deps.limits.blockedUntil("student", state.checkedPersonId, ctx.now),
    ]);
    if (version === state.personVersion && suspended === null)
      return verified(ctx, state.checkedPersonId, state.personVersion, state.upgrade, {
        noQuestionWordAnswer: !questionWordTyped && questionWordsRefused(enrolment),
        noSmallTalkAnswer: smallTalkRefused(enrolment),
        ownChat: state.ownChat === true,
        lastAnswer,
      });
    if (state.ownChat === true) {
      const overtaken = await overtakenByGuidedReset(ctx, state.checkedPersonId);
      if (overtaken !== null) return overtaken;
    }
    const note = suspended === null ? ANSWERS_RIGHT_ACCOUNT_CHANGED : ANSWERS_RIGHT_SUSPENDED;
    return failed(ctx, state, note);
  }
  return failed(ctx, state);
}

export const resetSteps = [resetIdStep, resetAnswerStep] as const;

/**
 * A guided reset's code that works now in this chat, for the reset starting here (see resetAnswerStep): its
 * end kept in the dialog, so that no question's turn reads the store for it.
 */
function liveCode(ctx: FlowContext, until: number | null): { guidedCodeUntil?: number } {
  return until !== null && ctx.now < until ? { guidedCodeUntil: until } : {};
}

async function chooseQuestions(ctx: FlowContext, typedId: string): Promise<Transition> {
  const { store, directory, settings, alerts, limits } = ctx.deps;
  const person = await directory.findPerson(typedId);
  const subject = person?.id ?? subjectForTypedId(ctx, typedId);
  // Read the same records whoever it is, so that the work done does not depend on the id. The version is
  // read before the link: an unlink after this read moves the version, so the reset cannot finish.
  const personVersion = await store.personVersion(subject);
  const [linkedPeople, enrolment, suspendedUntil, successes, guidedCodeUntil] = await Promise.all([
    store.linkedPeople(ctx.chat),
    store.getEnrolment(subject),
    limits.blockedUntil("student", subject, ctx.now),
    store.resetSuccesses(subject, ctx.now, settings.reset.successWindowMs),
    // Read for every id alike; only the chat the code was sent to has one (her own).
    store.guidedCodeUntil(ctx.chat, subject),
  ]);

  let after: (() => Promise<void>) | undefined;
  if (person !== null && person.role !== "student") {
    // After the reply, so that a staff id takes no longer to answer than any other id.
    after = async () => {
      await audit(
        ctx,
        "staff-question-reset",
        person.id,
        "refused",
        "staff accounts cannot reset by questions",
      );
      alerts.raise({
        kind: "staff-question-reset",
        subject: person.id,
        details: { chat: chatKey(ctx.chat) },
      });
    };
  }
  const fromLinkedChat = person !== null && linkedPeople.some((id) => sameId(id, person.id));
  // A question the list does not have would show the words-only prompt, which no made-up id ever gets: from
  // any chat but the student's own, that enrolment is a decoy case (the same argon2 work). The student, told
  // to ask their teacher either way, loses nothing.
  const missing = enrolment?.questionIds.find((id) => !ctx.deps.questions.some((q) => q.id === id));
  const genuine =
    person !== null &&
    person.role === "student" &&
    enrolment !== null &&
    (fromLinkedChat || (!settings.reset.requiresLinkedChat && missing === undefined));
  if (missing !== undefined && !genuine && person?.role === "student") warnQuestionMissing(ctx, missing);

  const capped = genuine && suspendedUntil === null && successes >= settings.reset.maxSuccesses;
  if (capped && fromLinkedChat) {
    // Only the student's own linked chat with their id gets here, so saying why leaks nothing.
    await audit(ctx, "reset-capped", person.id, "refused", `${successes} resets within the window`);
    return end(
      say("reset.capped", {
        max: settings.reset.maxSuccesses,
        days: Math.round(settings.reset.successWindowMs / DAYS),
      }),
    );
  }
  const decoyReason =
    person === null
      ? "unknown-id"
      : person.role !== "student"
        ? "staff"
        : enrolment === null
          ? "not-set-up"
          : !genuine
            ? settings.reset.requiresLinkedChat
              ? "other-chat"
              : "question-missing"
            : suspendedUntil !== null
              ? "suspended"
              : capped
                ? "capped"
                : null;
  const questionIds = genuine
    ? enrolment.questionIds
    : pickDecoyQuestions(
        Buffer.from(
          ctx.deps.digest.digest("decoy-questions", idMatchKey(person?.id ?? typedId)),
          "base64url",
        ),
        ctx.deps.questions,
      );
  return {
    next: {
      name: "reset.answer",
      subject,
      checkedPersonId: decoyReason === null && person !== null ? person.id : null,
      decoyReason,
      questionIds,
      index: 0,
      allMatch: true,
      personVersion,
      roundId: failureId(ctx.now),
      ...liveCode(ctx, guidedCodeUntil),
    },
    ...(after === undefined ? {} : { after: [after] }),
  };
}

/**
 * Whether the set-up of `enrolment` refused every question's key word as an answer, under today's answer
 * normalisation (an older one may fold another word into one).
 */
function questionWordsRefused(enrolment: Enrolment | null): boolean {
  return (
    enrolment !== null &&
    enrolment.normalisationVersion === NORMALISATION_VERSION &&
    nonAnswersVersionOf(enrolment) >= QUESTION_WORDS_REFUSED_SINCE
  );
}

/** Whether her set-up refused hello and thank you as answers (SMALL_TALK), so none of her answers is such words. */
function smallTalkRefused(enrolment: Enrolment | null): boolean {
  return enrolment !== null && nonAnswersVersionOf(enrolment) >= SMALL_TALK_REFUSED_SINCE;
}

async function verified(
  ctx: FlowContext,
  personId: string,
  personVersion: number,
  upgrade: string | undefined,
  /**
   * None of her answers is a question's key word: her set-up refused them (questionWordsRefused) and none she
   * typed in this round was one (the list may have grown since). Such a word typed next is no answer sent
   * again (see maybeSecretSentAgain).
   */
  {
    noQuestionWordAnswer,
    noSmallTalkAnswer,
    ownChat,
    lastAnswer,
  }: {
    noQuestionWordAnswer: boolean;
    noSmallTalkAnswer: boolean;
    ownChat: boolean;
    lastAnswer: string | undefined;
  },
): Promise<Transition> {
  const person = await ctx.deps.directory.findPerson(personId);
  // IT removed or disabled the account while she answered: no "well done", no password choice.
  if (person === null) return accountGoneMeanwhile(ctx, personId);
  // With the turn's save (see WithSave): nothing in the reply depends on them.
  await Promise.all([
    auditWithSave(ctx, "reset-verify", personId, "ok"),
    withTheSave(ctx, () => noteRightResetAnswers(ctx, personId)),
  ]);
  return {
    next: {
      name: "reset.choose",
      personId,
      personName: person.name,
      personVersion,
      ...(upgrade === undefined ? {} : { upgrade }),
      ...(noQuestionWordAnswer ? { noQuestionWordAnswer } : {}),
      ...(noSmallTalkAnswer ? { noSmallTalkAnswer } : {}),
      ...(ownChat ? { ownChat } : {}),
      ...(lastAnswer === undefined ? {} : { lastAnswer }),
    },
    say: [say("reset.verified")],
  };
}

async function failed(
  ctx: FlowContext,
  state: StateOf<"reset.answer">,
  /** For the admins only: why right answers failed. The chat hears what wrong answers hear. */
  rightAnswersNote?: string,
): Promise<Transition> {
  // Nothing was checked, so the student is not counted. In their own chat they are told so ("later"). A
  // typed id from another chat hears, and the chat is counted, exactly as for a made-up id, so that neither
  // the words nor when the chat's pause comes tell which ids are real.
  if (state.unknownPepper === true || state.unknownVersion === true) {
    // A wrong server pepper (the admins are alerted), or answers a newer replica saved (a rolling deploy).
    if (state.unknownPepper === true)
      await audit(
        ctx,
        "reset",
        state.subject,
        "failed",
        "answers not checked: their pepper is not configured",
      );
    else await audit(ctx, "reset", state.subject, "failed", NEWER_VERSION_NOTE);
    if (state.ownChat === true) return end(say("answers.notCheckable"));
    const [blocks] = await Promise.all([
      ctx.deps.limits.failedReset(ctx, state.subject, null, { roundId: state.roundId }),
      noteWrongResetAnswers(ctx, null),
    ]);
    const paused = await pauseAfterFailure(ctx, null, blocks);
    return paused === null ? end(say("reset.failed")) : end(say("reset.wrongAnswers"), paused);
  }
  const [blocks] = await Promise.all([
    ctx.deps.limits.failedReset(ctx, state.subject, state.checkedPersonId, { roundId: state.roundId }),
    // Right answers refused for another reason are no wrong answers.
    noteWrongResetAnswers(ctx, rightAnswersNote === undefined ? state.checkedPersonId : null),
  ]);
  await audit(
    ctx,
    "reset",
    state.subject,
    "failed",
    rightAnswersNote ?? state.decoyReason ?? "answers did not match",
  );
  // A pause this failure started is told now, with how long: not "try again later", to learn it at /reset.
  const paused = await pauseAfterFailure(ctx, state.checkedPersonId, blocks);
  if (paused !== null) return end(say("reset.wrongAnswers"), paused);
  // The try before the last one warns, in her own chat: she may ask her teacher rather than lose a day.
  return end((await lastTryWarning(ctx, state.checkedPersonId, blocks)) ?? say("reset.failed"));
}

function sameId(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
