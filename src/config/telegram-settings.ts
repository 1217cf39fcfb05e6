import { z } from "zod";
import { optionalHttpUrl, optionalString } from "./env-types.js";
import { tokenInPiecesProblem } from "./token-in-pieces.js";

const BOTFATHER = "@BotFather (/mybots, API Token)";

/**
 * What is wrong with a token that is not the bot's number, a colon, then letters, digits, - and _, as
 * @BotFather gives it; never the token. Telegram answers each of these slips with only "404: Not Found".
 */
function telegramTokenProblem(token: string): string | undefined {
  const inPieces = tokenInPiecesProblem(token, BOTFATHER);
  if (inPieces !== undefined) return inPieces;
  if (/^bot\d+:/i.test(token))
    return 'starts with "bot", which belongs to the Bot API\'s address, not to the token: leave it out';
  if (!/^\d+:[A-Za-z0-9_-]+$/.test(token))
    return `is not a bot token from ${BOTFATHER}, which is the bot's number, a colon, then letters, digits, - and _ (123456789:AAE...)`;
  return undefined;
}

/** The Telegram channel; on when TELEGRAM_BOT_TOKEN is set. */
export const telegramSettings = z
  .object({
    TELEGRAM_BOT_TOKEN: optionalString.superRefine((token, ctx) => {
      const problem = token === undefined ? undefined : telegramTokenProblem(token);
      if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
    }),
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
