/**
 * A set-up password sent to the directory and never answered (a slow or overloaded directory: the bind timed
 * out, or the connection dropped) may have been judged there, and counted towards the account's lockout.
 * The directory says so (PasswordCheckUnansweredError), so that the bot keeps that try counted: otherwise
 * anyone who can make the directory slow gets every timed-out try back and can send a classmate's ID wrong
 * passwords until the directory locks her account. A password that never went out is a plain outage, and
 * its try is given back: the service search failed, or the bind's own connection could not be made (ldapts
 * connects lazily, inside bind: a refused connection, a refused certificate, a connect timeout). Otherwise a
 * child whose school's directory is flooded or down would be paused for "too many wrong passwords" after
 * typing none.
 *
 * The bind's connection is a REAL ldapts Client against local servers (a closed port, a TLS server with a
 * certificate the bot does not trust, a server that takes the bind and never answers or hangs up); only the
 * service connection before it (its bind and search) is a fake, through the openClient seam.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Server, Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import { Client, InvalidCredentialsError, type ClientOptions } from "ldapts";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { DirectoryUnavailableError, PasswordCheckUnansweredError } from "../../../src/core/errors.js";
import { LdapDirectory } from "../../../src/directory/ldap/ldap-directory.js";
import { createLogger } from "../../../src/logging/create-logger.js";

const BASE = "dc=school,dc=test";
const SERVICE_DN = `cn=pwreset,ou=services,${BASE}`;
const WRONG = "Wrong-Pass-Word-42";
const FIXTURES = new URL("./fixtures/", import.meta.url);

/** The service connection: its bind succeeds, its search finds ben (or nobody). */
class FakeServiceClient {
  constructor(
    private readonly found: boolean,
    private readonly searchFails = false,
  ) {}
  async bind() {}
  async search() {
    if (this.searchFails) throw new Error("connect ECONNRESET");
    return {
      searchEntries: this.found ? [{ dn: `uid=ben,ou=students,${BASE}`, uid: "ben", cn: "Ben" }] : [],
      searchReferences: [],
    };
  }
  async unbind() {}
}

/** A fake client for the person's bind too (an LDAP answer: wrong password). */
class FakeRefusingClient {
  async bind() {
    throw new InvalidCredentialsError("Invalid Credentials");
  }
  async unbind() {}
}

interface Local {
  port: number;
  /** Bytes received: a bind sent shows up here. */
  received: () => number;
  stop: () => Promise<void>;
}

const servers: Local[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** A TLS server with the fixture's certificate; onData sees what each connection sends. */
async function tlsServer(onData: (socket: Socket, data: Buffer) => void): Promise<Local> {
  let received = 0;
  const sockets = new Set<Socket>();
  const server: Server = createTlsServer(
    {
      key: readFileSync(new URL("localhost.key", FIXTURES)),
      cert: readFileSync(new URL("localhost.pem", FIXTURES)),
    },
    (socket) => {
      socket.on("data", (data: Buffer) => {
        received += data.length;
        onData(socket, data);
      });
    },
  );
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("tlsClientError", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  const local: Local = {
    port: address.port,
    received: () => received,
    stop: async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => server.close(resolve));
    },
  };
  servers.push(local);
  return local;
}

/** Takes the bind and never answers (a directory too busy to judge it in time, or judging it slowly). */
const silentServer = () => tlsServer(() => undefined);

/** Takes the bind, then hangs up without an answer (a directory restarting, a dropped connection). */
const hangingUpServer = () => tlsServer((socket) => socket.destroy());

async function closedPort(): Promise<number> {
  const local = await silentServer();
  servers.splice(servers.indexOf(local), 1);
  await local.stop();
  return local.port;
}

function directory(
  url: string,
  options: {
    found?: boolean;
    searchFails?: boolean;
    personBind?: "real" | "refused";
    /** Whether the bot trusts the servers' certificate (LDAP_TLS_CA_FILE names it). */
    trusted?: boolean;
  } = {},
): LdapDirectory {
  const config = loadConfig({
    DIRECTORY: "ldap",
    LDAP_URL: url,
    LDAP_BIND_DN: SERVICE_DN,
    LDAP_BIND_PASSWORD: "service-secret",
    LDAP_BASE_DN: BASE,
    LDAP_TIMEOUT_MS: "300",
    ...(options.trusted === false
      ? {}
      : { LDAP_TLS_CA_FILE: fileURLToPath(new URL("localhost.pem", FIXTURES)) }),
  });
  let connections = 0;
  return LdapDirectory.fromSettings(config.ldap, createLogger("silent"), {
    openClient: (clientOptions: ClientOptions) => {
      connections += 1;
      if (connections === 1)
        return new FakeServiceClient(options.found ?? true, options.searchFails) as unknown as Client;
      if (options.personBind === "refused") return new FakeRefusingClient() as unknown as Client;
      return new Client(clientOptions);
    },
  });
}

async function failureOf(dir: LdapDirectory): Promise<unknown> {
  return dir.authenticate("ben", WRONG).then(
    () => null,
    (error: unknown) => error,
  );
}

describe("an LDAP password check that fails", () => {
  it("with no answer after the password went out may have been judged: PasswordCheckUnansweredError", async () => {
    for (const [what, start] of [
      ["timed out", silentServer],
      ["hung up", hangingUpServer],
    ] as const) {
      for (const found of [true, false]) {
        const server = await start();
        // A made-up id's decoy bind fails the same way, so the two stay alike.
        const error = await failureOf(directory(`ldaps://localhost:${server.port}`, { found }));
        expect(server.received(), `${what} ${found}`).toBeGreaterThan(0);
        expect(error, `${what} ${found}`).toBeInstanceOf(PasswordCheckUnansweredError);
        expect(error).toBeInstanceOf(DirectoryUnavailableError);
        expect((error as Error).message).not.toContain(WRONG);
      }
    }
  });

  it("whose connection could not be made never sent the password: a plain outage", async () => {
    const port = await closedPort();
    for (const url of [`ldaps://127.0.0.1:${port}`, `ldaps://localhost:${port}`]) {
      for (const found of [true, false]) {
        const error = await failureOf(directory(url, { found }));
        expect(error, `${url} ${found}`).toBeInstanceOf(DirectoryUnavailableError);
        expect(error, `${url} ${found}`).not.toBeInstanceOf(PasswordCheckUnansweredError);
        expect((error as Error).message).toContain("ECONNREFUSED");
      }
    }
  });

  it("whose server's certificate is refused never sent the password, and still says to set LDAP_TLS_CA_FILE", async () => {
    const server = await silentServer();
    for (const found of [true, false]) {
      const error = await failureOf(directory(`ldaps://localhost:${server.port}`, { found, trusted: false }));
      expect(error, `${found}`).toBeInstanceOf(DirectoryUnavailableError);
      expect(error, `${found}`).not.toBeInstanceOf(PasswordCheckUnansweredError);
      expect((error as DirectoryUnavailableError).fault).toBe("tls-untrusted");
      expect((error as Error).message).toContain("LDAP_TLS_CA_FILE");
    }
    expect(server.received()).toBe(0);
  });

  it("before the password went out (the search failed) is a plain outage", async () => {
    const server = await silentServer();
    const error = await failureOf(directory(`ldaps://localhost:${server.port}`, { searchFails: true }));
    expect(error).toBeInstanceOf(DirectoryUnavailableError);
    expect(error).not.toBeInstanceOf(PasswordCheckUnansweredError);
    expect(server.received()).toBe(0);
  });

  it("a wrong password is no error", async () => {
    expect(await failureOf(directory("ldaps://ldap.invalid:636", { personBind: "refused" }))).toBeNull();
  });
});
