/**
 * What a student's set-up and reset cost in Redis round trips, counted as writes to the real server's socket
 * (a pipeline or a transaction is one). Each round trip costs the bot's process and Redis CPU (on a 2-core
 * machine about 100 µs over loopback TCP), which the hashing would otherwise have: see docs/capacity.md.
 */
import { once } from "node:events";
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
import { deleteKeysUnder } from "../store/redis-keys-under.js";
import { ANSWERS, telegramStudents } from "./telegram-student.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const PREFIX = `rt${process.pid % 100_000}:`;
const people = ["S6001", "S6002"].map((id) => ({
  id,
  name: `Student ${id}`,
  role: "student" as const,
  classes: ["5A"],
  password: `Pass-word-${id}-xyz`,
  disabled: false,
}));

/**
 * Counts what the client's socket hands the system (a write or a writev each): ioredis writes a command, a
 * pipeline or a transaction at once, and commands sent in the same tick may leave together.
 */
function countWrites(client: Redis): { writes: number } {
  const counted = { writes: 0 };
  const stream = client.stream as unknown as Record<"_write" | "_writev", (...args: unknown[]) => void>;
  for (const method of ["_write", "_writev"] as const) {
    const send = stream[method].bind(stream);
    stream[method] = (...args: unknown[]) => {
      counted.writes++;
      send(...args);
    };
  }
  return counted;
}

describe("Redis round trips of a set-up and a reset, on a real Redis", () => {
  let admin: Redis;
  let client: Redis;
  let app: App;
  const { send, choice, setUp } = telegramStudents(() => app, 710_000_000);
  async function setUpAndReset(person: (typeof people)[number], chat: string): Promise<void> {
    await setUp(chat, person);
    let outcome = await send(chat, { text: "/reset" });
    for (let i = 0; i < 3; i++) {
      const asked = translate(outcome.replies.at(-1)!.text);
      outcome = await send(chat, { text: ANSWERS[Object.keys(ANSWERS).find((q) => asked.includes(q))!]! });
    }
    outcome = await send(chat, { choice: choice(outcome, "Make one for me") });
    expect(translate(outcome.replies[0]!.text)).toContain("new password");
    await app.engine.settled();
  }

  beforeAll(async () => {
    admin = new Redis(REDIS_URL);
    await deleteKeysUnder(admin, PREFIX);
    client = new Redis(REDIS_URL);
    await client.ping();
    const config = loadConfig({ ANSWER_PEPPER: TEST_PEPPER, REDIS_URL, REDIS_PREFIX: PREFIX });
    app = await createApp(config, new CapturedLogs().logger, {
      store: createRedisStore(client, { prefix: PREFIX, auditMaxEvents: 100_000 }),
      directory: new MemoryDirectory(people),
      argon2: TEST_ARGON2,
    });
  });
  afterAll(async () => {
    await app.close();
    await deleteKeysUnder(admin, PREFIX);
    await admin.quit();
  });

  it("a whole set-up and reset from the student's own chat costs at most 46 round trips (15 updates: two each, and the limits, the links, the enrolment and the reset guard; the audit goes with the save, the chat's pause with the turn, the school's answer checks with the chat's)", async () => {
    // The first student warms up what a process does once (the scripts' loading, the question names).
    await setUpAndReset(people[0]!, "5000006001");
    const counted = countWrites(client);
    await setUpAndReset(people[1]!, "5000006002");
    process.stdout.write(`Redis round trips for one set-up and reset: ${counted.writes}\n`);
    expect(counted.writes).toBeGreaterThanOrEqual(30);
    expect(counted.writes).toBeLessThanOrEqual(46);
  });

  it("commands sent side by side leave in one write, after a reconnect too", async () => {
    const sideBySide = async () => {
      const counted = countWrites(client);
      const keys = ["a", "b", "c"].map((k) => `${PREFIX}side-by-side:${k}`);
      await Promise.all(keys.map((key) => client.get(key)));
      return counted.writes;
    };
    expect(await sideBySide()).toBe(1);
    const ready = once(client, "ready");
    client.disconnect(true);
    await ready;
    expect(await sideBySide()).toBe(1);
  });
});
