/**
 * The LDAP directory against a real slapd with the ppolicy overlay. Start it first:
 *   eval "$(scripts/slapd/start.sh --fresh)"     (sets LDAP_TEST_URL and the other LDAP_TEST_* variables)
 * People are in scripts/slapd/seed.ldif. Tests change only ben, carla and finn, and put them back.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { Attribute, Change, Client, Control } from "ldapts";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import {
  DirectoryUnavailableError,
  NoSuchPersonError,
  PasswordRejectedError,
} from "../../src/core/ports/directory-errors.js";
import { LdapDirectory } from "../../src/directory/ldap/ldap-directory.js";
import { createLogger } from "../../src/logging/create-logger.js";
import { slapdStartEnv } from "../helpers/slapd-start-env.js";

const env = process.env;
const URL = env.LDAP_TEST_URL;
const BASE = env.LDAP_TEST_BASE_DN ?? "dc=school,dc=test";
const START_SCRIPT = new globalThis.URL("../../scripts/slapd/start.sh", import.meta.url).pathname;

const SEED = {
  alice: "Alice-Pass-1",
  ben: "Ben-Pass-22",
  carla: "Carla-Pass-3",
  ella: "Ella-Pass-5",
  finn: "Finn-Pass-66",
};
const dnOf = (uid: string) => `uid=${uid},ou=students,${BASE}`;

function directoryEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    DIRECTORY: "ldap",
    LDAP_FLAVOUR: "openldap",
    LDAP_URL: URL,
    LDAP_BIND_DN: env.LDAP_TEST_BIND_DN,
    LDAP_BIND_PASSWORD: env.LDAP_TEST_BIND_PASSWORD,
    LDAP_BASE_DN: BASE,
    LDAP_TLS_CA_FILE: env.LDAP_TEST_CA_FILE,
    LDAP_CLASS_GROUP_BASE_DN: `ou=classes,ou=groups,${BASE}`,
    LDAP_TEACHER_GROUP_DN: `cn=teachers,ou=groups,${BASE}`,
    LDAP_ADMIN_GROUP_DN: `cn=admins,ou=groups,${BASE}`,
    LDAP_TIMEOUT_MS: "1500",
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

/** Runs work as slapd's root DN (which the bot never is), to look behind the bot's back and to tidy up. */
async function asRoot<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({
    url: URL as string,
    timeout: 3000,
    connectTimeout: 3000,
    tlsOptions: { ca: [readFileSync(env.LDAP_TEST_CA_FILE as string)] },
  });
  try {
    await client.bind(env.LDAP_TEST_ROOT_DN as string, env.LDAP_TEST_ROOT_PASSWORD as string);
    return await work(client);
  } finally {
    await client.unbind();
  }
}

/** Whether slapd accepts this password for this student (a plain bind, no bot code involved). */
async function binds(uid: string, password: string): Promise<boolean> {
  const client = new Client({
    url: URL as string,
    timeout: 3000,
    tlsOptions: { ca: [readFileSync(env.LDAP_TEST_CA_FILE as string)] },
  });
  try {
    await client.bind(dnOf(uid), password);
    return true;
  } catch {
    return false;
  } finally {
    await client.unbind();
  }
}

const replace = (type: string, values: string[]) =>
  new Change({ operation: "replace", modification: new Attribute({ type, values }) });
/** The Relax control lets the root DN clear ppolicy's own attributes (pwdHistory, pwdChangedTime). */
const RELAX = new Control("1.3.6.1.4.1.4203.666.5.12", { critical: true });

/** Puts a student back as the seed had them: password, no must-change, no history, no lockout. */
async function restore(uid: keyof typeof SEED): Promise<void> {
  await asRoot(async (client) => {
    await client.modify(dnOf(uid), [replace("userPassword", [SEED[uid]]), replace("pwdReset", [])]);
    await client.modify(
      dnOf(uid),
      ["pwdHistory", "pwdChangedTime", "pwdFailureTime", "pwdAccountLockedTime"].map((a) => replace(a, [])),
      RELAX,
    );
  });
}

async function readAttribute(uid: string, attribute: string): Promise<string[]> {
  return asRoot(async (client) => {
    const { searchEntries } = await client.search(dnOf(uid), { scope: "base", attributes: [attribute] });
    const value = searchEntries[0]?.[attribute] ?? [];
    return (Array.isArray(value) ? value : [value]).map(String);
  });
}

function slapdPid(): number {
  return Number(readFileSync(env.LDAP_TEST_PID_FILE as string, "utf8").trim());
}

if (URL === undefined) {
  process.stderr.write(
    `ldap-openldap.test.ts: skipped, LDAP_TEST_URL is not set. Run: eval "$(scripts/slapd/start.sh)" first.\n`,
  );
}

describe.skipIf(URL === undefined)(
  'LDAP directory on OpenLDAP (needs LDAP_TEST_URL: eval "$(scripts/slapd/start.sh)")',
  () => {
    afterEach(async () => {
      for (const uid of ["ben", "carla", "finn"] as const) await restore(uid);
    });
    afterAll(async () => {
      await Promise.all(open.map((d) => d.close()));
    });

    describe("authenticate", () => {
      it("a right password gives the person; a wrong one, an unknown id or an empty password give null", async () => {
        const directory = makeDirectory();
        expect(await directory.authenticate("alice", SEED.alice)).toEqual({
          id: "alice",
          name: "Alice Archer",
          role: "student",
          classes: ["4A"],
          email: "alice@school.test",
        });
        expect(await directory.authenticate(" ALICE ", SEED.alice)).toMatchObject({ id: "alice" });
        expect(await directory.authenticate("alice", "Wrong-Pass-1")).toBeNull();
        expect(await directory.authenticate("nobody", SEED.alice)).toBeNull();
        expect(await directory.authenticate("alice", "")).toBeNull();
      });

      it("ids that try to inject filter syntax find nobody", async () => {
        const directory = makeDirectory();
        for (const id of ["*", "*)(uid=*", "alice)(uid=*", "*)(|(uid=*", "al*", "alice\\", "(uid=alice)"]) {
          expect(await directory.authenticate(id, SEED.alice), id).toBeNull();
          expect(await directory.findPerson(id), id).toBeNull();
        }
      });

      it("an account an administrator locked does not log in, even with the right password, and is nobody to the bot", async () => {
        const directory = makeDirectory();
        expect(await directory.authenticate("ella", SEED.ella)).toBeNull();
        expect(await directory.findPerson("ella")).toBeNull();
      });

      it("works over StartTLS on ldap:// too", async () => {
        const directory = makeDirectory({
          LDAP_URL: env.LDAP_TEST_STARTTLS_URL as string,
          LDAP_STARTTLS: "true",
        });
        expect(await directory.authenticate("alice", SEED.alice)).toMatchObject({ id: "alice" });
      });

      it("refuses a server certificate it cannot check (no CA file) unless told it is a test", async () => {
        const strict = makeDirectory({ LDAP_TLS_CA_FILE: "" });
        await expect(strict.findPerson("alice")).rejects.toThrow(DirectoryUnavailableError);
        const insecure = makeDirectory({ LDAP_TLS_CA_FILE: "", LDAP_TLS_INSECURE: "true" });
        expect(await insecure.findPerson("alice")).toMatchObject({ id: "alice" });
      });

      it("a wrong service account password is the directory being unavailable, not a wrong student password", async () => {
        const directory = makeDirectory({ LDAP_BIND_PASSWORD: "not-the-password" });
        await expect(directory.authenticate("alice", SEED.alice)).rejects.toThrow(
          /check LDAP_BIND_DN and LDAP_BIND_PASSWORD/,
        );
      });
    });

    describe("people, roles and classes", () => {
      it("reads roles and classes from groups", async () => {
        const directory = makeDirectory();
        expect(await directory.findPerson("tmiller")).toMatchObject({
          name: "Tom Miller",
          role: "teacher",
          classes: ["4A"],
        });
        expect(await directory.findPerson("tjones")).toMatchObject({ role: "teacher", classes: ["4B"] });
        expect(await directory.findPerson("itadmin")).toMatchObject({ role: "admin", classes: [] });
        expect(await directory.findPerson("dan")).toMatchObject({ role: "student", classes: ["4B"] });
        expect(await directory.findPerson("nobody")).toBeNull();
      });

      it("findAccount gives a disabled account (ella, ppolicy's permanent lock) marked, and null only for nobody", async () => {
        const directory = makeDirectory();
        expect(await directory.findAccount("ella")).toMatchObject({
          id: "ella",
          role: "student",
          classes: ["4B"],
          disabled: true,
        });
        expect(await directory.findAccount("dan")).not.toHaveProperty("disabled");
        expect(await directory.findAccount("dan")).toMatchObject({ id: "dan", classes: ["4B"] });
        expect(await directory.findAccount("nobody")).toBeNull();
        // The class list marks her too, so the coverage list can say why she is not set up.
        const listed = await directory.listStudents("4B");
        expect(listed.filter((p) => p.disabled === true).map((p) => p.id)).toEqual(["ella"]);
      });

      it("lists the students of a class for the coverage list, without its form teacher", async () => {
        const directory = makeDirectory();
        const students = await directory.listStudents("4A");
        expect(students.map((p) => p.id)).toEqual(["alice", "ben", "carla"]);
        expect((await directory.listStudents("4b")).map((p) => p.id)).toEqual(["dan", "ella", "finn"]);
        expect(await directory.listStudents("*")).toEqual([]);
        expect(await directory.listStudents("9Z")).toEqual([]);
      });

      it("can take classes from an attribute instead (LDAP_CLASS_ATTRIBUTE)", async () => {
        const directory = makeDirectory({ LDAP_CLASS_ATTRIBUTE: "departmentNumber" });
        expect(await directory.findPerson("ben")).toMatchObject({ classes: ["4A"] });
        expect((await directory.listStudents("4A")).map((p) => p.id)).toEqual(["alice", "ben", "carla"]);
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
        await asRoot((c) => c.modify(dnOf("ben"), [replace("mail", ["alice@school.test"])]));
        try {
          expect(await directory.sharesEmail("alice@school.test")).toBe(true);
          expect(await directory.sharesEmail(" ALICE@school.test ")).toBe(true);
        } finally {
          await asRoot((c) => c.modify(dnOf("ben"), [replace("mail", ["ben@school.test"])]));
        }
        expect(await directory.sharesEmail("alice@school.test")).toBe(false);
      });
    });

    describe("setPassword", () => {
      it("the new password binds, the old one does not, and must-change is set as pwdReset", async () => {
        const directory = makeDirectory();
        await directory.setPassword("ben", "Mango-Tiger-Cloud-47", { mustChange: true });
        expect(await binds("ben", "Mango-Tiger-Cloud-47")).toBe(true);
        expect(await binds("ben", SEED.ben)).toBe(false);
        expect(await readAttribute("ben", "pwdReset")).toEqual(["TRUE"]);
        expect(await directory.authenticate("ben", "Mango-Tiger-Cloud-47")).toMatchObject({ id: "ben" });

        await directory.setPassword("BEN", "Apple-River-Stone-12", { mustChange: false });
        expect(await binds("ben", "Apple-River-Stone-12")).toBe(true);
        expect(await readAttribute("ben", "pwdReset")).toEqual([]);
      });

      it("an id the directory does not know is the port's NoSuchPersonError, like the memory directory's", async () => {
        const directory = makeDirectory();
        await expect(
          directory.setPassword("nobody-here", "Mango-Tiger-Cloud-47", { mustChange: true }),
        ).rejects.toBeInstanceOf(NoSuchPersonError);
      });

      it("the password policy's refusals come back with a reason, and change nothing", async () => {
        const directory = makeDirectory();
        const refusal = (password: string) =>
          directory.setPassword("carla", password, { mustChange: true }).then(
            () => null,
            (error: unknown) => error,
          );
        const tooShort = await refusal("Ab-1");
        expect(tooShort).toBeInstanceOf(PasswordRejectedError);
        expect((tooShort as PasswordRejectedError).reason).toBe("too-short");
        expect(((await refusal(SEED.carla)) as PasswordRejectedError).reason).toBe("used-before");

        await directory.setPassword("carla", "Lemon-Cloud-Seven-7", { mustChange: false });
        expect(((await refusal(SEED.carla)) as PasswordRejectedError).reason).toBe("used-before");
        expect(await binds("carla", "Lemon-Cloud-Seven-7")).toBe(true);
      });

      it("lifts a lockout after wrong passwords; unlock does the same, but never an administrator's lock", async () => {
        const directory = makeDirectory();
        const lock = (uid: string) =>
          asRoot((c) =>
            c.modify(dnOf(uid), [replace("pwdAccountLockedTime", [generalizedTimeNow()])], RELAX),
          );
        expect(await directory.lockedOut("finn")).toBe(false);
        await lock("finn");
        expect(await directory.authenticate("finn", SEED.finn)).toBeNull();
        // Asking changes nothing: a teacher's /unlock asks before it counts her lift.
        expect(await directory.lockedOut("finn")).toBe(true);
        expect(await directory.lockedOut("FINN")).toBe(true);
        expect(await directory.unlock("finn")).toBe(true);
        expect(await directory.lockedOut("finn")).toBe(false);
        expect(await directory.authenticate("finn", SEED.finn)).toMatchObject({ id: "finn" });
        // Nothing left to lift.
        expect(await directory.unlock("finn")).toBe(false);

        await lock("finn");
        await directory.setPassword("finn", "Maple-Storm-Eight-8", { mustChange: false });
        expect(await binds("finn", "Maple-Storm-Eight-8")).toBe(true);

        // An administrator's lock is never lifted, and says so; nor is there anything on an unlocked account.
        expect(await directory.lockedOut("ella")).toBe(false);
        expect(await directory.lockedOut("nobody")).toBe(false);
        expect(await directory.unlock("ella")).toBe(false);
        expect(await directory.unlock("dan")).toBe(false);
        expect(await directory.unlock("nobody")).toBe(false);
        expect(await directory.authenticate("ella", SEED.ella)).toBeNull();
      });

      it("says it lifted the lock ppolicy set after too many wrong binds", async () => {
        const directory = makeDirectory();
        try {
          for (let i = 0; i < 11; i++) expect(await binds("finn", "Wrong-Guess-0")).toBe(false);
          expect(await readAttribute("finn", "pwdAccountLockedTime")).toHaveLength(1);
          expect(await binds("finn", SEED.finn)).toBe(false);
          expect(await directory.unlock("finn")).toBe(true);
          expect(await readAttribute("finn", "pwdAccountLockedTime")).toEqual([]);
          expect(await binds("finn", SEED.finn)).toBe(true);
        } finally {
          await restore("finn");
        }
      });

      it("a reset never re-enables an account an administrator locked: no change is sent to it", async () => {
        const directory = makeDirectory();
        try {
          await expect(
            directory.setPassword("ella", "Plum-Tree-Ten-10", { mustChange: true }),
          ).rejects.toBeInstanceOf(NoSuchPersonError);
          expect(await readAttribute("ella", "pwdAccountLockedTime")).toEqual(["000001010000Z"]);
          expect(await readAttribute("ella", "pwdReset")).toEqual([]);
          expect(await directory.authenticate("ella", "Plum-Tree-Ten-10")).toBeNull();
        } finally {
          await restore("ella");
          await asRoot((c) =>
            c.modify(dnOf("ella"), [replace("pwdAccountLockedTime", ["000001010000Z"])], RELAX),
          );
        }
      });
    });

    describe("when slapd stops", () => {
      it("a stopped slapd is DirectoryUnavailableError at once; nothing is half done; after a restart a retry works", async () => {
        const directory = makeDirectory();
        expect(await directory.findPerson("finn")).toMatchObject({ id: "finn" });

        const pid = slapdPid();
        process.kill(pid, "SIGTERM");
        await expect.poll(() => isRunning(pid), { timeout: 5000 }).toBe(false);
        try {
          const started = Date.now();
          await expect(
            directory.setPassword("finn", "Cedar-Brook-Nine-9", { mustChange: true }),
          ).rejects.toThrow(DirectoryUnavailableError);
          await expect(directory.authenticate("finn", SEED.finn)).rejects.toThrow(DirectoryUnavailableError);
          expect(Date.now() - started).toBeLessThan(1000);
        } finally {
          execFileSync("bash", [START_SCRIPT], {
            stdio: ["ignore", "ignore", "inherit"],
            env: slapdStartEnv(env),
          });
        }
        expect(await binds("finn", SEED.finn)).toBe(true);
        await directory.setPassword("finn", "Cedar-Brook-Nine-9", { mustChange: true });
        expect(await binds("finn", "Cedar-Brook-Nine-9")).toBe(true);
      });

      it("a slapd that hangs is DirectoryUnavailableError after LDAP_TIMEOUT_MS", async () => {
        const directory = makeDirectory({ LDAP_TIMEOUT_MS: "500" });
        const pid = slapdPid();
        process.kill(pid, "SIGSTOP");
        try {
          const started = Date.now();
          await expect(
            directory.setPassword("finn", "Cedar-Brook-Nine-9", { mustChange: true }),
          ).rejects.toThrow(DirectoryUnavailableError);
          expect(Date.now() - started).toBeLessThan(1500);
        } finally {
          process.kill(pid, "SIGCONT");
        }
        expect(await binds("finn", SEED.finn)).toBe(true);
      });
    });
  },
);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Now as LDAP GeneralizedTime (e.g. 20250102030405Z): a lockout that has just begun. */
function generalizedTimeNow(): string {
  return new Date()
    .toISOString()
    .replace(/[-:T]/g, "")
    .replace(/\.\d+Z$/, "Z");
}
