import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child says thank you when her password is done: "thank you", "tq", "terima kasih", 谢谢, நன்றி. Before,
 * she got the whole menu again ("Hi! I can help you with your password. What would you like to do?"), as if
 * the bot had not heard her. Now she hears "You're welcome!" and how to come back, in the chat's language.
 */
describe("thanks with nothing open", () => {
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
    ["thank you", "en"],
    ["Thanks!", "en"],
    ["tq", "en"],
    ["terima kasih", "ms"],
    ["谢谢", "zh"],
    ["நன்றி", "ta"],
    // Thanks to the teacher she thinks is writing, and as it is spoken.
    ["谢谢老师！", "zh"],
    ["谢谢啦", "zh"],
    ["terima kasih cikgu", "ms"],
    ["makasih", "ms"],
    ["நன்றி டீச்சர்", "ta"],
  ] as const)("'%s' (chat in %s): you're welcome, and no menu", async (text, language) => {
    const sent = await kid.send(text, { locale: language });
    expect(sent.replies.map((r) => r.text.key)).toEqual(["chat.welcome"]);
    expect(kid.lastText).toBe(translate({ key: "chat.welcome" }, language));
    expect(kid.buttons).toEqual([]);
  });

  it("other words still get the menu", async () => {
    await kid.send("hello");
    expect(kid.last.replies.map((r) => r.text.key)).toContain("menu.welcome");
  });
});
