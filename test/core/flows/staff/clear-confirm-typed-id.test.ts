import { afterEach, describe, expect, it } from "vitest";
import { textsOf, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { linkedOnOwnPhone, MRS_NG } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

const GO_AHEAD =
  "This deletes Tan Wei Ling's secret answers, so they must set up their questions again. Go ahead?";

/*
 * At "/clearanswers S1001 … Go ahead?", a teacher who typed S1001 again was told "A typed number does not
 * count at this step": she typed a user ID, not a number. Now the same ID is told it already is about that
 * student, and another ID how to clear that student's answers instead; nothing is cleared either way.
 */
describe("a user ID typed at '/clearanswers … Go ahead?'", () => {
  let world: TestWorld;
  let teacher: TestChat;
  afterEach(async () => world.close());

  async function atGoAhead(): Promise<void> {
    world = await TestWorld.create({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    await weiLingSetUpOnOwnPhone(world);
    teacher = await linkedOnOwnPhone(world, MRS_NG);
    await teacher.send("/clearanswers S1001");
    expect(teacher.lastText).toBe(GO_AHEAD);
  }

  it.each(["S1001", "s1001."])(
    "the same ID (%j): it already is about that student, and the question again",
    async (typed) => {
      await atGoAhead();
      const sent = await teacher.send(typed);
      expect(textsOf(sent)).toEqual([
        'This is already about Tan Wei Ling. Tap "Yes, clear them" to go ahead, or "Cancel" to stop.',
        GO_AHEAD,
      ]);
      expect(await world.deps.store.getEnrolment("S1001")).not.toBeNull();
      await teacher.press("Yes, clear them");
      expect(await world.deps.store.getEnrolment("S1001")).toBeNull();
    },
  );

  it("another ID: how to clear that student's answers instead", async () => {
    await atGoAhead();
    const sent = await teacher.send("S1002");
    expect(textsOf(sent)).toEqual([
      'This is about Tan Wei Ling. For another student, tap "Cancel", then type /clearanswers and their user ID.',
      GO_AHEAD,
    ]);
    expect(await world.deps.store.getEnrolment("S1001")).not.toBeNull();
  });

  it("a number still gets the words for a number", async () => {
    await atGoAhead();
    await teacher.send("1");
    expect(teacher.last.replies[0]?.text.key).toBe("staff.tapOrYesNo");
  });
});
