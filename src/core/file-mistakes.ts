import type { z } from "zod";
import { closestNames, editDistance } from "./closest-name.js";
import { ConfigError } from "./errors.js";

/** A yes-or-no key's words: "true" in quotes is text, not a yes. */
export const TRUE_OR_FALSE = "must be true or false, without quotes";

/** How a file an admin writes (DIRECTORY_FILE, QUESTIONS_FILE) is told about: its entries and their keys. */
export interface FileLayout {
  /** What a mistake outside every entry is said of: "the file", "the list". */
  whole: string;
  /**
   * Who a path is in ("S1001", 'question "bus"') and the path inside that entry; undefined for a path
   * outside every entry (the file's own keys).
   */
  entryOf(json: unknown, path: readonly PropertyKey[]): { who: string; inside: PropertyKey[] } | undefined;
  /** The keys the object at a path may have, and what they are called ("a person's keys"). */
  keysAt(path: readonly PropertyKey[]): { keys: readonly string[]; called: string } | undefined;
}

/**
 * One line per mistake zod found in a file, each naming its entry by id (never a place counted from 0), the
 * key, and for a key the bot does not know the one it was probably meant to be. No value from the file is
 * shown (a password may be one) but those a schema's own message shows (a role, say).
 */
export function mistakeLines(
  json: unknown,
  issues: readonly z.core.$ZodIssue[],
  layout: FileLayout,
): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const entry = layout.entryOf(json, issue.path);
    const inside = entry?.inside ?? issue.path;
    const who = entry === undefined ? "" : `${entry.who}: `;
    const field = inside.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      const at = field === "" ? "" : `${field}: `;
      const given = Object.keys(valueAt(json, issue.path) ?? {});
      for (const key of issue.keys) {
        lines.push(`${who}${at}${unknownKeyWords(key, given, layout.keysAt(issue.path))}`);
      }
      continue;
    }
    const missing =
      (issue.code === "invalid_type" || issue.code === "invalid_value") &&
      inside.length > 0 &&
      valueAt(json, issue.path) === undefined;
    if (missing) lines.push(`${who}"${field}" is missing`);
    else lines.push(`${who}${field === "" ? layout.whole : field}: ${issue.message}`);
  }
  return lines;
}

/** The value at a path of parsed JSON; undefined where there is none. */
export function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const step of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** A key as it is shown: quoted, and cut short if long (it is the admin's text, not a secret). */
export function shownKey(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

/** '"clases" is not one of a person's keys: did you mean "classes"?', or the keys there are. */
function unknownKeyWords(
  key: string,
  given: readonly string[],
  known: { keys: readonly string[]; called: string } | undefined,
): string {
  if (known === undefined) return `${shownKey(key)} is not a key the bot knows here: remove it`;
  const meant = meantKey(
    key,
    known.keys.filter((k) => !given.includes(k)),
  );
  return meant === undefined
    ? `${shownKey(key)} is not one of ${known.called} (${known.keys.join(", ")})`
    : `${shownKey(key)} is not one of ${known.called}: did you mean ${shownKey(meant)}?`;
}

/**
 * The key a misspelt one was meant to be, among those its object does not have yet (a person with both
 * "name" and "nam" did not mean "name" twice). Letter case aside, a key of two letters is not guessed ("cn"
 * is Chinese, not a slip of "en"), nor a short one more than one edit away ("age" is not "name").
 */
function meantKey(key: string, candidates: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  if (lower.length <= 2) return undefined;
  const [guess, another] = closestNames(lower, candidates);
  if (guess === undefined || another !== undefined) return undefined;
  if (lower.length <= 4 && editDistance(lower, guess) > 1) return undefined;
  return guess;
}

const FIX_THE_FILE = "Fix the file, then start again.";

/** The refusal of a file with mistakes: the setting, the file's full path, and one line per mistake. */
export function fileMistakesError(setting: string, fullPath: string, lines: readonly string[]): ConfigError {
  const count = lines.length === 1 ? "a mistake" : `${lines.length} mistakes`;
  return new ConfigError(
    `${setting}: ${fullPath} has ${count}:\n${lines.map((line) => `  - ${line}`).join("\n")}\n${FIX_THE_FILE}`,
  );
}

/**
 * Awaits every read of the admin's files; when more than one is refused, one ConfigError names the
 * mistakes of each, so that one round of edits fixes them all, as the settings are all listed at once.
 */
export async function everyFileRead<T extends readonly unknown[]>(
  reads: readonly [...{ [K in keyof T]: Promise<T[K]> }],
): Promise<T> {
  const results = await Promise.allSettled(reads);
  const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  const other = refusals.find((reason) => !(reason instanceof ConfigError));
  if (other !== undefined) throw other;
  if (refusals.length === 1) throw refusals[0];
  if (refusals.length > 1) {
    const messages = refusals.map((reason) =>
      (reason as ConfigError).message.replace(`\n${FIX_THE_FILE}`, ""),
    );
    throw new ConfigError(`${messages.join("\n")}\nFix the files, then start again.`);
  }
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
