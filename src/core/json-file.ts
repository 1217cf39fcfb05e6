import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { cannotRead } from "../config/unreadable-file.js";
import { ConfigError } from "./errors.js";

/**
 * Reads a JSON file an admin names in a setting (DIRECTORY_FILE, QUESTIONS_FILE). A file saved by Windows
 * Notepad starts with a byte order mark and ends its lines with CRLF: both are read as any other file. A
 * file that cannot be read, or is not JSON, stops start-up with the setting, the file's full path, where the
 * mistake is (line and column) and what to do.
 */
export async function readJsonFile(setting: string, path: string): Promise<unknown> {
  const fullPath = resolve(path);
  let text: string;
  try {
    text = await readFile(fullPath, "utf8");
  } catch (error) {
    throw new ConfigError(
      `${setting}: ${cannotRead(fullPath, (error as NodeJS.ErrnoException).code ?? "error")}`,
    );
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${setting}: ${fullPath} is not valid JSON: ${whereWrong(text, error as Error)}`);
  }
}

/** "line 3, column 17: <JSON.parse's words>. Fix ..." for a JSON.parse error. */
function whereWrong(text: string, error: Error): string {
  // Node's words without its quote of the text and its offset (which counts from the file's start).
  const detail = error.message
    .replace(/, ".*" is not valid JSON$/s, "")
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(
      /^Unexpected end of JSON input$/,
      "the file ends too soon (a closing ] or } or quote is missing)",
    );
  const what = `${detail}. Fix the file there (usually a missing or extra comma, or a missing quote or bracket), then start the bot again`;
  const position = firstMistake(text);
  if (position === undefined) return what;
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - (before.lastIndexOf("\n") + 1) + 1;
  return `line ${line}, column ${column}: ${what}`;
}

/**
 * Where the first mistake in a JSON text is, as an offset (undefined when none is found). Node 20's own
 * error names no position for some mistakes ("Unexpected token"), so the text is scanned again here.
 */
function firstMistake(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new MistakeAt(Math.min(i, text.trimEnd().length));
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c < " ") fail();
      i++;
      if (c === '"') return;
      if (c === "\\") {
        if (text[i] === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 5;
        else if ('"\\/bfnrt'.includes(text[i] ?? "x")) i++;
        else fail();
      }
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === "{") {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ":") fail();
          i++;
        }
        value();
        space();
        if (text[i] === close) {
          i++;
          return;
        }
        if (text[i] !== ",") fail();
        i++;
      }
    }
    if (c === '"') return string();
    const word = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (word === null) fail();
    else i += word[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof MistakeAt) return error.offset;
    throw error;
  }
}

class MistakeAt {
  constructor(readonly offset: number) {}
}
