import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child asked for her user ID asks a question back: "which questions did I pick?", 我的用户名是什么？. The
 * bot took the question for her ID and said "Now type your password."; her password was then refused as
 * not matching, and each such try counted towards pausing the chat's set-up for an hour. No directory
 * takes a question mark in a logon name (Active Directory refuses it), so a question is told so at once,
 * from the text alone, and the ID is asked again. "S1001?" (unsure of her own ID) is S1001. A question about
 * her ID itself ("what is my user id?") is told who can give it (see id-not-known-in-words).
 */
const QUESTIONS = {
  en: ["which questions did I pick?", "I can't answer questions here, sorry. I need your user ID."],
  zh: ["我选了哪些问题？", "对不起，我在这里回答不了问题。我需要你的用户名。"],
  ms: [
    "soalan mana yang saya pilih?",
    "Maaf, saya tidak boleh jawab soalan di sini. Saya perlukan ID pengguna kamu.",
  ],
  ta: [
    "நான் எந்தக் கேள்விகளைத் தேர்ந்தெடுத்தேன்?",
    "மன்னிக்கவும், இங்கே என்னால் கேள்விகளுக்குப் பதில் சொல்ல முடியாது. எனக்கு உன் பயனர் ID வேண்டும்.",
  ],
} as const;

describe("a question typed at a user-ID prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create({ RESET_REQUIRES_LINKED_CHAT: "false" });
    kid = world.chat();
  });
  afterEach(async () => world.close());

  for (const [language, [question, told]] of Object.entries(QUESTIONS)) {
    it(`at set-up, in ${language}: told it is a question, and asked for the user ID again`, async () => {
      await kid.send("/setup", { locale: language });
      await kid.send(question, { locale: language });
      expect(kid.last.replies.map((r) => r.text.key)).toEqual(["input.idIsQuestion", "setup.askId"]);
      expect(kid.lastText).toContain(told);
      expect(await openStep(world, kid)).toBe("setup.id");
    });
  }

  it("at set-up: asking five questions pauses nothing, and her ID and password then link her", async () => {
    await kid.send("/setup");
    for (let i = 0; i < 6; i++) {
      await kid.send(i % 2 === 0 ? `which questions ${i}?` : `what is my user id ${i}?`);
      expect(kid.last.replies[0]?.text.key).toBe(i % 2 === 0 ? "input.idIsQuestion" : "input.idNotKnown");
    }
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain(`Great, it's you, ${WEI_LING.name}!`);
  });

  it("at set-up: her ID with a question mark after it is her ID", async () => {
    await kid.send("/setup");
    await kid.send("S1001?");
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain(`Great, it's you, ${WEI_LING.name}!`);
  });

  it("at the typed-ID reset: the same words, and the ID asked again", async () => {
    await kid.send("/reset");
    await kid.send("which questions are they?");
    expect(kid.last.replies.map((r) => r.text.key)).toEqual(["input.idIsQuestion", "reset.askId"]);
    await kid.send("where do I find my ID?");
    expect(kid.last.replies.map((r) => r.text.key)).toEqual(["input.idNotKnown", "reset.askId"]);
    expect(await openStep(world, kid)).toBe("reset.id");
  });
});
