import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { openStep } from "../helpers/dialog-helpers.js";
import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child types an everyday word when asked for her user ID: "Start", "ok", "no", "1". Set-up took it as her
 * ID and asked its password; her next word was then a wrong password, counted against the chat, until the
 * chat was paused. Now she is told it is no user ID and asked again: nothing is looked up or counted, and the
 * words are told from the text alone, so they say nothing about who has which ID.
 */
describe("an everyday word at 'Type your user ID' (yes, no, ok, start, a number)", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    // The typed-ID route: a reset in a chat with no linked student asks for her user ID.
    world = await TestWorld.create(TYPED_ID_ROUTE);
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each([
    ["Start", "en", "/setup", "setup.id", "setup.askId"],
    ["ok", "en", "/setup", "setup.id", "setup.askId"],
    ["OK!", "en", "/setup", "setup.id", "setup.askId"],
    ["no", "en", "/setup", "setup.id", "setup.askId"],
    ["yes", "en", "/setup", "setup.id", "setup.askId"],
    ["1", "en", "/setup", "setup.id", "setup.askId"],
    ["２", "zh", "/setup", "setup.id", "setup.askId"],
    ["one", "en", "/setup", "setup.id", "setup.askId"],
    ["开始", "zh", "/setup", "setup.id", "setup.askId"],
    ["好的", "zh", "/setup", "setup.id", "setup.askId"],
    ["mula", "ms", "/setup", "setup.id", "setup.askId"],
    ["ya", "ms", "/setup", "setup.id", "setup.askId"],
    ["tidak", "ms", "/setup", "setup.id", "setup.askId"],
    ["satu", "ms", "/setup", "setup.id", "setup.askId"],
    ["சரி", "ta", "/setup", "setup.id", "setup.askId"],
    ["தொடங்கு", "ta", "/setup", "setup.id", "setup.askId"],
    ["ok", "en", "/reset", "reset.id", "reset.askId"],
    ["start", "en", "/reset", "reset.id", "reset.askId"],
    ["1", "en", "/reset", "reset.id", "reset.askId"],
    ["好", "zh", "/reset", "reset.id", "reset.askId"],
  ] as const)(
    "'%s' (%s) after %s: told it is no user ID, the ID asked again, nothing looked up or counted",
    async (text, language, command, step, ask) => {
      const paid = vi.spyOn(world.deps.limits, "payIdLookup");
      const looked = vi.spyOn(world.memoryDirectory, "findPerson");
      await kid.send(command, { locale: language });
      const sent = await kid.send(text, { locale: language });
      expect(sent.replies.map((r) => r.text.key)).toEqual(["input.notAnId", ask]);
      expect(translate(sent.replies[0]!.text, language)).toBe(translate({ key: "input.notAnId" }, language));
      expect(await openStep(world, kid)).toBe(step);
      expect(paid).not.toHaveBeenCalled();
      expect(looked).not.toHaveBeenCalled();
    },
  );

  it("typed again and again, never pauses the chat; her real ID then moves on to the password", async () => {
    await kid.send("/setup");
    for (const word of ["start", "ok", "no", "1", "ok", "start", "yes", "1", "no", "ok"]) {
      await kid.send(word);
      expect(kid.lastText).toContain("That is not a user ID.");
      expect(kid.lastText).toContain("Type your user ID.");
    }
    await kid.send("S1001");
    expect(kid.lastText).toContain("password");
    expect(await openStep(world, kid)).toBe("setup.password");
  });

  it("ID-shaped words that only hold such a word are still IDs (S1, ok1, tan.ok)", async () => {
    for (const id of ["S1", "ok1", "tan.ok", "123"]) {
      await kid.send("/setup");
      await kid.send(id);
      expect(await openStep(world, kid)).toBe("setup.password");
      await kid.send("/cancel");
    }
  });

  it("letters then digits is an ID, though read without marks as 'ke-2' or 'no. 3' would be (KE2, ke10, no3)", async () => {
    for (const id of ["KE2", "ke10", "no3"]) {
      await kid.send("/setup");
      await kid.send(id);
      expect(await openStep(world, kid)).toBe("setup.password");
      await kid.send("/cancel");
    }
  });
});
