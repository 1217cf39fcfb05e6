import { afterEach, describe, expect, it } from "vitest";
import { LANGUAGE_NAMES } from "../../src/core/i18n/languages.js";
import { openStep, WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/*
 * At "Type your user ID", a child answers in a sentence: "my id is S1001", 我的学号是S1001, "ID saya S1001".
 * Before, the whole sentence was taken as her user ID; her right password was then refused ("Your user ID
 * is not your name") and counted as a wrong try. The ID in the sentence is her user ID.
 */
const SAID: readonly (readonly [string, "en" | "zh" | "ms" | "ta"])[] = [
  ["my id is S1001", "en"],
  ["My user ID is S1001", "en"],
  ["MY USERNAME IS S1001.", "en"],
  ["id: S1001", "en"],
  ["S1001 is my id", "en"],
  ["我的用户名是S1001", "zh"],
  ["我的学号是 S1001", "zh"],
  ["ID saya S1001", "ms"],
  ["id saya ialah S1001", "ms"],
  ["என் ஐடி S1001", "ta"],
  // In the prompt's own words ("ID pengguna", "பயனர் ID"), with 是 ("is"), as "I am S1001", or with a particle
  // after it: each was taken whole as her ID, and her right password refused and counted.
  ["User ID: S1001", "en"],
  ["ID pengguna: S1001", "ms"],
  ["ID pengguna S1001", "ms"],
  ["ID pengguna ialah S1001", "ms"],
  ["பயனர் ID: S1001", "ta"],
  ["என் பயனர் ID S1001", "ta"],
  ["பயனர் ஐடி S1001", "ta"],
  ["用户名是S1001", "zh"],
  ["学号是 S1001", "zh"],
  ["我是S1001", "zh"],
  ["I'm S1001", "en"],
  ["saya S1001", "ms"],
  ["S1001 lah", "ms"],
  ["ID saya S1001 la", "ms"],
];

describe("a user ID said in a sentence", () => {
  let world: TestWorld;
  afterEach(async () => world.close());

  it.each(SAID)("at set-up, '%s' (%s) is S1001: her password links the chat", async (text, language) => {
    world = await TestWorld.create();
    const kid = world.chat("kid");
    await kid.send("/language");
    await kid.press(LANGUAGE_NAMES[language]);
    await kid.send("/setup");
    await kid.send(text);
    expect(await openStep(world, kid)).toBe("setup.password");
    await kid.send(WEI_LING.password);
    expect(await openStep(world, kid)).toBe("setup.question");
    expect(kid.lastText).toContain(WEI_LING.name);
  });

  it("at a typed-ID reset, 'my id is S1001' is S1001: her answers are right", async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
    const kid = world.chat("kid");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    const borrowed = world.chat("borrowed-phone");
    await borrowed.send("/reset");
    expect(await openStep(world, borrowed)).toBe("reset.id");
    await borrowed.answerReset("my id is S1001", weiLingAnswerFor);
    expect(borrowed.lastText).toContain("all 3 answers are right");
  });

  it.each(["my id is", "my id is wei", "id saya", "ID pengguna", "我是小明", "Tiger lah"])(
    "'%s' is read as before, as typed",
    async (text) => {
      world = await TestWorld.create();
      const kid = world.chat("kid");
      await kid.send("/setup");
      await kid.send(text);
      expect(await openStep(world, kid)).toBe("setup.password");
    },
  );
});
