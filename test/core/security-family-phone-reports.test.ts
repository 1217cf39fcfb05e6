import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import type { Outcome } from "../../src/core/messages.js";

/**
 * A teacher (or admin) on a phone shared with her child: her reports hold other children's names, set-up
 * and records. They must not stay in the chat's history for the child to scroll back to.
 */
async function sharedPhone(world: TestWorld, staff: { id: string; password: string }): Promise<TestChat> {
  const phone = world.chat("mums-phone");
  await phone.send("/setup");
  await phone.send("S1001");
  await phone.send(DEMO_PASSWORDS.S1001);
  await phone.send("/cancel");
  await linkStaff(phone, staff);
  return phone;
}

/** The replies of an outcome that hold the report (not a question, not the note about it). */
function reportReplies(outcome: Outcome, words: string): Outcome["replies"] {
  return outcome.replies.filter((reply) => JSON.stringify(reply.text).includes(words));
}

describe("a staff report on a phone shared with a student is deleted from the chat later", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("/coverage: the class list is protected and deleted later, and the teacher is told so", async () => {
    const phone = await sharedPhone(world, MRS_NG);
    await phone.send("/coverage");
    const shown = await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain("Tan Wei Ling");
    const report = shown.replies.filter((reply) => reply.protect !== undefined);
    expect(report).not.toHaveLength(0);
    expect(report[0]?.protect?.deleteAfterSeconds).toBe(300);
    expect(phone.lastText).toContain("also linked to a student");
  });

  it("/audit S1001: the record is protected", async () => {
    const phone = await sharedPhone(world, PRIYA);
    await phone.send("/audit S1001");
    const shown = await phone.send(PRIYA.password);
    expect(shown.replies.some((reply) => reply.protect !== undefined)).toBe(true);
    expect(reportReplies(shown, "audit").every((reply) => reply.protect !== undefined)).toBe(true);
  });

  it("/audit asked at 'Whose record?': the record is protected there too", async () => {
    const phone = await sharedPhone(world, PRIYA);
    await phone.send("/audit");
    await phone.send(PRIYA.password);
    const shown = await phone.send("S1001");
    expect(shown.replies.some((reply) => reply.protect !== undefined)).toBe(true);
  });

  it("/export: the school's audit file is not sent to a phone shared with a student", async () => {
    const phone = await sharedPhone(world, PRIYA);
    await phone.send("/export");
    const shown = await phone.send(PRIYA.password);
    expect(shown.replies.some((reply) => reply.file !== undefined)).toBe(false);
    expect(phone.lastText).toContain("also linked to a student");
  });

  it("on a staff member's own phone the report stays as before", async () => {
    const phone = world.chat("mrs-ng-phone");
    await linkStaff(phone, MRS_NG);
    const shown = await phone.send("/coverage");
    expect(phone.lastText).toContain("Tan Wei Ling");
    expect(shown.replies.some((reply) => reply.protect !== undefined)).toBe(false);
  });
});
