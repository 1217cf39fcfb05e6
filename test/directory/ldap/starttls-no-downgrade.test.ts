/**
 * With LDAP_STARTTLS the connection starts in clear and is upgraded before any password goes out. ldapts
 * connects again by itself when a request finds its connection closed, and that new connection is a plain
 * one: so whoever sits on the network path could reset the connection just after the upgrade and read the
 * next bind, a child's password, in clear. A connection that was upgraded is never made again in clear: the
 * request fails instead.
 *
 * A local server speaks just enough LDAP: it answers the StartTLS request, completes the TLS handshake with
 * the fixture's certificate (which the bot trusts here), then hangs up; every byte any connection sends
 * it afterwards is kept, to look for the password.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { TLSSocket } from "node:tls";
import type { Client } from "ldapts";
import { afterEach, describe, expect, it } from "vitest";
import { withConnection } from "../../../src/directory/ldap/ldap-connection.js";

const FIXTURES = new URL("./fixtures/", import.meta.url);
const PASSWORD = "Garden-Lamp-21-secret";

/** An LDAP ExtendedResponse with resultCode success for the request with this message id. */
function startTlsAccepted(messageId: number): Buffer {
  return Buffer.from([
    0x30,
    0x0c,
    0x02,
    0x01,
    messageId,
    0x78,
    0x07,
    0x0a,
    0x01,
    0x00,
    0x04,
    0x00,
    0x04,
    0x00,
  ]);
}

let server: Server | undefined;
const sockets = new Set<Socket>();
afterEach(async () => {
  sockets.forEach((socket) => socket.destroy());
  sockets.clear();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** Upgrades the first connection, then hangs up on it; `clear` gathers what any later connection sends. */
async function upgradingThenHangingUp(): Promise<{
  port: number;
  clear: () => string;
  closed: Promise<void>;
}> {
  let connections = 0;
  let clearText = "";
  let closedNow: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (closedNow = resolve));
  server = createServer((socket) => {
    sockets.add(socket);
    connections += 1;
    if (connections > 1) {
      socket.on("data", (data: Buffer) => (clearText += data.toString("latin1")));
      return;
    }
    socket.once("data", (request: Buffer) => {
      // LDAPMessage: 30 len 02 01 <message id> ...: short forms for a StartTLS request.
      socket.write(startTlsAccepted(request[4]!));
      const secure = new TLSSocket(socket, {
        isServer: true,
        key: readFileSync(new URL("localhost.key", FIXTURES)),
        cert: readFileSync(new URL("localhost.pem", FIXTURES)),
      });
      secure.on("error", () => undefined);
      secure.once("secure", () => secure.destroy());
      socket.once("close", () => closedNow());
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { port: address.port, clear: () => clearText, closed };
}

describe("LDAP over StartTLS whose connection drops after the upgrade", () => {
  it("never sends the next bind, or anything, over a new connection in clear", async () => {
    const local = await upgradingThenHangingUp();
    const settings = {
      url: `ldap://localhost:${local.port}`,
      startTls: true,
      tls: { ca: [readFileSync(new URL("localhost.pem", FIXTURES))], minVersion: "TLSv1.2" as const },
      timeoutMs: 2_000,
    };
    const outcome = await withConnection(settings, async (client: Client) => {
      await local.closed;
      // What ldapts does when it notices a closed connection (ldapts 8 misses the close of an upgraded one,
      // and its bind would only time out): the next request connects again.
      (client as unknown as { _destroySocket(socket: unknown): void })._destroySocket(
        (client as unknown as { socket: unknown }).socket,
      );
      const bind = await client.bind("uid=ben,ou=students,dc=school,dc=test", PASSWORD).then(
        () => "bound",
        (error: unknown) => error,
      );
      return { bind };
    });
    expect(outcome.bind).toBeInstanceOf(Error);
    expect(local.clear()).not.toContain(PASSWORD);
    expect(local.clear()).toBe("");
  });
});
