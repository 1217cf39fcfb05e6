import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { BIG_CLASS_SIZE, bigClassLine, withBigClass } from "../../helpers/big-class.js";
import { MESSAGE_TEXT_MAX } from "./fake-bot-api.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

describe("long staff reports through Telegram", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  let teacher: TelegramKid;

  beforeEach(async () => {
    ({ world, channel } = await TelegramWorld.create({}, { directory: await withBigClass() }));
    teacher = new TelegramKid(world, 515151, { id: 515151, type: "private", first_name: "Mei Hua" });
    await teacher.say("/setup");
    await teacher.say("T2001");
    await teacher.say("Teach-Four-A-2026");
  });
  afterEach(async () => world.close(channel));

  it("a class of 120 reaches the form teacher whole, in several messages in order, each one Telegram takes", async () => {
    await teacher.say("/coverage 4A");

    expect(teacher.replies.length).toBeGreaterThan(1);
    for (const reply of teacher.replies) {
      expect(reply.result, "Telegram refused a part").toBeDefined();
      expect(String(reply.payload.text).length).toBeLessThanOrEqual(MESSAGE_TEXT_MAX);
    }
    const lines = teacher.texts.join("\n").split("\n");
    // Every student's line whole (none cut between two messages), and the section after them still there.
    const students = lines.filter((line) => line.includes("Nurul Syafiqah"));
    expect([...students].sort()).toEqual(
      Array.from({ length: BIG_CLASS_SIZE }, (_, i) => bigClassLine(i)).sort(),
    );
    expect(lines.findIndex((line) => line.startsWith("Suspended"))).toBeGreaterThan(
      lines.indexOf(students.at(-1)!),
    );
  });
});
