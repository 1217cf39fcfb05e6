import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { translate } from "../../../src/core/i18n/translate.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

const PASSWORD = "Garden-Lamp-21";
const CLASS_GROUP = { id: -1001234567890, type: "supergroup", title: "Class 4A" } as const;

let world: TelegramWorld;
let channel: TelegramChannel;
let group: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  group = new TelegramKid(world, 424242, CLASS_GROUP);
});
afterEach(async () => world.close(channel));

/** Log lines at warn (40) or above written since `from`. */
const loudLines = (from: number) =>
  world.logs.lines.slice(from).filter((line) => (JSON.parse(line) as { level: number }).level >= 40);

describe("a password typed in a class group", () => {
  it("is deleted from the group (where the bot may delete), with no more words from the bot", async () => {
    await group.say("/setup");
    expect(group.texts).toEqual([translate({ key: "chat.privateOnly" })]);

    const typed = await group.say(PASSWORD);
    expect(group.lastCalls.map((c) => [c.method, c.payload])).toEqual([
      ["deleteMessage", { chat_id: CLASS_GROUP.id, message_id: typed }],
    ]);
    const inSentence = await group.say(`/setup my password is ${PASSWORD}`);
    expect(group.lastCalls.map((c) => [c.method, c.payload])).toEqual([
      ["deleteMessage", { chat_id: CLASS_GROUP.id, message_id: inSentence }],
    ]);
    expect(world.api.callsTo("sendMessage")).toHaveLength(1);
    expect(world.logs.text).not.toContain(PASSWORD);
  });

  it("the first message of a group is deleted too, and the group still hears once to write privately", async () => {
    const typed = await group.say(PASSWORD);
    expect(group.lastCalls[0]).toMatchObject({
      method: "deleteMessage",
      payload: { chat_id: CLASS_GROUP.id, message_id: typed },
    });
    expect(group.texts).toEqual([translate({ key: "chat.privateOnly" })]);
  });

  it("where the bot may not delete (not a group admin), the failure is quiet", async () => {
    await group.say("/setup");
    const from = world.logs.lines.length;
    world.api.failNext("deleteMessage", 400, {
      ok: false,
      error_code: 400,
      description: "Bad Request: message can't be deleted",
    });
    await group.say(PASSWORD);
    expect(group.lastCalls.map((c) => c.method)).toEqual(["deleteMessage"]);
    expect(loudLines(from)).toEqual([]);
    expect(world.logs.text).not.toContain(PASSWORD);
  });

  it("ordinary group messages stay: words, a user ID, and links, addresses, mentions and a ping of the bot Telegram marks", async () => {
    await group.say("/setup");
    await group.say("S1001");
    await group.say("hello everyone!!! I couldn't find the ice-cream");
    const marked = (text: string, type: string, word: string) => {
      const update = group.messageUpdate(text);
      const entity = { offset: text.indexOf(word), length: word.length, type };
      return { ...update, message: { ...update.message, entities: [entity] } };
    };
    await group.deliver(
      marked("news at https://school.example/news2026 today", "url", "https://school.example/news2026"),
    );
    await group.deliver(marked("write to office2026@school.example", "email", "office2026@school.example"));
    await group.deliver(marked("hi @demo_primary_password_bot", "mention", "@demo_primary_password_bot"));
    await group.deliver(marked("@demo_primary_password_bot", "mention", "@demo_primary_password_bot"));
    await group.deliver(
      marked("/setup@demo_primary_password_bot", "bot_command", "/setup@demo_primary_password_bot"),
    );
    expect(world.api.callsTo("deleteMessage")).toEqual([]);
    expect(world.api.callsTo("sendMessage")).toHaveLength(1);
  });
});

describe("a password put in a class group another way", () => {
  it("by editing a message is deleted, without a word; an ordinary edit stays", async () => {
    await group.say("/setup");
    const hi = await group.say("hi");
    const ordinary = await group.say("see you");
    await group.edit(hi, PASSWORD);
    expect(group.lastCalls.map((c) => [c.method, c.payload])).toEqual([
      ["deleteMessage", { chat_id: CLASS_GROUP.id, message_id: hi }],
    ]);
    await group.edit(ordinary, "see you at 10am-11am!!!");
    expect(group.lastCalls).toEqual([]);
    expect(world.api.callsTo("sendMessage")).toHaveLength(1);
    expect(world.logs.text).not.toContain(PASSWORD);
  });

  it("in a photo's caption is deleted, without a word; a caption with only a marked link stays", async () => {
    await group.say("/setup");
    const photo = await group.sendPhoto(`my password ${PASSWORD}`);
    expect(group.lastCalls.map((c) => [c.method, c.payload])).toEqual([
      ["deleteMessage", { chat_id: CLASS_GROUP.id, message_id: photo }],
    ]);
    const link = "https://school.example/news2026";
    await group.sendPhoto(`news at ${link}`, [{ type: "url", offset: 8, length: link.length }]);
    await group.sendPhoto("our class trip!!!");
    expect(world.api.callsTo("deleteMessage")).toHaveLength(1);
    expect(world.api.callsTo("sendMessage")).toHaveLength(1);
  });

  it("as a lone @mention or #tag is deleted; a mention in a sentence stays", async () => {
    await group.say("/setup");
    const alone = (word: string, type: string) => {
      const update = group.messageUpdate(word);
      return {
        ...update,
        message: { ...update.message, entities: [{ offset: 0, length: word.length, type }] },
      };
    };
    await group.deliver(alone("@Tiger2015x", "mention"));
    await group.deliver(alone("#Garden21", "hashtag"));
    expect(world.api.callsTo("deleteMessage")).toHaveLength(2);
    const hi = group.messageUpdate("@mr_tan_2026 hi");
    await group.deliver({
      ...hi,
      message: { ...hi.message, entities: [{ offset: 0, length: 12, type: "mention" }] },
    });
    expect(world.api.callsTo("deleteMessage")).toHaveLength(2);
    expect(world.api.callsTo("sendMessage")).toHaveLength(1);
  });
});
