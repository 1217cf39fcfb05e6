/**
 * The LDAP directory against a real Samba Active Directory domain controller (LDAPS). Start it first:
 *   eval "$(scripts/samba/start.sh --fresh)"     (sets AD_TEST_URL and the other AD_TEST_* variables)
 * People are in scripts/samba/seed.sh. Tests change only ben and carla, and put them back.
 * The bot works as the delegated service account CN=pwreset, not as Administrator.
 */
import { readFileSync } from "node:fs";
import { Attribute, Change, Client } from "ldapts";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import {
  DirectoryUnavailableError,
  NoSuchPersonError,
  PasswordRejectedError,
} from "../../src/core/errors.js";
import { adPasswordValue } from "../../src/directory/ldap/ad-password.js";
import { LdapDirectory } from "../../src/directory/ldap/ldap-directory.js";
import { createLogger } from "../../src/logging/create-logger.js";

const env = process.env;
const URL = env.AD_TEST_URL;
const BASE = env.AD_TEST_BASE_DN ?? "DC=school,DC=test";

const SEED = { alice: "Red-Apple-41", ben: "Blue-Boat-52", carla: "Green-Leaf-63", ella: "Pink-Moon-85" };
const dnOf = (cn: string) => `CN=${cn},OU=Students,${BASE}`;

function directoryEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    DIRECTORY: "ldap",
    LDAP_FLAVOUR: "ad",
    LDAP_URL: URL,
    LDAP_BIND_DN: env.AD_TEST_BIND_DN,
    LDAP_BIND_PASSWORD: env.AD_TEST_BIND_PASSWORD,
    LDAP_BASE_DN: BASE,
    LDAP_TLS_CA_FILE: env.AD_TEST_CA_FILE,
    LDAP_CLASS_GROUP_BASE_DN: `OU=Classes,OU=Groups,${BASE}`,
    LDAP_TEACHER_GROUP_DN: `CN=Teachers,OU=Groups,${BASE}`,
    LDAP_ADMIN_GROUP_DN: `CN=IT Admins,OU=Groups,${BASE}`,
    LDAP_TIMEOUT_MS: "3000",
    ...extra,
  };
}

const logger = createLogger("silent");
const open: LdapDirectory[] = [];
function makeDirectory(extra: Record<string, string> = {}): LdapDirectory {
  const directory = LdapDirectory.fromSettings(loadConfig(directoryEnv(extra)).ldap, logger);
  open.push(directory);
  return directory;
}

function client(): Client {
  return new Client({
    url: URL as string,
    timeout: 5000,
    connectTimeout: 5000,
    tlsOptions: { ca: [readFileSync(env.AD_TEST_CA_FILE as string)] },
  });
}

/** Runs work as Administrator (which the bot never is), to look behind the bot's back and to tidy up. */
async function asAdministrator<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const c = client();
  try {
    await c.bind(env.AD_TEST_ADMIN_DN as string, env.AD_TEST_ADMIN_PASSWORD as string);
    return await work(c);
  } finally {
    await c.unbind();
  }
}

/** How AD answers a plain bind as this student: "ok", or its error text (e.g. "... data 773 ..."). */
async function bindResult(cn: string, password: string): Promise<string> {
  const c = client();
  try {
    await c.bind(dnOf(cn), password);
    return "ok";
  } catch (error) {
    return (error as Error).message;
  } finally {
    await c.unbind();
  }
}

const replace = (type: string, values: string[] | Buffer[]) =>
  new Change({ operation: "replace", modification: new Attribute({ type, values }) });

/** Puts a student back as the seed had them (AD does not check history when an administrator resets). */
async function restore(cn: keyof typeof SEED): Promise<void> {
  await asAdministrator((c) =>
    c.modify(dnOf(cn), [replace("unicodePwd", [adPasswordValue(SEED[cn])]), replace("pwdLastSet", ["-1"])]),
  );
}

async function pwdLastSet(cn: string): Promise<string> {
  return asAdministrator(async (c) => {
    const { searchEntries } = await c.search(dnOf(cn), { scope: "base", attributes: ["pwdLastSet"] });
    return String(searchEntries[0]?.pwdLastSet);
  });
}

if (URL === undefined) {
  process.stderr.write(
    `ldap-ad.test.ts: skipped, AD_TEST_URL is not set. Run: eval "$(scripts/samba/start.sh)" first.\n`,
  );
}

describe.skipIf(URL === undefined)(
  'LDAP directory on Active Directory (needs AD_TEST_URL: eval "$(scripts/samba/start.sh)")',
  () => {
    afterEach(async () => {
      for (const cn of ["ben", "carla"] as const) await restore(cn);
    });
    afterAll(async () => {
      await Promise.all(open.map((d) => d.close()));
    });

    describe("authenticate", () => {
      it("a right password gives the person; a wrong one or an unknown id give null", async () => {
        const directory = makeDirectory();
        expect(await directory.authenticate("alice", SEED.alice)).toEqual({
          id: "alice",
          name: "Alice Archer",
          role: "student",
          classes: ["4A"],
          email: "alice@school.test",
        });
        expect(await directory.authenticate("Alice", SEED.alice)).toMatchObject({ id: "alice" });
        expect(await directory.authenticate("alice", "Wrong-Pass-1")).toBeNull();
        expect(await directory.authenticate("nobody", SEED.alice)).toBeNull();
        expect(await directory.authenticate("alice", "")).toBeNull();
      });

      it("ids that try to inject filter syntax find nobody", async () => {
        const directory = makeDirectory();
        for (const id of ["*", "*)(sAMAccountName=*", "alice)(sAMAccountName=*", "*)(|(cn=*", "al*"]) {
          expect(await directory.authenticate(id, SEED.alice), id).toBeNull();
          expect(await directory.findPerson(id), id).toBeNull();
        }
      });

      it("a disabled account does not log in, even with the right password, is nobody to the bot, and gets no new password", async () => {
        const directory = makeDirectory();
        expect(await directory.authenticate("ella", SEED.ella)).toBeNull();
        expect(await directory.findPerson("ella")).toBeNull();
        await expect(
          directory.setPassword("ella", "Plum-Tree-Ten-10", { mustChange: true }),
        ).rejects.toBeInstanceOf(NoSuchPersonError);
        expect(await directory.findAccount("ella")).toMatchObject({ id: "ella", disabled: true });
      });

      it("findAccount gives the disabled account (ACCOUNTDISABLE) marked, and null only for nobody", async () => {
        const directory = makeDirectory();
        expect(await directory.findAccount("ella")).toMatchObject({
          id: "ella",
          role: "student",
          classes: ["4B"],
          disabled: true,
        });
        expect(await directory.findAccount("finn")).not.toHaveProperty("disabled");
        expect(await directory.findAccount("nobody")).toBeNull();
        const listed = await directory.listStudents("4B");
        expect(listed.filter((p) => p.disabled === true).map((p) => p.id)).toEqual(["ella"]);
      });

      it("accountPresences answers many ids in one search as accountPresence does each, injection ids literally", async () => {
        const directory = makeDirectory();
        const ids = ["ALICE", " ella ", "finn", "nobody", "*", "*)(sAMAccountName=*", "al*"];
        const presences = await directory.accountPresences(ids);
        for (const id of ids) {
          expect(presences.get(id.trim().toLowerCase()), id).toBe(await directory.accountPresence(id));
        }
        expect(Object.fromEntries(presences)).toMatchObject({
          alice: "enabled",
          ella: "disabled",
          "*": "none",
        });
      });

      it("a wrong service account password is the directory being unavailable", async () => {
        const directory = makeDirectory({ LDAP_BIND_PASSWORD: "not-the-password" });
        await expect(directory.findPerson("alice")).rejects.toThrow(DirectoryUnavailableError);
      });
    });

    describe("people, roles and classes", () => {
      it("reads roles and classes from memberOf", async () => {
        const directory = makeDirectory();
        expect(await directory.findPerson("tmiller")).toMatchObject({
          name: "Tom Miller",
          role: "teacher",
          classes: ["4A"],
        });
        expect(await directory.findPerson("itadmin")).toMatchObject({ role: "admin", classes: [] });
        expect(await directory.findPerson("finn")).toMatchObject({ role: "student", classes: ["4B"] });
      });

      it("lists the students of a class, without its form teacher", async () => {
        const directory = makeDirectory();
        expect((await directory.listStudents("4A")).map((p) => p.id)).toEqual(["alice", "ben", "carla"]);
        expect((await directory.listStudents("4B")).map((p) => p.id)).toEqual(["dan", "ella", "finn"]);
        expect(await directory.listStudents("*")).toEqual([]);
      });
    });

    describe("sharesEmail (a trusted Slack email links only when it is one person's)", () => {
      it("an email on one entry is not shared; given to a second entry too, it is; an unknown one is not", async () => {
        const directory = makeDirectory();
        expect(await directory.sharesEmail("alice@school.test")).toBe(false);
        expect(await directory.sharesEmail("nobody@school.test")).toBe(false);
        // Filter syntax in the email finds nobody rather than everyone.
        expect(await directory.sharesEmail("*")).toBe(false);
        expect(await directory.sharesEmail("*)(mail=*")).toBe(false);
        await asAdministrator((c) => c.modify(dnOf("ben"), [replace("mail", ["alice@school.test"])]));
        try {
          expect(await directory.sharesEmail("alice@school.test")).toBe(true);
          expect(await directory.sharesEmail(" ALICE@school.test ")).toBe(true);
        } finally {
          await asAdministrator((c) => c.modify(dnOf("ben"), [replace("mail", ["ben@school.test"])]));
        }
        expect(await directory.sharesEmail("alice@school.test")).toBe(false);
      });
    });

    describe("setPassword", () => {
      it("the new password works, the old one does not; must-change is pwdLastSet 0 and AD's data 773", async () => {
        const directory = makeDirectory();
        await directory.setPassword("ben", "Mango-Tiger-Cloud-47", { mustChange: true });
        expect(await pwdLastSet("ben")).toBe("0");
        expect(await bindResult("ben", "Mango-Tiger-Cloud-47")).toMatch(/data 773/);
        expect(await bindResult("ben", SEED.ben)).toMatch(/data 52e/);
        // The student proved the password; that AD wants it changed does not make it wrong.
        expect(await directory.authenticate("ben", "Mango-Tiger-Cloud-47")).toMatchObject({ id: "ben" });
        expect(await directory.authenticate("ben", SEED.ben)).toBeNull();

        await directory.setPassword("ben", "Apple-River-Stone-12", { mustChange: false });
        expect(await pwdLastSet("ben")).not.toBe("0");
        expect(await bindResult("ben", "Apple-River-Stone-12")).toBe("ok");
      });

      it("the password policy's refusals come back with a reason, and change nothing", async () => {
        const directory = makeDirectory();
        const reason = (password: string) =>
          directory.setPassword("carla", password, { mustChange: true }).then(
            () => "accepted",
            (error: unknown) => (error instanceof PasswordRejectedError ? error.reason : String(error)),
          );
        expect(await reason("Ab-1")).toBe("too-short");
        expect(await reason("alllowercaseletters")).toBe("too-simple");
        expect(await bindResult("carla", SEED.carla)).toBe("ok");
      });

      it("the service account may reset students only (its delegation is on OU=Students)", async () => {
        const directory = makeDirectory();
        await expect(
          directory.setPassword("tmiller", "Mango-Tiger-Cloud-47", { mustChange: true }),
        ).rejects.toThrow(/insufficient|50/i);
      });

      it("unlock lifts a lockout after wrong passwords (lockoutTime 0) and says so; with none, says there was none", async () => {
        const directory = makeDirectory();
        expect(await directory.lockedOut("carla")).toBe(false);
        expect(await directory.lockedOut("nobody")).toBe(false);
        expect(await directory.unlock("carla")).toBe(false);
        expect(await directory.unlock("nobody")).toBe(false);
        const lockoutTime = () =>
          asAdministrator(async (c) => {
            const { searchEntries } = await c.search(dnOf("carla"), {
              scope: "base",
              attributes: ["lockoutTime"],
            });
            return String(searchEntries[0]?.lockoutTime ?? "0");
          });
        // The domain locks an account after 3 wrong passwords for this test (the seed never locks).
        const threshold = (value: string) =>
          asAdministrator((c) => c.modify(BASE, [replace("lockoutThreshold", [value])]));
        await threshold("3");
        try {
          for (let i = 0; i < 4; i++) await bindResult("carla", "Wrong-Guess-0");
          expect(await lockoutTime()).not.toBe("0");
          expect(await bindResult("carla", SEED.carla)).not.toBe("ok");
          expect(await directory.lockedOut("carla")).toBe(true);
          expect(await directory.unlock("carla")).toBe(true);
          expect(await directory.lockedOut("carla")).toBe(false);
          expect(await lockoutTime()).toBe("0");
          expect(await bindResult("carla", SEED.carla)).toBe("ok");
          expect(await directory.unlock("carla")).toBe(false);
        } finally {
          await threshold("0");
          await asAdministrator((c) => c.modify(dnOf("carla"), [replace("lockoutTime", ["0"])]));
        }
      });
    });

    describe("a lockout that ran out", () => {
      // A throwaway account of this test's own (never a seeded student), created and deleted here.
      const cn = `lockout-probe-${process.pid}`;
      const dn = dnOf(cn);
      const PASSWORD = "Plum-Cart-Lamp-58";
      const filetime = (ms: number) => String(BigInt(ms) * 10_000n + 116_444_736_000_000_000n);
      const setLockoutTime = (value: string) =>
        asAdministrator((c) => c.modify(dn, [replace("lockoutTime", [value])]));

      it("AD keeps lockoutTime above 0 after the domain's lockout duration: not a lockout, nothing to lift", async () => {
        await asAdministrator(async (c) => {
          await c.add(dn, {
            objectClass: ["top", "person", "organizationalPerson", "user"],
            cn,
            sAMAccountName: cn.slice(0, 20),
            displayName: "Lockout Probe",
          });
          await c.modify(dn, [
            replace("unicodePwd", [adPasswordValue(PASSWORD)]),
            replace("userAccountControl", ["512"]),
          ]);
        });
        try {
          const directory = makeDirectory();
          const id = cn.slice(0, 20);
          // The domain's lockout duration is 30 minutes: a lockout 2 days ago has run out, though its
          // lockoutTime stays until the next logon. She can log in, and a teacher's /unlock has nothing to lift.
          await setLockoutTime(filetime(Date.now() - 2 * 24 * 3_600_000));
          expect(await bindResult(cn, PASSWORD)).toBe("ok");
          await setLockoutTime(filetime(Date.now() - 2 * 24 * 3_600_000));
          expect(await directory.lockedOut(id)).toBe(false);
          expect(await directory.unlock(id)).toBe(false);
          // A lockout a minute ago is in force: she cannot log in until it is lifted.
          await setLockoutTime(filetime(Date.now() - 60_000));
          expect(await bindResult(cn, PASSWORD)).not.toBe("ok");
          expect(await directory.lockedOut(id)).toBe(true);
          expect(await directory.unlock(id)).toBe(true);
          expect(await directory.lockedOut(id)).toBe(false);
          expect(await bindResult(cn, PASSWORD)).toBe("ok");
        } finally {
          await asAdministrator((c) => c.del(dn));
        }
      });
    });

    describe("when the directory is not there", () => {
      it("a closed port is DirectoryUnavailableError at once", async () => {
        const directory = makeDirectory({ LDAP_URL: "ldaps://127.0.0.1:1" });
        const started = Date.now();
        await expect(directory.authenticate("ben", SEED.ben)).rejects.toThrow(DirectoryUnavailableError);
        await expect(
          directory.setPassword("ben", "Mango-Tiger-Cloud-47", { mustChange: true }),
        ).rejects.toThrow(DirectoryUnavailableError);
        expect(Date.now() - started).toBeLessThan(1000);
      });
    });
  },
);
