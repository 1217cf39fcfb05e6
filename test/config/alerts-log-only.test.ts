import { describe, expect, it } from "vitest";
import { alertDestinationWarnings } from "../../src/config/load-config.js";

const TELEGRAM = { TELEGRAM_BOT_TOKEN: "7000000001:AAE-not-a-real-token-0123456789" };
const SLACK = { SLACK_BOT_TOKEN: "xoxb-not-real", SLACK_APP_TOKEN: "xapp-not-real" };

describe("a chat platform with no admin alert destination", () => {
  it("warns at start that every alert (a suspension, Redis or the directory down) reaches only the log", () => {
    for (const env of [TELEGRAM, SLACK, { ...TELEGRAM, ADMIN_ALERT_TELEGRAM_CHATS: "  " }]) {
      const warnings = alertDestinationWarnings(env);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain("ADMIN_ALERT_TELEGRAM_CHATS");
      expect(warnings[0]).toContain("ADMIN_ALERT_SLACK_CHANNEL");
      expect(warnings[0]).toMatch(/only .*log/);
      expect(warnings[0]).not.toMatch(/not-a-real-token|not-real/);
    }
  });

  it("says nothing with a destination, or on the terminal alone (the demo)", () => {
    expect(alertDestinationWarnings({ ...TELEGRAM, ADMIN_ALERT_TELEGRAM_CHATS: "-1001234567890" })).toEqual(
      [],
    );
    expect(alertDestinationWarnings({ ...SLACK, ADMIN_ALERT_SLACK_CHANNEL: "C0123456" })).toEqual([]);
    expect(alertDestinationWarnings({})).toEqual([]);
  });
});
