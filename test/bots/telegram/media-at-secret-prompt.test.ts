import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { translate } from "../../../src/core/i18n/translate.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * The bot reads only typed words, but a child asked for a password or a secret answer may send it another
 * way: a photo of the sticker in her organiser that has her password on it, a voice message saying it, a
 * photo of her cat for "What is your favourite animal?". Such a message is deleted like a typed secret.
 */
let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 31337);
});
afterEach(async () => world.close(channel));

const deleted = () => world.api.callsTo("deleteMessage").map((c) => c.payload.message_id);

describe("a photo or voice message where the bot asks for a secret", () => {
  it("is deleted at the set-up password prompt, and the password is asked again", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    const photo = await kid.sendPhoto();
    expect(kid.texts[0]).toBe(translate({ key: "input.notText" }));
    expect(kid.texts.at(-1)).toContain("type your password");
    const voice = await kid.sendVoice();
    expect(deleted()).toEqual([photo, voice]);
  });

  it("is deleted at a secret question's answer prompt", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    await kid.say("Garden-Lamp-21");
    await kid.press("animal");
    const before = deleted().length;
    const photo = await kid.sendPhoto();
    expect(deleted().slice(before)).toEqual([photo]);
  });

  it("is kept where no secret is asked for", async () => {
    await kid.say("/setup");
    await kid.sendPhoto();
    await kid.sendVoice();
    expect(deleted()).toEqual([]);
  });
});
