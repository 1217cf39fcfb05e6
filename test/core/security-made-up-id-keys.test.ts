import { afterEach, beforeEach, expect, it, vi } from "vitest";
import {
  DAY,
  HOUR,
  MINUTE,
  TYPED_ID_ROUTE,
  UNPACED_ID_LOOKUPS,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/*
 * Made-up IDs cost nothing to type, so whatever they make the bot write must go away by itself: every key
 * written because of one expires within the longest window that counts it (a user ID's day of wrong
 * set-up passwords). Tried at every place an ID can be typed: set-up, the typed-ID reset, and a teacher's
 * and an admin's commands. What lives longer is the school's audit, which exists whatever IDs are typed.
 */

let world: TestWorld;
let clock: ReturnType<typeof useSchoolClock>;
beforeEach(async () => {
  clock = useSchoolClock();
  world = await TestWorld.create({ ...TYPED_ID_ROUTE, ...UNPACED_ID_LOOKUPS });
});
afterEach(async () => {
  await world.close();
  vi.useRealTimers();
});

/** Every key of this world, with its time to live in ms (-1: none). */
async function keysAndTtls(): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const key of await world.redis.keys(`${world.prefix}*`)) found.set(key, await world.redis.pttl(key));
  return found;
}

/** How much a key holds: its fields, members or entries (a string's length). */
async function sizeOf(key: string): Promise<number> {
  const type = await world.redis.type(key);
  if (type === "hash") return world.redis.hlen(key);
  if (type === "zset") return world.redis.zcard(key);
  if (type === "set") return world.redis.scard(key);
  if (type === "list") return world.redis.llen(key);
  if (type === "stream") return world.redis.xlen(key);
  return (await world.redis.getBuffer(key))?.length ?? 0;
}

/** The sizes of the keys that never expire. */
async function lastingSizes(): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const [key, ttl] of await keysAndTtls()) if (ttl < 0) sizes.set(key, await sizeOf(key));
  return sizes;
}

/** Types `id` wherever an ID is asked: a set-up with a wrong password, a reset, and staff commands. */
async function typeEverywhere(id: string, chatName: string): Promise<void> {
  const chat = world.chat(chatName);
  await chat.send("/setup");
  await chat.send(id);
  await chat.send("Not-The-Password-1");
  await chat.send("/reset");
  await chat.send(id);
  for (const answer of ["tiger", "blue", "rice"]) await chat.send(answer);
  const teacher = world.chat("mrs-ng");
  const admin = world.chat("priya");
  for (const command of ["/guided", "/unlock", "/clearanswers"]) {
    await teacher.send(`${command} ${id}`);
    await teacher.send("/cancel");
    await admin.send(`${command} ${id}`);
    await admin.send("/cancel");
  }
  await admin.send(`/audit ${id}`);
}

it("a flood of made-up IDs leaves no key without an expiry, grows none that has none, and none outlives a day", async () => {
  await linkStaff(world.chat("mrs-ng"), MRS_NG);
  await linkStaff(world.chat("priya"), PRIYA);
  const lastingBefore = await lastingSizes();
  const before = await keysAndTtls();
  await typeEverywhere("Q9000", "flood-0");
  const afterOne = await keysAndTtls();
  for (let i = 1; i < 6; i++) {
    clock.advance(10 * MINUTE);
    await typeEverywhere(`Q900${i}`, `flood-${i}`);
  }
  const after = await keysAndTtls();
  // Nor does one grow that never expires (a field per ID in a lasting hash would be as bad as a key).
  expect(await lastingSizes()).toEqual(lastingBefore);

  const written = [...after].filter(([key, ttl]) => before.get(key) !== ttl);
  expect(written.length).toBeGreaterThan(0);
  expect(written.filter(([, ttl]) => ttl < 0).map(([key]) => key)).toEqual([]);
  // Longer than a day: only the school's audit and the staff's own records of what they did, one of each
  // whatever the number of IDs typed (the first made-up ID wrote them all).
  const outliving = written.filter(([, ttl]) => ttl > DAY + HOUR).map(([key]) => key);
  expect(
    outliving.every((key) => afterOne.has(key)),
    outliving.join("\n"),
  ).toBe(true);
  for (const key of outliving) expect(key).toMatch(/\{audit\}|\{p:(t2001|a3001)\}:by/);
});
