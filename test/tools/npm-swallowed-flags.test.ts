import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bundledEntry } from "../helpers/bundled-entry.js";

// A Redis that fails at once: a tool that got past its flags would say "Redis did not answer".
const NO_REDIS = "unix:///nonexistent/npm-swallowed/redis.sock";

function run(name: "leavers" | "audit", args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bundledEntry(name), ...args],
      {
        env: {
          PATH: process.env.PATH ?? "",
          REDIS_URL: NO_REDIS,
          DIRECTORY_FILE: "data/demo-school.json",
          npm_lifecycle_event: name,
          ...env,
        },
      },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr }),
    );
  });
}

/*
 * `npm run leavers --dry-run` (no `--`): npm keeps --dry-run as its own setting, sets npm_config_dry_run=true
 * in the script's environment and passes no argument. The tool then removed every leaver for real.
 */
describe("a tool's flag that npm took as its own setting", () => {
  it("npm run leavers --dry-run removes nobody: it stops before Redis and says `npm run leavers -- --dry-run`", async () => {
    const { code, stdout, stderr } = await run("leavers", [], { npm_config_dry_run: "true" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Did you mean `npm run leavers -- --dry-run`?");
    expect(stderr).not.toContain("Redis did not answer");
  });

  it("npm run leavers --force -- --dry-run stops too, naming the --force npm kept", async () => {
    const { code, stderr } = await run("leavers", ["--dry-run"], { npm_config_force: "true" });
    expect(code).toBe(2);
    expect(stderr).toContain("Did you mean `npm run leavers -- --dry-run --force`?");
    expect(stderr).not.toContain("Redis did not answer");
  });

  it('npm run leavers -- --dry-run goes on (an unset npm setting of older npm versions, "", is not one)', async () => {
    const { code, stderr } = await run("leavers", ["--dry-run"], { npm_config_dry_run: "" });
    expect(code).toBe(1);
    expect(stderr).toContain("Redis did not answer");
  });

  it("npm run audit --since=7d says `npm run audit -- --since 7d`, not 'Say how far back'", async () => {
    const { code, stdout, stderr } = await run("audit", [], { npm_config_since: "7d" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Did you mean `npm run audit -- --since 7d`?");
    expect(stderr).not.toContain("Say how far back");
  });

  it("npm run audit --since 7d (the value left as a lone argument) says where the flags go", async () => {
    const { code, stderr } = await run("audit", ["7d"], { npm_config_since: "true" });
    expect(code).toBe(2);
    expect(stderr).toContain("Did you mean `npm run audit -- --since …`?");
  });

  it("npm run audit --format=jsonl -- --since 7d (npm keeps --format for itself) says the flags go after --", async () => {
    const { code, stderr } = await run("audit", ["jsonl", "--since", "7d"], {});
    expect(code).toBe(2);
    expect(stderr).toContain("the tool's flags go after `--`");
  });
});
