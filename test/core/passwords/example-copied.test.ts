import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../src/core/i18n/translate.js";
import { openStep, reachNewPasswordChoice, WEI_LING } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/**
 * The refusal of a password too easy to guess shows the shape of a good one, "Jolly-Socks-Jump-8". A child
 * copies it, with her own number or a mark added, or the words run together: every child who read that
 * message has seen those words, and a guesser tries them first. They were taken when long enough.
 */
describe("a password built on the example password", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
  });
  afterEach(async () => world.close());

  it.each([
    "Jolly-Socks-Jump-8",
    "Jolly-Socks-Jump",
    "jolly socks jump 2",
    "JollySocksJump!",
    "Jolly-Socks-Jump-12",
    "socks_jump_JOLLY#2026",
    "Jump.Jolly.Socks.99",
    "J0lly-S0cks-Jump-7",
  ])("%j is refused: she is told to make up her own words, and nothing is set", async (password) => {
    const outcome = await kid.send(password);
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("That's the example password");
    expect(kid.lastText).toContain("make up your own words");
    expect(kid.lastText).toContain("Make one for me");
    expect(kid.lastText).toContain("Type your new password.");
    expect(kid.lastText).not.toContain(password);
    expect(await openStep(world, kid)).toBe("reset.newPassword");
    // Typed again, it is still refused: never taken as her new password.
    await kid.send(password);
    expect(kid.lastText).toContain("That's the example password");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).toBeNull();
  });

  it("is told so in Chinese, Malay and Tamil too", async () => {
    const refusal = (await kid.send("Jolly-Socks-Jump-12")).replies[0]!;
    expect(refusal.text).toEqual({ key: "password.likeExample" });
    expect(translate(refusal.text, "zh")).toContain("帮我做一个");
    expect(translate(refusal.text, "ms")).toContain("Buatkan satu untuk saya");
    expect(translate(refusal.text, "ta")).toContain("எனக்கு ஒன்று செய்து தா");
  });

  it.each(["Jolly-Tigers-Jump-8", "Purple-Socks-Dance-47", "Jolly-Socks-Jumping-Mango-5"])(
    "a password with her own words beside the example's (%j) is judged as any other, and taken",
    async (password) => {
      await kid.send(password);
      expect(kid.lastText).toContain("Type the same password again");
      await kid.send(password);
      expect(kid.lastText).toContain("Your new password is ready");
    },
  );
});
