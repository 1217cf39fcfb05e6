import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { alreadySetUp, worldOnSchoolClock } from "../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

/*
 * A child who forgot her password taps "Set up my secret questions" instead of "I forgot my password" (or
 * types /setup). Set-up asks for the password she does not have, and its refusal said "Forgot your password?
 * Your form teacher can help.": a trip to the teacher, when her own chat could give her a new password with
 * the questions she set up. In a chat where answers are saved, the refusal now names /reset too. It depends on
 * the chat alone, never on the ID typed, so it says nothing about who exists.
 */
const RESET_HINT = {
  en: "type /reset",
  zh: "请输入 /reset",
  ms: "taip /reset",
  ta: "/reset என்று தட்டச்சு செய்",
} as const;

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };

describe("a wrong password at set-up, in a chat where answers are saved", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("wei-ling");
  });

  for (const [language, hint] of Object.entries(RESET_HINT)) {
    it(`in ${language}: names /reset, and /reset then asks her questions`, async () => {
      await alreadySetUp(world, kid, WEI_LING.id, ANSWERS);
      const send = (text: string) => kid.send(text, { locale: language });
      await send("/setup");
      await send(WEI_LING.id);
      const refused = await send("I-Forgot-It-1");
      expect(refused.replies.map((r) => r.text.key)).toEqual(["setup.wrongPasswordResetHere", "setup.askId"]);
      expect(new Set(refused.replies.map((r) => r.language))).toEqual(new Set([language]));
      expect(kid.lastText).toContain(hint);
      const reset = await send("/reset");
      expect(reset.replies.map((r) => r.text.key)).toContain("reset.askAnswer");
    });
  }

  it("the same words for her own ID and a made-up one", async () => {
    await alreadySetUp(world, kid, WEI_LING.id, ANSWERS);
    const told: string[] = [];
    for (const id of [WEI_LING.id, "S9999"]) {
      await kid.send("/setup");
      await kid.send(id);
      await kid.send("I-Forgot-It-1");
      told.push(kid.lastText);
      await kid.send("/cancel");
    }
    expect(told[0]).toContain("type /reset");
    expect(told[1]).toBe(told[0]);
  });

  it("a chat with no answers saved (none linked, or linked but not set up) hears the form teacher only", async () => {
    const fresh = world.chat("fresh");
    await fresh.send("/setup");
    await fresh.send(WEI_LING.id);
    await fresh.send("I-Forgot-It-1");
    expect(fresh.last.replies[0]?.text.key).toBe("setup.wrongPassword");

    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("/cancel");
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send("I-Forgot-It-1");
    expect(kid.last.replies[0]?.text.key).toBe("setup.wrongPassword");
    expect(kid.lastText).not.toContain("/reset");
  });
});
