import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../src/core/i18n/translate.js";
import { openStep, reachNewPasswordChoice, WEI_LING } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/**
 * At a reset's "Type your new password", a child's own password that a guesser tries first is refused:
 * a common one with digits or a symbol added ("Password1!"), a repeat or a run ("aaaaaaaa1", "abcdefgh"), a
 * keyboard row. A hand-kept list of whole passwords let them through. The refusal says what to do instead:
 * the shape of a good password, and the way back to one made for her.
 */
describe("a password too easy to guess, typed at a reset's new-password prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
  });
  afterEach(async () => world.close());

  it.each(["Password1!", "aaaaaaaa1", "Qwerty123", "iloveyou", "abcdefgh", "P@ssw0rd123", "Purple123"])(
    "%j is refused, she is told how to make a better one, and nothing is set",
    async (password) => {
      const outcome = await kid.send(password);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("That password is too easy to guess.");
      expect(kid.lastText).toContain(
        "Try two or three words you like and a number, like Jolly-Socks-Jump-8.",
      );
      expect(kid.lastText).toContain('Or type back, then choose "Make one for me".');
      expect(kid.lastText).toContain("Type your new password.");
      expect(await openStep(world, kid)).toBe("reset.newPassword");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    },
  );

  it("says the same in Chinese and in Malay, with the example and the way back", async () => {
    const refusal = (await kid.send("Password1!")).replies[0]!.text;
    expect(translate(refusal, "zh")).toContain("比如 Jolly-Socks-Jump-8");
    expect(translate(refusal, "zh")).toContain("输入“返回”，再选“帮我做一个”");
    expect(translate(refusal, "ms")).toContain("seperti Jolly-Socks-Jump-8");
    expect(translate(refusal, "ms")).toContain('taip kembali, kemudian pilih "Buatkan satu untuk saya"');
  });

  it("the example itself, copied as it is, is refused too, as the example (example-copied.test.ts)", async () => {
    await kid.send("Jolly-Socks-Jump-8");
    expect(kid.lastText).toContain("That's the example password.");
  });

  it("'back' after the refusal, then 'Make one for me', gives her one, as the words say", async () => {
    await kid.send("aaaaaaaa1");
    await kid.send("back");
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("Your new password is:");
  });

  // She is told "at least 8": zxcvbn counts a random 8 as 10^8 guesses, the very line its score 3 begins
  // at (it adds a margin of 5), so every 8-character password was refused however random.
  it.each(["Qx7#kP2m", "zq8Lm2Xv", "k9Tz4wRq"])(
    "%j, 8 random characters (the least she is told), is taken and set",
    async (password) => {
      await kid.send(password);
      expect(kid.lastText).toContain("Type the same password again");
      await kid.send(password);
      expect(kid.lastText).toContain("Your new password is ready");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
    },
  );

  it.each(["Tiger#47", "Mango-T7", "Garden21", "bluecar9"])(
    "%j, 8 characters built on a word, is still refused",
    async (password) => {
      await kid.send(password);
      expect(kid.lastText).toContain("That password is too easy to guess.");
    },
  );

  it.each(["big-red-bus-on-mars-7", "Mango-Tiger-47", "Bluebird-Sky-7", "hello kitty 7"])(
    "a child's passphrase %j is taken and set",
    async (password) => {
      await kid.send(password);
      expect(kid.lastText).toContain("Type the same password again");
      await kid.send(password);
      expect(kid.lastText).toContain("Your new password is ready");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
    },
  );
});
