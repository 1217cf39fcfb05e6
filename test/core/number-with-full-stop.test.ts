import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStep, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * "Tap a button, or type its number": a child types "1." (a phone adds the full stop after a double space,
 * and a list written "1. ..." shows it so), "2)" or "３。". Before, she was told "Tap a button, or type its
 * number (1–4)." though she had typed it. The number with a full stop or a bracket after it is that button.
 */
describe("a button's number typed with a full stop", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each(["1.", "1 .", "1)", "１。"])("'%s' at the start menu is its first button", async (typed) => {
    await kid.send(typed);
    expect(await openStep(world, kid)).toBe("setup.id");
  });

  it("'4.' at set-up's question list picks the fourth question", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("4.");
    expect(kid.lastText).toContain("What is your favourite food?");
    expect(await openStep(world, kid)).toBe("setup.answer");
  });

  it("'1.5' or '.1' is no button", async () => {
    for (const typed of ["1.5", ".1"]) {
      await kid.send(typed);
      expect(await openStep(world, kid), typed).toBe(null);
    }
  });
});
