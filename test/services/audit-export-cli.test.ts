import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createStore } from "../../src/store/create-store.js";
import { FAIL_FAST_OPTIONS } from "../../src/store/redis-client.js";
import { deleteKeysUnder } from "../store/redis-keys-under.js";

const run = promisify(execFile);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const PREFIX = `sspr-test-audit-export:${process.pid}-${Date.now()}:`;

describe("npm run audit", () => {
  const janitor = new Redis(REDIS_URL, FAIL_FAST_OPTIONS);
  afterAll(async () => {
    await deleteKeysUnder(janitor, PREFIX);
    janitor.disconnect();
  });

  it("prints the audit stream since a time, for one person, from a real Redis", async () => {
    const store = createStore(redisSettings.parse({ REDIS_URL, REDIS_PREFIX: PREFIX }));
    const now = Date.now();
    const base = { channel: "telegram", outcome: "ok" as const };
    await store.appendAudit(
      {
        ...base,
        at: now - 10 * 86_400_000,
        event: "enrol",
        actor: "tg:1",
        subject: "S1001",
      },
      { trail: "protected", chat: "tg:1" },
    );
    await store.appendAudit(
      { ...base, at: now - 60_000, event: "reset", actor: "tg:1", subject: "S1001" },
      { trail: "protected", chat: "tg:1" },
    );
    await store.appendAudit(
      { ...base, at: now - 30_000, event: "enrol", actor: "tg:2", subject: "S1002" },
      { trail: "protected", chat: "tg:1" },
    );
    await store.close();

    const env = { PATH: process.env.PATH ?? "", REDIS_URL, REDIS_PREFIX: PREFIX };
    const cwd = new URL("../../", import.meta.url);
    const script = ["--import", "tsx", "src/tools/audit-export.ts"];
    const csv = await run(process.execPath, [...script, "--since", "7d", "--person", "s1001"], { env, cwd });
    const lines = csv.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT.*Z,reset,ok,tg:1,S1001,telegram,$/);

    const jsonl = await run(process.execPath, [...script, "--since", "7d", "--format", "jsonl"], {
      env,
      cwd,
    });
    expect(
      jsonl.stdout
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as { subject: string }).subject),
    ).toEqual(["S1001", "S1002"]);

    const refused = await run(process.execPath, [...script, "--since", "soon"], { env, cwd }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toContain("--since soon is not a time");
  });

  it("says which events a full day only counted: a not-listed line in the file, and a line on standard error", async () => {
    const prefix = `${PREFIX}full:`;
    // A day's share of 10 (300 / 30): attempts are listed up to 9 of them.
    const settings = { REDIS_URL, REDIS_PREFIX: prefix, AUDIT_MAX_EVENTS: "300" };
    const store = createStore(redisSettings.parse(settings));
    // All on one UTC day, whenever the test runs.
    const at = Math.max(Math.floor(Date.now() / 86_400_000) * 86_400_000, Date.now() - 60_000);
    const first = { at, event: "reset", actor: "tg:1", subject: "S1001", channel: "telegram" };
    await store.appendAudit({ ...first, outcome: "ok" }, { trail: "protected", chat: "tg:1" });
    for (let i = 0; i < 12; i++) {
      const attempt = { ...first, at: at + 1 + i, actor: `tg:${100 + i}`, outcome: "failed" as const };
      await store.appendAudit(attempt, { trail: "attempt", chat: attempt.actor });
    }
    await store.close();

    const env = { PATH: process.env.PATH ?? "", ...settings };
    const cwd = new URL("../../", import.meta.url);
    const printed = await run(
      process.execPath,
      ["--import", "tsx", "src/tools/audit-export.ts", "--since", "1d"],
      {
        env,
        cwd,
      },
    );
    const lines = printed.stdout.trimEnd().split("\n");
    // The header, the day's first event, 8 attempts, and the line for the 4 only counted.
    expect(lines).toHaveLength(11);
    expect(lines[1]).toMatch(/,reset,ok,tg:1,S1001,telegram,$/);
    expect(lines[10]).toMatch(
      /^\d{4}-\d\d-\d\dT.*Z,not-listed,info,-,-,-,"reset failed × 4: counted, not listed, as the day's share of AUDIT_MAX_EVENTS was full"$/,
    );
    expect(printed.stderr).toMatch(
      /the audit record's share of AUDIT_MAX_EVENTS was full from .*: 4 events were counted but not listed/,
    );
  });

  it("says when only one account's moved link was left out, not that the record was full", async () => {
    const prefix = `${PREFIX}moves:`;
    const settings = { REDIS_URL, REDIS_PREFIX: prefix };
    const store = createStore(redisSettings.parse(settings));
    const at = Math.max(Math.floor(Date.now() / 86_400_000) * 86_400_000, Date.now() - 60_000);
    for (let i = 0; i < 7; i++) {
      const move = {
        at: at + i,
        event: "relink",
        actor: `tg:${i % 2}`,
        subject: "S1004",
        channel: "telegram",
      };
      await store.appendAudit(
        { ...move, outcome: "info" },
        { trail: "protected", chat: move.actor, personId: "S1004", byOthers: true, listedPerPersonADay: 5 },
      );
    }
    await store.close();

    const env = { PATH: process.env.PATH ?? "", ...settings };
    const cwd = new URL("../../", import.meta.url);
    const printed = await run(
      process.execPath,
      ["--import", "tsx", "src/tools/audit-export.ts", "--since", "1d"],
      { env, cwd },
    );
    expect(printed.stdout.trimEnd().split("\n").at(-1)).toMatch(
      /,not-listed,info,-,-,-,"relink info × 2: counted, not listed, as an account's link moved more than 5 times that day"$/,
    );
    expect(printed.stderr).toMatch(
      /an account's link moved more than 5 times from .*: 2 events were counted but not listed/,
    );
    expect(printed.stderr).not.toContain("was full");
  });

  it("a setting to fix is told as the audit export's, not as the bot's start", async () => {
    const env = { PATH: process.env.PATH ?? "", REDIS_URL: "redis://127.0.0.1:6379", LOG_LEVEL: "loud" };
    const cwd = new URL("../../", import.meta.url);
    const failed = await run(
      process.execPath,
      ["--import", "tsx", "src/tools/audit-export.ts", "--since", "1d"],
      { env, cwd },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
    const { stderr } = failed as { stderr: string };
    expect(stderr).toMatch(/^The audit export cannot run: 1 setting needs fixing\./);
    expect(stderr).toContain("LOG_LEVEL");
    expect(stderr).not.toContain("The bot cannot start");
  });

  it("says in one line that Redis did not answer, naming the host but never the password, and exits 1", async () => {
    const env = { PATH: process.env.PATH ?? "", REDIS_URL: "redis://:not-shown-1234@127.0.0.1:1" };
    const cwd = new URL("../../", import.meta.url);
    const failed = await run(
      process.execPath,
      ["--import", "tsx", "src/tools/audit-export.ts", "--since", "1d"],
      {
        env,
        cwd,
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    const { stderr } = failed as { stderr: string };
    expect(stderr.trim()).toBe(
      "The audit export failed: Redis did not answer (redis 127.0.0.1:1): check that it is running and reachable, and REDIS_URL (rediss:// if it takes only TLS).",
    );
    expect(stderr).not.toContain("not-shown-1234");
  });

  it("an export with no event says on standard error which Redis and REDIS_PREFIX it read (a wrong one reads nothing)", async () => {
    const cwd = new URL("../../", import.meta.url);
    const script = ["--import", "tsx", "src/tools/audit-export.ts"];
    const unused = `${PREFIX}nobody-here:`;
    const env = { PATH: process.env.PATH ?? "", REDIS_URL, REDIS_PREFIX: unused };
    const empty = await run(process.execPath, [...script, "--since", "7d"], { env, cwd });
    expect(empty.stdout.trim()).toBe("time,event,outcome,actor,subject,channel,reason");
    expect(empty.stderr).toContain(`No audit events since`);
    expect(empty.stderr).toContain(`REDIS_PREFIX "${unused}"`);
    expect(empty.stderr).toContain(`redis ${new URL(REDIS_URL).host}`);
    expect(empty.stderr).toMatch(/check that REDIS_URL and REDIS_PREFIX are the bot's own/);

    const forOne = await run(process.execPath, [...script, "--since", "7d", "--person", "S1009"], {
      env: { ...env, REDIS_PREFIX: PREFIX },
      cwd,
    });
    expect(forOne.stderr).toContain("No audit events about or by S1009 since");

    const some = await run(process.execPath, [...script, "--since", "7d"], {
      env: { ...env, REDIS_PREFIX: PREFIX },
      cwd,
    });
    expect(some.stdout.trim().split("\n").length).toBeGreaterThan(1);
    expect(some.stderr).toBe("");
  });
});
