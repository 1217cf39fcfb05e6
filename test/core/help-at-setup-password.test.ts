import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { alreadySetUp, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * At set-up's "Now type your password", a child who is stuck types "what do i do now", "I dont remember" or
 * "i forgot". These were checked as her password and counted as a wrong try: she was sent back to "Type your
 * user ID". Now she gets the step's help (for "I forgot": where a forgotten password is helped) and the
 * password is asked again, with no try taken.
 */
const HELP = [
  ["what do i do now", "en"],
  ["What do I do now?", "en"],
  ["我该怎么办", "zh"],
  ["saya nak buat apa", "ms"],
  ["நான் என்ன செய்ய வேண்டும்", "ta"],
] as const;
const FORGOT = [
  ["i forgot", "en"],
  ["I dont remember", "en"],
  ["I don't remember.", "en"],
  ["我忘了", "zh"],
  ["saya lupa", "ms"],
  ["tak ingat", "ms"],
  ["மறந்துவிட்டது", "ta"],
] as const;

describe("asking for help at set-up's 'Now type your password'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const atPasswordPrompt = async (language: string) => {
    await kid.send("/setup", { locale: language });
    await kid.send(WEI_LING.id, { locale: language });
    expect(await openStep(world, kid)).toBe("setup.password");
  };

  it.each(HELP)("'%s' (%s): the step's help, and her password asked again", async (text, language) => {
    await atPasswordPrompt(language);
    const sent = await kid.send(text, { locale: language });
    expect(sent.replies.map((r) => r.text.key)).toEqual(["setup.helpPassword", "setup.askPassword"]);
    expect(await openStep(world, kid)).toBe("setup.password");
  });

  it.each(FORGOT)("'%s' (%s): her form teacher, and no try taken", async (text, language) => {
    await atPasswordPrompt(language);
    const sent = await kid.send(text, { locale: language });
    expect(sent.replies.map((r) => r.text.key)).toEqual(["setup.forgotAtPassword", "setup.askPassword"]);
    expect(await openStep(world, kid)).toBe("setup.password");
  });

  it("'i forgot' in a chat with answers saved: /reset is named", async () => {
    await alreadySetUp(world, kid, WEI_LING.id, { animal: "Tiger", colour: "Purple", food: "Chicken rice" });
    await atPasswordPrompt("en");
    const sent = await kid.send("i forgot");
    expect(sent.replies.map((r) => r.text.key)).toEqual([
      "setup.forgotAtPasswordResetHere",
      "setup.askPassword",
    ]);
    expect(kid.lastText).toContain("/reset");
    expect(await openStep(world, kid)).toBe("setup.password");
  });

  it("asking many times costs no try: her right password still works", async () => {
    await atPasswordPrompt("en");
    for (let i = 0; i < 6; i++) await kid.send(i % 2 === 0 ? "i forgot" : "what do i do now");
    await kid.send(WEI_LING.password);
    expect(await openStep(world, kid)).toBe("setup.question");
  });

  it("words around the phrase are still a password to check", async () => {
    await atPasswordPrompt("en");
    const sent = await kid.send("i forgot it was Garden");
    expect(sent.replies.map((r) => r.text.key)).toContain("setup.wrongPassword");
  });
});
