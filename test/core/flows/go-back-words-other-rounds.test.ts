import { afterEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../../src/core/flows/practice-reminder-flow.js";
import {
  openStep,
  WEI_LING,
  WEI_LING_ANSWERS,
  weiLingAnswerFor,
  weiLingSetUpOnOwnPhone,
} from "../../helpers/dialog-helpers.js";
import { countArgon2, DAY, worldOnSchoolClock } from "../../helpers/security-helpers.js";
import { teacherOnOwnPhone } from "../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../helpers/test-world.js";
import { logOut } from "../../helpers/logout.js";

const NO_BACK = "You can't go back to an earlier question. Type your answer to the question below.";

/** Words for "go back" that set-up refuses as answers ("back" is also a command word). */
const GO_BACK_WORDS = ["back", "go back", "Go back!", "上一步", "返回上一步", "kembali", "பின்"];

/*
 * A student's reset tells "go back", 上一步, 返回上一步 kindly that there is no going back, and checks and counts
 * nothing. On her teacher's device (a guided reset's questions) and in the practice rounds (after set-up, and
 * the reminder later in the term) the same words got "There is no step to go back to here", "You can't skip
 * a question", "If you can't remember..." or the practice's help: none said she cannot go back, nor that she
 * should answer the question below. Now every round that asks her saved answers says it the reset's way.
 */
describe("words for 'go back' in the other rounds of her questions", () => {
  let world: TestWorld;
  let argon: ReturnType<typeof countArgon2>;
  afterEach(async () => {
    argon.restore();
    await world.close();
  });

  /** Each word at each question: told there is no going back, the same question again, nothing checked. */
  async function expectNoGoingBackAtEveryQuestion(chat: TestChat, step: string, question: RegExp) {
    for (let index = 0; index < 3; index++) {
      for (const word of GO_BACK_WORDS) {
        await chat.send(word);
        expect(chat.lastText).toContain(NO_BACK);
        expect(chat.lastText).toContain("To stop, type /cancel.");
        expect(chat.lastText).not.toContain("start again");
        expect(chat.lastText).toMatch(question);
        expect(await openStep(world, chat)).toBe(step);
      }
      expect(argon.verifications).toBe(index);
      await chat.send(weiLingAnswerFor(chat.lastText));
    }
    expect(argon.verifications).toBe(3);
  }

  it("at a guided reset's questions on the teacher's device: no going back, nothing counted, her reset goes on", async () => {
    let teacher: TestChat;
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    await logOut(await weiLingSetUpOnOwnPhone(world, "declined"));
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    argon = countArgon2();
    await expectNoGoingBackAtEveryQuestion(teacher, "guided.answer", /Question \d of 3 for Tan Wei Ling/);
    const password = String(teacher.last.replies[0]?.text.params?.password);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
  });

  it("in the practice round after set-up: no going back, and her right answers all match", async () => {
    ({ world } = await worldOnSchoolClock());
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    argon = countArgon2();
    await expectNoGoingBackAtEveryQuestion(kid, "setup.practice", /Practice, question \d of 3/);
    expect(kid.lastText).toContain("All 3 answers match.");
  });

  it("at a practice reminder's check: no going back, nothing counted, and she still remembers", async () => {
    let clock;
    ({ world, clock } = await worldOnSchoolClock());
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    clock.advance(120 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    argon = countArgon2();
    await expectNoGoingBackAtEveryQuestion(kid, "practice.remind", /Practice, question \d of 3/);
    expect(kid.lastText).toContain("You still remember your answers.");
    const attempts = await world.deps.store.attemptCountsOf(WEI_LING.id);
    expect(attempts.filter((a) => a.outcome === "failed")).toEqual([]);
  });

  it("says so in every language", async () => {
    ({ world } = await worldOnSchoolClock());
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    argon = countArgon2();
    await kid.send("上一步", { locale: "zh" });
    expect(kid.lastText).toContain("不能回到前面的问题");
    await kid.send("kembali", { locale: "ms" });
    expect(kid.lastText).toContain("Kamu tidak boleh kembali ke soalan sebelum ini");
    await kid.send("பின்", { locale: "ta" });
    expect(kid.lastText).toContain("முந்தைய கேள்விக்குத் திரும்பிப் போக முடியாது");
    expect(argon.verifications).toBe(0);
  });
});
