import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AlertService } from "../../src/alerts/alert-service.js";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { MINUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";
import { mockStore, QUICK_DELIVERY, RecordingSink } from "./alert-fakes.js";

/**
 * The admins' alerts through a real AlertService (with its 15-minute de-duplication): a repeat is held back
 * only when it is the same event as the admin sees it, never a new one that looks alike.
 */
describe("alerts that look alike but are new events", () => {
  let world: TestWorld;
  let alerts: AlertService;
  let clock: ReturnType<typeof useSchoolClock>;
  const sink = new RecordingSink();
  const store = mockStore();

  beforeEach(async () => {
    clock = useSchoolClock();
    sink.sent.length = 0;
    // Room for two suspensions from one chat before the chat itself is paused.
    world = await TestWorld.create({ CHAT_MAX_FAILURES: "20", CHAT_MAX_ANSWER_CHECKS: "100" }, undefined, {
      alerts: { raise: (alert) => alerts.raise(alert) },
    });
    alerts = new AlertService({
      store,
      logger: world.logs.logger,
      sinks: [sink],
      dedupeMs: 15 * MINUTE,
      delivery: QUICK_DELIVERY,
    });
  });
  afterEach(async () => {
    await alerts.close();
    await world.close();
    vi.useRealTimers();
  });
  afterAll(() => store.close());

  it("a suspension after a teacher's unlock is alerted again, within the window", async () => {
    const kid = world.chat("wei-ling-phone");
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    for (let i = 0; i < 5; i++) await kid.answerReset(WEI_LING.id, () => "Wrong guess");
    await alerts.flush();
    expect(sink.sent.filter((text) => text.includes("suspended for S1001"))).toHaveLength(1);

    clock.advance(5 * MINUTE);
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain("Done!");
    clock.advance(5 * MINUTE);
    for (let i = 0; i < 5; i++) await kid.answerReset(WEI_LING.id, () => "Wrong guess");
    expect(await world.suspendedUntil(WEI_LING.id)).not.toBeNull();
    await alerts.flush();
    expect(sink.sent.filter((text) => text.includes("suspended for S1001"))).toHaveLength(2);
  });

  it("a set-up pause that comes back after a lift is alerted again, and every lift is sent", async () => {
    const teacher = world.chat("mrs-ng-phone");
    const admin = world.chat("priya-phone");
    await linkStaff(teacher, MRS_NG);
    await linkStaff(admin, PRIYA);
    let chats = 0;
    const pause = async () => {
      for (let i = 0; i < 3; i++) {
        const guesser = world.chat(`guesser-${chats++}`);
        await guesser.send("/setup");
        await guesser.send("S1002");
        await guesser.send(`Wrong-${chats}`);
      }
    };
    await pause();
    await teacher.send("/unlock S1002");
    clock.advance(MINUTE);
    await pause();
    await admin.send("/unlock S1002");
    clock.advance(MINUTE);
    await pause();
    await admin.send("/unlock S1002");
    // A set-up pause's alert is raised after the reply (its link-holder read must not slow a real ID's).
    await world.engine.settled();
    await alerts.flush();
    expect(sink.sent.filter((text) => text.includes("Set-up for S1002 is paused"))).toHaveLength(3);
    expect(sink.sent.filter((text) => text.includes("to lift the set-up pause of S1002"))).toEqual([
      expect.stringContaining("A teacher (T2001) used /unlock"),
      expect.stringContaining("An admin (A3001) used /unlock"),
      expect.stringContaining("An admin (A3001) used /unlock"),
    ]);
  });

  it("a relink back to the first chat is alerted too: it is a move between other chats", async () => {
    const first = world.chat("111");
    const second = world.chat("121");
    await first.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await second.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    clock.advance(MINUTE);
    await first.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await alerts.flush();
    expect(sink.sent.filter((text) => text.includes("changed (from"))).toEqual([
      expect.stringContaining("(from telegram:111 to telegram:121)"),
      expect.stringContaining("(from telegram:121 to telegram:111)"),
    ]);
  });
});
