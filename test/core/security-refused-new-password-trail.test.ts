import { afterEach, describe, expect, it } from "vitest";
import { reachNewPasswordChoice, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/*
 * After her answers are verified, a student may type her own password again and again, each one refused by
 * the school (used before). A refusal changes nothing: as protected events, those would push her own link,
 * set-up and resets out of her trail, and reach the school-wide stream at no limit at all. They are
 * attempts: counted per day, and rate-limited per chat in the stream.
 */
let world: TestWorld;
afterEach(async () => world.close());

describe("new passwords the school refuses, typed again and again in one verified reset", () => {
  it("push nothing out of her trail and are rate-limited in the school-wide stream", async () => {
    world = await TestWorld.create({ AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR: "3" });
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
    const before = await world.deps.store.auditTrailOf(WEI_LING.id, 50);
    for (let i = 0; i < 25; i++) {
      await kid.send(WEI_LING.password);
      await kid.send(WEI_LING.password);
      expect(kid.lastText).toContain("you have used that password before");
    }
    expect(await world.deps.store.auditTrailOf(WEI_LING.id, 50)).toEqual(before);
    const refusedInStream = (await world.deps.store.recentAudit(1000)).filter(
      (e) => e.event === "password-set" && e.outcome === "refused",
    );
    expect(refusedInStream.length).toBeLessThanOrEqual(3);
    const counted = await world.deps.store.attemptCountsOf(WEI_LING.id);
    expect(counted).toContainEqual(
      expect.objectContaining({ event: "password-set", outcome: "refused", count: 25 }),
    );
  });
});
