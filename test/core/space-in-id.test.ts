import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/**
 * A child copying "S1001" from the sticker types "S 1001". Her right password was then refused with
 * "that user ID and password don't match", counted as a wrong try, and nothing said the space was what
 * went wrong: she would think her password wrong. After the refusal she is told, from the text alone (the
 * same whether anyone has that ID), so a made-up ID hears the same.
 */
const SPACE_IN_ID = {
  en: "There was a space in your user ID.",
  zh: "你输入的用户名里有空格。",
  ms: "Ada ruang kosong dalam ID pengguna kamu.",
  ta: "உன் பயனர் ID-இல் இடைவெளி இருந்தது.",
} as const;

describe("a user ID typed with a space in it at set-up", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  for (const [language, words] of Object.entries(SPACE_IN_ID)) {
    it(`in ${language}: after the refused password she hears of the space, then her ID without it works`, async () => {
      const kid = world.chat(`kid-${language}`);
      const send = (text: string) => kid.send(text, { locale: language });
      await send("/setup");
      await send("S 1001");
      await send(WEI_LING.password);
      expect(kid.last.replies.map((r) => r.text.key)).toEqual([
        "setup.wrongPassword",
        "setup.idHadSpace",
        "setup.askId",
      ]);
      expect(kid.lastText).toContain(words);
      await send(WEI_LING.id);
      await send(WEI_LING.password);
      expect(kid.last.replies.map((r) => r.text.key)).toContain("setup.linked");
    });
  }

  it("a made-up ID with a space hears the same; a name, or an ID with none, does not", async () => {
    const keysAfter = async (id: string) => {
      const kid = world.chat(`kid-${id}`);
      await kid.send("/setup");
      await kid.send(id);
      await kid.send("Wrong-Guess-1");
      return kid.last.replies.map((r) => r.text.key);
    };
    expect(await keysAfter("S 9999")).toEqual(await keysAfter("S 1002"));
    expect(await keysAfter("s1 002")).toContain("setup.idHadSpace");
    expect(await keysAfter("Tan Wei Ling")).not.toContain("setup.idHadSpace");
    expect(await keysAfter("S1002")).not.toContain("setup.idHadSpace");
  });
});
