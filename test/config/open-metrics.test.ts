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

  it("polling, Slack's Socket Mode or the terminal with PORT, on all interfaces and no token: one warning naming HOST and METRICS_TOKEN", () => {
    const polling = { TELEGRAM_BOT_TOKEN: TELEGRAM_WEBHOOK.TELEGRAM_BOT_TOKEN };
    const socketMode = { ...SLACK_HTTP, SLACK_APP_TOKEN: "xapp-not-real" };
    const terminalWithPort = { PORT: "3000" };
    for (const env of [
      polling,
      socketMode,
      terminalWithPort,
      { ...polling, HOST: "0.0.0.0" },
      { ...polling, HOST: "::" },
    ]) {
      const warnings = exposureWarnings(env);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/METRICS_TOKEN is not set/);
      expect(warnings[0]).toContain("all interfaces");
      expect(warnings[0]).toContain("/metrics");
      expect(warnings[0]).toContain("HOST=127.0.0.1");
      expect(warnings[0]).toContain("openssl rand -hex 32");
      expect(warnings.join("\n")).not.toMatch(/not-a-real-token|not-real|webhook-secret/);
    }
  });

  it("says nothing with a token, with HOST naming one interface, or on the terminal without PORT", () => {
    expect(exposureWarnings({ ...TELEGRAM_WEBHOOK, ...TOKEN })).toEqual([]);
    expect(exposureWarnings({ ...SLACK_HTTP, ...TOKEN })).toEqual([]);
    const polling = { TELEGRAM_BOT_TOKEN: TELEGRAM_WEBHOOK.TELEGRAM_BOT_TOKEN };
    expect(exposureWarnings({ ...polling, ...TOKEN })).toEqual([]);
    expect(exposureWarnings({ ...polling, HOST: "127.0.0.1" })).toEqual([]);
    expect(exposureWarnings({ ...SLACK_HTTP, SLACK_APP_TOKEN: "xapp-not-real", HOST: "::1" })).toEqual([]);
    expect(exposureWarnings({ PORT: "3000", HOST: "localhost" })).toEqual([]);
    expect(exposureWarnings({})).toEqual([]);
  });
});
