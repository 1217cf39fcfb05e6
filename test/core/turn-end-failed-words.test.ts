import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

type Commands = Record<string, (...args: unknown[]) => Promise<unknown>>;

/**
 * A step did its work (set-up saved her answers) and only the turn's end failed (Redis dropped the
 * connection as the dialog was stored). Before, the child read "Something went wrong on my side. Nothing was
 * changed.", though her answers were saved.
 */
describe("the turn's end fails after the step's work", () => {
  let world: TestWorld;
  let kid: TestChat;
  let commands: Commands;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    commands = world.redis as unknown as Commands;
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await world.close();
  });

  it("does not say that nothing was changed, and says to try again", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    for (const [i, question] of ["animal", "colour", "food"].entries()) {
      await kid.press(`What is your favourite ${question}?`);
      if (i === 2)
        vi.spyOn(commands, "storeEndChatTurn").mockRejectedValueOnce(new Error("Connection is closed."));
      await kid.send(WEI_LING_ANSWERS[i]!);
    }
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).not.toBeNull();
    expect(kid.lastText).toContain("Something went wrong on my side");
    expect(kid.lastText).not.toContain("Nothing was changed");
    expect(kid.lastText).toContain("try that again");
  });

  it("says so in all four languages, to children and to staff", () => {
    for (const key of ["error.storeDownAfterStep", "error.staffStoreDownAfterStep"] as const) {
      for (const language of ["en", "zh", "ms", "ta"] as const) {
        const text = translate({ key }, language);
        expect(text).not.toBe(key);
        expect(text).not.toBe(translate({ key: "error.storeDown" }, language));
      }
    }
  });
});
