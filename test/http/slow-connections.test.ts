import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

/** Opens a raw connection and collects what the server sends until it closes the connection. */
async function openSocket(port: number): Promise<{ socket: Socket; closed: Promise<string> }> {
  const socket = connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
  socket.on("error", () => undefined);
  const closed = new Promise<string>((resolve) => socket.once("close", () => resolve(received)));
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  return { socket, closed };
}

/**
 * The server counts a closed connection a moment after the client sees it closed: a request in that moment
 * is still dropped, so ask again (each try waits for the previous one's answer, no guessed sleep).
 */
async function fetchOnceServerNoticed(url: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { headers: { connection: "close" } });
    } catch (error) {
      if (attempt >= 20) throw error;
    }
  }
}

describe("the shared HTTP server with slow or many connections", () => {
  let server: HttpServer;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets) socket.destroy();
    sockets.length = 0;
    await server.close();
  });

  async function start(options: Partial<ConstructorParameters<typeof HttpServer>[0]>): Promise<number> {
    server = new HttpServer({ port: 0, host: "127.0.0.1", logger: new CapturedLogs().logger, ...options });
    server.route("POST", "/echo", async (request) => ({
      status: 200,
      body: (await request.readBody()).toString(),
    }));
    return server.listen();
  }

  // Small configured limits, so the test waits a fraction of a second for the close event, not Node's minutes.
  const quick = { headersTimeoutMs: 200, requestTimeoutMs: 1_000, connectionsCheckingIntervalMs: 50 };

  it("cuts off a client that sends its headers too slowly, with 408", async () => {
    const port = await start(quick);
    const { socket, closed } = await openSocket(port);
    sockets.push(socket);
    socket.write("POST /echo HTTP/1.1\r\nHost: bot\r\n");
    // The headers never end: the server, not the client, must end the connection.
    expect(await closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it("cuts off a client that sends its body too slowly, with 408", async () => {
    const port = await start(quick);
    const { socket, closed } = await openSocket(port);
    sockets.push(socket);
    socket.write('POST /echo HTTP/1.1\r\nHost: bot\r\nContent-Length: 100\r\n\r\n{"update_id":');
    expect(await closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it("still answers a client that sends its request in time", async () => {
    const port = await start(quick);
    const response = await fetch(`http://127.0.0.1:${port}/echo`, { method: "POST", body: "hi" });
    expect(await response.text()).toBe("hi");
  });

  it("drops a connection past the cap at once, and takes new ones when others end", async () => {
    const port = await start({ maxConnections: 2 });
    const first = await openSocket(port);
    const second = await openSocket(port);
    sockets.push(first.socket, second.socket);
    const third = await openSocket(port);
    sockets.push(third.socket);
    expect(await third.closed).toBe("");
    first.socket.destroy();
    await first.closed;
    expect((await fetchOnceServerNoticed(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it("uses limits by default that cut a slow client off within seconds, not Node's minutes", () => {
    const limits = new HttpServer({ port: 0, logger: new CapturedLogs().logger }).limits;
    expect(limits.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(limits.requestTimeoutMs).toBeLessThanOrEqual(15_000);
    expect(limits.keepAliveTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(limits.maxConnections).toBeGreaterThan(0);
  });
});
