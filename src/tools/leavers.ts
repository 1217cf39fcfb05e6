import { pino } from "pino";
import { leaversReport } from "./leavers-report.js";
import { parseArgs } from "node:util";
import {
  insecureDirectoryWarnings,
  loadConfigOrExit,
  NO_SCHOOL_NAMED,
  noSchoolNamed,
} from "../config/load-config.js";
import { unknownVariableWarnings } from "../config/unknown-variables.js";
import { quotedSettingWarnings } from "../config/quoted-setting-warnings.js";
import { ConfigError, DirectoryUnavailableError } from "../core/errors.js";
import { removeLeavers, TooManyLeaversError } from "../leavers/remove-leavers.js";
import { createLogger } from "../logging/create-logger.js";
import { storeName } from "../start-summary.js";
import { NO_REDIS_SET, redisAclOf, refusedSetting, storeFailureWords } from "./store-failure-words.js";
import { stopWhenOutputClosed } from "./stop-when-output-closed.js";
import { npmSwallowedFlags, npmSwallowedWords } from "./npm-swallowed-flags.js";

const USAGE = `Removes the enrolments, links and records of people no longer in the directory (audited).
Usage: npm run leavers -- [--dry-run] [--force]
       (in production: node --require ./dist/thread-pool.cjs dist/tools/leavers.js ...)
  --dry-run  only report who would be removed and who is kept
  --force    remove even when more than a fifth of the people are missing (check the directory first)
Reads the bot's settings (REDIS_*, DIRECTORY, LDAP_*) like the bot: from the environment and from .env
in the working directory (a variable set in the environment wins).`;

/** Under npm, a lone argument is often a flag's value that npm kept for itself (no `--` before the flags). */
function npmHint(): string {
  if (process.env.npm_lifecycle_event === undefined) return "";
  return ` (under npm, the tool's flags go after \`--\`: \`npm run leavers -- --dry-run\`)`;
}

async function main(): Promise<void> {
  // `npm run leavers --dry-run` (no `--`) passes no flag: without this stop it would remove people for real.
  const argv = process.argv.slice(2);
  const swallowed = npmSwallowedFlags(["dry-run", "force"], argv, process.env);
  if (swallowed.length > 0) {
    process.stderr.write(`${npmSwallowedWords("leavers", swallowed, argv)}\n`);
    process.exit(2);
  }
  let values: { "dry-run"?: boolean; force?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        "dry-run": { type: "boolean" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}${npmHint()}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // A misspelt name (REDIS_PREFX) would check another prefix, or another directory, without a word.
  for (const warning of unknownVariableWarnings(process.env)) process.stderr.write(`${warning}\n`);
  for (const warning of quotedSettingWarnings(process.env)) process.stderr.write(`${warning}\n`);
  // It logs in to the directory as the service account, as the bot does.
  for (const warning of insecureDirectoryWarnings(process.env)) process.stderr.write(`${warning}\n`);
  if (noSchoolNamed(process.env)) {
    process.stderr.write(`npm run leavers cannot run: ${NO_SCHOOL_NAMED}.\n`);
    process.exit(2);
  }
  // It checks no answer, so it needs no ANSWER_PEPPER.
  const config = loadConfigOrExit({ checksAnswers: false }, "npm run leavers cannot run");
  if (!config.redis.isReal) {
    process.stderr.write(`${NO_REDIS_SET}\n`);
    process.exit(2);
  }
  // Standard output is the report; the JSON log lines go to standard error.
  const logger = createLogger(config.core.logLevel, pino.destination(2));
  // Loaded only for a run (the store, the directory): --help and a refused start come at once.
  const { createApp } = await import("../app.js");
  const app = await createApp(config, logger, { checksAnswers: false });
  try {
    const result = await removeLeavers(
      { ...app.deps, people: app.people! },
      { dryRun: values["dry-run"] === true, force: values.force === true },
    );
    process.stdout.write(leaversReport(result));
    // As the refused run: a script can tell that this needs --force.
    if (result.tooMany === true) process.exitCode = 3;
  } catch (error) {
    if (error instanceof TooManyLeaversError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 3;
      return;
    }
    // Every id is asked about before anyone is removed: a directory that does not answer removed nobody.
    if (error instanceof DirectoryUnavailableError) {
      // A refusal that names a setting (the service login, the search base, the certificate) is fixed, not
      // waited out: code 2, as the bot's start for a setting; an outage is 1.
      const setting = error.fault !== undefined;
      process.stderr.write(
        `The leavers run failed: ${error.message}. Nobody was removed: ${setting ? "fix that setting, then run it again." : "run it again when the directory answers."}\n`,
      );
      process.exitCode = setting ? 2 : 1;
      return;
    }
    const words = storeFailureWords(error, storeName(config), redisAclOf(config.redis));
    if (words === null) throw error;
    process.stderr.write(`The leavers run failed: ${words}\n`);
    // A password or database Redis refuses is a setting to fix (2), as at the bot's start; no answer is 1.
    process.exitCode = refusedSetting(error) ? 2 : 1;
  } finally {
    await app.close();
  }
}

stopWhenOutputClosed();
main().catch((error: unknown) => {
  // A mistake in DIRECTORY_FILE or QUESTIONS_FILE, found while building the app: fixed, not waited out (2).
  if (error instanceof ConfigError) {
    process.stderr.write(`npm run leavers cannot run: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`The leavers run failed: ${(error as Error).message}\n`);
  process.exit(1);
});
