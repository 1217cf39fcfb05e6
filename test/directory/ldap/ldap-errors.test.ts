import {
  BusyError,
  ConstraintViolationError,
  InsufficientAccessError,
  InvalidCredentialsError,
  UnwillingToPerformError,
} from "ldapts";
import { describe, expect, it } from "vitest";
import { DirectoryUnavailableError } from "../../../src/core/errors.js";
import {
  describe as describeError,
  isInvalidCredentials,
  isRightPasswordMustChange,
  passwordRejectionOf,
  toUnavailable,
} from "../../../src/directory/ldap/ldap-errors.js";

describe("the directory's refusals of a new password", () => {
  it.each([
    // OpenLDAP ppolicy
    ["Password fails quality checking policy", "too-short"],
    ["Password is in history of old passwords", "used-before"],
    ["Password is not being changed from existing value", "used-before"],
    ["Password is too young to change", "too-recent"],
    // Samba AD
    [
      "0000052D: Constraint violation - check_password_restrictions: the password is too short. It should be equal or longer than 7 characters!",
      "too-short",
    ],
    [
      "0000052D: Constraint violation - check_password_restrictions: the password does not meet the complexity criteria!",
      "too-simple",
    ],
    [
      "0000052D: Constraint violation - check_password_restrictions: the password was already used (in history)!",
      "used-before",
    ],
    // Windows AD says only this
    [
      "0000052D: AtrErr: DSID-03191083, #1:\n\t0: 0000052D: DSID-03191083, problem 1005 (CONSTRAINT_ATT_TYPE)",
      "too-simple",
    ],
    ["something else entirely", "other"],
  ])("%s -> %s", (message, reason) => {
    expect(passwordRejectionOf(new ConstraintViolationError(message))).toBe(reason);
  });

  it("AD's 0000052D as unwilling-to-perform is a refusal too; other errors are not", () => {
    expect(
      passwordRejectionOf(new UnwillingToPerformError("0000052D: SvcErr: DSID-031A12D2, problem 5003")),
    ).toBe("too-simple");
    expect(passwordRejectionOf(new UnwillingToPerformError("0000001F: SvcErr: problem 5003"))).toBeNull();
    expect(passwordRejectionOf(new InsufficientAccessError("no"))).toBeNull();
    expect(passwordRejectionOf(new Error("Connection closed"))).toBeNull();
  });
});

describe("bind results", () => {
  const adBind = (data: string) =>
    new InvalidCredentialsError(
      `80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data ${data}, v1db1`,
    );

  it("AD's must-change (773) and expired (532) mean the password was right", () => {
    expect(isRightPasswordMustChange(adBind("773"))).toBe(true);
    expect(isRightPasswordMustChange(adBind("532"))).toBe(true);
  });

  it("a wrong password, a disabled or a locked account are just invalid credentials", () => {
    for (const data of ["52e", "533", "775", "7730"]) {
      expect(isRightPasswordMustChange(adBind(data))).toBe(false);
      expect(isInvalidCredentials(adBind(data))).toBe(true);
    }
    expect(isInvalidCredentials(new BusyError("busy"))).toBe(false);
  });
});

describe("unavailability", () => {
  it("says which operation failed and why, and keeps the cause", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    const error = toUnavailable("authenticate", cause);
    expect(error).toBeInstanceOf(DirectoryUnavailableError);
    expect(error.code).toBe("directory_unavailable");
    expect(error.message).toBe(
      "the school directory failed (authenticate: ECONNREFUSED connect ECONNREFUSED 127.0.0.1:1)",
    );
    expect(error.cause).toBe(cause);
    expect(toUnavailable("x", error)).toBe(error);
  });

  it("describes LDAP errors by code and first line", () => {
    expect(describeError(new BusyError("too busy\nsecond line"))).toBe("LDAP 51 BusyError: too busy");
  });
});
