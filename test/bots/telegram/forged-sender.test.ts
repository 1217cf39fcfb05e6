import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramWorld } from "./telegram-world.js";
import { TelegramKid } from "./telegram-kid.js";

const PASSWORD = "Garden-Lamp-21";

/*
 * In a Telegram private chat the chat is the user: chat.id === from.id. An update in a "private" chat from
 * someone else is forged (or something Telegram never sends), and acting on it would run one user's dialog
 * while sending its replies, deletions and button changes into another user's chat.
 */
describe("Telegram: an update in a private chat from someone who is not that chat", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  let kid: TelegramKid;
  let stranger: TelegramKid;

  beforeEach(async () => {
    ({ world, channel } = await TelegramWorld.create());
    kid = new TelegramKid(world, 424242);
    // Another user's updates, dressed up as coming from the kid's private chat.
    stranger = new TelegramKid(world, 555_001, kid.chat);
  });
  afterEach(async () => world.close(channel));

  it("a message is ignored: nothing is sent to the chat and no dialog starts for anyone", async () => {
    await kid.say("/setup");
    await kid.say("S1001");

    await stranger.say("/setup");
    expect(stranger.lastCalls).toEqual([]);
    await stranger.say("S1002");
    expect(stranger.lastCalls).toEqual([]);

    // The kid's own dialog did not move: it still waits for the password.
    await kid.say(PASSWORD);
    expect(kid.texts.join()).toContain("Great, it's you");

    // Nothing was started for the stranger either: their own chat begins at the menu.
    const strangerOwn = new TelegramKid(world, 555_001);
    await strangerOwn.say("S1002");
    expect(strangerOwn.texts.join()).toContain("What would you like to do?");
  });

  it("a message without a sender is ignored", async () => {
    const update = kid.messageUpdate("/start") as { message: Record<string, unknown> };
    delete update.message.from;
    await kid.deliver(update);
    expect(kid.lastCalls).toEqual([]);
  });

  it("an edit is ignored: the kid's message is not deleted and nothing is said", async () => {
    const messageId = await kid.say("/start");
    await stranger.edit(messageId, "hello");
    expect(stranger.lastCalls).toEqual([]);
  });

  it("a button press is answered without a word, and the kid's buttons stay and still work", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    await kid.say(PASSWORD);

    await stranger.press("favourite animal");
    expect(stranger.lastCalls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(stranger.lastCalls[0]?.payload.text).toBeUndefined();

    await kid.press("favourite animal");
    expect(kid.texts.join()).toContain("What is your favourite animal?");
  });
});
