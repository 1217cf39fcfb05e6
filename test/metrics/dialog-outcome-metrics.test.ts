import { afterEach, describe, expect, it, vi } from "vitest";
import { BotMetrics } from "../../src/metrics/bot-metrics.js";
import { DIALOG_ENDS, DIALOG_FLOWS } from "../../src/core/ports/metrics.js";
import { weiLingSetUpOnOwnPhone } from "../helpers/dialog-helpers.js";
import { MINUTE, useSchoolClock, type SchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/*
 * An admin's dashboard reads sspr_dialogs_finished_total{outcome="completed"} as "the dialog did its job" and
 * flow="staff" as "a staff member's password asked again" (docs/operations.md). Mrs Ng's "/guided", "S1002",
 * Cancel, then "/unlock", "S1003" counted two staff dialogs, both completed, and a guided reset completed
 * although she cancelled it: "Which student?" was labelled staff, and an ending with no command (a Cancel
 * button, "stop", a "no") was counted as completed.
 */
describe("sspr_dialogs_*_total count what the operations page says", () => {
  let world: TestWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
    vi.useRealTimers();
  });

  async function metered(): Promise<BotMetrics> {
    return (await meteredOnClock()).metrics;
  }

  async function meteredOnClock(): Promise<{ metrics: BotMetrics; clock: SchoolClock }> {
    const clock = useSchoolClock();
    const metrics = new BotMetrics({ defaultMetrics: false });
    world = await TestWorld.create({}, undefined, { metrics });
    return { metrics, clock };
  }

  async function started(metrics: BotMetrics): Promise<Record<string, number>> {
    const values = (await metrics.dialogsStarted.get()).values;
    return Object.fromEntries(values.map((v) => [String(v.labels.flow), v.value]));
  }

  async function finished(metrics: BotMetrics): Promise<Record<string, number>> {
    const values = (await metrics.dialogsFinished.get()).values;
    return Object.fromEntries(values.map((v) => [`${v.labels.flow} ${v.labels.outcome}`, v.value]));
  }

  it("'Which student?' is the command's dialog, not staff; Cancel there is cancelled", async () => {
    const metrics = await metered();
    const ng = await linkedOnOwnPhone(world!, MRS_NG);
    const afterLink = { started: await started(metrics), finished: await finished(metrics) };
    await ng.send("/guided");
    await ng.send("S1002");
    await ng.press("Cancel");
    await ng.send("/unlock");
    await ng.send("S1003");
    const startedNow = await started(metrics);
    const finishedNow = await finished(metrics);
    expect(startedNow.staff ?? 0).toBe(afterLink.started.staff ?? 0);
    expect(startedNow.guided).toBe(1);
    expect(startedNow.unlock).toBe(1);
    expect(finishedNow["guided cancelled"]).toBe(1);
    expect(finishedNow["guided completed"] ?? 0).toBe(0);
    expect(finishedNow["unlock completed"]).toBe(1);
    expect(finishedNow["staff completed"] ?? 0).toBe(afterLink.finished["staff completed"] ?? 0);
  });

  it("a 'no' at a teacher's confirmation is cancelled", async () => {
    const metrics = await metered();
    const ng = await linkedOnOwnPhone(world!, MRS_NG);
    await ng.send("/guided S1002");
    await ng.press("I checked them in person");
    await ng.send("no");
    const finishedNow = await finished(metrics);
    expect(finishedNow["guided cancelled"]).toBe(1);
    expect(finishedNow["guided completed"] ?? 0).toBe(0);
  });

  it("'stop' typed is cancelled, as /cancel is", async () => {
    const metrics = await metered();
    const kid = world!.chat("kid-stop");
    await kid.send("/setup");
    await kid.send("stop");
    expect(await finished(metrics)).toEqual({ "setup cancelled": 1 });
  });

  it("/logout answered 'No, keep it' is cancelled; a set-up whose practice was declined is completed", async () => {
    const metrics = await metered();
    const kid = await weiLingSetUpOnOwnPhone(world!, "declined");
    await kid.send("/logout");
    await kid.press("No, keep it");
    expect(await finished(metrics)).toEqual({ "setup completed": 1, "logout cancelled": 1 });
  });

  it("a staff dialog the bot stops because her password is due again is cancelled, not completed", async () => {
    const { metrics, clock } = await meteredOnClock();
    const ng = await linkedOnOwnPhone(world!, MRS_NG);
    clock.advance(10 * MINUTE);
    await ng.send("/guided");
    // Her password was typed 16 minutes ago (STAFF_PASSWORD_AGAIN_MINUTES is 15): the bot stops here.
    clock.advance(6 * MINUTE);
    await ng.send("S1002");
    expect(ng.lastText).toContain("password");
    const finishedNow = await finished(metrics);
    expect(finishedNow["guided cancelled"]).toBe(1);
    expect(finishedNow["guided completed"] ?? 0).toBe(0);
  });

  it("every flow and outcome counted is one of the fixed few the page names", async () => {
    const metrics = await metered();
    const priya = await linkedOnOwnPhone(world!, PRIYA);
    for (const line of ["/audit", "S1001", "/unlock", "T2001", "/clearanswers", "S1002", "/coverage", "4A"])
      await priya.send(line);
    const ng = await linkedOnOwnPhone(world!, MRS_NG);
    for (const line of ["/guided", "stop"]) await ng.send(line);
    const flows = Object.keys(await started(metrics));
    expect(flows).toEqual(expect.arrayContaining(["audit", "unlock", "clear", "coverage", "guided"]));
    for (const flow of flows) expect(DIALOG_FLOWS).toContain(flow);
    for (const key of Object.keys(await finished(metrics))) {
      const [flow, outcome] = key.split(" ");
      expect([...DIALOG_FLOWS, "unknown"]).toContain(flow);
      expect(DIALOG_ENDS).toContain(outcome);
    }
  });
});
