import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, weiLingAnswerFor, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import {
  linkedOnOwnPhone,
  MRS_NG,
  noticesTo,
  noticeText,
  PRIYA,
  teacherOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/**
 * A staff member at a guided reset's in-person confirm ("Yes, I checked") while the child gets a new password
 * elsewhere: from another teacher or admin, or by her own questions. Her "Yes" is told who was first, and
 * changes nothing: a second password would kill the one the child has just written down, with no word.
 */
describe("an in-person guided reset whose student got a new password meanwhile", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  const passwordIn = (text: string) => /[A-Z][a-z]+-[A-Z][a-z]+-[A-Z][a-z]+-\d+/.exec(text)?.[0];
  const works = async (password: string | undefined) =>
    password !== undefined && (await world.memoryDirectory.authenticate(WEI_LING.id, password)) !== null;
  const refusals = async () =>
    (await world.deps.store.recentAudit(50)).filter(
      (e) => e.event === "guided-reset" && e.outcome === "refused",
    );

  it("the second of two staff is told who gave it, and the first password still works", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await teacher.send("/guided S1001");
    await teacher.press("I checked them in person");
    await admin.send("/guided S1001");
    await admin.press("I checked them in person");
    await teacher.press("Yes, I checked");
    const shown = passwordIn(teacher.lastText);
    expect(await works(shown)).toBe(true);

    await admin.press("Yes, I checked");
    expect(admin.lastText).toBe(
      "Mrs Ng Mei Hua gave Tan Wei Ling a new password while we waited for you to confirm, so I stopped. Nothing more was changed. If Tan Wei Ling still needs one, ask Mrs Ng Mei Hua first, then start again with /guided.",
    );
    expect(passwordIn(admin.lastText)).toBeUndefined();
    expect(await works(shown)).toBe(true);
    // Left in the audit, as the code route's refusal is; one guided reset for the admins.
    expect(await refusals()).toMatchObject([{ actor: PRIYA.id, reason: "interrupted: changed" }]);
    expect(world.alerts.raised.filter((a) => a.kind === "guided-reset")).toHaveLength(1);
  });

  it("a teacher at 'They can't use their chat' is told the child made one herself; her chat stays linked", async () => {
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await teacher.send("/guided S1001");
    await teacher.press("They can't use their chat");
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    await kid.press("Make one for me");
    const hers = passwordIn(kid.lastText);
    expect(await works(hers)).toBe(true);
    const noticesBefore = noticesTo(world, kid).length;

    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toBe(
      "Tan Wei Ling got a new password with their secret questions while we waited for you to confirm, so I stopped. Nothing more was changed. If Tan Wei Ling still needs one, start again with /guided.",
    );
    expect(await works(hers)).toBe(true);
    expect(await world.deps.store.linkedChat(WEI_LING.id)).not.toBeNull();
    expect(noticesTo(world, kid)).toHaveLength(noticesBefore);
    expect(await refusals()).toMatchObject([{ actor: MRS_NG.id, reason: "interrupted: changed" }]);
  });

  it("a child who links her phone meanwhile stops it: her own password is kept, and her chat told nothing", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("I checked them in person");
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");

    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toBe(
      "Tan Wei Ling's chat or answers changed while we were working, so I stopped. Nothing was changed. Start again with /guided.",
    );
    expect(await works(WEI_LING.password)).toBe(true);
    expect(noticesTo(world, kid).map(noticeText).join("\n")).not.toContain("password was just changed");
  });

  it("when the child's 'Make one for me' and the teacher's 'Yes' cross, only one password is shown, and it works", async () => {
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    await teacher.send("/guided S1001");
    await teacher.press("They can't use their chat");
    await Promise.all([kid.press("Make one for me"), teacher.press("Yes, I checked")]);

    const shown = [passwordIn(kid.lastText), passwordIn(teacher.lastText)].filter((p) => p !== undefined);
    expect(shown).toHaveLength(1);
    expect(await works(shown[0])).toBe(true);
  });

  it("says so in every language, naming the one who gave it", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    for (const language of ["中文", "Bahasa Melayu", "தமிழ்"]) {
      await admin.send("/language");
      await admin.press(language);
      await teacher.send("/guided S1001");
      await teacher.press("I checked them in person");
      await admin.send("/guided S1001");
      const inPerson = admin.last.replies.flatMap((r) => r.choices ?? [])[0];
      await admin.deliver({ choice: inPerson!.id });
      await teacher.press("Yes, I checked");
      const yes = admin.last.replies.flatMap((r) => r.choices ?? [])[0];
      await admin.deliver({ choice: yes!.id });
      expect(admin.last.replies[0]?.text.key).toBe("guided.newPasswordByStaffWhileConfirming");
      expect(admin.lastText).toContain("Mrs Ng Mei Hua");
      expect(admin.lastText).toContain("Tan Wei Ling");
      expect(admin.lastText).toContain("/guided");
      expect(admin.lastText).not.toContain("Nothing more was changed");
    }
  });
});
