import { loadConfig } from "./config/load-config.js";
import { consoleInputProblem } from "./bots/console/console-input.js";
import { unknownVariableWarnings } from "./config/unknown-variables.js";
import { settingsFileCutWarnings } from "./config/settings-file-cut.js";
import { platformWithoutTokenWarnings } from "./config/platform-without-token.js";
import { ConfigError } from "./core/errors.js";
import { StoreNotReadyAtStartError } from "./start-question-check.js";

/**
 * Starts the bot: every configured channel in one process. With nothing configured that is the terminal
 * channel over the in-memory store and the demo school.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const chatPlatforms = config.telegram !== undefined || config.slack !== undefined;
  const useConsole = config.server.consoleWanted && !chatPlatforms;
  if (!chatPlatforms && !useConsole) {
    throw new ConfigError(
      "CONSOLE=false and no chat platform is configured, so there is no channel to run: set TELEGRAM_BOT_TOKEN or SLACK_BOT_TOKEN, or leave CONSOLE unset",
    );
  }
  // Under systemd or Docker with no platform set, stdin is /dev/null: the terminal channel would end at once
  // with exit code 0, which a supervisor takes for success or restarts in a loop.
  const inputProblem = useConsole ? consoleInputProblem() : null;
  if (inputProblem !== null) {
    throw new ConfigError(
      `no chat platform is configured (TELEGRAM_BOT_TOKEN / SLACK_BOT_TOKEN) and ${inputProblem}. ` +
        "Set a chat platform's variables, or run the terminal demo at a terminal or with input piped in.",
    );
  }
  // Loaded only now: a refusal above is told at once, without loading the chat platforms' libraries first.
  const { runBot } = await import("./run-bot.js");
  await runBot(config, useConsole, chatPlatforms);
}

main().catch((error: unknown) => {
  // A problem found while building the app (the question file, say) is the school's to fix: no stack.
  // A misspelt name is often why (TELEGRAM_TOKEN: "no chat platform is configured"), or a platform's other
  // settings set without its token, and the log that would name it is not written yet.
  if (error instanceof ConfigError) {
    const misspelt = [
      ...unknownVariableWarnings(process.env),
      ...settingsFileCutWarnings(process.env),
      ...platformWithoutTokenWarnings(process.env),
    ].map((warning) => `\n  ${warning}`);
    process.stderr.write(`The bot cannot start: ${error.message}${misspelt.join("")}\n`);
    process.exit(2);
  }
  // Redis did not come up in time: nothing to fix in the settings, so exit 1 and let the supervisor retry.
  if (error instanceof StoreNotReadyAtStartError) {
    process.stderr.write(`The bot cannot start: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `The bot stopped because of an unexpected error: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exit(1);
});
