import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/** One Slack account linked to a child (S1001) and to her mother, a teacher (T2001). */
const TEACHER_PASSWORD = "Teach-Four-A-2026";
const WRONG = "Teach-Four-A-2025";

let world: SlackWorld;
let parent: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  parent = new SlackKid(world, "U0PARENT01");
  await parent.command("setup");
  await parent.submitBox("S1001");
  await parent.submitBox("Garden-Lamp-21");
  await parent.command("cancel");
  await parent.command("setup");
  await parent.submitBox("T2001");
  await parent.submitBox(TEACHER_PASSWORD);
  expect(parent.said).toContain("now linked to your account");
});
afterEach(async () => world.close());

describe("a staff command in a Slack chat shared with a student", () => {
  it("asks for the teacher's password in the private box, never in a message", async () => {
    await parent.command("guided S1003");
    expect(parent.boxText).toContain("This chat is also linked to a student, so only");
    expect(parent.boxText).toContain("Nobody else can see what you type in the box.");
    expect(parent.boxText).not.toContain("I will delete");

    await parent.submitBox(WRONG);
    expect(parent.boxText).toContain("password, so nothing was done");
    // The box asks again, saying how anyone else goes back.
    expect(parent.boxText).toContain("so only");
    expect(parent.boxText).toContain("cancel to go back");
    expect(parent.boxText).not.toContain("Arjun Kumar");

    // Typed as a message instead, it is refused unread, in the adult register's words.
    await parent.message(TEACHER_PASSWORD);
    expect(parent.said).toContain("Please don't type that here");
    expect(parent.said).not.toContain("Arjun Kumar");

    await parent.pressButton("Type it privately");
    await parent.submitBox(TEACHER_PASSWORD);
    expect(`${parent.said}\n${parent.boxText}`).toContain("How can Arjun Kumar prove it's them?");

    for (const secret of [WRONG, TEACHER_PASSWORD]) {
      expect(world.postedMessages()).not.toContain(secret);
      expect(world.logs.text).not.toContain(secret);
    }
  });

  it("a chat paused for its failed tries says 'this chat' (Slack has no phone), and asks no password", async () => {
    const chat = { channel: "slack" as const, chatUserId: "U0PARENT01" };
    const ctx = { chat, now: Date.now(), deps: world.app.deps, language: "en" as const };
    for (let i = 0; i < 10; i++)
      await world.app.deps.limits.fail(ctx, "chat", "slack:U0PARENT01", { about: `S100${i}` });
    await parent.command("coverage");
    const words = `${parent.said}\n${parent.boxText}`;
    expect(words).toContain("too many tries from this chat");
    expect(words).not.toContain("phone");
    expect(words).not.toContain("Type your password");
  });

  it("/sspr help at the password step speaks to the teacher, not as to a child ('ask your form teacher')", async () => {
    await parent.command("guided S1003");
    await parent.command("help");
    expect(parent.boxText).toContain("Teacher commands");
    expect(parent.boxText).toContain("To stop, type /sspr cancel.");
    expect(parent.boxText).not.toContain("form teacher");
    expect(parent.boxText).toContain("type your password to go on");
  });
});
