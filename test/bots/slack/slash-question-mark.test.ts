import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/* A lone "?" asks for help in the DM; "/sspr ?" is the same question, not a command called "?". */
let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});
afterEach(async () => {
  await world.close();
});

describe("/sspr ?", () => {
  it("says what the bot can do, as '?' in the DM and /sspr help do", async () => {
    await kid.command("help");
    const help = kid.said;
    await kid.command("?");
    expect(kid.said).not.toContain("Tap a button");
    expect(kid.said).toBe(help);
  });
});
