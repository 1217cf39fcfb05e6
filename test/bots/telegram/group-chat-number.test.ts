import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/**
 * Found in QA, as the IT admin: ADMIN_ALERT_TELEGRAM_CHATS wants the IT group's number (-100…), and nothing
 * told it. Telegram shows it nowhere in its apps, and getUpdates cannot be used while the bot polls or has a
 * webhook. The first message of a group to the bot now logs the group's number, with what it is for.
 */
const IT_GROUP = { id: -1009876543210, type: "supergroup", title: "IT team" } as const;

let world: TelegramWorld;
let channel: TelegramChannel;
let group: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  group = new TelegramKid(world, 515151, IT_GROUP);
});
afterEach(async () => world.close(channel));

const groupLines = () =>
  world.logs.lines
    .map((line) => JSON.parse(line) as { level: number; event?: string; chat?: string; msg?: string })
    .filter((line) => line.event === "telegram_group");

describe("a Telegram group writing to the bot", () => {
  it("its first message logs the group's number for ADMIN_ALERT_TELEGRAM_CHATS, once", async () => {
    await group.say("hello bot");
    await group.say("are you there?");
    const lines = groupLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, chat: "-1009876543210" });
    expect(lines[0]!.msg).toContain("ADMIN_ALERT_TELEGRAM_CHATS=-1009876543210");
  });

  it("/start in the group logs the number again, as docs/telegram.md tells the admin to send it (the group may have written before)", async () => {
    await group.say("hello bot");
    await group.say("/start");
    await group.say("/start@school_password_bot");
    await group.say("are you there?");
    const lines = groupLines();
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.msg).toContain("ADMIN_ALERT_TELEGRAM_CHATS=-1009876543210");
  });

  it("a password as the group's first message is not in that line", async () => {
    await group.say("Garden-Lamp-21");
    expect(groupLines()).toHaveLength(1);
    expect(world.logs.text).not.toContain("Garden-Lamp-21");
  });
});
