import { afterEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "../bots/telegram/telegram-kid.js";
import { TelegramWorld } from "../bots/telegram/telegram-world.js";
import { until } from "../helpers/until.js";

type LogLine = Record<string, unknown>;

function parsed(world: TelegramWorld): LogLine[] {
  return world.logs.lines.map((line) => JSON.parse(line) as LogLine);
}

const BLOCKED = { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" };

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

    const lines = parsed(world);
    const audit = lines.find((l) => String(l.msg).startsWith("audit link failed"));
    expect(audit?.updateId).toBe(wrongPassword.update_id);
    // The webhook request's own id is there too, so an HTTP log line and the work it started can be joined.
    expect(typeof audit?.requestId).toBe("string");
    // Lines outside any update (start-up) carry none.
    expect(lines.find((l) => l.msg === "Telegram channel started")?.updateId).toBeUndefined();
  });

  it("a reply the Bot API refuses is logged with the update id and request id of the update it answered", async () => {
    ({ world, channel } = await TelegramWorld.create());
    const kid = new TelegramKid(world, 5252);
    await kid.say("/setup");
    await kid.say("S1001");
    const wrongPassword = kid.messageUpdate("not-her-password");
    world.api.failNext("sendMessage", 403, BLOCKED);
    await world.post(wrongPassword);

    const lines = parsed(world);
    const refused = lines.find((l) => l.msg === "could not send a reply to Telegram");
    expect(refused?.updateId).toBe(wrongPassword.update_id);
    // The same request as the core's line of that update.
    const audit = lines.find((l) => String(l.msg).startsWith("audit link failed"));
    expect(typeof refused?.requestId).toBe("string");
    expect(refused?.requestId).toBe(audit?.requestId);
  });

  it("in long polling, an update's lines carry its update id (there is no HTTP request)", async () => {
    ({ world, channel } = await TelegramWorld.create({}, { webhook: false }));
    world.api.failNext("sendMessage", 403, BLOCKED);
    const start = new TelegramKid(world, 99).messageUpdate("/start");
    world.api.queueUpdates(start);
    const refusal = () => parsed(world).find((l) => l.msg === "could not send a reply to Telegram");
    await until(() => refusal() !== undefined, "the refused reply's log line");
    expect(refusal()?.updateId).toBe(start.update_id);
    expect(refusal()?.requestId).toBeUndefined();
  });
});
