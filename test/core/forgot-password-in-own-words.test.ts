import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Outcome } from "../../src/core/messages.js";
import { openStep, WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child who forgot her password says so in her own words at the start menu: "forgot password", "reset
 * password", 忘记密码, "lupa password", "கடவுச்சொல் மறந்து விட்டது". Before, she got the menu again (or, in
 * Chinese, the menu in Chinese): only the button's exact words, "I forgot my password", began the reset.
 */
const languagesOf = (outcome: Outcome) => new Set(outcome.replies.map((r) => r.language));

describe("'forgot password' in a child's own words, at the start menu", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
  });
  afterEach(async () => world.close());

  it.each([
    "forgot password",
    "Forgot my password!",
    "i forget my password",
    "reset password",
    "I need a new password",
    "lupa password",
    "lupa kata laluan",
    // "I forgot" alone: the menu's button says the rest ("I forgot my password", "Saya lupa kata laluan").
    "I forgot",
    "i forgot!",
    "lupa",
    "saya lupa",
    "Saya terlupa",
  ])("'%s' begins the reset", async (text) => {
    await kid.send(text);
    expect(await openStep(world, kid)).toBe("reset.answer");
  });

  it.each([
    ["忘记密码", "zh"],
    ["我忘记密码了", "zh"],
    ["கடவுச்சொல் மறந்து விட்டது", "ta"],
    ["我忘了", "zh"],
    ["我忘记了！", "zh"],
    ["மறந்துவிட்டேன்", "ta"],
  ] as const)("'%s' on an English phone begins the reset, in %s", async (text, language) => {
    const sent = await kid.send(text, { locale: "en" });
    expect(await openStep(world, kid)).toBe("reset.answer");
    expect(languagesOf(sent)).toEqual(new Set([language]));
  });

  it("other words still get the menu", async () => {
    await kid.send("password");
    expect(await openStep(world, kid)).toBe(null);
  });

  // Sentences, not only the short words: before, these got the plain greeting and menu.
  it.each([
    ["zh", ["忘记密码了", "我密码忘了", "密码忘记了！", "我忘记了我的密码", "我不知道我的密码"]],
    [
      "ms",
      ["sy lupa password", "lupa pasword", "x ingat password", "sy lupe password", "lupa kata laluan la"],
    ],
    [
      "ta",
      [
        ...["கடவுச்சொல் மறந்துவிட்டேன்", "password மறந்துட்டேன்", "மறந்துவிட்டேன்"],
        // Tamil as a child texts it in Latin letters.
        ...["password marandhuten", "marandhuten", "maranthuten", "marandhu poachu"],
        "enakku password marandhu pochu",
      ],
    ],
  ] as const)(
    "in %s, a sentence saying she forgot her password begins the reset",
    async (language, texts) => {
      await kid.send(`/language ${language}`);
      for (const text of texts) {
        await kid.send("/cancel");
        await kid.send(text);
        expect({ text, step: await openStep(world, kid) }).toEqual({ text, step: "reset.answer" });
      }
    },
  );

  it.each(["I forgot my answers", "我忘了答案", "不知道", "tak tahu", "lupa kata laluan Tiger", "தெரியாது"])(
    "'%s' is not read as a forgotten password: the menu, as before",
    async (text) => {
      await kid.send(text);
      expect(await openStep(world, kid)).toBe(null);
    },
  );

  it("a chat not linked yet gets for 'sy lupa password' what it gets for 'lupa password'", async () => {
    const words = world.chat("words");
    const sentence = world.chat("sentence");
    await words.send("lupa password");
    await sentence.send("sy lupa password");
    // "I can only make a new password in the chat you used to set up your questions...", not the greeting.
    expect(sentence.lastText).toBe(words.lastText);
    expect(await openStep(world, sentence)).toBe(await openStep(world, words));
  });
});
