import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SUPPORTED_LANGUAGES } from "../../src/core/i18n/languages.js";
import { CATALOGUES } from "../../src/core/i18n/translate.js";
import { textsOf, WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const wrongAnswer = (): string => "Pizza";

/** What a child hears around a reset: each sentence true, and saying what to do next. */
describe("the words around a reset", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
  });
  afterEach(async () => world.close());

  it("/start in the middle of a reset says the reset stopped and nothing was changed, then shows the menu", async () => {
    await kid.send("/reset");
    const texts = textsOf(await kid.send("/start"));
    expect(texts[0]).toContain("stopped");
    expect(texts[0]).toContain("Nothing was changed.");
    expect(texts.at(-1)).toContain("What would you like to do?");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
  });

  it("after her teacher cleared her answers, /reset says so and that /setup sets them up again", async () => {
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await teacher.send(`/clearanswers ${WEI_LING.id}`);
    await teacher.press("Yes, clear them");
    await kid.send("/reset");
    expect(kid.lastText).toContain("cleared");
    expect(kid.lastText).toContain("/setup");
    expect(kid.lastText).not.toContain("You have not set up your secret questions yet");
  });

  it("'I forgot my password' before any set-up sends her to her teacher first: /setup asks for the password she forgot", async () => {
    const arjun = world.chat("arjun");
    await arjun.send("/setup");
    await arjun.send("S1003");
    await arjun.send(DEMO_PASSWORDS.S1003);
    await arjun.send("/cancel");
    await arjun.send("/reset");
    const words = arjun.lastText;
    expect(words).toContain("Arjun Kumar");
    expect(words).toContain("so I can't make you a new password yet");
    expect(words.indexOf("form teacher")).toBeGreaterThan(-1);
    expect(words.indexOf("form teacher")).toBeLessThan(words.indexOf("/setup"));
    expect(words).not.toContain("Type /setup to do it now");
  });

  it("after her answers were cleared, the same: her teacher first, /setup once she can log in", async () => {
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await teacher.send(`/clearanswers ${WEI_LING.id}`);
    await teacher.press("Yes, clear them");
    await kid.send("/reset");
    expect(kid.lastText.indexOf("form teacher")).toBeLessThan(kid.lastText.indexOf("/setup"));
    expect(kid.lastText).not.toContain("Type /setup to do it now");
  });

  it("a wrong answer says to type /reset to try again, and trying again at once works", async () => {
    await kid.answerReset(WEI_LING.id, wrongAnswer);
    expect(kid.lastText).toContain("Sorry, that didn't work.");
    expect(kid.lastText).not.toContain("later");
    expect(kid.lastText).toContain("/reset");
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("says each of these in every language", () => {
    for (const key of ["reset.stopped", "reset.answersCleared", "reset.failed"]) {
      const english = (CATALOGUES.en as Record<string, string>)[key];
      for (const language of SUPPORTED_LANGUAGES) {
        const text = (CATALOGUES[language] as Record<string, string>)[key];
        expect(text, `${key} in ${language}`).toBeTruthy();
        if (language !== "en") expect(text, `${key} in ${language}`).not.toBe(english);
      }
    }
  });
});
