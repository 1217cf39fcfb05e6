import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

const REAL = {
  ANSWER_PEPPER: "a-pepper-that-is-long-enough-0123456789",
  REDIS_URL: "redis://127.0.0.1:6379",
};
const BOT = "xoxb-1111-2222-botsecretvalue";
const APP = "xapp-1-A0SSPR-3333-appsecretvalue";

describe("Slack's two tokens, swapped or mistaken, stop the start naming the slot, never the token", () => {
  it("the app-level token in SLACK_BOT_TOKEN, or the bot token in SLACK_APP_TOKEN", () => {
    const swapped = problemsWith({ ...REAL, SLACK_BOT_TOKEN: APP, SLACK_APP_TOKEN: BOT });
    expect(swapped).toMatch(/SLACK_BOT_TOKEN: must be the Bot User OAuth Token .*, which starts with xoxb-/);
    expect(swapped).toMatch(/SLACK_APP_TOKEN: must be the app-level token .*, which starts with xapp-/);
    expect(swapped).not.toContain("secretvalue");
  });

  it("a token that is neither (a user token, the signing secret) is refused too", () => {
    const user = problemsWith({
      ...REAL,
      SLACK_BOT_TOKEN: "xoxp-user-secretvalue",
      SLACK_SIGNING_SECRET: "s",
    });
    expect(user).toContain("SLACK_BOT_TOKEN: must be the Bot User OAuth Token");
    expect(user).not.toContain("secretvalue");
  });

  it("the right tokens in the right slots start", () => {
    expect(loadConfig({ ...REAL, SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }).slack?.appToken).toBe(APP);
    // With Slack's token rotation the bot token starts xoxe.xoxb-.
    const rotating = `xoxe.${BOT}`;
    expect(loadConfig({ ...REAL, SLACK_BOT_TOKEN: rotating, SLACK_APP_TOKEN: APP }).slack?.botToken).toBe(
      rotating,
    );
  });

  it("a token with a space or line break inside (a copy in two pieces) says so, never the token", () => {
    const message = problemsWith({ ...REAL, SLACK_BOT_TOKEN: "xoxb-1111-2222 -botsecretvalue" });
    expect(message).toMatch(/SLACK_BOT_TOKEN: has a space or line break inside: copy it again/);
    expect(message).not.toContain("secretvalue");
  });
});
