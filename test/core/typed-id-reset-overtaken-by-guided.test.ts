import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/*
 * A school with RESET_REQUIRES_LINKED_CHAT=false: Wei Ling answers her 3 questions on a friend's phone, never
 * linked to her, and is at "How would you like your new password?" when her teacher makes her a new password.
 * Before, she heard "This chat is not linked to your school account any more. To use it again, type /setup."
 * there: untrue (this chat was never hers; /setup would link the friend's phone), and after a code it hid that
 * the password went to her own chat.
 */
describe("a verified reset on the typed-ID route, overtaken by a guided reset", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let friend: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({
      STAFF_PASSWORD_AGAIN_MINUTES: "0",
      RESET_REQUIRES_LINKED_CHAT: "false",
    }));
    await world.chat("wei-ling-phone").setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    friend = world.chat("friend-phone");
    await friend.answerReset(WEI_LING.id, weiLingAnswerFor);
    expect(friend.lastText).toContain("How would you like your new password?");
  });

  it("after a code: the password went to her own chat, not this one; no /setup for the friend's phone", async () => {
    await teacher.send(`/guided ${WEI_LING.id}`);
    await teacher.press("Send a code to their chat");
    const code = /\b(\d{6})\b/.exec(JSON.stringify(world.notices.at(-1)?.reply))?.[1] ?? "";
    await teacher.send(code);
    expect(teacher.lastText).toContain("new password was sent to their own chat");

    await friend.press("Make one for me");
    expect(friend.lastText).toBe(
      "While we were talking, Mrs Ng Mei Hua made you a new password, so I stopped here. Use the new password from Mrs Ng Mei Hua: I sent it to your own chat, not this one. If you cannot find it, ask Mrs Ng Mei Hua again.",
    );
  });

  it("after an in-person reset that unlinked her own phone: the friend's phone hears no /setup", async () => {
    await teacher.send(`/guided ${WEI_LING.id}`);
    await teacher.press("They can't use their chat");
    await teacher.press("Yes, I checked");

    await friend.press("Make one for me");
    expect(friend.lastText).toBe(
      "While we were talking, Mrs Ng Mei Hua made you a new password, so I stopped here. Use the new password that Mrs Ng Mei Hua gave you. If you do not have it, ask Mrs Ng Mei Hua again.",
    );
  });
});
