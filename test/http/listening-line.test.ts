import { afterEach, describe, expect, it } from "vitest";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

/**
 * Found by QA as an installing admin: the line said only the port, so nothing in the log told whether the
 * probes and /metrics were on every interface or only on HOST's.
 */
describe("the HTTP server's start line", () => {
  const servers: HttpServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  const listening = async (host?: string) => {
    const logs = new CapturedLogs();
    const server = new HttpServer({ port: 0, logger: logs.logger, ...(host === undefined ? {} : { host }) });
    servers.push(server);
    const port = await server.listen();
    const line = logs.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.port === port)!;
    return { port, line };
  };

  it("names HOST's address with the port", async () => {
    const { port, line } = await listening("127.0.0.1");
    expect(line).toMatchObject({ port, host: "127.0.0.1" });
    expect(line.msg).toBe(`HTTP server listening on 127.0.0.1:${port}`);
  });

  it("says all interfaces when HOST is unset", async () => {
    const { port, line } = await listening();
    expect(line.msg).toBe(`HTTP server listening on port ${port} of all interfaces (set HOST to limit it)`);
  });
});
