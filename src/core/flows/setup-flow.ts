import { checkNewAnswer } from "../answers/answer-rules.js";
import { NORMALISATION_VERSION } from "../answers/normalise-answer.js";
import { audit } from "../audit.js";
import { chatKey } from "../chat.js";
import type { StateOf } from "../dialog-state.js";
import type { Person } from "../ports/directory.js";
import { QUESTIONS_PER_STUDENT } from "../questions/question-list.js";
import {
  end,
  minutesUntil,
  say,
  stay,
  type FlowContext,
  type Prompts,
  type StepHandlers,
  type Transition,
} from "./flow.js";
import { countChatFailure } from "./failure-counts.js";
import { notifyQuietly } from "./notify-quietly.js";
import { subjectForTypedId } from "./subject.js";
import { readTypedId } from "./typed-id.js";

/**
 * Set-up (enrolment): the student proves who they are with their user id and current password, which
 * links this chat to them, then picks three different questions and answers each. Running it again
 * replaces the answers, after the password is proven again.
 */
type SetupState = "setup.id" | "setup.password" | "setup.question" | "setup.answer";

export async function startSetup(ctx: FlowContext): Promise<Transition> {
  const throttled = await ctx.deps.store.chatThrottledUntil(ctx.chat, ctx.now);
  if (throttled !== null) return end(say("setup.throttled", { minutes: minutesUntil(throttled, ctx.now) }));
  return { next: { name: "setup.id" }, say: [say("setup.intro")] };
}

export const setupPrompts: Prompts<SetupState> = {
  "setup.id": (ctx) => say("setup.askId", { hint: ctx.deps.settings.loginHint }),
  "setup.password": () => ({ ...say("setup.askPassword"), expectsSecret: true }),
  "setup.question": (ctx, state) => ({
    ...say("setup.pickQuestion", { number: state.picked.length + 1 }),
    choices: ctx.deps.questions
      .filter((q) => !state.picked.some((p) => p.questionId === q.id))
      .map((q) => ({ id: q.id, label: { key: "question", params: { question: q.text } } })),
  }),
  "setup.answer": (ctx, state) => ({
    ...say("setup.askAnswer", { question: questionText(ctx, state.questionId) }),
    expectsSecret: true,
  }),
};

export const setupSteps: StepHandlers<SetupState> = {
  async "setup.id"(ctx, state, input) {
    const typed = readTypedId(input);
    if (!typed.ok) return stay(state, typed.problem);
    const typedId = typed.id;
    // An id that matches nobody may be a password typed into the wrong box: only its digest is kept.
    const known = await ctx.deps.directory.findPerson(typedId);
    if (known !== null && trustedEmailMatches(ctx, known))
      return proven(ctx, known, "trusted workspace email");
    return { next: { name: "setup.password", typedId: known?.id ?? subjectForTypedId(ctx, typedId) } };
  },

  async "setup.password"(ctx, state, input) {
    if (input.kind !== "text") return stay(state, say("input.notText"));
    if (input.text.trim() === "") return stay(state, say("input.empty"));
    // While this person's set-up is paused (too many wrong passwords), the directory is not asked about
    // their password at all; an id that matches nobody costs the directory the same work and gets the
    // same refusal.
    const paused = await ctx.deps.store.linkPausedUntil(state.typedId, ctx.now);
    const askFor = paused === null ? state.typedId : subjectForTypedId(ctx, state.typedId);
    const person = await ctx.deps.directory.authenticate(askFor, input.text);
    if (person === null) return wrongPassword(ctx, state, paused !== null);
    return proven(ctx, person);
  },

  async "setup.question"(ctx, state, input) {
    if (input.kind !== "choice") return stay(state, say("input.useButtons"));
    const question = ctx.deps.questions.find((q) => q.id === input.value);
    if (question === undefined || state.picked.some((p) => p.questionId === question.id)) {
      return stay(state, say("input.useButtons"));
    }
    return { next: { ...state, name: "setup.answer", questionId: question.id } };
  },

  async "setup.answer"(ctx, state, input) {
    if (input.kind !== "text") return stay(state, say("input.notText"));
    const question = ctx.deps.questions.find((q) => q.id === state.questionId);
    if (question === undefined) return stay({ ...state, name: "setup.question" }, say("input.useButtons"));
    const checked = checkNewAnswer(input.text, question, { id: state.personId, name: state.personName });
    if (!checked.ok) return stay(state, { text: checked.problem });
    for (const earlier of state.picked) {
      if (await ctx.deps.hasher.verify(earlier.answerHash, checked.normalised)) {
        return stay(state, say("answer.sameAsOther"));
      }
    }
    const answerHash = await ctx.deps.hasher.hash(checked.normalised);
    const picked = [...state.picked, { questionId: question.id, answerHash }];
    if (picked.length < QUESTIONS_PER_STUDENT) {
      return {
        next: { name: "setup.question", personId: state.personId, personName: state.personName, picked },
      };
    }
    await ctx.deps.store.saveEnrolment(state.personId, {
      questionIds: picked.map((p) => p.questionId),
      answerHashes: picked.map((p) => p.answerHash),
      normalisationVersion: NORMALISATION_VERSION,
      enrolledAt: ctx.now,
    });
    await audit(ctx, "enrol", state.personId, "ok");
    return end(say("setup.done"));
  },
};

function questionText(ctx: FlowContext, questionId: string): string {
  return ctx.deps.questions.find((q) => q.id === questionId)?.text ?? questionId;
}

async function wrongPassword(
  ctx: FlowContext,
  state: StateOf<"setup.password">,
  paused: boolean,
): Promise<Transition> {
  const { store, directory, settings, alerts } = ctx.deps;
  const known = await directory.findPerson(state.typedId);
  // state.typedId is the directory's id, or a digest of an id that matches nobody: every id tried counts
  // as its own subject, known or not, so the throttle cannot tell real ids from made-up ones.
  const subject = known?.id ?? state.typedId;
  await audit(ctx, "link", subject, "failed", paused ? "set-up paused" : "wrong id or password");
  if (known !== null && !paused) {
    const link = await store.recordLinkFailure(known.id, ctx.now, settings.reset.linkFailures);
    if (link.blockedNow) {
      await audit(ctx, "link-paused", known.id, "refused", `${link.failures} wrong passwords`);
      alerts.raise({ kind: "link-paused", subject: known.id, details: { failures: link.failures } });
    }
  }
  await countChatFailure(ctx, subject);
  const throttled = await ctx.deps.store.chatThrottledUntil(ctx.chat, ctx.now);
  if (throttled !== null) return end(say("setup.throttled", { minutes: minutesUntil(throttled, ctx.now) }));
  return { next: { name: "setup.id" }, say: [say("setup.wrongPassword")] };
}

/** The person is proven (password, or an email the platform vouches for): link, then on to the questions. */
async function proven(ctx: FlowContext, person: Person, reason?: string): Promise<Transition> {
  await linkChat(ctx, person, reason);
  if (person.role !== "student") return end(say("setup.staffLinked", { name: person.name }));
  return {
    next: { name: "setup.question", personId: person.id, personName: person.name, picked: [] },
    say: [say("setup.linked", { name: person.name, account: ctx.deps.settings.accountName })],
  };
}

/**
 * The platform's verified email (Inbound.verifiedEmail) equals the student's directory email. Students only:
 * a chat workspace's admin can change a member's email, and must not get a teacher's powers that way.
 */
function trustedEmailMatches(ctx: FlowContext, person: Person): boolean {
  const email = ctx.verifiedEmail?.trim().toLowerCase() ?? "";
  return person.role === "student" && email !== "" && person.email?.trim().toLowerCase() === email;
}

/** Links this chat to the person; tells the chat they were linked to before, and the admins. */
async function linkChat(ctx: FlowContext, person: Person, reason?: string): Promise<void> {
  const { previousChat } = await ctx.deps.store.link(ctx.chat, person.id);
  await audit(ctx, "link", person.id, "ok", reason);
  if (previousChat === null || chatKey(previousChat) === chatKey(ctx.chat)) return;
  await audit(ctx, "relink", person.id, "info", `was ${previousChat.channel}`);
  ctx.deps.alerts.raise({
    kind: "relink",
    subject: person.id,
    details: { from: previousChat.channel, to: ctx.chat.channel },
  });
  await notifyQuietly(
    ctx,
    previousChat,
    say("notice.linkedElsewhere", { account: ctx.deps.settings.accountName }),
  );
}
