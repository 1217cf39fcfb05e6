import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING } from "../../helpers/dialog-helpers.js";
import { countArgon2 } from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const LINK_CHANGED =
  "This account was linked to another chat while we were talking, so I did not save your answers. Type /setup to start again.";
/** The student's own answers, set up again from her own phone (the same questions, in the same order). */
const HERS = ["Tiger", "Purple", "Chicken rice"] as [string, string, string];

/**
 * Someone who once knew a student's password set up on their own phone, and kept that set-up open at its
 * practice round. The student, warned of the link, sets up again on her own phone (same questions). The
 * practice round left open must not become a way to test guesses against her new answers: not in the
 * round itself ("some answers were not the same"), and not at "change an answer" ("that is the same as
 * another answer"), which could be asked again and again.
 */
describe("a practice round left open after the student set up again elsewhere", () => {
  let world: TestWorld;
  let other: TestChat;
  let hers: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    other = world.chat("someone-else");
    hers = world.chat("wei-ling-phone");
    await other.setUp(WEI_LING.id, WEI_LING.password, ["Lion", "Green", "Noodles"]);
  });
  afterEach(async () => world.close());

  async function sheSetsUpAgain() {
    await hers.setUp(WEI_LING.id, WEI_LING.password, HERS);
    await hers.press("No thanks");
  }

  it("checks no answer in the round: it says the link changed", async () => {
    await other.press("Check that I remember");
    await sheSetsUpAgain();
    const argon2 = countArgon2();
    try {
      await other.send("Tiger");
      expect(other.lastText).toBe(LINK_CHANGED);
      expect(argon2.verifications).toBe(0);
    } finally {
      argon2.restore();
    }
  });

  it("checks no answer at 'change an answer': her other answers are never compared", async () => {
    await other.press("Check that I remember");
    await other.send("Lion");
    await other.send("Green");
    await other.send("not noodles");
    expect(other.lastText).toContain("One answer was not the same as before.");
    await sheSetsUpAgain();
    await other.send("Tiger");
    expect(other.lastText).toBe(LINK_CHANGED);
    await hers.send("/reset");
    expect(hers.lastText).toContain("Question 1 of 3");
  });
});
