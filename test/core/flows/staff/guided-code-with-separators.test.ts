import { describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "../../../helpers/dialog-helpers.js";
import { guidedCodeSent, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";

/*
 * A code read out over the phone is written down in threes, "515-472" or "515.472", as phone numbers are.
 * Typed so at the code prompt, it was "The code has 6 digits. Ask Tan Wei Ling to read it again, then type
 * all 6.": the teacher had typed all 6, and the child had read it right. A hyphen, dash or dot between the
 * digits is now no more than a space (which already worked).
 */
describe("a guided reset's code typed with a hyphen or a dot between its digits", () => {
  it.each(["-", "–", ".", " - "])("'123%s456' is the code", async (separator) => {
    const { world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const code = await guidedCodeSent(world, teacher, kid);
    await teacher.send(`${code.slice(0, 3)}${separator}${code.slice(3)}`);
    expect(teacher.lastText).toContain("Tan Wei Ling's new password was sent to their own chat");
  });

  it("a hyphen alone is no code: no try used", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await guidedCodeSent(world, teacher, kid);
    await teacher.send("-");
    expect(teacher.lastText).toContain("The code has 6 digits.");
  });
});
