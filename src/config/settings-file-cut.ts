import type { Environment } from "./env-types.js";

/**
 * What to tell the admin about settings whose value .env cut at a # (scripts/thread-pool.cjs lists them in
 * SSPR_SETTINGS_FILE_CUT): the bot got only what comes before it, so a password with a # "is wrong" while
 * .env shows it right. Names only, never the value.
 */
export function settingsFileCutWarnings(env: Environment): string[] {
  const names = (env.SSPR_SETTINGS_FILE_CUT ?? "").split(",").filter((name) => name !== "");
  return names.map(
    (name) =>
      `${name} in .env has a # in its value, and .env reads everything from a # on as a comment, so the bot got only what comes before it: put the value in double quotes (${name}="..."), or in a URL's password write # as %23`,
  );
}
