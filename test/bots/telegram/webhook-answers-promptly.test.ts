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

  it("notes what must outlive the process before an early answer, and answers an error when it cannot", async () => {
    const noted: unknown[] = [];
    const stillAtWork = new Promise<void>(() => undefined);
    const request = {
      requestId: "request-2",
      headers: { "x-telegram-bot-api-secret-token": SECRET },
      readBody: async () => Buffer.from(JSON.stringify({ update_id: 2 })),
    };
    const route = (beforeEarlyAnswer: (update: unknown) => Promise<void>, work: Promise<void>) =>
      telegramWebhookRoute(SECRET, () => work, new CapturedLogs().logger, {
        answerWithinMs: 50,
        beforeEarlyAnswer,
      });
    const noting = async (update: unknown) => void noted.push(update);
    expect((await route(noting, Promise.resolve())(request)).status).toBe(200);
    expect(noted).toEqual([]);
    expect((await route(noting, stillAtWork)(request)).status).toBe(200);
    expect(noted).toEqual([{ update_id: 2 }]);
    // Not noted: the HTTP server answers the error with a 500, and Telegram sends the update again.
    const storeDown = async () => Promise.reject(new Error("the store did not answer"));
    await expect(route(storeDown, stillAtWork)(request)).rejects.toThrow("the store did not answer");
  });
});
