import RedisMock from "ioredis-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AlertServiceOptions } from "../../src/alerts/alert-service.js";
import type { Alert } from "../../src/core/ports/alerts.js";
import { MINUTE, MONDAY_8AM } from "../helpers/security-helpers.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { alertServicesEachTest, raiseAll, RecordingSink, storeDown } from "./alert-fakes.js";

const WINDOW_MS = 15 * MINUTE;

/** A student's link moving between two chats, as /setup raises it. */
const relink = (id: string, from: string, to: string): Alert => ({
  kind: "relink",
  subject: id,
  details: { from, to },
  episode: `${from}>${to}`,
});

/**
 * A student who knows her own password runs /setup in three chats of her own, round and round: each move is a
 * new pair of chats, so a new relink alert. The alerts about her must not use up the ones about others.
 */
const selfRelinks = (id: string): Alert[] => {
  const chats = ["telegram:701", "telegram:702", "telegram:703"];
  const pairs: Array<[string, string]> = [
    [chats[0]!, chats[1]!],
    [chats[1]!, chats[2]!],
    [chats[2]!, chats[0]!],
    [chats[0]!, chats[2]!],
    [chats[2]!, chats[1]!],
    [chats[1]!, chats[0]!],
  ];
  return pairs.map(([from, to]) => relink(id, from, to));
};

/** A classmate's account, whose password someone learned, moved to his chat. */
const takeover = relink("S1002", "telegram:222", "telegram:666");

describe("the alert cap per kind, against one person's own alerts", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: MONDAY_8AM + 2 * MINUTE });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const alerting = alertServicesEachTest(WINDOW_MS);
  const service = (sink: RecordingSink, extra: Partial<AlertServiceOptions> = {}) =>
    alerting.service([sink], extra);

  it("tells the admins at once of a classmate's account moved, after one student moved her own six times", async () => {
    const sink = new RecordingSink();
    const alerts = service(sink);
    await raiseAll(alerts, selfRelinks("S1001"));
    await raiseAll(alerts, [takeover]);
    const aboutClassmate = sink.sent.filter((text) => text.includes("S1002"));
    expect(aboutClassmate).toHaveLength(1);
    expect(aboutClassmate[0]).toContain("telegram:666");
  });

  it("tells the admins at once while the store is down too, counting in this replica", async () => {
    const sink = new RecordingSink();
    const alerts = service(sink, { store: storeDown() });
    await raiseAll(alerts, selfRelinks("S1001"));
    await raiseAll(alerts, [takeover]);
    expect(sink.sent.filter((text) => text.includes("S1002"))).toHaveLength(1);
  });

  it("sends 3 alerts about one student's own moves, then holds hers back and sums them up at the window's end", async () => {
    const sink = new RecordingSink();
    const alerts = service(sink);
    await raiseAll(alerts, selfRelinks("S1001"));
    expect(sink.sent).toHaveLength(3);
    expect(alerting.logs.text).toContain(
      "admin alert (held back: 3 relink alerts about S1001 went out from 08:00 UTC; one summary at 08:15)",
    );

    await vi.advanceTimersByTimeAsync(WINDOW_MS);
    await alerts.flush();
    expect(sink.sent).toHaveLength(4);
    expect(sink.sent[3]).toContain(
      "From 08:00 to 08:15 UTC, 3 more “chat account changed” alerts were not sent here",
    );
  });

  it("still sends a takeover right after the student's own new phone: two moves of one account", async () => {
    const sink = new RecordingSink();
    const alerts = service(sink);
    await raiseAll(alerts, [relink("S1002", "telegram:221", "telegram:222"), takeover]);
    expect(sink.sent.filter((text) => text.includes("S1002"))).toHaveLength(2);
  });

  it("shares each student's quota between replicas through the store", async () => {
    const first = new RecordingSink("first");
    const second = new RecordingSink("second");
    const one = service(first);
    const other = service(second);
    const moves = selfRelinks("S1001");
    await raiseAll(one, moves.slice(0, 3));
    await raiseAll(other, moves.slice(3));
    await raiseAll(other, [takeover]);
    expect(first.sent).toHaveLength(3);
    expect(second.sent).toEqual([expect.stringContaining("S1002")]);
  });

  it("keeps holding back a student whose first alert was past the cap: her later ones do not slip out", async () => {
    const sink = new RecordingSink();
    const alerts = service(sink);
    const classmates = ["S2001", "S2002", "S2003", "S2004", "S2005"];
    await raiseAll(
      alerts,
      classmates.map((id) => relink(id, `telegram:${id}`, "telegram:666")),
    );
    await raiseAll(alerts, selfRelinks("S1001"));
    expect(sink.sent).toHaveLength(5);
    expect(sink.sent.some((text) => text.includes("S1001"))).toBe(false);
  });

  it("keeps nothing in Redis for good: every count the cap writes expires", async () => {
    const redis = new RedisMock();
    // ioredis-mock shares one keyspace between its clients: this test's keys are the ones under its prefix.
    const prefix = `cap-${Math.random()}:`;
    await alerting.store.close();
    alerting.store = createRedisStore(redis, { prefix, auditMaxEvents: 100 });
    const alerts = service(new RecordingSink());
    const classmates = ["S2001", "S2002", "S2003", "S2004", "S2005", "S2006", "S2007"];
    await raiseAll(alerts, [
      ...selfRelinks("S1001"),
      ...classmates.map((id) => relink(id, `telegram:${id}`, "telegram:666")),
    ]);
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(await redis.pttl(key), key).toBeGreaterThan(0);
  });
});
