import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStep, reachNewPasswordChoice, textsOf, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import type { Outcome } from "../../src/core/messages.js";

/*
 * After "I'll type my own", a child types what she wants rather than a password: "start again" (重新开始,
 * "mula semula"), or "make one for me" (帮我做一个, "buatkan satu untuk saya"), at "Type your new password"
 * or at "Type the same password again". They were read as her password: refused as too easy to guess, told
 * "not the same", or, when long enough and typed twice ("begin again", "buatkan satu"), set as her password;
 * or "start again" stopped the reset, and she had to answer her questions again.
 */

const CHOICE = ["Make one for me", "I'll type my own"];
const MADE = "Your new password is:";

describe("words for 'start again' and 'make one for me' at the new-password prompts", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
  });
  afterEach(async () => world.close());

  function neverEchoed(outcome: Outcome, words: string): void {
    expect(outcome.deleteInbound).toBe(true);
    for (const text of textsOf(outcome)) expect(text.toLowerCase()).not.toContain(words.toLowerCase());
  }

  const restartWords = [
    "start again",
    "Start again!",
    "start",
    "start over",
    "begin again",
    "restart",
    "重新开始",
    "开始",
    "重来",
    "mula semula",
    "mula",
    "ulang",
    "மீண்டும் தொடங்கு",
    "தொடங்கு",
  ];

  it.each(restartWords)("%j at 'Type your new password' goes back to the choice", async (words) => {
    const outcome = await kid.send(words);
    neverEchoed(outcome, words);
    expect(kid.buttons).toEqual(CHOICE);
    expect(await openStep(world, kid)).toBe("reset.choose");
    // From there, her own password goes on as before.
    await kid.press("I'll type my own");
    await kid.send("Bluebird-Sky-7");
    await kid.send("Bluebird-Sky-7");
    expect(kid.lastText).toContain("Your new password is ready");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, words)).toBeNull();
  });

  it.each(["start again", "mula semula", "重新开始", "begin again"])(
    "%j at 'Type the same password again' goes back to the choice, not 'not the same'",
    async (words) => {
      await kid.send("Bluebird-Sky-7");
      const outcome = await kid.send(words);
      neverEchoed(outcome, words);
      expect(kid.lastText).not.toContain("not the same");
      expect(kid.buttons).toEqual(CHOICE);
      expect(await openStep(world, kid)).toBe("reset.choose");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    },
  );

  const makeOneWords = [
    "make one for me",
    "Make one for me!",
    "make one",
    "you choose",
    "帮我做一个",
    "帮我做",
    "Buatkan satu untuk saya",
    "buatkan satu",
    "buatkan",
    "எனக்கு ஒன்று செய்து தா",
    "செய்து தா",
  ];

  it.each(makeOneWords)("%j at 'Type your new password' makes her one", async (words) => {
    const outcome = await kid.send(words);
    neverEchoed(outcome, words);
    expect(kid.lastText).toContain(MADE);
    expect(outcome.replies[0]!.protect).toBeDefined();
    expect(await openStep(world, kid)).toBeNull();
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).toBeNull();
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, words)).toBeNull();
  });

  it.each(["make one for me", "帮我做一个", "buatkan"])(
    "%j at 'Type the same password again' makes her one, not 'not the same'",
    async (words) => {
      await kid.send("Bluebird-Sky-7");
      const outcome = await kid.send(words);
      neverEchoed(outcome, words);
      expect(kid.lastText).toContain(MADE);
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, "Bluebird-Sky-7")).toBeNull();
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).toBeNull();
    },
  );

  it("the other wishes work at 'Type the same password again' too: stop, and another language", async () => {
    await kid.send("Bluebird-Sky-7");
    await kid.send("change language");
    expect(kid.buttons).toContain("中文");
    expect(kid.lastText).toContain("Type the same password again");
    await kid.send("i want to stop");
    expect(kid.lastText).toContain("Nothing was changed");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
  });

  it.each([
    ["make one for me 4 tigers", "Type the same password again"],
    ["start again tomorrow 7", "Type the same password again"],
    ["Make-One-For-Me-47", "Type the same password again"],
  ])("a password that only holds those words (%j) is judged as her password", async (password, told) => {
    await kid.send(password);
    expect(kid.lastText).toContain(told);
    await kid.send(password);
    expect(kid.lastText).toContain("Your new password is ready");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
  });

  it("the real password typed twice is still set", async () => {
    await kid.send("Bluebird-Sky-7");
    await kid.send("Bluebird-Sky-7");
    expect(kid.lastText).toContain("Your new password is ready");
  });
});
