import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/core/errors.js";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { TEST_PEPPER } from "../helpers/test-world.js";

const sockets: Socket[] = [];
let server: HttpServer;
/** Ends the held requests (GET /hold) of the test that has ended. */
let release: () => void = () => undefined;

afterEach(async () => {
  release();
  for (const socket of sockets) socket.destroy();
  sockets.length = 0;
  await server.close();
});

/** Opens a connection from `from` and asks GET /healthz: true if answered, false if closed unanswered. */
async function keptFrom(port: number, from: string): Promise<boolean> {
  const socket = connect({ port, host: "127.0.0.1", localAddress: from });
  sockets.push(socket);
  socket.on("error", () => undefined);
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  return new Promise<boolean>((resolve) => {
    socket.once("data", () => resolve(true));
    socket.once("close", () => resolve(false));
    socket.write("GET /healthz HTTP/1.1\r\nHost: bot\r\n\r\n");
  });
}

describe("the per-address share of the HTTP server's connections", () => {
  /** A server whose GET /hold answers only when the test ends: each such connection stays busy. */
  async function startHolding(
    logs: CapturedLogs,
    proxyAddresses = ["127.0.0.3"],
  ): Promise<{ port: number; held: () => number }> {
    server = new HttpServer({
      port: 0,
      host: "127.0.0.1",
      logger: logs.logger,
      maxConnections: 8,
      maxConnectionsPerClient: 2,
      proxyAddresses,
    });
    let held = 0;
    const released = new Promise<void>((resolve) => (release = resolve));
    const arrived: (() => void)[] = [];
    server.route("GET", "/hold", async () => {
      held++;
      for (const wake of arrived.splice(0)) wake();
      await released;
      return { status: 200 };
    });
    const port = await server.listen();
    holdingArrived = () => new Promise<void>((resolve) => arrived.push(resolve));
    return { port, held: () => held };
  }
  let holdingArrived: () => Promise<void>;

  async function hold(port: number, from: string): Promise<void> {
    const socket = connect({ port, host: "127.0.0.1", localAddress: from });
    sockets.push(socket);
    socket.on("error", () => undefined);
    const arrived = holdingArrived();
    socket.write("GET /hold HTTP/1.1\r\nHost: bot\r\n\r\n");
    await arrived;
  }

  it("keeps a third busy connection from one address out, and says so once in the log", async () => {
    const logs = new CapturedLogs();
    const { port } = await startHolding(logs);
    await hold(port, "127.0.0.2");
    await hold(port, "127.0.0.2");
    expect(await keptFrom(port, "127.0.0.2")).toBe(false);
    expect(await keptFrom(port, "127.0.0.2")).toBe(false);
    expect(await keptFrom(port, "127.0.0.4")).toBe(true);
    const lines = logs.lines.filter((l) => l.includes('"connection_dropped"'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, reason: "client_share", address: "127.0.0.2" });
  });

  it("when every connection is taken, names in the log the address holding the most", async () => {
    const logs = new CapturedLogs();
    const { port } = await startHolding(logs);
    for (let i = 0; i < 5; i++) await hold(port, "127.0.0.3");
    await hold(port, "127.0.0.2");
    await hold(port, "127.0.0.2");
    await hold(port, "127.0.0.4");
    expect(await keptFrom(port, "127.0.0.5")).toBe(false);
    const full = logs.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.reason === "server_full");
    expect(full).toHaveLength(1);
    expect(full[0]).toMatchObject({ address: "127.0.0.5", fullest: "127.0.0.3", fullestHolds: 5 });
    expect(full[0]!.msg).toContain("127.0.0.3 holds 5 of them");
  });

  it("does not apply to a reverse proxy's address in REVERSE_PROXY_ADDRESSES", async () => {
    const { port, held } = await startHolding(new CapturedLogs());
    for (let i = 0; i < 5; i++) await hold(port, "127.0.0.3");
    expect(await keptFrom(port, "127.0.0.3")).toBe(true);
    expect(held()).toBe(5);
  });

  it("does not apply to an address in a range in REVERSE_PROXY_ADDRESSES, and still does outside it", async () => {
    const { port, held } = await startHolding(new CapturedLogs(), ["127.0.3.0/24", "fd00::/8"]);
    for (let i = 0; i < 5; i++) await hold(port, "127.0.3.9");
    expect(await keptFrom(port, "127.0.3.9")).toBe(true);
    expect(held()).toBe(5);
    await hold(port, "127.0.4.9");
    await hold(port, "127.0.4.9");
    expect(await keptFrom(port, "127.0.4.9")).toBe(false);
  });

  it("is refused in REVERSE_PROXY_ADDRESSES when it is not an IP address, with what to write", () => {
    const load = () =>
      loadConfig({ ANSWER_PEPPER: TEST_PEPPER, REVERSE_PROXY_ADDRESSES: "127.0.0.1, proxy.school.local" });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/REVERSE_PROXY_ADDRESSES.*IP addresses.*"proxy\.school\.local"/);
    const addresses = loadConfig({ ANSWER_PEPPER: TEST_PEPPER, REVERSE_PROXY_ADDRESSES: "127.0.0.1, ::1" })
      .server.proxyAddresses;
    expect(addresses).toEqual(["127.0.0.1", "::1"]);
  });
});

describe("requests on one keep-alive connection", () => {
  it("are bounded: the last one allowed is answered with Connection: close", async () => {
    server = new HttpServer({
      port: 0,
      host: "127.0.0.1",
      logger: new CapturedLogs().logger,
      maxRequestsPerSocket: 3,
    });
    const port = await server.listen();
    const socket = connect(port, "127.0.0.1");
    sockets.push(socket);
    const answers = new Promise<string>((resolve) => {
      let received = "";
      socket.on("data", (chunk: Buffer) => {
        received += chunk.toString();
        if ((received.match(/HTTP\/1\.1 /g) ?? []).length === 3 && received.endsWith("ok")) resolve(received);
      });
    });
    for (let i = 0; i < 3; i++)
      socket.write("GET /healthz HTTP/1.1\r\nHost: bot\r\nConnection: keep-alive\r\n\r\n");
    const [first, , last] = (await answers).split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    expect(first).toMatch(/connection: keep-alive/i);
    expect(last).toMatch(/^HTTP\/1\.1 200/);
    expect(last).toMatch(/connection: close/i);
  });
});
