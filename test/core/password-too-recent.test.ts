import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PasswordRejectedError } from "../../src/core/errors.js";
import { translate } from "../../src/core/i18n/translate.js";
import { openStep, reachNewPasswordChoice, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const TOO_RECENT =
  "The school system says your password was changed very recently, so it will not take a new one yet. " +
  "Your password was not changed: the one you had still works. Please try again tomorrow. " +
  "If you need a new one today, ask your form teacher: they can ask the school's IT team.";

/*
 * The directory's minimum password age (AD) refuses any new password that day. The child was told to ask her
 * form teacher and at once "Type your new password. It needs at least 8 letters…": asking again cannot work,
 * and the teacher's own /guided is told to try later too.
 */
describe("the school system refuses a new password as changed very recently", () => {
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

  it("her own typed password: the dialog ends with one next step, her old password works, no reset counted", async () => {
    vi.spyOn(world.directory, "setPassword").mockRejectedValueOnce(new PasswordRejectedError("too-recent"));
    await kid.press("I'll type my own");
    await kid.send("Blue-Sky-Run-45-longer");
    await kid.send("Blue-Sky-Run-45-longer");
    expect(kid.lastText).toBe(TOO_RECENT);
    expect(kid.buttons).toEqual([]);
    expect(await openStep(world, kid)).toBeNull();
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    expect(await world.deps.store.resetSuccesses("s1001", Date.now(), 30 * 86_400_000)).toBe(0);
  });

  it("a password the bot made: the same words, and the dialog ends", async () => {
    vi.spyOn(world.directory, "setPassword").mockRejectedValueOnce(new PasswordRejectedError("too-recent"));
    await kid.press("Make one for me");
    expect(kid.lastText).toBe(TOO_RECENT);
    expect(await openStep(world, kid)).toBeNull();
  });

  it("says so in all four languages", () => {
    for (const language of ["en", "zh", "ms", "ta"] as const) {
      expect(translate({ key: "reset.tooRecent" }, language)).not.toBe("reset.tooRecent");
    }
  });
});
