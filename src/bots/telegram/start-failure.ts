import { TelegramError } from "telegraf";
import { hostOf } from "../../config/url-host.js";
import { ConfigError } from "../../core/errors.js";

/**
 * A Bot API call that failed while the channel started, as one line for the admin (main prints it after
 * "The bot cannot start:" and exits 2): which setting to check and what to do. Use it for the start's own
 * calls (getMe, setWebhook), not for a student's message. Never the error's own message: node-fetch's names
 * the request URL, and the URL holds the token.
 */
export function telegramStartFailure(
  error: unknown,
  call: "getMe" | "setWebhook",
  apiRoot: string,
): ConfigError {
  if (error instanceof TelegramError) {
    const said = `${error.code}: ${error.description}`;
    if (call === "getMe" && (error.code === 401 || error.code === 404))
      return new ConfigError(
        `Telegram refused TELEGRAM_BOT_TOKEN (${said}): check the token from @BotFather (/mybots, API Token)`,
      );
    if (call === "setWebhook")
      return new ConfigError(
        `Telegram refused TELEGRAM_WEBHOOK_URL (${said}): it must be a public https:// address that reaches this bot`,
      );
    return new ConfigError(`Telegram refused the bot's ${call} (${said})`);
  }
  const code = (error as { code?: unknown } | null)?.code;
  const cause = typeof code === "string" ? code : error instanceof Error ? error.name : "no answer";
  return new ConfigError(
    `could not reach Telegram's Bot API at ${hostOf(apiRoot, "TELEGRAM_API_ROOT")} (${cause}): check this server's network, DNS and proxy, or TELEGRAM_API_ROOT`,
  );
}
