import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkNewPassword, typedInFullWidth } from "../../src/core/passwords/password-policy.js";
import { familyPhone } from "../helpers/family-phone.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/**
 * A Chinese keyboard's punctuation mode: the keys of . $ _ ^ \ < > [ ] " type these. No login screen does,
 * so a password with one was typed in that mode.
 */
const CHINESE_PUNCTUATION: ReadonlyArray<readonly [typed: string, meant: string]> = [
  ["。", "."],
  ["￥", "$"],
  ["——", "_"],
  ["……", "^"],
  ["、", "\\"],
  ["《", "<"],
  ["》", ">"],
  ["【", "["],
  ["】", "]"],
];

const person = { id: "S1001", name: "Tan Wei Ling" };
const rules = { minLength: 8, maxLength: 64 };

describe("a password typed in a Chinese keyboard's punctuation mode", () => {
  it.each(CHINESE_PUNCTUATION)("%j (for %j) reads as typed in the keyboard's wide mode", (typed) => {
    expect(typedInFullWidth(`Sunny${typed}Day42`)).toBe(true);
    expect(checkNewPassword(`Sunny${typed}Day42`, person, rules)).toEqual({ key: "password.fullWidth" });
  });

  it("a phone's smart punctuation (“ ” for \", — for --, … for ...) is not taken for a Chinese keyboard", () => {
    // An English iPhone types these for the keys of a password such as Blue"Tiger"9: no 半角 switch helps her.
    for (const typed of ["Blue“Tiger”9", "Garden—Lamp21", "Sun…Moon1"]) {
      expect(typedInFullWidth(typed)).toBe(false);
      expect(checkNewPassword(typed, person, rules)).toEqual({ key: "password.notOnKeyboard" });
    }
  });

  it("a password with other letters besides is still not on the keyboard", () => {
    expect(typedInFullWidth("Sunny。Day熊猫")).toBe(false);
    expect(checkNewPassword("Sunny。Day熊猫", person, rules)).toEqual({ key: "password.notOnKeyboard" });
  });

  it("a new password whose only odd character is a wide space at an end is told about the space", () => {
    expect(checkNewPassword("Sunny-Day-42\u3000", person, rules)).toEqual({ key: "password.spaceAtEnd" });
    expect(checkNewPassword("\u3000Sunny-Day-42", person, rules)).toEqual({ key: "password.spaceAtEnd" });
    expect(checkNewPassword("Sunny\u3000Day-42", person, rules)).toEqual({ key: "password.fullWidth" });
  });
});

describe("set-up's and a teacher's password typed in punctuation mode, or with a wide space", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("set-up: told to switch the keyboard back to normal letters, and no try is counted", async () => {
    const kid = world.chat("kid-punctuation");
    await kid.send("/setup");
    await kid.send("S1001");
    for (const typed of ["Garden——Lamp——21", "Garden-Lamp-21。", "Garden-Lamp-21￥"]) {
      await kid.send(typed);
      expect(kid.lastText).toContain("Switch your keyboard back to normal letters (半角)");
      expect(kid.lastText).not.toContain("half-width");
      expect(kid.lastText).not.toContain("don't match");
    }
    await kid.send(DEMO_PASSWORDS.S1001);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("set-up: a wide space before or after the password is named as a space, not wide letters", async () => {
    const kid = world.chat("kid-wide-space");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(`${DEMO_PASSWORDS.S1001}\u3000`);
    expect(kid.lastText).toContain("starts or ends with a space");
    expect(kid.lastText).not.toContain("wide letters");
    expect(kid.lastText).not.toContain("don't match");
  });

  it("a teacher on a family phone: the same, then the prompt with the way out for whoever is not her, once", async () => {
    const phone = await familyPhone(world);
    await linkStaff(phone, MRS_NG);
    await phone.send("/coverage 4A");
    await phone.send("Teach——Four——A——2026");
    expect(phone.lastText).toContain("Switch your keyboard back to normal letters (半角)");
    expect(phone.lastText.split(`Not ${MRS_NG.name}? Type /cancel to go back.`)).toHaveLength(2);
    await phone.send(`\u3000${MRS_NG.password}`);
    expect(phone.lastText).toContain("starts or ends with a space");
    expect(phone.lastText.split(`Not ${MRS_NG.name}? Type /cancel to go back.`)).toHaveLength(2);
    expect(phone.lastText).not.toContain("nothing was done");
  });
});
