import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { DirectoryUnavailableError } from "../../../src/core/errors.js";
import { createDirectory } from "../../../src/directory/create-directory.js";
import { LdapDirectory } from "../../../src/directory/ldap/ldap-directory.js";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { createLogger } from "../../../src/logging/create-logger.js";

/** A logger whose JSON lines the test can read. */
function createCapturingLogger() {
  const lines: string[] = [];
  return { logger: createLogger("debug", { write: (line: string) => void lines.push(line) }), lines };
}

interface SilentServer {
  server: Server;
  port: number;
  /** Connections made so far. */
  connections: () => number;
  /** Connections the client has not closed yet. */
  stillOpen: () => number;
  stop: () => Promise<void>;
}

/** A TCP server that reads everything, answers nothing (a hung directory) and counts connections. */
async function startSilentServer(): Promise<SilentServer> {
  let count = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    count++;
    sockets.add(socket);
    socket.resume(); // read, so that the client's close is seen
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  const stop = async () => {
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => server.close(resolve));
  };
  return { server, port: address.port, connections: () => count, stillOpen: () => sockets.size, stop };
}

async function closedPort(): Promise<number> {
  const { port, stop } = await startSilentServer();
  await stop();
  return port;
}

function ldapEnv(url: string, extra: Record<string, string> = {}) {
  return {
    DIRECTORY: "ldap",
    LDAP_URL: url,
    LDAP_BIND_DN: "cn=pwreset,ou=services,dc=school,dc=test",
    LDAP_BIND_PASSWORD: "service-secret",
    LDAP_BASE_DN: "dc=school,dc=test",
    LDAP_TIMEOUT_MS: "300",
    ...extra,
  };
}

const servers: SilentServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

describe("the LDAP directory when the directory server is not there", () => {
  it("never sends an empty password (an unauthenticated bind would succeed)", async () => {
    const silent = await startSilentServer();
    servers.push(silent);
    const { logger } = createCapturingLogger();
    const directory = LdapDirectory.fromSettings(
      loadConfig(ldapEnv(`ldaps://127.0.0.1:${silent.port}`)).ldap,
      logger,
    );
    expect(await directory.authenticate("ben", "")).toBeNull();
    expect(await directory.authenticate("   ", "Secret-1")).toBeNull();
    expect(silent.connections()).toBe(0);
  });

  it("a closed port is DirectoryUnavailableError at once, logged for the admins without the password", async () => {
    const port = await closedPort();
    const { logger, lines } = createCapturingLogger();
    const directory = LdapDirectory.fromSettings(
      loadConfig(ldapEnv(`ldaps://127.0.0.1:${port}`)).ldap,
      logger,
    );
    const started = Date.now();
    const error = await directory.authenticate("ben", "Very-Secret-Password-1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectoryUnavailableError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((error as Error).message).toContain("ECONNREFUSED");
    await expect(
      directory.setPassword("ben", "Very-Secret-Password-2", { mustChange: true }),
    ).rejects.toThrow(DirectoryUnavailableError);
    const logged = lines.join("\n");
    expect(logged).toContain('"event":"directory_unavailable"');
    expect(logged).toContain('"operation":"setPassword"');
    expect(logged).not.toContain("Very-Secret");
    expect(logged).not.toContain("service-secret");
    expect((error as Error).message).not.toContain("service-secret");
  });

  it("a server that accepts but never answers times out within LDAP_TIMEOUT_MS, leaving no connection open", async () => {
    const silent = await startSilentServer();
    servers.push(silent);
    const { logger } = createCapturingLogger();
    for (const url of [`ldap://127.0.0.1:${silent.port}`, `ldaps://127.0.0.1:${silent.port}`]) {
      // The setting's least (100 ms): six calls wait it out.
      const config = loadConfig(
        ldapEnv(url, { LDAP_STARTTLS: url.startsWith("ldap:") ? "true" : "false", LDAP_TIMEOUT_MS: "100" }),
      );
      const directory = LdapDirectory.fromSettings(config.ldap, logger);
      const started = Date.now();
      await expect(directory.findPerson("ben")).rejects.toThrow(DirectoryUnavailableError);
      await expect(directory.listStudents("4A")).rejects.toThrow(DirectoryUnavailableError);
      await expect(directory.unlock("ben")).rejects.toThrow(DirectoryUnavailableError);
      expect(Date.now() - started).toBeLessThan(3 * 100 + 600);
      await directory.close();
    }
    expect(silent.connections()).toBe(6);
    await expect.poll(() => silent.stillOpen(), { timeout: 1000 }).toBe(0);
  });
});

describe("createDirectory", () => {
  it("uses the demo school file when nothing is configured", async () => {
    const { logger } = createCapturingLogger();
    const directory = await createDirectory(loadConfig({}), logger);
    expect(directory).toBeInstanceOf(MemoryDirectory);
    await directory.close();
  });

  it("uses LDAP when DIRECTORY=ldap", async () => {
    const { logger } = createCapturingLogger();
    const directory = await createDirectory(loadConfig(ldapEnv("ldaps://ldap.school.test")), logger);
    expect(directory).toBeInstanceOf(LdapDirectory);
  });

  it("a CA file that cannot be read stops start-up with the variable's name", async () => {
    const { logger } = createCapturingLogger();
    // loadConfig lists a CA file it cannot read with the other setting problems; this one went after it.
    const checked = loadConfig(ldapEnv("ldaps://ldap.school.test"));
    const config = { ...checked, ldap: { ...checked.ldap, tlsCaFile: "/nonexistent/ca.pem" } };
    await expect(createDirectory(config, logger)).rejects.toThrow(/LDAP_TLS_CA_FILE: cannot read/);
  });
});
