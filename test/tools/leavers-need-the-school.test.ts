import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bundledEntry } from "../helpers/bundled-entry.js";

const LEAVERS = bundledEntry("leavers");
const AUDIT = bundledEntry("audit");
// A Redis that fails at once: a tool that gets past its settings stops with "Redis did not answer" (code 1).
const NO_REDIS = "unix:///nonexistent/qa-admin/redis.sock";

function run(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      { env: { PATH: process.env.PATH ?? "", ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr }),
    );
  });
}

/*
 * `npm run leavers` run from a shell that lacks the bot's directory settings (they are in the systemd unit,
 * or DIRECTORY is misspelt) would check the real Redis against the demo school: every real student is
 * missing there, so below the "more than a fifth, and at least 10" guard (a pilot class), or with --force,
 * they would all be removed as leavers, answers and links gone.
 */
describe("npm run leavers without the school's directory", () => {
  it("refuses before touching Redis, naming the settings that give the school and the misspelt one", async () => {
    const { code, stdout, stderr } = await run(LEAVERS, ["--dry-run"], {
      REDIS_URL: NO_REDIS,
      DIRECTRY: "ldap",
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("did you mean DIRECTORY?");
    expect(stderr).toContain("demo school");
    expect(stderr).toContain("DIRECTORY=ldap");
    expect(stderr).toContain("DIRECTORY_FILE");
    expect(stderr).not.toContain("Redis did not answer");
  });

  it("goes on with a school file named (even the demo's own), and names a misspelt setting, never its value", async () => {
    const { code, stderr } = await run(LEAVERS, ["--dry-run"], {
      REDIS_URL: NO_REDIS,
      DIRECTORY_FILE: "data/demo-school.json",
      REDIS_PREFX: "school-b-secret-prefix:",
    });
    expect(code).toBe(1);
    expect(stderr).toContain("Redis did not answer");
    expect(stderr).toContain(
      "REDIS_PREFX is not a setting of this bot, so it is ignored: did you mean REDIS_PREFIX?",
    );
    expect(stderr).not.toContain("school-b-secret-prefix");
  });
});

/* A misspelt REDIS_PREFIX makes the export read another prefix: an empty file, "nothing happened". */
describe("npm run audit with a misspelt setting", () => {
  it("names it on standard error, never its value, and keeps standard output for the file", async () => {
    const { code, stdout, stderr } = await run(AUDIT, ["--since", "7d"], {
      REDIS_URL: NO_REDIS,
      REDIS_PREFX: "school-b-secret-prefix:",
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      "REDIS_PREFX is not a setting of this bot, so it is ignored: did you mean REDIS_PREFIX?",
    );
    expect(stderr).not.toContain("school-b-secret-prefix");
  });
});
