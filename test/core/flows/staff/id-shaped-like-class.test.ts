import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";
import { newTeacherOnOwnPhone, otherClassNotAStudent } from "../../../helpers/staff-helpers.js";

const ASK = "Which student? Type their user ID.";
const NOT_YOUR_STUDENT_TYPE_AGAIN =
  "You can only help students in your classes. Check the user ID and type it again. An admin can help students in other classes. To stop, type /cancel.";

/*
 * A school whose class names are shaped like its user IDs ("Year7" and "S1004": letters, then digits). A
 * teacher of Year7 who typed another class's student's ID at "Which student?" was told "S1004 is not one
 * of your classes": the word was read as a class because it has the shape of hers. Now a word that also
 * has the shape of her own pupils' user IDs (from her own class lists, as /coverage shows them) gets the
 * words for a user ID; the same for an ID of another class and one nobody has, so nothing tells her which
 * IDs exist.
 */
describe("a user ID shaped like the teacher's class", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    world.memoryDirectory.add({
      id: "S2001",
      name: "Ben Tan",
      role: "student",
      classes: ["Year7"],
      password: "Sunny-Road-41",
      disabled: false,
    });
    teacher = await newTeacherOnOwnPhone(world, {
      id: "T3001",
      name: "Ms Rina Goh",
      password: "Teach-Year-7-2026",
      classes: ["Year7"],
      ownPhone: "rina-phone",
    });
  });
  afterEach(async () => world.close());

  it("another class's student's ID typed again: the ID's words, not 'not one of your classes'", async () => {
    await teacher.send("/guided S1004");
    await teacher.send("S1004");
    expect(teacher.lastText).toBe(`${NOT_YOUR_STUDENT_TYPE_AGAIN}\n${ASK}`);
  });

  it("the same words for an ID nobody has", async () => {
    await teacher.send("/guided S9999");
    await teacher.send("S9999");
    expect(teacher.lastText).toBe(`${NOT_YOUR_STUDENT_TYPE_AGAIN}\n${ASK}`);
  });

  it("her own pupil's ID still works", async () => {
    await teacher.send("/guided");
    await teacher.send("S2001");
    expect(teacher.lastText).toContain("Let's get Ben Tan a new password.");
  });
});

describe("a class not hers, in a school whose IDs have another shape", () => {
  it("is still called not one of her classes", async () => {
    const world = await TestWorld.create();
    try {
      const teacher = await newTeacherOnOwnPhone(world, {
        id: "T3002",
        name: "Mrs Ng Two",
        password: "Teach-Four-A-2027",
        classes: ["4A"],
        ownPhone: "ng-two-phone",
      });
      await teacher.send("/guided");
      await teacher.send("4B");
      expect(teacher.lastText).toBe(`${otherClassNotAStudent("4B")}\n${ASK}`);
    } finally {
      await world.close();
    }
  });
});
