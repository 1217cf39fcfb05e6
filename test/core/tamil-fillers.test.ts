import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isNonAnswer } from "../../src/core/answers/non-answers.js";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { worldOnSchoolClock } from "../helpers/security-helpers.js";
import { notCheckedAtReset, stillCheckedFromVersion } from "../helpers/non-answers-at-reset.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A Tamil child who does not know puts a sound or a word before it, as she says it: ம்ம் ("hmm"), ஆ ("ah"),
 * அது வந்து ("well, you see"), இன்னும் தெரியல ("don't know yet"), பதில் மறந்துட்டேன் ("I forgot the answer").
 * English, Chinese and Malay had such fillers ("I don't know yet", 我忘了答案, *tak tahu lagi*); Tamil had
 * none, so "ம்ம் தெரியல" was saved as her secret answer, and at a reset it counted as a wrong try. Now set-up
 * refuses them (non-answers version 15) and a reset answers them kindly, nothing checked or counted. A filler
 * alone, or before a real answer, is no non-answer.
 */
const REFUSED = [
  ...["ம்ம் தெரியல", "ம்ம்... தெரியாது", "ஆ, தெரியல", "அது வந்து தெரியல", "அது வந்து... மறந்துட்டேன்"],
  ...["இன்னும் தெரியல", "பதில் மறந்துட்டேன்", "என் பதில் மறந்துட்டேன்", "ஹ்ம் எனக்கு தெரியல", "ம் ஞாபகமில்லை"],
];
const ASKS_TO_SKIP = ["ம்ம் தவிர்", "அது வந்து, வேறு கேள்வி", "ம்ம் தவிர்க்கலாமா?"];
const REAL_ANSWERS = ["ம்ம்", "அது வந்து", "ஆ", "இன்னும்", "பதில்", "அது வந்து பூனை", "ஆடு", "ம்ம் பிரியாணி"];

describe("Tamil fillers before 'I don't know' at set-up's answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  async function atFirstSetUpAnswer(): Promise<void> {
    await kid.send("/setup", { locale: "ta" });
    await kid.send(WEI_LING.id, { locale: "ta" });
    await kid.send(WEI_LING.password, { locale: "ta" });
    await kid.send("1", { locale: "ta" });
  }

  it.each(REFUSED)("'%s': refused, never saved as her answer", async (words) => {
    await atFirstSetUpAnswer();
    await kid.send(words, { locale: "ta" });
    expect(kid.last.replies.map((r) => r.text.key)).toContain("setup.nonAnswer");
    expect(await openStep(world, kid)).toBe("setup.answer");
  });

  it.each(ASKS_TO_SKIP)("'%s': back to the question list, nothing saved", async (words) => {
    await atFirstSetUpAnswer();
    await kid.send(words, { locale: "ta" });
    expect(await openStep(world, kid)).toBe("setup.question");
    const picks = kid.last.replies.filter((r) => r.text.key === "setup.pickQuestion");
    expect(picks.map((r) => r.text.params)).toEqual([{ number: 1 }]);
  });

  it("a filler alone, or before a real answer, stays an answer", () => {
    for (const answer of REAL_ANSWERS) expect(isNonAnswer(answer), answer).toBe(false);
  });
});

describe("Tamil fillers before 'I don't know' at a reset's question", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("kid-wei-ling");
  });

  it("are not checked nor counted: it's okay not to remember, and the same question again", async () => {
    await notCheckedAtReset(world, kid, REFUSED);
  });

  it("asking to skip with a filler: a reset asks the questions she chose, nothing counted", async () => {
    await notCheckedAtReset(world, kid, ASKS_TO_SKIP, "reset.cannotSkip");
  });

  it("'ம்ம் தெரியல' saved as her answer under non-answers version 14, before set-up refused it, is still checked and right", async () => {
    await stillCheckedFromVersion(world, kid, "ம்ம் தெரியல", 14);
  });
});
