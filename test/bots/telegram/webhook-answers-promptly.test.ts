import { describe, expect, it } from "vitest";
import { telegramWebhookRoute } from "../../../src/bots/telegram/webhook-route.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";

const SECRET = "webhook-secret-0123456789abcdef";

describe("the Telegram webhook", () => {
  it("answers Telegram within its limit even while the update's work still waits on the Bot API", async () => {
    let workDone = false;
    const neverAnswered = new Promise<void>(() => undefined);
    const route = telegramWebhookRoute(
      SECRET,
      async () => {
        await neverAnswered;
        workDone = true;
      },
      new CapturedLogs().logger,
      { answerWithinMs: 100 },
    );
    const started = Date.now();
    const response = await route({
      requestId: "request-1",
      headers: { "x-telegram-bot-api-secret-token": SECRET },
      readBody: async () => Buffer.from(JSON.stringify({ update_id: 1 })),
    });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(workDone).toBe(false);
  });
});
