import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { onTheTerminal, typedLines } from "../helpers/on-the-terminal.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child who does not know her user ID types a guess at "Type your user ID" ("idk", her nickname), and
 * the bot asks for its password. She then says "I forgot my ID" (我忘了我的用户名, "saya lupa ID saya").
 * That was checked as her password: a wrong try counted against her chat, and "that user ID and password
 * don't match ... Forgot your password?", about a password she never mentioned. Typed again at the ID
 * prompt, it was called "a password" too. Now she is told who can give her the ID, and the ID is asked
 * again; no try is used, and the words are deleted from the chat like any password.
 */
const ID_NOT_KNOWN = [
  ["I forgot my ID", "en", "Your form teacher can tell you your user ID."],
  ["i dont know my user id", "en", "Your form teacher can tell you your user ID."],
  ["what is my ID?", "en", "Your form teacher can tell you your user ID."],
  ["我忘了我的用户名", "zh", "班主任可以告诉你你的用户名。"],
  ["saya lupa ID saya", "ms", "Guru kelas kamu boleh beritahu ID pengguna kamu."],
  ["என் ஐடி மறந்துவிட்டது", "ta", "உன் பயனர் ID-ஐ உன் வகுப்பு ஆசிரியர் சொல்வார்."],
] as const;

describe("'I forgot my ID' at set-up's 'Now type your password'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  it.each(ID_NOT_KNOWN)(
    "'%s' (%s): who can give her the ID, in her language, and the ID asked again; no try used",
    async (text, language, told) => {
      await kid.send("/setup", { locale: language });
      await kid.send("idk", { locale: language });
      expect(await openStep(world, kid)).toBe("setup.password");
      const tries = vi.spyOn(world.memoryDirectory, "authenticate");

      const sent = await kid.send(text, { locale: language });

      expect(sent.deleteInbound).toBe(true);
      expect(sent.replies.map((r) => r.text.key)).toEqual(["setup.idNotKnownAtPassword", "setup.askId"]);
      expect(kid.lastText).toContain(told);
      expect(tries).not.toHaveBeenCalled();
      expect(await openStep(world, kid)).toBe("setup.id");
    },
  );

  it("then her real ID and password link her", async () => {
    await kid.send("/setup");
    await kid.send("idk");
    await kid.send("I forgot my ID");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("the same words again at the ID prompt are not called a password", async () => {
    await kid.send("/setup");
    await kid.send("idk");
    await kid.send("I forgot my ID");
    const again = await kid.send("I forgot my ID");
    expect(again.replies.map((r) => r.text.key)).toEqual(["input.idNotKnown", "setup.askId"]);
  });

  it("a real ID gets the same words as a made-up one: they tell nothing about which IDs exist", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send("I forgot my ID");
    const other = world.chat("prober");
    await other.send("/setup");
    await other.send("S9999");
    await other.send("I forgot my ID");
    expect(other.lastText).toBe(kid.lastText);
  });

  it("a password shaped like an ID with those words in it ('My-ID-Is-Lost') is still checked", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const sent = await kid.send("My-ID-Is-Lost");
    expect(sent.replies.map((r) => r.text.key)).toContain("setup.wrongPassword");
  });

  it("on the terminal: '1', 'idk', 'I forgot my ID' ends at 'Type your user ID.', with who can give it", async () => {
    const screen = await onTheTerminal(world, typedLines(["1", "idk", "I forgot my ID"]));
    const after = screen.slice(screen.indexOf("Now type your password."));
    expect(after).not.toContain("don't match");
    expect(after).toContain("Your form teacher can tell you your user ID.");
    expect(after.trimEnd()).toMatch(/Type your user ID\.\n.*\nDon't know it\? Ask your form teacher\.$/u);
  });
});
