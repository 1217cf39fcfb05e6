import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AlertService, type AlertServiceOptions } from "../../src/alerts/alert-service.js";
import type { Alert } from "../../src/core/ports/alerts.js";
import type { Store } from "../../src/core/ports/store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { MINUTE, MONDAY_8AM } from "../helpers/security-helpers.js";
import { mockStore, QUICK_DELIVERY, RecordingSink, storeDown } from "./alert-fakes.js";

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
  let store: Store;
  let logs: CapturedLogs;
  const services: AlertService[] = [];

  const service = (sink: RecordingSink, extra: Partial<AlertServiceOptions> = {}) => {
    const created = new AlertService({
      store,
      logger: logs.logger,
      sinks: [sink],
      dedupeMs: WINDOW_MS,
      delivery: QUICK_DELIVERY,
      ...extra,
    });
    services.push(created);
    return created;
  };
  const raiseAll = async (alerts: AlertService, raised: Alert[]) => {
    for (const alert of raised) alerts.raise(alert);
    await alerts.flush();
  };

  beforeEach(() => {
    vi.useFakeTimers({ now: MONDAY_8AM + 2 * MINUTE });
    store = mockStore();
    logs = new CapturedLogs();
  });
  afterEach(async () => {
    for (const s of services.splice(0)) await s.close();
    await store.close();
    vi.useRealTimers();
  });

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
});
