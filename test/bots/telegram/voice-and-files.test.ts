import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * A child who cannot spell well may answer by voice, or send a video or a file. She was told "I can only read
 * typed words, not pictures or stickers", which is not what she sent and does not say what to do. Every kind
 * of message the bot cannot read gets words that fit it, and say to type.
 */
let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 41414);
});
afterEach(async () => world.close(channel));

const file = { file_id: "BQACAgIAAxkBfile", file_unique_id: "AgADfile" };
const KINDS: Record<string, Record<string, unknown>> = {
  voice: { voice: { ...file, duration: 3, mime_type: "audio/ogg" } },
  audio: { audio: { ...file, duration: 30, title: "my answer" } },
  video_note: { video_note: { ...file, length: 240, duration: 5 } },
  video: { video: { ...file, width: 640, height: 480, duration: 5 } },
  document: { document: { ...file, file_name: "answer.pdf", mime_type: "application/pdf" } },
};

describe("a voice message, a video or a file where the bot asks for typed words", () => {
  it.each(Object.keys(KINDS))("%s: she is told to type her reply, not about pictures", async (kind) => {
    await kid.say("/setup");
    await kid.sendMedia(KINDS[kind]!);
    expect(kid.texts[0]).toBe("I can only read typed words. Please type your reply.");
    expect(kid.texts.join("\n")).not.toMatch(/picture|sticker/);
    // The question follows, so she knows what to type.
    expect(kid.texts.at(-1)).toContain("user ID");
  });
});
