import { z } from "zod";
import { randomInt, timingSafeEqual } from "node:crypto";
import { audit } from "../../audit.js";
import type { StateOf } from "../../dialog-state.js";
import { PasswordOutcomeUnknownError, PasswordRejectedError } from "../../errors.js";
import { disappearsIn } from "../../i18n/disappears-in.js";
import type { Reply } from "../../messages.js";
import type { Person } from "../../ports/directory.js";
import type { Enrolment } from "../../ports/enrolments.js";
import type { GuidedActorRole, GuidedRoute } from "../../ports/alerts.js";
import { generatePassphrase } from "../../passwords/passphrase.js";
import {
  end,
  endAfterChange,
  hoursUntil,
  minutesUntil,
  questionText,
  say,
  stay,
  type FlowContext,
  type Transition,
} from "../flow.js";
import { recordingAfterPasswordSet } from "../after-password-set.js";
import { defineStep, type Step } from "../define-step.js";
import { personId, personVersion } from "../state-fields.js";
import { checkEnrolledAnswer, NEWER_VERSION_NOTE, withCheck } from "../answer-check.js";
import { paidAnswer } from "../charge-answer-check.js";
import { notifyQuietly } from "../notify-quietly.js";
import {
  claimCodeEnd,
  codeName,
  codeSender,
  codeStopped,
  CODE_RAN_OUT,
  scheduleCodeEnd,
  stopNote,
  WRONG_CODES_NOTE,
  type CodeSender,
} from "./guided-code-end.js";
import { disabledStudent, mayActOn, staffActor } from "./staff-access.js";

/**
 * Teacher-guided reset, for a student who lost their phone, never set up, or is suspended. The student proves
 * who they are in one of three ways, strongest first:
 * - a linked chat: a one-time code goes to it, the student reads it to the teacher, and the new password
 *   goes to the student's own chat (the teacher never sees it);
 * - no linked chat but answers on record: the student answers on the teacher's device;
 * - otherwise (or their chat is lost): the teacher confirms an in-person check; their chat, if any, is
 *   unlinked, and a must-change password is shown to the teacher once.
 * Every guided reset is audited and alerted to the admins.
 */
const CODE_TTL_MS = 10 * 60_000;
const CODE_TRIES = 3;
const CODE_DIGITS = 6;
const A_CODE = new RegExp(`^\\d{${CODE_DIGITS}}$`);

export async function startGuided(ctx: FlowContext, student: Person): Promise<Transition> {
  const routes = await routesNow(ctx, { studentId: student.id, studentName: student.name });
  return { next: routes.state };
}

/**
 * The routes the student can be offered now, as the route step's state (read afresh, never trusted from
 * a button), and the answers on record for the questions route.
 */
async function routesNow(
  ctx: FlowContext,
  student: { studentId: string; studentName: string },
): Promise<{ state: StateOf<"guided.route">; enrolment: Enrolment | null }> {
  const personVersion = await ctx.deps.store.personVersion(student.studentId);
  const [chat, enrolment, suspendedUntil] = await Promise.all([
    ctx.deps.store.linkedChat(student.studentId),
    ctx.deps.store.getEnrolment(student.studentId),
    ctx.deps.limits.blockedUntil("student", student.studentId, ctx.now),
  ]);
  // Wrong answers here count like a student's own, so a suspended student's answers are not offered.
  const questionsPaused = chat === null && enrolment !== null && suspendedUntil !== null;
  // Every answer is paid from this device's answer checks: a round is offered only if all of it can be.
  const checksPausedUntil =
    chat === null && enrolment !== null && suspendedUntil === null
      ? await ctx.deps.limits.noRoomForChecksUntil(ctx, enrolment.questionIds.length)
      : null;
  const state: StateOf<"guided.route"> = {
    name: "guided.route",
    ...student,
    hasChat: chat !== null,
    hasAnswers: enrolment !== null && suspendedUntil === null,
    personVersion,
    ...(questionsPaused ? { questionsPausedUntil: suspendedUntil } : {}),
    ...(checksPausedUntil !== null ? { checksPausedUntil } : {}),
  };
  return { state, enrolment };
}

/** Whether the route step offers the questions: no chat, answers that may be checked, and room to check them. */
function questionsOffered(state: StateOf<"guided.route">): boolean {
  return state.hasAnswers && !state.hasChat && state.checksPausedUntil === undefined;
}

const guidedRouteState = z.object({
  name: z.literal("guided.route"),
  studentId: personId,
  studentName: z.string(),
  hasChat: z.boolean(),
  hasAnswers: z.boolean(),
  personVersion,
  /** The student's answers would be the route but are suspended until then: the teacher is told why not. */
  questionsPausedUntil: z.number().optional(),
  /**
   * The answers would be the route, but this device cannot pay for a whole round of answer checks until
   * then (its own budget, CHAT_MAX_ANSWER_CHECKS): the teacher is told why not, and that in person works.
   */
  checksPausedUntil: z.number().optional(),
});
export const guidedRouteStep: Step<typeof guidedRouteState> = defineStep({
  state: guidedRouteState,
  input: "choice",
  role: "staff",
  secret: false,
  prompt: (ctx, state) => {
    const routes = state.hasChat
      ? ["code", "nochat"]
      : [...(questionsOffered(state) ? ["questions"] : []), "inperson"];
    const labels = {
      code: "guided.routeCode",
      nochat: "guided.routeNoChat",
      questions: "guided.routeQuestions",
      inperson: "guided.routeInPerson",
    } as const;
    const paused = state.questionsPausedUntil;
    const checksPaused = state.checksPausedUntil;
    return {
      ...(paused !== undefined
        ? say("guided.chooseRouteQuestionsPaused", {
            name: state.studentName,
            hours: hoursUntil(paused, ctx.now),
          })
        : checksPaused !== undefined
          ? say("guided.chooseRouteDevicePaused", {
              name: state.studentName,
              minutes: minutesUntil(checksPaused, ctx.now),
            })
          : say("guided.chooseRoute", { name: state.studentName })),
      choices: [
        ...routes.map((id) => ({ id, label: { key: labels[id as keyof typeof labels] } })),
        { id: "cancel", label: { key: "common.cancel" } },
      ],
    };
  },
  async handle(ctx, state, input, actor) {
    const student = { studentId: state.studentId, studentName: state.studentName };
    switch (input.value) {
      case "code":
        return state.hasChat ? sendCode(ctx, state) : stay(state, say("input.useButtons"));
      case "nochat":
      case "inperson":
        return { next: { name: "guided.inPerson", ...student, unlinkChat: state.hasChat } };
      case "questions":
        return questionsRoute(ctx, state, actor);
      case "cancel":
        return end(say("chat.cancelled"));
      default:
        return stay(state, say("input.useButtons"));
    }
  },
});

/**
 * The questions route, only if it was offered and is still allowed now: no chat, answers on record, not
 * suspended (wrong answers here count like the student's own), and room on this device to check a whole
 * round. Any user-API client can send a button it was not shown, and a suspension or the device's pause
 * may have begun since the buttons were. Refused, the teacher sees the routes as they are now (when the
 * answers or the device are paused, the words that say so).
 */
async function questionsRoute(
  ctx: FlowContext,
  state: StateOf<"guided.route">,
  actor: Person,
): Promise<Transition> {
  const { studentId, studentName, personVersion } = state;
  const now = await routesNow(ctx, { studentId, studentName });
  const offered = questionsOffered(state);
  if (offered && questionsOffered(now.state) && now.enrolment !== null) {
    const { questionIds } = now.enrolment;
    return {
      next: {
        name: "guided.answer",
        studentId,
        studentName,
        questionIds,
        index: 0,
        allMatch: true,
        personVersion,
      },
    };
  }
  // Never shown, so sent on purpose by a staff chat: worth an audit line, as an attempt (counted per day
  // for the student, never in their protected trail), so repeating it cannot push real events out.
  if (!offered) await audit(ctx, "staff-refused", studentId, "refused", "questions not offered", actor.id);
  const toldWhy = now.state.questionsPausedUntil !== undefined || now.state.checksPausedUntil !== undefined;
  return toldWhy ? { next: now.state } : stay(now.state, say("input.useButtons"));
}

const guidedCodeState = z.object({
  name: z.literal("guided.code"),
  studentId: personId,
  studentName: z.string(),
  /** A keyed digest of the one-time code sent to the student's chat; the code itself is never stored. */
  codeDigest: z.string(),
  expiresAt: z.number(),
  triesLeft: z.number().int().min(0),
  personVersion,
  /** Who sent the code (absent in a dialog an older version stored): its audit's actor, the child's words. */
  by: codeSender.optional(),
});
export const guidedCodeStep: Step<typeof guidedCodeState> = defineStep({
  state: guidedCodeState,
  input: "text",
  role: "staff",
  secret: true,
  prompt: (_ctx, state) => ({
    ...say("guided.askCode", { name: state.studentName }),
  }),
  async handle(ctx, state, input, actor) {
    // From its expiry on (when its job may tell the student it is dead), the code is refused.
    if (ctx.now >= state.expiresAt) return ranOut();
    // NFKC: a phone's full-width digits (７８５) are the code's digits.
    const typedCode = input.text.normalize("NFKC").replace(/\s+/g, "");
    // Not six digits (an empty line, "help") can be no code: asked again, and no try is used.
    if (!A_CODE.test(typedCode))
      return stay(state, say("guided.codeNotSixDigits", { name: state.studentName }));
    const typed = Buffer.from(codeDigest(ctx, state.studentId, typedCode));
    const expected = Buffer.from(state.codeDigest);
    if (typed.length !== expected.length || !timingSafeEqual(typed, expected)) {
      const triesLeft = state.triesLeft - 1;
      if (triesLeft <= 0) {
        await audit(ctx, "guided-reset", state.studentId, "failed", "wrong one-time codes", actor.id);
        return { ...end(say("guided.codeUsedUp")), leaving: { by: "step", note: WRONG_CODES_NOTE } };
      }
      return stay(
        { ...state, triesLeft },
        say("guided.codeWrong", { name: state.studentName, left: triesLeft }),
      );
    }
    // The code is used now, before the directory is asked (which can take seconds): its expiry job must not
    // tell the child it is dead while the password is on its way. If that job was first, the code is dead.
    const code = codeName(state.codeDigest);
    if (!(await claimCodeEnd(ctx.deps, code))) return ranOut();
    return finish(ctx, state.studentId, { route: "code", personVersion: state.personVersion });
  },
  // However the code prompt ends before the right code was typed, the child hears the code is dead. After it
  // (the directory refused, say) the teacher, who is with the child, is told what to do instead.
  onLeave: (ctx, state, cause) =>
    codeStopped(ctx, {
      studentId: state.studentId,
      code: codeName(state.codeDigest),
      by: state.by,
      note: stopNote(cause),
    }),
  // The teacher, who may type the code the child reads out next, hears at once that it no longer works.
  stoppedNotice: (state) => say("guided.codeStoppedForTeacher", { name: state.studentName }),
});

/** The code ran out before it was used: the teacher is told to start again. */
const ranOut = (): Transition => ({
  ...end(say("guided.codeExpired")),
  leaving: { by: "step", note: CODE_RAN_OUT },
});

const guidedAnswerState = z.object({
  name: z.literal("guided.answer"),
  studentId: personId,
  studentName: z.string(),
  questionIds: z.array(z.string()).length(3),
  index: z.number().int().min(0).max(2),
  allMatch: z.boolean(),
  personVersion,
  /** As in reset.answer: an enrolment of an unknown normalisation version counts towards no limit. */
  unknownVersion: z.boolean().optional(),
  /** The enrolment names a pepper this server does not have: nothing was checked, no limit counts it. */
  unknownPepper: z.boolean().optional(),
});
export const guidedAnswerStep: Step<typeof guidedAnswerState> = defineStep({
  state: guidedAnswerState,
  input: "text",
  role: "staff",
  secret: true,
  prompt: (ctx, state) => ({
    ...say("guided.askAnswer", {
      number: state.index + 1,
      name: state.studentName,
      question: questionText(ctx, state.questionIds[state.index]),
    }),
  }),
  async handle(ctx, state, input, actor) {
    // Paid from this device's answer checks, as the teacher's: a pause it meets is told in her words.
    const read = await paidAnswer(ctx, state, input.text, state.questionIds.length - 1 - state.index, {
      actor: actor.id,
      chatPaused: (minutes) => say("guided.devicePaused", { name: state.studentName, minutes }),
    });
    if (!read.ok) return read.transition;
    const { studentId, questionIds, index } = state;
    const check = await checkEnrolledAnswer(ctx, studentId, questionIds, index, read.answer);
    const round = withCheck(state, check);
    const { allMatch, unknownVersion, unknownPepper } = round;
    if (state.index < state.questionIds.length - 1)
      return { next: { ...state, index: state.index + 1, ...round } };
    if (unknownPepper) {
      // The server's pepper is wrong (the admins are alerted): nothing was checked, nothing counts.
      await audit(
        ctx,
        "guided-reset",
        state.studentId,
        "failed",
        "answers not checked: their pepper is not configured",
        actor.id,
      );
      return end(say("guided.answersNotCheckable", { name: state.studentName }));
    }
    if (!allMatch && unknownVersion) {
      // Made by a newer replica (rolling deploy): not the student's fault, so no limit counts it.
      await audit(ctx, "guided-reset", state.studentId, "failed", NEWER_VERSION_NOTE, actor.id);
      return end(say("guided.answersWrong", { name: state.studentName }));
    }
    if (!allMatch) {
      // Counted like the student's own failed reset, so nobody can guess a student's answers here either.
      const blocks = await ctx.deps.limits.failedReset(ctx, state.studentId, state.studentId, actor.id);
      await audit(ctx, "guided-reset", state.studentId, "failed", "answers did not match", actor.id);
      // The suspension this started (or one already in force) ends the questions route: say so, and what works.
      if (blocks.student !== null) {
        const hours = hoursUntil(blocks.student, ctx.now);
        return end(say("guided.answersWrongPaused", { name: state.studentName, hours }));
      }
      return end(say("guided.answersWrong", { name: state.studentName }));
    }
    return finish(ctx, state.studentId, { route: "questions", personVersion: state.personVersion });
  },
});

const guidedInPersonState = z.object({
  name: z.literal("guided.inPerson"),
  studentId: personId,
  studentName: z.string(),
  /** The student has a linked chat they cannot use: confirming also unlinks it. */
  unlinkChat: z.boolean(),
});
export const guidedInPersonStep: Step<typeof guidedInPersonState> = defineStep({
  state: guidedInPersonState,
  input: "choice",
  role: "staff",
  secret: false,
  prompt: (_ctx, state) => ({
    ...say(state.unlinkChat ? "guided.confirmUnlink" : "guided.confirmInPerson", { name: state.studentName }),
    choices: [
      { id: "yes", label: { key: "guided.confirmYes" } },
      { id: "cancel", label: { key: "common.cancel" } },
    ],
  }),
  async handle(ctx, state, input) {
    if (input.value === "cancel") return end(say("chat.cancelled"));
    if (input.value !== "yes") return stay(state, say("input.useButtons"));
    return finish(ctx, state.studentId, {
      route: state.unlinkChat ? "in person, chat unlinked" : "in person",
    });
  },
});

export const guidedSteps = [guidedRouteStep, guidedCodeStep, guidedAnswerStep, guidedInPersonStep] as const;

function codeDigest(ctx: FlowContext, studentId: string, code: string): string {
  return ctx.deps.digest.digest("one-time-code", `${studentId.toLowerCase()}\u0000${code}`);
}

/** Sends a one-time code to the student's own chat; only its digest is kept, in the teacher's dialog. */
async function sendCode(ctx: FlowContext, state: StateOf<"guided.route">): Promise<Transition> {
  const access = await recheck(ctx, state.studentId);
  if (!access.ok) return access.refusal;
  const chat = await ctx.deps.store.linkedChat(state.studentId);
  const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, "0");
  const digest = codeDigest(ctx, state.studentId, code);
  const expiresAt = ctx.now + CODE_TTL_MS;
  const by: CodeSender = { id: access.actor.id, role: access.actor.role === "admin" ? "admin" : "teacher" };
  // The child is told who it really is: their teacher, or one of the school's computer team.
  const notice: Reply = {
    ...(by.role === "admin"
      ? say("guided.codeFromAdminForStudent", { admin: access.actor.name, code })
      : say("guided.codeForStudent", { teacher: access.actor.name, code })),
    protect: { deleteAfterSeconds: CODE_TTL_MS / 1000 },
  };
  // Before the code goes out: a teacher who walks away is followed up in the student's chat when it runs out.
  const job = {
    studentId: state.studentId,
    code: codeName(digest),
    by: { ...by, channel: ctx.chat.channel },
  };
  await scheduleCodeEnd(ctx, job, expiresAt);
  try {
    if (chat === null) throw new Error("the student's chat was unlinked meanwhile");
    await ctx.deps.notifier.notify(chat, notice);
  } catch (error) {
    ctx.deps.logger.warn({ err: error, subject: state.studentId }, "could not send a one-time code");
    // Nothing reached the student, so nothing is to follow it up.
    await claimCodeEnd(ctx.deps, codeName(digest));
    return end(say("guided.codeUnreachable", { name: state.studentName }));
  }
  // Who sent a child a code, and to which kind of chat; never the code.
  await audit(ctx, "code-sent", state.studentId, "ok", `to ${chat.channel}`, by.id);
  return {
    next: {
      name: "guided.code",
      studentId: state.studentId,
      studentName: state.studentName,
      codeDigest: digest,
      expiresAt,
      triesLeft: CODE_TRIES,
      personVersion: state.personVersion,
      by,
    },
    say: [say("guided.codeSent", { name: state.studentName })],
  };
}

/**
 * The actor and student again, as the directory says now: a teacher who changed class loses access at once,
 * and the refusal is audited like one at the command (staff-refused, the action "guided").
 */
async function recheck(
  ctx: FlowContext,
  studentId: string,
): Promise<{ ok: true; actor: Person; student: Person } | { ok: false; refusal: Transition }> {
  const [actor, student] = await Promise.all([staffActor(ctx), ctx.deps.directory.findAccount(studentId)]);
  if (actor === null) return { ok: false, refusal: end(say("staff.onlyStaff")) };
  if (student === null || !mayActOn(actor, student)) {
    await audit(ctx, "staff-refused", student?.id ?? studentId, "refused", "guided", actor.id);
    return { ok: false, refusal: end(say("staff.notYourStudent")) };
  }
  // IT disabled the account since the reset began: no password is set for it (audited like one at the command).
  if (student.disabled === true) {
    await audit(ctx, "staff-refused", student.id, "refused", "guided", actor.id);
    return { ok: false, refusal: end(disabledStudent(student)) };
  }
  return { ok: true, actor, student };
}

/** How the student proved who they are; the code and questions routes proved it against a version. */
type Proof =
  | { route: "code" | "questions"; personVersion: number }
  | { route: "in person" | "in person, chat unlinked" };
/** The route a guided reset's audit event notes (audit-reasons gives it words). */
export type GuidedProofRoute = Proof["route"];

/**
 * Sets a generated, must-change password and gets it to the student: to their own chat after a code, else
 * shown once (protected, deleted later) on the teacher's device, where the student is. The teacher's right
 * is read again from the directory; a code or the answers count only if the student's chat and answers are
 * still those they were proven against (ResetGuard).
 */
/** The route as the admins' alert names it (in words of the school's language); the audit keeps the note. */
const ALERT_ROUTE: Record<Proof["route"], GuidedRoute> = {
  code: "code",
  questions: "questions",
  "in person": "in-person",
  "in person, chat unlinked": "in-person-unlinked",
};

async function finish(ctx: FlowContext, studentId: string, proof: Proof): Promise<Transition> {
  const access = await recheck(ctx, studentId);
  if (!access.ok) return access.refusal;
  const { actor, student } = access;
  const { store, directory, settings, alerts } = ctx.deps;
  const { route } = proof;
  const toStudentChat = route === "code";
  const chat = await store.linkedChat(student.id);
  if (route === "in person, chat unlinked" && chat !== null) {
    await store.unlinkChat(chat, student.id);
    await audit(ctx, "unlink", student.id, "ok", "guided reset: chat lost", actor.id);
    // As with a code, the child is told who it really was: their teacher, or the school's computer team.
    const unlinked = actor.role === "admin" ? "notice.unlinkedByAdmin" : "notice.unlinkedByTeacher";
    await notifyQuietly(ctx, chat, say(unlinked, { account: settings.accountName }));
  }
  const expectedVersion =
    "personVersion" in proof ? proof.personVersion : await store.personVersion(student.id);
  const reservation = await store.reserveReset(student.id, {
    expectedVersion,
    now: ctx.now,
    ttlMs: settings.reset.reservationMs,
  });
  if (!reservation.ok) {
    await audit(ctx, "guided-reset", student.id, "refused", `interrupted: ${reservation.reason}`, actor.id);
    return end(say(reservation.reason === "busy" ? "guided.busy" : "guided.changed", { name: student.name }));
  }
  const password = generatePassphrase();
  // Sent but never answered: the password may be set, so it is delivered as if it were, with a warning.
  let maybeSet = false;
  try {
    await directory.setPassword(student.id, password, { mustChange: true });
  } catch (error) {
    if (!(error instanceof PasswordOutcomeUnknownError)) {
      await store.releaseReset(student.id, reservation.token);
      if (!(error instanceof PasswordRejectedError)) throw error;
      await audit(ctx, "guided-reset", student.id, "refused", error.reason, actor.id);
      return end(say(`password.rejected.${error.reason}`));
    }
    maybeSet = true;
    ctx.deps.logger.error(
      { err: error, subject: student.id },
      "a guided reset's password may or may not be set",
    );
    alerts.raise({ kind: "password-maybe-set", subject: student.id });
  }
  // The password is changed: whatever fails from here, it reaches the student or the teacher (see
  // recordingAfterPasswordSet).
  const record = recordingAfterPasswordSet(ctx, student.id);
  await record.run("count the reset", () =>
    store.commitReset(student.id, reservation.token, { now: ctx.now, countForCapMs: null }),
  );
  const byRole: GuidedActorRole = actor.role === "admin" ? "admin" : "teacher";
  alerts.raise({
    kind: "guided-reset",
    subject: student.id,
    details: { by: actor.id, byRole, route: ALERT_ROUTE[route] },
  });
  const outcome = maybeSet ? `${route}; the password may have been set: the directory did not answer` : route;
  const warning = maybeSet ? [say("guided.maybeSet", { name: student.name })] : [];

  const stays = disappearsIn(settings.password.generatedDeleteAfterSeconds);
  const protect = { deleteAfterSeconds: settings.password.generatedDeleteAfterSeconds };
  if (toStudentChat) {
    try {
      if (chat === null) throw new Error("the student's chat was unlinked meanwhile");
      await ctx.deps.notifier.notify(chat, {
        ...say("guided.passwordForStudent", { password, ...stays }),
        protect,
      });
    } catch (error) {
      // The password is already changed and nobody holds the new one: say so in the audit, and the
      // teacher is told to redo it as an in-person check.
      ctx.deps.logger.warn({ err: error, subject: student.id }, "could not send a guided reset's password");
      await record.run("audit", () =>
        audit(ctx, "guided-reset", student.id, "failed", "password set but not delivered", actor.id),
      );
      record.done();
      return endAfterChange(say("guided.codeUnreachable", { name: student.name }));
    }
    await record.run("audit", () =>
      audit(ctx, "guided-reset", student.id, maybeSet ? "info" : "ok", outcome, actor.id),
    );
    record.done();
    return endAfterChange(...warning, say("guided.sentToStudent", { name: student.name }));
  }
  await record.run("audit", () =>
    audit(ctx, "guided-reset", student.id, maybeSet ? "info" : "ok", outcome, actor.id),
  );
  if (chat !== null && route !== "in person, chat unlinked") {
    await record.run("tell the linked chat", () =>
      notifyQuietly(ctx, chat, say("notice.passwordChanged", { account: settings.accountName })),
    );
  }
  record.done();
  return endAfterChange(...warning, {
    ...say("guided.shown", { name: student.name, password, ...stays }),
    protect,
  });
}
