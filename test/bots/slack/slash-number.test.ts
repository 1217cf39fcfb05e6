import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/*
 * The menu says "Tap a button, or type its number (1–4)". A child who talks to the bot with /sspr types
 * "/sspr 1": that is the number, as "1" typed in the DM is, not a command called "1".
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

describe("/sspr with a choice's number", () => {
  it("/sspr 1 at the menu starts set-up, in a box", async () => {
    await kid.message("hi");
    expect(kid.said).toContain("What would you like to do?");

    await kid.command("1");
    expect(kid.said).not.toContain("Tap a button");
    expect(kid.boxText).toContain("Let's get you set up.");
    expect(kid.boxText).toContain("Type your user ID.");
  });

  it("/sspr 3 at the menu is Help, as 3 typed in the DM is", async () => {
    await kid.message("hi");
    await kid.message("3");
    const inDm = kid.said;
    await kid.message("hi");
    await kid.command("3");
    expect(kid.said).not.toContain("Tap a button");
    expect(kid.said.replace(/\/sspr /g, "/")).toBe(inDm.replace(/\/sspr /g, "/"));
  });
});
