import { z } from "zod";
import { audit } from "../audit.js";
import type { ChatRef } from "../chat.js";
import type { CoreDeps } from "../core-deps.js";
import type { Reply } from "../messages.js";
import { checkEnrolledAnswer, NEWER_VERSION_NOTE, withCheck } from "./answer-check.js";
import { paidAnswer } from "./charge-answer-check.js";
import {
  end,
  hoursUntil,
  questionText,
  say,
  stay,
  waitUntil,
  type FlowContext,
  type Transition,
} from "./flow.js";
import { oldButtonEnd } from "./old-button.js";
import { pauseAfterFailure } from "./pause-notice.js";
import { defineStep, type Step } from "./define-step.js";
import { failureId } from "../ports/limit-counters.js";
import { answerRoundFields, personId, roundId, earlierAnswers } from "./state-fields.js";
import { askWhichStudent } from "./reset-flow.js";
import { linkedAgainByEmail } from "./trusted-email.js";
import { dayOf, isDueOn, openReminder, reminderButton, reminderDayOf } from "./practice-reminder-button.js";
import { roundAnswerDigest, sameAsEarlier, withEarlierAnswer } from "./round-answer-digest.js";

/**
 * The reminder later in the term: on the linked chat, at most once per PRACTICE_REMINDER_DAYS, the bot
 * offers the practice round's check again. Unlike the practice round (inside a set-up proven with the
 * password), this one is paid for like a reset: every answer is charged to the chat's budget, a miss counts
 * as a failed reset, and the child hears only "all right" or "not all right". Changing answers needs /setup.
 * Its button is taken only as the bot sent it: to this chat, for a child due that day, within a week, once
 * per child (practice-reminder-button.ts).
 */

/**
 * Sends the day's reminders: to every student whose set-up is a whole number of terms old today
 * (PRACTICE_REMINDER_DAYS after it, then each term), on their linked chat, from PRACTICE_REMINDER_HOUR_UTC.
 * Nothing is stored per student for this (the set-up's own time says when; the button carries its day,
 * signed); one replica a day does it.
 * Returns how many were sent.
 */
export async function sendDueReminders(deps: CoreDeps): Promise<number> {
  if (deps.settings.practiceReminderDays <= 0) return 0;
  const now = deps.clock();
  // Before the school's hour the day is left for a later look: the first one after midnight UTC is a
  // child's night in London and a lesson in Singapore.
  if (new Date(now).getUTCHours() < deps.settings.practiceReminderHourUtc) return 0;
  const today = dayOf(now);
  if (!(await deps.store.markUpdateSeen(`practice-reminders:${today}`, 2 * 24 * 3600))) return 0;
  let sent = 0;
  for await (const ids of deps.store.enrolledPeople()) {
    for (const personId of ids) {
      const enrolment = await deps.store.getEnrolment(personId);
      if (enrolment === null || !isDueOn(deps, enrolment.enrolledAt, today)) continue;
      // Unlinked: no reminder (a reset needs the linked chat anyway).
      const chat = await deps.store.linkedChat(personId);
      if (chat === null) continue;
      try {
        await deps.notifier.notify(chat, {
          ...(await reminderWords(deps, chat, personId)),
          choices: [{ id: reminderButton(deps, chat, today), label: { key: "practice.check" } }],
        });
      } catch (error) {
        deps.logger.warn({ err: error, subject: personId }, "could not send a practice reminder");
        continue;
      }
      sent += 1;
      const open = openReminder(deps, chat, personId, enrolment.enrolledAt, now);
      // Its button typed ("1") is the button while the reminder is the last thing shown: practice-reminder-typed.ts.
      if (open !== null) {
        await deps.store.noteReminderShown(chat, open.day, open.ttlSeconds * 1000).catch((error: unknown) => {
          deps.logger.warn(
            { err: error, subject: personId },
            "a practice reminder's button typed will not work",
          );
        });
      }
    }
  }
  // Once a day, from the replica that looked: the admin's sign that reminders work (a count, never whom).
  deps.logger.info({ event: "practice_reminders", sent }, "sent the day's practice reminders");
  return sent;
}

/**
 * The reminder's words: on a chat linked to more than one person (a family phone, perhaps a parent who is a
 * teacher) they name the child, as every notice about one child there does, or "your secret answers" reads
 * as anyone's, and the check it opens counts a miss against the child. A chat linked to the child alone
 * needs no name, and no directory look-up for it; a name the directory cannot give leaves the plain words.
 */
async function reminderWords(deps: CoreDeps, chat: ChatRef, personId: string): Promise<Reply> {
  if ((await deps.store.linkedPeople(chat)).length < 2) return say("practice.reminder");
  const person = await deps.directory.findPerson(personId).catch((error: unknown) => {
    deps.logger.warn({ err: error, subject: personId }, "could not read a child's name for her reminder");
    return null;
  });
  return person === null ? say("practice.reminder") : say("practice.reminderFor", { name: person.name });
}

/**
 * A reminder's button was tapped: the check of the linked child it was sent for (or "which of you" when
 * several fell due that day). Null when this chat was sent no such reminder, or it is old or used up: a
 * forged button, another chat's, and a staff chat's all start nothing.
 */
export async function startPracticeReminder(ctx: FlowContext, choice: string): Promise<Transition | null> {
  const day = reminderDayOf(ctx.deps, ctx.chat, choice, ctx.now);
  if (day === null) return null;
  const linked = await ctx.deps.store.linkedPeople(ctx.chat);
  const enrolments = await Promise.all(linked.map((id) => ctx.deps.store.getEnrolment(id)));
  const reminded = linked.filter((_, i) => {
    const enrolment = enrolments[i];
    return enrolment != null && isDueOn(ctx.deps, enrolment.enrolledAt, day);
  });
  if (reminded.length === 0) return null;
  if (reminded.length > 1) return askWhichStudent(ctx, reminded, "practice", startReminderCheck);
  return startReminderCheck(ctx, reminded[0]!);
}

/**
 * The check for one linked child (`linkedId` as the store keeps it, in lower case), while their reminder is
 * open; it uses the reminder up.
 */
export async function startReminderCheck(ctx: FlowContext, linkedId: string): Promise<Transition> {
  const throttled = await ctx.deps.limits.chatBlockedUntil(ctx);
  if (throttled !== null) return end(say("reset.throttled", waitUntil(throttled, ctx.now)));
  // The directory's spelling of the id ("S1001") and the name, for the audit and the words.
  const person = await ctx.deps.directory.findPerson(linkedId);
  if (person === null) return end(say("reset.accountGone"));
  const personId = person.id;
  const [enrolment, suspended] = await Promise.all([
    ctx.deps.store.getEnrolment(personId),
    ctx.deps.limits.blockedUntil("student", personId, ctx.now),
  ]);
  const reminder =
    enrolment === null ? null : openReminder(ctx.deps, ctx.chat, personId, enrolment.enrolledAt, ctx.now);
  if (enrolment === null || reminder === null) return oldButtonEnd(ctx);
  if (suspended !== null) {
    return end(say("reset.suspended", { hours: hoursUntil(suspended, ctx.now) }));
  }
  // Once per child and reminder: a check left unfinished is not offered again until the next term.
  if (!(await ctx.deps.store.markUpdateSeen(reminder.usedKey, reminder.ttlSeconds))) return oldButtonEnd(ctx);
  return {
    next: {
      name: "practice.remind",
      personId,
      questionIds: enrolment.questionIds,
      index: 0,
      allMatch: true,
      roundId: failureId(ctx.now),
    },
  };
}

const practiceRemindState = z.object({
  name: z.literal("practice.remind"),
  personId,
  ...answerRoundFields,
  roundId,
  earlierAnswers,
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
    // The answer she gave an earlier question, sent again (two taps on Send on a slow phone): set-up keeps the
    // three answers different, so it cannot be this one's. Not checked, no try: the question again.
    const digest = roundAnswerDigest(ctx, state.personId, input.text);
    const earlier = sameAsEarlier(state.earlierAnswers, digest);
    if (earlier !== null) return stay(state, say("practice.sameAnswerAgain", { earlier }));
    const read = await paidAnswer(ctx, state, input.text, 2 - state.index, {
      savedAnswers: () => ctx.deps.store.getEnrolment(state.personId),
    });
    if (!read.ok) return read.transition;
    const checked = await checkEnrolledAnswer(
      ctx,
      state.personId,
      state.questionIds,
      state.index,
      read.answer,
    );
    const round = withCheck(state, checked);
    const { unknownVersion, unknownPepper } = round;
    if (state.index < 2)
      return { next: { ...state, index: state.index + 1, ...round, ...withEarlierAnswer(state, digest) } };
    // A round that a suspension or a re-link elsewhere overtook fails like a wrong one, as a reset does.
    const allMatch = round.allMatch && (await stillOpenTo(ctx, state.personId));
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
      : await ctx.deps.limits.failedReset(ctx, state.personId, state.personId, { roundId: state.roundId });
    await audit(
      ctx,
      "reset",
      state.personId,
      "failed",
      unknownVersion ? NEWER_VERSION_NOTE : "practice reminder",
    );
    const paused = blocks === null ? null : await pauseAfterFailure(ctx, state.personId, blocks);
    // /setup, to choose new answers, needs her password, unless a trusted Slack email links her by ID alone.
    const byEmail = await linkedAgainByEmail(ctx, state.personId);
    const wrong = say(byEmail ? "practice.remindWrongByEmail" : "practice.remindWrong");
    return end(wrong, ...(paused === null ? [] : [paused]));
  },
});

export const reminderSteps = [practiceRemindStep] as const;

/** The student is still linked to this chat and not suspended. */
async function stillOpenTo(ctx: FlowContext, personId: string): Promise<boolean> {
  const [linked, suspended] = await Promise.all([
    ctx.deps.store.linkedPeople(ctx.chat),
    ctx.deps.limits.blockedUntil("student", personId, ctx.now),
  ]);
  return linked.includes(personId.trim().toLowerCase()) && suspended === null;
}
