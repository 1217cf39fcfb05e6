import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * A child who mixes up the boxes types their password where set-up asks for a secret answer. Saved, the
 * answer to "favourite animal" would be the very password they will one day forget, and reset needs it.
 */
describe("the set-up password typed at a set-up answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
  });
  afterEach(async () => world.close());

  it("is refused with what to type instead, and the same question is asked again", async () => {
    const sent = await kid.send(WEI_LING.password);
    expect(sent.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("That is your password. Keep it to yourself.");
    expect(kid.lastText).toContain("What is your favourite animal?");
    expect(await openStep(world, kid)).toBe("setup.answer");
    await kid.send("Tiger");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
  });

  it("is refused at the third answer too, and nothing is saved with it", async () => {
    await kid.send("Tiger");
    await kid.press("favourite colour");
    await kid.send("Purple");
    await kid.press("favourite food");
    await kid.send(` ${WEI_LING.password} `);
    expect(kid.lastText).toContain("That is your password.");
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toBeNull();
  });

  it("another password-like answer is an answer as before", async () => {
    await kid.send("Spider-Man2");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
  });
});

describe("the set-up password typed as a changed answer after the practice round", () => {
  let world: TestWorld;
  afterEach(async () => world.close());

  it("is refused there too, and the old answer stays", async () => {
    world = await TestWorld.create();
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await kid.press("Check that I remember");
    for (const answer of ["Lion", "Purple", "Chicken rice"]) await kid.send(answer);
    expect(kid.lastText).toContain("Type the answer you want to keep.");
    const sent = await kid.send(WEI_LING.password);
    expect(sent.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("That is your password. Keep it to yourself.");
    expect(await openStep(world, kid)).toBe("setup.practiceFix");
    await kid.press("Keep my old answer");
    await kid.send("/reset");
    for (const answer of ["Tiger", "Purple", "Chicken rice"]) await kid.send(answer);
    expect(kid.lastText).toContain("all 3 answers are right");
  });
});
