import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { choiceByNumber } from "../../src/core/messages.js";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * "no 1" where numbered buttons wait: a 9-year-old who writes it may mean "not 1" ("no, 1 is wrong") as much
 * as "number 1". Before, it was read as button 1: at the practice round's "Keep my old answer" (button 1) a
 * child who did not want to keep her old answer kept it. Now "no 1", "not 1" and "no, 1" pick nothing, at any
 * numbered choice: the choices are shown again, kindly. "#1" and "No.1" (the number's own mark) are button 1.
 */
describe("'no' or 'not' before a button's number", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  async function atFix(): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    await kid.send("Tiger");
    await kid.send("blue");
    await kid.send("Chicken rice");
    expect(await openStep(world, kid)).toBe("setup.practiceFix");
  }

  it.each([
    "no 1",
    "No 1",
    "not 1",
    "no, 1",
    "No, 1!",
    "no1",
    "nope 1",
    "not #1",
    "bukan 1",
    "不是1",
    "இல்லை 1",
  ])(
    "'%s' at the practice round's 'Keep my old answer' keeps nothing and shows the choice again",
    async (typed) => {
      await atFix();
      await kid.send(typed);
      expect(await openStep(world, kid)).toBe("setup.practiceFix");
      expect(kid.lastText).toContain(translate({ key: "practice.keepOrType" }, "en"));
      expect(kid.lastText).not.toContain("I saved your new answer");
      expect(kid.buttons).toEqual(["Keep my old answer"]);
      // Nothing was saved as her colour: kept now, her reset takes the old answer.
      await kid.press("Keep my old answer");
      await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
      expect(kid.lastText).toContain("all 3 answers are right");
    },
  );

  it.each(["#1", "No.1", "1"])("'%s' at the practice round is 'Keep my old answer'", async (typed) => {
    await atFix();
    await kid.send(typed);
    expect(kid.lastText).toContain("All done!");
    expect(await openStep(world, kid)).toBeNull();
  });

  it.each(["no 2", "not 2", "no, 2"])(
    "'%s' at the start menu is no button: the menu again, with how to choose",
    async (typed) => {
      await kid.send(typed);
      expect(kid.lastText).toContain("Tap a button, or type its number");
      expect(kid.lastText).not.toContain("I can only make a new password in the chat you used to set up");
      expect(kid.buttons.length).toBeGreaterThan(1);
    },
  );

  it.each(["no 4", "not 4", "no, 4"])(
    "'%s' at set-up's question list picks no question and is kept in the chat",
    async (typed) => {
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(false);
      expect(await openStep(world, kid)).toBe("setup.question");
      expect(kid.lastText).toContain("Tap a button, or type its number");
      expect(kid.buttons.length).toBeGreaterThan(3);
    },
  );

  it.each(["no 1", "not 2", "no, 1"])("'%s' at 'Shall we check...?' is neither yes nor no", async (typed) => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send(typed);
    expect(await openStep(world, kid)).toBe("setup.practiceOffer");
    expect(kid.lastText).toContain("Tap a button, or type its number");
  });

  it("the terminal's number reader takes '#2' and 'No.2' as button 2, never 'no 2' or 'not 2'", () => {
    const choices = [
      { id: "a", label: { key: "practice.keep" as const } },
      { id: "b", label: { key: "practice.keep" as const } },
    ];
    expect(choiceByNumber(choices, "#2")?.id).toBe("b");
    expect(choiceByNumber(choices, "No.2")?.id).toBe("b");
    expect(choiceByNumber(choices, "no 2")).toBeUndefined();
    expect(choiceByNumber(choices, "not 2")).toBeUndefined();
    expect(choiceByNumber(choices, "no, 2")).toBeUndefined();
  });
});
