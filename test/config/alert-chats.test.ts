import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

const TELEGRAM = {
  ANSWER_PEPPER: "a-pepper-that-is-long-enough-0123456789",
  REDIS_URL: "redis://127.0.0.1:6379",
  TELEGRAM_BOT_TOKEN: "123:telegram-token-secret",
};

describe("ADMIN_ALERT_TELEGRAM_CHATS: a chat Telegram cannot have stops the start, not the first alert", () => {
  it("each item must be a chat's number or a public channel's @name", () => {
    for (const chats of ["abc", "999, it team", "12 34", "999;1000", "@it", "https://t.me/itteam"]) {
      const message = problemsWith({ ...TELEGRAM, ADMIN_ALERT_TELEGRAM_CHATS: chats });
      expect(message).toContain("ADMIN_ALERT_TELEGRAM_CHATS:");
      expect(message).toContain("each chat's number");
      expect(message).not.toContain("telegram-token-secret");
    }
  });

  it("numbers (a group's are negative) and @channel names are taken, commas and spaces as before", () => {
    const chats = "123456789, -1001234567890,@school_it_alerts";
    expect(loadConfig({ ...TELEGRAM, ADMIN_ALERT_TELEGRAM_CHATS: chats }).alerts.telegramChats).toEqual([
      "123456789",
      "-1001234567890",
      "@school_it_alerts",
    ]);
  });
});
