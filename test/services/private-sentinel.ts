import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { freePort } from "./private-redis.js";

const run = promisify(execFile);

/**
 * A Redis Sentinel of the test's own (redis-server --sentinel, its own port and directory) watching one
 * master by name, with a password of its own (requirepass in sentinel.conf) and the master's (auth-pass);
 * `user` adds an ACL user of the sentinel's own (a user line in sentinel.conf), which cli logs in as.
 */
export class PrivateSentinel {
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(options: {
    name: string;
    masterPort: number;
    masterPassword: string;
    password: string;
    user?: { name: string; password: string };
  }): Promise<PrivateSentinel> {
    const dir = await mkdtemp(join(tmpdir(), "sspr-sentinel-"));
    const sentinel = new PrivateSentinel(await freePort(), dir);
    // Sentinel rewrites its file as it learns, so it lives in the test's directory.
    const conf = join(dir, "sentinel.conf");
    await writeFile(
      conf,
      [
        `port ${sentinel.port}`,
        "bind 127.0.0.1",
        "daemonize yes",
        `pidfile ${join(dir, "redis.pid")}`,
        `logfile ${join(dir, "redis.log")}`,
        `dir ${dir}`,
        `requirepass ${options.password}`,
        // What a client of the sentinels needs: to ask where the master is, and to list the others.
        ...(options.user === undefined
          ? []
          : [
              `user ${options.user.name} on >${options.user.password} -@all +auth +ping +hello +client +sentinel`,
            ]),
        `sentinel monitor ${options.name} 127.0.0.1 ${options.masterPort} 1`,
        `sentinel auth-pass ${options.name} ${options.masterPassword}`,
        "",
      ].join("\n"),
    );
    await run("redis-server", [conf, "--sentinel"]);
    const login =
      options.user === undefined
        ? ["--no-auth-warning", "-a", options.password]
        : ["--no-auth-warning", "--user", options.user.name, "--pass", options.user.password];
    for (let i = 0; i < 100; i++) {
      const answer = await run("redis-cli", [
        "-p",
        String(sentinel.port),
        ...login,
        "sentinel",
        "get-master-addr-by-name",
        options.name,
      ]).catch(() => ({ stdout: "" }));
      if (answer.stdout.includes(String(options.masterPort))) return sentinel;
      await sleep(50);
    }
    throw new Error(`the sentinel on ${sentinel.port} did not start`);
  }

  /** Stops the sentinel by its pid, waits until it is gone, and removes its directory. */
  async remove(): Promise<void> {
    const pid = Number((await readFile(join(this.dir, "redis.pid"), "utf8").catch(() => "")).trim());
    if (Number.isInteger(pid) && pid > 0) {
      process.kill(pid, "SIGTERM");
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await sleep(50);
      }
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}
