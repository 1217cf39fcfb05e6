import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const PAST_THE_QUESTIONS = "That was your answer to question 3.";
const CHOICE = "How would you like your new password?";
const BUTTONS = ["Make one for me", "I'll type my own"];

/*
 * A slow phone sends her third answer twice. The first is checked, all three are right, and the second
 * arrives at "How would you like your new password?". When her answer read like a choice there ("make one",
 * "Option 1", "No. 2", 第1个, "Sendiri": set-up takes them all), it was that choice: a password made for her
 * that she never asked for, or the new-password prompt, and her answer left in the chat. The choice now knows
 * the last answer by its keyed digest: sent again, it is deleted, she is told it was her answer to question 3,
 * and the choice is asked again; nothing is picked.
 */
describe("her third answer sent again at the new-password choice", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling-phone");
  });
  afterEach(async () => world.close());

  async function verifiedWithThirdAnswer(third: string): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", third]);
    await kid.press("No thanks");
    await kid.send("/reset");
    await kid.send("Tiger");
    await kid.send("Purple");
    await kid.send(third);
    expect(kid.lastText).toContain("all 3 answers are right");
  }

  for (const third of ["make one", "Option 1", "No. 2", "第1个", "Sendiri", "Satu"]) {
    it(`"${third}" again is deleted, named as her answer, and picks nothing`, async () => {
      await verifiedWithThirdAnswer(third);
      const again = await kid.send(third);
      expect(again.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(PAST_THE_QUESTIONS);
      expect(kid.lastText).toContain(CHOICE);
      expect(kid.buttons).toEqual(BUTTONS);
      expect(kid.lastText).not.toContain("Your new password is");
      expect(await openStep(world, kid)).toBe("reset.choose");
      // The school's password still works: nothing was set.
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
      // Her choice then works as ever.
      await kid.press("I'll type my own");
      expect(await openStep(world, kid)).toBe("reset.newPassword");
    });
  }

  it("written another way (case, spaces, a mark), it is still her answer", async () => {
    await verifiedWithThirdAnswer("make one");
    await kid.send(" Make One! ");
    expect(kid.lastText).toContain(PAST_THE_QUESTIONS);
    expect(await openStep(world, kid)).toBe("reset.choose");
  });

  it("arriving together with the first, the copy picks nothing", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Option 1"]);
    await kid.press("No thanks");
    await kid.send("/reset");
    await kid.send("Tiger");
    await kid.send("Purple");
    await Promise.all([kid.send("Option 1"), kid.send("Option 1")]);
    expect(kid.lastText).toContain(PAST_THE_QUESTIONS);
    expect(await openStep(world, kid)).toBe("reset.choose");
  });

  it("a third answer that means 'start again', kept with 'No, it was my answer', is known too", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Start again"]);
    await kid.press("No thanks");
    await kid.send("/reset");
    await kid.send("Tiger");
    await kid.send("Purple");
    await kid.send("Start again");
    await kid.press("No, it was my answer");
    expect(kid.lastText).toContain(CHOICE);
    const again = await kid.send("Start again");
    expect(again.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(PAST_THE_QUESTIONS);
    expect(await openStep(world, kid)).toBe("reset.choose");
  });

  it("other words are read as ever: her choice, typed, is taken", async () => {
    await verifiedWithThirdAnswer("Sendiri");
    await kid.send("make one");
    expect(kid.lastText).toContain("Your new password is");
  });

  it("keeps no answer in the dialog, only its keyed digest", async () => {
    await verifiedWithThirdAnswer("Sendiri");
    const stored = await world.deps.store.loadDialog(kid.ref);
    expect(stored!.json).not.toMatch(/sendiri/iu);
    expect(JSON.parse(stored!.json).state.lastAnswer).toMatch(/^[\w-]{20,64}$/u);
    await kid.send("Sendiri");
    expect(world.logs.text).not.toMatch(/sendiri/iu);
  });

  it("a choice opened by an older version (no digest kept) still works", async () => {
    await verifiedWithThirdAnswer("Sendiri");
    const stored = await world.deps.store.loadDialog(kid.ref);
    const document = JSON.parse(stored!.json);
    delete document.state.lastAnswer;
    await world.deps.store.saveDialog(kid.ref, stored!.revision, JSON.stringify(document), 900);
    await kid.send("make one");
    expect(kid.lastText).toContain("Your new password is");
  });

  it("says so in every language, with the choice's buttons", async () => {
    for (const [locale, words, button] of [
      ["zh", "那是你第 3 题的答案", "帮我做一个"],
      ["ms", "Itu jawapan kamu untuk soalan 3", "Buatkan satu untuk saya"],
      ["ta", "அது கேள்வி 3-க்கு உன் பதில்", "எனக்கு ஒன்று செய்து தா"],
    ] as const) {
      if (locale === "zh") {
        await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Sendiri"]);
        await kid.send("/cancel");
      }
      await kid.send(`/language ${locale}`);
      await kid.send("/reset");
      await kid.send("Tiger");
      await kid.send("Purple");
      await kid.send("Sendiri");
      await kid.send("Sendiri");
      expect(kid.lastText, locale).toContain(words);
      expect(kid.buttons, locale).toContain(button);
      await kid.send("/cancel");
    }
  });
});
