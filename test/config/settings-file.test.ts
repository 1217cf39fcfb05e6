import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const PRELOAD = new URL("../../scripts/thread-pool.cjs", import.meta.url).pathname;
const run = promisify(execFile);

describe("the settings file .env, read by npm start and npm run start:prod", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "settings-"));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  /** What a process started like `npm start` in `dir` sees. */
  async function seen(env: Record<string, string>): Promise<Record<string, string | undefined>> {
    const { stdout } = await run(
      process.execPath,
      [
        "--require",
        PRELOAD,
        "-e",
        "const e = process.env; process.stdout.write(JSON.stringify({ school: e.ACCOUNT_NAME, pool: e.UV_THREADPOOL_SIZE, file: e.SSPR_SETTINGS_FILE, cut: e.SSPR_SETTINGS_FILE_CUT }))",
      ],
      { cwd: dir, env: { PATH: process.env.PATH ?? "", ...env } },
    );
    return JSON.parse(stdout) as Record<string, string | undefined>;
  }

  it("gives the bot the file's settings, and the thread pool the file's ARGON2_CONCURRENCY", async () => {
    await writeFile(
      join(dir, ".env"),
      "# the school\nACCOUNT_NAME=Hill School account\nARGON2_CONCURRENCY=3\n",
    );
    expect(await seen({})).toEqual({
      school: "Hill School account",
      pool: "7",
      file: join(dir, ".env"),
      cut: undefined,
    });
  });

  it("lets a setting of the environment (a service manager's) win over the file", async () => {
    await writeFile(join(dir, ".env"), "ACCOUNT_NAME=from the file\n");
    expect((await seen({ ACCOUNT_NAME: "from systemd" })).school).toBe("from systemd");
  });

  it("takes the file's value for a setting the environment has blank, as the bot reads blank as not set", async () => {
    await writeFile(join(dir, ".env"), "ACCOUNT_NAME=from the file\n");
    expect((await seen({ ACCOUNT_NAME: " " })).school).toBe("from the file");
  });

  it("needs no file", async () => {
    expect(await seen({})).toEqual({
      school: undefined,
      pool: expect.any(String),
      file: undefined,
      cut: undefined,
    });
  });

  it("names the settings whose unquoted value .env cut at a # inside it (a password's), not a spaced comment", async () => {
    await writeFile(
      join(dir, ".env"),
      [
        "LDAP_BIND_PASSWORD=Blue#Tiger-42",
        'SLACK_SIGNING_SECRET="quoted#kept"',
        "ACCOUNT_NAME=Hill account # the words students read",
        "export TELEGRAM_WEBHOOK_SECRET=abc#def",
        "# LDAP_URL=ldaps://x#y",
        "",
      ].join("\n"),
    );
    const seenNow = await seen({});
    expect(seenNow.school).toBe("Hill account");
    expect(seenNow.cut).toBe("LDAP_BIND_PASSWORD,TELEGRAM_WEBHOOK_SECRET");
    // A setting the environment gives is not read from the file: nothing of it was cut.
    expect((await seen({ LDAP_BIND_PASSWORD: "from-systemd" })).cut).toBe("TELEGRAM_WEBHOOK_SECRET");
  });

  it("reads a file saved with a byte order mark (Windows Notepad's UTF-8) as the same settings, with CRLF line ends", async () => {
    await writeFile(join(dir, ".env"), "\uFEFFACCOUNT_NAME=Hill School account\r\nARGON2_CONCURRENCY=3\r\n");
    expect(await seen({})).toEqual({
      school: "Hill School account",
      pool: "7",
      file: join(dir, ".env"),
      cut: undefined,
    });
  });

  it("lets the environment win over the first line of a file with a byte order mark, as over any other", async () => {
    await writeFile(join(dir, ".env"), "\uFEFFACCOUNT_NAME=from the file\n");
    expect((await seen({ ACCOUNT_NAME: "from systemd" })).school).toBe("from systemd");
  });

  it("refuses to start, in one line, when .env is there but cannot be read, naming the file and what to do", async () => {
    await mkdir(join(dir, ".env"));
    const failed = await seen({}).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
    const line = (failed as { stderr: string }).stderr.trim();
    expect(line).not.toContain("\n");
    expect(line).toBe(
      `The bot cannot start: it cannot read ${join(dir, ".env")} (EISDIR): it is a directory, not a settings file. Remove it, or start the bot in another directory.`,
    );
  });
});
