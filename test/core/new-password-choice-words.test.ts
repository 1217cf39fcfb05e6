import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reachNewPasswordChoice, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * At "How would you like your new password?" (Make one for me / I'll type my own), a child types what she
 * wants instead of tapping: "make one", 帮我做, *buatkan*, நானே. It used to be deleted with "I deleted that
 * message. It may have been your password or a secret answer.": scary, and no button was picked. Now such
 * words pick the button they name. Her answer sent again is still deleted.
 */

const GENERATE = {
  en: ["make one", "you make", "generate", "Option 1"],
  zh: ["帮我做", "你做"],
  ms: ["buat", "buatkan"],
  ta: ["நீ செய்", "செய்து தா"],
} as const;
const OWN = {
  en: ["my own", "i'll type", "myself"],
  zh: ["自己", "我自己打"],
  ms: ["sendiri", "taip sendiri"],
  ta: ["நானே", "நானே செய்கிறேன்"],
} as const;

describe("words that name a button at the new password's choice", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
  });
  afterEach(async () => {
    await world.close();
  });

  for (const [lang, words] of Object.entries(GENERATE)) {
    for (const word of words) {
      it(`${lang} "${word}" makes her a password`, async () => {
        await kid.send(`/language ${lang}`);
        const outcome = await kid.send(word);
        expect(outcome.deleteInbound).toBe(false);
        const shown = outcome.replies.find((r) => r.text.key === "reset.generated");
        expect(shown).toBeDefined();
        const password = String(shown?.text.params?.password);
        expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
      });
    }
  }

  for (const [lang, words] of Object.entries(OWN)) {
    for (const word of words) {
      it(`${lang} "${word}" asks her to type her own`, async () => {
        await kid.send(`/language ${lang}`);
        const outcome = await kid.send(word);
        expect(outcome.deleteInbound).toBe(false);
        expect(outcome.replies.map((r) => r.text.key)).toContain("reset.askNewPassword");
      });
    }
  }

  it("her answer sent again is still deleted, and no button is picked", async () => {
    const outcome = await kid.send("Chicken rice");
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.buttons).toEqual(["Make one for me", "I'll type my own"]);
  });
});
