import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep, openStepNumber } from "../../helpers/dialog-helpers.js";
import { TestWorld } from "../../helpers/test-world.js";

describe("the practice round at the end of set-up", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  const answerFor = (text: string, answers: Record<string, string>) =>
    Object.entries(answers).find(([key]) => text.includes(key))![1];

  it("offers a check; all three right says so and changes nothing", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    expect(kid.lastText).toContain("All done! Your 3 secret questions are saved.");
    expect(kid.buttons).toEqual(["Check that I remember", "No thanks"]);
    const saved = await world.deps.store.getEnrolment(WEI_LING.id);
    await kid.press("Check that I remember");
    const answers = { animal: "tiger", colour: "PURPLE", food: "chicken-rice" };
    for (let i = 0; i < 3; i++) {
      expect(kid.lastText).toContain(`Practice, question ${i + 1} of 3`);
      const outcome = await kid.send(answerFor(kid.lastText, answers));
      expect(outcome.deleteInbound).toBe(true);
    }
    expect(kid.lastText).toContain("All 3 answers match.");
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toEqual(saved);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
  });

  it("an answer that came out different can be changed there and then, and a reset takes the new one", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await kid.press("Check that I remember");
    const practice = { animal: "Tiger", colour: "Blue", food: "Chicken rice" };
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText, practice));
    // One answer, said as one: "Some answers" sent her looking for others.
    expect(kid.lastText).toContain("One answer was not the same as before. Let's fix it now.");
    expect(kid.lastText).not.toContain("Some answers");
    expect(kid.lastText).toContain("What is your favourite colour?");
    const outcome = await kid.send("Blue");
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("Type the same answer again");
    const again = await kid.send("Blue");
    expect(again.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("I saved your new answer.");

    await kid.send("/reset");
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText, practice));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("'No thanks' ends set-up; 'Keep my old answer' keeps it", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await kid.press("No thanks");
    expect(kid.lastText).toContain("Remember your answers.");

    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Lion", "Green", "Laksa"]);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) await kid.send(`Wrong thing ${i + 1}`);
    expect(kid.lastText).toContain("3 answers were not the same as before. Let's fix them now.");
    await kid.press("Keep my old answer");
    await kid.press("Keep my old answer");
    await kid.press("Keep my old answer");
    expect(kid.lastText).toContain("Your answers are saved.");
    await kid.send("/reset");
    for (let i = 0; i < 3; i++)
      await kid.send(answerFor(kid.lastText, { animal: "Lion", colour: "Green", food: "Laksa" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("typing the button's number keeps the old answer, as tapping 'Keep my old answer' does", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) await kid.send(`Wrong thing ${i + 1}`);
    for (let i = 0; i < 3; i++) {
      expect(kid.buttons).toEqual(["Keep my old answer"]);
      // A full-width digit, as a Chinese keyboard types it, too.
      await kid.send(i === 2 ? "１" : "1");
      expect(kid.lastText).not.toContain("at least 3");
    }
    expect(kid.lastText).toContain("Your answers are saved.");
    await kid.send("/reset");
    for (let i = 0; i < 3; i++)
      await kid.send(answerFor(kid.lastText, { animal: "Tiger", colour: "Purple", food: "Chicken rice" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  // "Or type the number below to keep the old one": a child writes "one" (satu, 一, ஒன்று). It was saved as her
  // new answer, which she would never think of at a reset.
  it("the number 1 written as a word keeps the old answer; another number as a word changes nothing", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) await kid.send(`Wrong thing ${i + 1}`);
    const saved = await world.deps.store.getEnrolment(WEI_LING.id);
    for (const typed of ["two", "dua", "二"]) {
      await kid.send(typed);
      expect(kid.lastText, typed).toContain("To keep your old answer, tap the button or type 1.");
      expect(await world.deps.store.getEnrolment(WEI_LING.id)).toEqual(saved);
    }
    for (const typed of ["one", "satu", "ஒன்று"]) {
      await kid.send(typed);
      expect(kid.lastText, typed).not.toContain("I saved your new answer.");
    }
    expect(kid.lastText).toContain("Your answers are saved.");
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toEqual(saved);
  });

  it("a number that is no button at 'Keep my old answer' says what the button and typing do, and changes nothing", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) await kid.send(`Wrong thing ${i + 1}`);
    const saved = await world.deps.store.getEnrolment(WEI_LING.id);
    // ௨ and ௧௨: Tamil digits, which a Tamil keyboard types (௧ is the button, as 1 is).
    for (const typed of ["2", "0", "12", "２", "௨", "௧௨"]) {
      await kid.send(typed);
      // Not "Your answer needs at least 3 letters": she typed a button's number, not an answer.
      expect(kid.lastText, typed).not.toContain("at least");
      expect(kid.lastText, typed).toContain(
        "To keep your old answer, tap the button or type 1. To change it, type your new answer.",
      );
      expect(kid.buttons).toEqual(["Keep my old answer"]);
      expect(await openStep(world, kid)).toBe("setup.practiceFix");
    }
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toEqual(saved);
  });

  it("a button other than 'Keep my old answer' at a changed answer says to type, and asks again", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) await kid.send(`Wrong thing ${i + 1}`);
    await kid.deliver({ choice: `${await openStepNumber(world, kid)}:generate` });
    expect(kid.lastText).toContain("That button doesn't work here. Please type your reply.");
    expect(kid.lastText).not.toContain("pictures or stickers");
    expect(kid.buttons).toEqual(["Keep my old answer"]);
    expect(await openStep(world, kid)).toBe("setup.practiceFix");
  });

  it("stopping after set-up saved the answers does not say that nothing was changed", async () => {
    const kid = world.chat();
    // At the offer, in the round, and while fixing an answer.
    const stops = ["stop", "/cancel", "/cancel"];
    for (const [i, stop] of stops.entries()) {
      await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
      if (i > 0) await kid.press("Check that I remember");
      if (i > 1) for (let q = 0; q < 3; q++) await kid.send(`Wrong thing ${q + 1}`);
      await kid.send(stop);
      expect(kid.lastText, stop).not.toContain("Nothing was changed");
      expect(kid.lastText, stop).toContain("Remember your answers.");
      expect(await world.deps.store.getEnrolment(WEI_LING.id), stop).not.toBeNull();
    }
  });
});
