import { describe, expect, it } from "vitest";
import { updateToEvent } from "../../../src/bots/telegram/update-to-inbound.js";

const from = { id: 55, is_bot: false, first_name: "Ann", language_code: "ms" };
const chat = { id: 55, type: "private" };

describe("reading a Telegram update", () => {
  it("passes typed text as it is, but a /start deep link as plain /start", () => {
    const event = updateToEvent({
      update_id: 7,
      message: { message_id: 3, from, chat, date: 1, text: "/start abc" },
    });
    expect(event).toMatchObject({
      kind: "message",
      chatId: 55,
      inbound: { channel: "telegram", chatUserId: "55", isPrivate: true, text: "/start", messageId: "3" },
    });
    expect(event.kind === "message" && event.inbound).toMatchObject({ updateId: "7", locale: "ms" });
  });

  it("gives a photo no text, and notes its caption's own words (marked links blanked)", () => {
    const caption = "my password https://a.example/x1";
    const event = updateToEvent({
      update_id: 8,
      message: {
        message_id: 4,
        from,
        chat,
        date: 1,
        photo: [],
        caption,
        caption_entities: [{ type: "url", offset: 12, length: 20 }],
      },
    });
    expect(event.kind === "message" && event.inbound.text).toBeUndefined();
    expect(event.kind === "message" && event.captionWords).toBe("my password " + " ".repeat(20));
  });

  it("notes a text's own words: links, addresses, commands and mentions in a sentence blanked, code and the rest kept", () => {
    // "📘" is two UTF-16 units, as Telegram counts offsets.
    const text = "📘 /setup@sspr_bot see https://a.example/x1 @mr_tan_2026 my Garden-Lamp-21";
    const at = (word: string) => ({ offset: text.indexOf(word), length: word.length });
    const event = updateToEvent({
      update_id: 10,
      message: {
        message_id: 6,
        from,
        chat: { id: -100, type: "supergroup" },
        date: 1,
        text,
        entities: [
          { type: "bot_command", ...at("/setup@sspr_bot") },
          { type: "url", ...at("https://a.example/x1") },
          { type: "mention", ...at("@mr_tan_2026") },
          { type: "code", ...at("Garden-Lamp-21") },
        ],
      },
    });
    const words = event.kind === "message" ? event.inbound.ownWords : undefined;
    expect(words?.split(/\s+/)).toEqual(["📘", "see", "my", "Garden-Lamp-21"]);
    expect(words).toHaveLength(text.length);
  });

  it("keeps a marked @mention (not a bot's) or #tag that is the text's only word; blanks a link's words", () => {
    const own = (text: string, type: string, word: string) => {
      const entities = [{ type, offset: text.indexOf(word), length: word.length }];
      const message = { message_id: 7, from, chat, date: 1, text, entities };
      const event = updateToEvent({ update_id: 12, message });
      return event.kind === "message" ? event.inbound.ownWords?.trim() : undefined;
    };
    expect(own("@Tiger2015x", "mention", "@Tiger2015x")).toBe("@Tiger2015x");
    expect(own("#Garden21!!! 🙂", "hashtag", "#Garden21")).toBe("#Garden21!!! 🙂");
    expect(own("@mr_tan_2026 hi", "mention", "@mr_tan_2026")).toBe("hi");
    expect(own("@demo_primary_password_bot", "mention", "@demo_primary_password_bot")).toBe("");
    expect(own("see School-News-2026", "text_link", "School-News-2026")).toBe("see");
    expect(own("School-News-2026", "text_link", "School-News-2026")).toBe("");
  });

  it("treats a button without data as an old button of that chat", () => {
    const message = { message_id: 5, chat, date: 1, text: "…" };
    const event = updateToEvent({
      update_id: 9,
      callback_query: { id: "q", from, message, chat_instance: "c" },
    });
    expect(event).toMatchObject({ kind: "callback", chatId: 55, inbound: { choice: "", isPrivate: true } });
  });

  it("reads a button on a message too old to show (Bot API's InaccessibleMessage, date 0) as one of that chat", () => {
    const inaccessible = { message_id: 5, chat, date: 0 };
    const q = { id: "q", from, message: inaccessible, chat_instance: "c", data: "12:generate" };
    expect(updateToEvent({ update_id: 11, callback_query: q })).toMatchObject({
      kind: "callback",
      chatId: 55,
      messageId: 5,
      inbound: { chatUserId: "55", isPrivate: true, choice: "12:generate" },
    });
  });

  it("gives a button Telegram sends without its message (an inline message) no chat to act on", () => {
    const inline = { id: "q", from, chat_instance: "c", inline_message_id: "AAE", data: "12:generate" };
    expect(updateToEvent({ update_id: 10, callback_query: inline })).toEqual({
      kind: "buttonWithoutChat",
      queryId: "q",
      updateId: 10,
      locale: "ms",
    });
  });

  it("ignores what it cannot read instead of throwing", () => {
    for (const raw of [null, 42, "x", {}, { update_id: -1 }, { update_id: 1, message: { text: "hi" } }]) {
      expect(updateToEvent(raw).kind).toBe("ignored");
    }
    expect(updateToEvent({ update_id: 2, poll: {} })).toEqual({
      kind: "ignored",
      reason: "unsupported update type",
      updateId: 2,
    });
  });
});
