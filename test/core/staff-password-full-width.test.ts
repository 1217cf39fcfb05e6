import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { familyPhone } from "../helpers/family-phone.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/** Teach-Four-A-2026 as a Chinese keyboard in full-width mode types it. */
const FULL_WIDTH = "Ｔｅａｃｈ－Ｆｏｕｒ－Ａ－２０２６";

describe("a teacher's password asked on a family phone, typed by a keyboard in full-width mode", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("is told as wide letters and asked again, counted nowhere: three of them do not pause her commands", async () => {
    const phone = await familyPhone(world);
    await linkStaff(phone, MRS_NG);
    await phone.send("/coverage 4A");
    expect(phone.lastText).toContain("type your password to go on");
    for (let i = 0; i < 3; i++) {
      const outcome = await phone.send(FULL_WIDTH);
      expect(outcome.deleteInbound).toBe(true);
      expect(phone.lastText).toContain(
        "What you typed has wide letters, numbers or marks, like Ａ, １ or ￥.",
      );
      expect(phone.lastText).toContain("Switch your keyboard back to normal letters (半角)");
      expect(phone.lastText).not.toContain("nothing was done");
    }
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain("4A");
    expect(phone.lastText).not.toContain("wide letters");
  });

  it("in Tamil, in the words for adults", async () => {
    const phone = await familyPhone(world);
    await linkStaff(phone, MRS_NG);
    await phone.send("/language");
    await phone.press("தமிழ்");
    await phone.send("/coverage 4A");
    await phone.send(FULL_WIDTH);
    expect(phone.lastText).toContain("半角");
    expect(phone.lastText).toContain("நீங்கள்");
  });
});
