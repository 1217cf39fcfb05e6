import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, textsOf } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/**
 * Right after /language in the middle of set-up or a reset, the list's number written as a word ("二",
 * "empat", "four", நான்கு, "number four") is a language, as it is with no dialog open and as "4" is there.
 * Before, it was taken as her secret answer: saved at set-up (she never saw what), checked and counted at a
 * reset.
 */
describe("a number in words typed right after /language in the middle of a dialog", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  it("at set-up's answer prompt, 'empat' picks தமிழ் and is not saved as her answer", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("1");
    await kid.send("/language");
    const picked = await kid.send("empat");
    expect(kid.lastText).toContain("சரி! இனி நான் உன்னுடன் தமிழில் பேசுவேன்.");
    expect(textsOf(picked).join("\n")).not.toContain("3 கேள்விகளில் 2-வது");
    // A word at an answer prompt is deleted, as the prompt promised ("Lima" may be her cat).
    expect(picked.deleteInbound).toBe(true);
    expect(await openStep(world, kid)).toBe("setup.answer");
  });

  it.each(["二", "two", "dua", "இரண்டு", "the second", "number two", "nombor dua", "第二个"])(
    "at a reset's question, '%s' picks 中文: not checked or counted, and her answers still work",
    async (word) => {
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      await kid.send("/reset");
      await kid.send(WEI_LING_ANSWERS[0]);
      await kid.send("/language");
      await kid.send(word);
      expect(kid.lastText).toContain("好的！现在我用中文和你说话。");
      expect(await world.deps.store.attemptCountsOf(WEI_LING.id)).toEqual([]);
      await kid.send(WEI_LING_ANSWERS[1]);
      await kid.send(WEI_LING_ANSWERS[2]);
      expect(kid.lastText).toContain("3 个答案都对了");
    },
  );

  it("at a reset's question, 'no 4' is no answer: the hint and the list again, and '4' then picks", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/reset");
    await kid.send("/language");
    const no = await kid.send("no 4");
    expect(textsOf(no).join("\n")).toContain("Tap a button, or type its number (1–4).");
    expect(kid.lastText).toContain("Question 1 of 3");
    await kid.send("4");
    expect(kid.lastText).toContain("சரி! இனி நான் உன்னுடன் தமிழில் பேசுவேன்.");
    for (const answer of WEI_LING_ANSWERS) await kid.send(answer);
    expect(await world.deps.store.attemptCountsOf(WEI_LING.id)).toEqual([]);
  });

  it("with no dialog open, 'number four' and 'nombor empat' pick தமிழ் too", async () => {
    for (const words of ["number four", "nombor empat"]) {
      await kid.send("/language");
      await kid.send(words);
      expect(kid.lastText).toContain("சரி! இனி நான் உன்னுடன் தமிழில் பேசுவேன்.");
      await kid.send("/language");
      await kid.send("1");
    }
  });
});
