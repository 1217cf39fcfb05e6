import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { threadPoolWarnings } from "../../src/config/hashing-settings.js";

const PRELOAD = new URL("../../scripts/thread-pool.cjs", import.meta.url).pathname;
const run = promisify(execFile);

/** Node's thread pool size as a child started like `npm start` sees it. */
async function poolSizeWith(env: Record<string, string>): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ["--require", PRELOAD, "-e", "process.stdout.write(String(process.env.UV_THREADPOOL_SIZE))"],
    // Away from the checkout: a developer's .env there would be read too.
    { cwd: tmpdir(), env: { PATH: process.env.PATH ?? "", ...env } },
  );
  return stdout;
}

describe("Node's thread pool is larger than the argon2 limit", () => {
  it("is sized to ARGON2_CONCURRENCY plus libuv's default 4, unless set explicitly", async () => {
    expect(await poolSizeWith({ ARGON2_CONCURRENCY: "3" })).toBe("7");
    expect(await poolSizeWith({ ARGON2_CONCURRENCY: "3", UV_THREADPOOL_SIZE: "12" })).toBe("12");
  });

  describe("in a real process", () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), "pool-"));
    });
    afterEach(async () => rm(dir, { recursive: true, force: true }));

    // Six pool threads held (as six argon2 hashes would hold them), then a DNS lookup: with libuv's
    // default 4 threads it would wait for a free one; with the preload it is answered at once.
    it("answers a DNS lookup while as many pool threads as ARGON2_CONCURRENCY are busy", async () => {
      const child = `
        const { execFileSync } = require("node:child_process");
        const fs = require("node:fs");
        const fifos = [1, 2, 3, 4, 5, 6].map((i) => require("node:path").join(${JSON.stringify(dir)}, "f" + i));
        for (const f of fifos) execFileSync("mkfifo", [f]);
        for (const f of fifos) fs.open(f, "r", () => {});
        const release = () => {
          for (const f of fifos) fs.closeSync(fs.openSync(f, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
        };
        const timer = setTimeout(() => { console.log("waited"); release(); }, 2000);
        require("node:dns").lookup("localhost", () => { console.log("answered"); clearTimeout(timer); setTimeout(release, 50); });
      `;
      const output = await new Promise<string>((resolve, reject) => {
        const proc = spawn(process.execPath, ["--require", PRELOAD, "-e", child], {
          cwd: dir,
          env: { PATH: process.env.PATH ?? "", ARGON2_CONCURRENCY: "6" },
        });
        let out = "";
        proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        proc.on("error", reject);
        proc.on("exit", () => resolve(out));
      });
      expect(output.trim()).toBe("answered");
    });
  });

  /** The niceness of each of a child's threads (Linux: /proc/self/task/<tid>/stat, field 19), main first. */
  async function nicenessWith(env: Record<string, string>): Promise<number[]> {
    const child = `
      const fs = require("node:fs");
      const nice = (tid) => Number(fs.readFileSync("/proc/self/task/" + tid + "/stat", "utf8").split(") ")[1].split(" ")[16]);
      const tids = fs.readdirSync("/proc/self/task").map(Number).sort((a, b) => (a === process.pid ? -1 : b === process.pid ? 1 : a - b));
      process.stdout.write(JSON.stringify(tids.map(nice)));
    `;
    const { stdout } = await run(process.execPath, ["--require", PRELOAD, "-e", child], {
      env: { PATH: process.env.PATH ?? "", ...env },
    });
    return JSON.parse(stdout) as number[];
  }

  it("runs the pool's threads (argon2's) at a lower priority than the replies, by HASHING_NICENESS", async () => {
    const niced = (values: number[], level: number) => values.filter((n) => n === level).length;
    const normal = await nicenessWith({ ARGON2_CONCURRENCY: "2" });
    expect(normal[0]).toBe(0);
    expect(niced(normal, 10)).toBe(6);
    const gentler = await nicenessWith({
      ARGON2_CONCURRENCY: "2",
      UV_THREADPOOL_SIZE: "3",
      HASHING_NICENESS: "5",
    });
    expect(gentler[0]).toBe(0);
    expect(niced(gentler, 5)).toBe(3);
    const off = await nicenessWith({ ARGON2_CONCURRENCY: "2", HASHING_NICENESS: "0" });
    expect(off.every((n) => n === 0)).toBe(true);
  });

  it("warns the admin who starts node without the preload", () => {
    const hashing = { argon2Concurrency: 4, hashingNiceness: 10 };
    const [pool, priority] = threadPoolWarnings({}, hashing, "linux");
    expect(pool).toContain("UV_THREADPOOL_SIZE=8");
    expect(priority).toContain("same priority as the replies");
    const started = { UV_THREADPOOL_SIZE: "8", SSPR_HASHING_THREADS_NICED: "8" };
    expect(threadPoolWarnings(started, hashing, "linux")).toEqual([]);
    // No priority to lower on other systems, or when the school turned it off.
    expect(threadPoolWarnings({ UV_THREADPOOL_SIZE: "8" }, hashing, "darwin")).toEqual([]);
    expect(
      threadPoolWarnings({ UV_THREADPOOL_SIZE: "8" }, { ...hashing, hashingNiceness: 0 }, "linux"),
    ).toEqual([]);
  });
});
