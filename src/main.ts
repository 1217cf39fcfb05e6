import { pino } from "pino";
import { createApp, startChannel } from "./app.js";
import type { ChatChannel } from "./bots/chat-channel.js";
import { ConsoleChannel } from "./bots/console/console-channel.js";
import { printDemoBanner } from "./bots/console/demo-banner.js";
import { createSlackChannel } from "./bots/slack/slack-channel.js";
import { createTelegramChannel } from "./bots/telegram/telegram-channel.js";
import { loadConfig, type Config } from "./config/load-config.js";
import { ConfigError } from "./core/errors.js";
import { HttpServer } from "./http/http-server.js";
import { createLogger } from "./logging/create-logger.js";

/**
 * Starts the bot: every configured channel in one process. With nothing configured that is the terminal
 * channel over the in-memory store and the demo school.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const chatPlatforms = config.telegram !== undefined || config.slack !== undefined;
  const useConsole = config.server.consoleWanted && !chatPlatforms;
  const interactive = useConsole && process.stdin.isTTY === true;
  // At the terminal stdout is the conversation: logs go to stderr, and only warnings unless asked for more.
  const level = interactive && process.env.LOG_LEVEL === undefined ? "warn" : config.core.logLevel;
  const logger = createLogger(level, useConsole ? pino.destination(2) : undefined);
  const app = await createApp(config, logger);

  // Webhooks (Telegram's, and Slack's in HTTP mode) share one HTTP server on PORT.
  const slackOverHttp = config.slack !== undefined && config.slack.appToken === undefined;
  const http =
    config.telegram?.webhookUrl !== undefined || slackOverHttp
      ? new HttpServer({ port: config.server.port, logger })
      : undefined;
  const channels: ChatChannel[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await http?.close();
    for (const channel of channels) await channel.stop();
    await app.close();
    process.exit(code);
  };
  process.once("SIGTERM", () => void stop(0));
  process.once("SIGINT", () => void stop(0));

  const core = app.channelCore;
  if (useConsole) {
    if (interactive) printDemoBanner(config, process.stdout);
    const io = { input: process.stdin, output: process.stdout, interactive };
    channels.push(new ConsoleChannel(core.engine, io, { onEnd: () => void stop(0) }));
  }
  if (config.telegram !== undefined) {
    // A supervisor (systemd, Kubernetes) restarts the bot; a process that silently stopped polling would not be.
    const options = { onPollingStopped: () => void stop(1) };
    channels.push(createTelegramChannel(core, config.telegram, logger, http, options));
  }
  if (config.slack !== undefined) channels.push(await createSlackChannel(core, config.slack, logger, http));
  if (channels.length === 0) {
    logger.error("no channel to run: set TELEGRAM_BOT_TOKEN or SLACK_BOT_TOKEN, or leave CONSOLE=true");
    await stop(2);
    return;
  }
  await http?.listen();
  for (const channel of channels) await startChannel(app, channel, config.alerts);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The bot stopped because of an unexpected error: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exit(1);
});
