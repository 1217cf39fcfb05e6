import { beforeEach, describe, expect, it } from "vitest";
import { weiLingAnswerFor, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";
import { logOut } from "../../../helpers/logout.js";

const STOPPED =
  "The guided reset for Tan Wei Ling has stopped, and nothing was changed. If Tan Wei Ling still needs a new password, start again with /guided.";

/**
 * A student answering her questions on her teacher's phone (no linked chat of her own): a command typed there
 * (the teacher's /coverage between two answers, or the child's own /reset) ends the round. The teacher is told
 * so in the same reply, as she is when a command stops a code she sent, and not left to find the next answer
 * typed into a chat that no longer asks for one.
 */
describe("a guided reset's questions stopped by a command", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await logOut(kid);
  });

  async function firstAnswerTyped() {
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    await teacher.send(weiLingAnswerFor(teacher.lastText));
    expect(teacher.lastText).toContain("Question 2 of 3 for Tan Wei Ling");
  }

  it.each([
    ["/coverage", "Class 4A: 3 students"],
    ["/reset", "Teacher and admin accounts can't use secret questions."],
    ["/start", "Hello! What would you like to do?"],
    ["/setup", "Type your user ID."],
  ])("%s says first that the guided reset stopped, then answers the command", async (command, answer) => {
    await firstAnswerTyped();
    await teacher.send(command);
    expect(teacher.lastText.startsWith(`${STOPPED}\n`)).toBe(true);
    expect(teacher.lastText).toContain(answer);
  });

  it("/cancel keeps its own words, which say it", async () => {
    await firstAnswerTyped();
    await teacher.send("/cancel");
    expect(teacher.lastText).toBe(
      "Okay, we stopped. Nothing was changed. Type /start when you want to begin again.",
    );
  });

  it("/help and /language leave the round where it was", async () => {
    await firstAnswerTyped();
    await teacher.send("/help");
    expect(teacher.lastText).not.toContain("has stopped");
    expect(teacher.lastText).toContain("Question 2 of 3 for Tan Wei Ling");
  });

  it("says so in every language, naming the student", async () => {
    for (const language of ["中文", "Bahasa Melayu", "தமிழ்"]) {
      await teacher.send("/language");
      await teacher.press(language);
      await teacher.send("/guided S1001");
      const answerHere = teacher.last.replies.flatMap((r) => r.choices ?? [])[0];
      await teacher.deliver({ choice: answerHere!.id });
      await teacher.send("Tiger");
      await teacher.send("/start");
      const [first] = teacher.lastText.split("\n");
      expect(first).toContain("Tan Wei Ling");
      expect(first).toContain("/guided");
      expect(first).not.toContain("has stopped");
    }
  });
});
