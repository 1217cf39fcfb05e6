/**
 * What a failed password change means for a reset: refused by the server (nothing changed), or sent and
 * never answered (it may have been made). ldapts's Client is replaced through the openClient seam by a fake
 * that fails the way it is told to.
 */
import { ConstraintViolationError, UnavailableError, type Client } from "ldapts";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import {
  DirectoryUnavailableError,
  NoSuchPersonError,
  PasswordOutcomeUnknownError,
  PasswordRejectedError,
} from "../../../src/core/errors.js";
import { LdapDirectory } from "../../../src/directory/ldap/ldap-directory.js";
import { PERMANENT_LOCK } from "../../../src/directory/ldap/flavours.js";
import { createLogger } from "../../../src/logging/create-logger.js";

const BASE = "dc=school,dc=test";
type Failure =
  "search" | "modify-timeout" | "modify-closed" | "modify-policy" | "modify-unavailable" | "none";
const fake = { failure: "none" as Failure, modifies: 0, entry: {} as Record<string, string> };

class FakeClient {
  async bind() {}
  async search() {
    if (fake.failure === "search") throw new Error("connect ECONNRESET");
    return {
      searchEntries: [{ dn: `uid=ben,ou=students,${BASE}`, uid: "ben", cn: "Ben", ...fake.entry }],
      searchReferences: [],
    };
  }
  async modify() {
    fake.modifies += 1;
    switch (fake.failure) {
      case "modify-timeout":
        throw new Error("Timeout: operation took too long");
      case "modify-closed":
        throw Object.assign(new Error("Connection closed"), { code: "ECONNRESET" });
      case "modify-policy":
        throw new ConstraintViolationError("Password fails quality checking policy");
      case "modify-unavailable":
        throw new UnavailableError("server is going down");
      default:
        return;
    }
  }
  async unbind() {}
}

function directory(flavour: "openldap" | "ad" = "openldap"): LdapDirectory {
  const config = loadConfig({
    DIRECTORY: "ldap",
    LDAP_FLAVOUR: flavour,
    ...(flavour === "ad" ? { LDAP_ID_ATTRIBUTE: "uid", LDAP_NAME_ATTRIBUTE: "cn" } : {}),
    LDAP_URL: "ldaps://ldap.invalid:636",
    LDAP_BIND_DN: `cn=pwreset,ou=services,${BASE}`,
    LDAP_BIND_PASSWORD: "service-secret",
    LDAP_BASE_DN: BASE,
  });
  return LdapDirectory.fromSettings(config.ldap, createLogger("silent"), {
    openClient: () => new FakeClient() as unknown as Client,
  });
}

async function failureOf(
  failure: Failure,
  { flavour = "openldap", entry = {} }: { flavour?: "openldap" | "ad"; entry?: Record<string, string> } = {},
): Promise<unknown> {
  fake.failure = failure;
  fake.modifies = 0;
  fake.entry = entry;
  return directory(flavour)
    .setPassword("ben", "New-Pass-Word-42", { mustChange: true })
    .then(
      () => null,
      (error: unknown) => error,
    );
}

describe("an LDAP password change that fails", () => {
  it("with no answer after the change went out (timed out, connection lost) may have been made", async () => {
    for (const failure of ["modify-timeout", "modify-closed"] as const) {
      const error = await failureOf(failure);
      expect(error, failure).toBeInstanceOf(PasswordOutcomeUnknownError);
      expect((error as PasswordOutcomeUnknownError).code).toBe("password_outcome_unknown");
      expect((error as Error).message).not.toContain("New-Pass-Word-42");
    }
  });

  it("before the change went out is the directory being down: nothing was changed", async () => {
    const error = await failureOf("search");
    expect(error).toBeInstanceOf(DirectoryUnavailableError);
    expect(error).not.toBeInstanceOf(PasswordOutcomeUnknownError);
    expect(fake.modifies).toBe(0);
  });

  it("answered by the server is a definite no: a policy refusal, or the server's own error", async () => {
    expect(await failureOf("modify-policy")).toBeInstanceOf(PasswordRejectedError);
    const unavailable = await failureOf("modify-unavailable");
    expect(unavailable).toBeInstanceOf(DirectoryUnavailableError);
    expect(unavailable).not.toBeInstanceOf(PasswordOutcomeUnknownError);
  });

  it("for a disabled account is refused before any change: NoSuchPersonError, as the memory directory does", async () => {
    const disabled = [
      { flavour: "openldap", entry: { pwdAccountLockedTime: PERMANENT_LOCK } },
      // ACCOUNTDISABLE (2) on a normal account (512).
      { flavour: "ad", entry: { userAccountControl: "514" } },
    ] as const;
    for (const how of disabled) {
      const error = await failureOf("none", how);
      expect(error, how.flavour).toBeInstanceOf(NoSuchPersonError);
      expect(fake.modifies, how.flavour).toBe(0);
    }
    // Switched on, the same entries take the change.
    expect(await failureOf("none", { flavour: "ad", entry: { userAccountControl: "512" } })).toBeNull();
    expect(fake.modifies).toBeGreaterThan(0);
  });
});
