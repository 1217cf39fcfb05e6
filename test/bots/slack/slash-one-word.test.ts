import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/*
 * One word after /sspr that is no command: "/sspr hello", "/sspr thanks", "/sspr bonjour". The bot said "I
 * don't know that command", which tells a child nothing she can do. A word the DM understands (a greeting,
 * thanks, help, a language's name) is answered as typed in the DM; a typo of a command still hears "Did
 * you mean"; any other word gets the list of what she can type, in her language.
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

describe("one word after /sspr that is no command", () => {
  it.each(["hello", "Hi", "hai", "你好"])(
    "/sspr %s is answered as the word typed in the DM",
    async (word) => {
      const other = new SlackKid(world, "U0KID00002");
      await other.message(word);
      await kid.command(word);
      expect(kid.said).not.toContain("I don't know that command");
      expect(kid.said).toBe(other.said);
    },
  );

  it("/sspr hello: the menu, what she can do", async () => {
    await kid.command("hello");
    expect(kid.said).toContain("What would you like to do?");
  });

  it("/sspr thanks: you're welcome", async () => {
    await kid.command("thanks");
    expect(kid.said).toContain("You're welcome!");
    expect(kid.said).not.toContain("I don't know that command");
  });

  it("/sspr resett: 'Did you mean /sspr reset?'", async () => {
    await kid.command("resett");
    expect(kid.said).toContain("Did you mean /sspr reset?");
  });

  it("/sspr bonjour: what she can type, as /sspr help says it", async () => {
    await kid.command("help");
    const help = kid.said;
    await kid.command("bonjour");
    expect(kid.said).not.toContain("I don't know that command");
    expect(kid.said).toBe(help);
    expect(kid.said).toContain("/sspr reset");
  });

  it("/sspr bonjour in Chinese for a child who chose Chinese", async () => {
    await kid.command("中文");
    await kid.command("help");
    const help = kid.said;
    expect(help).toContain("/sspr reset");
    await kid.command("bonjour");
    expect(kid.said).toBe(help);
  });

  it("/sspr bonjour at the user-ID box: help for that step, and nothing is taken as her ID", async () => {
    await kid.command("setup");
    await kid.command("help");
    const stepHelp = kid.said + kid.boxText;
    await kid.command("bonjour");
    expect(kid.said + kid.boxText).toBe(stepHelp);
    expect(kid.said + kid.boxText).not.toContain("I don't know that command");
    await kid.submitBox("S1001");
    expect(kid.boxText).toContain("Now type your password.");
  });

  it("/sspr hello at the user-ID box: help for that step, and 'hello' is not taken as her ID", async () => {
    await kid.command("setup");
    await kid.command("help");
    const stepHelp = kid.said + kid.boxText;
    await kid.command("hello");
    expect(kid.said + kid.boxText).toBe(stepHelp);
    await kid.submitBox("S1001");
    expect(kid.boxText).toContain("Now type your password.");
  });

  it("a password after /sspr is still refused as a maybe-secret, and not shown", async () => {
    await kid.command("Garden-Lamp-21");
    expect(kid.said).toContain("What you typed after /sspr may be a secret, like a password.");
    expect(kid.said).not.toContain("Garden-Lamp-21");
  });
});

describe("a password-like word alone after /sspr", () => {
  it.each(["P@ssw0rd", "Tan@school"])(
    "/sspr %s: told to type secrets only in the box, not the help, and the word not shown",
    async (word) => {
      await kid.command(word);
      expect(kid.said).toContain("What you typed after /sspr may be a secret, like a password.");
      expect(kid.said).not.toContain("/sspr reset");
      expect(kid.said).not.toContain(word);
    },
  );
});
