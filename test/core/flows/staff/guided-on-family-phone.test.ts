import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "../../../helpers/dialog-helpers.js";
import { linkStaff, MRS_NG, noticeText, noticesTo } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

/**
 * A teacher whose own child is in her class, on the family phone the child is linked to: the child's "own
 * chat" is the teacher's too. A code sent there proves nothing (the teacher holds it), and the new password
 * would come to the teacher by a route that promises it never does. So the code route is not offered there:
 * the child can /reset on that phone, or the teacher checks them in person, which keeps the child's link.
 */
describe("a guided reset on the phone the student is linked to", () => {
  let world: TestWorld;
  let phone: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    phone = world.chat("family-phone");
    await phone.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await linkStaff(phone, MRS_NG);
    await phone.send("/guided S1001");
    await phone.send(MRS_NG.password);
  });
  afterEach(async () => world.close());

  it("offers no code to this very chat, says why, and offers the in-person check", async () => {
    expect(phone.lastText).toContain("Tan Wei Ling's chat is this phone");
    expect(phone.lastText).toContain("/reset");
    expect(phone.buttons).toEqual(["I checked them in person", "Cancel"]);
  });

  it("does not send a child who cannot reset by herself (answers cleared) to /reset", async () => {
    await phone.send("/cancel");
    await phone.send("/clearanswers S1001");
    await phone.send(MRS_NG.password);
    await phone.press("Yes, clear them");
    await phone.send("/guided S1001");
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain("Tan Wei Ling's chat is this phone");
    expect(phone.lastText).not.toContain("/reset");
    expect(phone.buttons).toEqual(["I checked them in person", "Cancel"]);
  });

  it("sends no code when the code button is pressed anyway (an old or forged button)", async () => {
    // The route step's own stamp ("<step>:") on the route it does not offer.
    const offered = phone.last.replies.flatMap((r) => r.choices ?? []).map((c) => c.id);
    const stamp = offered[0]!.slice(0, offered[0]!.indexOf(":") + 1);
    await phone.deliver({ choice: `${stamp}code` });
    expect(noticesTo(world, phone)).toEqual([]);
    expect(phone.lastText).not.toContain("I sent a 6-digit code");
  });

  it("keeps the child's link after an in-person reset on that phone", async () => {
    await phone.press("I checked them in person");
    expect(phone.lastText).toContain("checked in person that this is Tan Wei Ling");
    expect(await world.deps.store.linkedChat(WEI_LING.id)).toEqual(phone.ref);
  });

  it("names the child in the phone's 'password was just changed' (other children may share it)", async () => {
    await phone.press("I checked them in person");
    await phone.press("Yes, I checked");
    expect(phone.lastText).toContain("Tan Wei Ling's new password is:");
    expect(noticesTo(world, phone).map(noticeText)).toEqual([
      "Tan Wei Ling, your school account password was just changed. If this wasn't you, tell your teacher right away.",
    ]);
  });
});
