import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * A child who fixes a typo by editing her message is told the bot removed it and to send a new one. That
 * notice came in English whatever her language: a Chinese child (her Telegram in Chinese, or 中文 chosen
 * with /language) read "I can't read changed messages" in the middle of a Chinese set-up.
 */
let world: TelegramWorld;
let channel: TelegramChannel;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
});
afterEach(async () => world.close(channel));

/** A kid whose Telegram app is set to `language`. */
class KidIn extends TelegramKid {
  constructor(
    world: TelegramWorld,
    userId: number,
    private readonly language: string,
  ) {
    super(world, userId);
  }
  override get from() {
    return { ...super.from, language_code: this.language };
  }
}

describe("an edited message is deleted with a notice in the chat's language", () => {
  it("her Telegram in Chinese: the notice is in Chinese", async () => {
    const kid = new KidIn(world, 61001, "zh-hans");
    await kid.say("/setup");
    const sent = await kid.say("S1001");
    await kid.edit(sent, "S1002");
    expect(kid.lastCalls.map((c) => c.method)).toEqual(["deleteMessage", "sendMessage", "sendMessage"]);
    // Then the password prompt, open at that step, in Chinese too.
    expect(kid.texts[0]).toBe("我看不懂改过的消息，所以把它删掉了。请发一条新消息。");
    expect(kid.texts[1]).toContain("密码");
  });

  it("Tamil chosen with /language on an English Telegram: the notice is in Tamil", async () => {
    const kid = new KidIn(world, 61002, "en");
    await kid.say("/language");
    await kid.press("தமிழ்");
    const sent = await kid.say("hello");
    await kid.edit(sent, "hello!");
    expect(kid.texts).toEqual([
      "மாற்றிய செய்திகளை என்னால் படிக்க முடியாது, அதனால் அதை நீக்கிவிட்டேன். புதிய செய்தி அனுப்பு.",
    ]);
  });

  it("her Telegram in Malay, no choice made: Malay", async () => {
    const kid = new KidIn(world, 61003, "ms");
    const sent = await kid.say("hai");
    await kid.edit(sent, "hai!");
    expect(kid.texts).toEqual([
      "Saya tidak boleh baca mesej yang diubah, jadi saya padamkannya. Sila hantar mesej baharu.",
    ]);
  });
});
