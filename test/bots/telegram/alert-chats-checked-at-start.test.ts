import { afterEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * A mistyped ADMIN_ALERT_TELEGRAM_CHATS (a digit wrong, a group the bot was never added to) showed only at
 * the first alert, perhaps a suspension weeks later: "could not deliver … chat not found", the admins having
 * heard nothing meanwhile. The start asks Telegram about each alert chat and says at once which it cannot
 * reach, and what to do; the bot still starts (the bot may be added to the group later).
 */
let world: TelegramWorld | undefined;
const unreachable = () =>
  world!.logs.lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.event === "alert_chat_unreachable");
let channel: TelegramChannel | undefined;
afterEach(async () => {
  if (world !== undefined) await world.close(channel);
  world = undefined;
});

describe("the admins' Telegram alert chats, at start", () => {
  it("names an alert chat Telegram does not know, says what to fix, and starts anyway", async () => {
    ({ world, channel } = await TelegramWorld.create(
      { ADMIN_ALERT_TELEGRAM_CHATS: "-1001234567890,-1009876543210" },
      {
        beforeStart: (api) =>
          api.failNext("getChat", 400, {
            ok: false,
            error_code: 400,
            description: "Bad Request: chat not found",
          }),
      },
    ));
    const asked = world.api.callsTo("getChat").map((c) => c.payload.chat_id);
    expect(asked).toEqual(["-1001234567890", "-1009876543210"]);
    const [warning, ...more] = unreachable();
    expect(more).toEqual([]);
    expect(warning).toMatchObject({
      level: 40,
      chat: "-1001234567890",
      description: "Bad Request: chat not found",
    });
    expect(String(warning?.msg)).toContain("ADMIN_ALERT_TELEGRAM_CHATS");
    expect(String(warning?.msg)).toMatch(/add the bot|Start/);
    expect(world.logs.text).toContain("Telegram channel started");
  });

  it("says nothing when every alert chat is known", async () => {
    ({ world, channel } = await TelegramWorld.create({ ADMIN_ALERT_TELEGRAM_CHATS: "-1001234567890" }));
    expect(world.api.callsTo("getChat")).toHaveLength(1);
    expect(unreachable()).toEqual([]);
  });
});
