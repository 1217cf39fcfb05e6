import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * A child who mistyped her user ID fixes it by editing the message, after the bot already asked for her
 * password. The bot says it cannot read changed messages and to send a new one; without the question again
 * she sends her corrected ID as a new message, and it is taken as her password. After the notice comes the
 * step's question again, so she sees what the bot is waiting for.
 */
let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 47474);
});
afterEach(async () => world.close(channel));

describe("an edited message: the notice, then the open step's question again", () => {
  it("edited her user ID at the password prompt: the password is asked again, so she sees what is open", async () => {
    await kid.say("/setup");
    const sent = await kid.say("S1001");
    const asked = kid.texts.at(-1)!;
    await kid.edit(sent, "S1002");
    expect(kid.texts).toEqual([
      "I can't read changed messages, so I removed it. Please send a new message instead.",
      asked,
    ]);
  });

  it("at a question with buttons: the question comes with its buttons, which still work", async () => {
    const sent = await kid.say("/language");
    await kid.edit(sent, "/languages");
    expect(kid.texts).toHaveLength(2);
    await kid.press("中文");
    expect(kid.texts.join("\n")).not.toContain("old");
  });

  it("with nothing open: the notice alone", async () => {
    const sent = await kid.say("hi");
    await kid.edit(sent, "hello");
    expect(kid.texts).toEqual([
      "I can't read changed messages, so I removed it. Please send a new message instead.",
    ]);
  });
});
