import RedisMock from "ioredis-mock";
import { afterEach, expect, it, vi } from "vitest";
import { PressMarks } from "../../../src/bots/slack/press-marks.js";
import type { Store } from "../../../src/core/ports/store.js";
import { createRedisStore } from "../../../src/store/redis-store.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";

/*
 * A button's press is marked for 10 seconds (a double click does one thing, on any replica); a press not
 * taken forgets its mark. A first press that took longer than that (a slow school system) must not forget
 * the mark of a later press of the same button: that one's second click would then count as new.
 */
const stores: Store[] = [];

afterEach(async () => {
  vi.useRealTimers();
  for (const store of stores.splice(0)) await store.close();
});

function marksOnOneRedis() {
  const store = createRedisStore(new RedisMock(), { prefix: `marks-${Math.random()}:`, auditMaxEvents: 10 });
  stores.push(store);
  return new PressMarks({
    firstTime: (key, ttlSeconds, mark) => store.markUpdateSeen(key, ttlSeconds, mark),
    forgetFirstTime: (key, mark) =>
      mark === undefined ? store.forgetSeen([key]) : store.forgetSeenMark(key, mark),
  });
}

it("a press forgotten after its mark expired leaves a later press's mark alone", async () => {
  // Time passes for Redis too (ioredis-mock reads Date).
  vi.useFakeTimers({ toFake: ["Date"] });
  const marks = marksOnOneRedis();
  const log = new CapturedLogs().logger;
  const slow = marks.press("view:V1:h1:setup");
  expect(await slow.again).toBe(false);

  vi.setSystemTime(Date.now() + 11_000);
  const later = marks.press("view:V1:h1:setup");
  expect(await later.again).toBe(false);
  await slow.forgetIfMarked(log);

  expect(await marks.press("view:V1:h1:setup").again).toBe(true);
});

it("a press not taken is forgotten: its button pressed again at once is new", async () => {
  const marks = marksOnOneRedis();
  const press = marks.press("C1:1.2:setup");
  expect(await press.again).toBe(false);
  await press.forgetIfMarked(new CapturedLogs().logger);

  expect(await marks.press("C1:1.2:setup").again).toBe(false);
});
