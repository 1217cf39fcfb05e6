import { beforeEach, describe, expect, it, vi } from "vitest";
import { sendDueReminders } from "../../src/core/flows/practice-reminder-flow.js";
import { DAY, DEMO_PASSWORDS, worldOnSchoolClock } from "../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

const ANSWERS: [string, string, string] = ["Tiger", "Purple", "Chicken rice"];

/**
 * The store keeps person ids in lower case ("s1004"); the audit keeps them as the directory spells them
 * ("S1004"), in every event, so the export's rows of one person read alike.
 */
describe("audit events name a person as the directory spells the id", () => {
  let world: TestWorld;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
  });

  async function subjectsOf(event: string): Promise<string[]> {
    return (await world.deps.store.recentAudit(100)).filter((e) => e.event === event).map((e) => e.subject);
  }

  async function link(chat: TestChat, id: keyof typeof DEMO_PASSWORDS, typed: string = id): Promise<void> {
    await chat.send("/setup");
    await chat.send(typed);
    await chat.send(DEMO_PASSWORDS[id]);
    await chat.send("/cancel");
  }

  it("/logout audits the unlink as 'S1004', like the link, even when the ID was typed in lower case", async () => {
    const kid = world.chat("chloe");
    await link(kid, "S1002", "s1002");
    await logOut(kid);
    expect(kid.lastText).toContain("no longer linked");
    expect(await subjectsOf("link")).toEqual(["S1002"]);
    expect(await subjectsOf("unlink")).toEqual(["S1002"]);
  });

  it("a family phone's /logout, for one child or everyone, audits each as the directory spells them", async () => {
    const phone = world.chat("mums-phone");
    await link(phone, "S1001");
    await link(phone, "S1002");
    await link(phone, "S1003");
    await phone.send("/logout");
    await phone.press("Aisha Binte Rahman");
    expect(await subjectsOf("unlink")).toEqual(["S1002"]);
    await phone.send("/logout");
    await phone.press("Everyone");
    expect((await subjectsOf("unlink")).sort()).toEqual(["S1001", "S1002", "S1003"]);
  });

  it("still unlinks, with the store's spelling, when the directory does not answer", async () => {
    const kid = world.chat("aisha");
    await link(kid, "S1002");
    world.directory.down = true;
    await logOut(kid);
    expect(kid.lastText).toContain("no longer linked");
    expect(await world.deps.store.linkedPeople(kid.ref)).toEqual([]);
    expect(await subjectsOf("unlink")).toEqual(["s1002"]);
  });

  it("the practice reminder's check is audited as 'S1001' too", async () => {
    const kid = world.chat("wei-ling");
    await kid.setUp("S1001", DEMO_PASSWORDS.S1001, ANSWERS);
    await kid.press("No thanks");
    vi.setSystemTime(Date.now() + 120 * DAY);
    await sendDueReminders(world.deps);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    for (let i = 0; i < 3; i++) await kid.send(`a wrong guess ${i + 1}`);
    expect(await subjectsOf("reset")).toEqual(["S1001"]);
  });
});
