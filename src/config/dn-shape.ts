/**
 * Whether a setting is shaped like an LDAP DN (RFC 4514): RDNs split by unescaped commas (or the old
 * semicolons), each one or more `type=value` joined by unescaped `+`, the type a name (cn, DC, ms-Exch-x)
 * or an OID (2.5.4.3). Only the shape, never whether the directory has the entry: a word with no `=`
 * ("school", an account's bare name) or an empty RDN (a doubled comma) is no DN, and the directory would
 * refuse it with "LDAP 34 invalid DN syntax", which names no setting.
 */
export function isDnShaped(dn: string): boolean {
  const rdns = splitUnescaped(dn.trim(), /[,;]/);
  return rdns.every((rdn) =>
    splitUnescaped(rdn, /\+/).every((pair) => ATTRIBUTE_TYPE_THEN_EQUALS.test(pair)),
  );
}

const ATTRIBUTE_TYPE_THEN_EQUALS = /^\s*(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)+)\s*=/;

/** `text` split at each unescaped character `separator` matches (a backslash escapes the next character). */
function splitUnescaped(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === "\\" && i + 1 < text.length) {
      current += char + (text[i + 1] as string);
      i += 1;
    } else if (separator.test(char)) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/**
 * Whether Active Directory takes `name` as a simple bind's name besides a DN: a user principal name
 * (svc-pwreset@school.example) or a down-level logon name (SCHOOL\svc-pwreset). OpenLDAP takes only DNs.
 */
export function isAdLoginName(name: string): boolean {
  return /^[^\s@\\]+@[^\s@\\]+$/.test(name.trim()) || /^[^\s@\\]+\\[^\s@\\]+$/.test(name.trim());
}
