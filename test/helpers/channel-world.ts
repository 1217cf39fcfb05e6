import { randomBytes } from "node:crypto";
import { EventEmitter, once } from "node:events";
import RedisMock from "ioredis-mock";
import { createApp, startChannel, type App } from "../../src/app.js";
import type { ChatChannel } from "../../src/bots/chat-channel.js";
import { loadConfig, type Config } from "../../src/config/load-config.js";
import type { Directory } from "../../src/core/ports/directory.js";
import type { Store } from "../../src/core/ports/store.js";
import { HttpServer } from "../../src/http/http-server.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { CapturedLogs } from "./captured-logs.js";
import { TEST_ARGON2 } from "./test-argon2.js";
import { TEST_PEPPER } from "./test-world.js";

export interface ChannelWorldOptions {
  /** The channel's own settings (tokens, API URL); the world adds the pepper and a Redis URL. */
  env: Record<string, string>;
  /** Starts this world's Redis keys, so that two worlds never share one. */
  prefix: string;
  /** Instead of the demo school's memory directory. */
  directory?: Directory;
  /**
   * Builds another replica of that world: its own app, logs and HTTP server over the same Redis, under the
   * same prefix, with the same clock (`prefix` is then not used). The world it copies closes the Redis.
   */
  replicaOf?: ChannelWorld;
}

/** What `assemble` builds for a world's constructor. */
export interface WorldParts {
  config: Config;
  app: App;
  logs: CapturedLogs;
  redis: InstanceType<typeof RedisMock>;
  /** The store's whole key prefix. */
  prefix: string;
  /** Another world's Redis (a replica's): left open when this world shuts down. */
  sharedRedis: boolean;
  /** How far the test has moved the app's clock past the real one. */
  clockState: { offsetMs: number };
  /** Emits "look" each time a delayed-jobs runner starts looking for due jobs. */
  jobLooks: EventEmitter;
}

/**
 * The set-up every channel test shares: the real app as main.ts builds it (demo school directory, the Redis
 * store over ioredis-mock, real pino with redaction), a clock the test moves, and the shared HTTP server on
 * a free port. The Telegram and Slack worlds add their fake platform API and their channel.
 */
export class ChannelWorld {
  readonly config: Config;
  readonly app: App;
  readonly http: HttpServer;
  readonly logs: CapturedLogs;
  protected readonly redis: InstanceType<typeof RedisMock>;
  private readonly prefix: string;
  private readonly sharedRedis: boolean;
  private readonly clockState: { offsetMs: number };
  private readonly looks: EventEmitter;

  protected constructor(parts: WorldParts) {
    this.config = parts.config;
    this.app = parts.app;
    this.logs = parts.logs;
    this.redis = parts.redis;
    this.prefix = parts.prefix;
    this.sharedRedis = parts.sharedRedis;
    this.clockState = parts.clockState;
    this.looks = parts.jobLooks;
    this.http = new HttpServer({
      port: 0,
      host: "127.0.0.1",
      logger: parts.logs.logger,
      onConnectionDropped: (reason) => parts.app.metrics.httpConnectionsDropped.inc({ reason }),
    });
  }

  /** Builds the parts a subclass's constructor passes on. */
  protected static async assemble(options: ChannelWorldOptions): Promise<WorldParts> {
    const config = loadConfig({
      ANSWER_PEPPER: TEST_PEPPER,
      REDIS_URL: "redis://unused.example:6379",
      ...options.env,
    });
    const shared = options.replicaOf;
    const redis = shared?.redis ?? new RedisMock();
    const prefix = shared?.prefix ?? `${options.prefix}-${randomBytes(4).toString("hex")}:`;
    const logs = new CapturedLogs();
    const jobLooks = new EventEmitter();
    const store = watchJobLooks(createRedisStore(redis, { prefix, auditMaxEvents: 1_000 }), jobLooks);
    const clockState = shared?.clockState ?? { offsetMs: 0 };
    const app = await createApp(config, logs.logger, {
      store,
      clock: () => Date.now() + clockState.offsetMs,
      argon2: TEST_ARGON2,
      ...(options.directory === undefined ? {} : { directory: options.directory }),
    });
    return { config, app, logs, redis, prefix, sharedRedis: shared !== undefined, clockState, jobLooks };
  }

  /** Moves the app's clock forward (the core and the channel's delayed jobs read it). */
  advance(ms: number): void {
    this.clockState.offsetMs += ms;
  }

  /**
   * Resolves once the channel's delayed-jobs runner has finished a whole look for due jobs that began after
   * this call: the second look to start after it (runners look one at a time). Use it to show that a job
   * was not done early, instead of sleeping and hoping a look happened.
   */
  async fullJobLook(): Promise<void> {
    await once(this.looks, "look");
    await once(this.looks, "look");
  }

  /** Starts the HTTP server, then the channel wired as main.ts wires it. Resolves to the server's port. */
  protected async run(channel: ChatChannel): Promise<number> {
    const port = await this.http.listen();
    await startChannel(this.app, channel, this.config.alerts);
    return port;
  }

  /** Everything in the store (every key and value), to check that no secret is kept in clear text. */
  async storeText(): Promise<string> {
    const out: string[] = [];
    for (const key of await this.redis.keys("*")) {
      const type = await this.redis.type(key);
      const value =
        type === "string"
          ? await this.redis.get(key)
          : type === "hash"
            ? await this.redis.hgetall(key)
            : type === "zset"
              ? await this.redis.zrange(key, 0, -1)
              : type === "list"
                ? await this.redis.lrange(key, 0, -1)
                : type === "set"
                  ? await this.redis.smembers(key)
                  : type === "stream"
                    ? await this.redis.xrange(key, "-", "+")
                    : `<${type}>`;
      out.push(`${key} ${JSON.stringify(value)}`);
    }
    return out.join("\n");
  }

  /** Stops taking requests, then the channel, then the app; the caller closes its fake platform API. */
  protected async shutDown(channel: ChatChannel | undefined): Promise<void> {
    await this.http.close();
    await channel?.stop();
    await this.app.close();
    if (!this.sharedRedis) this.redis.disconnect();
  }
}

/** The store, telling `looks` whenever someone starts looking for due jobs. */
function watchJobLooks(store: Store, looks: EventEmitter): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === "claimDueJobs") {
        return (...args: Parameters<Store["claimDueJobs"]>) => {
          looks.emit("look");
          return target.claimDueJobs(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
