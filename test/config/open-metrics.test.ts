import { describe, expect, it } from "vitest";
import { exposureWarnings } from "../../src/config/load-config.js";

const TELEGRAM_WEBHOOK = {
  TELEGRAM_BOT_TOKEN: "7000000001:AAE-not-a-real-token-0123456789",
  TELEGRAM_WEBHOOK_URL: "https://bot.school.example/telegram/webhook",
  TELEGRAM_WEBHOOK_SECRET: "webhook-secret-0123456789",
};
const SLACK_HTTP = { SLACK_BOT_TOKEN: "xoxb-not-real", SLACK_SIGNING_SECRET: "signing-secret-not-real" };
const TOKEN = { METRICS_TOKEN: "metrics-token-0123456789abcdef" };

describe("/metrics on a port the internet reaches", () => {
  it("webhooks on and no METRICS_TOKEN: a start warning says /metrics is open and how to close it", () => {
    for (const env of [TELEGRAM_WEBHOOK, SLACK_HTTP]) {
      const warnings = exposureWarnings(env);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/METRICS_TOKEN is not set/);
      expect(warnings[0]).toContain("/metrics");
      expect(warnings[0]).toContain("openssl rand -hex 32");
      expect(warnings.join("\n")).not.toMatch(/not-a-real-token|not-real|webhook-secret/);
    }
  });

  it("says nothing with a token, with polling, with Slack's socket mode or on the terminal alone", () => {
    expect(exposureWarnings({ ...TELEGRAM_WEBHOOK, ...TOKEN })).toEqual([]);
    expect(exposureWarnings({ ...SLACK_HTTP, ...TOKEN })).toEqual([]);
    expect(exposureWarnings({ TELEGRAM_BOT_TOKEN: TELEGRAM_WEBHOOK.TELEGRAM_BOT_TOKEN })).toEqual([]);
    expect(exposureWarnings({ ...SLACK_HTTP, SLACK_APP_TOKEN: "xapp-not-real" })).toEqual([]);
    expect(exposureWarnings({})).toEqual([]);
  });
});
