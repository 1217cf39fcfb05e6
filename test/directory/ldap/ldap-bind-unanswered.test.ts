/**
 * A set-up password sent to the directory and never answered (a slow or overloaded directory: the bind timed
 * out, or the connection dropped) may have been judged there, and counted towards the account's lockout.
 * The directory says so (PasswordCheckUnansweredError), so that the bot keeps that try counted: otherwise
 * anyone who can make the directory slow gets every timed-out try back and can send a classmate's ID wrong
 * passwords until the directory locks her account. A failure before the password went out (the service
 * search) is a plain outage: nothing reached the directory about the password. ldapts's Client is replaced
 * through the openClient seam by a fake that fails the way it is told to.
 */
import { InvalidCredentialsError, type Client } from "ldapts";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { DirectoryUnavailableError, PasswordCheckUnansweredError } from "../../../src/core/errors.js";
import { LdapDirectory } from "../../../src/directory/ldap/ldap-directory.js";
import { createLogger } from "../../../src/logging/create-logger.js";

const BASE = "dc=school,dc=test";
const SERVICE_DN = `cn=pwreset,ou=services,${BASE}`;
type Failure = "search" | "bind-timeout" | "bind-closed" | "bind-wrong" | "none";
const fake = { failure: "none" as Failure, found: true };

class FakeClient {
  async bind(dn: string) {
    if (dn === SERVICE_DN) return;
    switch (fake.failure) {
      case "bind-timeout":
        throw new Error("Timeout: operation took too long");
      case "bind-closed":
        throw Object.assign(new Error("Connection closed"), { code: "ECONNRESET" });
      case "bind-wrong":
        throw new InvalidCredentialsError("Invalid Credentials");
      default:
        return;
    }
  }
  async search() {
    if (fake.failure === "search") throw new Error("connect ECONNRESET");
    return {
      searchEntries: fake.found ? [{ dn: `uid=ben,ou=students,${BASE}`, uid: "ben", cn: "Ben" }] : [],
      searchReferences: [],
    };
  }
  async unbind() {}
}

function directory(): LdapDirectory {
  const config = loadConfig({
    DIRECTORY: "ldap",
    LDAP_URL: "ldaps://ldap.invalid:636",
    LDAP_BIND_DN: SERVICE_DN,
    LDAP_BIND_PASSWORD: "service-secret",
    LDAP_BASE_DN: BASE,
  });
  return LdapDirectory.fromSettings(config.ldap, createLogger("silent"), {
    openClient: () => new FakeClient() as unknown as Client,
  });
}

async function failureOf(failure: Failure, found = true): Promise<unknown> {
  fake.failure = failure;
  fake.found = found;
  return directory()
    .authenticate("ben", "Wrong-Pass-Word-42")
    .then(
      () => null,
      (error: unknown) => error,
    );
}

describe("an LDAP password check that fails", () => {
  it("with no answer after the password went out may have been judged: PasswordCheckUnansweredError", async () => {
    for (const failure of ["bind-timeout", "bind-closed"] as const) {
      for (const found of [true, false]) {
        // A made-up id's decoy bind fails the same way, so the two stay alike.
        const error = await failureOf(failure, found);
        expect(error, `${failure} ${found}`).toBeInstanceOf(PasswordCheckUnansweredError);
        expect(error).toBeInstanceOf(DirectoryUnavailableError);
        expect((error as Error).message).not.toContain("Wrong-Pass-Word-42");
      }
    }
  });

  it("before the password went out (the search failed) is a plain outage", async () => {
    const error = await failureOf("search");
    expect(error).toBeInstanceOf(DirectoryUnavailableError);
    expect(error).not.toBeInstanceOf(PasswordCheckUnansweredError);
  });

  it("a wrong password is no error", async () => {
    expect(await failureOf("bind-wrong")).toBeNull();
  });
});
