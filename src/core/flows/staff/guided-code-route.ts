import { z } from "zod";
import { randomInt, timingSafeEqual } from "node:crypto";
import { audit } from "../../audit.js";
import { CODE_DIGITS, codeAmongWords } from "../../guided-code-text.js";
import type { StateOf } from "../../dialog-state.js";
import { chatKey, type ChatRef } from "../../chat.js";
import { saysHello } from "../../greeting-words.js";
import type { Reply } from "../../messages.js";
import type { CountedFailure } from "../../ports/limit-counters.js";
import { saysThanks } from "../../thanks-words.js";
import { end, say, stay, type FlowContext, type Transition } from "../flow.js";
import { defineStep, type Step } from "../define-step.js";
import { personId, personVersion } from "../state-fields.js";
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
import { forgetCodeNote, noteGuidedCodeInOwnReset } from "./guided-code-notes-reset.js";
import { setGuidedPassword } from "./guided-password.js";
import { recheckGuidedAccess } from "./guided-recheck.js";

/**
 * A guided reset's code route, for a student with a linked chat: a one-time code goes to that chat, the
 * student reads it to the teacher, who types it here, and the new password goes to the student's chat.
 * How the code's end is told to the student is in guided-code-end.ts.
 */
const CODE_TTL_MS = 10 * 60_000;
const CODE_TRIES = 3;

/**
 * Sends a one-time code to the student's own chat; only its digest is kept, in the teacher's dialog. At most
 * GUIDED_MAX_CODES_PER_HOUR codes go to one student within an hour, whoever sends them (counted before the
 * code goes out, so staff on several replicas at once cannot pass it); beyond that the staff member is told
 * when the next can go, and is offered the other routes again (the in-person check needs no code).
 */
export async function sendCode(ctx: FlowContext, state: StateOf<"guided.route">): Promise<Transition> {
  const access = await recheckGuidedAccess(ctx, state.studentId);
  if (!access.ok) return access.refusal;
  const { limits } = ctx.deps;
  const counted = await limits.reserveAttempt(ctx, "guided-codes", state.studentId);
  // Used up since the routes were offered (another staff member's codes meanwhile): the routes again, whose
  // words say so and when the next can go, without the code route.
  if (counted.blocked !== null) return { next: { ...state, codesPausedUntil: counted.blocked } };
  const by: CodeSender = { id: access.actor.id, role: access.actor.role === "admin" ? "admin" : "teacher" };
  // Until the code has reached the child it does not count: whatever fails before that gives it back.
  let sent: SentCode | null;
  try {
    sent = await deliverCode(ctx, state, access.actor.name, by);
  } catch (error) {
    await giveBack(ctx, state.studentId, counted.failure);
    throw error;
  }
  if (sent === null) {
    await giveBack(ctx, state.studentId, counted.failure);
    return end(say("guided.codeUnreachable", { name: state.studentName }));
  }
  const { chat, digest, expiresAt } = sent;
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

interface SentCode {
  chat: ChatRef;
  digest: string;
  expiresAt: number;
}

/**
 * Puts a new code in the student's chat, its expiry check scheduled first; null when the chat could not be
 * reached (nothing is then to follow it up). Throws when anything else failed before the code went out.
 */
async function deliverCode(
  ctx: FlowContext,
  state: StateOf<"guided.route">,
  senderName: string,
  by: CodeSender,
): Promise<SentCode | null> {
  const chat = await ctx.deps.store.linkedChat(state.studentId);
  const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, "0");
  const digest = codeDigest(ctx, state.studentId, code);
  const expiresAt = ctx.now + CODE_TTL_MS;
  // The child is told who it really is: their teacher, or one of the school's computer team.
  const notice: Reply = {
    ...(by.role === "admin"
      ? say("guided.codeFromAdminForStudent", { name: state.studentName, admin: senderName, code })
      : say("guided.codeForStudent", { name: state.studentName, teacher: senderName, code })),
    protect: { deleteAfterSeconds: CODE_TTL_MS / 1000 },
  };
  // Before the code goes out: a teacher who walks away is followed up in the student's chat when it runs out.
  const job = {
    studentId: state.studentId,
    studentName: state.studentName,
    code: codeName(digest),
    by: { ...by, channel: ctx.chat.channel },
  };
  await scheduleCodeEnd(ctx, job, expiresAt);
  try {
    if (chat === null) throw new Error("the student's chat was unlinked meanwhile");
    // Linked meanwhile to the chat the code would be typed in: it would prove nothing.
    if (chatKey(chat) === chatKey(ctx.chat)) throw new Error("the student's chat is now this one");
    // Her reset open there now, and one she starts there while the code works, read six digits as the code.
    await Promise.all([
      noteGuidedCodeInOwnReset(ctx, chat, expiresAt),
      noteCodeForLaterReset(ctx, chat, state.studentId, expiresAt),
    ]);
    await ctx.deps.notifier.notify(chat, notice);
  } catch (error) {
    ctx.deps.logger.warn({ err: error, subject: state.studentId }, "could not send a one-time code");
    // Nothing reached the student, so nothing is to follow it up.
    await claimCodeEnd(ctx.deps, codeName(digest));
    return null;
  }
  return { chat, digest, expiresAt };
}

/**
 * Until when the code works, for a reset she starts in that chat after it went out (startOwnReset reads it):
 * only the time, never the code. Best effort, as the note in her open reset: if it fails, the code still goes
 * out, as before, and the log says so.
 */
async function noteCodeForLaterReset(
  ctx: FlowContext,
  chat: ChatRef,
  studentId: string,
  until: number,
): Promise<void> {
  await ctx.deps.store.noteGuidedCodeSent(chat, studentId, until, ctx.now).catch((error: unknown) => {
    ctx.deps.logger.warn(
      { err: error, subject: studentId },
      "could not note a guided code for a later reset",
    );
  });
}

/** Takes back a code that never reached the student; best effort, as the step already failed or ends. */
async function giveBack(ctx: FlowContext, studentId: string, failure: CountedFailure): Promise<void> {
  await ctx.deps.limits.forget("guided-codes", studentId, failure).catch((error: unknown) => {
    ctx.deps.logger.warn({ err: error, subject: studentId }, "could not take back an unsent guided code");
  });
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
    const typedCode = codeAmongWords(input.text);
    // "hello" to the child on the phone, "thanks" to the bot for the code: no code, and no try used.
    const smallTalk = codeSmallTalk(input.text, state.studentName);
    if (smallTalk !== null) return stay(state, smallTalk);
    // Not six digits (an empty line, "help", two numbers) can be no code: asked again, and no try is used.
    if (typedCode === null) return stay(state, say("guided.codeNotSixDigits", { name: state.studentName }));
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
    // Her chat, read once: the password goes there, and, used now whatever follows, the code's notes there
    // for her resets go beside the password's work.
    const chat = await ctx.deps.store.linkedChat(state.studentId);
    const forgotten =
      chat === null ? Promise.resolve() : forgetCodeNote(ctx, chat, state.studentId, state.expiresAt);
    try {
      return await setGuidedPassword(ctx, state.studentId, {
        route: "code",
        personVersion: state.personVersion,
        codeSentAt: state.expiresAt - CODE_TTL_MS,
        chat,
      });
    } finally {
      await forgotten;
    }
  },
  // However the code prompt ends before the right code was typed, the child hears the code is dead. After it
  // (the directory refused, say) the teacher, who is with the child, is told what to do instead.
  onLeave: (ctx, state, cause) =>
    codeStopped(ctx, {
      studentId: state.studentId,
      studentName: state.studentName,
      code: codeName(state.codeDigest),
      by: state.by,
      note: stopNote(cause),
      forgetNote: (chat) => forgetCodeNote(ctx, chat, state.studentId, state.expiresAt),
    }),
  // The teacher, who may type the code the child reads out next, hears at once that it no longer works.
  stoppedNotice: (state) => say("guided.codeStoppedForTeacher", { name: state.studentName }),
});

/** A greeting or thanks typed at the code prompt, answered with what to type; null for any other words. */
function codeSmallTalk(text: string, name: string): Reply | null {
  if (saysHello(text)) return say("guided.helloAtCode", { name });
  return saysThanks(text) ? say("guided.welcomeAtCode", { name }) : null;
}

/** The code ran out before it was used: the teacher is told to start again. */
const ranOut = (): Transition => ({
  ...end(say("guided.codeExpired")),
  leaving: { by: "step", note: CODE_RAN_OUT },
});

function codeDigest(ctx: FlowContext, studentId: string, code: string): string {
  return ctx.deps.digest.digest("one-time-code", `${studentId.toLowerCase()}\u0000${code}`);
}
