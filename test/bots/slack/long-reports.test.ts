import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIG_CLASS_SIZE, bigClassLine, withBigClass } from "../../helpers/big-class.js";
import { LIMITS } from "./fake-slack-api.js";
import { blockWords, SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

let world: SlackWorld;
let teacher: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create({}, { directory: await withBigClass() });
  teacher = new SlackKid(world, "U0TEACH001");
  await teacher.command("setup");
  await teacher.submitBox("T2001");
  await teacher.submitBox("Teach-Four-A-2026");
  expect(teacher.said).toContain("now linked to your account");
});

afterEach(async () => {
  await world.close();
});

describe("long staff reports through Slack", () => {
  it("a class of 120 reaches the form teacher whole, nothing cut off, in blocks and messages Slack takes", async () => {
    const before = world.api.calls.length;
    await teacher.command("coverage 4A");

    const posts = world.api.calls
      .slice(before)
      .filter((c) => c.method === "chat.postMessage" && c.args.channel === teacher.dm);
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) expect(post.result.ok, String(post.result.error)).toBe(true);
    const lines = posts.flatMap((post) => blockWords(post.args.blocks as []).split("\n"));
    expect(lines.join("\n")).not.toContain("…");
    // Every student's line whole (none cut between two blocks), and the section after them still there.
    const students = lines.filter((line) => line.includes("Nurul Syafiqah"));
    expect([...students].sort()).toEqual(
      Array.from({ length: BIG_CLASS_SIZE }, (_, i) => bigClassLine(i)).sort(),
    );
    expect(lines.findIndex((line) => line.startsWith("Suspended"))).toBeGreaterThan(
      lines.indexOf(students.at(-1)!),
    );
    // Each message's fallback text (notifications, screen readers) is the words of its own blocks.
    for (const post of posts) expect(String(post.args.text).length).toBeLessThanOrEqual(LIMITS.messageText);
  });
});
