import { PassThrough } from "node:stream";
import { ConsoleChannel } from "../../src/bots/console/console-channel.js";
import type { TestWorld } from "./test-world.js";

/** Everything the terminal channel shows for `typed` (piped in, not interactive), once it has all been read. */
export async function onTheTerminal(world: TestWorld, typed: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = "";
  output.on("data", (chunk: Buffer) => (screen += chunk.toString("utf8")));
  const run = new ConsoleChannel(world.engine, { input, output, interactive: false }).run();
  input.end(typed);
  await run;
  return screen;
}

/** The lines as typed, one per line. */
export const typedLines = (lines: string[]): string => `${lines.join("\n")}\n`;
