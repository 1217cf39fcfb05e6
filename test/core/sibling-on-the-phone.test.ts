import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { familyPhone } from "../helpers/family-phone.js";
import { TestWorld } from "../helpers/test-world.js";

/**
 * A brother picks up the phone his sister linked and taps "I forgot my password": the bot greets her and
 * asks her questions. Nothing said he was not meant to answer them (his wrong answers count towards her
 * pause) nor what he should do instead.
 */
describe("a child who is not the one the phone is linked to", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("is told, when the reset greets his sister, how to stop and who can help him", async () => {
    const phone = world.chat("sisters-phone");
    await phone.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await phone.press("No thanks");
    await phone.send("/start");
    await phone.press("I forgot my password");
    expect(phone.lastText).toContain("Hi Tan Wei Ling!");
    expect(phone.lastText).toContain("Not Tan Wei Ling? Type /cancel, and ask your form teacher for help.");
    expect(phone.lastText).toContain("Question 1 of 3");
  });

  it("is told, when 'Which of you?' does not name him, who can help him", async () => {
    const phone = await familyPhone(world);
    await phone.send("/reset");
    expect(phone.lastText).toContain("Which of you needs a new password?");
    expect(phone.lastText).toContain("Not in the list? Type /cancel, and ask your form teacher for help.");
  });

  // Aisha, linked on the same phone, tapped her sister's name: "ask your form teacher" sent her to a teacher
  // for what the list does. She taps her own name instead.
  it("who tapped a sibling's name on a family phone is told to choose again, not to find a teacher", async () => {
    const phone = await familyPhone(world);
    await phone.send("/reset");
    await phone.press("Tan Wei Ling");
    expect(phone.lastText).toContain("Hi Tan Wei Ling!");
    expect(phone.lastText).toContain("Not Tan Wei Ling? Type /reset and choose your own name.");
    expect(phone.lastText).not.toContain("form teacher");
    await phone.send("/reset");
    await phone.press("Aisha Binte Rahman");
    expect(phone.lastText).toContain("Hi Aisha Binte Rahman!");
    expect(phone.lastText).toContain("Question 1 of 3");
  });

  it.each(["zh", "ms", "ta"])("is told so in %s", async (language) => {
    const phone = await familyPhone(world);
    await world.deps.store.setChatLanguage(phone.ref, language);
    await phone.send("/reset");
    expect(phone.lastText).toContain("/cancel");
    await phone.press("Tan Wei Ling");
    expect(phone.lastText.split("\n").filter((line) => line.includes("Tan Wei Ling"))).toHaveLength(2);
    expect(phone.lastText).toContain("/reset");
    expect(phone.lastText).not.toContain("/cancel");
  });
});
