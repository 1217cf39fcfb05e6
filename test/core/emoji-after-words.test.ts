import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KNOWN_NORMALISATION_VERSIONS, normaliseAnswer } from "../../src/core/answers/normalise-answer.js";
import { HELP_PHRASES } from "../../src/core/help-words.js";
import { plainWord, RESERVED_WORDS } from "../../src/core/reserved-words.js";
import { openStep, WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * Many emoji are sent with an invisible "show me in colour" mark after them (U+FE0F): ❤️, ☺️, ✌️. The words
 * the bot knows were compared with that mark kept, so "help ❤️" was no help, "thanks ❤️" no thanks and
 * "hi ☺️" no hello: at "Type your user ID" each was looked up as her ID. Now they read as the words alone,
 * as "thank you 🙏🏽" (a skin tone) and "thanks 👨‍👩‍👧" (joined emoji) already did.
 */
const WITH_EMOJI = ["❤️", "☺️", "✌️", "🙏🏽", "👨‍👩‍👧", "❤︎"];

describe("a known word with an emoji after it, at set-up's 'Type your user ID'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  /** The reply keys and step after `text` at set-up's ID prompt, in a fresh chat. */
  async function atIdPrompt(name: string, text: string): Promise<{ keys: string[]; step: string | null }> {
    const chat = world.chat(name);
    await chat.send("/setup");
    const sent = await chat.send(text);
    return { keys: sent.replies.map((r) => r.text.key), step: await openStep(world, chat) };
  }

  it.each(["help", "thanks", "thank you", "hi", "terima kasih", "谢谢", "stop"])(
    "'%s' with an emoji after it is read as the word alone, and nothing is looked up",
    async (word) => {
      const looked = vi.spyOn(world.memoryDirectory, "findPerson");
      const plain = await atIdPrompt("plain", word);
      for (const [i, emoji] of WITH_EMOJI.entries()) {
        expect(await atIdPrompt(`emoji-${i}`, `${word} ${emoji}`), `${word} ${emoji}`).toEqual(plain);
      }
      expect(looked).not.toHaveBeenCalled();
    },
  );

  it("'thanks ❤️' with nothing open: you're welcome, no menu", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    const sent = await kid.send("thanks ❤️");
    expect(sent.replies.map((r) => r.text.key)).toEqual(["chat.welcome"]);
  });
});

describe("a word read as a command at a reset's answer prompt can never be a saved answer", () => {
  // Set-up refuses these words as answers, in the form answers are saved in (normaliseAnswer, not
  // plainWord): whatever plainWord drops, the typed words must still be that refused word to every
  // normalisation an enrolment may have been saved with.
  it.each([...RESERVED_WORDS, ...HELP_PHRASES])("'%s' with emoji around it", (word) => {
    for (const emoji of WITH_EMOJI) {
      const typed = `${word} ${emoji}`;
      expect(plainWord(typed)).toBe(plainWord(word));
      for (const version of KNOWN_NORMALISATION_VERSIONS)
        expect(normaliseAnswer(version, typed), `${typed} v${version}`).toBe(normaliseAnswer(version, word));
    }
  });
});
