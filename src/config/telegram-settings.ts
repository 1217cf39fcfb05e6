import { z } from "zod";
import { optionalHttpUrl, optionalString } from "./env-types.js";

/** The Telegram channel; on when TELEGRAM_BOT_TOKEN is set. */
export const telegramSettings = z
  .object({
    TELEGRAM_BOT_TOKEN: optionalString,
    TELEGRAM_WEBHOOK_URL: optionalString.superRefine((url, ctx) => {
      if (url !== undefined && !(URL.canParse(url) && new URL(url).protocol === "https:")) {
        ctx.addIssue({
          code: "custom",
          message:
            "must start with https:// (Telegram only sends updates to an HTTPS address), e.g. https://bot.school.example/telegram/webhook",
        });
      }
    }),
    TELEGRAM_WEBHOOK_SECRET: optionalString,
    TELEGRAM_API_ROOT: optionalHttpUrl("https://api.telegram.org"),
  })
  .transform((env) =>
    env.TELEGRAM_BOT_TOKEN === undefined
      ? undefined
      : {
          token: env.TELEGRAM_BOT_TOKEN,
          webhookUrl: env.TELEGRAM_WEBHOOK_URL,
          webhookSecret: env.TELEGRAM_WEBHOOK_SECRET,
          apiRoot: env.TELEGRAM_API_ROOT ?? "https://api.telegram.org",
        },
  );

export type TelegramSettings = NonNullable<z.output<typeof telegramSettings>>;
