import { afterEach, describe, expect, it, vi } from "vitest";
import { alreadySetUp, answersFor, resetTranscript, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A suspended or capped student's /reset is refused at once and changes nothing, and the linked chat can send
 * it as often as it likes: so can a classmate holding the phone. Each refusal is an attempt (counted per day,
 * rate-limited in the school-wide stream), never a protected event: otherwise 20 of them push the student's
 * link, set-up, resets and the staff's actions on her out of her trail, and a few thousand fill the day's
 * share of the school-wide stream, whose oldest events of the day are then dropped.
 */
const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };

let world: TestWorld;
afterEach(async () => {
  await world.close();
  vi.useRealTimers();
});

async function spamReset(kid: TestChat, times: number, expected: string): Promise<void> {
  for (let i = 0; i < times; i++) {
    await kid.send("/reset");
    expect(kid.lastText).toContain(expected);
  }
}

describe("a refused /reset sent again and again from the student's own chat", () => {
  it("while suspended, pushes nothing out of her trail and is rate-limited in the school's stream", async () => {
    useSchoolClock();
    // Three of the chat's events an hour in the stream (her link is held to the rate but adds nothing to it).
    world = await TestWorld.create({ AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR: "3" });
    const kid = world.chat("wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    await world.failStudent("S1001", 5);
    const before = await world.deps.store.auditTrailOf("S1001", 20);
    expect(before.map((e) => e.event)).toEqual(expect.arrayContaining(["link", "reset-suspended"]));

    await spamReset(kid, 25, "paused");
    expect(await world.deps.store.auditTrailOf("S1001", 20)).toEqual(before);
    const refused = (await world.deps.store.recentAudit(1000)).filter((e) => e.event === "reset");
    expect(refused).toHaveLength(3);
    const tries = await world.deps.store.attemptCountsOf("S1001");
    expect(tries).toContainEqual(expect.objectContaining({ event: "reset", outcome: "refused", count: 25 }));
  });

  it("at the cap of successful resets, pushes nothing out of her trail", async () => {
    useSchoolClock();
    world = await TestWorld.create({ RESET_MAX_SUCCESSES: "1" });
    const kid = world.chat("wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    await kid.press("Make one for me");
    const before = await world.deps.store.auditTrailOf("S1001", 20);
    expect(before.map((e) => e.event)).toEqual(expect.arrayContaining(["link", "reset"]));

    await spamReset(kid, 25, "Please ask your form teacher");
    expect(await world.deps.store.auditTrailOf("S1001", 20)).toEqual(before);
  });
});
