import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { until } from "../../helpers/until.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Telegram's flood control answers 429 with a pause to wait out; one longer than the bot waits for a call
 * (anyone can push the bot there by flooding it from many accounts), or an outage longer than the call's
 * retries, made the deletion of a child's password fail for good: it stayed in her chat, where anyone
 * holding the phone can scroll up to it.
 */
let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 31337);
});
afterEach(async () => world.close(channel));

const deletions = (messageId: number) =>
  world.api.callsTo("deleteMessage").filter((c) => c.payload.message_id === messageId).length;

/** Telegram's answer while its flood control makes the bot wait `seconds`. */
const floodControl = (seconds: number) => ({
  ok: false,
  error_code: 429,
  description: `Too Many Requests: retry after ${seconds}`,
  parameters: { retry_after: seconds },
});

describe("a password Telegram would not let the bot delete just then", () => {
  it("is deleted once Telegram lets it, by a deletion job", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    world.api.failNext("deleteMessage", 429, floodControl(120));
    const typed = await kid.say("Garden-Lamp-21");
    expect(kid.texts.join(" ")).toContain("Choose question 1 of 3");
    expect(deletions(typed)).toBe(1);
    world.advance(121_000);
    await until(() => deletions(typed) === 2, "the password's deletion tried again");
    expect(world.logs.text).not.toContain("Garden-Lamp-21");
  });

  it("outlasts a flood-control pause longer than the job's first tries, waiting as long as Telegram says", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    for (let i = 0; i < 6; i++) world.api.failNext("deleteMessage", 429, floodControl(300));
    const typed = await kid.say("Garden-Lamp-21");
    expect(deletions(typed)).toBe(1);
    world.advance(31_000);
    await until(() => deletions(typed) === 2, "the deletion job's first try");
    // The next waits out the pause Telegram named (300 s), not the job's usual 30 s.
    world.advance(100_000);
    await world.fullJobLook();
    expect(deletions(typed)).toBe(2);
    // The seventh try, after the flood (and where the job used to give up, after its fifth), goes through.
    for (let step = 0; step < 30 && deletions(typed) < 7; step++) {
      world.advance(301_000);
      await world.fullJobLook();
    }
    expect(deletions(typed)).toBe(7);
    expect(world.logs.text).not.toContain("gave up deleting");
  });

  it("is not tried again when Telegram says it can never be deleted", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    world.api.failNext("deleteMessage", 400, {
      ok: false,
      error_code: 400,
      description: "Bad Request: message to delete not found",
    });
    const typed = await kid.say("Garden-Lamp-21");
    world.advance(121_000);
    await world.fullJobLook();
    expect(deletions(typed)).toBe(1);
  });
});
