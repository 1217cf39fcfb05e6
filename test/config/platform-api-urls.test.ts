import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

const REAL = {
  ANSWER_PEPPER: "a-pepper-that-is-long-enough-0123456789",
  REDIS_URL: "redis://127.0.0.1:6379",
};
const TELEGRAM = { ...REAL, TELEGRAM_BOT_TOKEN: "123:telegram-token-secret" };
const SLACK = { ...REAL, SLACK_BOT_TOKEN: "xoxb-slack-token-secret", SLACK_SIGNING_SECRET: "signing" };

describe("a platform API address that is no URL stops the start as a setting, not as a network fault", () => {
  it("TELEGRAM_API_ROOT and SLACK_API_URL must be http:// or https:// URLs", () => {
    for (const root of ["not-a-url", "api.telegram.org", "ftp://api.telegram.org"]) {
      expect(problemsWith({ ...TELEGRAM, TELEGRAM_API_ROOT: root })).toMatch(
        /TELEGRAM_API_ROOT: must be an http:\/\/ or https:\/\/ address/,
      );
      expect(problemsWith({ ...SLACK, SLACK_API_URL: root })).toMatch(
        /SLACK_API_URL: must be an http:\/\/ or https:\/\/ address/,
      );
    }
    const local = "http://127.0.0.1:8081";
    expect(loadConfig({ ...TELEGRAM, TELEGRAM_API_ROOT: local }).telegram?.apiRoot).toBe(local);
    expect(loadConfig({ ...SLACK, SLACK_API_URL: `${local}/api/` }).slack?.apiUrl).toBe(`${local}/api/`);
  });

  it("a bad webhook URL does not hide a bad webhook secret: both are listed at once", () => {
    const message = problemsWith({
      ...TELEGRAM,
      TELEGRAM_WEBHOOK_URL: "bot.school.example/telegram/webhook",
      TELEGRAM_WEBHOOK_SECRET: "short",
    });
    expect(message).toContain("TELEGRAM_WEBHOOK_URL: must start with https://");
    expect(message).toContain("TELEGRAM_WEBHOOK_SECRET: is required with TELEGRAM_WEBHOOK_URL");
  });
});
