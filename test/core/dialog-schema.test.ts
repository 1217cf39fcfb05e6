import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

describe("a dialog stored by another version of the bot", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  const stored = {
    "a newer schema version": JSON.stringify({
      schema: 99,
      step: 3,
      state: { name: "setup.password", typedId: "S1001" },
    }),
    "a state this version does not know": JSON.stringify({
      schema: 1,
      step: 3,
      state: { name: "reset.teleport", personId: "S1001" },
    }),
    "a state missing its fields": JSON.stringify({ schema: 1, step: 2, state: { name: "reset.choose" } }),
    "no JSON at all": "{not json",
  };

  for (const [what, json] of Object.entries(stored)) {
    it(`with ${what} counts as no dialog: the student gets the menu`, async () => {
      const kid = world.chat();
      expect(await world.deps.store.saveDialog(kid.ref, null, json, 900)).toBe(true);

      const outcome = await kid.send(WEI_LING.password);
      expect(kid.lastText).toContain("What would you like to do?");
      expect(kid.lastText).not.toContain("Oops");
      expect(kid.lastText).not.toContain("Great, it's you");
      expect(outcome.replies.every((r) => r.text.key !== "error.unexpected")).toBe(true);
      expect(await world.deps.store.loadDialog(kid.ref)).toBeNull();

      // And a new dialog starts cleanly over it.
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      expect(await openStep(world, kid)).toBe("setup.password");
    });
  }

  it("a stale choose step (from a state missing its fields) cannot set a password", async () => {
    const kid = world.chat();
    await world.deps.store.saveDialog(
      kid.ref,
      null,
      JSON.stringify({ schema: 1, step: 4, state: { name: "reset.choose" } }),
      900,
    );
    await kid.deliver({ choice: "4:generate" });
    expect(kid.lastText).toContain("That button is old");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
  });
});
