import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  WEI_LING,
  WEI_LING_ANSWERS,
  openStep,
  textsOf,
  weiLingAnswerFor,
} from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/**
 * "help" at a reset's "How would you like your new password?" got only "We are in the middle of something":
 * no word of what the two buttons do. It says what each does (as the other steps' help does), then the same
 * choice; nothing is lost, and the choice still works.
 */
describe("help at a reset's new-password choice", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
  });
  afterEach(async () => world.close());

  async function atChoice(): Promise<void> {
    await kid.send("/reset");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(await openStep(world, kid)).toBe("reset.choose");
  }

  it.each(["help", "/help", "I need help", "帮助", "tolong"])(
    "'%s' says what the two buttons do, then the same choice, which still works",
    async (words) => {
      await atChoice();
      const texts = textsOf(await kid.send(words));
      expect(texts.join("\n")).not.toContain("We are in the middle of something");
      expect(texts[0]).toContain('"Make one for me"');
      expect(texts[0]).toContain(`"I'll type my own"`);
      expect(texts.at(-1)).toContain("How would you like your new password?");
      expect(kid.buttons).toEqual(["Make one for me", "I'll type my own"]);
      expect(await openStep(world, kid)).toBe("reset.choose");
      await kid.press("I'll type my own");
      expect(await openStep(world, kid)).toBe("reset.newPassword");
    },
  );

  it("in every language", async () => {
    for (const [locale, words] of [
      ["zh", "“帮我做一个”"],
      ["ms", '"Buatkan satu untuk saya"'],
      ["ta", '"எனக்கு ஒன்று செய்து தா"'],
    ] as const) {
      await atChoice();
      await kid.send("help", { locale });
      expect(kid.lastText, locale).toContain(words);
      await kid.send("/cancel", { locale });
    }
  });
});
