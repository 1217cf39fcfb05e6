import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/*
 * The Home tab's button says "Set up"; a child types "/sspr set up", or "/sspr log out". Those are /setup and
 * /logout, not commands called "set" and "log".
 */
let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});
afterEach(async () => {
  await world.close();
});

describe("a command word typed as two words", () => {
  it("/sspr set up opens set-up's box, as /sspr setup does", async () => {
    await kid.command("set up");
    expect(kid.said).not.toContain("I don't know that command");
    expect(kid.boxText).toContain("Let's get you set up.");
    expect(kid.boxText).toContain("Type your user ID.");
  });

  it("/sspr log out is /sspr logout", async () => {
    await kid.command("logout");
    const logout = kid.said;
    await kid.command("log out");
    expect(kid.said).not.toContain("I don't know that command");
    expect(kid.said).toBe(logout);
  });

  it("/sspr clear answers S1001 from a teacher is /sspr clearanswers S1001", async () => {
    const teacher = new SlackKid(world, "U0TEACHER1");
    await teacher.command("setup");
    await teacher.submitBox("T2001");
    await teacher.submitBox("Teach-Four-A-2026");
    await teacher.command("clearanswers S1001");
    const cleared = teacher.said;
    await teacher.command("cancel");
    await teacher.command("clear answers S1001");
    expect(teacher.said).not.toContain("I don't know that command");
    expect(teacher.said).toBe(cleared);
  });
});
