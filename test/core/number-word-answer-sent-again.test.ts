import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textsOf, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const DELETED = "I deleted that message. It may have been your password or a secret answer.";

/** Answers that are numbers written as words: a pet called Satu, "Two" as a favourite colour's name... */
const ANSWERS: [string, string, string] = ["Satu", "Dua", "One"];
const answerFor = (question: string) =>
  question.includes("animal") ? ANSWERS[0] : question.includes("colour") ? ANSWERS[1] : ANSWERS[2];

/**
 * A number written as a word ("one", "dua") picks a button where no secret is typed. Right after an answer
 * (the buttons after a secret), such a word may be her answer sent again (a slow reply, Send tapped twice):
 * it must not stay in the chat, nor act as the button she never meant.
 */
describe("an answer that is a number word, sent again on the buttons after it", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  it("at the new-password choice after a reset: deleted, and no password is made for her", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, ANSWERS);
    await kid.send("Not now");
    await kid.answerReset(WEI_LING.id, answerFor);
    expect(kid.lastText).toContain("all 3 answers are right");
    for (const again of ANSWERS) {
      const sent = await kid.send(again);
      expect(sent.deleteInbound, again).toBe(true);
      expect(textsOf(sent)[0], again).toBe(DELETED);
      expect(kid.buttons, again).toEqual(["Make one for me", "I'll type my own"]);
    }
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
  });

  it("at the practice offer after set-up: the last answer again is deleted, and the offer stays", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, ANSWERS);
    expect(kid.lastText).toContain("Shall we check");
    const sent = await kid.send(ANSWERS[2]);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent)[0]).toBe(DELETED);
    expect(kid.lastText).toContain("Shall we check");
  });

  it("at the next question buttons in set-up: deleted, and no question is picked by it", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("Dua");
    const sent = await kid.send("Dua");
    expect(sent.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("Choose question 2 of 3");
  });
});
