import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/*
 * Slack sends a message's formatting as marks around the words: a user ID typed in bold is "*S1001*", in
 * italics "_S1001_", as code "`S1001`", struck through "~S1001~". The marks were read as part of the ID, and
 * the child was not found. Marks around the whole message are Slack's, not hers; a box's words never have any.
 */
let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});
afterEach(async () => {
  await world.close();
});

describe("a user ID typed with Slack's formatting", () => {
  it.each(["*S1001*", "_S1001_", "`S1001`", "~S1001~", "```S1001```", "*_S1001_*"])(
    "%s is S1001",
    async (typed) => {
      await kid.message("setup");
      expect(kid.said).toContain("Type your user ID.");
      await kid.message(typed);
      expect(kid.said).toContain("Now type your password.");
      await kid.pressButton("Type it privately");
      await kid.submitBox("Garden-Lamp-21");
      expect(kid.said).toContain("Great, it's you, Tan Wei Ling!");
    },
  );

  it("marks inside the words are hers: 'S1001*' is no user ID", async () => {
    await kid.message("setup");
    await kid.message("S1001*");
    await kid.pressButton("Type it privately");
    await kid.submitBox("Garden-Lamp-21");
    expect(kid.said).not.toContain("Great, it's you");
  });
});
