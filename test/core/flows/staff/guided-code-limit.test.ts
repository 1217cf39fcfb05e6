import { afterEach, describe, expect, it, vi } from "vitest";
import type { NotifierRegistry } from "../../../../src/bots/notifier-registry.js";
import { Limits } from "../../../../src/core/limits/limits.js";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { MINUTE, useSchoolClock } from "../../../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG, noticesTo, PRIYA } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

/**
 * Each "Send a code" puts a code in the child's chat and an event in their protected audit trail (and, when
 * stopped, a notice and another event): at most GUIDED_MAX_CODES_PER_HOUR (3) codes go to one student in
 * an hour, whoever sends them, so that /guided, "Send a code", /cancel again and again cannot flood the
 * child's chat, and pushing their own events out of the 20-event trail takes hours, not minutes.
 */
describe("guided codes sent to one student: at most a few an hour", () => {
  let world: TestWorld;
  let kid: TestChat;
  let clock: ReturnType<typeof useSchoolClock>;

  async function school(env: Record<string, string> = {}) {
    clock = useSchoolClock();
    // The clock moves past STAFF_PASSWORD_AGAIN_MINUTES here, and the teacher's password asked again is not
    // this file's subject (security-staff-password-again.test.ts): off.
    world = await TestWorld.create({ STAFF_PASSWORD_AGAIN_MINUTES: "0", ...env });
    kid = await weiLingSetUpOnOwnPhone(world);
  }
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const codesTo = (chat: TestChat) =>
    noticesTo(world, chat).filter((n) => n.reply.text.params?.code !== undefined).length;

  /** /guided, "Send a code", and (when it went out) /cancel: one code sent and stopped. */
  async function codeAndCancel(staff: TestChat): Promise<void> {
    await staff.send("/guided S1001");
    // With the hour's codes used up, the route is not offered (guided-codes-cap-offered.test.ts).
    if (!staff.buttons.includes("Send a code to their chat")) return;
    await staff.press("Send a code");
    if (staff.lastText.includes("I sent a 6-digit code")) await staff.send("/cancel");
  }

  it("a fourth code within the hour is not sent: she is told when the next can go, and that an in-person check works", async () => {
    await school();
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    for (let i = 0; i < 3; i++) {
      await codeAndCancel(teacher);
      clock.advance(10 * MINUTE);
    }
    expect(codesTo(kid)).toBe(3);
    await teacher.send("/guided S1001");
    // The first code left the window 60 minutes after it was sent: 30 minutes from now.
    expect(teacher.last.replies.map((r) => r.text.key)).toEqual(["guided.chooseRouteCodesUsedUp"]);
    expect(teacher.lastText).toContain("the next one can go in about 30 minutes");
    // No button that can only be refused again: the code route comes back with the next /guided.
    expect(teacher.buttons).toEqual(["They can't use their chat", "Cancel"]);
    expect(codesTo(kid)).toBe(3);
    const events = await world.deps.store.recentAudit(100);
    expect(events.filter((e) => e.event === "code-sent")).toHaveLength(3);

    // The in-person route still works at once.
    await teacher.press("They can't use their chat");
    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toContain("Tan Wei Ling's new password is:");
  });

  it("after the limit was lowered, she is told how many codes the student really had", async () => {
    await school();
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    for (let i = 0; i < 3; i++) await codeAndCancel(teacher);
    // GUIDED_MAX_CODES_PER_HOUR lowered to 2, as a restart with the new setting does.
    const { rules } = world.deps.limits;
    const lowered = { ...rules, "guided-codes": { ...rules["guided-codes"], maxFailures: 2 } };
    world.deps.limits = new Limits(world.deps.store, lowered, world.deps.alerts);
    await teacher.send("/guided S1001");
    expect(teacher.lastText).toContain("Tan Wei Ling has been sent as many codes in the last hour");
    expect(teacher.buttons).not.toContain("Send a code to their chat");
    expect(codesTo(kid)).toBe(3);
  });

  it("after the limit was lowered, the next code can go when she is told, not before", async () => {
    await school();
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    for (let i = 0; i < 3; i++) {
      await codeAndCancel(teacher);
      clock.advance(10 * MINUTE);
    }
    // GUIDED_MAX_CODES_PER_HOUR lowered to 2: of the codes sent 30, 20 and 10 minutes ago, two must leave.
    const { rules } = world.deps.limits;
    const lowered = { ...rules, "guided-codes": { ...rules["guided-codes"], maxFailures: 2 } };
    world.deps.limits = new Limits(world.deps.store, lowered, world.deps.alerts);
    await teacher.send("/guided S1001");
    // The code sent 20 minutes ago leaves the hour in 40 minutes: then only one is left, under the 2.
    expect(teacher.lastText).toContain("the next one can go in about 40 minutes.");

    clock.advance(40 * MINUTE);
    await teacher.send("/cancel");
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    expect(teacher.lastText).toContain("I sent a 6-digit code to Tan Wei Ling's own chat");
    expect(codesTo(kid)).toBe(4);
  });

  it("counts every staff member's codes for the student together, and lets the next one go once the first leaves the hour", async () => {
    await school();
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await codeAndCancel(admin);
    clock.advance(MINUTE);
    await codeAndCancel(teacher);
    await codeAndCancel(teacher);
    await codeAndCancel(admin);
    expect(admin.lastText).toContain("Tan Wei Ling has been sent as many codes in the last hour");
    expect(codesTo(kid)).toBe(3);

    clock.advance(59 * MINUTE);
    await admin.send("/cancel");
    await admin.send("/guided S1001");
    await admin.press("Send a code");
    expect(admin.lastText).toContain("I sent a 6-digit code to Tan Wei Ling's own chat");
    expect(codesTo(kid)).toBe(4);
  });

  it("a code that could not reach the child's chat does not count", async () => {
    await school({ GUIDED_MAX_CODES_PER_HOUR: "1" });
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    const notifier = world.deps.notifier as NotifierRegistry;
    notifier.register("telegram", async () => {
      throw new Error("Forbidden: bot was blocked by the user");
    });
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    expect(teacher.lastText).toContain("I could not reach Tan Wei Ling's chat");
    notifier.register("telegram", async (chatUserId, reply) => {
      world.notices.push({ chat: { channel: "telegram", chatUserId }, reply });
    });
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    expect(teacher.lastText).toContain("I sent a 6-digit code to Tan Wei Ling's own chat");
    await teacher.send("/cancel");
    await teacher.send("/guided S1001");
    expect(teacher.lastText).toContain("Tan Wei Ling has been sent as many codes in the last hour");
  });

  /**
   * The code is counted before it goes out; whatever fails before it reaches the child (the store, the
   * schedule of its expiry check) gives it back, or a failing store would use up the student's codes.
   */
  it.each([
    ["reading the student's chat", "linkedChat"],
    ["scheduling the code's expiry check", "scheduleJob"],
  ] as const)("a code that failed before it went out (%s) does not count", async (_what, method) => {
    await school({ GUIDED_MAX_CODES_PER_HOUR: "1" });
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    await teacher.send("/guided S1001");
    const failing = vi.spyOn(world.deps.store, method).mockRejectedValueOnce(new Error("store is down"));
    try {
      await teacher.press("Send a code");
    } finally {
      failing.mockRestore();
    }
    expect(teacher.lastText).not.toContain("I sent a 6-digit code");
    expect(codesTo(kid)).toBe(0);
    await teacher.send("/cancel");
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    expect(teacher.lastText).toContain("I sent a 6-digit code to Tan Wei Ling's own chat");
    expect(codesTo(kid)).toBe(1);
  });
});
