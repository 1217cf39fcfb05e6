import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/*
 * A word after /sspr is read with its slash ("/english"), and the slash made a long word look like a
 * password: "/sspr english", "/sspr bantuan" (Malay for help) or "/sspr chinese" was told "What you typed
 * after /sspr may be a secret, like a password." A word is a password by its own letters, as on Telegram,
 * which marks a command's word as a command.
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

describe("a long word after /sspr", () => {
  it.each(["english", "bantuan", "chinese", "password"])("/sspr %s is no secret", async (word) => {
    await kid.command(word);
    expect(kid.said).not.toContain("may be a secret");
    expect(kid.said).not.toMatch(/delete/i);
    expect(kid.said).not.toBe("");
  });

  it("/sspr Garden-Lamp-21 still hears to type secrets only in the box", async () => {
    await kid.command("Garden-Lamp-21");
    expect(kid.said).toContain("What you typed after /sspr may be a secret, like a password.");
    expect(kid.said).not.toContain("Garden-Lamp-21");
  });
});
