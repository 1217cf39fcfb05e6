/**
 * What a student costs in Redis, measured on a real server (MEMORY USAGE), and that made-up ids leave
 * nothing permanent. Uses REDIS_URL (default 127.0.0.1:6379) under its own prefix and removes its keys.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { translate } from "../../src/core/i18n/translate.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { TEST_ARGON2 } from "../helpers/test-argon2.js";
import { TEST_PEPPER } from "../helpers/test-world.js";
import { deleteKeysUnder, keysUnder } from "../store/redis-keys-under.js";
import { ANSWERS, telegramStudents } from "./telegram-student.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
// As short as production's "sspr:": key names are part of what is measured.
const PREFIX = `m${process.pid % 100_000}:`;
/**
 * A school's worth of students: the school-wide audit stream and the link hashes are shared, so their
 * fixed overhead is spread as it is in use (with 20 students a stream's first node alone is ~240 B each).
 */
const STUDENTS = 500;

const people = Array.from({ length: STUDENTS }, (_, i) => ({
  id: `S${5000 + i}`,
  name: `Student Number${i}`,
  role: "student" as const,
  classes: ["5A"],
  password: `Pass-word-${i}-xyz`,
  disabled: false,
}));

describe("Redis memory per student, on a real Redis", () => {
  let redis: Redis;
  let app: App;
  const { send, choice, setUp } = telegramStudents(() => app, 700_000_000);

  /** Bytes (MEMORY USAGE) and time to live of every key under the prefix, by key. */
  async function usage(): Promise<Map<string, { bytes: number; ttlMs: number }>> {
    const sizes = new Map<string, { bytes: number; ttlMs: number }>();
    for (const key of await keysUnder(redis, PREFIX)) {
      const bytes = Number(await redis.memory("USAGE", key, "SAMPLES", 0)) || 0;
      sizes.set(key, { bytes, ttlMs: await redis.pttl(key) });
    }
    return sizes;
  }

  /** Bytes per student grouped by what the key is for (the part after the hash tag), with the longest TTL. */
  function byComponent(sizes: Map<string, { bytes: number; ttlMs: number }>): Record<string, string> {
    const groups = new Map<string, { bytes: number; ttlMs: number }>();
    for (const [key, { bytes, ttlMs }] of sizes) {
      const kind = key.slice(PREFIX.length).replace(/\{[^}]*\}/, "{…}");
      const group = groups.get(kind) ?? { bytes: 0, ttlMs: -1 };
      groups.set(kind, { bytes: group.bytes + bytes / STUDENTS, ttlMs: Math.max(group.ttlMs, ttlMs) });
    }
    return Object.fromEntries(
      [...groups].map(([kind, g]) => [
        kind,
        `${g.bytes.toFixed(0)} B${g.ttlMs < 0 ? ", no TTL" : `, TTL ${(g.ttlMs / 3_600_000).toFixed(1)} h`}`,
      ]),
    );
  }

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    await deleteKeysUnder(redis, PREFIX);
    const config = loadConfig({ ANSWER_PEPPER: TEST_PEPPER, REDIS_URL, REDIS_PREFIX: PREFIX });
    app = await createApp(config, new CapturedLogs().logger, {
      store: createRedisStore(new Redis(REDIS_URL), { prefix: PREFIX, auditMaxEvents: 100_000 }),
      directory: new MemoryDirectory(people),
      argon2: TEST_ARGON2,
    });
  });
  afterAll(async () => {
    await app.close();
    await deleteKeysUnder(redis, PREFIX);
    await redis.quit();
  });

  it("a freshly enrolled student costs at most 1,200 bytes right after set-up and 600 at rest, with Telegram-sized chat ids", async () => {
    for (const [n, person] of people.entries()) {
      // Ten digits, as Telegram's user ids are now: the chat id is stored in the links and the audit.
      await setUp(String(5_000_000_000 + n), person);
    }
    // Every set-up event is still there (the day's share of AUDIT_MAX_EVENTS did not trim any).
    expect(await app.deps.store.auditSince(0, 10 * STUDENTS)).toHaveLength(2 * STUDENTS);
    const afterSetUp = await usage();
    const perStudent = (sizes: [string, { bytes: number }][]) =>
      Math.round(sizes.reduce((sum, [, s]) => sum + s.bytes, 0) / STUDENTS);
    // At rest: once everything that lives a day or less has expired (the chats' update ids, kept 24 hours
    // for redeliveries, and the limits' short windows).
    const day = 24 * 3_600_000 + 60_000;
    const atRest = [...afterSetUp].filter(([, s]) => s.ttlMs < 0 || s.ttlMs > day);
    const report = {
      rightAfterSetUp: perStudent([...afterSetUp]),
      atRest: perStudent(atRest),
      byComponent: byComponent(afterSetUp),
    };
    process.stdout.write(`bytes per student: ${JSON.stringify(report, null, 2)}\n`);
    expect(report.rightAfterSetUp, JSON.stringify(report)).toBeLessThanOrEqual(1_200);
    expect(report.atRest, JSON.stringify(report)).toBeLessThanOrEqual(600);
    // The enrolment shares the person's record, which Redis keeps in its compact form.
    expect(await redis.exists(`${PREFIX}{p:s5000}:enrolment`)).toBe(0);
    expect(await redis.object("ENCODING", `${PREFIX}{p:s5000}:rec`)).toBe("listpack");
  });

  it("1,000 made-up ids, at set-up and at reset, leave no key without a time to live", async () => {
    for (let i = 0; i < 500; i++) {
      const chat = String(800_000 + i);
      await send(chat, { text: "/reset" });
      let outcome = await send(chat, { text: `made-up-${i}` });
      for (let a = 0; a < 3 && outcome.replies.at(-1)?.expectsSecret === true; a++) {
        outcome = await send(chat, { text: "Some Answer" });
      }
      const setUpChat = String(900_000 + i);
      await send(setUpChat, { text: "/setup" });
      await send(setUpChat, { text: `invented.${i}` });
      await send(setUpChat, { text: "Any-Password-1" });
    }
    const enrolled = new Set(people.map((p) => `{p:${p.id.toLowerCase()}}`));
    const permanent: string[] = [];
    let longestTtlMs = 0;
    for (const key of await keysUnder(redis, PREFIX)) {
      // The enrolled students' own records (from the test above) are meant to stay.
      if ([...enrolled].some((tag) => key.includes(tag)) || key.includes("{links}")) continue;
      // Written at set-up (the question ids saved enrolments name), never by a typed id.
      if (key.includes("{questions}")) continue;
      const ttl = await redis.pttl(key);
      if (ttl < 0) permanent.push(`${key.slice(PREFIX.length)} (${await redis.memory("USAGE", key)} bytes)`);
      else longestTtlMs = Math.max(longestTtlMs, ttl);
    }
    process.stdout.write(`longest TTL of a made-up id's key: ${Math.round(longestTtlMs / 3_600_000)} h\n`);
    expect(permanent).toEqual([]);
  });

  it("the marker an open dialog leaves for its time-out notice costs the same whatever it says", async () => {
    // Waiting at the user-ID prompt ("nothing was saved") and in the practice round ("the answers are saved").
    await send("700001", { text: "/setup" });
    const person = people[0]!;
    await send("700002", { text: "/setup" });
    await send("700002", { text: person.id });
    let outcome = await send("700002", { text: person.password });
    for (const question of Object.keys(ANSWERS)) {
      outcome = await send("700002", { choice: choice(outcome, question) });
      outcome = await send("700002", { text: ANSWERS[question]! });
    }
    expect(translate(outcome.replies.at(-1)!.text)).toContain("check that you remember");
    const marker = async (chat: string) => {
      const [key] = (await keysUnder(redis, PREFIX)).filter(
        (k) => k.includes(chat) && k.endsWith(":dialog-open"),
      );
      return { value: await redis.get(key!), bytes: Number(await redis.memory("USAGE", key!, "SAMPLES", 0)) };
    };
    const [nothingSaved, answersSaved] = [await marker("700001"), await marker("700002")];
    process.stdout.write(`dialog-open marker: ${JSON.stringify({ nothingSaved, answersSaved })}\n`);
    expect(nothingSaved.value).not.toBe(answersSaved.value);
    expect(answersSaved.bytes).toBe(nothingSaved.bytes);
  });
});
