import { beforeEach, describe, expect, it } from "vitest";
import { textsOf } from "../../../helpers/dialog-helpers.js";
import { worldOnSchoolClock } from "../../../helpers/security-helpers.js";
import {
  linkedOnOwnPhone,
  MRS_NG,
  MS_SITI,
  newTeacherOnOwnPhone,
  PRIYA,
  staffRefusals,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/*
 * A greeting or thanks where /coverage expects a class ("/coverage hi", "thanks" at "Which class?"). It was
 * read as a class called "hi": a teacher was told "You can only see your own classes", with a refusal in
 * her audit record; an admin "I can't find that class". Now it names no class: /coverage alone's answer,
 * and at "Which class?" hello back (or you're welcome) and the question again.
 */
describe("a greeting or thanks where /coverage expects a class", () => {
  let world: TestWorld;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
  });

  it.each(["hi", "Hello!", "thanks", "terima kasih", "你好", "நன்றி"])(
    "/coverage %s from a teacher of one class shows her class, with no refusal",
    async (typed) => {
      const mrsNg = await linkedOnOwnPhone(world, MRS_NG);
      await mrsNg.send(`/coverage ${typed}`);
      expect(textsOf(mrsNg.last)).toHaveLength(1);
      expect(mrsNg.lastText).toMatch(/^Class 4A: 3 students, 0 set up\./);
      expect(await staffRefusals(world)).toEqual([]);
    },
  );

  it("an admin's /coverage hello asks which class, not 'I can't find that class'", async () => {
    const priya = await linkedOnOwnPhone(world, PRIYA);
    await priya.send("/coverage hello");
    expect(priya.lastText).toBe("Which class?");
    expect(priya.buttons).toEqual(["4A", "5B"]);
  });

  describe("at 'Which class?'", () => {
    let teacher: TestChat;

    beforeEach(async () => {
      teacher = await newTeacherOnOwnPhone(world, MS_SITI);
      await teacher.send("/coverage");
    });

    it("'hi': hello back, and the question again with her classes", async () => {
      const sent = await teacher.send("hi");
      expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.helloClass", "coverage.askClass"]);
      expect(textsOf(sent)[0]).toBe(
        "Hello! 👋 Choose one of the classes below, or type its name. To stop, type /cancel.",
      );
      expect(teacher.buttons).toEqual(["4A", "5B"]);
      await teacher.send("5B");
      expect(teacher.lastText).toMatch(/^Class 5B: 3 students/);
      expect(await staffRefusals(world)).toEqual([]);
    });

    it("'thank you': you're welcome, how to stop, and the question again", async () => {
      const sent = await teacher.send("thank you", { locale: "ms" });
      expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.welcomeAtPrompt", "coverage.askClass"]);
      expect(teacher.buttons).toEqual(["4A", "5B"]);
      expect(await staffRefusals(world)).toEqual([]);
    });
  });

  it("a school whose class is really called 'Morning' still gets that class", async () => {
    const mrTan = await newTeacherOnOwnPhone(world, {
      id: "T2004",
      name: "Mr Tan",
      password: "Teach-Class-Named-2026",
      classes: ["Morning", "4A"],
      ownPhone: "tan-phone",
    });
    await mrTan.send("/coverage morning");
    expect(mrTan.lastText).toMatch(/^Class Morning: 0 students/);
    await mrTan.send("/coverage");
    await mrTan.send("Morning");
    expect(mrTan.lastText).toMatch(/^Class Morning: 0 students/);
  });
});
