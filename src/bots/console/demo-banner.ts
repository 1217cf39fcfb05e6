import type { Config } from "../../config/load-config.js";

/** What a newcomer at the terminal needs to try the demo without opening the README. */
export function printDemoBanner(config: Config, output: NodeJS.WritableStream): void {
  const demo = config.directory.kind === "memory" && config.directory.file === undefined;
  const lines = [
    "Student password reset bot: terminal channel.",
    config.redis.isReal ? "Store: Redis." : "Store: in memory (forgotten when you quit).",
    demo
      ? "Directory: the demo school. Try student S1001 with password Garden-Lamp-21 (more in the README)."
      : "Directory: as configured.",
    "Answer a numbered choice with its number. Ctrl-D quits.",
    "",
  ];
  output.write(`${lines.join("\n")}\n`);
}
