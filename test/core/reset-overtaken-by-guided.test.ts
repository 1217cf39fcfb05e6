import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_QUESTIONS } from "../../src/core/questions/question-list.js";
import {
  reachNewPasswordChoice,
  WEI_LING,
  WEI_LING_ANSWERS,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { guidedCodeSent, linkStaff, noticesTo, teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/*
 * Wei Ling starts /reset on her phone; meanwhile her teacher, asked for help, does a guided reset with a
 * code to the same phone, and the new password arrives there. When Wei Ling's own reset then finishes, the
 * teacher's password must stand, and her reset is no failure: before, right answers on the changed account
 * failed as wrong ones ("An answer may be different", counted towards her suspension, audited and metered
 * as a failed reset), or, once verified, she heard "Nothing was changed. Type /reset to start again", which
 * would have changed the teacher's password.
 */
const TOLD =
  "While we were talking, Mrs Ng Mei Hua made you a new password, so I stopped here. Use the new password from Mrs Ng Mei Hua: I sent it to this chat. If you cannot find it, ask Mrs Ng Mei Hua again.";

describe("a child's own reset overtaken by her teacher's guided reset", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = world.chat("wei-ling-phone");
  });

  /** The teacher's guided reset by a code to Wei Ling's phone: the password it sent there. */
  async function guidedByCode(): Promise<string> {
    const code = await guidedCodeSent(world, teacher, kid);
    await teacher.send(code);
    expect(teacher.lastText).toContain("new password was sent to their own chat");
    return String(noticesTo(world, kid).at(-1)?.reply.text.params?.password);
  }

  const herEvents = async () =>
    (await world.deps.store.recentAudit(100)).filter((e) => e.subject === WEI_LING.id);

  it("while she answers: told to use the teacher's password, not counted, audited as overtaken", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/reset");
    await kid.send(weiLingAnswerFor(askedQuestion(kid)));
    await kid.send(weiLingAnswerFor(askedQuestion(kid)));
    const password = await guidedByCode();
    await kid.send(weiLingAnswerFor(askedQuestion(kid)));

    expect(kid.lastText).toBe(TOLD);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
    const events = await herEvents();
    expect(events.filter((e) => e.event === "reset" && e.outcome === "failed")).toEqual([]);
    expect(events[0]).toMatchObject({
      event: "reset-interrupted",
      outcome: "info",
      reason: "guided",
    });
    // Not a failed try: four more wrong rounds do not suspend her (five would).
    for (let i = 0; i < 4; i++) {
      await kid.send("/reset");
      for (let q = 0; q < 3; q++) await kid.send("wrong guess");
    }
    await kid.send("/reset");
    expect(kid.lastText).not.toContain("paused");
    expect(kid.lastText).toContain("Hi Tan Wei Ling!");
  });

  it("once verified: told the same, the teacher's password stands, and no /reset is suggested", async () => {
    await reachNewPasswordChoice(kid);
    const password = await guidedByCode();
    await kid.press("Make one for me");

    expect(kid.lastText).toBe(TOLD);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
    expect((await herEvents())[0]).toMatchObject({
      event: "reset-interrupted",
      outcome: "info",
      reason: "guided",
    });
  });

  it("/audit shows the admin what happened in words", async () => {
    await reachNewPasswordChoice(kid);
    await guidedByCode();
    await kid.press("Make one for me");
    const admin = world.chat("priya-phone");
    await linkStaff(admin, { id: "A3001", password: "Admin-Desk-2026" });
    await admin.send("/audit S1001");
    expect(admin.lastText).toMatch(
      /interrupted reset: .* – a teacher's or admin's guided reset gave a new password meanwhile/,
    );
  });
});

/** The question the kid's chat was asked last, in English. */
function askedQuestion(kid: TestChat): string {
  const asked = DEFAULT_QUESTIONS.find((q) => kid.lastText.includes(q.text.en ?? "\u0000"));
  if (asked === undefined) throw new Error(`no question asked: ${kid.lastText}`);
  return asked.text.en ?? "";
}
