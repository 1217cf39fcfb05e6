import { describe, expect, it } from "vitest";
import { loadConfig, settingWarnings } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

const TELEGRAM = {
  TELEGRAM_BOT_TOKEN: "123:telegram-token-secret",
  ANSWER_PEPPER: "a-pepper-that-is-long-enough-0123456789",
  REDIS_URL: "redis://127.0.0.1:6379",
  TELEGRAM_WEBHOOK_SECRET: "0123456789abcdef-_XYZ",
};

describe("the Telegram webhook settings", () => {
  it("a webhook URL that is not https:// stops the start: Telegram only calls https", () => {
    for (const url of ["http://bot.school.example/telegram/webhook", "bot.school.example/telegram/webhook"]) {
      const message = problemsWith({ ...TELEGRAM, TELEGRAM_WEBHOOK_URL: url });
      expect(message).toMatch(/TELEGRAM_WEBHOOK_URL: must start with https:\/\/.*Telegram only/);
      expect(message).not.toContain("telegram-token-secret");
    }
    const ok = "https://bot.school.example/telegram/webhook";
    expect(loadConfig({ ...TELEGRAM, TELEGRAM_WEBHOOK_URL: ok }).telegram?.webhookUrl).toBe(ok);
  });

  it("a webhook secret without a webhook URL is a warning: the bot polls and the secret is unused", () => {
    const warnings = settingWarnings(TELEGRAM);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/TELEGRAM_WEBHOOK_SECRET is set but TELEGRAM_WEBHOOK_URL is not/);
    expect(warnings[0]).toMatch(/polls/);
    expect(warnings.join("\n")).not.toContain(TELEGRAM.TELEGRAM_WEBHOOK_SECRET);
    expect(loadConfig(TELEGRAM).telegram?.webhookUrl).toBeUndefined();
    const webhook = { ...TELEGRAM, TELEGRAM_WEBHOOK_URL: "https://bot.school.example/telegram/webhook" };
    expect(settingWarnings(webhook)).toEqual([]);
    expect(settingWarnings({})).toEqual([]);
  });
});
