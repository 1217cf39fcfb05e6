import { parseArgs } from "node:util";
import { auditFile, NOT_LISTED, parseSince, readAuditSpan, type AuditFormat } from "../core/audit-file.js";
import { RELINKS_LISTED_A_DAY, type UnlistedDay } from "../core/ports/audit-log.js";
import { loadConfig } from "../config/load-config.js";
import { unknownVariableWarnings } from "../config/unknown-variables.js";
import { quotedSettingWarnings } from "../config/quoted-setting-warnings.js";
import { ConfigError } from "../core/errors.js";
import { storeName } from "../start-summary.js";
import { createStore } from "../store/create-store.js";
import { NO_REDIS_SET, redisAclOf, refusedSetting, storeFailureWords } from "./store-failure-words.js";
import { stopWhenOutputClosed } from "./stop-when-output-closed.js";
import { npmSwallowedFlags, npmSwallowedWords } from "./npm-swallowed-flags.js";

const USAGE = `Prints the audit stream (ids, events and times; never a secret).
Usage: npm run audit -- --since 7d [--until 1d] [--format csv|jsonl] [--person ID]
       (in production: node --require ./dist/thread-pool.cjs dist/tools/audit-export.js --since 7d ...)
  --since   how far back: 30m, 12h, 7d, 2w, or a date such as 2026-09-01 (required). A date or time
            without a zone is UTC, as the time column is: a school's own midnight in Singapore is
            2026-09-01T00:00+08:00
  --until   where to stop (not included), in the same forms: --since 2026-09-01 --until 2026-09-08 is
            one week. Without it, up to now
  --format  csv (default) or jsonl
  --person  only the events about or by this user id; class:5B for the events about class 5B
Reads REDIS_URL (or REDIS_CLUSTER_NODES / REDIS_SENTINELS) and REDIS_PREFIX like the bot: from the
environment and from .env in the working directory (a variable set in the environment wins).`;

/** A day whose share of the stream was full, in one line for the admin who runs the export. */
function unlistedWarning(day: UnlistedDay): string {
  const count = day.counts.reduce((sum, c) => sum + c.count, 0);
  const date = `${day.day.slice(0, 4)}-${day.day.slice(4, 6)}-${day.day.slice(6)}`;
  if (day.shareFull === false) {
    return `On ${date} an account's link moved more than ${RELINKS_LISTED_A_DAY} times from ${new Date(day.from).toISOString()}: ${count} events were counted but not listed (see the "${NOT_LISTED}" line). Each move is in that person's own record (/audit of them).`;
  }
  return `On ${date} the audit record's share of AUDIT_MAX_EVENTS was full from ${new Date(day.from).toISOString()}: ${count} events were counted but not listed (see the "${NOT_LISTED}" line). If this was real use, raise AUDIT_MAX_EVENTS.`;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

/** `npm run audit`: the audit stream since a time, as CSV or JSON lines on stdout. */
/** Under npm, a lone argument is often a flag's value that npm kept for itself (no `--` before the flags). */
function npmHint(): string {
  if (process.env.npm_lifecycle_event === undefined) return "";
  return ` (under npm, the tool's flags go after \`--\`: \`npm run audit -- --since 7d --format jsonl\`)`;
}

async function main(): Promise<void> {
  // `npm run audit --since 7d` (no `--`) gives the tool "7d" alone, and `--since=2026-09-01` nothing.
  // (npm reads `--format` as its own --format-package-lock: its value reaches the tool as a lone argument.)
  const argv = process.argv.slice(2);
  const flags = ["since", "until", "format", "person"];
  const swallowed = npmSwallowedFlags(flags, argv, process.env);
  if (swallowed.length > 0) fail(npmSwallowedWords("audit", swallowed, argv, flags));
  let values: { since?: string; until?: string; format?: string; person?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        since: { type: "string" },
        until: { type: "string" },
        format: { type: "string", default: "csv" },
        person: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}${npmHint()}`);
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.since === undefined) fail("Say how far back with --since, e.g. --since 7d.");
  const since = parseSince(values.since, Date.now());
  if (since === null)
    fail(
      `--since ${values.since} is not a time: use e.g. 7d, 12h, 2026-09-01 (UTC) or 2026-09-01T00:00+08:00.`,
    );
  const until = values.until === undefined ? undefined : parseSince(values.until, Date.now());
  if (until === null)
    fail(
      `--until ${values.until} is not a time: use e.g. 1d, 12h, 2026-09-08 (UTC) or 2026-09-08T00:00+08:00.`,
    );
  if (until !== undefined && until <= since) {
    const utc = (at: number) => new Date(at).toISOString();
    fail(
      `--until ${values.until} (${utc(until)}) is not after --since ${values.since} (${utc(since)}): the export has nothing between them.`,
    );
  }
  if (values.format !== "csv" && values.format !== "jsonl") fail("--format must be csv or jsonl.");

  // Standard error, as standard output is the file. A misspelt REDIS_PREFIX reads another prefix: an empty file.
  for (const warning of unknownVariableWarnings(process.env)) process.stderr.write(`${warning}\n`);
  for (const warning of quotedSettingWarnings(process.env)) process.stderr.write(`${warning}\n`);
  let config;
  try {
    config = loadConfig(process.env, { checksAnswers: false });
  } catch (error) {
    if (error instanceof ConfigError) fail(`The audit export cannot run: ${error.message}`);
    throw error;
  }
  if (!config.redis.isReal) {
    // The in-memory store of a running bot cannot be read from here.
    fail(NO_REDIS_SET);
  }
  const store = createStore(config.redis);
  try {
    const { events, unlisted } = await readAuditSpan(store, {
      since,
      until,
      limit: config.redis.auditMaxEvents,
      personId: values.person,
    });
    process.stdout.write(auditFile(events, values.format as AuditFormat, unlisted));
    // Said on standard error too: a file that is not whole should not pass for one.
    for (const day of unlisted) process.stderr.write(`${unlistedWarning(day)}\n`);
    // An empty file looks like "nothing happened": with a REDIS_PREFIX or REDIS_URL not the bot's, it is.
    if (events.length === 0) {
      const about = values.person === undefined ? "" : ` about or by ${values.person}`;
      const before = until === undefined ? "" : ` and before ${new Date(until).toISOString()}`;
      process.stderr.write(
        `No audit events${about} since ${new Date(since).toISOString()}${before} under REDIS_PREFIX "${config.redis.prefix}" on ${storeName(config)}. If the bot was used since then, check that REDIS_URL and REDIS_PREFIX are the bot's own.\n`,
      );
    }
  } catch (error) {
    const words = storeFailureWords(error, storeName(config), redisAclOf(config.redis));
    if (words === null) throw error;
    process.stderr.write(`The audit export failed: ${words}\n`);
    // A password or database Redis refuses is a setting to fix (2), as at the bot's start; no answer is 1.
    process.exitCode = refusedSetting(error) ? 2 : 1;
  } finally {
    await store.close();
  }
}

stopWhenOutputClosed();
main().catch((error: unknown) => {
  process.stderr.write(`The audit export failed: ${(error as Error).message}\n`);
  process.exit(1);
});
