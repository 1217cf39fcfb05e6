/**
 * How many set-ups and resets one process handles, and how long each step takes, with real argon2 and the
 * real store (REDIS_URL, or the in-memory one). Run: npx tsx bench/reset-throughput.ts [students] [concurrency]
 * Uses its own key prefix and removes its keys afterwards. Not a test: numbers depend on the machine.
 */
import { performance } from "node:perf_hooks";
import { Redis } from "ioredis";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config/load-config.js";
import { translate } from "../src/core/i18n/translate.js";
import type { Inbound, Outcome } from "../src/core/messages.js";
import { MemoryDirectory } from "../src/directory/memory-directory.js";
import { createLogger } from "../src/logging/create-logger.js";
import { createStore } from "../src/store/create-store.js";

const students = Number(process.argv[2] ?? 50);
const concurrency = Number(process.argv[3] ?? 8);
const prefix = `bench-${process.pid}:`;
const config = loadConfig({
  ...process.env,
  REDIS_PREFIX: prefix,
  ANSWER_PEPPER: "bench-pepper-0123456789-0123456789-xyz",
});
const people = Array.from({ length: students }, (_, i) => ({
  id: `B${10000 + i}`,
  name: `Bench Student ${i}`,
  role: "student" as const,
  classes: ["9Z"],
  password: `Bench-Pass-${i}-xyz`,
  disabled: false,
}));
const store = createStore(config.redis);
const app = await createApp(config, createLogger("silent"), {
  store,
  directory: new MemoryDirectory(people),
});
const stepTimes: Record<string, number[]> = {};
let updates = 0;

async function send(chat: string, step: string, input: Partial<Inbound>): Promise<Outcome> {
  const started = performance.now();
  const outcome = await app.engine.handle({
    channel: "telegram",
    chatUserId: chat,
    isPrivate: true,
    updateId: `bench-${++updates}`,
    ...input,
  });
  (stepTimes[step] ??= []).push(performance.now() - started);
  return outcome;
}

function choiceId(outcome: Outcome, label: string): string {
  const choice = outcome.replies
    .flatMap((r) => r.choices ?? [])
    .find((c) => translate(c.label).includes(label));
  if (choice === undefined) throw new Error(`no "${label}" button`);
  return choice.id;
}

async function oneStudent(person: (typeof people)[number]): Promise<void> {
  const chat = `bench-${person.id}`;
  await send(chat, "setup: start", { text: "/setup" });
  await send(chat, "setup: id", { text: person.id });
  let outcome = await send(chat, "setup: password (directory bind)", { text: person.password });
  for (const [question, answer] of [
    ["animal", "Tiger"],
    ["colour", "Purple"],
    ["food", "Noodles"],
  ]) {
    outcome = await send(chat, "setup: pick question", { choice: choiceId(outcome, question!) });
    outcome = await send(chat, "setup: answer (argon2 hash + compare)", { text: answer });
  }
  await send(chat, "reset: start", { text: "/reset" });
  outcome = await send(chat, "reset: id", { text: person.id });
  for (let i = 0; i < 3; i++) {
    const asked = translate(outcome.replies.at(-1)!.text);
    const answer = asked.includes("animal") ? "Tiger" : asked.includes("colour") ? "Purple" : "Noodles";
    outcome = await send(chat, "reset: answer (argon2 verify)", { text: answer });
  }
  await send(chat, "reset: generate and set password", { choice: choiceId(outcome, "Make one for me") });
}

const started = performance.now();
const queue = [...people];
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let person = queue.shift(); person !== undefined; person = queue.shift()) await oneStudent(person);
  }),
);
const seconds = (performance.now() - started) / 1000;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
console.log(
  `store: ${config.redis.isReal ? "Redis" : "in-memory (ioredis-mock)"}; ${students} students, concurrency ${concurrency}`,
);
console.log(
  `${students} set-ups + resets in ${seconds.toFixed(1)} s: ${(students / seconds).toFixed(1)} students/s`,
);
console.log(
  "step".padEnd(40),
  "n".padStart(5),
  "p50 ms".padStart(8),
  "p95 ms".padStart(8),
  "max ms".padStart(8),
);
for (const [step, values] of Object.entries(stepTimes)) {
  console.log(
    step.padEnd(40),
    String(values.length).padStart(5),
    percentile(values, 50).toFixed(1).padStart(8),
    percentile(values, 95).toFixed(1).padStart(8),
    Math.max(...values)
      .toFixed(1)
      .padStart(8),
  );
}
await app.close();
if (config.redis.url !== undefined) {
  const redis = new Redis(config.redis.url);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
}
