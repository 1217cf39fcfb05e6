import { beforeEach, describe, expect, it } from "vitest";
import { weiLingAnswerFor, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { logOut } from "../../../helpers/logout.js";
import { teacherOnOwnPhone, type StaffOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/*
 * A guided reset shows the new password once on the teacher's phone (after an in-person check, or after the
 * child answered her questions there). A teacher copies it into the chat to read it out to the child in
 * groups, typing spaces for the dashes ("Mango Tiger Cloud 47"): with spaces it does not look like a
 * password. After the questions route, whose last answer the dialog ended on, it stayed in the chat history.
 */
describe("a guided reset's password typed back on the teacher's phone", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let clock: StaffOnOwnPhone["clock"];

  beforeEach(async () => {
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  function shownPassword(): string {
    const shown = teacher.last.replies.find((r) => r.protect !== undefined);
    const password = String(shown?.text.params?.password);
    expect(password).toMatch(/^[A-Za-z]+-[A-Za-z]+-[A-Za-z]+-\d+$/);
    return password;
  }

  async function inPerson(): Promise<string> {
    await teacher.send("/guided S1002");
    await teacher.press("I checked them in person");
    await teacher.press("Yes, I checked");
    return shownPassword();
  }

  /** Wei Ling answers her questions on the teacher's phone: the password shown, and her last answer typed. */
  async function byQuestionsWithLastAnswer(): Promise<{ password: string; lastAnswer: string }> {
    const kid = await weiLingSetUpOnOwnPhone(world);
    await logOut(kid);
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    for (let i = 0; i < 2; i++) await teacher.send(weiLingAnswerFor(teacher.lastText));
    const lastAnswer = weiLingAnswerFor(teacher.lastText);
    await teacher.send(lastAnswer);
    return { password: shownPassword(), lastAnswer };
  }

  const byQuestions = async () => (await byQuestionsWithLastAnswer()).password;

  const inGroups = (password: string) => {
    const [a, b, c, n] = password.toLowerCase().split("-");
    return `${a}${b} ${c} ${n}`;
  };

  for (const [route, reach] of [
    ["an in-person check", inPerson],
    ["the questions answered on her phone", byQuestions],
  ] as const) {
    describe(`after ${route}`, () => {
      it("with spaces for the dashes: deleted", async () => {
        const password = await reach();
        const typed = await teacher.send(password.replaceAll("-", " "));
        expect(typed.deleteInbound).toBe(true);
      });

      it("in small letters, in groups: deleted", async () => {
        const password = await reach();
        const typed = await teacher.send(inGroups(password));
        expect(typed.deleteInbound).toBe(true);
      });

      it("other words are not deleted", async () => {
        await reach();
        const typed = await teacher.send("thanks");
        expect(typed.deleteInbound).toBe(false);
      });
    });
  }

  it("after the questions route, the last answer sent again is still deleted", async () => {
    const { lastAnswer } = await byQuestionsWithLastAnswer();
    const again = await teacher.send(lastAnswer);
    expect(again.deleteInbound).toBe(true);
  });

  it("after the questions route, the last answer is compared for 2 minutes only", async () => {
    const { lastAnswer } = await byQuestionsWithLastAnswer();
    clock.advance(3 * 60_000);
    expect((await teacher.send(lastAnswer)).deleteInbound).toBe(false);
  });

  it("after the questions route, the password retyped is deleted while it is shown (5 minutes)", async () => {
    const password = await byQuestions();
    clock.advance(4 * 60_000);
    expect((await teacher.send(password.replaceAll("-", " "))).deleteInbound).toBe(true);
  });
});
