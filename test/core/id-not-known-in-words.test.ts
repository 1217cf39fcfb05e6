import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LANGUAGE_NAMES } from "../../src/core/i18n/languages.js";
import { translate } from "../../src/core/i18n/translate.js";
import { openStep, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * At "Type your user ID", a child who does not know it says so in a sentence: "I don't know my user ID",
 * "what is my user id", 我不知道我的用户名. Before, the sentence was taken as her user ID and she was asked for
 * its password. Now she hears who can tell her the ID, and the prompt stays.
 */
const SAID: readonly (readonly [string, "en" | "zh" | "ms" | "ta"])[] = [
  ["I don't know my user ID", "en"],
  ["i dont know my id", "en"],
  ["what is my user id", "en"],
  ["What's my user ID?", "en"],
  ["I forgot my user ID", "en"],
  ["idk my id", "en"],
  ["我不知道我的用户名", "zh"],
  ["我的ID是什么？", "zh"],
  ["saya tak tahu ID saya", "ms"],
  ["apa ID pengguna saya", "ms"],
  ["எனக்கு என் ஐடி தெரியாது", "ta"],
  ["என் பயனர் ID என்ன?", "ta"],
];

/*
 * "I forgot" or "don't know" in one word, shaped like a logon name, which no school's ID is: the Malay prompt's
 * "Tidak tahu?" invites "lupa". Before, each was taken as her user ID and her password asked next.
 */
const ONE_WORD: readonly (readonly [string, "en" | "zh" | "ms" | "ta"])[] = [
  ["lupa", "ms"],
  ["Lupa!", "ms"],
  ["terlupa", "ms"],
  ["entah", "ms"],
  ["xtahu", "ms"],
  ["forgot", "en"],
  ["dunno", "en"],
];

/* The same with Malay's particle la (lah), as a child says it: "lupa la" was taken as her user ID. */
const WITH_LA: readonly (readonly [string, "ms"])[] = [
  ["lupa la", "ms"],
  ["lupalah", "ms"],
  ["tak tahu la", "ms"],
  ["Tak tau lah", "ms"],
];

/*
 * "idk" with a question mark, "!", a comma, quotes or an emoji round it: the phrase, not initials. Since marks
 * around a user ID are left out ("S1001!" is S1001), each was taken as the ID "idk", her password asked next
 * and a wrong one counted against her chat; before that, she heard who can give her the ID, as now again.
 */
const MARKED: readonly string[] = [
  "idk?",
  "idk!",
  "idk,",
  "'idk'",
  "“idk”",
  "idk 😢",
  "Idk??",
  "(idk)",
  "dunno?",
  "nothing?",
  "'none'",
  "entah!",
];

describe("'I don't know my user ID' at the user ID prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each(SAID)(
    "at set-up, '%s' (%s): the form teacher can tell her, and the prompt stays",
    async (text, language) => {
      await kid.send("/language");
      await kid.press(LANGUAGE_NAMES[language]);
      await kid.send("/setup");
      await kid.send(text);
      expect(kid.lastText).toContain(translate({ key: "input.idNotKnown" }, language));
      expect(await openStep(world, kid)).toBe("setup.id");
      await kid.send(WEI_LING.id);
      expect(await openStep(world, kid)).toBe("setup.password");
    },
  );

  it.each(SAID.filter(([, language]) => language === "en"))(
    "at a typed-ID reset, '%s': the same",
    async (text) => {
      await world.close();
      world = await TestWorld.create({ RESET_REQUIRES_LINKED_CHAT: "false" });
      kid = world.chat("kid");
      await kid.send("/reset");
      await kid.send(text);
      expect(kid.lastText).toContain(translate({ key: "input.idNotKnown" }, "en"));
      expect(await openStep(world, kid)).toBe("reset.id");
    },
  );

  it.each([...ONE_WORD, ...WITH_LA])(
    "at set-up, '%s' (%s) alone: the form teacher can tell her, and the prompt stays",
    async (text, language) => {
      await kid.send("/language");
      await kid.press(LANGUAGE_NAMES[language]);
      await kid.send("/setup");
      await kid.send(text);
      expect(kid.lastText).toContain(translate({ key: "input.idNotKnown" }, language));
      expect(await openStep(world, kid)).toBe("setup.id");
    },
  );

  it.each(MARKED)("at set-up, '%s': the form teacher can tell her, and the prompt stays", async (text) => {
    await kid.send("/setup");
    await kid.send(text);
    expect(kid.lastText).toContain(translate({ key: "input.idNotKnown" }, "en"));
    expect(await openStep(world, kid)).toBe("setup.id");
  });

  it("at a typed-ID reset, 'idk?': the same", async () => {
    await world.close();
    world = await TestWorld.create({ RESET_REQUIRES_LINKED_CHAT: "false" });
    kid = world.chat("kid");
    await kid.send("/reset");
    await kid.send("idk?");
    expect(kid.lastText).toContain(translate({ key: "input.idNotKnown" }, "en"));
    expect(await openStep(world, kid)).toBe("reset.id");
  });

  // The full stop a phone adds after a double space was always left out of an ID: "idk." is "idk", as before.
  it("'idk.' is still read as the user ID 'idk'", async () => {
    await kid.send("/setup");
    await kid.send("idk.");
    expect(await openStep(world, kid)).toBe("setup.password");
  });

  // Three letters are initials to some schools (Ian D. King is idk), so "idk" alone is still an ID.
  it("'idk' alone is still read as a user ID", async () => {
    await kid.send("/setup");
    await kid.send("idk");
    expect(await openStep(world, kid)).toBe("setup.password");
  });

  it("a user ID is still a user ID", async () => {
    await kid.send("/setup");
    await kid.send("S1001");
    expect(await openStep(world, kid)).toBe("setup.password");
  });
});
