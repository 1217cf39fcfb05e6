import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { noticesTo, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

const READ_IT_OUT =
  "Is that the code I sent you? You don't need to type it here. Read it out to the grown-up who is helping you.";

/**
 * A child told "Tell your teacher this code: 515472" types it back into her chat while a dialog of hers is
 * open at buttons (set-up's "Shall we check that you remember your answers?"). It was deleted with "It may
 * have been your password or a secret answer": true of six digits there, but no word of what to do with the
 * code. She is told to read it out, as with nothing open, and it is still deleted (it may be an answer).
 */
describe("a guided reset's code typed into the child's chat while a dialog of hers is open", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = await weiLingSetUpOnOwnPhone(world);
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
  });

  const code = () => String(noticesTo(world, kid)[0]?.reply.text.params?.code);

  it("at the practice offer: says to read it out, deletes it, and the offer and the code still work", async () => {
    expect(await openStep(world, kid)).toBe("setup.practiceOffer");
    for (const typed of [code(), code().replace(/(\d{3})/, "$1 ")]) {
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(READ_IT_OUT);
      expect(kid.lastText).not.toContain("may have been your password");
      expect(kid.buttons).toEqual(["Check that I remember", "No thanks"]);
    }
    await teacher.send(code());
    expect(teacher.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
  });

  it("says so in every language", async () => {
    for (const [language, words] of [
      ["zh", "念给"],
      ["ms", "Bacakan"],
      ["ta", "படி"],
    ] as const) {
      await kid.send(code(), { locale: language });
      expect(kid.lastText, language).not.toContain("I deleted that message");
      expect(kid.lastText, language).toContain(words);
    }
  });
});

describe("six digits at set-up's question buttons that are the answer just typed", () => {
  it("are that answer sent again: deleted as before, with no word of a code", async () => {
    const world = await TestWorld.create();
    try {
      const kid = world.chat("wei-ling-phone");
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      await kid.send("1");
      await kid.send("123456");
      expect(await openStep(world, kid)).toBe("setup.question");
      const again = await kid.send("123 456");
      expect(again.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(
        "I deleted that message. It may have been your password or a secret answer.",
      );
      expect(kid.lastText).not.toContain(READ_IT_OUT);
    } finally {
      await world.close();
    }
  });
});
