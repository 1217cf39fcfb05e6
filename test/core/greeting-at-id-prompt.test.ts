import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { openStep } from "../helpers/dialog-helpers.js";
import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child says hello when asked for her user ID: "hi", "hai", 你好, வணக்கம். It was taken as her ID: set-up
 * asked for the password of a "hi" that is nobody, the typed-ID reset asked nobody's questions, and each
 * greeting used up one of the chat's user-ID lookups. Now she is greeted back and the ID is asked again, and
 * nothing is looked up or counted, as for "thanks".
 */
describe("hello at 'Type your user ID'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    // The typed-ID route: a reset in a chat with no linked student asks for her user ID.
    world = await TestWorld.create(TYPED_ID_ROUTE);
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each([
    ["hello", "en", "/setup", "setup.id", "setup.askId"],
    ["Hi!", "en", "/setup", "setup.id", "setup.askId"],
    ["hi 👋", "en", "/setup", "setup.id", "setup.askId"],
    ["你好", "zh", "/setup", "setup.id", "setup.askId"],
    ["hai", "ms", "/setup", "setup.id", "setup.askId"],
    ["வணக்கம்", "ta", "/setup", "setup.id", "setup.askId"],
    // As children write it: drawn out, with a particle, or to the teacher they think is writing.
    ["hii", "en", "/setup", "setup.id", "setup.askId"],
    ["你好呀！", "zh", "/setup", "setup.id", "setup.askId"],
    ["老师好", "zh", "/setup", "setup.id", "setup.askId"],
    ["hai cikgu", "ms", "/setup", "setup.id", "setup.askId"],
    ["salam", "ms", "/setup", "setup.id", "setup.askId"],
    ["வணக்கம் டீச்சர்", "ta", "/setup", "setup.id", "setup.askId"],
    ["hello", "en", "/reset", "reset.id", "reset.askId"],
    ["Hi!", "en", "/reset", "reset.id", "reset.askId"],
    ["你好", "zh", "/reset", "reset.id", "reset.askId"],
    ["hai", "ms", "/reset", "reset.id", "reset.askId"],
    ["வணக்கம்", "ta", "/reset", "reset.id", "reset.askId"],
  ] as const)(
    "'%s' (%s) after %s: hello back, the ID asked again, nothing looked up or counted",
    async (text, language, command, step, ask) => {
      const paid = vi.spyOn(world.deps.limits, "payIdLookup");
      const looked = vi.spyOn(world.memoryDirectory, "findPerson");
      await kid.send(command, { locale: language });
      const sent = await kid.send(text, { locale: language });
      expect(sent.replies.map((r) => r.text.key)).toEqual(["input.helloId", ask]);
      expect(translate(sent.replies[0]!.text, language)).toBe(translate({ key: "input.helloId" }, language));
      expect(await openStep(world, kid)).toBe(step);
      expect(paid).not.toHaveBeenCalled();
      expect(looked).not.toHaveBeenCalled();
    },
  );

  it("after the greeting, her real ID still moves on to the password", async () => {
    await kid.send("/setup");
    await kid.send("hi");
    await kid.send("S1001");
    expect(kid.lastText).toContain("password");
    expect(await openStep(world, kid)).toBe("setup.password");
  });
});
