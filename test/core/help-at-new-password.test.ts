import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep, reachNewPasswordChoice, textsOf } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * At "Type your new password", a child who does not know what to do types "I need help", "help" or "i dont
 * know". Each was taken as her new password ("Type the same password again"): typed twice, "i dont know" would have been set as her password. Such words are no password she
 * chose: she is told what to do (type a new one, or go back for one made for her), and nothing is set.
 */
describe("help words at a reset's new-password prompt", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
  });
  afterEach(async () => world.close());

  // "make one for me" makes her one (new-password-typed-wishes.test.ts).
  it.each(["I need help", "help", "i dont know", "I forgot", "帮帮我", "tolong saya"])(
    "'%s' says what to do and asks for the new password again; nothing is set",
    async (words) => {
      const outcome = await kid.send(words);
      const texts = textsOf(outcome);
      expect(texts[0]).toContain("Think of a new password");
      expect(texts[0]).toContain("Type back");
      expect(texts.at(-1)).toContain("Type your new password.");
      expect(outcome.deleteInbound).toBe(true);
      expect(await openStep(world, kid)).toBe("reset.newPassword");
      // Typed twice, it is still no password.
      await kid.send(words);
      expect(await openStep(world, kid)).toBe("reset.newPassword");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    },
  );

  it("'back' then 'Make one for me' gives her one, as the words say", async () => {
    await kid.send("I need help");
    await kid.send("back");
    await kid.press("Make one for me");
    expect(kid.last.replies[0]!.protect).toBeDefined();
  });

  it("/help says the same", async () => {
    const texts = textsOf(await kid.send("/help"));
    expect(texts[0]).toContain("Think of a new password");
  });

  it("a real password still goes on to be typed again", async () => {
    await kid.send("Bluebird-Sky-7");
    expect(kid.lastText).toContain("Type the same password again");
  });

  // A particle after a listed word ("dunno la") makes a non-answer of an answer, never of a password: a
  // Singapore child's "Secretlah!" or "Whatever la!" is her own new password, judged as one (the first two
  // too easy to guess), not words asking for help.
  it.each([
    ["Secretlah!", "That password is too easy to guess."],
    ["Whatever la!", "That password is too easy to guess."],
    ["Rahsialah!", "Type the same password again"],
  ])("'%s', a listed word with a particle after it, is judged as her password", async (password, told) => {
    await kid.send(password);
    expect(kid.lastText).toContain(told);
    expect(kid.lastText).not.toContain("Think of a new password");
  });
});

describe("a number word at the new-password prompt", () => {
  // Judged as a password like any other: four letters are too short.
  it("is judged as a password like any other ('satu')", async () => {
    const world = await TestWorld.create();
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
    await kid.send("satu");
    expect(kid.lastText).toContain("That password is too short.");
    expect(kid.lastText).toContain("Type your new password.");
    await world.close();
  });
});

/**
 * At "Type the same password again", words asking for help can be no first password (the first prompt never
 * takes them), so "The two passwords were not the same" answered a question she did not ask.
 */
describe("help words at a reset's 'Type the same password again'", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
    await kid.send("Bluebird-Sky-7");
  });
  afterEach(async () => world.close());

  it.each(["I need help", "i dont know", "帮帮我"])(
    "'%s' says what to do, not 'not the same', and asks for the new password",
    async (words) => {
      const outcome = await kid.send(words);
      const texts = textsOf(outcome);
      expect(texts.join("\n")).not.toContain("not the same");
      expect(texts[0]).toContain("Think of a new password");
      expect(texts.at(-1)).toContain("Type your new password.");
      expect(outcome.deleteInbound).toBe(true);
      await kid.send("Bluebird-Sky-7");
      await kid.send("Bluebird-Sky-7");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, "Bluebird-Sky-7")).not.toBeNull();
    },
  );
});

/** "I'll type my own", the button's words typed at the prompt it opened: she has chosen, it is no password. */
describe("the 'I'll type my own' button's words typed at 'Type your new password'", () => {
  it.each(["I'll type my own", "ill type my own"])("'%s' asks for her password again", async (words) => {
    const world = await TestWorld.create();
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
    const outcome = await kid.send(words);
    expect(textsOf(outcome).join("\n")).not.toContain("Type the same password again");
    expect(kid.lastText).toContain("Type your new password.");
    expect(outcome.deleteInbound).toBe(true);
    expect(await openStep(world, kid)).toBe("reset.newPassword");
    await world.close();
  });
});
