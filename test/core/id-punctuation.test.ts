import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { idBeforePassword, typedUserId } from "../../src/core/flows/typed-id.js";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { recordingDirectory } from "../helpers/recording-directory.js";
import { worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/*
 * A child types her user ID with a comma, "!", an emoji, quotes or brackets round it ("S1001,", “S1001”,
 * "(S1001)"). Taken as typed, her right password got "that user ID and password don't match", and each
 * spelling counted as another made-up ID against her chat: a few later, her right ID and password got
 * "too many tries from this chat". A teacher's "/unlock S1001!" was "You can only help students in your
 * classes", of her own pupil, and "/coverage 4A," was not her class. No logon name has such marks at its
 * ends (Active Directory refuses " , ; : ? [ ] in one), nor emoji or curly quotes.
 */

const WITH_MARKS = [
  "S1001,",
  "S1001，",
  "S1001!",
  "S1001！",
  "S1001;",
  "S1001:",
  "S1001 🙂",
  "S1001👍🏽",
  "“S1001”",
  "‘S1001’",
  "'S1001'",
  '"S1001"',
  "(S1001)",
  "（S1001）",
  "[S1001]",
  "「S1001」",
  "『S1001』",
  "【S1001】",
  "S1001、",
  "S1001!!",
  "S1001...",
  "S1001…",
  "“S1001!”",
  "S1001?!",
];

describe("typedUserId leaves out the marks around an ID", () => {
  it.each(WITH_MARKS)("%s is S1001", (typed) => {
    expect(typedUserId(typed)).toBe("S1001");
  });

  it("never touches what may be inside a real ID", () => {
    for (const id of [
      "tan.weiling",
      "wl_tan",
      "s1001@school",
      "o'neil",
      "S1001-2",
      "tan wei ling",
      "陈美华",
      "கமலா",
    ])
      expect(typedUserId(id), id).toBe(id);
    expect(typedUserId("'o'neil'!")).toBe("o'neil");
  });

  it("keeps a question asked back as a question, and drops the question mark after an ID", () => {
    expect(typedUserId("which questions did I pick?!")).toBe("which questions did I pick?");
    expect(typedUserId("我的用户名是什么？")).toBe("我的用户名是什么?");
    expect(typedUserId("S1001?")).toBe("S1001");
  });

  it("leaves text that looks like a password only with its marks as typed", () => {
    for (const typed of ["Tiger12!", "(Tiger12)", "Tiger12!🙂"])
      expect(typedUserId(typed), typed).toBe(typed);
    // Emoji and a full stop are in no password: "S1001👍🏽" and "S1001..." only look like one by their length.
    expect(typedUserId("S1001👍🏽")).toBe("S1001");
    expect(typedUserId("Garden-Lamp-21!")).toBe("Garden-Lamp-21");
  });

  it("nothing but marks is nothing", () => {
    for (const typed of ["🙂", "!!!", "“”", "(?)"]) expect(typedUserId(typed), typed).toBe("");
  });

  it("an ID and a password on one line: the ID the same way", () => {
    expect(idBeforePassword("(S1001) Garden-Lamp-21")).toBe("S1001");
    expect(idBeforePassword("S1001! Garden-Lamp-21")).toBe("S1001");
  });
});

describe("at set-up and in a teacher's commands", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
  });
  afterEach(async () => {
    await world.close();
  });

  it.each(["S1001,", "S1001，", "S1001!", "S1001 🙂", "“S1001”", "'S1001'", "(S1001)", "「S1001」"])(
    "%s with her right password links her",
    async (typed) => {
      const kid = world.chat("kid");
      await kid.send("/setup");
      await kid.send(typed);
      await kid.send(WEI_LING.password);
      expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
    },
  );

  it("five such spellings in one chat, each with her right password: each links her, no chat pause", async () => {
    const kid = world.chat("kid");
    for (const typed of ["S1001!", "S1001,", "'S1001'", "S1001 🙂", "(S1001)"]) {
      await kid.send("/setup");
      await kid.send(typed);
      await kid.send(WEI_LING.password);
      expect(kid.lastText, typed).toContain("it's you, Tan Wei Ling!");
    }
  });

  it.each(["/unlock S1001,", "/unlock S1001!", "/guided “S1001”", "/unlock S1001 🙂", "/unlock (S1001)"])(
    "a form teacher's %s is her own pupil",
    async (command) => {
      const teacher = world.chat("teacher");
      await linkStaff(teacher, MRS_NG);
      await teacher.send(command);
      expect(teacher.lastText).toContain("Tan Wei Ling");
      expect(teacher.lastText).not.toContain("You can only help students in your classes");
    },
  );

  it.each(["/coverage 4A,", "/coverage 4A!", "/coverage “4A”", "/coverage 4A 🙂", "/coverage 4A;"])(
    "%s shows her class",
    async (command) => {
      const teacher = world.chat("teacher");
      await linkStaff(teacher, MRS_NG);
      await teacher.send(command);
      expect(teacher.lastText).toContain("Class 4A:");
    },
  );
});

// Without its "!", "Tiger12!" is 7 characters and no longer looks like a password: it would have been searched.
it("a teacher's password that ends with '!' is still not searched for without it", async () => {
  const { directory, searched } = await recordingDirectory();
  const { world } = await worldOnSchoolClock({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }, directory);
  const teacher = await linkedOnOwnPhone(world, MRS_NG);
  searched.length = 0;
  await teacher.send("/unlock Tiger12!");
  expect(searched.filter((id) => id.toLowerCase().includes("tiger"))).toEqual([]);
  expect(teacher.lastText).toContain("That looks like a password");
});
