import { Telegram } from "telegraf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AlertService } from "../../src/alerts/alert-service.js";
import { telegramAlertSinks, type AlertBotApi } from "../../src/alerts/telegram-alert-sink.js";
import { RetryingApi } from "../../src/bots/telegram/retrying-api.js";
import { alertsSettings } from "../../src/config/alerts-settings.js";
import type { Store } from "../../src/core/ports/store.js";
import { FakeBotApi } from "../bots/telegram/fake-bot-api.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { mockStore, QUICK_DELIVERY } from "./alert-fakes.js";

const TOKEN = "123456:SECRET-BOT-TOKEN";
const SUSPENSION = { kind: "suspension" as const, subject: "S1001", details: { failures: 5 } };

describe("Telegram alert sink, against a local stand-in for the Bot API", () => {
  let api: FakeBotApi;
  let store: Store;
  let logs: CapturedLogs;
  let alerts: AlertService;

  /** The channel's own retrying client, with no real waits. */
  const botApi = (url: string) =>
    new RetryingApi(new Telegram(TOKEN, { apiRoot: url }), {
      attempts: 2,
      backoffMs: [0],
      maxRetryAfterSeconds: 0,
      sleep: async () => undefined,
    });

  // Real HTTP calls: a 100 ms limit per try would, on a busy machine, time out a send that still lands and
  // send it again. No test here is about that limit.
  const OVER_HTTP = { ...QUICK_DELIVERY, attemptTimeoutMs: 10_000 };
  const start = (url: string, chats: string) => {
    const settings = alertsSettings.parse({ ADMIN_ALERT_TELEGRAM_CHATS: chats });
    alerts = new AlertService({
      store,
      logger: logs.logger,
      sinks: telegramAlertSinks(botApi(url), settings.telegramChats),
      dedupeMs: settings.dedupeMs,
      delivery: OVER_HTTP,
    });
  };

  beforeEach(async () => {
    api = await FakeBotApi.start();
    store = mockStore();
    logs = new CapturedLogs();
  });
  afterEach(async () => {
    await alerts.close();
    await store.close();
    await api.close();
  });

  it("sends each alert as plain text to every configured chat", async () => {
    start(api.url, "-1001234567890, 4242");
    alerts.raise(SUSPENSION);
    await alerts.flush();
    const sent = api.callsTo("sendMessage").map((call) => call.payload);
    expect(sent.map((payload) => payload.chat_id)).toEqual(["-1001234567890", "4242"]);
    for (const payload of sent) {
      expect(payload.text).toContain("Self-service reset suspended for S1001 after 5 failed tries");
      expect(payload.parse_mode).toBeUndefined();
    }
  });

  it("retries a chat that fails on its own, without sending the others the alert twice", async () => {
    const calls: string[] = [];
    const fake: AlertBotApi = {
      async call(_method, payload) {
        calls.push(payload.chat_id);
        if (payload.chat_id === "222" && calls.filter((id) => id === "222").length < 3)
          throw new Error("503");
        return { message_id: 1 };
      },
    };
    alerts = new AlertService({
      store,
      logger: logs.logger,
      sinks: telegramAlertSinks(fake, ["111", "222"]),
      dedupeMs: 15 * 60_000,
      delivery: QUICK_DELIVERY,
    });
    alerts.raise(SUSPENSION);
    await alerts.flush();
    expect(calls.sort()).toEqual(["111", "222", "222", "222"]);
    expect(logs.text).not.toContain("could not deliver");
  });

  it("takes the channel's RetryingApi, which rides out a 502 within one try", async () => {
    start(api.url, "555");
    api.failNext("sendMessage", 502, { ok: false, error_code: 502, description: "Bad Gateway" });
    alerts.raise(SUSPENSION);
    await alerts.flush();
    expect(api.callsTo("sendMessage").map((call) => call.result !== undefined)).toEqual([false, true]);
    expect(logs.text).not.toContain("could not deliver");
  });

  it("logs a chat the bot cannot write to by Telegram's description, without the token", async () => {
    start(api.url, "333");
    for (let i = 0; i < 3; i++) {
      api.failNext("sendMessage", 403, {
        ok: false,
        error_code: 403,
        description: "Forbidden: bot was kicked",
      });
    }
    alerts.raise(SUSPENSION);
    await alerts.flush();
    expect(logs.text).toContain("could not deliver an admin alert to telegram:333");
    expect(logs.text).toContain("Forbidden: bot was kicked");
    expect(logs.text).not.toContain("SECRET-BOT-TOKEN");
    // Found in QA: the line said what Telegram refused, not what the admin should do.
    expect(logs.text).toContain("add the bot to that group, or have that admin open a private chat");
  });

  it("says to check ADMIN_ALERT_TELEGRAM_CHATS for a chat Telegram does not know", async () => {
    start(api.url, "555");
    for (let i = 0; i < 3; i++) {
      api.failNext("sendMessage", 400, {
        ok: false,
        error_code: 400,
        description: "Bad Request: chat not found",
      });
    }
    alerts.raise(SUSPENSION);
    await alerts.flush();
    expect(logs.text).toContain("Bad Request: chat not found");
    expect(logs.text).toContain("check the number 555 in ADMIN_ALERT_TELEGRAM_CHATS");
  });

  it("a group upgraded to a supergroup: the line gives the new number to put in ADMIN_ALERT_TELEGRAM_CHATS", async () => {
    start(api.url, "-4001234567");
    for (let i = 0; i < 3; i++) {
      api.failNext("sendMessage", 400, {
        ok: false,
        error_code: 400,
        description: "Bad Request: group chat was upgraded to a supergroup chat",
        parameters: { migrate_to_chat_id: -1001234567890 },
      });
    }
    alerts.raise(SUSPENSION);
    await alerts.flush();
    expect(logs.text).toContain(
      "the group became a supergroup with a new number: set -1001234567890 in ADMIN_ALERT_TELEGRAM_CHATS instead of -4001234567",
    );
  });

  it("logs an unreachable Bot API without the URL, which holds the token", async () => {
    const url = api.url;
    await api.close();
    start(url, "444");
    alerts.raise(SUSPENSION);
    await alerts.flush();
    expect(logs.text).toContain("could not deliver an admin alert to telegram:444");
    expect(logs.text).not.toContain("SECRET-BOT-TOKEN");
    api = await FakeBotApi.start();
  });
});
