import { afterEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { until } from "../../helpers/until.js";
import { TelegramWorld } from "./telegram-world.js";

describe("Telegram channel in long-polling mode (only the token set)", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  afterEach(async () => world.close(channel));

  it("drops any webhook, polls for updates and answers them, and stops cleanly", async () => {
    ({ world, channel } = await TelegramWorld.create({}, { webhook: false }));
    expect(channel.mode).toBe("polling");
    world.api.queueUpdates({
      update_id: 1,
      message: {
        message_id: 1,
        from: { id: 99, is_bot: false, first_name: "Ann" },
        chat: { id: 99, type: "private", first_name: "Ann" },
        date: 1_700_000_000,
        text: "/start",
        entities: [{ offset: 0, length: 6, type: "bot_command" }],
      },
    });
    await until(() => world.api.callsTo("sendMessage").length > 0, "the answer to /start");
    // One setMyCommands per language: counted once here.
    const methods = world.api.calls.map((c) => c.method).filter((m, i, all) => m !== all[i - 1]);
    expect(methods.slice(0, 4)).toEqual(["getMe", "setMyCommands", "deleteWebhook", "getUpdates"]);
    expect(world.api.callsTo("getUpdates")[0]?.payload.allowed_updates).toEqual([
      "message",
      "edited_message",
      "callback_query",
    ]);
    expect(String(world.api.callsTo("sendMessage")[0]?.payload.text)).toContain("What would you like to do?");
    expect(world.api.callsTo("setWebhook")).toHaveLength(0);
    await channel.stop();
    // telegraf confirms the handled updates with a last getUpdates at the next offset.
    expect(world.api.callsTo("getUpdates").at(-1)?.payload.offset).toBe(2);
  });
});
