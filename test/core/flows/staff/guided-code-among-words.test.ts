import { describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "../../../helpers/dialog-helpers.js";
import { guidedCodeSent, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";

/*
 * A teacher types the code the child reads out with a phone's double-space full stop (" 375552.") or in
 * words ("code is 602222"). Before, she heard "The code has 6 digits. Ask Tan Wei Ling to read it again,
 * then type all 6." though she had typed all 6. One group of six digits, with a full stop or words around
 * it, is the code; text with two groups, or five or seven digits, is still refused without using a try.
 */
async function atCodePrompt() {
  const { world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
  const kid = world.chat("wei-ling-phone");
  await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
  const code = await guidedCodeSent(world, teacher, kid);
  return { teacher, code };
}

const SENT = "Tan Wei Ling's new password was sent to their own chat";
const NOT_SIX = "The code has 6 digits. Ask Tan Wei Ling to read it again, then type all 6.";

describe("a guided reset's code typed with a full stop or words around it", () => {
  it.each([
    [" 375552.", (c: string) => ` ${c}.`],
    ["123456。", (c: string) => `${c}。`],
    ["code is 602222", (c: string) => `code is ${c}`],
    ["The code is 123 456.", (c: string) => `The code is ${c.slice(0, 3)} ${c.slice(3)}.`],
  ])("'%s' is the code", async (_shown, typed) => {
    const { teacher, code } = await atCodePrompt();
    await teacher.send(typed(code));
    expect(teacher.lastText).toContain(SENT);
  });

  it.each([
    ["two groups", (c: string) => `${c} or 111111`],
    ["five digits", (c: string) => `code is ${c.slice(0, 5)}`],
    ["seven digits", (c: string) => `code is ${c}1.`],
  ])("%s: still asked for all 6, no try used", async (_what, typed) => {
    const { teacher, code } = await atCodePrompt();
    await teacher.send(typed(code));
    expect(teacher.lastText).toContain(NOT_SIX);
    expect(teacher.lastText).not.toContain("tries left");
  });
});
