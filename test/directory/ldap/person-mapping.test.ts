import { FilterParser, type Entry } from "ldapts";
import { describe, expect, it } from "vitest";
import {
  attributeValues,
  classAttributeFilter,
  classesOf,
  dnKey,
  escapeFilterValue,
  firstRdnValue,
  isBelow,
  memberFilter,
  peopleFilter,
  personFilter,
  roleOf,
  toPerson,
  type PersonMapping,
} from "../../../src/directory/ldap/person-mapping.js";

const mapping: PersonMapping = {
  idAttribute: "uid",
  nameAttribute: "cn",
  emailAttribute: "mail",
  classGroupBaseDn: "ou=classes,ou=groups,dc=school,dc=test",
  teacherGroupDn: "cn=teachers,ou=groups,dc=school,dc=test",
  adminGroupDn: "cn=admins,ou=groups,dc=school,dc=test",
};

describe("filters built from what a user typed", () => {
  it("escapes the RFC 4515 specials so they are matched literally", () => {
    expect(escapeFilterValue("*)(uid=*")).toBe("\\2a\\29\\28uid=\\2a");
    expect(escapeFilterValue("a\\b")).toBe("a\\5cb");
    expect(escapeFilterValue("nul\0")).toBe("nul\\00");
    expect(escapeFilterValue("Zoë O'Neil")).toBe("Zoë O'Neil");
  });

  it("an injection id becomes one equality test for that exact text", () => {
    for (const id of ["*)(uid=*", "*", "ben)(|(uid=*", "\\2a"]) {
      const filter = FilterParser.parseString(personFilter("(objectClass=inetOrgPerson)", "uid", id));
      expect(filter.toString()).toMatch(/^\(&\(objectclass=inetOrgPerson\)\(uid=/i);
      const parts = (filter as unknown as { filters: { attribute: string; value: string }[] }).filters;
      expect(parts).toHaveLength(2);
      expect(parts[1]).toMatchObject({ attribute: "uid", value: id });
    }
  });

  it("many ids in one search: each injection id is one equality test for that exact text, in one OR", () => {
    const ids = ["*)(uid=*", "*", "ben)(|(uid=*", "\\2a", "ben"];
    const filter = FilterParser.parseString(peopleFilter("(objectClass=inetOrgPerson)", "uid", ids));
    expect(filter.toString()).toMatch(/^\(&\(objectclass=inetOrgPerson\)\(\|\(uid=/i);
    const parts = (filter as unknown as { filters: { filters: { attribute: string; value: string }[] }[] })
      .filters;
    expect(parts).toHaveLength(2);
    expect(parts[1]!.filters.map((f) => ({ attribute: f.attribute, value: f.value }))).toEqual(
      ids.map((value) => ({ attribute: "uid", value })),
    );
  });

  it("accepts a configured user filter written without outer parentheses", () => {
    expect(personFilter("objectClass=person", "uid", "ben")).toBe("(&(objectClass=person)(uid=ben))");
  });

  it("escapes class names and member DNs too", () => {
    expect(classAttributeFilter("(objectClass=person)", "departmentNumber", "4A*")).toBe(
      "(&(objectClass=person)(departmentNumber=4A\\2a))",
    );
    expect(memberFilter("cn=Smith\\, John (IT),dc=x")).toBe("(member=cn=Smith\\5c, John \\28IT\\29,dc=x)");
  });
});

describe("distinguished names", () => {
  it("compares DNs whatever their case, spacing or escaping", () => {
    expect(dnKey("CN=Teachers, OU=Groups,DC=school,DC=test")).toBe(
      dnKey("cn=teachers,ou=groups,dc=school,dc=test"),
    );
    expect(dnKey("cn=Smith\\, John,dc=x")).toBe(dnKey("cn=Smith\\2C John,dc=x"));
    expect(dnKey("cn=a,dc=x")).not.toBe(dnKey("cn=b,dc=x"));
  });

  it("knows what lies below a base", () => {
    expect(isBelow("CN=4A,OU=Classes,OU=Groups,DC=school,DC=test", mapping.classGroupBaseDn!)).toBe(true);
    expect(isBelow("cn=teachers,ou=groups,dc=school,dc=test", mapping.classGroupBaseDn!)).toBe(false);
    expect(isBelow(mapping.classGroupBaseDn!, mapping.classGroupBaseDn!)).toBe(false);
  });

  it("reads a group's cn from its DN", () => {
    expect(firstRdnValue("CN=4A,OU=Classes,DC=school,DC=test")).toBe("4A");
    expect(firstRdnValue("cn=Year 5\\, Blue,ou=classes")).toBe("Year 5, Blue");
  });
});

describe("roles and classes", () => {
  const classes4A = "cn=4A,ou=classes,ou=groups,dc=school,dc=test";
  const classes4B = "CN=4B,OU=Classes,OU=Groups,DC=school,DC=test";

  it("admins beat teachers, and everyone else is a student", () => {
    expect(roleOf(["CN=Admins,OU=Groups,DC=school,DC=test", mapping.teacherGroupDn!], mapping)).toBe("admin");
    expect(roleOf([mapping.teacherGroupDn!, classes4A], mapping)).toBe("teacher");
    expect(roleOf([classes4A], mapping)).toBe("student");
    expect(roleOf([], { ...mapping, teacherGroupDn: undefined, adminGroupDn: undefined })).toBe("student");
  });

  it("a person's classes are the class groups they belong to", () => {
    const entry: Entry = { dn: "uid=tmiller,ou=staff,dc=school,dc=test" };
    expect(classesOf(entry, [classes4B, mapping.teacherGroupDn!, classes4A], mapping)).toEqual(["4A", "4B"]);
  });

  it("a class attribute, when configured, wins over groups", () => {
    const entry: Entry = { dn: "uid=ben,ou=students,dc=x", departmentNumber: ["4A", "Choir"] };
    expect(classesOf(entry, [classes4B], { ...mapping, classAttribute: "departmentnumber" })).toEqual([
      "4A",
      "Choir",
    ]);
  });

  it("turns an entry into a person, reading attribute names in any case", () => {
    const entry: Entry = {
      dn: "CN=ben,OU=Students,DC=school,DC=test",
      sAMAccountName: "Ben",
      displayName: "Ben Baker",
      mail: "ben@school.test",
      memberOf: [classes4A],
    };
    const ad = { ...mapping, idAttribute: "samaccountname", nameAttribute: "displayName" };
    expect(attributeValues(entry, "MEMBEROF")).toEqual([classes4A]);
    expect(toPerson(entry, [classes4A], ad)).toEqual({
      id: "Ben",
      name: "Ben Baker",
      role: "student",
      classes: ["4A"],
      email: "ben@school.test",
    });
  });

  it("an entry without an id is nobody, and a missing name falls back to the id", () => {
    expect(toPerson({ dn: "cn=x" }, [], mapping)).toBeNull();
    expect(toPerson({ dn: "uid=x", uid: "x" }, [], mapping)).toEqual({
      id: "x",
      name: "x",
      role: "student",
      classes: [],
    });
  });
});
