import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/*
 * A child types a sentence after /sspr, as she would in the DM: "/sspr I forgot my password". The bot read
 * it as a command called "I" and said "I don't know that command", though the same words in the DM start
 * the reset. Words after /sspr that start with no command word are read as typed in the DM; a command
 * (with its words) is still a command, a typo of one still hears "Did you mean", and a secret is still
 * refused.
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

describe("a sentence after /sspr", () => {
  it("/sspr I forgot my password is answered as the words typed in the DM (the reset)", async () => {
    const other = new SlackKid(world, "U0KID00002");
    await other.message("I forgot my password");
    await kid.command("I forgot my password");
    expect(kid.said).not.toContain("I don't know that command");
    expect(kid.said).toContain("I can only make a new password in the chat you used to set up");
    expect(kid.said).toBe(other.said);
  });

  it("/sspr please help says what the bot can do, as /sspr help does", async () => {
    await kid.command("help");
    const help = kid.said;
    await kid.command("please help");
    expect(kid.said).toBe(help);
  });

  it("a typo of a command with words after it still hears 'Did you mean'", async () => {
    await kid.command("rest now");
    expect(kid.said).toContain("Did you mean");
  });

  it("/sspr my password is Garden-Lamp-21 still hears to type secrets only in the box", async () => {
    await kid.command("my password is Garden-Lamp-21");
    expect(kid.said).toContain("What you typed after /sspr may be a secret, like a password.");
    expect(kid.said).not.toContain("Garden-Lamp-21");
  });
});
