import { beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { textsOf } from "../../../helpers/dialog-helpers.js";
import { useSchoolClock } from "../../../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

/** A teacher of two classes (4A and 5B in the demo school). */
const MS_SITI = { id: "T2003", name: "Ms Siti Aminah", password: "Teach-Two-Class-2026" } as const;

/*
 * A greeting or thanks where /coverage expects a class ("/coverage hi", "thanks" at "Which class?"). It was
 * read as a class called "hi": a teacher was told "You can only see your own classes", with a refusal in
 * her audit record; an admin "I can't find that class". Now it names no class: /coverage alone's answer,
 * and at "Which class?" hello back (or you're welcome) and the question again.
 */
describe("a greeting or thanks where /coverage expects a class", () => {
  let world: TestWorld;

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create();
    onTestFinished(async () => {
      await world.close();
      vi.useRealTimers();
    });
  });

  const refusals = async () =>
    (await world.deps.store.recentAudit(50)).filter((e) => e.event === "staff-refused");

  it.each(["hi", "Hello!", "thanks", "terima kasih", "你好", "நன்றி"])(
    "/coverage %s from a teacher of one class shows her class, with no refusal",
    async (typed) => {
      const mrsNg = world.chat(MRS_NG.ownPhone);
      await linkStaff(mrsNg, MRS_NG);
      await mrsNg.send(`/coverage ${typed}`);
      expect(textsOf(mrsNg.last)).toHaveLength(1);
      expect(mrsNg.lastText).toMatch(/^Class 4A: 3 students, 0 set up\./);
      expect(await refusals()).toEqual([]);
    },
  );

  it("an admin's /coverage hello asks which class, not 'I can't find that class'", async () => {
    const priya = world.chat(PRIYA.ownPhone);
    await linkStaff(priya, PRIYA);
    await priya.send("/coverage hello");
    expect(priya.lastText).toBe("Which class?");
    expect(priya.buttons).toEqual(["4A", "5B"]);
  });

  describe("at 'Which class?'", () => {
    let teacher: TestChat;

    beforeEach(async () => {
      world.memoryDirectory.add({ ...MS_SITI, role: "teacher", classes: ["4A", "5B"], disabled: false });
      teacher = world.chat("siti-phone");
      await linkStaff(teacher, MS_SITI);
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
      expect(await refusals()).toEqual([]);
    });

    it("'thank you': you're welcome, how to stop, and the question again", async () => {
      const sent = await teacher.send("thank you", { locale: "ms" });
      expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.welcomeAtPrompt", "coverage.askClass"]);
      expect(teacher.buttons).toEqual(["4A", "5B"]);
      expect(await refusals()).toEqual([]);
    });
  });

  it("a school whose class is really called 'Morning' still gets that class", async () => {
    world.memoryDirectory.add({
      id: "T2004",
      name: "Mr Tan",
      password: "Teach-Class-Named-2026",
      role: "teacher",
      classes: ["Morning", "4A"],
      disabled: false,
    });
    const mrTan = world.chat("tan-phone");
    await linkStaff(mrTan, { id: "T2004", password: "Teach-Class-Named-2026" });
    await mrTan.send("/coverage morning");
    expect(mrTan.lastText).toMatch(/^Class Morning: 0 students/);
    await mrTan.send("/coverage");
    await mrTan.send("Morning");
    expect(mrTan.lastText).toMatch(/^Class Morning: 0 students/);
  });
});
