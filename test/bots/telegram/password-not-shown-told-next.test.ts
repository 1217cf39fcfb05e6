import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { answerResetRight, setUpS1001 } from "./kid-answers.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * A child who blocked the bot at the choice got a generated password set in the directory that she never
 * saw. Unblocked, her "hi" was answered as if nothing had happened, and no admin heard of it.
 */

const NOTICE = "but I could not show it to you";

let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 424242);
  await setUpS1001(kid);
  await answerResetRight(kid);
  world.api.failNext("sendMessage", 403, {
    ok: false,
    error_code: 403,
    description: "Forbidden: bot was blocked by the user",
  });
  await kid.press("Make one for me");
});
afterEach(async () => world.close(channel));

const told = (texts: string[]) => texts.filter((text) => text.includes(NOTICE)).length;

describe("a generated password Telegram could not deliver, at the child's next message", () => {
  it("tells her once that her password was changed and what to do, then answers what she said", async () => {
    world.advance(2 * 3600_000);
    await kid.say("hi");
    const words = kid.texts.join("\n");
    expect(words).toContain(
      "I made a new password for S1001 about 2 hours ago, but I could not show it to you.",
    );
    expect(words).toContain("/reset");
    expect(kid.texts.length).toBeGreaterThan(1);
    expect(words).not.toMatch(/[A-Z][a-z]+-[A-Z][a-z]+-[A-Z][a-z]+-\d+/);
    await kid.say("hi");
    expect(told(kid.texts)).toBe(0);
  });

  it("a redelivery of her message does not tell it twice", async () => {
    const update = kid.messageUpdate("/help");
    await kid.deliver(update);
    expect(told(kid.texts)).toBe(1);
    await kid.deliver(update);
    expect(told(kid.texts)).toBe(0);
  });

  it("alerts the admins: which student, on which channel, and what they can do, with no password", async () => {
    await world.app.alerts.flush();
    const line = world.logs.lines.find(
      (l) => l.includes("admin alert: ") && l.includes("password-not-shown"),
    );
    expect(line).toBeDefined();
    expect(line).toContain("S1001");
    expect(line).toContain("Telegram");
    expect(line).toContain("/guided S1001");
    expect(line).not.toMatch(/[A-Z][a-z]+-[A-Z][a-z]+-[A-Z][a-z]+-\d+/);
  });
});
