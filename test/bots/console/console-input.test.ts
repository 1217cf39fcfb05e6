import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { consoleInputProblem } from "../../../src/bots/console/console-input.js";
import { bundledEntry } from "../../helpers/bundled-entry.js";

/** Runs the bot as a service manager would, with standard input as given; its exit code and stderr. */
async function runBot(stdin: "ignore" | "pipe", input?: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bundledEntry("bot")], {
    cwd: new URL("../../../", import.meta.url),
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...env },
    stdio: [stdin, "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  if (input !== undefined) child.stdin?.end(input);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr };
}

describe("the terminal channel with nothing to read", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("/dev/null (systemd's and Docker's default) cannot feed it; a file can", async () => {
    const devNull = openSync("/dev/null", "r");
    const dir = await mkdtemp(join(tmpdir(), "console-input-"));
    dirs.push(dir);
    await writeFile(join(dir, "script.txt"), "/help\n");
    const file = openSync(join(dir, "script.txt"), "r");
    try {
      expect(consoleInputProblem(devNull)).toContain("not a terminal");
      expect(consoleInputProblem(file)).toBeNull();
    } finally {
      closeSync(devNull);
      closeSync(file);
    }
  });

  it("with no chat platform and standard input at /dev/null, the bot refuses to start with exit code 2, saying what to set", async () => {
    const { code, stderr, stdout } = await runBot("ignore");
    expect(code).toBe(2);
    expect(stderr).toContain("no chat platform is configured (TELEGRAM_BOT_TOKEN / SLACK_BOT_TOKEN)");
    expect(stderr).toContain("standard input is not a terminal");
    expect(stderr).not.toContain("    at ");
    expect(stdout).toBe("");
  });

  it("a misspelt platform token is named in that refusal, with the name meant, never its value", async () => {
    const { code, stderr } = await runBot("ignore", undefined, { TELEGRAM_TOKEN: "123456:secret-token" });
    expect(code).toBe(2);
    expect(stderr).toContain("no chat platform is configured");
    expect(stderr).toContain("TELEGRAM_TOKEN is not a setting of this bot");
    expect(stderr).toContain("did you mean TELEGRAM_BOT_TOKEN?");
    expect(stderr).not.toContain("secret-token");
  });

  it("a platform's settings set without its token are named in that refusal, with the token to set", async () => {
    const { code, stderr } = await runBot("ignore", undefined, {
      SLACK_SIGNING_SECRET: "signing-secret-value",
      SLACK_APP_TOKEN: "xapp-not-real",
    });
    expect(code).toBe(2);
    expect(stderr).toContain("no chat platform is configured");
    expect(stderr).toContain("SLACK_SIGNING_SECRET and SLACK_APP_TOKEN are set but SLACK_BOT_TOKEN is not");
    expect(stderr).not.toMatch(/signing-secret-value|xapp-not-real/);
  });

  it("CONSOLE=false with no chat platform: exit code 2 and one line on stderr naming the settings", async () => {
    const { code, stderr, stdout } = await runBot("ignore", undefined, { CONSOLE: "false" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^The bot cannot start: .*CONSOLE=false.*TELEGRAM_BOT_TOKEN/);
    expect(stdout).toBe("");
  });

  it("a script piped in still runs and exits 0 at its end", async () => {
    const { code, stdout, stderr } = await runBot("pipe", "/help\n");
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("/setup");
    // A whole real start: on a 2-core machine busy with other work it passed 20 s.
  }, 60_000);
});
