import { beforeEach, describe, expect, it } from "vitest";
import { textsOf, weiLingAnswerFor, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { noticesTo, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";
import { logOut } from "../../../helpers/logout.js";

const MINUTE = 60_000;
const DELETED = "I deleted that message. It may have been your password or a secret answer.";
const MENU = "What would you like to do?";

/**
 * A guided reset's questions, answered by the child on her teacher's phone, that end at a question (wrong
 * answers, a pause, a time-out, a command between two answers) leave the same few minutes as her own reset:
 * answers she typed on, or that the phone sent queued, are deleted from the teacher's chat, where the next
 * child in the queue would read them. The window is opened by what any dialog that ends at a secret prompt
 * leaves (dialog-engine's secretEndMarker, the "9x" time-out markers), so guided resets share it.
 */
describe("answers typed on after a guided reset's questions ended on the teacher's phone", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let clock: { advance(ms: number): void };

  beforeEach(async () => {
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await logOut(kid);
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    expect(teacher.lastText).toContain("Question 1 of 3 for Tan Wei Ling");
  });

  async function allDeleted(...words: string[]) {
    for (const text of words) {
      const sent = await teacher.send(text);
      expect(sent.deleteInbound, text).toBe(true);
      expect(textsOf(sent)[0], text).toBe(DELETED);
      expect(teacher.lastText, text).toContain(MENU);
    }
  }

  it("after wrong answers: the next words are deleted, a command still works, and later words stay", async () => {
    for (const answer of ["Lion", "Blue", "Pizza"]) await teacher.send(answer);
    expect(teacher.lastText).toContain("Those answers did not match");
    await allDeleted("Purple", "Chicken rice", "/tiger 2015");
    const coverage = await teacher.send("/coverage");
    expect(coverage.deleteInbound).toBe(false);
    expect(teacher.lastText).toContain("Class 4A");
    clock.advance(4 * MINUTE);
    const later = await teacher.send("Purple");
    expect(later.deleteInbound).toBe(false);
  });

  it("after a time-out at a question: the words after the notice are deleted too", async () => {
    clock.advance(16 * MINUTE);
    const first = await teacher.send("Tiger");
    expect(first.deleteInbound).toBe(true);
    expect(textsOf(first).join("\n")).toContain("We stopped because you were away for a while");
    await allDeleted("Purple", "Chicken rice");
  });

  it("after a command between two answers: the answers typed on are deleted", async () => {
    await teacher.send("Tiger");
    await teacher.send("/start");
    expect(teacher.lastText).toContain("The guided reset for Tan Wei Ling has stopped");
    await allDeleted("Purple", "Chicken rice");
  });
});

/**
 * Her own reset, open in her own chat while her teacher's guided reset sent her a new password there, ends at
 * her last answer ("…gave you a new password while we…"): what she typed on after it is deleted as well.
 */
describe("answers typed on after a guided reset overtook her own reset in her chat", () => {
  it("are deleted, with the menu", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await kid.send("/reset");
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    const code = String(noticesTo(world, kid).at(-1)?.reply.text.params?.code);
    await teacher.send(code);
    expect(teacher.lastText).toContain("new password was sent to their own chat");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("Mrs Ng Mei Hua");
    for (const text of ["Purple", "Chicken rice"]) {
      const sent = await kid.send(text);
      expect(sent.deleteInbound, text).toBe(true);
      expect(textsOf(sent)[0], text).toBe(DELETED);
    }
  });
});
