import { afterEach, describe, expect, it } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

async function link(chat: ReturnType<TestWorld["chat"]>, id: string, password: string): Promise<void> {
  await chat.send("/setup");
  await chat.send(id);
  await chat.send(password);
}

describe("the admins' alert when a staff account's link moves to another chat", () => {
  let world: TestWorld;
  afterEach(async () => world.close());

  it("advises what works for a staff account (the directory's password, then /setup from her own chat), not /guided", async () => {
    world = await TestWorld.create();
    const herPhone = world.chat("mrs-ng-phone");
    const strangersPhone = world.chat("stranger");
    const adminsPhone = world.chat("it-desk");
    await link(herPhone, "T2001", DEMO_PASSWORDS.T2001!);
    await link(adminsPhone, "A3001", DEMO_PASSWORDS.A3001!);
    await link(strangersPhone, "T2001", DEMO_PASSWORDS.T2001!);

    const [alert] = world.alerts.ofKind("relink");
    const text = formatAlert(alert!);
    expect(text).toContain("T2001");
    expect(text).toContain("staff commands");
    expect(text).toContain("school directory");
    expect(text).toContain("/setup");

    // What the student's alert advises is refused for a staff account.
    expect(text).not.toContain("/guided");
    await adminsPhone.send("/guided T2001");
    expect(adminsPhone.lastText).toContain("staff account");

    // What it advises does take the link back from the stranger's chat.
    await link(herPhone, "T2001", DEMO_PASSWORDS.T2001!);
    expect(await world.deps.store.linkedChat("T2001")).toEqual(herPhone.ref);
  });

  it("still advises /guided for a student", async () => {
    world = await TestWorld.create();
    await link(world.chat("wei-ling-phone"), "S1001", DEMO_PASSWORDS.S1001!);
    await link(world.chat("stranger"), "S1001", DEMO_PASSWORDS.S1001!);
    const [alert] = world.alerts.ofKind("relink");
    expect(formatAlert(alert!)).toContain("/guided S1001");
  });
});
