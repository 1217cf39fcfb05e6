import { Filter, type Entry } from "ldapts";
import type { Person, Role } from "../../core/ports/directory.js";

/** How a school's directory spells people, classes and roles (from LDAP_* settings). */
export interface PersonMapping {
  idAttribute: string;
  nameAttribute: string;
  emailAttribute: string;
  /** Classes come from this attribute when set; else from membership of groups under classGroupBaseDn. */
  classAttribute?: string | undefined;
  classGroupBaseDn?: string | undefined;
  teacherGroupDn?: string | undefined;
  adminGroupDn?: string | undefined;
}

/**
 * The filter that finds one person by id among the entries userFilter admits. The id is escaped as RFC 4515
 * says, so an id like `*)(uid=*` or `*` is looked up literally and finds nobody.
 */
export function personFilter(userFilter: string, idAttribute: string, id: string): string {
  return `(&${asFilter(userFilter)}(${idAttribute}=${escapeFilterValue(id)}))`;
}

/**
 * The filter that finds the people with any of these ids (each escaped as in personFilter): one search for
 * many ids, where personFilter would take one each.
 */
export function peopleFilter(userFilter: string, idAttribute: string, ids: readonly string[]): string {
  const any = ids.map((id) => `(${idAttribute}=${escapeFilterValue(id)})`).join("");
  return `(&${asFilter(userFilter)}(|${any}))`;
}

/** The filter for the people with this email (escaped as in personFilter). */
export function emailFilter(userFilter: string, emailAttribute: string, email: string): string {
  return `(&${asFilter(userFilter)}(${emailAttribute}=${escapeFilterValue(email)}))`;
}

/** The filter for the people whose class attribute names this class (when LDAP_CLASS_ATTRIBUTE is set). */
export function classAttributeFilter(userFilter: string, classAttribute: string, className: string): string {
  return `(&${asFilter(userFilter)}(${classAttribute}=${escapeFilterValue(className)}))`;
}

/** The filter for the people with any value of the class attribute (for the list of every class). */
export function anyClassAttributeFilter(userFilter: string, classAttribute: string): string {
  return anyValueFilter(userFilter, classAttribute);
}

/** The filter for the people with any value of this attribute. */
export function anyValueFilter(userFilter: string, attribute: string): string {
  return `(&${asFilter(userFilter)}(${attribute}=*))`;
}

/** The filter for groups that list this DN as a member (group membership on a slapd without memberOf). */
export function memberFilter(dn: string): string {
  return `(member=${escapeFilterValue(dn)})`;
}

/** A value for an LDAP filter, with `*`, `(`, `)`, `\` and NUL escaped as RFC 4515 says (ldapts's Filter.escape). */
export function escapeFilterValue(value: string): string {
  return Filter.escape(value);
}

/** A filter from configuration, with the outer parentheses it may have been written without. */
export function asFilter(filter: string): string {
  const trimmed = filter.trim();
  return trimmed.startsWith("(") ? trimmed : `(${trimmed})`;
}

/** All values of an attribute, whatever case the server spelled its name in. */
export function attributeValues(entry: Entry, name: string): string[] {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(entry)) {
    if (key.toLowerCase() !== wanted || key === "dn") continue;
    const values = Array.isArray(value) ? value : [value];
    return values.map((v) => (Buffer.isBuffer(v) ? v.toString("utf8") : v));
  }
  return [];
}

export function firstValue(entry: Entry, name: string): string | undefined {
  return attributeValues(entry, name)[0];
}

interface Rdn {
  type: string;
  value: string;
}

/**
 * Splits a DN into its RDNs, undoing RFC 4514 escapes (`\,`, `\2C`). Enough to compare the DNs a server
 * returns with configured ones; multi-valued RDNs (`a=1+b=2`) stay one value.
 */
export function parseDn(dn: string): Rdn[] {
  const rdns: Rdn[] = [];
  let type = "";
  let bytes: number[] = [];
  let inValue = false;
  const flush = () => {
    rdns.push({ type: type.trim().toLowerCase(), value: Buffer.from(bytes).toString("utf8").trim() });
    type = "";
    bytes = [];
    inValue = false;
  };
  for (let i = 0; i < dn.length; i++) {
    const char = dn[i] as string;
    if (char === "\\" && i + 1 < dn.length) {
      const hex = dn.slice(i + 1, i + 3);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(dn[i + 1] as string, "utf8"));
        i += 1;
      }
    } else if (char === "," || char === ";") {
      flush();
    } else if (char === "=" && !inValue) {
      inValue = true;
    } else if (inValue) {
      bytes.push(...Buffer.from(char, "utf8"));
    } else {
      type += char;
    }
  }
  if (type !== "" || bytes.length > 0) flush();
  return rdns;
}

/** A DN in one spelling for comparisons: attribute types and values lower-cased, escapes undone. */
export function dnKey(dn: string): string {
  return JSON.stringify(parseDn(dn).map((r) => [r.type, r.value.toLowerCase()]));
}

/** Whether dn is strictly below baseDn. */
export function isBelow(dn: string, baseDn: string): boolean {
  const entry = parseDn(dn);
  const base = parseDn(baseDn);
  if (entry.length <= base.length) return false;
  return dnKey(dnFrom(entry.slice(entry.length - base.length))) === dnKey(dnFrom(base));
}

function dnFrom(rdns: Rdn[]): string {
  return rdns.map((r) => `${r.type}=${r.value.replace(/[,;=+\\"<>#]/g, (c) => `\\${c}`)}`).join(",");
}

/** The value of a DN's first RDN: a class group's cn, e.g. "4A" for "CN=4A,OU=Classes,DC=school,DC=test". */
export function firstRdnValue(dn: string): string {
  return parseDn(dn)[0]?.value ?? "";
}

/** The role the groups give: admin beats teacher; everyone else is a student. */
export function roleOf(groupDns: string[], mapping: PersonMapping): Role {
  const keys = new Set(groupDns.map(dnKey));
  if (mapping.adminGroupDn !== undefined && keys.has(dnKey(mapping.adminGroupDn))) return "admin";
  if (mapping.teacherGroupDn !== undefined && keys.has(dnKey(mapping.teacherGroupDn))) return "teacher";
  return "student";
}

/**
 * A person's classes: the class attribute's values when one is configured, else the cn of every group
 * they belong to under the class group base (for a teacher, the classes they are form teacher of).
 */
export function classesOf(entry: Entry, groupDns: string[], mapping: PersonMapping): string[] {
  let classes: string[] = [];
  if (mapping.classAttribute !== undefined) {
    classes = attributeValues(entry, mapping.classAttribute);
  } else if (mapping.classGroupBaseDn !== undefined) {
    const base = mapping.classGroupBaseDn;
    classes = groupDns.filter((dn) => isBelow(dn, base)).map(firstRdnValue);
  }
  return [...new Set(classes.map((c) => c.trim()).filter((c) => c !== ""))].sort();
}

/** The person an entry describes, or null when it has no id (not a person the bot can serve). */
export function toPerson(entry: Entry, groupDns: string[], mapping: PersonMapping): Person | null {
  const id = firstValue(entry, mapping.idAttribute)?.trim();
  if (id === undefined || id === "") return null;
  const person: Person = {
    id,
    name: firstValue(entry, mapping.nameAttribute)?.trim() || id,
    role: roleOf(groupDns, mapping),
    classes: classesOf(entry, groupDns, mapping),
  };
  const email = firstValue(entry, mapping.emailAttribute)?.trim();
  if (email) person.email = email;
  return person;
}
