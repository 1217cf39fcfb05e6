import { beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../../src/core/i18n/translate.js";
import { openStep, textsOf, WEI_LING, WEI_LING_ANSWERS } from "../../../helpers/dialog-helpers.js";
import { guidedCodeSent, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/*
 * The code is out, and the teacher waits for the child to read it. She types "hello" (to the child she is
 * talking to on the phone) or "thanks" (to the bot, for sending it). Both got "The code has 6 digits. Ask Tan
 * Wei Ling to read it again, then type all 6.", as if the child had read it wrong. Now a greeting is
 * greeted back, thanks is thanked, each with what to type and how to stop; no try is used either way.
 */
describe("a greeting or thanks at the guided reset's code prompt", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let code: string;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    code = await guidedCodeSent(world, teacher, kid);
  });

  it("said in English: hello back, thanks answered, the prompt again, and the code still works", async () => {
    const hello = await teacher.send("hello");
    expect(hello.deleteInbound).toBe(true);
    expect(textsOf(hello)).toEqual([
      "Hello! 👋 I need the 6-digit code Tan Wei Ling reads to you. To stop, type /cancel.",
      "Type the code Tan Wei Ling reads to you.",
    ]);
    const thanks = await teacher.send("thank you");
    expect(textsOf(thanks)).toEqual([
      "You're welcome! When Tan Wei Ling reads you the code, type it here. To stop, type /cancel.",
      "Type the code Tan Wei Ling reads to you.",
    ]);
    expect(await openStep(world, teacher)).toBe("guided.code");
    await teacher.send(code);
    expect(teacher.lastText).toContain("Tan Wei Ling's new password was sent to their own chat");
  });

  it.each([
    ["你好", "zh", "guided.helloAtCode"],
    ["hai", "ms", "guided.helloAtCode"],
    ["வணக்கம்", "ta", "guided.helloAtCode"],
    ["谢谢", "zh", "guided.welcomeAtCode"],
    ["terima kasih", "ms", "guided.welcomeAtCode"],
    ["நன்றி", "ta", "guided.welcomeAtCode"],
  ] as const)("'%s' (%s) is %s, with the code's three tries left", async (text, language, key) => {
    const sent = await teacher.send(text, { locale: language });
    expect(sent.replies.map((r) => r.text.key)).toEqual([key, "guided.askCode"]);
    expect(translate(sent.replies[0]!.text, language)).toContain("Tan Wei Ling");
    expect(translate(sent.replies[0]!.text, language)).toContain("/cancel");
    const wrong = code === "000000" ? "111111" : "000000";
    await teacher.send(wrong);
    expect(teacher.last.replies[0]?.text.params?.left).toBe(2);
  });
});
