import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { containsIdentity, typedOwnName } from "../../../src/core/answers/answer-rules.js";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const NAME_NOT_ANSWER = "That is your name. Type the answer to the question instead.";

/*
 * A child asked "Question 1 of 3" in her own chat types her name (a part of it, or all of it), as a child who
 * thinks she must say who she is. It was checked as her answer and counted toward her suspension, though
 * set-up has never saved an answer that is her name (answer.hasName), so it could never be right. Her user ID
 * typed the same way was already told "That is your user ID…" with nothing counted; her name now is too.
 */
describe("her own name typed at a reset's question in her linked chat", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create({ RESET_MAX_FAILURES: "1" });
    kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
  });
  afterEach(async () => world.close());

  it("says it is her name, asks the same question, counts nothing, and her right answers still reset", async () => {
    await kid.send("/reset");
    for (const typed of ["Ling", "wei", "Tan Wei Ling", " tan wei ling! "]) {
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(NAME_NOT_ANSWER);
      expect(kid.lastText).toContain("Question 1 of 3");
      expect(await openStep(world, kid)).toBe("reset.answer");
    }
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
  });

  it("says so in every language", async () => {
    for (const [locale, words] of [
      ["zh", "这是你的名字"],
      ["ms", "Itu nama kamu"],
      ["ta", "அது உன் பெயர்"],
    ] as const) {
      await kid.send("/reset", { locale });
      await kid.send("Wei", { locale });
      expect(kid.lastText, locale).toContain(words);
      await kid.send("/cancel", { locale });
    }
  });
});

describe("what a reset refuses as her name", () => {
  const person = { id: "S1001", name: "Tan Wei Ling" };
  const han = { id: "S1003", name: "陈伟玲" };

  it("is what set-up refuses, under every answer normalisation it has used", () => {
    expect(typedOwnName("Ling", person)).toBe(true);
    expect(typedOwnName("TAN WEI LING", person)).toBe(true);
    // Words set-up takes, with her name in them or not: checked as answers.
    expect(typedOwnName("Lingo", person)).toBe(false);
    expect(typedOwnName("Tiger", person)).toBe(false);
  });

  it("leaves alone what set-up refuses today but set-ups before answer normalisation 2 saved", () => {
    // Today's set-up refuses a Han given name within an answer; version 1's did not, and its answers are
    // hashed anew (never checked again) after a reset, so such an answer may be hers.
    expect(containsIdentity("伟玲的猫", han)).toBe(true);
    expect(typedOwnName("伟玲的猫", han)).toBe(false);
    expect(typedOwnName("陈伟玲", han)).toBe(true);
  });
});
