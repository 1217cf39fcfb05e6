import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, weiLingAnswerFor, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import {
  linkedOnOwnPhone,
  noticesTo,
  noticeText,
  PRIYA,
  teacherOnOwnPhone,
  type StaffOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/**
 * Two people get one child a new password at once: her teacher and an admin each send her a code, or the
 * child makes one herself while her teacher waits for the code. The one who is second is told who was
 * first, not "start again with /guided", which would change the password the child has just written down.
 */
describe("a guided reset whose student got a new password meanwhile", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;
  let admin: TestChat;
  let clock: StaffOnOwnPhone["clock"];

  beforeEach(async () => {
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = await weiLingSetUpOnOwnPhone(world, "declined");
    admin = await linkedOnOwnPhone(world, PRIYA);
  });

  // The newest code the sender sent.
  const codeSentBy = (sender: string) => {
    const notice = noticesTo(world, kid).findLast((n) => noticeText(n).includes(sender));
    return String(notice?.reply.text.params?.code);
  };
  const passwordsSent = () => noticesTo(world, kid).filter((n) => noticeText(n).includes("new password:"));

  it("the second of two staff is told who gave it, and the child's new password stays the one she has", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    await admin.send("/guided S1001");
    await admin.press("Send a code");
    await teacher.send(codeSentBy("Mrs Ng Mei Hua"));
    expect(teacher.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
    expect(passwordsSent()).toHaveLength(1);

    await admin.send(codeSentBy("Priya Nair (IT)"));
    expect(admin.lastText).toBe(
      "Mrs Ng Mei Hua gave Tan Wei Ling a new password while we waited for the code, so I stopped. Nothing more was changed, and the code I sent no longer works. If Tan Wei Ling still needs one, ask Mrs Ng Mei Hua first, then start again with /guided.",
    );
    expect(passwordsSent()).toHaveLength(1);
  });

  it("a teacher waiting for the code is told when the child made a new password with her questions", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("new password");

    await teacher.send(codeSentBy("Mrs Ng Mei Hua"));
    expect(teacher.lastText).toBe(
      "Tan Wei Ling got a new password with their secret questions while we waited for the code, so I stopped. Nothing more was changed, and the code I sent no longer works. If Tan Wei Ling still needs one, start again with /guided.",
    );
    expect(passwordsSent()).toHaveLength(0);
  });

  it("says so in every language, naming both", async () => {
    for (const language of ["中文", "Bahasa Melayu", "தமிழ்"]) {
      // Past the hour, so that each round's two codes stay within the student's codes an hour.
      clock.advance(61 * 60_000);
      await admin.send("/language");
      await admin.press(language);
      await teacher.send("/guided S1001");
      await teacher.press("Send a code");
      await admin.send("/guided S1001");
      const sendCode = admin.last.replies.flatMap((r) => r.choices ?? [])[0];
      await admin.deliver({ choice: sendCode!.id });
      const adminCode = String(noticesTo(world, kid).at(-1)?.reply.text.params?.code);
      await teacher.send(codeSentBy("Mrs Ng Mei Hua"));
      await admin.send(adminCode);
      expect(admin.lastText).toContain("Mrs Ng Mei Hua");
      expect(admin.lastText).toContain("Tan Wei Ling");
      expect(admin.lastText).toContain("/guided");
      expect(admin.lastText).not.toContain("Nothing more was changed");
    }
  });
});
