import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { FAIL_FAST_OPTIONS } from "../../src/store/redis-client.js";
import { deleteKeysUnder } from "../store/redis-keys-under.js";

const run = promisify(execFile);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const PREFIX = `sspr-test-leavers-cli:${process.pid}-${Date.now()}:`;

describe("npm run leavers", () => {
  const janitor = new Redis(REDIS_URL, FAIL_FAST_OPTIONS);
  afterAll(async () => {
    await deleteKeysUnder(janitor, PREFIX);
    janitor.disconnect();
  });

  // It checks no answer, so it needs no pepper: an admin runs it with the Redis settings alone.
  it("runs on a real Redis without ANSWER_PEPPER, and reports on standard output", async () => {
    const env = { PATH: process.env.PATH ?? "", REDIS_URL, REDIS_PREFIX: PREFIX };
    const cwd = new URL("../../", import.meta.url);
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/tools/leavers.ts", "--dry-run"], {
      env,
      cwd,
    });
    expect(stdout).toContain("Checked 0 people");
  });
});
