import { beforeEach, describe, expect, it } from "vitest";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { noticesTo, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const READ_IT_OUT =
  "Is that the code I sent you? You don't need to type it here. Read it out to the grown-up who is helping you.";

/**
 * A child told "Tell your teacher this code: 515472" often types it back to the bot instead. Her chat says
 * what to do with it, not "Tap a button, or type its number (1–4)"; told from the text alone (six digits
 * where the menu is the answer), and the code still works when she reads it out.
 */
describe("a guided reset's code typed into the child's own chat", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
  });

  const code = () => String(noticesTo(world, kid)[0]?.reply.text.params?.code);

  it("says to read it out to the grown-up helping her, and the code still works", async () => {
    await kid.send(code());
    expect(kid.lastText).toBe(READ_IT_OUT);
    // Spaced as she reads it, or in a Chinese keyboard's full-width digits.
    await kid.send(code().replace(/(\d{3})/, "$1 "));
    expect(kid.lastText).toBe(READ_IT_OUT);
    await kid.send(
      code()
        .normalize("NFKC")
        .replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    );
    expect(kid.lastText).toBe(READ_IT_OUT);

    await teacher.send(code());
    expect(teacher.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
  });

  it("a menu number is still the menu's button", async () => {
    await kid.send("3");
    expect(kid.lastText).not.toBe(READ_IT_OUT);
  });

  it("says so in every language", async () => {
    for (const language of ["中文", "Bahasa Melayu", "தமிழ்"]) {
      await kid.send("/language");
      await kid.press(language);
      await kid.send(code());
      expect(kid.lastText).not.toContain("1–4");
      expect(kid.lastText).not.toBe(READ_IT_OUT);
      expect(kid.last.replies).toHaveLength(1);
    }
  });
});
