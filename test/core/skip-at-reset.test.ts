import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isNonAnswer, NON_ANSWERS_VERSION } from "../../src/core/answers/non-answers.js";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { alreadySetUp, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { notCheckedAtReset, stillCheckedFromVersion } from "../helpers/non-answers-at-reset.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child at her reset's question asks to skip it: "can I skip?", "boleh skip?", 可以跳过吗？, தவிர்க்கலாமா?.
 * She was told "Is that a question? I can't answer questions here", which says nothing she can do. Now she is
 * told kindly that a reset asks the 3 questions she chose (none can be skipped or changed here), that her form
 * teacher can help if she forgot one, and that it did not count as a try; then the same question again.
 * The same words at set-up's answer prompt go back to the question list (non-answers version 15).
 */
const ASKED_AS_A_QUESTION = [
  ...["can I skip?", "Can I skip this one?", "can I skip it?", "boleh skip?", "boleh langkau?"],
  ...["可以跳过吗？", "能跳过吗?", "可以换一个问题吗？", "தவிர்க்கலாமா?", "கேள்வியை மாற்றலாமா?"],
];
/** The same without the question mark: set-up refuses them since version 15, so a reset need not check them. */
const ASKED_WITHOUT_A_MARK = [
  "can I skip this one",
  "boleh skip",
  "可以跳过吗",
  "தவிர்க்கலாமா",
  "skip",
  "can I skip",
];

const REAL_ANSWERS = ["Skip-Bo", "Skippy", "Skipper", "Boleh Land"];

describe("asking to skip at a reset's question", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("kid-wei-ling");
  });

  it("is told she answers the questions she chose, who can help, and that no try was counted", async () => {
    await notCheckedAtReset(world, kid, ASKED_AS_A_QUESTION, "reset.cannotSkip");
  });

  it("the same words without a question mark too", async () => {
    await notCheckedAtReset(world, kid, ASKED_WITHOUT_A_MARK, "reset.cannotSkip");
  });

  it("the words a 9-year-old reads: what a reset asks, who helps, and nothing counted", async () => {
    await alreadySetUp(world, kid, WEI_LING.id, { animal: "Tiger", colour: "Purple", food: "Chicken rice" });
    await kid.send("/reset");
    await kid.send("can I skip?");
    expect(kid.lastText).toContain("You can't skip a question here, or change it.");
    expect(kid.lastText).toContain("Your form teacher can help you.");
    expect(kid.lastText).toContain("That did not count as a try.");
    expect(kid.lastText).toContain("Question 1 of 3:");
  });

  it("'boleh skip' saved as her answer under non-answers version 14, before set-up refused it, is still checked and right", async () => {
    await stillCheckedFromVersion(world, kid, "boleh skip", 14);
  });

  it("real answers with 'skip' in them stay answers, and are checked", async () => {
    for (const answer of REAL_ANSWERS) expect(isNonAnswer(answer), answer).toBe(false);
    await stillCheckedFromVersion(world, kid, "Skip-Bo", NON_ANSWERS_VERSION);
  });
});

describe("asking to skip at set-up's answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  it.each([...ASKED_AS_A_QUESTION, ...ASKED_WITHOUT_A_MARK])(
    "'%s': back to the question list, nothing saved",
    async (words) => {
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      await kid.send("1");
      await kid.send(words);
      expect(await openStep(world, kid)).toBe("setup.question");
      expect(kid.lastText).toContain("Choose question 1 of 3.");
    },
  );

  it("'Skippy' is saved as her answer and set-up goes on", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("1");
    await kid.send("Skippy");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
  });
});
