import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { worldOnSchoolClock } from "../helpers/security-helpers.js";
import { notCheckedAtReset, stillCheckedFromVersion } from "../helpers/non-answers-at-reset.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * Set-up's help at an answer prompt says "Want another question? Then type back." A child who puts it in her
 * own words ("another question", "change question", "skip", 换一个问题, 跳过, *soalan lain*, *langkau*, வேறு
 * கேள்வி) had those words saved as her secret answer, and was asked to choose question 2 of 3. They now go
 * back to the question list as "back" does, with or without a question mark, in any case, with a particle
 * after them; nothing is saved. At a reset's question they are no answer (non-answers version 13): not
 * checked, not counted, and she is told that a reset asks the questions she chose (reset.cannotSkip).
 */
const ASKS_FOR_ANOTHER = Object.entries({
  en: [
    "another question",
    "Change question",
    "different question",
    "Another question?",
    "SKIP",
    "next",
    "skip la",
  ],
  zh: ["换一个问题", "换一个", "跳过", "上一步", "换一个问题吧？"],
  ms: ["soalan lain", "tukar soalan", "langkau", "tukar soalan lah", "boleh tukar soalan?"],
  ta: ["வேறு கேள்வி", "கேள்வியை மாற்று", "தவிர்"],
}).flatMap(([language, phrases]) => phrases.map((words) => [language, words] as const));

describe("asking for another question at set-up's answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  async function atFirstSetUpAnswer(language: string): Promise<void> {
    await kid.send("/setup", { locale: language });
    await kid.send(WEI_LING.id, { locale: language });
    await kid.send(WEI_LING.password, { locale: language });
    await kid.send("1", { locale: language });
  }

  it.each(ASKS_FOR_ANOTHER)(
    "%s, '%s': back to the question list, as 'back' does; nothing saved",
    async (language, words) => {
      await atFirstSetUpAnswer(language);
      await kid.send("back", { locale: language });
      const afterBack = kid.last.replies.map((r) => r.text);
      await kid.send("1", { locale: language });

      const sent = await kid.send(words, { locale: language });
      expect(sent.deleteInbound).toBe(true);
      expect(kid.last.replies.map((r) => r.text)).toEqual(afterBack);
      expect(await openStep(world, kid)).toBe("setup.question");
      expect(kid.lastText).not.toMatch(/(2 of 3|第 2 个|soalan 2|2-வது)/);
    },
  );

  it("she then picks a question and answers it: that is her first answer", async () => {
    await atFirstSetUpAnswer("en");
    await kid.send("another question");
    expect(kid.lastText).toContain("Choose question 1 of 3.");
    await kid.press("favourite colour");
    await kid.send("Purple");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
  });
});

describe("asking for another question at a reset's answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("kid-wei-ling");
  });

  it("is not checked nor counted: a reset asks the questions she chose, and the same question again", async () => {
    await notCheckedAtReset(
      world,
      kid,
      ["skip", "another question", "换一个问题", "tukar soalan", "தவிர்", "next la"],
      "reset.cannotSkip",
    );
  });

  it("an answer 'Skip' saved under non-answers version 12, before set-up refused it, is still checked and right", async () => {
    await stillCheckedFromVersion(world, kid, "Skip", 12);
  });
});
