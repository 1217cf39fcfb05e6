import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestWorld } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" } as const;
const answerFor = (question: string) =>
  question.includes("animal") ? ANSWERS.animal : question.includes("colour") ? ANSWERS.colour : ANSWERS.food;

describe("a student sets up questions and resets a forgotten password", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("links with the current password, saves three answers, then resets with them", async () => {
    const kid = world.chat();
    const done = await kid.setUp("S1001", "Garden-Lamp-21", [ANSWERS.animal, ANSWERS.colour, ANSWERS.food]);
    expect(kid.lastText).toContain("All done");
    expect(done.deleteInbound).toBe(true);

    await kid.answerReset("s1001", answerFor);
    expect(kid.lastText).toContain("all 3 answers are right");
    await kid.press("Make one for me");
    const generated = kid.last.replies[0]!;
    expect(generated.protect?.deleteAfterSeconds).toBe(300);
    const password = String(generated.text.params?.password);
    expect(password).toMatch(/^[A-Z][a-z]+-[A-Z][a-z]+-[A-Z][a-z]+-\d{2}$/);
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    expect(await world.memoryDirectory.authenticate("S1001", "Garden-Lamp-21")).toBeNull();
    expect(world.memoryDirectory.mustChangePassword("S1001")).toBe(true);
  });
});
