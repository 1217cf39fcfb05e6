import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Telegram writes a line into a private chat when the child pins a message (the bot's "Your new password
 * is…", to find it again), sets messages to delete themselves, or changes the chat's background, and sends it
 * to the bot as a message from her. She typed nothing and sent nothing: the bot says nothing and deletes
 * nothing, and the conversation waits for her reply as before.
 */
let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 42424);
});
afterEach(async () => world.close(channel));

const SERVICE: Record<string, Record<string, unknown>> = {
  pinned_message: {
    pinned_message: { message_id: 1, chat: { id: 42424, type: "private" }, date: 0, text: "Hi!" },
  },
  message_auto_delete_timer_changed: {
    message_auto_delete_timer_changed: { message_auto_delete_time: 86400 },
  },
  chat_background_set: { chat_background_set: { type: { type: "fill", fill: { type: "solid", color: 1 } } } },
};

describe("a line Telegram writes into the chat (a pin, a timer, a background) is not the child's message", () => {
  it.each(Object.keys(SERVICE))("%s with no conversation open: no reply", async (kind) => {
    await kid.sendMedia(SERVICE[kind]!);
    expect(kid.texts).toEqual([]);
    expect(kid.lastCalls.filter((c) => c.method === "deleteMessage")).toEqual([]);
  });

  it.each(Object.keys(SERVICE))(
    "%s at 'Now type your password': no reply, and the password is taken next",
    async (kind) => {
      await kid.say("/setup");
      await kid.say("S1001");
      expect(kid.texts.at(-1)).toContain("Now type your password.");

      await kid.sendMedia(SERVICE[kind]!);
      expect(kid.texts).toEqual([]);
      expect(kid.lastCalls.filter((c) => c.method === "deleteMessage")).toEqual([]);

      await kid.say("Garden-Lamp-21");
      expect(kid.texts.join("\n")).toContain("Great, it's you, Tan Wei Ling!");
    },
  );
});
