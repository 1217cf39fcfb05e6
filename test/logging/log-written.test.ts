import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logging/create-logger.js";
import { logWritten } from "../../src/logging/log-written.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The log as an admin's collector reads it: the messages of the lines in the file, in order. */
function messagesIn(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => (JSON.parse(line) as { msg: string }).msg);
}

describe("the last lines before the bot exits", () => {
  it("are all in the log, in the order logged, once logWritten resolves (pino's own asynchronous writer)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "log-written-"));
    dirs.push(dir);
    const file = join(dir, "bot.log");
    // The writer the bot uses: asynchronous, no minimum length (pino's default for stdout and stderr).
    const destination = pino.destination({ dest: file, sync: false, minLength: 0 });
    await new Promise((resolve) => destination.once("ready", resolve));
    const logger = createLogger("info", destination);

    logger.info("stopping: finishing the work in hand");
    logger.info("stopped");
    await logWritten(logger);

    // What process.exit leaves: the file as it is now. Before, "stopped" was still waiting behind
    // "stopping"'s write, and the exit handler's synchronous flush wrote it first.
    expect(messagesIn(file)).toEqual(["stopping: finishing the work in hand", "stopped"]);
  });
});
