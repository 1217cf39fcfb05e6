import { describe, expect, it } from "vitest";
import {
  MESSAGE_TEXT_MAX,
  protectedPlaceholder,
  renderForTelegram,
} from "../../../src/bots/telegram/render-telegram.js";
import type { Reply } from "../../../src/core/messages.js";

/** A class report of 200 students with long names, far past one message. */
function longReply(extra: Partial<Reply> = {}): Reply {
  const missing = Array.from({ length: 200 }, (_, i) => `• A long student name number ${i} (S${1000 + i})`);
  const params = { class: "4A", total: 200, setUp: 0, missing: missing.join("\n"), suspended: "• nobody" };
  return {
    text: { key: "coverage.report", params: { ...params, paused: "", disabled: "", shared: "" } },
    ...extra,
  };
}

describe("a reply as Telegram messages", () => {
  it("a short reply is one message with its buttons", () => {
    const messages = renderForTelegram({
      text: { key: "report.nobody" },
      choices: [{ id: "m:setup", label: { key: "report.nobody" } }],
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reply_markup?.inline_keyboard).toHaveLength(1);
  });

  it("a long one is several messages under the limit, the buttons only on the last, each protected if it is", () => {
    const messages = renderForTelegram(
      longReply({
        choices: [{ id: "m:setup", label: { key: "report.nobody" } }],
        protect: { deleteAfterSeconds: 30 },
      }),
    );
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.text.length).toBeLessThanOrEqual(MESSAGE_TEXT_MAX);
      expect(message.protect_content).toBe(true);
    }
    expect(messages.slice(0, -1).every((m) => m.reply_markup === undefined)).toBe(true);
    expect(messages.at(-1)!.reply_markup?.inline_keyboard).toEqual([
      [{ text: "nobody", callback_data: "m:setup" }],
    ]);
    expect(messages.map((m) => m.text).join("\n")).toContain("(S1199)\nSuspended");
  });

  it("a protected reply's placeholder is protected, in the reply's language, and holds nothing of the secret", () => {
    const reply: Reply = {
      text: { key: "reset.generated", params: { password: "Quiet-Otter-58", minutes: 0, seconds: 30 } },
      protect: { deleteAfterSeconds: 30 },
      language: "zh",
    };
    expect(protectedPlaceholder(reply, "en")).toEqual({ text: "请稍等…", protect_content: true });
    expect(protectedPlaceholder({ ...reply, language: undefined }, "ms").text).toBe("Sekejap…");
  });
});
