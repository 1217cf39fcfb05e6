import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

const REAL = {
  ANSWER_PEPPER: "a-pepper-that-is-long-enough-0123456789",
  REDIS_URL: "redis://127.0.0.1:6379",
};
const TOKEN = "7000000001:AAE-not_a_real_token-0123456789";

/**
 * Found by QA as an installing admin: each of these slips in copying the token from @BotFather got only
 * "Telegram refused TELEGRAM_BOT_TOKEN (404: Not Found)" from Telegram, for a token that looked right.
 */
describe("a Telegram token mangled in copying stops the start saying how, never the token", () => {
  it("a space inside (a copy in two pieces)", () => {
    const message = problemsWith({
      ...REAL,
      TELEGRAM_BOT_TOKEN: "7000000001: AAE-not_a_real_token-0123456789",
    });
    expect(message).toMatch(
      /TELEGRAM_BOT_TOKEN: has a space or line break inside: copy it again from @BotFather/,
    );
    expect(message).not.toContain("not_a_real_token");
  });

  it('"bot" in front, copied from the Bot API\'s address', () => {
    const message = problemsWith({ ...REAL, TELEGRAM_BOT_TOKEN: `bot${TOKEN}` });
    expect(message).toMatch(/TELEGRAM_BOT_TOKEN: starts with "bot", .*leave it out/);
    expect(message).not.toContain("not_a_real_token");
  });

  it("something else (the bot's @name, a Slack token, quotes kept by docker's --env-file)", () => {
    for (const token of ["@school_reset_bot", "xoxb-1111-secret", `"${TOKEN}"`]) {
      const message = problemsWith({ ...REAL, TELEGRAM_BOT_TOKEN: token });
      expect(message).toMatch(/TELEGRAM_BOT_TOKEN: is not a bot token from @BotFather/);
      expect(message).not.toMatch(/not_a_real_token|school_reset_bot|secret/);
    }
  });

  it("a token as @BotFather gives it starts, spaces around it trimmed", () => {
    expect(loadConfig({ ...REAL, TELEGRAM_BOT_TOKEN: ` ${TOKEN} ` }).telegram?.token).toBe(TOKEN);
  });
});
