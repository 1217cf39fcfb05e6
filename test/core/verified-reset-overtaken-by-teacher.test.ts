import { beforeEach, describe, expect, it } from "vitest";
import { reachNewPasswordChoice, WEI_LING } from "../helpers/dialog-helpers.js";
import { teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/*
 * Wei Ling has answered her 3 questions and is at "How would you like your new password?" when her teacher,
 * asked for help in class, either makes her a new password in person (which unlinks her chat) or clears her
 * answers. Before, both heard "Something changed on your account… Nothing was changed. Type /reset to start
 * again": after the in-person reset her password had changed and /reset could not work from the unlinked
 * chat; after the clearing /reset only said her answers were cleared.
 */
describe("a verified child's reset stopped by her teacher", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = world.chat("wei-ling-phone");
    await reachNewPasswordChoice(kid);
  });

  it("after an in-person guided reset: use the teacher's password; /setup to use this chat again", async () => {
    await teacher.send(`/guided ${WEI_LING.id}`);
    await teacher.press("They can't use their chat");
    await teacher.press("Yes, I checked");
    const shown = /\n(\S+-\d+)\n/.exec(teacher.lastText)?.[1] ?? "";

    await kid.press("Make one for me");
    expect(kid.lastText).toBe(
      "While we were talking, Mrs Ng Mei Hua made you a new password, so I stopped here. Use the new password that Mrs Ng Mei Hua gave you. If you do not have it, ask Mrs Ng Mei Hua again. This chat is not linked to your school account any more. To use it again, type /setup.",
    );
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, shown)).not.toBeNull();
  });

  it("after /clearanswers: her password is unchanged; ask the form teacher, then /setup", async () => {
    await teacher.send(`/clearanswers ${WEI_LING.id}`);
    await teacher.press("Yes, clear them");

    await kid.press("Make one for me");
    expect(kid.lastText).toBe(
      "While we were talking, your school cleared your secret answers, so I stopped here. Your password was not changed. Ask your form teacher to help you get a new one. When you can log in again, type /setup to set up your questions again.",
    );
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
  });
});
