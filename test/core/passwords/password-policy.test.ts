import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reachNewPasswordChoice, WEI_LING } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const HAS_NAME = "Please don't use your name or your user ID in your password.";

describe("a password the student types for themselves", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
  });
  afterEach(async () => world.close());

  it.each(["Ling-Ling-2020!", "wei.sunshine.7", "TanWeiLing22", "s1001-Sunshine"])(
    "may not use her name or her user ID, as a word of its own (%j)",
    async (password) => {
      const outcome = await kid.send(password);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(HAS_NAME);
      expect(kid.lastText).toContain("Type your new password.");
    },
  );

  it('may contain a word that only holds a part of her name ("Dumpling" is not "Ling")', async () => {
    await kid.send("Dumpling-Soup-4");
    expect(kid.lastText).toContain("Type the same password again");
    await kid.send("Dumpling-Soup-4");
    expect(kid.lastText).toContain("Your new password is ready");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, "Dumpling-Soup-4")).not.toBeNull();
  });
});
