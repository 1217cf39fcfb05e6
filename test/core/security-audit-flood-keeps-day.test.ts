import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { exportAudit } from "../../src/core/audit-file.js";
import { alreadySetUp, DEMO_PASSWORDS, TYPED_ID_ROUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/**
 * A day's share of the school-wide audit stream is AUDIT_MAX_EVENTS / AUDIT_RETENTION_DAYS: 1800 / 30 = 60
 * here. One chat may add at most AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR attempts an hour, but chat accounts are
 * cheap: before, many chats' attempts, each within its rate, filled the day's share, and every further one
 * pushed out the day's oldest event (XADD MAXLEN), the attacker's own early tries at a classmate's password
 * and the day's resets among them.
 */
const SMALL_RECORD = { ...TYPED_ID_ROUTE, AUDIT_MAX_EVENTS: "1800", AUDIT_RETENTION_DAYS: "30" } as const;
const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Rice" };
const answerFor = (question: string) =>
  question.includes("animal") ? "Tiger" : question.includes("colour") ? "Purple" : "Rice";

describe("an attempt flood from many chats cannot erase the day's audit record", () => {
  let world: TestWorld;
  beforeEach(async () => {
    // One school day's clock (the record is per UTC day): the test never runs across midnight.
    useSchoolClock();
    world = await TestWorld.create(SMALL_RECORD);
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  /** Each of `chats` chats types a made-up id and a wrong password at /setup twice: within its hourly rate. */
  async function flood(chats: number, from = 0) {
    for (let i = from; i < from + chats; i++) {
      const chat = world.chat(`flood-${i}`);
      for (let round = 0; round < 2; round++) {
        await chat.send("/setup");
        await chat.send(`Q${9000 + i * 2 + round}`);
        await chat.send("Not-The-Password-1");
      }
    }
  }

  const today = () => world.deps.store.auditSince(Date.now() - 3_600_000, 10_000);

  it("keeps the day's first events, lists the protected events after the flood, and counts what it left out", async () => {
    const weiLing = world.chat("wei-ling");
    await alreadySetUp(world, weiLing, "S1001", ANSWERS);
    const ali = world.chat("ali");
    await ali.send("/setup");
    await ali.send("S1003");
    await ali.send(DEMO_PASSWORDS.S1003);
    await ali.send("/cancel");
    // The attacker's early try at a classmate's password, and a reset of the day, before the flood.
    const sneak = world.chat("sneak");
    await sneak.send("/setup");
    await sneak.send("S1002");
    await sneak.send("Guess-My-Friend-1");
    await weiLing.answerReset("S1001", answerFor);
    expect(weiLing.lastText).toContain("all 3 answers are right");
    await weiLing.press("Make one for me");
    const early = await today();
    expect(early).toContainEqual(
      expect.objectContaining({
        event: "link",
        outcome: "failed",
        subject: "S1002",
        actor: "telegram:sneak",
      }),
    );
    expect(early).toContainEqual(
      expect.objectContaining({ event: "reset", outcome: "ok", subject: "S1001" }),
    );

    await flood(30);
    const afterFlood = await today();
    // Nothing the day held is gone.
    for (const event of early) expect(afterFlood).toContainEqual(event);
    // The attempts stop at 90% of the day's share (54 of 60): the rest is kept for what must reach it.
    expect(afterFlood).toHaveLength(54);
    expect(afterFlood.length).toBeGreaterThan(early.length);
    expect(world.alerts.ofKind("audit-full")).toHaveLength(1);

    // After the flood: a link moved to another chat, a teacher's unlock and a reset still reach the stream.
    const phone = world.chat("ali-new-phone");
    await phone.send("/setup");
    await phone.send("S1003");
    await phone.send(DEMO_PASSWORDS.S1003);
    expect(phone.lastText).toContain("This chat is now linked");
    await phone.send("/cancel");
    const teacher = world.chat("mrs-ng");
    await world.failStudent("S1002", 5);
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/unlock S1002");
    await weiLing.answerReset("S1001", answerFor);
    await weiLing.press("Make one for me");
    const later = await today();
    for (const event of early) expect(later).toContainEqual(event);
    expect(later).toContainEqual(
      expect.objectContaining({ event: "relink", subject: "S1003", actor: "telegram:ali-new-phone" }),
    );
    expect(later).toContainEqual(
      expect.objectContaining({ event: "unlock", outcome: "ok", subject: "S1002" }),
    );
    expect(later.filter((e) => e.event === "reset" && e.outcome === "ok")).toHaveLength(2);

    // The admins are told once what happened and what to do.
    const [alert] = world.alerts.ofKind("audit-full");
    expect(formatAlert(alert!, Date.now())).toContain(
      "reached 90% of its share of AUDIT_MAX_EVENTS. Until that day ends, more attempts",
    );
    expect(formatAlert(alert!, Date.now())).toContain("nothing already recorded is pushed out");

    // The export lists the day as it was, and says how many attempts were only counted, from when. Ali's
    // link from the new phone is a link a chat may repeat (only counted); Mrs Ng's first link ever is listed.
    const file = await exportAudit(world.deps.store, {
      since: Date.now() - 3_600_000,
      limit: 10_000,
      format: "csv",
    });
    expect(file).toContain(
      `\n2026-03-02T08:00:00.000Z,not-listed,info,-,-,-,"link failed × ${early.length + 60 - 54}, link ok × 1: counted, not listed, as the day's share of AUDIT_MAX_EVENTS was full"\n`,
    );
    const admin = world.chat("priya");
    await linkStaff(admin, PRIYA);
    await admin.send("/export");
    expect(admin.lastText).toMatch(
      /\d+ more events were only counted, not listed, because on 1 day the record was full:/,
    );
    expect(admin.last.replies[0]?.file?.content).toContain(",not-listed,");
    // A chat's record says its attempts of that day may be among those not listed.
    await admin.send("/audit telegram:flood-29");
    expect(admin.lastText).toContain("The record of 2026-03-02 was full: some attempts of those days");
  });
});
