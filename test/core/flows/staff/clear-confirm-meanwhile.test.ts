import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, weiLingAnswerFor, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { MRS_NG, teacherOnOwnPhone, type StaffOnOwnPhone } from "../../../helpers/staff-helpers.js";
import { MINUTE } from "../../../helpers/security-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/**
 * "/clearanswers S1001 … Go ahead?" asks about the answers on record then. A child who sets up new ones while
 * it is open has answers the teacher never meant to clear: "Yes, clear them" keeps them and says why.
 */
describe("'Yes, clear them' after the student changed their answers", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let kid: TestChat;
  let clock: StaffOnOwnPhone["clock"];

  beforeEach(async () => {
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = await weiLingSetUpOnOwnPhone(world, "declined");
  });

  const setUpAgain = async () => {
    clock.advance(5 * MINUTE);
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Elephant", "Orange", "Noodles"]);
    expect(kid.lastText).toContain("secret questions are saved");
  };

  it("keeps the new answers, tells the teacher, and leaves a refusal in the audit", async () => {
    await teacher.send("/clearanswers S1001");
    await setUpAgain();
    const newAnswers = await world.deps.store.getEnrolment(WEI_LING.id);

    await teacher.press("Yes, clear them");
    expect(teacher.lastText).toBe(
      "Tan Wei Ling changed their secret answers while we waited for you to confirm, so I did not clear the new ones. Nothing was changed. If they still need to be cleared, type /clearanswers and Tan Wei Ling's user ID again.",
    );
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toEqual(newAnswers);
    const cleared = (await world.deps.store.recentAudit(50)).filter((e) => e.event === "answers-cleared");
    expect(cleared).toMatchObject([
      { actor: MRS_NG.id, outcome: "refused", reason: "answers changed meanwhile" },
    ]);
    expect(world.notices.map((n) => n.reply.text.key)).not.toContain("notice.answersCleared");
  });

  it("still clears the answers it asked about when only something else moved (the child reset her password)", async () => {
    await teacher.send("/clearanswers S1001");
    clock.advance(5 * MINUTE);
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("Your new password is");

    await teacher.press("Yes, clear them");
    expect(teacher.lastText).toBe(
      "Done. Tan Wei Ling must set up their secret questions again before they can reset by themselves.",
    );
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toBeNull();
  });

  it("says so in every language", async () => {
    for (const language of ["中文", "Bahasa Melayu", "தமிழ்"]) {
      await teacher.send("/language");
      await teacher.press(language);
      await teacher.send("/clearanswers S1001");
      await setUpAgain();
      const yes = teacher.last.replies.flatMap((r) => r.choices ?? [])[0];
      await teacher.deliver({ choice: yes!.id });
      expect(teacher.last.replies[0]?.text.key).toBe("clear.changedMeanwhile");
      expect(teacher.lastText).toContain("Tan Wei Ling");
      expect(teacher.lastText).toContain("/clearanswers");
      expect(await world.deps.store.getEnrolment(WEI_LING.id)).not.toBeNull();
    }
  });
});
