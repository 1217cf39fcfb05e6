import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { openStep } from "../helpers/dialog-helpers.js";
import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A polite child thanks the bot for asking: "thanks", 谢谢, "terima kasih", நன்றி at "Type your user ID". It
 * was taken as her ID, and she was asked for the password of a "thanks" that is nobody. Now she hears
 * "You're welcome!" and the ID is asked again. So at a reset's "Type your user ID" on a phone not linked to
 * her, where "thanks" was looked up and she was asked the made-up questions of nobody.
 */
describe("thank you at 'Type your user ID'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    // The typed-ID route: a reset in a chat with no linked student asks for her user ID.
    world = await TestWorld.create(TYPED_ID_ROUTE);
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each([
    ["thanks", "en", "/setup", "setup.id", "setup.askId"],
    ["Thank you!", "en", "/setup", "setup.id", "setup.askId"],
    ["谢谢", "zh", "/setup", "setup.id", "setup.askId"],
    ["terima kasih", "ms", "/setup", "setup.id", "setup.askId"],
    ["நன்றி", "ta", "/setup", "setup.id", "setup.askId"],
    ["thanks", "en", "/reset", "reset.id", "reset.askId"],
    ["Thank you!", "en", "/reset", "reset.id", "reset.askId"],
    ["谢谢", "zh", "/reset", "reset.id", "reset.askId"],
    ["terima kasih", "ms", "/reset", "reset.id", "reset.askId"],
    ["நன்றி", "ta", "/reset", "reset.id", "reset.askId"],
  ] as const)(
    "'%s' (%s) after %s: you're welcome, and the ID asked again",
    async (text, language, command, step, ask) => {
      await kid.send(command, { locale: language });
      const sent = await kid.send(text, { locale: language });
      expect(sent.replies.map((r) => r.text.key)).toEqual(["input.welcomeId", ask]);
      expect(translate(sent.replies[0]!.text, language)).toBe(
        translate({ key: "input.welcomeId" }, language),
      );
      expect(await openStep(world, kid)).toBe(step);
    },
  );
});
