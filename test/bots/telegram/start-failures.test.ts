import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/core/errors.js";
import { BOT_TOKEN, TelegramWorld } from "./telegram-world.js";

/** The error a start fails with: what main prints after "The bot cannot start: " (exit code 2). */
async function startError(...args: Parameters<typeof TelegramWorld.create>): Promise<Error> {
  const error = await TelegramWorld.create(...args).then(
    () => new Error("the channel started"),
    (e: unknown) => e as Error,
  );
  expect(error).toBeInstanceOf(ConfigError);
  expect(error.message).not.toContain(BOT_TOKEN);
  expect(error.message).not.toContain(BOT_TOKEN.split(":")[1]!);
  return error;
}

describe("a Telegram start that fails is one clear line for the admin", () => {
  it("a wrong token (401): names TELEGRAM_BOT_TOKEN and @BotFather", async () => {
    const error = await startError(
      {},
      {
        webhook: false,
        beforeStart: (api) =>
          api.failNext("getMe", 401, { ok: false, error_code: 401, description: "Unauthorized" }),
      },
    );
    expect(error.message).toContain("Telegram refused TELEGRAM_BOT_TOKEN (401");
    expect(error.message).toContain("@BotFather");
  });

  it("a Bot API that cannot be reached: names the host and what to check", async () => {
    const error = await startError({ TELEGRAM_API_ROOT: "http://127.0.0.1:1" }, { webhook: false });
    expect(error.message).toContain("could not reach Telegram's Bot API at 127.0.0.1:1");
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.message).toContain("TELEGRAM_API_ROOT");
  });

  it("a webhook address Telegram refuses: names TELEGRAM_WEBHOOK_URL", async () => {
    const error = await startError(
      {},
      {
        beforeStart: (api) =>
          api.failNext("setWebhook", 400, {
            ok: false,
            error_code: 400,
            description: "Bad Request: bad webhook: HTTPS url must be provided for webhook",
          }),
      },
    );
    expect(error.message).toContain("Telegram refused TELEGRAM_WEBHOOK_URL (400");
    expect(error.message).toContain("HTTPS url must be provided");
  });
});
