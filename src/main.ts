import { pino } from "pino";
import { createApp } from "./app.js";
import { ConsoleChannel } from "./bots/console/console-channel.js";
import { printDemoBanner } from "./bots/console/demo-banner.js";
import { startSlackChannel, type SlackChannel } from "./bots/slack/slack-channel.js";
import { startTelegramChannel, type TelegramChannel } from "./bots/telegram/telegram-channel.js";
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
  let telegram: TelegramChannel | undefined;
  let slack: SlackChannel | undefined;
  const stop = async (code: number) => {
    await http?.close();
    await telegram?.stop();
    await slack?.stop();
    await app.close();
    process.exit(code);
  };
  process.once("SIGTERM", () => void stop(0));
  process.once("SIGINT", () => void stop(0));

  if (useConsole) {
    if (interactive) printDemoBanner(config, process.stdout);
    await new ConsoleChannel(
      app.engine,
      { input: process.stdin, output: process.stdout, interactive },
      app.notifier,
    ).run();
    await stop(0);
    return;
  }
  await http?.listen();
  if (config.telegram !== undefined)
    telegram = await startTelegramChannel(app, config.telegram, logger, http, {
      // A supervisor (systemd, Kubernetes) restarts the bot; a process that silently stopped polling would not be.
      onPollingStopped: () => void stop(1),
    });
  if (config.slack !== undefined) slack = await startSlackChannel(app, config.slack, logger, http);
  telegram?.alertSinks(config.alerts.telegramChats).forEach((sink) => app.alerts.addSink(sink));
  if (slack !== undefined && config.alerts.slackChannel !== undefined) {
    app.alerts.addSink(slack.alertSink(config.alerts.slackChannel));
  }
  if (telegram === undefined && slack === undefined) {
    logger.error("no channel to run: set TELEGRAM_BOT_TOKEN or SLACK_BOT_TOKEN, or leave CONSOLE=true");
    await stop(2);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The bot stopped because of an unexpected error: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exit(1);
});
