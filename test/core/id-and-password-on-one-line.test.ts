import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textsOf } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * A child types her user ID and her password on one line at "Type your user ID" ("S1001 Garden-Lamp-21"),
 * as on a login screen. The message is deleted (it holds a password); the first word is her user ID, so the
 * password she types next links her, and no try is wasted on an ID that was never hers.
 */
describe("set-up: the user ID and the password typed on one line", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid-one-line");
    await kid.send("/setup");
  });
  afterEach(async () => world.close());

  it("deletes the message, takes the first word as the ID, and her password next links her", async () => {
    const outcome = await kid.send("S1001 Garden-Lamp-21");
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("Now type your password.");
    await kid.send("Garden-Lamp-21");
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("the same for an ID nobody has: the same words, then 'don't match' without the 'ID is not your password' hint", async () => {
    await kid.send("S9999 Garden-Lamp-21");
    expect(kid.lastText).toContain("Now type your password.");
    const texts = textsOf(await kid.send("Garden-Lamp-21"));
    expect(texts.join("\n")).toContain("don't match");
    expect(texts.join("\n")).not.toContain("Your user ID is not your password");
  });

  it("a password alone at the ID prompt is not taken as the ID: the ID is asked again", async () => {
    const texts = textsOf(await kid.send("Garden-Lamp-21"));
    expect(texts.join("\n")).toContain("That is not a user ID.");
    expect(texts.join("\n")).toContain("Type your user ID");
  });
});
