import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { codeRanOut } from "../../../../src/core/flows/staff/guided-code-end.js";
import { guidedCodeEnds } from "../../../../src/guided-code-ends.js";
import { WEI_LING, WEI_LING_ANSWERS } from "../../../helpers/dialog-helpers.js";
import { MINUTE, useSchoolClock } from "../../../helpers/security-helpers.js";
import { guidedCodeSent, linkStaff, MRS_NG, PRIYA } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

/**
 * "Who sent my child a code?": every one-time code of a guided reset is in the audit, who sent it and to
 * which kind of chat (never the code), and so is how it ended when it was never used: stopped, and why.
 */
describe("the audit of a guided reset's one-time code", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;
  let admin: TestChat;
  let clock: ReturnType<typeof useSchoolClock>;

  beforeEach(async () => {
    clock = useSchoolClock();
    // The clock moves past STAFF_PASSWORD_AGAIN_MINUTES here, and the teacher's password asked again is not
    // this file's subject (security-staff-password-again.test.ts): off.
    world = await TestWorld.create({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    kid = world.chat("wei-ling-phone", "telegram");
    // The teacher on another kind of chat: the audit says where she typed, and where the code went.
    teacher = world.chat("mrs-ng-desk", "console");
    admin = world.chat("priya-phone", "telegram");
    await linkStaff(teacher, MRS_NG);
    await linkStaff(admin, PRIYA);
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const codeSent = (by: TestChat = teacher) => guidedCodeSent(world, by, kid);

  /** The admin's /audit of someone, once the work after the last reply is done. */
  async function auditOf(id: string): Promise<string> {
    await world.engine.settled();
    await admin.send(`/audit ${id}`);
    return admin.lastText;
  }

  const SENT = /UTC {2}guided reset code sent: done \(console, by T2001\) – to the student's telegram chat$/m;
  const stopped = (why: string) =>
    new RegExp(`UTC {2}guided reset code stopped: noted \\(console, by T2001\\) – ${why}$`, "m");

  it("/audit of the student says who sent the code and to which chat, and that /cancel stopped it", async () => {
    const code = await codeSent();
    clock.advance(MINUTE);
    await teacher.send("/cancel");
    const report = await auditOf("S1001");
    expect(report).toMatch(SENT);
    expect(report).toMatch(stopped("stopped with the /cancel command"));
    // Newest first: the stop above the sending.
    expect(report.indexOf("code stopped")).toBeLessThan(report.indexOf("code sent"));
    // Never the code: not in the report, not anywhere in the stored audit.
    expect(report).not.toContain(code);
    const stored = JSON.stringify(await world.deps.store.recentAudit(100));
    expect(stored).not.toContain(code);
  });

  it("/audit of the teacher lists the codes she sent, about whom", async () => {
    await codeSent();
    await teacher.send("stop");
    const report = await auditOf("T2001");
    const by = report.slice(report.indexOf("Recent events by T2001"));
    expect(by).toMatch(
      /UTC {2}guided reset code sent: done \(console, about S1001\) – to the student's telegram chat/,
    );
    // "stop" is /cancel said in words.
    expect(by).toMatch(
      /UTC {2}guided reset code stopped: noted \(console, about S1001\) – stopped with the \/cancel command/,
    );
  });

  it("another command names the command that stopped it", async () => {
    await codeSent();
    await teacher.send("/coverage");
    expect(await auditOf("S1001")).toMatch(stopped("stopped with the /coverage command"));
  });

  it("a code the teacher walked away from: stopped because it ran out, with her as who sent it", async () => {
    await codeSent();
    clock.advance(10 * MINUTE + 1000);
    await guidedCodeEnds(world.deps).runOnce();
    const report = await auditOf("S1001");
    expect(report).toMatch(SENT);
    expect(report).toMatch(stopped("the code ran out before it was used"));
    // She comes back and types it: it was already stopped, and is not stopped twice.
    await teacher.send("123456");
    expect((await auditOf("S1001")).match(/code stopped/g)).toHaveLength(1);
  });

  it("the conversation's time limit stops it, and says so", async () => {
    await teacher.send("/guided S1001");
    clock.advance(14 * MINUTE);
    await teacher.send("/help");
    clock.advance(12 * MINUTE);
    await teacher.press("Send a code");
    clock.advance(5 * MINUTE);
    await teacher.send("123456");
    expect(await auditOf("S1001")).toMatch(stopped("the conversation reached its time limit"));
  });

  it("her account linked to another chat meanwhile: the code typed in the old one stops it, and says why", async () => {
    const code = await codeSent();
    await linkStaff(world.chat("mrs-ng-new-phone", "telegram"), MRS_NG);
    await teacher.send(code);
    expect(teacher.lastText).toContain("Only teachers and admins can use that.");
    expect(await auditOf("S1001")).toMatch(stopped("the sender's chat is no longer a teacher's or admin's"));
  });

  it("a used code, or three wrong ones, end as the guided reset's own event: no stop besides", async () => {
    const code = await codeSent();
    await teacher.send(code);
    const wrong = (await codeSent()) === "000000" ? "111111" : "000000";
    for (let i = 0; i < 3; i++) await teacher.send(wrong);
    const report = await auditOf("S1001");
    expect(report.match(/code sent/g)).toHaveLength(2);
    expect(report).toMatch(/guided reset: done \(console, by T2001\) – one-time code/);
    expect(report).toMatch(/guided reset: failed \(console, by T2001\) – wrong one-time codes/);
    expect(report).not.toContain("code stopped");
  });

  /**
   * During a rolling deploy, a code step an older version saved has no `by`: its stop is still audited,
   * with the chat it was sent from as who (the audit's usual actor when no person is known).
   */
  it("a code step saved by an older version (no sender): its stop is audited with the teacher's chat as who", async () => {
    await codeSent();
    const stored = (await world.deps.store.loadDialog(teacher.ref))!;
    const document = JSON.parse(stored.json) as { state: Record<string, unknown> };
    expect(document.state.by).toBeDefined();
    delete document.state.by;
    const saved = await world.deps.store.saveDialog(
      teacher.ref,
      stored.revision,
      JSON.stringify(document),
      900,
    );
    expect(saved).toBe(true);
    await teacher.send("/cancel");
    expect(await auditOf("S1001")).toMatch(
      /UTC {2}guided reset code stopped: noted \(console, by console:mrs-ng-desk\) – stopped with the \/cancel command$/m,
    );
  });

  it("an expiry job an older version scheduled (no sender): the code's running out is audited, by the job", async () => {
    await codeRanOut(world.deps, { studentId: WEI_LING.id, code: "an-older-code", tries: 0 });
    expect(await auditOf("S1001")).toMatch(
      /UTC {2}guided reset code stopped: noted \(console, by console:guided-code-end\) – the code ran out before it was used$/m,
    );
  });

  it("an admin's code is audited with the admin as who sent it", async () => {
    await codeSent(admin);
    await admin.send("/cancel");
    const report = await auditOf("S1001");
    expect(report).toMatch(
      /guided reset code sent: done \(telegram, by A3001\) – to the student's telegram chat/,
    );
    expect(report).toMatch(
      /guided reset code stopped: noted \(telegram, by A3001\) – stopped with the \/cancel/,
    );
  });
});
