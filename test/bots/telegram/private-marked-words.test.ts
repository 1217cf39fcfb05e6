import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 31337);
});
afterEach(async () => world.close(channel));

/** `text` as Telegram sends it, with `word` marked as an entity of `type`. */
const marked = (text: string, type: string, word: string) => {
  const update = kid.messageUpdate(text);
  const entity = { offset: text.indexOf(word), length: word.length, type };
  return { ...update, message: { ...update.message, entities: [entity] } };
};

describe("a private chat with no conversation open", () => {
  it("keeps links, addresses, mentions and tags Telegram marks, and still deletes a password", async () => {
    await kid.deliver(marked("see school.example/news2026", "url", "school.example/news2026"));
    await kid.deliver(marked("ask @mr_tan_2026 please", "mention", "@mr_tan_2026"));
    await kid.deliver(marked("we won #sports_day_2026", "hashtag", "#sports_day_2026"));
    expect(world.api.callsTo("deleteMessage")).toEqual([]);

    const typed = await kid.say("my password is Garden-Lamp-21");
    expect(world.api.callsTo("deleteMessage").map((c) => c.payload)).toEqual([
      { chat_id: kid.chat.id, message_id: typed },
    ]);
  });
});

describe("a private chat with no conversation open, where Telegram marks a word", () => {
  it("deletes a password that is the message's only word, marked as an @mention or #tag", async () => {
    const mention = marked("@Tiger2015x", "mention", "@Tiger2015x");
    const tag = marked("#Garden21", "hashtag", "#Garden21");
    await kid.deliver(mention);
    await kid.deliver(tag);
    expect(world.api.callsTo("deleteMessage").map((c) => c.payload)).toEqual([
      { chat_id: kid.chat.id, message_id: mention.message.message_id },
      { chat_id: kid.chat.id, message_id: tag.message.message_id },
    ]);
  });

  it("keeps a mention in a sentence, an address and links", async () => {
    await kid.deliver(marked("@mr_tan_2026 hi", "mention", "@mr_tan_2026"));
    await kid.deliver(marked("write to tan@school.edu", "email", "tan@school.edu"));
    await kid.deliver(marked("see School-News-2026", "text_link", "School-News-2026"));
    expect(world.api.callsTo("deleteMessage")).toEqual([]);
  });
});

describe("a private chat with no conversation open, and a photo's caption", () => {
  it("deletes a password typed as a photo's caption, and keeps an ordinary caption", async () => {
    await kid.sendPhoto("our class trip!!!");
    const link = "school.example/news2026";
    await kid.sendPhoto(`see ${link}`, [{ type: "url", offset: 4, length: link.length }]);
    expect(world.api.callsTo("deleteMessage")).toEqual([]);

    const photo = await kid.sendPhoto("my password Garden-Lamp-21");
    expect(world.api.callsTo("deleteMessage").map((c) => c.payload)).toEqual([
      { chat_id: kid.chat.id, message_id: photo },
    ]);
    expect(world.logs.text).not.toContain("Garden-Lamp-21");
  });
});
