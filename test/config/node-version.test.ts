import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const PRELOAD = new URL("../../scripts/thread-pool.cjs", import.meta.url).pathname;
const run = promisify(execFile);

/**
 * Found by QA as an installing admin: Debian 12's own nodejs package is Node 18. Under systemd (settings in
 * /etc/sspr-bot.env, no .env in the folder) the preload said nothing about it, and the bot went on to fail
 * later with an error about a missing function. A Node older than 20.12 (it has no util.parseEnv) is made
 * here by taking that function away before the preload runs.
 */
describe("the start on a Node.js older than 20.12", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "old-node-"));
    await writeFile(
      join(dir, "old-node.cjs"),
      `require("node:util").parseEnv = undefined;\nObject.defineProperty(process, "version", { value: "v18.19.0" });\n`,
    );
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it("stops at once with code 2, naming the version it needs and the one it has, with no .env too", async () => {
    const failed = await run(
      process.execPath,
      ["--require", "./old-node.cjs", "--require", PRELOAD, "-e", "console.log('the bot ran')"],
      { cwd: dir, env: { PATH: process.env.PATH ?? "" } },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    const { code, stdout, stderr } = failed as { code: number; stdout: string; stderr: string };
    expect(code).toBe(2);
    expect(stdout).not.toContain("the bot ran");
    expect(stderr).toContain("The bot cannot start: it needs Node.js 20.12 or newer (this is v18.19.0)");
    expect(stderr).toContain("nodejs.org");
  });
});
