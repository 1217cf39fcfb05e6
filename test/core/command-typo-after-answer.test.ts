import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textsOf, WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const DELETED = "I deleted that message. It may have been your password or a secret answer.";

/**
 * A mistyped command ("/strat") right after set-up's answers: set-up takes no "/word" as an answer (it says
 * "I don't know that command" there), and knows its password by digest, so the word is no secret sent
 * again. Before, the child read "I deleted that message. It may have been your password or a secret
 * answer." and, just under it, "Did you mean /start?": the bot called her typo a secret and a command at once.
 */
describe("a mistyped command on set-up's buttons", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  it("at the practice offer after the last answer: kept, and the nearest command suggested", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    expect(kid.lastText).toContain("Shall we check");
    const sent = await kid.send("/strat");
    expect(sent.deleteInbound).toBe(false);
    expect(textsOf(sent)).not.toContain(DELETED);
    expect(textsOf(sent)[0]).toContain("Did you mean /start?");
    expect(kid.lastText).toContain("Shall we check");
  });

  it("at the question buttons after an answer: kept, and the nearest command suggested", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send(WEI_LING_ANSWERS[0]);
    const sent = await kid.send("/hlep");
    expect(sent.deleteInbound).toBe(false);
    expect(textsOf(sent)).not.toContain(DELETED);
    expect(textsOf(sent)[0]).toContain("Did you mean /help?");
    expect(kid.lastText).toContain("Choose question 2 of 3");
  });

  it("her set-up password itself, starting with '/', sent again at the question buttons: still deleted", async () => {
    await world.memoryDirectory.setPassword(WEI_LING.id, "/garden-lamp-21", { mustChange: false });
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send("/garden-lamp-21");
    expect(kid.lastText).toContain("Choose question 1 of 3");
    const sent = await kid.send("/garden-lamp-21");
    expect(sent.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("Choose question 1 of 3");
  });

  it("words after a slash that look like a password, at the practice offer: still deleted", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const sent = await kid.send("/Garden-Lamp-21");
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent).join("\n")).not.toContain("Did you mean");
    expect(kid.lastText).toContain("Shall we check");
  });

  for (const password of ["/Tiger@2026", "/garden lamp 21"]) {
    it(`her set-up password '${password}', read as a command, sent again at the practice offer: still deleted`, async () => {
      await world.memoryDirectory.setPassword(WEI_LING.id, password, { mustChange: false });
      await kid.setUp(WEI_LING.id, password, WEI_LING_ANSWERS);
      expect(kid.lastText).toContain("Shall we check");
      const sent = await kid.send(password);
      expect(sent.deleteInbound).toBe(true);
      expect(textsOf(sent).join("\n")).not.toContain("Did you mean");
      expect(kid.lastText).toContain("Shall we check");
    });
  }

  it("at the new-password choice after a reset (her password may start with '/'): deleted, and no command named", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("No thanks");
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    expect(kid.lastText).toContain("all 3 answers are right");
    const sent = await kid.send("/strat");
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent)).toEqual([
      DELETED,
      "Tap a button, or type its number (1–2).",
      "How would you like your new password?",
    ]);
  });
});
