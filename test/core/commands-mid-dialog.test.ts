import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SUPPORTED_LANGUAGES } from "../../src/core/i18n/languages.js";
import { CATALOGUES } from "../../src/core/i18n/translate.js";
import { textsOf, WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const RESET_STOPPED = "Okay, we stopped making your new password. Nothing was changed.";
const SETUP_STOPPED = "Okay, we stopped setting up. Nothing was changed.";

/**
 * A command typed in the middle of a reset or of set-up (before the password) that replaces it says first
 * what it stopped, in that dialog's words, and then answers the command.
 */
describe("a command that replaces an open reset or set-up says first what it stopped", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  async function midReset(): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    await kid.send("/reset");
    expect(kid.lastText).toContain("Question 1 of 3");
  }

  for (const command of ["/start", "/setup", "/logout"]) {
    it(`${command} in the middle of a reset`, async () => {
      await midReset();
      const texts = textsOf(await kid.send(command));
      expect(texts[0]).toBe(RESET_STOPPED);
      expect(texts.length).toBeGreaterThan(1);
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    });
  }

  for (const [where, typed] of [
    ["at the user ID", []],
    ["at the password", [WEI_LING.id]],
  ] as const) {
    for (const command of ["/start", "/logout"]) {
      it(`${command} in set-up ${where}`, async () => {
        await kid.send("/setup");
        for (const text of typed) await kid.send(text);
        const texts = textsOf(await kid.send(command));
        expect(texts[0]).toBe(SETUP_STOPPED);
        expect(texts.length).toBeGreaterThan(1);
      });
    }
  }

  it("a student's stray staff command is refused and her reset goes on where it was", async () => {
    await midReset();
    for (const command of ["/unlock S1002", "/guided S1002", "/coverage 4A", "/stats"]) {
      const texts = textsOf(await kid.send(command));
      expect(texts.join("\n")).not.toContain("stopped");
      expect(texts[0]).toContain("Only teachers and admins can use that.");
      expect(texts.at(-1)).toContain("Question 1 of 3");
    }
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  for (const [where, typed, asked] of [
    ["at the user ID", [], "user ID"],
    ["at the password", [WEI_LING.id], "password"],
  ] as const) {
    it(`a stray staff command in set-up ${where} is refused and set-up goes on`, async () => {
      await kid.send("/setup");
      for (const text of typed) await kid.send(text);
      const texts = textsOf(await kid.send("/unlock S1002"));
      expect(texts.join("\n")).not.toContain("stopped");
      expect(texts[0]).toContain("Only teachers and admins can use that.");
      expect(texts.at(-1)).toContain(asked);
    });
  }

  it("a teacher's staff command in the middle of her set-up again says set-up stopped, then runs", async () => {
    await linkStaff(kid, MRS_NG);
    await kid.send("/setup");
    const texts = textsOf(await kid.send(`/unlock ${WEI_LING.id}`));
    expect(texts[0]).toBe(SETUP_STOPPED);
    expect(texts[1]).toContain("Tan Wei Ling");
  });

  it("a staff command in the middle of a child's reset on a shared phone leaves her reset going", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    await linkStaff(kid, MRS_NG);
    await kid.send("/reset");
    if (!kid.lastText.includes("Question 1 of 3")) await kid.press("Tan Wei Ling");
    expect(kid.lastText).toContain("Question 1 of 3");
    const texts = textsOf(await kid.send(`/unlock ${WEI_LING.id}`));
    expect(texts[0]).toBe(
      "Tan Wei Ling is in the middle of making a new password, so I did not stop it. To do something else, type /cancel first.",
    );
    expect(texts.at(-1)).toContain("Question 1 of 3");
  });

  it("/reset in the middle of a reset, and /setup in set-up, begin again without a 'we stopped' first", async () => {
    await midReset();
    expect(textsOf(await kid.send("/reset"))[0]).not.toContain("stopped");
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    expect(textsOf(await kid.send("/setup"))[0]).not.toContain("stopped");
  });

  it("/help and /language keep the reset open, without a 'we stopped'", async () => {
    await midReset();
    for (const command of ["/help", "/language"]) {
      const texts = textsOf(await kid.send(command));
      expect(texts.join("\n")).not.toContain("stopped");
      expect(texts.at(-1)).toContain("Question 1 of 3");
    }
  });

  it("/cancel in the middle of a reset still says to type /start to begin again", async () => {
    await midReset();
    expect(kid.lastText).toContain("Question 1 of 3");
    const texts = textsOf(await kid.send("/cancel"));
    expect(texts).toEqual([
      "Okay, we stopped. Nothing was changed. Type /start when you want to begin again.",
    ]);
  });

  it("says both in every language", () => {
    for (const key of ["reset.stopped", "setup.stopped"]) {
      const english = (CATALOGUES.en as Record<string, string>)[key];
      for (const language of SUPPORTED_LANGUAGES) {
        const text = (CATALOGUES[language] as Record<string, string>)[key];
        expect(text, `${key} in ${language}`).toBeTruthy();
        if (language !== "en") expect(text, `${key} in ${language}`).not.toBe(english);
      }
    }
  });
});
