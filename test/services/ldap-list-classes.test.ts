/**
 * The class list (for the admins' statistics) against real directories. Start them first:
 *   eval "$(scripts/slapd/start.sh)"   (LDAP_TEST_*)     eval "$(scripts/samba/start.sh)"   (AD_TEST_*)
 * Classes are in scripts/slapd/seed.ldif and scripts/samba/seed.sh: 4A, 4B and 5C. Nothing is changed, but
 * for a year group of 600 added to slapd (with one ldapadd, as its root DN) and deleted after: more people
 * than slapd's default size limit of 500, which start.sh lifts for the service account as a school's IT
 * should (`limits ... size.prtotal=unlimited`, docs/directory.md).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { DirectorySizeLimitError, DirectoryUnavailableError } from "../../src/core/errors.js";
import { LdapDirectory } from "../../src/directory/ldap/ldap-directory.js";
import { createLogger } from "../../src/logging/create-logger.js";

const env = process.env;
const run = promisify(execFile);
const logger = createLogger("silent");
const open: LdapDirectory[] = [];

function makeDirectory(settings: Record<string, string | undefined>): LdapDirectory {
  const directory = LdapDirectory.fromSettings(loadConfig({ DIRECTORY: "ldap", ...settings }).ldap, logger);
  open.push(directory);
  return directory;
}

afterAll(async () => {
  await Promise.all(open.map((d) => d.close()));
});

/** Every user ID forEachId gives, in the order given. */
async function everyIdOf(directory: LdapDirectory): Promise<string[]> {
  const ids: string[] = [];
  await directory.forEachId((id) => ids.push(id));
  return ids;
}

const SLAPD_BASE = env.LDAP_TEST_BASE_DN ?? "dc=school,dc=test";
const slapd = (extra: Record<string, string> = {}) =>
  makeDirectory({
    LDAP_FLAVOUR: "openldap",
    LDAP_URL: env.LDAP_TEST_URL,
    LDAP_BIND_DN: env.LDAP_TEST_BIND_DN,
    LDAP_BIND_PASSWORD: env.LDAP_TEST_BIND_PASSWORD,
    LDAP_BASE_DN: SLAPD_BASE,
    LDAP_TLS_CA_FILE: env.LDAP_TEST_CA_FILE,
    LDAP_CLASS_GROUP_BASE_DN: `ou=classes,ou=groups,${SLAPD_BASE}`,
    LDAP_TEACHER_GROUP_DN: `cn=teachers,ou=groups,${SLAPD_BASE}`,
    LDAP_ADMIN_GROUP_DN: `cn=admins,ou=groups,${SLAPD_BASE}`,
    LDAP_TIMEOUT_MS: "1500",
    ...extra,
  });

const AD_BASE = env.AD_TEST_BASE_DN ?? "DC=school,DC=test";
const ad = (extra: Record<string, string> = {}) =>
  makeDirectory({
    LDAP_FLAVOUR: "ad",
    LDAP_URL: env.AD_TEST_URL,
    LDAP_BIND_DN: env.AD_TEST_BIND_DN,
    LDAP_BIND_PASSWORD: env.AD_TEST_BIND_PASSWORD,
    LDAP_BASE_DN: AD_BASE,
    LDAP_TLS_CA_FILE: env.AD_TEST_CA_FILE,
    LDAP_CLASS_GROUP_BASE_DN: `OU=Classes,OU=Groups,${AD_BASE}`,
    LDAP_TEACHER_GROUP_DN: `CN=Teachers,OU=Groups,${AD_BASE}`,
    LDAP_ADMIN_GROUP_DN: `CN=IT Admins,OU=Groups,${AD_BASE}`,
    LDAP_TIMEOUT_MS: "3000",
    ...extra,
  });

for (const [variable, script] of [
  ["LDAP_TEST_URL", "slapd"],
  ["AD_TEST_URL", "samba"],
] as const) {
  if (env[variable] === undefined) {
    process.stderr.write(
      `ldap-list-classes.test.ts: ${script} part skipped, ${variable} is not set. ` +
        `Run: eval "$(scripts/${script}/start.sh)" first.\n`,
    );
  }
}

describe.skipIf(env.LDAP_TEST_URL === undefined)(
  'listClasses on OpenLDAP (needs LDAP_TEST_URL: eval "$(scripts/slapd/start.sh)")',
  () => {
    it("names the class groups with members under LDAP_CLASS_GROUP_BASE_DN", async () => {
      expect(await slapd().listClasses()).toEqual(["4A", "4B", "5C"]);
    });

    it("takes the distinct values of LDAP_CLASS_ATTRIBUTE instead, when it is set", async () => {
      expect(await slapd({ LDAP_CLASS_ATTRIBUTE: "departmentNumber" }).listClasses()).toEqual([
        "4A",
        "4B",
        "5C",
      ]);
    });

    it("lists no class when neither classes setting is given", async () => {
      expect(await slapd({ LDAP_CLASS_GROUP_BASE_DN: "" }).listClasses()).toEqual([]);
    });

    it("forEachId gives every person's user ID, students and staff (for the shapes of the school's IDs)", async () => {
      expect(await everyIdOf(slapd())).toEqual(expect.arrayContaining(["alice", "ben", "itadmin"]));
    });

    it("reports a class group base that does not exist as trouble, not as no classes", async () => {
      const directory = slapd({ LDAP_CLASS_GROUP_BASE_DN: `ou=nowhere,${SLAPD_BASE}` });
      await expect(directory.listClasses()).rejects.toBeInstanceOf(DirectoryUnavailableError);
    });

    describe("a school of more than 500 people (slapd's default size limit)", () => {
      const YEAR = `ou=year-9-size-limit,${SLAPD_BASE}`;
      const PEOPLE = 600;
      /** An OpenLDAP client tool as slapd's root DN, which the bot never is; `input` on its stdin. */
      const asRoot = (tool: "ldapadd" | "ldapdelete", args: string[], input?: string) => {
        const ldap = run(
          tool,
          [
            "-x",
            "-H",
            env.LDAP_TEST_URL!,
            "-D",
            env.LDAP_TEST_ROOT_DN!,
            "-w",
            env.LDAP_TEST_ROOT_PASSWORD!,
            ...args,
          ],
          { env: { ...env, LDAPTLS_CACERT: env.LDAP_TEST_CA_FILE } },
        );
        ldap.child.stdin?.end(input ?? "");
        return ldap;
      };
      const removeYear = () => asRoot("ldapdelete", ["-r", YEAR]).catch(() => undefined);

      beforeAll(async () => {
        await removeYear(); // what a crashed earlier run left
        const people = Array.from({ length: PEOPLE }, (_, n) => {
          const uid = `y9-${String(n).padStart(3, "0")}`;
          return `dn: uid=${uid},${YEAR}\nobjectClass: inetOrgPerson\nuid: ${uid}\ncn: Year Nine ${n}\nsn: Nine\ndepartmentNumber: 9Z\n`;
        });
        const ldif = [
          `dn: ${YEAR}\nobjectClass: organizationalUnit\nou: year-9-size-limit\n`,
          ...people,
        ].join("\n");
        await asRoot("ldapadd", [], ldif);
      });
      afterAll(removeYear);

      const byAttribute = { LDAP_CLASS_ATTRIBUTE: "departmentNumber", LDAP_CLASS_GROUP_BASE_DN: "" };

      it("lists every class and the whole big class, the service account's limits being lifted", async () => {
        const directory = slapd(byAttribute);
        expect(await directory.listClasses()).toEqual(["4A", "4B", "5C", "9Z"]);
        expect(await directory.listStudents("9Z")).toHaveLength(PEOPLE);
        // Page by page (500 each): every one of the year's 600, each once.
        const ids = await everyIdOf(directory);
        expect(ids.length).toBeGreaterThan(PEOPLE);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it("an account with slapd's default limits gets a size-limit error, not 'unavailable', and still binds", async () => {
        // A teacher's own entry: it may read the directory, but no `limits` line names it.
        const directory = slapd({
          ...byAttribute,
          LDAP_BIND_DN: `uid=itadmin,ou=staff,${SLAPD_BASE}`,
          LDAP_BIND_PASSWORD: "Admin-Pass-9",
        });
        await expect(directory.listClasses()).rejects.toBeInstanceOf(DirectorySizeLimitError);
        await expect(directory.listStudents("9Z")).rejects.toBeInstanceOf(DirectorySizeLimitError);
        // The shapes of the school's IDs cannot be read either: password-like text is then looked up as any ID.
        await expect(everyIdOf(directory)).rejects.toBeInstanceOf(DirectorySizeLimitError);
        await expect(directory.checkServiceAccount()).resolves.toBeUndefined();
      });
    });
  },
);

describe.skipIf(env.AD_TEST_URL === undefined)(
  'listClasses on Active Directory (needs AD_TEST_URL: eval "$(scripts/samba/start.sh)")',
  () => {
    it("names the class groups with members under LDAP_CLASS_GROUP_BASE_DN", async () => {
      expect(await ad().listClasses()).toEqual(["4A", "4B", "5C"]);
    });

    it("forEachId gives every person's sAMAccountName", async () => {
      expect(await everyIdOf(ad())).toEqual(expect.arrayContaining(["alice", "ben"]));
    });
  },
);
