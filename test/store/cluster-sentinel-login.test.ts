import { afterEach, describe, expect, it } from "vitest";
import type { Cluster, Redis } from "ioredis";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { ScriptedRespServer, type SeenCommand } from "../helpers/scripted-resp-server.js";
import { until } from "../helpers/until.js";

const PASSWORD = "Cluster-Pass-5150";
const SENTINEL_PASSWORD = "Sentinel-Pass-2323";

/** A RESP bulk string, without the last line end (the scripted server adds it). */
function bulk(value: string): string {
  return `$${Buffer.byteLength(value)}\r\n${value}`;
}

/** The AUTH each connection sent, as its arguments. */
function logins(server: ScriptedRespServer): string[][] {
  return server.seen.filter((c) => c.name === "auth").map((c) => c.args);
}

/** Redis's answer to a command before AUTH, when it has a password (requirepass). */
function needsLogin(password: string, user = "default") {
  const loggedIn = new Set<number>();
  return (command: SeenCommand): string | undefined => {
    if (command.name === "auth") {
      const [name, given] = command.args.length === 2 ? command.args : ["default", command.args[0]];
      if (name !== user || given !== password) return "-WRONGPASS invalid username-password pair";
      loggedIn.add(command.connection);
      return undefined;
    }
    return loggedIn.has(command.connection) ? undefined : "-NOAUTH Authentication required.";
  };
}

describe("a Redis Cluster or Sentinel set-up that needs a password", () => {
  const servers: ScriptedRespServer[] = [];
  let client: Redis | Cluster | undefined;
  afterEach(async () => {
    client?.disconnect();
    client = undefined;
    for (const server of servers.splice(0)) await server.close();
  });

  async function started(answer: ConstructorParameters<typeof ScriptedRespServer>[0]) {
    const server = new ScriptedRespServer(answer);
    servers.push(server);
    return { server, port: await server.listen() };
  }

  it("a cluster's nodes get REDIS_USERNAME and REDIS_PASSWORD, and the bot works", async () => {
    let port = 0;
    const login = needsLogin(PASSWORD, "sspr-bot");
    const node = await started((command) => {
      const refused = login(command);
      if (refused !== undefined) return refused;
      // One master holding every slot: this node.
      if (command.name === "cluster" && command.args[0]?.toLowerCase() === "slots")
        return `*1\r\n*3\r\n:0\r\n:16383\r\n*2\r\n${bulk("127.0.0.1")}\r\n:${port}`;
      return undefined;
    });
    port = node.port;
    const logs = new CapturedLogs();
    const settings = redisSettings.parse({
      REDIS_CLUSTER_NODES: `127.0.0.1:${port}`,
      REDIS_USERNAME: "sspr-bot",
      REDIS_PASSWORD: PASSWORD,
    });
    client = createRedisClient(settings, { logger: logs.logger });
    await expect(client.set("sspr:probe", "1")).resolves.toBe("OK");
    expect(node.server.valueIn(0, "sspr:probe")).toBe("1");
    expect(logins(node.server)[0]).toEqual(["sspr-bot", PASSWORD]);
    expect(logs.text).not.toContain(PASSWORD);
  });

  it("the sentinels get REDIS_SENTINEL_PASSWORD and the master REDIS_PASSWORD, and the bot works", async () => {
    const master = await started(needsLogin(PASSWORD));
    const askMaster = needsLogin(SENTINEL_PASSWORD);
    const sentinel = await started((command) => {
      const refused = askMaster(command);
      if (refused !== undefined) return refused;
      if (command.name !== "sentinel") return undefined;
      const question = command.args[0]?.toLowerCase();
      if (question === "get-master-addr-by-name" && command.args[1] === "school")
        return `*2\r\n${bulk("127.0.0.1")}\r\n${bulk(String(master.port))}`;
      return question === "sentinels" ? "*0" : "-ERR unknown master";
    });
    const logs = new CapturedLogs();
    const settings = redisSettings.parse({
      REDIS_SENTINELS: `127.0.0.1:${sentinel.port}`,
      REDIS_SENTINEL_NAME: "school",
      REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD,
      REDIS_PASSWORD: PASSWORD,
    });
    client = createRedisClient(settings, { logger: logs.logger });
    await expect(client.set("sspr:probe", "1")).resolves.toBe("OK");
    expect(master.server.valueIn(0, "sspr:probe")).toBe("1");
    expect(logins(sentinel.server)[0]).toEqual([SENTINEL_PASSWORD]);
    expect(logins(master.server)[0]).toEqual([PASSWORD]);
    expect(logs.text).not.toContain(PASSWORD);
    expect(logs.text).not.toContain(SENTINEL_PASSWORD);
  });

  it("a password the master refuses is logged once at error naming REDIS_PASSWORD, never the password", async () => {
    const master = await started(needsLogin("the-one-redis-has"));
    const sentinel = await started((command) => {
      if (command.name !== "sentinel") return undefined;
      return command.args[0]?.toLowerCase() === "get-master-addr-by-name"
        ? `*2\r\n${bulk("127.0.0.1")}\r\n${bulk(String(master.port))}`
        : "*0";
    });
    const logs = new CapturedLogs();
    const settings = redisSettings.parse({
      REDIS_SENTINELS: `127.0.0.1:${sentinel.port}`,
      REDIS_SENTINEL_NAME: "school",
      REDIS_PASSWORD: PASSWORD,
    });
    client = createRedisClient(settings, { logger: logs.logger, redisOptions: { retryStrategy: () => 20 } });
    const refusals = () => logs.lines.filter((line) => line.includes('"event":"redis_login_refused"'));
    await until(() => logins(master.server).length >= 3, "three refused logins");
    expect(refusals()).toHaveLength(1);
    expect(refusals()[0]).toContain("REDIS_PASSWORD");
    expect(refusals()[0]).not.toContain("REDIS_URL");
    expect(logs.text).not.toContain(PASSWORD);
  });

  it("a cluster that needs a password the bot does not give is logged naming REDIS_PASSWORD", async () => {
    const node = await started(needsLogin(PASSWORD));
    const logs = new CapturedLogs();
    client = createRedisClient(redisSettings.parse({ REDIS_CLUSTER_NODES: `127.0.0.1:${node.port}` }), {
      logger: logs.logger,
    });
    await until(() => logs.text.includes('"event":"redis_login_refused"'), "the refusal logged");
    expect(logs.text).toMatch(/"event":"redis_login_refused".*set REDIS_PASSWORD/);
    expect(logs.text).not.toContain("REDIS_URL");
  });

  it("sentinels that need a password the bot does not give are logged naming REDIS_SENTINEL_PASSWORD", async () => {
    const sentinel = await started(needsLogin(SENTINEL_PASSWORD));
    const logs = new CapturedLogs();
    const settings = redisSettings.parse({
      REDIS_SENTINELS: `127.0.0.1:${sentinel.port}`,
      REDIS_SENTINEL_NAME: "school",
      REDIS_PASSWORD: PASSWORD,
    });
    client = createRedisClient(settings, { logger: logs.logger, redisOptions: { retryStrategy: () => 20 } });
    await until(() => logs.text.includes('"event":"redis_login_refused"'), "the refusal logged");
    expect(logs.text).toMatch(/"event":"redis_login_refused".*set REDIS_SENTINEL_PASSWORD/);
    expect(logs.text).not.toContain(PASSWORD);
  });

  it("REDIS_TLS=true asks a cluster's nodes for TLS, leaving its other options as they were", () => {
    const settings = redisSettings.parse({
      REDIS_CLUSTER_NODES: "10.0.0.5:7001,10.0.0.6:7001",
      REDIS_PASSWORD: PASSWORD,
      REDIS_TLS: "true",
    });
    client = createRedisClient(settings, { redisOptions: { lazyConnect: true } });
    const options = (client as Cluster).options;
    expect(options.redisOptions).toMatchObject({ password: PASSWORD, tls: {} });
    expect(options.natMap).toBeUndefined();
    expect(options.dnsLookup).toBeTypeOf("function");
  });

  it("REDIS_TLS=true asks for TLS to the sentinels and to the master they name", () => {
    const settings = redisSettings.parse({
      REDIS_SENTINELS: "10.0.0.5:26379",
      REDIS_SENTINEL_NAME: "school",
      REDIS_TLS: "yes",
    });
    client = createRedisClient(settings, { redisOptions: { lazyConnect: true } });
    expect((client as Redis).options).toMatchObject({
      tls: {},
      sentinelTLS: {},
      enableTLSForSentinelMode: true,
    });
  });

  it("REDIS_SENTINEL_USERNAME and REDIS_SENTINEL_PASSWORD are the sentinels' login, not the master's", () => {
    const settings = redisSettings.parse({
      REDIS_SENTINELS: "10.0.0.5:26379",
      REDIS_SENTINEL_NAME: "school",
      REDIS_SENTINEL_USERNAME: "sentinel-bot",
      REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD,
    });
    client = createRedisClient(settings, { redisOptions: { lazyConnect: true } });
    const options = (client as Redis).options;
    expect(options).toMatchObject({ sentinelUsername: "sentinel-bot", sentinelPassword: SENTINEL_PASSWORD });
    expect(options.username ?? undefined).toBeUndefined();
  });

  it("without the settings, a cluster and sentinels are reached as before: no login, no TLS", () => {
    const cluster = createRedisClient(redisSettings.parse({ REDIS_CLUSTER_NODES: "10.0.0.5:7001" }), {
      redisOptions: { lazyConnect: true },
    }) as Cluster;
    const sentinels = createRedisClient(
      redisSettings.parse({ REDIS_SENTINELS: "10.0.0.5:26379", REDIS_SENTINEL_NAME: "school" }),
      { redisOptions: { lazyConnect: true } },
    ) as Redis;
    try {
      // ioredis fills in null for some of them.
      expect(cluster.options.redisOptions?.password ?? undefined).toBeUndefined();
      expect(cluster.options.redisOptions?.tls).toBeUndefined();
      expect(sentinels.options.password ?? undefined).toBeUndefined();
      expect(sentinels.options.sentinelPassword ?? undefined).toBeUndefined();
      expect(sentinels.options.sentinelUsername ?? undefined).toBeUndefined();
      expect(sentinels.options.tls).toBeUndefined();
      expect(sentinels.options.enableTLSForSentinelMode).toBe(false);
    } finally {
      cluster.disconnect();
      sentinels.disconnect();
    }
  });
});
