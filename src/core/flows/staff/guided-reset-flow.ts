import { z } from "zod";
import { audit } from "../../audit.js";
import { chatKey } from "../../chat.js";
import type { StateOf } from "../../dialog-state.js";
import type { Person } from "../../ports/directory.js";
import type { Enrolment } from "../../ports/enrolments.js";
import type { Reply } from "../../messages.js";
import {
  endDeclined,
  hoursUntil,
  minutesUntil,
  say,
  stay,
  type FlowContext,
  type Transition,
} from "../flow.js";
import { defineStep, type Step } from "../define-step.js";
import { failureId } from "../../ports/limit-counters.js";
import { personId, personVersion } from "../state-fields.js";
import { guidedCodeStep, sendCode } from "./guided-code-route.js";
import { guidedInPersonStep } from "./guided-in-person-route.js";
import { guidedAnswerStep } from "./guided-questions-route.js";

/**
 * Teacher-guided reset, for a student who lost their phone, never set up, or is suspended. The student proves
 * who they are in one of three ways, strongest first:
 * - a linked chat: a one-time code goes to it, the student reads it to the teacher, and the new password
 *   goes to the student's own chat (the teacher never sees it);
 * - no linked chat but answers on record: the student answers on the teacher's device;
 * - otherwise (or their chat is lost): the teacher confirms an in-person check; their chat, if any, is
 *   unlinked, and a must-change password is shown to the teacher once.
 * Every guided reset is audited and alerted to the admins.
 *
 * Here: starting it and choosing the route. Each route has its own file (guided-code-route.ts,
 * guided-questions-route.ts, guided-in-person-route.ts); all end in guided-password.ts.
 */

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
  // The codes of the hour are read side by side with the rest (no wait of their own), so that the code route
  // is offered only when a code can go.
  const [chat, enrolment, suspendedUntil, codesPausedUntil] = await Promise.all([
    ctx.deps.store.linkedChat(student.studentId),
    ctx.deps.store.getEnrolment(student.studentId),
    ctx.deps.limits.blockedUntil("student", student.studentId, ctx.now),
    ctx.deps.limits.blockedUntil("guided-codes", student.studentId, ctx.now),
  ]);
  // Wrong answers here count like a student's own, so a suspended student's answers are not offered.
  const questionsPaused = chat === null && enrolment !== null && suspendedUntil !== null;
  // This device must be free to answer: not paused for its failed tries (wrong rounds here count against
  // it, as in a student's own chat), and able to pay for every answer check of the round.
  const [triesPausedUntil, checksPausedUntil] =
    chat === null && enrolment !== null && suspendedUntil === null
      ? await Promise.all([
          ctx.deps.limits.blockedUntil("chat", chatKey(ctx.chat), ctx.now),
          ctx.deps.limits.noRoomForChecksUntil(ctx, enrolment.questionIds.length),
        ])
      : [null, null];
  // The student's chat is this very one (a family phone): a code sent there would come to the teacher.
  const chatIsHere = chat !== null && chatKey(chat) === chatKey(ctx.chat);
  const state: StateOf<"guided.route"> = {
    name: "guided.route",
    ...student,
    hasChat: chat !== null,
    ...(chatIsHere ? { chatIsHere } : {}),
    hasAnswers: enrolment !== null && suspendedUntil === null,
    personVersion,
    routesShownAt: ctx.now,
    ...(questionsPaused ? { questionsPausedUntil: suspendedUntil } : {}),
    ...(triesPausedUntil !== null ? { triesPausedUntil } : {}),
    ...(checksPausedUntil !== null ? { checksPausedUntil } : {}),
    ...(chat !== null && !chatIsHere && codesPausedUntil !== null ? { codesPausedUntil } : {}),
  };
  return { state, enrolment };
}

/**
 * Whether the route step offers the questions: no chat, answers that may be checked, a device not paused
 * for its failed tries, and room to check them.
 */
function questionsOffered(state: StateOf<"guided.route">): boolean {
  return (
    state.hasAnswers &&
    !state.hasChat &&
    state.triesPausedUntil === undefined &&
    state.checksPausedUntil === undefined
  );
}

const guidedRouteState = z.object({
  name: z.literal("guided.route"),
  studentId: personId,
  studentName: z.string(),
  hasChat: z.boolean(),
  /**
   * The student's linked chat is the one the staff member types in (her own child's, on a family phone): no
   * code route (the code, then the password, would come to her), and checked in person, the link stays.
   */
  chatIsHere: z.literal(true).optional(),
  hasAnswers: z.boolean(),
  personVersion,
  /** When personVersion was read: a new password given since is told by who gave it. Absent in older states. */
  routesShownAt: z.number().optional(),
  /** The student's answers would be the route but are suspended until then: the teacher is told why not. */
  questionsPausedUntil: z.number().optional(),
  /**
   * The answers would be the route, but this device is paused for its failed tries until then (wrong
   * rounds or set-up passwords typed on it, CHAT_MAX_FAILURES / CHAT_MAX_STUDENTS): the teacher is told.
   */
  triesPausedUntil: z.number().optional(),
  /**
   * The answers would be the route, but this device cannot pay for a whole round of answer checks until
   * then (its own budget, CHAT_MAX_ANSWER_CHECKS): the teacher is told why not, and that in person works.
   */
  checksPausedUntil: z.number().optional(),
  /** The student has had as many codes as an hour allows, until then: the code route is not offered. */
  codesPausedUntil: z.number().optional(),
});
export const guidedRouteStep: Step<typeof guidedRouteState> = defineStep({
  state: guidedRouteState,
  input: "choice",
  role: "staff",
  secret: false,
  prompt: (ctx, state) => {
    const codesPaused = state.codesPausedUntil !== undefined && state.codesPausedUntil > ctx.now;
    const routes = state.chatIsHere
      ? ["inperson"]
      : state.hasChat
        ? [...(codesPaused ? [] : ["code"]), "nochat"]
        : [...(questionsOffered(state) ? ["questions"] : []), "inperson"];
    const labels = {
      code: "guided.routeCode",
      nochat: "guided.routeNoChat",
      questions: "guided.routeQuestions",
      inperson: "guided.routeInPerson",
    } as const;
    return {
      ...routePrompt(state, ctx.now),
      choices: [
        ...routes.map((id) => ({ id, label: { key: labels[id as keyof typeof labels] } })),
        { id: "cancel", label: { key: "common.cancel" } },
      ],
    };
  },
  async handle(ctx, state, input, actor) {
    // Checked in person against the student as these routes found them: a change since stops it.
    const { studentId, studentName, personVersion, routesShownAt } = state;
    const checked = {
      studentId,
      studentName,
      personVersion,
      ...(routesShownAt !== undefined ? { routesShownAt } : {}),
    };
    switch (input.value) {
      case "code":
        return state.hasChat && !state.chatIsHere
          ? sendCode(ctx, state)
          : stay(state, say("input.useButtons"));
      case "nochat":
        if (state.chatIsHere) return stay(state, say("input.useButtons"));
        return { next: { name: "guided.inPerson", ...checked, unlinkChat: state.hasChat } };
      case "inperson":
        return {
          next: { name: "guided.inPerson", ...checked, unlinkChat: state.hasChat && !state.chatIsHere },
        };
      case "questions":
        return questionsRoute(ctx, state, actor);
      case "cancel":
        return endDeclined(say("chat.cancelled"));
      default:
        return stay(state, say("input.useButtons"));
    }
  },
});

/** The words above the routes: the choice, or why the questions are not among them for now. */
function routePrompt(state: StateOf<"guided.route">, now: number): Reply {
  const name = state.studentName;
  if (state.chatIsHere)
    return say(state.hasAnswers ? "guided.chooseRouteChatHere" : "guided.chooseRouteChatHereOnlyInPerson", {
      name,
    });
  const { questionsPausedUntil, triesPausedUntil, checksPausedUntil, codesPausedUntil } = state;
  // The student's codes of the hour are used up: said with the routes, not after "Send a code" is tapped.
  if (state.hasChat && codesPausedUntil !== undefined && codesPausedUntil > now)
    return say("guided.chooseRouteCodesUsedUp", { name, minutes: minutesUntil(codesPausedUntil, now) });
  if (questionsPausedUntil !== undefined) {
    return say("guided.chooseRouteQuestionsPaused", { name, hours: hoursUntil(questionsPausedUntil, now) });
  }
  if (triesPausedUntil !== undefined) {
    // The questions come back when both the pause and the lack of room are over.
    const until = Math.max(triesPausedUntil, checksPausedUntil ?? 0);
    return say("guided.chooseRouteDeviceTriesPaused", { name, minutes: minutesUntil(until, now) });
  }
  if (checksPausedUntil !== undefined) {
    return say("guided.chooseRouteDevicePaused", { name, minutes: minutesUntil(checksPausedUntil, now) });
  }
  return say("guided.chooseRoute", { name });
}

/**
 * The questions route, only if it was offered and is still allowed now: no chat, answers on record, not
 * suspended (wrong answers here count like the student's own), a device not paused for its failed tries,
 * and room on this device to check a whole round. Any user-API client can send a button it was not shown,
 * and a suspension or the device's pause may have begun since the buttons were. Refused, the teacher sees
 * the routes as they are now (when the answers or the device are paused, the words that say so).
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
        roundId: failureId(ctx.now),
      },
    };
  }
  // Never shown, so sent on purpose by a staff chat: worth an audit line, as an attempt (counted per day
  // for the student, never in their protected trail), so repeating it cannot push real events out.
  if (!offered) await audit(ctx, "staff-refused", studentId, "refused", "questions not offered", actor.id);
  const toldWhy =
    now.state.questionsPausedUntil !== undefined ||
    now.state.triesPausedUntil !== undefined ||
    now.state.checksPausedUntil !== undefined;
  return toldWhy ? { next: now.state } : stay(now.state, say("input.useButtons"));
}

export const guidedSteps = [guidedRouteStep, guidedCodeStep, guidedAnswerStep, guidedInPersonStep] as const;
