import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child types a command in her own word: "/lang", "/bahasa" (Malay: language), "/mula" (Malay: start),
 * "/lupa" (Malay: forgot), "/forgot", "/password". Before, she was told only "I don't know that command.
 * Type /help to see what I can do.": no command is near these words by spelling. Now she is told the one
 * she meant, as for a typo ("Did you mean /language?").
 */
describe("a command typed in a child's own word", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each([
    ["/lang", "language"],
    ["/bahasa", "language"],
    ["/BAHASA", "language"],
    ["/mula", "start"],
    ["/lupa", "reset"],
    ["/forgot", "reset"],
    ["/password", "reset"],
  ])("'%s': did you mean /%s?", async (typed, command) => {
    await kid.send(typed);
    expect(kid.lastText).toContain(`Did you mean /${command}?`);
  });

  it("random words still get the plain answer", async () => {
    await kid.send("/banana");
    expect(kid.lastText).not.toContain("Did you mean");
  });
});
