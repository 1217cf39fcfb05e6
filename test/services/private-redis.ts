import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A port nothing listens on now: bound by us, then released. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A redis-server of the test's own (see SERVICES.md): its own port and directory, no persistence, stopped
 * and started again on the same port to play an outage.
 */
export class PrivateRedis {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly password: string | undefined,
    private readonly args: string[],
  ) {}

  /**
   * `password`: the server's requirepass (redis-cli's own ping logs in with it); `args`: more of
   * redis-server's options (`--cluster-enabled yes`...).
   */
  static async start(options: { password?: string; args?: string[] } = {}): Promise<PrivateRedis> {
    const dir = await mkdtemp(join(tmpdir(), "sspr-redis-"));
    const redis = new PrivateRedis(await freePort(), dir, options.password, options.args ?? []);
    await redis.resume();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts the server (again) and waits until it answers PING. */
  async resume(): Promise<void> {
    await run("redis-server", [
      "--port",
      String(this.port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      this.dir,
      "--daemonize",
      "yes",
      "--pidfile",
      join(this.dir, "redis.pid"),
      "--logfile",
      join(this.dir, "redis.log"),
      ...(this.password === undefined ? [] : ["--requirepass", this.password]),
      ...this.args,
    ]);
    const login = this.password === undefined ? [] : ["--no-auth-warning", "-a", this.password];
    for (let i = 0; i < 100; i++) {
      const pong = await run("redis-cli", ["-p", String(this.port), ...login, "ping"]).catch(() => ({
        stdout: "",
      }));
      if (pong.stdout.includes("PONG")) return;
      await sleep(50);
    }
    throw new Error(`redis-server on ${this.port} did not start`);
  }

  /** Runs redis-cli against this server, logged in with its password; its output. */
  async cli(...args: string[]): Promise<string> {
    const login = this.password === undefined ? [] : ["--no-auth-warning", "-a", this.password];
    return (await run("redis-cli", ["-p", String(this.port), ...login, ...args])).stdout;
  }

  /** Stops the server by its pid and waits until the port is closed. */
  async stop(): Promise<void> {
    const pidFile = join(this.dir, "redis.pid");
    const pid = Number((await readFile(pidFile, "utf8").catch(() => "")).trim());
    if (!Number.isInteger(pid) || pid <= 0) return;
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        return;
      }
      await sleep(50);
    }
    throw new Error(`redis-server ${pid} did not stop`);
  }

  async remove(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}
