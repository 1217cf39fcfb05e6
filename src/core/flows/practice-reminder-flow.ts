import { z } from "zod";
import { audit } from "../audit.js";
import type { CoreDeps } from "../core-deps.js";
import { MENU_PREFIX } from "../start-menu.js";
import { checkEnrolledAnswer } from "./answer-check.js";
import { paidAnswer } from "./charge-answer-check.js";
import {
  end,
  hoursUntil,
  minutesUntil,
  questionText,
  say,
  type FlowContext,
  type Transition,
} from "./flow.js";
import { pauseAfterFailure } from "./pause-notice.js";
import { defineStep, type Step } from "./define-step.js";
import { personId } from "./state-fields.js";
import { askWhichStudent } from "./reset-flow.js";

/**
 * The reminder later in the term: on the linked chat, at most once per PRACTICE_REMINDER_DAYS, the bot
 * offers the practice round's check again. Unlike the practice round (inside a set-up proven with the
 * password), this one is paid for like a reset: every answer is charged to the chat's budget, a miss counts
 * as a failed reset, and the child hears only "all right" or "not all right". Changing answers needs /setup.
 */
/** The reminder's button: a start-menu choice, so it works whenever the child taps it. */
export const PRACTICE_CHOICE = `${MENU_PREFIX}practice`;

const DAY_MS = 24 * 3_600_000;

/**
 * Sends the day's reminders: to every student whose set-up is a whole number of terms old today
 * (PRACTICE_REMINDER_DAYS after it, then each term), on their linked chat. Nothing is stored per student for
 * this (the set-up's own time says when); one replica a day does it. Returns how many were sent.
 */
export async function sendDueReminders(deps: CoreDeps): Promise<number> {
  const days = deps.settings.practiceReminderDays;
  if (days <= 0) return 0;
  const now = deps.clock();
  const today = Math.floor(now / DAY_MS);
  if (!(await deps.store.markUpdateSeen(`practice-reminders:${today}`, 2 * 24 * 3600))) return 0;
  let sent = 0;
  for await (const ids of deps.store.enrolledPeople()) {
    for (const personId of ids) {
      const enrolment = await deps.store.getEnrolment(personId);
      if (enrolment === null) continue;
      const age = today - Math.floor(enrolment.enrolledAt / DAY_MS);
      if (age <= 0 || age % days !== 0) continue;
      // Unlinked: no reminder (a reset needs the linked chat anyway).
      const chat = await deps.store.linkedChat(personId);
      if (chat === null) continue;
      try {
        await deps.notifier.notify(chat, {
          ...say("practice.reminder"),
          choices: [{ id: PRACTICE_CHOICE, label: { key: "practice.check" } }],
        });
        sent += 1;
      } catch (error) {
        deps.logger.warn({ err: error, subject: personId }, "could not send a practice reminder");
      }
    }
  }
  return sent;
}

/** The reminder's button was tapped: which linked child, then their check. */
export async function startPracticeReminder(ctx: FlowContext): Promise<Transition> {
  const linked = await ctx.deps.store.linkedPeople(ctx.chat);
  if (linked.length === 0) return end(say("reset.onlyLinkedChat"));
  if (linked.length > 1) return askWhichStudent(ctx, linked, "practice", startReminderCheck);
  return startReminderCheck(ctx, linked[0]!);
}

/** The check for one linked child (`linkedId` as the store keeps it, in lower case). */
export async function startReminderCheck(ctx: FlowContext, linkedId: string): Promise<Transition> {
  const throttled = await ctx.deps.limits.chatBlockedUntil(ctx);
  if (throttled !== null) return end(say("reset.throttled", { minutes: minutesUntil(throttled, ctx.now) }));
  // The directory's spelling of the id ("S1001") and the name, for the audit and the words.
  const person = await ctx.deps.directory.findPerson(linkedId);
  if (person === null) return end(say("reset.accountGone"));
  const personId = person.id;
  const [enrolment, suspended] = await Promise.all([
    ctx.deps.store.getEnrolment(personId),
    ctx.deps.limits.blockedUntil("student", personId, ctx.now),
  ]);
  if (enrolment === null) return end(say("reset.notSetUp", { name: person.name }));
  if (suspended !== null) {
    return end(say("reset.suspended", { hours: hoursUntil(suspended, ctx.now) }));
  }
  return {
    next: { name: "practice.remind", personId, questionIds: enrolment.questionIds, index: 0, allMatch: true },
  };
}

const practiceRemindState = z.object({
  name: z.literal("practice.remind"),
  personId,
  questionIds: z.array(z.string()).length(3),
  index: z.number().int().min(0).max(2),
  allMatch: z.boolean(),
  unknownVersion: z.boolean().optional(),
  /** The enrolment names a pepper this server does not have: nothing was checked, no limit counts it. */
  unknownPepper: z.boolean().optional(),
});
export const practiceRemindStep: Step<typeof practiceRemindState> = defineStep({
  state: practiceRemindState,
  input: "text",
  role: "anyone",
  secret: true,
  prompt: (ctx, state) => ({
    ...say("practice.ask", {
      number: state.index + 1,
      question: questionText(ctx, state.questionIds[state.index]),
    }),
  }),
  async handle(ctx, state, input) {
    const read = await paidAnswer(ctx, state, input.text, 2 - state.index);
    if (!read.ok) return read.transition;
    const checked = await checkEnrolledAnswer(
      ctx,
      state.personId,
      state.questionIds,
      state.index,
      read.answer,
    );
    const allMatch = state.allMatch && checked.matches;
    const unknownVersion = state.unknownVersion === true || checked.unknownVersion === true;
    const unknownPepper = state.unknownPepper === true || checked.unknownPepper === true;
    if (state.index < 2) {
      return {
        next: {
          ...state,
          index: state.index + 1,
          allMatch,
          ...(unknownVersion ? { unknownVersion } : {}),
          ...(unknownPepper ? { unknownPepper } : {}),
        },
      };
    }
    if (unknownPepper) {
      // The server's pepper is wrong (the admins are alerted): nothing was checked, nothing counts.
      await audit(
        ctx,
        "reset",
        state.personId,
        "failed",
        "answers not checked: their pepper is not configured",
      );
      return end(say("answers.notCheckable"));
    }
    if (allMatch) {
      await audit(ctx, "reset-verify", state.personId, "ok", "practice reminder");
      return end(say("practice.remindRight"));
    }
    // An enrolment of a version this code does not know (a rolling deploy) can never match: not counted.
    const blocks = unknownVersion
      ? null
      : await ctx.deps.limits.failedReset(ctx, state.personId, state.personId);
    await audit(
      ctx,
      "reset",
      state.personId,
      "failed",
      unknownVersion ? "unknown answer version" : "practice reminder",
    );
    const paused = blocks === null ? null : await pauseAfterFailure(ctx, state.personId, blocks);
    return end(say("practice.remindWrong"), ...(paused === null ? [] : [paused]));
  },
});

export const reminderSteps = [practiceRemindStep] as const;
