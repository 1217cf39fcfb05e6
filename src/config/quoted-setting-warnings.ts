import type { Environment } from "./env-types.js";
import { configVariableNames } from "./load-config.js";
import { isInQuotes, QUOTES_ADVICE } from "./quoted-value.js";

/**
 * A warning for each of the bot's settings whose value is in quotes, by name only: a password in quotes is
 * taken with them, and would otherwise only fail later, at the directory's login check.
 */
export function quotedSettingWarnings(env: Environment, known = configVariableNames()): string[] {
  return known
    .filter((name) => isInQuotes(env[name] ?? ""))
    .map((name) => `${name}'s value is in quotes: ${QUOTES_ADVICE}`);
}
