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

  it("gives a photo no text, and notes its caption", () => {
    const event = updateToEvent({
      update_id: 8,
      message: { message_id: 4, from, chat, date: 1, photo: [], caption: "my password" },
    });
    expect(event.kind === "message" && event.inbound.text).toBeUndefined();
    expect(event.kind === "message" && event.hasCaption).toBe(true);
  });

  it("treats a button without data, or on an inline message, as an old button outside a private chat", () => {
    const event = updateToEvent({ update_id: 9, callback_query: { id: "q", from, chat_instance: "c" } });
    expect(event).toMatchObject({ kind: "callback", inbound: { choice: "", isPrivate: false } });
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
