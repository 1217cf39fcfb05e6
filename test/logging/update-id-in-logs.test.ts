import { afterEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "../bots/telegram/telegram-kid.js";
import { TelegramWorld } from "../bots/telegram/telegram-world.js";

describe("the update id on every log line of that update's work", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  afterEach(async () => world.close(channel));

  it("the core's audit line and the adapter's lines of one update carry its update id", async () => {
    ({ world, channel } = await TelegramWorld.create());
    const kid = new TelegramKid(world, 5151);
    await kid.say("/setup");
    await kid.say("S1001");
    const wrongPassword = kid.messageUpdate("not-her-password");
    await world.post(wrongPassword);

    const lines = world.logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const audit = lines.find((l) => String(l.msg).startsWith("audit link failed"));
    expect(audit?.updateId).toBe(wrongPassword.update_id);
    // The webhook request's own id is there too, so an HTTP log line and the work it started can be joined.
    expect(typeof audit?.requestId).toBe("string");
    // Lines outside any update (start-up) carry none.
    expect(lines.find((l) => l.msg === "Telegram channel started")?.updateId).toBeUndefined();
  });
});
