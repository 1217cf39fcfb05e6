import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/** A child who chose "What is your favourite movie?" and has none: set-up waits for that answer. */
async function atTheMovieQuestion(kid: TestChat, language?: string): Promise<void> {
  if (language !== undefined) {
    await kid.send("/language");
    await kid.press(language);
  }
  await kid.send("/setup");
  await kid.send("S1001");
  await kid.send(DEMO_PASSWORDS.S1001);
  await kid.send("7");
}

describe('"I don\'t know" at a set-up question says how to choose another question', () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("she is told she can type back, and back takes her to the questions, none saved yet", async () => {
    const kid = world.chat("kid-no-movie");
    await atTheMovieQuestion(kid);
    expect(kid.lastText).toContain("What is your favourite movie?");
    await kid.send("I don't know");
    expect(kid.lastText).toContain("That answer is too easy to guess.");
    expect(kid.lastText).toContain("Or type back to choose another question.");
    await kid.send("back");
    expect(kid.lastText).toContain("Choose question 1 of 3.");
  });

  it.each(["I have none", "I don't have one", "not really sure", "Not sure.", "no idea", "None!"])(
    "%j at the movie question is no answer either: she hears the same, and nothing is saved",
    async (typed) => {
      const kid = world.chat(`kid-${typed}`);
      await atTheMovieQuestion(kid);
      await kid.send(typed);
      expect(kid.lastText).toContain("That answer is too easy to guess.");
      expect(kid.lastText).toContain("What is your favourite movie?");
    },
  );

  it.each([
    ["中文", "不知道", "返回"],
    ["Bahasa Melayu", "tak tahu", "kembali"],
    ["தமிழ்", "தெரியாது", "பின்"],
  ])("in %s too, with that language's word for back, which works", async (language, dontKnow, back) => {
    const kid = world.chat(`kid-${back}`);
    await atTheMovieQuestion(kid, language);
    await kid.send(dontKnow);
    expect(kid.lastText).toContain(back);
    await kid.send(back);
    expect(kid.buttons).toHaveLength(8);
  });

  it("in the practice round, where there is no question to choose instead, the words stay as they were", async () => {
    const kid = world.chat("kid-practice");
    await kid.setUp("S1001", DEMO_PASSWORDS.S1001, ["Tiger", "Purple", "Chicken rice"]);
    await kid.press("Check that I remember");
    await kid.send("Lion");
    await kid.send("Purple");
    await kid.send("Chicken rice");
    await kid.send("I don't know");
    expect(kid.lastText).toContain("That answer is too easy to guess.");
    expect(kid.lastText).not.toContain("back");
  });
});
