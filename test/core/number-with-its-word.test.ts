import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStep, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * "Tap a button, or type its number": a child writes the number as her class writes one, "No.4",
 * "nombor 4", "number 4", "#4", 第4个, எண் 4 ("no 4" without the full stop may mean "not 4": see
 * no-before-a-number.test.ts). Before, each was deleted as maybe her password ("I deleted
 * that message. It may have been your password or a secret answer.") and she was told again to type its
 * number, which she had. The number with its word before it is that button.
 */
describe("a button's number typed with 'No.' or 'number' before it", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each(["No.4", "NO. 4", "nombor 4", "number 4", "#4", "第4个", "第 4", "எண் 4"])(
    "'%s' at set-up's question list picks the fourth question",
    async (typed) => {
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(false);
      expect(kid.lastText).toContain("What is your favourite food?");
      expect(await openStep(world, kid)).toBe("setup.answer");
    },
  );

  it("'No.2' at the start menu is its second button", async () => {
    await kid.send("No.2");
    expect(kid.lastText).toContain("I can only make a new password in the chat you used to set up");
  });

  it.each(["nombor12", "number12", "no 123"])("'%s' is no button", async (typed) => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send(typed);
    expect(await openStep(world, kid)).toBe("setup.question");
  });
});
