import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PasswordRejectedError } from "../../src/core/errors.js";
import type { PasswordRejection } from "../../src/core/ports/directory-errors.js";
import { translate } from "../../src/core/i18n/translate.js";
import { openStep, reachNewPasswordChoice, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const MADE_REFUSED = "The school system did not take the password I made. That is not your fault.";

/**
 * The directory refuses a password the bot made ("Make one for me"), by a policy the bot does not know. The
 * child chose nothing: before, she read "The school system says that password is too simple. Try mixing big
 * and small letters…", as if her own typed password had been refused.
 */
describe("the school refuses the password the bot made", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await world.close();
  });

  it.each<PasswordRejection>(["too-simple", "too-short", "used-before", "other"])(
    "(%s): she hears it was the bot's password, not her fault, and what to do",
    async (reason) => {
      vi.spyOn(world.directory, "setPassword").mockRejectedValueOnce(new PasswordRejectedError(reason));
      await kid.press("Make one for me");
      expect(kid.lastText).toContain(MADE_REFUSED);
      expect(kid.lastText).not.toContain("that password");
      expect(kid.buttons).toEqual(["Make one for me", "I'll type my own"]);
      expect(await openStep(world, kid)).toBe("reset.choose");
    },
  );

  it("another made password is then set", async () => {
    vi.spyOn(world.directory, "setPassword").mockRejectedValueOnce(new PasswordRejectedError("too-simple"));
    await kid.press("Make one for me");
    const outcome = await kid.press("Make one for me");
    const shown = outcome.replies.find((r) => r.text.key === "reset.generated");
    const password = String(shown?.text.params?.password);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
  });

  it("'changed very recently' keeps its own words: another password would not help", async () => {
    vi.spyOn(world.directory, "setPassword").mockRejectedValueOnce(new PasswordRejectedError("too-recent"));
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("Please try again tomorrow.");
  });

  it("says so in all four languages", () => {
    for (const language of ["en", "zh", "ms", "ta"] as const) {
      const text = translate({ key: "reset.madeRefused" }, language);
      expect(text).not.toBe("reset.madeRefused");
      expect(text).toContain(translate({ key: "reset.generate" }, language));
      expect(text).toContain(translate({ key: "reset.typeOwn" }, language));
    }
  });
});
