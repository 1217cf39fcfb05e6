import { afterEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { closeAfterTest, closeWorlds, SlackWorld } from "./slack-world.js";

/*
 * "Make one for me" with Slack refusing both the box (views.open) and the Home tab (views.publish): the
 * password was set, never shown. Her next message did not remind her, and no admin heard of it.
 */

afterEach(async () => {
  await closeWorlds();
});

const ANSWERS: [string, string][] = [
  ["favourite animal", "Elephant"],
  ["favourite colour", "Turquoise"],
  ["favourite food", "Nasi lemak"],
];

const NOTICE = "but I could not show it to you";

async function passwordNotShown(world: SlackWorld, kid: SlackKid): Promise<void> {
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
  world.api.failNext("views.open", "expired_trigger");
  world.api.failNext("views.publish", "internal_error");
  await kid.pressButton("Make one for me");
}

describe("a generated password Slack could not show anywhere, at the student's next message", () => {
  it("tells her once that her password was changed, and alerts the admins", async () => {
    const world = closeAfterTest(await SlackWorld.create());
    const kid = new SlackKid(world);
    await passwordNotShown(world, kid);
    await kid.message("hi", { eventId: "Ev0NOTSHOWN1" });
    expect(kid.said).toContain(`I made a new password for S1001 a few minutes ago, ${NOTICE}.`);
    await kid.message("hi", { eventId: "Ev0NOTSHOWN1", retryNum: 1 });
    expect(kid.said).not.toContain(NOTICE);
    await kid.message("hi");
    expect(kid.said).not.toContain(NOTICE);
    await world.app.alerts.flush();
    const line = world.logs.lines.find(
      (l) => l.includes("admin alert: ") && l.includes("password-not-shown"),
    );
    expect(line).toContain("S1001");
    expect(line).toContain("Slack");
  });
});
