import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bundledEntry } from "../helpers/bundled-entry.js";

/** `npm run audit -- ARGS` with no Redis: what it says about its arguments, before it reads anything. */
function audit(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bundledEntry("audit"), ...args], {
      env: { PATH: process.env.PATH ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/*
 * QA (as the IT admin) was asked for the audit of one week of last term, for a parent's complaint: the export
 * took --since only, so it printed every event from then to now, months of them, to be cut by hand.
 */
describe("npm run audit -- --until", () => {
  it("is in --help", async () => {
    const { code, stdout } = await audit(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--until/);
  });

  it("a value that is not a time is refused in one line that says what to type, with exit code 2", async () => {
    const { code, stderr } = await audit(["--since", "2026-09-01", "--until", "next week"]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      "--until next week is not a time: use e.g. 1d, 12h, 2026-09-08 (UTC) or 2026-09-08T00:00+08:00.",
    );
    expect(stderr).not.toMatch(/\bat /);
  });

  it("an end not after the start is refused, naming both in UTC, with exit code 2", async () => {
    const { code, stderr } = await audit(["--since", "2026-09-08", "--until", "2026-09-01"]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      "--until 2026-09-01 (2026-09-01T00:00:00.000Z) is not after --since 2026-09-08 (2026-09-08T00:00:00.000Z): the export has nothing between them.",
    );
  });
});
