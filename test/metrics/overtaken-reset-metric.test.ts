import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BotMetrics } from "../../src/metrics/bot-metrics.js";
import { meteredStore } from "../../src/metrics/metered-ports.js";
import { GUIDED_RESET_MEANWHILE } from "../../src/core/flows/overtaken-by-guided.js";
import type { AuditEvent } from "../../src/core/ports/audit-log.js";
import { useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/*
 * A child's own reset that a teacher's guided reset overtook (reset-overtaken-by-guided.test.ts) is neither a
 * failure nor a success: /metrics counts it apart, so a dashboard of failed resets does not rise with it
 * and the overtaken ones can still be seen.
 */
describe("sspr_resets_total for a reset a guided reset overtook", () => {
  let world: TestWorld;
  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create();
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const value = async (metrics: BotMetrics, outcome: string) =>
    (await metrics.resets.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

  it("is counted as overtaken, not failed", async () => {
    const metrics = new BotMetrics();
    const store = meteredStore(world.deps.store, metrics);
    const event: AuditEvent = {
      at: Date.now(),
      event: "reset-interrupted",
      actor: "telegram:wei-ling-phone",
      subject: "S1001",
      channel: "telegram",
      outcome: "info",
      reason: GUIDED_RESET_MEANWHILE,
    };
    await store.appendAudit(event, { trail: "protected", chat: event.actor, personId: "S1001" });
    expect(await value(metrics, "overtaken")).toBe(1);
    expect(await value(metrics, "failed")).toBe(0);
    // A reset stopped for another change (a re-link) is not counted as overtaken.
    await store.appendAudit(
      { ...event, outcome: "refused", reason: "changed" },
      { trail: "protected", chat: event.actor, personId: "S1001" },
    );
    expect(await value(metrics, "overtaken")).toBe(1);
  });
});
