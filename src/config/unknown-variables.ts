import type { Environment } from "./env-types.js";
import { closestNames, editDistance } from "../core/closest-name.js";
import { configVariableNames } from "./load-config.js";

/** Settings that no longer exist, with what to set instead. */
const REMOVED: Record<string, string> = {
  LINK_PAUSE_MINUTES:
    "was removed: set-up for a user ID now waits while LINK_MAX_FAILURES wrong passwords are within LINK_FAILURE_WINDOW_MINUTES",
};

/**
 * Variables Kubernetes (and Docker's legacy links) add for a service named like one of our prefixes, e.g.
 * REDIS_SERVICE_HOST or REDIS_PORT_6379_TCP_ADDR for a service "redis": not misspelt settings.
 */
const SERVICE_LINK =
  /_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT(_\d+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?)?)$/;

/**
 * What to tell the admin at start-up about variables that look like the bot's own (they start with one of
 * its prefixes, REDIS_, LDAP_, TELEGRAM_...) but are not one of its settings: a misspelt name is otherwise
 * silently ignored and its default used. Names only, never values (they may be secrets). Empty when all is well.
 */
export function unknownVariableWarnings(env: Environment, known = configVariableNames()): string[] {
  const knownNames = new Set(known);
  const prefixes = new Set(
    known.filter((name) => name.includes("_")).map((name) => name.split("_")[0] + "_"),
  );
  const warnings: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (knownNames.has(name) || SERVICE_LINK.test(name)) continue;
    // Upper-cased, so that redis_url or Ldap_Bind_Password is caught as the slip it is.
    const upper = name.toUpperCase();
    if (![...prefixes].some((prefix) => upper.startsWith(prefix))) {
      const meant = slipInPrefix(name, known);
      if (meant !== undefined)
        warnings.push(`${name} is not a setting of this bot, so it is ignored: did you mean ${meant}?`);
      continue;
    }
    const removed = REMOVED[upper];
    if (removed !== undefined) {
      warnings.push(`${name} ${removed}; it is ignored.`);
      continue;
    }
    const shown = showableName(name, known);
    if (shown !== name) {
      warnings.push(
        `${shown} is followed by more in its name (not shown): is the "=" missing? That variable is ignored.`,
      );
      continue;
    }
    const closest = closestNames(upper, known);
    warnings.push(
      closest.length === 0
        ? `${name} is not a setting of this bot, so it is ignored; see .env.example for the names.`
        : `${name} is not a setting of this bot, so it is ignored: did you mean ${closest.join(" or ")}?`,
    );
  }
  return warnings;
}

/** More than a slip of the keys after a setting's name (REDIS_URLS is a slip; a token is not). */
const RUN_INTO_NAME = 4;

/**
 * The part of a variable's name that may be printed. A line of .env with no "=" after the name but one in
 * the value ("ANSWER_PEPPER: c2Vj...=") is read by Node as a name holding the secret: only what a setting's
 * name can be is shown, up to the first other character, or the setting's name that more was run into.
 */
function showableName(name: string, known: string[]): string {
  const plain = /^[A-Za-z0-9_]*/.exec(name)?.[0] ?? "";
  const upper = plain.toUpperCase();
  const runInto = known
    .filter((setting) => upper.startsWith(setting) && upper.length - setting.length >= RUN_INTO_NAME)
    .filter((setting) => upper[setting.length] !== "_")
    .sort((a, b) => b.length - a.length)[0];
  return runInto === undefined ? plain : plain.slice(0, runInto.length);
}

/** Only a longer setting's name with a "_" in it: LANGUAGE (gettext's) is one edit from LANGUAGES. */
const SLIP_MIN_LENGTH = 8;
/**
 * Settings with no "_" whose slips are caught all the same: no other program's variable is one edit from
 * DIRECTORY, and a DIRECTRY=ldap left unseen serves the demo school (and npm run leavers checks against it).
 */
const SLIPS_OF_ONE_WORD = new Set(["DIRECTORY"]);

/**
 * The setting a name outside the bot's prefixes was meant to be, when it is one slip away: the same name in
 * other letter case (port, redis_url), or one edit from a longer one (METRIC_TOKEN, ANSWERPEPPER), which
 * otherwise leaves /metrics open or the pepper unset without a word. Other programs' variables stay quiet.
 */
function slipInPrefix(name: string, known: string[]): string | undefined {
  if (!/^[A-Za-z0-9_]+$/.test(name)) return undefined;
  const upper = name.toUpperCase();
  return known.find(
    (setting) =>
      setting === upper ||
      ((setting.includes("_") || SLIPS_OF_ONE_WORD.has(setting)) &&
        setting.length >= SLIP_MIN_LENGTH &&
        editDistance(upper, setting) === 1),
  );
}
