import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/errors.js";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

describe("an HTTP server that cannot listen stops the start as a setting to fix, naming it", () => {
  const servers: HttpServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });
  const serverOn = (port: number, host?: string) => {
    const server = new HttpServer({
      port,
      logger: new CapturedLogs().logger,
      ...(host === undefined ? {} : { host }),
    });
    servers.push(server);
    return server;
  };

  it("a PORT another process holds (an old copy of the bot still stopping, another service)", async () => {
    const port = await serverOn(0, "127.0.0.1").listen();
    const refusal = await serverOn(port, "127.0.0.1")
      .listen()
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConfigError);
    expect((refusal as Error).message).toContain(`PORT ${port} is in use`);
  });

  it("a HOST that is not an address of this machine", async () => {
    for (const host of ["0.0.0.0:3000", "192.0.2.1"]) {
      const refusal = await serverOn(0, host)
        .listen()
        .catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(ConfigError);
      expect((refusal as Error).message).toContain(`HOST ${host}`);
    }
  });
});
