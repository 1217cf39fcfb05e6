import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStep, reachNewPasswordChoice, WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * Malay children say "balik" for back as often as "kembali": it went nowhere (at set-up's answer it was
 * saved as her answer). It goes back wherever "kembali" does; where it may be her answer (a reset's question,
 * set-up's answer), it is taken as one first, then she is asked whether she meant to go back (see
 * reset-go-back-words.test.ts and balik-as-setup-answer.test.ts). As a command, "/balik", it goes back.
 */
describe('"balik" as back', () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid-balik");
  });
  afterEach(async () => world.close());

  it.each(["/balik", "/Balik"])(
    "%j at set-up's answer goes back to the questions, none saved",
    async (typed) => {
      await kid.send("/setup");
      await kid.send("S1001");
      await kid.send(DEMO_PASSWORDS.S1001);
      await kid.send("7");
      expect(await openStep(world, kid)).toBe("setup.answer");
      await kid.send(typed);
      expect(await openStep(world, kid)).toBe("setup.question");
      expect(kid.lastText).toContain("Choose question 1 of 3.");
    },
  );

  it("at a reset's new password goes back to the choice", async () => {
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
    expect(await openStep(world, kid)).toBe("reset.newPassword");
    await kid.send("balik");
    expect(await openStep(world, kid)).toBe("reset.choose");
  });

  it("at a reset's question is checked as an answer, then asked about", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    await kid.send("/reset");
    await kid.send("balik");
    expect(kid.lastText).toContain("You can't go back to an earlier question.");
    await kid.press("No, it was my answer");
    expect(kid.lastText).toContain("Question 2 of 3");
  });
});
