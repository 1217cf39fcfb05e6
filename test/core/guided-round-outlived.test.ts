import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { linkedOnOwnPhone, PRIYA, teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

/**
 * A guided questions round that began before the student was suspended (wrong rounds on another staff
 * device, say) must not tell its teacher whether the answers were right: otherwise every device that had a
 * round open when the fifth wrong round landed gets one more guess than the limit allows, and learns the
 * result. Right or wrong, such a round ends in the same words, and no password is set.
 */
describe("a guided questions round that a suspension overtook", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let admin: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone());
    const kid = world.chat("wei-ling-phone");
    admin = await linkedOnOwnPhone(world, PRIYA);
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await logOut(kid);
  });

  /** Opens a questions round on a staff device and answers all but the last question right. */
  async function upToLastAnswer(device: TestChat): Promise<void> {
    await device.send("/guided S1001");
    await device.press("They answer their questions here");
    for (let i = 0; i < 2; i++) await device.send(weiLingAnswerFor(device.lastText));
  }

  it("says the same whether its answers were right or wrong, and sets no password", async () => {
    await upToLastAnswer(teacher);
    await upToLastAnswer(admin);
    // Wrong rounds elsewhere suspend her while both rounds are open.
    await world.failStudent(WEI_LING.id, 5);
    await teacher.send(weiLingAnswerFor(teacher.lastText));
    await admin.send("Wrong guess");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    expect(teacher.lastText).toBe(admin.lastText);
    expect(teacher.lastText).toContain("Those answers did not match");
  });
});
