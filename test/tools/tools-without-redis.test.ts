import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bundledEntry } from "../helpers/bundled-entry.js";

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
 * An admin on the bot's server runs a tool in /opt/sspr-bot, where the bot's settings are in the systemd
 * unit's EnvironmentFile and there is no .env: the tool finds no Redis. It must say where to give it.
 */
describe("npm run audit and npm run leavers with no Redis in their settings", () => {
  it("audit says to give it the bot's Redis settings, in the environment or .env, and how under systemd", async () => {
    const { code, stdout, stderr } = await run(bundledEntry("audit"), ["--since", "7d"], {});
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("REDIS_URL is not set");
    expect(stderr).toMatch(/REDIS_CLUSTER_NODES.*REDIS_SENTINELS/);
    expect(stderr).toContain(".env");
    expect(stderr).toContain("systemd-run");
  });

  it("leavers says the same", async () => {
    const { code, stdout, stderr } = await run(bundledEntry("leavers"), ["--dry-run"], {
      DIRECTORY_FILE: "data/demo-school.json",
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("REDIS_URL is not set");
    expect(stderr).toMatch(/REDIS_CLUSTER_NODES.*REDIS_SENTINELS/);
    expect(stderr).toContain(".env");
    expect(stderr).toContain("systemd-run");
  });

  it("audit --help says where the settings come from, as leavers --help does", async () => {
    const { stdout } = await run(bundledEntry("audit"), ["--help"], {});
    expect(stdout).toMatch(/\.env\b/);
    expect(stdout).toMatch(/environment/);
  });
});
