import { describe, expect, it } from "vitest";
import { adPasswordValue, isAdAccountDisabled } from "../../../src/directory/ldap/ad-password.js";
import {
  activeDirectoryFlavour,
  openLdapFlavour,
  PERMANENT_LOCK,
} from "../../../src/directory/ldap/flavours.js";

describe("Active Directory passwords", () => {
  it("unicodePwd is the quoted password in UTF-16LE", () => {
    expect(adPasswordValue("Ab1!")).toEqual(
      Buffer.from([0x22, 0, 0x41, 0, 0x62, 0, 0x31, 0, 0x21, 0, 0x22, 0]),
    );
    expect(adPasswordValue("Zoë-€").toString("utf16le")).toBe('"Zoë-€"');
  });

  it("a reset replaces unicodePwd and sets pwdLastSet (0 = must change) and lockoutTime 0", () => {
    const changes = (mustChange: boolean) =>
      activeDirectoryFlavour.passwordChanges({ dn: "cn=x" }, "Mango-Tiger-47", mustChange);
    const [password, pwdLastSet, lockoutTime] = changes(true);
    expect(password?.operation).toBe("replace");
    expect(password?.modification.type).toBe("unicodePwd");
    expect(password?.modification.values).toEqual([adPasswordValue("Mango-Tiger-47")]);
    expect(pwdLastSet?.modification).toMatchObject({ type: "pwdLastSet", values: ["0"] });
    expect(lockoutTime?.modification).toMatchObject({ type: "lockoutTime", values: ["0"] });
    expect(changes(false)[1]?.modification).toMatchObject({ type: "pwdLastSet", values: ["-1"] });
  });

  it("userAccountControl's ACCOUNTDISABLE bit marks a disabled account", () => {
    expect(isAdAccountDisabled("512")).toBe(false);
    expect(isAdAccountDisabled("514")).toBe(true);
    expect(isAdAccountDisabled("66050")).toBe(true);
    expect(isAdAccountDisabled(undefined)).toBe(false);
    expect(activeDirectoryFlavour.isDisabled({ dn: "cn=x", userAccountControl: "546" })).toBe(true);
  });

  it("a lockout is in force by msDS-User-Account-Control-Computed's UF_LOCKOUT, not by a lockoutTime that ran out", () => {
    const computed = "msDS-User-Account-Control-Computed";
    const lockoutTime = "134405525011440000";
    const unlock = (entry: Record<string, string>) =>
      activeDirectoryFlavour.unlockChanges({ dn: "cn=x", ...entry }).map((c) => c.modification);
    // The domain's lockout duration ran out: AD keeps lockoutTime until the next logon, but she can log in.
    expect(unlock({ lockoutTime, [computed]: "0" })).toEqual([]);
    expect(unlock({ lockoutTime, [computed]: "8388608" })).toEqual([]);
    expect(unlock({ lockoutTime, [computed]: "16" })).toMatchObject([{ type: "lockoutTime", values: ["0"] }]);
    expect(unlock({ lockoutTime, [computed]: "8388624" })).toHaveLength(1);
    expect(unlock({ lockoutTime: "0", [computed]: "0" })).toEqual([]);
    // A directory that does not give the computed attribute: lockoutTime above 0, as before.
    expect(unlock({ lockoutTime })).toHaveLength(1);
    expect(unlock({ lockoutTime: "0" })).toEqual([]);
    expect(activeDirectoryFlavour.accountAttributes).toContain(computed);
  });
});

describe("OpenLDAP account state", () => {
  it("only an administrator's permanent lock disables; a lockout after wrong passwords is left to slapd", () => {
    expect(openLdapFlavour.isDisabled({ dn: "uid=x", pwdAccountLockedTime: PERMANENT_LOCK })).toBe(true);
    expect(openLdapFlavour.isDisabled({ dn: "uid=x", pwdAccountLockedTime: "20240101000000Z" })).toBe(false);
    expect(openLdapFlavour.isDisabled({ dn: "uid=x" })).toBe(false);
  });

  it("a reset sets the password and pwdReset", () => {
    const types = (mustChange: boolean) =>
      openLdapFlavour
        .passwordChanges({ dn: "uid=x" }, "Mango-Tiger-47", mustChange)
        .map((c) => `${c.modification.type}=${c.modification.values.join("|")}`);
    expect(types(true)).toEqual(["userPassword=Mango-Tiger-47", "pwdReset=TRUE"]);
    expect(types(false)).toEqual(["userPassword=Mango-Tiger-47", "pwdReset="]);
  });

  it("unlock lifts a lockout after wrong passwords, not an administrator's lock", () => {
    expect(
      openLdapFlavour.unlockChanges({ dn: "uid=x", pwdAccountLockedTime: "20240101000000Z" }),
    ).toHaveLength(1);
    expect(openLdapFlavour.unlockChanges({ dn: "uid=x", pwdAccountLockedTime: PERMANENT_LOCK })).toEqual([]);
    expect(openLdapFlavour.unlockChanges({ dn: "uid=x" })).toEqual([]);
  });
});
