/**
 * The value Active Directory wants in unicodePwd: the password in double quotes, encoded as UTF-16LE.
 * Only over LDAPS (or StartTLS); AD refuses it on a clear connection.
 */
export function adPasswordValue(password: string): Buffer {
  return Buffer.from(`"${password}"`, "utf16le");
}

/** userAccountControl's ACCOUNTDISABLE bit: an administrator switched the account off. */
export const ACCOUNTDISABLE = 0x2;

/** Whether AD's userAccountControl value says the account is disabled. A missing value is not disabled. */
export function isAdAccountDisabled(userAccountControl: string | undefined): boolean {
  if (userAccountControl === undefined || !/^-?\d+$/.test(userAccountControl.trim())) return false;
  return (Number(userAccountControl) & ACCOUNTDISABLE) !== 0;
}
