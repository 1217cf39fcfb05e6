import { Attribute, Change, type Entry } from "ldapts";
import { adPasswordValue, isAdAccountDisabled } from "./ad-password.js";
import { attributeValues, firstValue } from "./person-mapping.js";

/** What differs between OpenLDAP and Active Directory when reading accounts and setting passwords. */
export interface DirectoryFlavour {
  /** Attributes to read besides the mapped ones (account state, group membership). */
  accountAttributes: string[];
  /** Whether an administrator switched the account off: a right password still does not let them in. */
  isDisabled(entry: Entry): boolean;
  /** Whether group membership is read from the entry's memberOf; otherwise groups are searched by member. */
  trustsMemberOf: boolean;
  /** The one modify that sets a new password (and "must change at next login" when asked). */
  passwordChanges(entry: Entry, newPassword: string, mustChange: boolean): Change[];
  /**
   * The modify that lifts a lockout after too many wrong passwords; empty when the entry has no lockout on
   * record (or only an administrator's lock, which is never lifted).
   */
  unlockChanges(entry: Entry): Change[];
}

const replace = (type: string, values: string[] | Buffer[]) =>
  new Change({ operation: "replace", modification: new Attribute({ type, values }) });

/**
 * ppolicy's "locked by an administrator" value of pwdAccountLockedTime (it never expires). Any other value
 * is a lockout after wrong passwords, which ppolicy enforces at bind time until pwdLockoutDuration passes.
 */
export const PERMANENT_LOCK = "000001010000Z";

/** AD's constructed account state (read only when asked for by name) and its "locked out now" bit. */
const USER_ACCOUNT_CONTROL_COMPUTED = "msDS-User-Account-Control-Computed";
const UF_LOCKOUT = 0x10;

/**
 * OpenLDAP with the ppolicy overlay. The reset replaces userPassword in clear (ppolicy_hash_cleartext
 * hashes it and applies the policy) and sets pwdReset TRUE, which means "must change" under a policy with
 * pwdMustChange TRUE. ppolicy itself deletes pwdAccountLockedTime on every password change, the
 * administrator's permanent lock included, so a disabled account gets no change at all (setPassword refuses
 * it after the search that finds it): a reset never re-enables one (as on AD). Without the memberof overlay, groups are found by member=<dn>.
 * Any pwdAccountLockedTime but the permanent lock is a lockout, even past pwdLockoutDuration (slapd keeps it
 * until the next right password): whether it has run out depends on the account's policy, which the bot
 * cannot read reliably (pwdPolicySubentry is given only when set on the entry; ppolicy_default is in slapd's
 * configuration).
 */
export const openLdapFlavour: DirectoryFlavour = {
  accountAttributes: ["pwdAccountLockedTime", "memberOf"],
  isDisabled: (entry) => firstValue(entry, "pwdAccountLockedTime") === PERMANENT_LOCK,
  trustsMemberOf: false,
  passwordChanges: (_entry, newPassword, mustChange) => [
    replace("userPassword", [newPassword]),
    replace("pwdReset", mustChange ? ["TRUE"] : []),
  ],
  unlockChanges(entry) {
    const locked = attributeValues(entry, "pwdAccountLockedTime");
    if (locked.length === 0 || locked.includes(PERMANENT_LOCK)) return [];
    return [replace("pwdAccountLockedTime", [])];
  },
};

/**
 * Active Directory (and Samba AD). The reset replaces unicodePwd (needs LDAPS and the "Reset Password"
 * right), sets pwdLastSet 0 for "must change at next logon" (-1: the password counts as just set) and
 * lockoutTime 0 to lift a lockout. Group membership is the entry's memberOf (direct membership only).
 * A lockout is in force while msDS-User-Account-Control-Computed has UF_LOCKOUT (isAdLockedOut); unlock
 * writes lockoutTime 0 only then.
 */
export const activeDirectoryFlavour: DirectoryFlavour = {
  accountAttributes: ["userAccountControl", "memberOf", "lockoutTime", USER_ACCOUNT_CONTROL_COMPUTED],
  isDisabled: (entry) => isAdAccountDisabled(firstValue(entry, "userAccountControl")),
  trustsMemberOf: true,
  passwordChanges(_entry, newPassword, mustChange) {
    return [
      replace("unicodePwd", [adPasswordValue(newPassword)]),
      replace("pwdLastSet", [mustChange ? "0" : "-1"]),
      replace("lockoutTime", ["0"]),
    ];
  },
  unlockChanges: (entry) => (isAdLockedOut(entry) ? [replace("lockoutTime", ["0"])] : []),
};

/**
 * Whether AD holds a lockout in force. AD keeps lockoutTime (a FILETIME) above 0 after the domain's (or
 * the account's password settings object's) lockout duration has run out, until the next logon: such a
 * lockout no longer stops anyone, and lifting it would use up a teacher's one lift of the day. The
 * constructed attribute msDS-User-Account-Control-Computed (AD since 2003, Samba too) has UF_LOCKOUT only
 * while the lockout is in force. A directory that does not give it (not asked for by name, or not readable)
 * falls back to lockoutTime above 0.
 */
function isAdLockedOut(entry: Entry): boolean {
  const computed = firstValue(entry, USER_ACCOUNT_CONTROL_COMPUTED);
  if (computed !== undefined && /^-?[0-9]+$/.test(computed.trim()))
    return (Number(computed.trim()) & UF_LOCKOUT) !== 0;
  const value = firstValue(entry, "lockoutTime");
  return value !== undefined && /^[1-9][0-9]*$/.test(value.trim());
}
