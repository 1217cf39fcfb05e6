import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sendDueReminders } from "../../../src/core/flows/practice-reminder-flow.js";
import { WEI_LING } from "../../helpers/dialog-helpers.js";
import { countArgon2, DAY, DEMO_PASSWORDS, useSchoolClock } from "../../helpers/security-helpers.js";
import { linkStaff, MRS_NG, noticeText } from "../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const ANSWERS = ["Tiger", "Purple", "Chicken rice"] as [string, string, string];
const answerFor = (text: string) =>
  text.includes("animal") ? "Tiger" : text.includes("colour") ? "Purple" : "Chicken rice";

describe("the practice reminder later in the term", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;
  let kid: TestChat;

  beforeEach(async () => {
    clock = useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
    await kid.setUp(WEI_LING.id, WEI_LING.password, ANSWERS);
    await kid.press("No thanks");
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  it("comes once per term on the linked chat, and says only 'all right'", async () => {
    clock.advance(119 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(0);
    clock.advance(DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
    // Once a day at most, whichever replica looks first; and not the next day.
    expect(await sendDueReminders(world.deps)).toBe(0);
    clock.advance(DAY);
    expect(await sendDueReminders(world.deps)).toBe(0);
    clock.advance(-DAY);
    const notice = world.notices.at(-1)!;
    expect(notice.chat).toEqual(kid.ref);
    expect(noticeText(notice)).toContain("Do you still remember your secret answers?");

    await kid.deliver({ choice: notice.reply.choices![0]!.id });
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();

    clock.advance(120 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
  });

  it("on a family phone asks which child is checking, and never offers a teacher linked there", async () => {
    const sister = { id: "S1002", password: DEMO_PASSWORDS.S1002 };
    await kid.setUp(sister.id, sister.password, ["Rabbit", "Orange", "Dumplings"]);
    await kid.press("No thanks");
    await linkStaff(kid, MRS_NG);
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    expect(kid.lastText).toBe("Which of you is checking their answers?");
    expect(kid.buttons).toEqual(["Tan Wei Ling", "Aisha Binte Rahman"]);
    await kid.press("Tan Wei Ling");
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
  });

  it("with one child and a teacher on the phone, goes straight to the child's check", async () => {
    await linkStaff(kid, MRS_NG);
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    expect(kid.buttons).toEqual([]);
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
  });

  it("counts like a reset: its checks are charged to the chat, and a miss counts as a failed reset", async () => {
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    const argon = countArgon2();
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    for (let i = 0; i < 3; i++) await kid.send("a wrong guess");
    expect(kid.lastText).toContain("Not all right.");
    expect(kid.lastText).toContain("/setup");
    expect(argon.verifications).toBe(3);
    argon.restore();
    const trail = await world.deps.store.attemptCountsOf(WEI_LING.id);
    expect(trail).toEqual([expect.objectContaining({ event: "reset", outcome: "failed", count: 1 })]);
  });

  it("is not sent once the chat is unlinked, nor when reminders are off", async () => {
    await kid.send("/logout");
    clock.advance(121 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(0);

    const off = await TestWorld.create({ PRACTICE_REMINDER_DAYS: "0" });
    const other = off.chat("other");
    await other.setUp(WEI_LING.id, WEI_LING.password, ANSWERS);
    clock.advance(365 * DAY);
    expect(await sendDueReminders(off.deps)).toBe(0);
    await off.close();
  });
});
