import { z } from "zod";
import { audit } from "../../audit.js";
import { end, hoursUntil, questionText, say, stay, type FlowContext } from "../flow.js";
import { defineStep, type Step } from "../define-step.js";
import { answerRoundFields, personId, personVersion, roundId, earlierAnswers } from "../state-fields.js";
import { checkEnrolledAnswer, NEWER_VERSION_NOTE, withCheck } from "../answer-check.js";
import { paidAnswer } from "../charge-answer-check.js";
import { setGuidedPassword } from "./guided-password.js";
import { roundAnswerDigest, sameAsEarlier, withEarlierAnswer } from "../round-answer-digest.js";

/**
 * A guided reset's questions route, for a student with no linked chat but answers on record: the student
 * answers on the teacher's device, and wrong answers count like the student's own.
 */
const guidedAnswerState = z.object({
  name: z.literal("guided.answer"),
  studentId: personId,
  studentName: z.string(),
  ...answerRoundFields,
  personVersion,
  roundId,
  earlierAnswers,
});
export const guidedAnswerStep: Step<typeof guidedAnswerState> = defineStep({
  state: guidedAnswerState,
  input: "text",
  role: "staff",
  secret: true,
  // A command between two answers (hers, or the child's /reset) ends the round: she is told, as for a code.
  stoppedNotice: (state, by) =>
    by === "cancel" ? null : say("guided.questionsStopped", { name: state.studentName }),
  prompt: (ctx, state) => ({
    ...say("guided.askAnswer", {
      number: state.index + 1,
      name: state.studentName,
      question: questionText(ctx, state.questionIds[state.index]),
    }),
  }),
  async handle(ctx, state, input, actor) {
    // The answer she gave an earlier question, sent again (two taps on Send on a slow connection): set-up keeps
    // the three answers different, so it cannot be this one's. Not checked, no try: the question again.
    const digest = roundAnswerDigest(ctx, state.studentId, input.text);
    const earlier = sameAsEarlier(state.earlierAnswers, digest);
    if (earlier !== null)
      return stay(state, say("guided.sameAnswerAgain", { name: state.studentName, earlier }));
    // Paid from this device's answer checks, as the teacher's: a pause it meets (of those checks, or of its
    // failed tries) is told in her words.
    const read = await paidAnswer(ctx, state, input.text, state.questionIds.length - 1 - state.index, {
      actor: actor.id,
      chatPaused: (minutes, reason) =>
        say(reason === "failures" ? "guided.deviceTriesPaused" : "guided.devicePaused", {
          name: state.studentName,
          minutes,
        }),
      notRemembered: say("guided.notRemembered", { name: state.studentName }),
      savedAnswers: () => ctx.deps.store.getEnrolment(state.studentId),
    });
    if (!read.ok) return read.transition;
    const { studentId, questionIds, index } = state;
    const check = await checkEnrolledAnswer(ctx, studentId, questionIds, index, read.answer);
    const round = withCheck(state, check);
    const { unknownVersion, unknownPepper } = round;
    if (state.index < state.questionIds.length - 1)
      return { next: { ...state, index: state.index + 1, ...round, ...withEarlierAnswer(state, digest) } };
    // A round that began before a suspension (wrong rounds on another device), a re-link or a clearing of
    // answers fails like a wrong one: "changed" at the reservation would tell the teacher they were right.
    const allMatch = round.allMatch && (await unchangedSince(ctx, state.studentId, state.personVersion));
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
      // Under the round's name: typed again after a lost reply, it counts once.
      const blocks = await ctx.deps.limits.failedReset(ctx, studentId, studentId, {
        actor: actor.id,
        roundId: state.roundId,
      });
      await audit(ctx, "guided-reset", state.studentId, "failed", "answers did not match", actor.id);
      // The suspension this started (or one already in force) ends the questions route: say so, and what works.
      if (blocks.student !== null) {
        const hours = hoursUntil(blocks.student, ctx.now);
        return end(say("guided.answersWrongPaused", { name: state.studentName, hours }));
      }
      return end(say("guided.answersWrong", { name: state.studentName }));
    }
    return setGuidedPassword(ctx, state.studentId, {
      route: "questions",
      personVersion: state.personVersion,
    });
  },
});

/** The student's version is still the round's, and they are not suspended. */
async function unchangedSince(ctx: FlowContext, studentId: string, personVersion: number): Promise<boolean> {
  const [version, suspended] = await Promise.all([
    ctx.deps.store.personVersion(studentId),
    ctx.deps.limits.blockedUntil("student", studentId, ctx.now),
  ]);
  return version === personVersion && suspended === null;
}
