/**
 * Every cost figure of one process, side by side, in one run (`npm run bench`): the argon2 ceiling, set-up +
 * reset throughput against it, a non-hashing step idle and under saturated hashing, Redis bytes per
 * enrolled student, and a Telegram update against a bare telegraf handler. Real argon2 (OWASP's row), the
 * real Redis at REDIS_URL (default 127.0.0.1:6379; a unix:// socket URL too) under REDIS_PREFIX plus a run
 * id; at the end it removes exactly the keys under that run's prefix (SCAN, never KEYS). Not a test: the
 * numbers depend on the machine.
 */
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, cpus, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Redis } from "ioredis";
import { Telegraf } from "telegraf";
import { createApp, startChannel, type App } from "../src/app.js";
import { createTelegramChannel } from "../src/bots/telegram/telegram-channel.js";
import { loadConfig } from "../src/config/load-config.js";
import { redisSettings } from "../src/config/redis-settings.js";
import { AnswerHasher } from "../src/core/answers/answer-hasher.js";
import { translate } from "../src/core/i18n/translate.js";
import type { Inbound, Outcome } from "../src/core/messages.js";
import { MemoryDirectory } from "../src/directory/memory-directory.js";
import { HttpServer } from "../src/http/http-server.js";
import { createLogger } from "../src/logging/create-logger.js";
import { createRedisClient } from "../src/store/redis-client.js";
import { createRedisStore } from "../src/store/redis-store.js";
import { BENCH_BOT_USER, StandInBotApi, timeHelpUpdates } from "./stand-in-bot-api.js";

// As many as the services test that holds the byte budget: shared structures (the audit's day stream) cost
// less per student the more students share them.
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 500);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
/** A client for REDIS_URL made as the bot makes it (a unix:// socket URL too). */
const connect = () => createRedisClient(redisSettings.parse({ REDIS_URL })) as Redis;
// Short, like production's "sspr:": key names are part of the bytes measured.
const redis = connect();
const prefix = await freeRunPrefix(process.env.REDIS_PREFIX ?? "sspr:");
const PEPPER = "bench-pepper-0123456789-0123456789-xyz";
const TOKEN = "7000000001:AAE-bench-token-not-real-0123456789";
const SECRET = "bench-webhook-secret-0123456789";
const SECRET_HEADER = "x-telegram-bot-api-secret-token";
const cores = availableParallelism();
/** How the bot reaches Redis: a round trip costs both sides less over a Unix socket than over loopback TCP. */
const transport = REDIS_URL.startsWith("unix:") ? "Redis over a Unix socket" : "Redis over TCP";
const figures: [string, string][] = [];

/**
 * REDIS_PREFIX plus a two-letter run id that no key uses yet (checked with SCAN): short, because key names
 * are part of the bytes measured, and this run's own, so the clean-up touches nothing else.
 */
async function freeRunPrefix(base: string): Promise<string> {
  for (;;) {
    const candidate = `${base}${randomBytes(2).readUInt16BE(0).toString(36).slice(-2).padStart(2, "0")}:`;
    let cursor = "0";
    let taken = false;
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${candidate}*`, "COUNT", 10_000);
      cursor = next;
      taken ||= keys.length > 0;
    } while (cursor !== "0" && !taken);
    if (!taken) return candidate;
  }
}
const figure = (name: string, value: string) => {
  figures.push([name, value]);
  console.error(`  ${name}: ${value}`);
};
const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const people: {
  id: string;
  name: string;
  role: "student";
  classes: string[];
  password: string;
  disabled: boolean;
}[] = Array.from({ length: STUDENTS }, (_, i) => ({
  id: `B${10000 + i}`,
  name: `Bench Student ${i}`,
  role: "student" as const,
  classes: ["9Z"],
  password: `Bench-Pass-${i}-xyz`,
  disabled: false,
}));
/** Only for the non-hashing steps: not one of the students counted. */
const stepper = { ...people[0]!, id: "B99999", name: "Bench Stepper", password: "Bench-Steps-99-xyz" };
const api = await StandInBotApi.start();
const config = loadConfig({
  ANSWER_PEPPER: PEPPER,
  REDIS_URL,
  REDIS_PREFIX: prefix,
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_API_ROOT: api.url,
  TELEGRAM_WEBHOOK_URL: "https://bench.example/telegram/webhook",
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  // The school's answer-check budget (600 a minute) would pace the resets: the machine is measured, not it.
  SCHOOL_MAX_ANSWER_CHECKS_PER_MINUTE: "1000000",
  ...(process.env.ARGON2_CONCURRENCY === undefined
    ? {}
    : { ARGON2_CONCURRENCY: process.env.ARGON2_CONCURRENCY }),
});
const store = createRedisStore(connect(), { prefix, auditMaxEvents: 100_000 });
const app: App = await createApp(config, createLogger("silent"), {
  store,
  directory: new MemoryDirectory([...people, stepper]),
});
let updates = 0;

async function send(chat: string, input: Partial<Inbound>): Promise<Outcome> {
  return app.engine.handle({
    channel: "telegram",
    chatUserId: chat,
    isPrivate: true,
    updateId: String(600_000_000 + ++updates),
    ...input,
  });
}
function choice(outcome: Outcome, label: string): string {
  const found = outcome.replies
    .flatMap((r) => r.choices ?? [])
    .find((c) => translate(c.label).includes(label));
  if (found === undefined) throw new Error(`no "${label}" button`);
  return found.id;
}
/** A Telegram user's chat id: ten digits, as real ones are (they are stored, so their length counts). */
const chatOf = (person: (typeof people)[number]) => String(5_000_000_000 + Number(person.id.slice(1)));
const ANSWERS: Record<string, string> = { animal: "Tiger", colour: "Purple", food: "Noodles" };

async function setUp(person: (typeof people)[number]): Promise<void> {
  const chat = chatOf(person);
  await send(chat, { text: "/setup" });
  await send(chat, { text: person.id });
  let outcome = await send(chat, { text: person.password });
  for (const question of ["animal", "colour", "food"]) {
    outcome = await send(chat, { choice: choice(outcome, question) });
    outcome = await send(chat, { text: ANSWERS[question]! });
  }
  if (!translate(outcome.replies[0]!.text).includes("All done")) throw new Error("set-up did not finish");
  // The practice round is counted separately (issue: six operations for set-up and reset); not now.
  await send(chat, { choice: choice(outcome, "No thanks") });
}
async function reset(person: (typeof people)[number]): Promise<void> {
  const chat = chatOf(person);
  let outcome = await send(chat, { text: "/reset" });
  // From the linked chat the questions come at once; otherwise the id is asked first.
  if (!Object.keys(ANSWERS).some((q) => translate(outcome.replies.at(-1)!.text).includes(q))) {
    outcome = await send(chat, { text: person.id });
  }
  for (let i = 0; i < 3; i++) {
    const asked = translate(outcome.replies.at(-1)!.text);
    const question = Object.keys(ANSWERS).find((q) => asked.includes(q))!;
    outcome = await send(chat, { text: ANSWERS[question]! });
  }
  await send(chat, { choice: choice(outcome, "Make one for me") });
}

async function inParallel<T>(items: T[], workers: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

/**
 * Bytes per student of every key under our prefix (SCAN, MEMORY USAGE), grouped by what the key is for (the
 * part after the hash tag), split into what stays (no TTL, or more than a day) and what expires within a day.
 */
async function bytesPerStudent(): Promise<{ atRest: number; transient: number; groups: string[] }> {
  const groups = new Map<string, number>();
  let atRest = 0;
  let transient = 0;
  let cursor = "0";
  do {
    const [next, found] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
    cursor = next;
    for (const key of found) {
      const bytes = (Number(await redis.memory("USAGE", key, "SAMPLES", 0)) || 0) / STUDENTS;
      const ttl = await redis.pttl(key);
      const stays = ttl < 0 || ttl > 24 * 3_600_000 + 60_000;
      if (stays) atRest += bytes;
      else transient += bytes;
      const kind = `${key.slice(prefix.length).replace(/\{[^}]*\}/, "{…}")}${stays ? "" : " (expires)"}`;
      groups.set(kind, (groups.get(kind) ?? 0) + bytes);
    }
  } while (cursor !== "0");
  return { atRest, transient, groups: [...groups].map(([kind, bytes]) => `${kind} ${bytes.toFixed(0)}`) };
}

console.error(
  `bench: ${STUDENTS} students, ${cores} cores, argon2 limit ${config.hashing.argon2Concurrency}, UV_THREADPOOL_SIZE ${process.env.UV_THREADPOOL_SIZE ?? "4 (default)"}, ${transport}`,
);

// 1. The ceiling: argon2 operations per second at the same parameters, same process, same limit, for a few
// seconds before the students, between each quarter of them, and after. This machine's hashing speed drifts
// by a tenth and more within a minute (memory bandwidth shared with its neighbours), so each quarter of the
// students is compared with the samples taken just before and just after it, not with samples minutes away.
const hasher = new AnswerHasher(Buffer.from(PEPPER), { concurrency: config.hashing.argon2Concurrency });
await hasher.verifyDummy("warm-up");
/** argon2 operations the bot has run so far, read from its own metric. */
async function argon2OperationsSoFar(): Promise<number> {
  const { values } = await app.metrics.argon2Seconds.get();
  return values
    .filter((v) => (v as { metricName?: string }).metricName === "sspr_argon2_seconds_count")
    .reduce((sum, v) => sum + v.value, 0);
}
async function argon2Ceiling(seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: config.hashing.argon2Concurrency }, async () => {
      while (performance.now() < until) {
        await hasher.hash(`answer-${done}`);
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}
const QUARTERS = 4;
const CEILING_SAMPLE_SECONDS = 2;
const ceilings = [await argon2Ceiling(CEILING_SAMPLE_SECONDS)];
/** Seconds the students took, and the argon2 operations the ceiling would have done in those seconds. */
const studentsRun = { seconds: 0, ceilingOperations: 0 };
/** Every student through `work`, a quarter at a time, with a ceiling sample after each quarter. */
async function inQuarters(work: (person: (typeof people)[number]) => Promise<void>): Promise<void> {
  const size = Math.ceil(people.length / QUARTERS);
  for (let from = 0; from < people.length; from += size) {
    const started = performance.now();
    await inParallel(people.slice(from, from + size), 16, work);
    const seconds = (performance.now() - started) / 1000;
    const before = ceilings.at(-1)!;
    ceilings.push(await argon2Ceiling(CEILING_SAMPLE_SECONDS));
    studentsRun.seconds += seconds;
    studentsRun.ceilingOperations += (seconds * (before + ceilings.at(-1)!)) / 2;
  }
}
{
  // 2. Set-ups, then resets (six argon2 operations per student), in parallel.
  const operationsBefore = await argon2OperationsSoFar();
  await inQuarters(setUp);

  // 4. Redis bytes per student, right after set-up (update ids kept for redeliveries) and at rest.
  const bytes = await bytesPerStudent();
  figure(
    "Redis bytes/student right after set-up (goal ≤ 1,200)",
    (bytes.atRest + bytes.transient).toFixed(0),
  );
  figure("Redis bytes/student at rest (goal ≤ 600)", bytes.atRest.toFixed(0));
  figure("  by key", bytes.groups.join(", "));

  await inQuarters(reset);
  const students = STUDENTS / studentsRun.seconds;
  const argon2Operations = (await argon2OperationsSoFar()) - operationsBefore;
  const mean = ceilings.reduce((sum, c) => sum + c, 0) / ceilings.length;
  figure(
    `argon2 ceiling (ops/s; ${CEILING_SAMPLE_SECONDS} s samples before, between the quarters of set-up and reset, after)`,
    `${ceilings.map((c) => c.toFixed(1)).join(" / ")}; mean ${mean.toFixed(1)}`,
  );
  figure("students/s (set-up + reset)", students.toFixed(2));
  figure("argon2 operations per student (counted)", (argon2Operations / STUDENTS).toFixed(2));
  figure(
    "ratio to the ceiling (6 ops each; goal ≥ 0.9; each quarter against the samples either side; against their mean)",
    `${((STUDENTS * 6) / studentsRun.ceilingOperations).toFixed(2)} (${((students * 6) / mean).toFixed(2)})`,
  );
}

// 3. A non-hashing step inside an ongoing dialog (/help during set-up), idle and under saturated hashing.
// A thousand of each, so that a p99 is not just the second-slowest of a few (a stray millisecond would decide),
// taken in ten alternating blocks (idle-saturated, then saturated-idle, ...): one block of each, idle first,
// measured the machine's warm-up and drift as much as the hashing (the idle p99 alone moved from 0.8 to
// 4.7 ms between blocks on one machine).
const STEP_SAMPLES = 1000;
const STEP_BLOCKS = 10;
async function startSteps(): Promise<string> {
  const chat = `steps-${stepper.id}`;
  await send(chat, { text: "/setup" });
  await send(chat, { text: stepper.id });
  await send(chat, { text: stepper.password });
  return chat;
}
async function choiceSteps(chat: string, rounds: number, times: number[]): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const outcome = await send(chat, { text: "/help" });
    times.push(performance.now() - started);
    if (outcome.replies.length < 2) throw new Error("/help did not keep the dialog");
  }
}
{
  const chat = await startSteps();
  const idle: number[] = [];
  const busy: number[] = [];
  const idleBlock = () => choiceSteps(chat, STEP_SAMPLES / STEP_BLOCKS, idle);
  for (let block = 0; block < STEP_BLOCKS; block++) {
    // Idle first, then saturated first, and so on: a drift over the run weighs on both alike.
    if (block % 2 === 0) await idleBlock();
    let saturating = true;
    let started!: () => void;
    const hashing = new Promise<void>((resolve) => (started = resolve));
    const load = Array.from({ length: 2 * config.hashing.argon2Concurrency }, async () => {
      while (saturating) {
        const hash = app.deps.hasher.hash("keep-the-cores-busy");
        started();
        await hash;
      }
    });
    await hashing;
    await choiceSteps(chat, STEP_SAMPLES / STEP_BLOCKS, busy);
    saturating = false;
    await Promise.all(load);
    if (block % 2 === 1) await idleBlock();
  }
  figure("non-hashing step idle p50/p99 (ms)", `${pct(idle, 50).toFixed(2)} / ${pct(idle, 99).toFixed(2)}`);
  figure(
    "non-hashing step, hashing saturated p50/p99 (ms)",
    `${pct(busy, 50).toFixed(2)} / ${pct(busy, 99).toFixed(2)}`,
  );
  figure("p99 saturated / idle (goal ≤ 3)", (pct(busy, 99) / pct(idle, 99)).toFixed(2));
}

// 5. A Telegram /help through the webhook, against a bare telegraf handler answering the same updates
// through the same stand-in Bot API: with Telegram's side (the stand-in and the sender) in this process, and
// in a process of its own, as Telegram is in production. In this process the three share one thread and
// the bare handler never waits on another process; there, both wait on Telegram's, and ours on Redis too.
type HelpRun = Parameters<typeof timeHelpUpdates>[1];
async function telegramAgainstBare(
  where: string,
  apiRoot: string,
  time: (run: HelpRun) => Promise<number[]>,
) {
  const http = new HttpServer({ port: 0, host: "127.0.0.1", logger: createLogger("silent") });
  const port = await http.listen();
  const settings = { ...config.telegram!, apiRoot };
  const channel = createTelegramChannel(app.channelCore, settings, createLogger("silent"), http);
  await startChannel(app, channel, config.alerts);
  const bare = new Telegraf(TOKEN, { telegram: { apiRoot, webhookReply: false } });
  bare.botInfo = BENCH_BOT_USER;
  // The same reply as ours (a student's /help in English), so the Bot API calls carry the same bytes.
  const helpText = translate({ key: "help" }, "en");
  bare.command("help", (ctx) => ctx.reply(helpText));
  const bareServer = createServer(bare.webhookCallback("/bare"));
  await new Promise<void>((resolve) => bareServer.listen(0, "127.0.0.1", resolve));
  const barePort = (bareServer.address() as AddressInfo).port;
  const ours = { url: `http://127.0.0.1:${port}/telegram/webhook`, headers: { [SECRET_HEADER]: SECRET } };
  const bareBot = { url: `http://127.0.0.1:${barePort}/bare`, headers: {} };
  // Every run its own update ids: ours drops an id it has seen (its chats are the same from run to run).
  const timed = (bot: Pick<HelpRun, "url" | "headers">, inFlight: number, count: number) => {
    const firstUpdateId = nextUpdateId;
    nextUpdateId += count;
    return time({ ...bot, inFlight, count, firstUpdateId });
  };
  // Alternating rounds of each, so a change in the machine's load falls on both alike.
  for (const inFlight of [1, 16]) {
    await timed(ours, inFlight, 64);
    await timed(bareBot, inFlight, 64);
    const oursTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let round = 0; round < 10; round++) {
      oursTimes.push(...(await timed(ours, inFlight, 48)));
      bareTimes.push(...(await timed(bareBot, inFlight, 48)));
    }
    const ratio = pct(oursTimes, 50) / pct(bareTimes, 50);
    figure(
      `Telegram /help at ${inFlight} in flight, ${where}, p50 ms: ours / bare telegraf`,
      `${pct(oursTimes, 50).toFixed(2)} / ${pct(bareTimes, 50).toFixed(2)} = ${ratio.toFixed(2)}× (goal ≤ 1.5)`,
    );
  }
  await channel.stop();
  await http.close();
  await new Promise((resolve) => bareServer.close(resolve));
}
let nextUpdateId = 1;
await telegramAgainstBare("Telegram's side in this process", api.url, (run) => timeHelpUpdates(api, run));
{
  const side = fork(fileURLToPath(new URL("./telegram-side.js", import.meta.url)));
  const next = <T>() => new Promise<T>((resolve) => side.once("message", (message) => resolve(message as T)));
  const sideUrl = await next<string>();
  await telegramAgainstBare("Telegram's side in its own process", sideUrl, (run) => {
    const times = next<number[]>();
    side.send(run);
    return times;
  });
  side.send("close");
  await once(side, "exit");
}

await app.close();
await api.close();

// Remove exactly this run's keys: SCAN under the run's own prefix, never KEYS, nothing else touched.
let removed = 0;
let cursor = "0";
do {
  const [next, found] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
  cursor = next;
  if (found.length > 0) removed += await redis.unlink(...found);
} while (cursor !== "0");
await redis.quit();

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(
  `\n${new Date().toISOString().slice(0, 10)}, ${cores} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ${STUDENTS} students; argon2 limit ${config.hashing.argon2Concurrency}, UV_THREADPOOL_SIZE ${process.env.UV_THREADPOOL_SIZE ?? "4"}; ${transport}`,
);
const width = Math.max(...figures.map(([name]) => name.length));
for (const [name, value] of figures) console.log(`${name.padEnd(width)}  ${value}`);
console.log(`(removed ${removed} keys under ${prefix})`);
