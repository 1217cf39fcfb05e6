import { pino } from "pino";
import { connectChannel, createApp } from "./app.js";
import type { ChatChannel } from "./bots/chat-channel.js";
import { ConsoleChannel } from "./bots/console/console-channel.js";
import { printDemoBanner } from "./bots/console/demo-banner.js";
import { createSlackChannel } from "./bots/slack/slack-channel.js";
import { retryPolicyFor } from "./bots/telegram/retrying-api.js";
import { createTelegramChannel } from "./bots/telegram/telegram-channel.js";
import { isSetIn } from "./config/env-types.js";
import { threadPoolWarnings } from "./config/hashing-settings.js";
import {
  alertDestinationWarnings,
  demoSchoolWarnings,
  exposureWarnings,
  insecureDirectoryWarnings,
  settingWarnings,
  type Config,
} from "./config/load-config.js";
import { unknownVariableWarnings } from "./config/unknown-variables.js";
import { settingsFileCutWarnings } from "./config/settings-file-cut.js";
import { quotedSettingWarnings } from "./config/quoted-setting-warnings.js";
import { addProbeRoutes } from "./health/probe-routes.js";
import { HttpServer } from "./http/http-server.js";
import { scheduleLeavers } from "./leavers/leavers-schedule.js";
import { scheduleReminders } from "./reminders-schedule.js";
import { scheduleSprayChecks } from "./spray-schedule.js";
import { guidedCodeEnds } from "./guided-code-ends.js";
import { createLogger } from "./logging/create-logger.js";
import { logWritten } from "./logging/log-written.js";
import { platformCallObserver } from "./metrics/platform-observer.js";
import { startSummary } from "./start-summary.js";
import { prepareStrengthCheck } from "./core/passwords/password-strength.js";

/**
 * Runs the bot's channels once main.ts has found it can start: the terminal (`useConsole`), and every chat
 * platform configured. Loaded only then, so a start it refuses does not first load the chat platforms' libraries.
 */
export async function runBot(config: Config, useConsole: boolean, chatPlatforms: boolean): Promise<void> {
  const interactive = useConsole && process.stdin.isTTY === true;
  // At the terminal stdout is the conversation: logs go to stderr, and only warnings unless asked for more.
  const level = interactive && !isSetIn(process.env, "LOG_LEVEL") ? "warn" : config.core.logLevel;
  const logger = createLogger(level, useConsole ? pino.destination(2) : undefined);
  for (const warning of threadPoolWarnings(process.env, config.hashing)) logger.warn(warning);
  for (const warning of unknownVariableWarnings(process.env))
    logger.warn({ event: "unknown_setting" }, warning);
  for (const warning of settingWarnings(process.env)) logger.warn({ event: "unused_setting" }, warning);
  for (const warning of exposureWarnings(process.env)) logger.warn({ event: "open_metrics" }, warning);
  for (const warning of demoSchoolWarnings(process.env)) logger.warn({ event: "demo_school" }, warning);
  for (const warning of insecureDirectoryWarnings(process.env))
    logger.warn({ event: "ldap_tls_insecure" }, warning);
  for (const warning of alertDestinationWarnings(process.env))
    logger.warn({ event: "alerts_log_only" }, warning);
  for (const warning of settingsFileCutWarnings(process.env))
    logger.warn({ event: "settings_file_cut" }, warning);
  for (const warning of quotedSettingWarnings(process.env)) logger.warn({ event: "quoted_setting" }, warning);
  const app = await createApp(config, logger);
  await app.checkQuestionList();
  const { platformTimeoutMs } = config.server;

  // One HTTP server for webhooks, probes and metrics; the terminal gets one only when PORT is set.
  const http =
    chatPlatforms || config.server.portSet
      ? new HttpServer({
          port: config.server.port,
          host: config.server.host,
          logger,
          proxyAddresses: config.server.proxyAddresses,
          onConnectionDropped: (reason) => app.metrics.httpConnectionsDropped.inc({ reason }),
        })
      : undefined;
  if (http !== undefined) {
    addProbeRoutes(http, {
      pingRedis: () => app.pingStore(),
      redisTimeoutMs: config.server.readyRedisTimeoutMs,
      directoryStatus: () => app.directoryHealth.status(),
      registry: app.metrics.registry,
      ...(config.server.metricsToken === undefined ? {} : { metricsToken: config.server.metricsToken }),
      logger,
    });
  }
  const channels: ChatChannel[] = [];
  let stopLeavers: (() => void) | undefined = undefined;
  let stopReminders: (() => void) | undefined = undefined;
  let stopSprayCheck: (() => void) | undefined = undefined;
  const codeEnds = guidedCodeEnds(app.deps);
  let stopping: Promise<void> | undefined;
  const stop = (code: number, reason: string) => {
    stopping ??= (async () => {
      logger.info({ event: "stopping", reason }, "stopping: finishing the work in hand");
      stopLeavers?.();
      stopReminders?.();
      stopSprayCheck?.();
      await codeEnds.stop();
      await http?.close();
      for (const channel of channels) await channel.stop();
      await app.close();
      logger.info({ event: "stopped", code }, "stopped");
      // The log is written asynchronously: the last lines must be out, in order, before the process ends.
      await logWritten(logger);
      process.exit(code);
    })();
    return stopping;
  };
  process.once("SIGTERM", () => void stop(0, "SIGTERM"));
  process.once("SIGINT", () => void stop(0, "SIGINT"));

  const core = app.channelCore;
  if (useConsole) {
    if (interactive) printDemoBanner(config, process.stdout);
    const io = { input: process.stdin, output: process.stdout, interactive };
    channels.push(new ConsoleChannel(core.engine, io, { onEnd: () => void stop(0, "input ended") }));
  }
  if (config.telegram !== undefined) {
    const options = {
      retry: retryPolicyFor(platformTimeoutMs, platformCallObserver("telegram", app.metrics, logger)),
      // A supervisor (systemd, Kubernetes) restarts the bot; a process that silently stopped polling would not be.
      onPollingStopped: () => void stop(1, "polling stopped"),
    };
    channels.push(createTelegramChannel(core, config.telegram, logger, http, options));
  }
  if (config.slack !== undefined) {
    const options = {
      timeoutMs: platformTimeoutMs,
      observe: platformCallObserver("slack", app.metrics, logger),
    };
    channels.push(await createSlackChannel(core, config.slack, logger, http, options));
  }
  // The word lists of "too easy to guess" (about 0.5 s), before the first child's turn rather than during it.
  prepareStrengthCheck();
  for (const channel of channels) connectChannel(app, channel, config.alerts);
  await http?.listen();
  app.directoryHealth.start();
  app.storeHealth.start();
  const { leaversIntervalHours } = config.server;
  stopLeavers =
    leaversIntervalHours > 0 && app.people !== undefined
      ? scheduleLeavers({ ...app.deps, people: app.people }, leaversIntervalHours)
      : undefined;
  for (const channel of channels) await channel.start();
  stopReminders = scheduleReminders(app.deps);
  stopSprayCheck = scheduleSprayChecks(app.deps);
  codeEnds.start();
  const running = useConsole ? ["console"] : channels.map((c) => c.name);
  logger.info(startSummary(config, running, process.env.SSPR_SETTINGS_FILE), "started");
}
