import { afterEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { closeAfterTest, closeWorlds, SlackWorld } from "./slack-world.js";

/*
 * Found by a tester: "Make one for me" with Slack refusing both the box (views.open) and the Home tab
 * (views.publish). The student rightly heard "I made you a new password, but I can't show it…", but the
 * admin's /audit said only "password reset: done".
 */

afterEach(async () => {
  await closeWorlds();
});

const ANSWERS: [string, string][] = [
  ["favourite animal", "Elephant"],
  ["favourite colour", "Turquoise"],
  ["favourite food", "Nasi lemak"],
];

async function verifiedAtChoice(kid: SlackKid): Promise<void> {
  await kid.command("setup");
  await kid.submitBox("S1001");
  await kid.submitBox("Garden-Lamp-21");
  for (const [question, answer] of ANSWERS) {
    await kid.pressButton(question);
    await kid.submitBox(answer);
  }
  await kid.command("reset");
  for (let i = 0; i < 3; i++) {
    const asked = ANSWERS.find(([question]) => kid.boxText.includes(question))!;
    await kid.submitBox(asked[1]);
  }
}

describe("a generated password Slack will not show anywhere", () => {
  it("shows in the admin's /audit as set, not shown to the student", async () => {
    const world = closeAfterTest(await SlackWorld.create());
    const kid = new SlackKid(world);
    const admin = new SlackKid(world, "U0ADMIN001");
    await verifiedAtChoice(kid);
    world.api.failNext("views.open", "expired_trigger");
    world.api.failNext("views.publish", "internal_error");
    await kid.pressButton("Make one for me");
    expect(kid.said).toContain("I made you a new password, but I can't show it");
    await admin.command("setup");
    await admin.submitBox("A3001");
    await admin.submitBox("Admin-Desk-2026");
    await admin.command("audit S1001");
    expect(admin.said).toContain("password reset: noted");
    expect(admin.said).toContain("password set, not shown to the student");
  });
});
