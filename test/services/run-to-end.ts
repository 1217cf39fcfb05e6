import { spawn } from "node:child_process";

/**
 * Longer than any refusal needs (a few seconds), shorter than the start's minute of waiting for a Redis
 * that does not answer: a start still waiting then is what the tests that use it are about.
 */
const GUARD_MS = 30_000;

export interface Ended {
  code: number | null;
  stderr: string;
}

/** Runs one of the bot's programs to its end (killed at GUARD_MS), as an admin or systemd would. */
export function runToEnd(args: string[], env: Record<string, string>): Promise<Ended> {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: new URL("../../", import.meta.url),
    env: { PATH: process.env.PATH ?? "", ...env },
    // A pipe that stays open: the terminal channel would have input to read.
    stdio: ["pipe", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const guard = setTimeout(() => child.kill("SIGKILL"), GUARD_MS);
  return new Promise((resolve) =>
    child.once("close", (code) => {
      clearTimeout(guard);
      resolve({ code, stderr });
    }),
  );
}

/** The lines that are not JSON log lines: what the admin reads at the terminal or in journalctl. */
export function plainLines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line !== "" && !line.startsWith("{"));
}
