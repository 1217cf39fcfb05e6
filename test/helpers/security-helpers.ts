import argon2 from "argon2";
import { onTestFinished, vi } from "vitest";
import { NORMALISATION_VERSION, normaliseAnswer } from "../../src/core/answers/normalise-answer.js";
import { NON_ANSWERS_VERSION } from "../../src/core/answers/non-answers.js";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome, Reply } from "../../src/core/messages.js";
import type { Directory } from "../../src/core/ports/directory.js";
import type { AnswerHash } from "../../src/core/ports/store.js";
import { DEFAULT_QUESTIONS } from "../../src/core/questions/question-list.js";
import { TestWorld, type TestChat } from "./test-world.js";

/** The demo school's current passwords (data/demo-school.json), as a student would type them. */
export const DEMO_PASSWORDS = {
  S1001: "Garden-Lamp-21",
  S1002: "River-Kite-34",
  S1003: "Pencil-Moon-56",
  S1004: "Apple-Cloud-78",
  S1005: "Tiger-Boat-90",
  T2001: "Teach-Four-A-2026",
  A3001: "Admin-Desk-2026",
} as const;

/**
 * A school that lets a typed id lead to questions from any chat (RESET_REQUIRES_LINKED_CHAT=false): the
 * route where every id must look the same. With the default, only the linked chat resets, without an id.
 */
export const TYPED_ID_ROUTE = { RESET_REQUIRES_LINKED_CHAT: "false" } as const;
/**
 * Turns off the minute's pace of one chat's ID lookups (CHAT_MAX_ID_LOOKUPS_PER_MINUTE), for a test whose chat
 * types many IDs to reach another limit: an attacker who waits 12 seconds between IDs does the same within the
 * hour, so the test keeps its meaning without a clock moved between tries.
 */
export const UNPACED_ID_LOOKUPS = { CHAT_MAX_ID_LOOKUPS_PER_MINUTE: "60" } as const;

/** A school day morning; every security test starts its clock here. */
export const MONDAY_8AM = new Date("2026-03-02T08:00:00Z").getTime();
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Freezes Date (only Date: ioredis-mock and the core read Date.now, timers stay real) at `start`. Undo it with
 * vi.useRealTimers() in an afterEach: the next file in the worker would run on the frozen clock (unit-setup
 * fails a file that leaves it).
 */
export function useSchoolClock(start = MONDAY_8AM): SchoolClock {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(start);
  return {
    advance: (ms) => vi.setSystemTime(Date.now() + ms),
    now: () => Date.now(),
  };
}

export interface SchoolClock {
  advance(ms: number): void;
  now(): number;
}

/** A fresh world and the school's clock it runs on. */
export interface WorldOnSchoolClock {
  world: TestWorld;
  clock: SchoolClock;
}

/**
 * A fresh world (over the demo school, or `directory`) on the school's clock (Monday 8 a.m.; only Date is
 * faked). Call it in a beforeEach or a test: when the test ends, the world is closed and the real clock is
 * back (test files share a worker). `env` is the world's settings.
 */
export async function worldOnSchoolClock(
  env: Record<string, string> = {},
  directory?: Directory,
): Promise<WorldOnSchoolClock> {
  const clock = useSchoolClock();
  const world = await TestWorld.create(env, directory);
  onTestFinished(async () => {
    await world.close();
    vi.useRealTimers();
  });
  return { world, clock };
}

/** Which question a prompt asks, by its id ("animal"), or undefined when the reply asks none. */
export function askedQuestion(outcome: Outcome): string | undefined {
  const text = outcome.replies.map((r) => translate(r.text)).join("\n");
  return DEFAULT_QUESTIONS.find((q) => Object.values(q.text).some((t) => text.includes(t)))?.id;
}

/** Answers by question id; any question not listed gets a wrong answer. */
export function answersFor(byQuestion: Record<string, string>, otherwise = "Wrong-Guess") {
  // A wrong guess of its own for each question: a reset does not take an answer already given in its round.
  return (questionId: string) => byQuestion[questionId] ?? `${otherwise} ${questionId}`;
}

/**
 * Runs a reset from the start and keeps every outcome: /reset, the id, then an answer to each question asked
 * (at most three). Stops early when the bot asks no question.
 */
export async function resetTranscript(
  chat: TestChat,
  id: string,
  answerFor: (questionId: string) => string,
): Promise<{ outcomes: Outcome[]; questions: string[] }> {
  const outcomes = [await chat.send("/reset")];
  // The linked chat goes straight to the questions; only the typed-id route asks for the id.
  if (chat.lastText.includes("Type your user ID")) outcomes.push(await chat.send(id));
  const questions: string[] = [];
  for (let i = 0; i < 3; i++) {
    const asked = askedQuestion(chat.last);
    if (asked === undefined) break;
    questions.push(asked);
    outcomes.push(await chat.send(answerFor(asked)));
  }
  return { outcomes, questions };
}

/** What a user sees of one reply, with the question text masked (it may differ; the structure may not). */
export interface SeenReply {
  words: string;
  buttons: string[];
  expectsSecret: boolean;
  protect: boolean;
}

export function seen(reply: Reply): SeenReply {
  const params = reply.text.params;
  const masked =
    params !== undefined && "question" in params ? { ...params, question: "<question>" } : params;
  return {
    words: translate(
      masked === undefined ? { key: reply.text.key } : { key: reply.text.key, params: masked },
    ),
    buttons: (reply.choices ?? []).map((c) => translate(c.label)),
    expectsSecret: reply.expectsSecret === true,
    protect: reply.protect !== undefined,
  };
}

/** What a user (or an attacker) sees of a whole conversation, step by step. */
export function seenConversation(outcomes: Outcome[]) {
  return outcomes.map((o) => ({ deleteInbound: o.deleteInbound, replies: o.replies.map(seen) }));
}

/**
 * Counts the real argon2 work (calls into the argon2 library itself), so a test can prove that every path does
 * the same number of verifications whoever the id belongs to.
 */
export function countArgon2() {
  const verify = vi.spyOn(argon2, "verify");
  const hash = vi.spyOn(argon2, "hash");
  return {
    get verifications() {
      return verify.mock.calls.length;
    },
    get hashes() {
      return hash.mock.calls.length;
    },
    reset() {
      verify.mockClear();
      hash.mockClear();
    },
    restore() {
      verify.mockRestore();
      hash.mockRestore();
    },
  };
}

/**
 * Hashes made once per test process: every test world uses the same pepper, so they stay valid for worlds
 * with the same parameter set (part of the key).
 */
const hashCache = new Map<string, Promise<AnswerHash>>();

/**
 * A student who has set up, without paying set-up's argon2 work again in every test: the chat links itself
 * with the real password (as in set-up), and the answers are saved as set-up would save them.
 * For tests of what comes after set-up; set-up itself is tested through the dialog.
 */
export function alreadySetUp(
  world: TestWorld,
  chat: TestChat,
  id: keyof typeof DEMO_PASSWORDS,
  answers: Record<string, string>,
): Promise<void> {
  return alreadySetUpWith(world, chat, id, DEMO_PASSWORDS[id], answers);
}

/** alreadySetUp for a student of another directory (withBigClass), with her password. */
export async function alreadySetUpWith(
  world: TestWorld,
  chat: TestChat,
  id: string,
  password: string,
  answers: Record<string, string>,
): Promise<void> {
  await chat.send("/setup");
  await chat.send(id);
  await chat.send(password);
  if (!chat.lastText.includes("This chat is now linked"))
    throw new Error(`could not link ${id}: ${chat.lastText}`);
  await chat.send("/cancel");
  const questionIds = Object.keys(answers);
  const answerHashes = await Promise.all(
    Object.values(answers).map((answer) => {
      const normalised = normaliseAnswer(NORMALISATION_VERSION, answer);
      const cacheKey = `${world.deps.hasher.origin.parameterSet}:${normalised}`;
      let hash = hashCache.get(cacheKey);
      if (hash === undefined) {
        hash = world.deps.hasher.hash(normalised);
        hashCache.set(cacheKey, hash);
      }
      return hash;
    }),
  );
  await world.deps.store.saveEnrolment(id, {
    questionIds,
    answerHashes,
    ...world.deps.hasher.origin,
    normalisationVersion: NORMALISATION_VERSION,
    nonAnswersVersion: NON_ANSWERS_VERSION,
    enrolledAt: Date.now(),
  });
}
