import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/**
 * A 9-year-old asked for her user ID often types her name. The bot cannot tell her at once (whether a name
 * is someone's ID is not for the chat to learn), but after her password is refused it says what went wrong,
 * from the text alone, so she does not type her name again and again until the chat is paused.
 */
const NOT_YOUR_NAME = {
  en: "Your user ID is not your name.",
  zh: "用户名不是你的名字。",
  ms: "ID pengguna kamu bukan nama kamu.",
  ta: "உன் பயனர் ID உன் பெயர் அல்ல.",
} as const;

describe("a name typed at the set-up user-ID prompt", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  for (const [language, words] of Object.entries(NOT_YOUR_NAME)) {
    it(`in ${language}: after the refused password, she is told the user ID is not her name`, async () => {
      const kid = world.chat(`kid-${language}`);
      await kid.send("/setup", { locale: language });
      await kid.send(WEI_LING.name, { locale: language });
      await kid.send(WEI_LING.password, { locale: language });
      expect(kid.last.replies.map((r) => r.text.key)).toEqual([
        "setup.wrongPassword",
        "setup.idLookedLikeName",
        "setup.askId",
      ]);
      expect(kid.lastText).toContain(words);
    });
  }

  it("says the same for a name nobody has, and nothing of it after a plain user ID", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("Ali Bin Abu");
    await kid.send("Wrong-Guess-1");
    expect(kid.lastText).toContain(NOT_YOUR_NAME.en);
    await kid.send(WEI_LING.id);
    await kid.send("Wrong-Guess-1");
    expect(kid.lastText).toContain("don't match");
    expect(kid.lastText).not.toContain(NOT_YOUR_NAME.en);
  });

  it("then her user ID and her password link her as always", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("tan wei ling");
    await kid.send(WEI_LING.password);
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain(`Great, it's you, ${WEI_LING.name}!`);
  });
});
