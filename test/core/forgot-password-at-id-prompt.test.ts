import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { alreadySetUp, worldOnSchoolClock } from "../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

/*
 * A child who forgot her password taps "Set up my secret questions" by mistake, reads "Type your user ID", and
 * types what she means: "I forgot my password" (我忘了密码, "saya lupa kata laluan", என் கடவுச்சொல் மறந்துவிட்டது),
 * the words of the menu's other button. They were taken as her user ID: "Now type your password", the one
 * thing she does not have. They are that button now, as they are at the start menu: the reset begins.
 */
const FORGOT = {
  en: "i forgot my password",
  zh: "我忘了密码",
  ms: "saya lupa kata laluan",
  ta: "என் கடவுச்சொல் மறந்துவிட்டது",
} as const;

describe("'I forgot my password' typed at set-up's 'Type your user ID'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("wei-ling");
  });

  for (const [language, words] of Object.entries(FORGOT)) {
    it(`in ${language}: in her set-up chat, the reset begins with her first question`, async () => {
      await alreadySetUp(world, kid, WEI_LING.id, {
        animal: "Tiger",
        colour: "Purple",
        food: "Chicken rice",
      });
      const send = (text: string) => kid.send(text, { locale: language });
      await send("/setup");
      const sent = await send(words);
      expect(sent.replies.map((r) => r.text.key)).not.toContain("setup.askPassword");
      expect(sent.replies.map((r) => r.text.key)).toContain("reset.askAnswer");
      expect(new Set(sent.replies.map((r) => r.language))).toEqual(new Set([language]));
      expect(await openStep(world, kid)).toBe("reset.answer");
    });
  }

  it("in a chat not set up: told where a reset works, not asked for a password", async () => {
    const fresh = world.chat("new-phone");
    await fresh.send("/setup");
    const sent = await fresh.send("I forgot my password.");
    expect(sent.replies.map((r) => r.text.key)).not.toContain("setup.askPassword");
    expect(fresh.lastText).toContain("form teacher");
    expect(await openStep(world, fresh)).toBeNull();
  });
});
