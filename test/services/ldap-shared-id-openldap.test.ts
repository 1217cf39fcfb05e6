/**
 * An id that several entries share, on a REAL slapd (a botched import: a second account with a pupil's uid).
 * Start slapd first:  eval "$(bash scripts/slapd/start.sh --fresh)"   and have Redis on REDIS_URL (the
 * leavers run). The shared entries are added here as slapd's root DN and deleted after, so the seed, and
 * every other test's view of ou=students, stays as it was: kim is on two entries, lee on three (more than
 * the two the bot asks for: the server's sizeLimitExceeded must still read as "several"). Neither is in a
 * class group or has a class attribute, so no class list changes while they exist.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { Client, ResultCodeError } from "ldapts";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { NoSuchPersonError } from "../../src/core/ports/directory-errors.js";
import { FAIL_FAST_OPTIONS } from "../../src/store/redis-client.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { linkStaff } from "../helpers/staff-helpers.js";
import { LdapWorld, openLdapServer, serverAvailable } from "../helpers/ldap-world.js";
import { deleteKeysUnder, keysUnder } from "../store/redis-keys-under.js";
import { enrolment } from "../store/contract/fixtures.js";

const env = process.env;
const BASE = env.LDAP_TEST_BASE_DN ?? "dc=school,dc=test";
const REDIS_URL = env.REDIS_URL ?? "redis://127.0.0.1:6379";
const PREFIX = `sspr-test-ldap-shared-id:${process.pid}-${Date.now()}:`;
const run = promisify(execFile);

/** The shared entries: each DN with the password it binds with (so either could be "the right one"). */
const SHARED = {
  kim: [
    { dn: `uid=kim,ou=students,${BASE}`, password: "Kim-First-Entry-1" },
    { dn: `cn=kim-import-2026,ou=students,${BASE}`, password: "Kim-Import-Entry-2" },
  ],
  lee: [
    { dn: `uid=lee,ou=students,${BASE}`, password: "Lee-First-Entry-1" },
    { dn: `cn=lee-import-2026,ou=students,${BASE}`, password: "Lee-Import-Entry-2" },
    { dn: `cn=lee-import-2027,ou=students,${BASE}`, password: "Lee-Import-Entry-3" },
  ],
} as const;
const ENTRIES = Object.entries(SHARED).flatMap(([uid, entries]) => entries.map((e) => ({ uid, ...e })));

const server = openLdapServer();
const available = serverAvailable(server, "ldap-shared-id-openldap.test.ts");

function client(): Client {
  return new Client({
    url: server.url as string,
    timeout: 5000,
    connectTimeout: 5000,
    tlsOptions: { ca: [readFileSync(env.LDAP_TEST_CA_FILE as string)] },
  });
}

/** Runs work as slapd's root DN, which the bot never is. */
async function asRoot<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const c = client();
  try {
    await c.bind(env.LDAP_TEST_ROOT_DN as string, env.LDAP_TEST_ROOT_PASSWORD as string);
    return await work(c);
  } finally {
    await c.unbind().catch(() => undefined);
  }
}

/** Deletes the shared entries; those a crashed earlier run left too, and none is an error. */
async function deleteSharedEntries(): Promise<void> {
  await asRoot(async (c) => {
    for (const { dn } of ENTRIES) {
      try {
        await c.del(dn);
      } catch (error) {
        if (!(error instanceof ResultCodeError && error.code === 32)) throw error; // 32: noSuchObject
      }
    }
  });
}

/** Whether slapd itself accepts this password for this entry: the bot's refusals changed nothing. */
async function binds(dn: string, password: string): Promise<boolean> {
  const c = client();
  try {
    await c.bind(dn, password);
    return true;
  } catch {
    return false;
  } finally {
    await c.unbind().catch(() => undefined);
  }
}

describe.skipIf(!available)(
  `an id several entries share, on OpenLDAP (needs LDAP_TEST_URL: ${server.startHint})`,
  () => {
    const worlds: LdapWorld[] = [];
    const world = async () => {
      const created = await LdapWorld.create(server);
      worlds.push(created);
      return created;
    };

    beforeAll(async () => {
      await deleteSharedEntries();
      await asRoot(async (c) => {
        for (const { dn, uid, password } of ENTRIES) {
          const cn = dn.startsWith("uid=") ? uid : dn.slice(3, dn.indexOf(","));
          await c.add(dn, {
            objectClass: "inetOrgPerson",
            uid,
            cn,
            sn: "Imported",
            givenName: uid,
            userPassword: password,
          });
        }
      });
    });
    afterEach(async () => {
      await Promise.all(worlds.splice(0).map((w) => w.close()));
    });
    afterAll(async () => {
      await deleteSharedEntries();
    });

    it('accountPresence says "several" (for three entries too); no lookup finds, logs in, resets or unlocks anyone', async () => {
      const { directory, directoryLogs } = await world();
      expect(await directory.accountPresence("kim")).toBe("several");
      expect(await directory.accountPresence(" KIM ")).toBe("several");
      expect(await directory.accountPresence("lee")).toBe("several");
      // The seed's people, for comparison: one entry each.
      expect(await directory.accountPresence("alice")).toBe("enabled");
      expect(await directory.accountPresence("ella")).toBe("disabled");
      expect(await directory.accountPresence("gone.kid")).toBe("none");
      // The same in one search for many ids (the reports'), an injection id among them looked up literally.
      const presences = await directory.accountPresences([
        "kim",
        " LEE ",
        "alice",
        "ella",
        "gone.kid",
        "*",
        "*)(uid=*",
      ]);
      expect(Object.fromEntries(presences)).toEqual({
        kim: "several",
        lee: "several",
        alice: "enabled",
        ella: "disabled",
        "gone.kid": "none",
        "*": "none",
        "*)(uid=*": "none",
      });

      for (const { uid, dn, password } of ENTRIES) {
        expect(await directory.authenticate(uid, password), dn).toBeNull();
        expect(await binds(dn, password), dn).toBe(true);
      }
      for (const uid of ["kim", "lee"]) {
        expect(await directory.findPerson(uid), uid).toBeNull();
        expect(await directory.findAccount(uid), uid).toBeNull();
        expect(await directory.unlock(uid), uid).toBe(false);
        await expect(
          directory.setPassword(uid, "Otter-Brook-424242", { mustChange: true }),
          uid,
        ).rejects.toBeInstanceOf(NoSuchPersonError);
      }
      // Nothing was changed: every entry still binds with its own password.
      for (const { dn, password } of ENTRIES) expect(await binds(dn, password), dn).toBe(true);
      expect(directoryLogs.text).toContain('"event":"directory_ambiguous_id"');
      expect(directoryLogs.text).toContain('"subject":"kim"');
    });

    it("no chat links to it with either entry's password; an admin is told IT must fix the directory; a teacher reads what any other id gets", async () => {
      const { world: w } = await world();
      for (const { dn, password } of SHARED.kim) {
        const kid = w.chat(`kim-phone-${dn}`);
        await kid.send("/setup");
        await kid.send("kim");
        await kid.send(password);
        expect(kid.lastText, dn).toContain("that user ID and password don't match");
        expect(await w.deps.store.linkedPeople(kid.ref), dn).toEqual([]);
      }

      const admin = w.chat("itadmin-phone");
      await linkStaff(admin, { id: "itadmin", password: "Admin-Pass-9" });
      const shared =
        "More than one account in the school directory has the user ID kim, so I won't act on it: " +
        "with this ID, nobody can log in, reset a password or be helped here. " +
        "Please ask IT to fix the directory so that only one account has it.";
      for (const command of ["/guided kim", "/unlock kim", "/clearanswers kim"]) {
        await admin.send(command);
        expect(admin.lastText, command).toBe(shared);
      }
      await admin.send("/audit kim");
      expect(admin.lastText).toBe(`${shared}\nThere are no events about or by kim yet.`);
      await admin.send("/guided nobody");
      expect(admin.lastText).toContain(
        "I can't find anyone with that user ID. Please check it and try again.",
      );

      const teacher = w.chat("tjones-phone");
      await linkStaff(teacher, { id: "tjones", password: "Jones-Pass-8" });
      const answer = async (command: string) => {
        await teacher.send("/cancel");
        await teacher.send(command);
        return teacher.lastText;
      };
      const nobody = await answer("/guided nobody");
      expect(nobody).toContain("You can only help students in your classes.");
      for (const command of ["/guided kim", "/unlock kim", "/clearanswers lee"]) {
        expect(await answer(command), command).toBe(nobody);
      }
      const events = await w.deps.store.recentAudit(100);
      expect(events.filter((e) => e.outcome === "ok" && ["kim", "lee"].includes(e.subject))).toEqual([]);
    });

    it("npm run leavers keeps them, lists them apart, and removes only the real leaver", async () => {
      const janitor = new Redis(REDIS_URL, FAIL_FAST_OPTIONS);
      try {
        const store = createRedisStore(janitor, { prefix: PREFIX, auditMaxEvents: 1_000 });
        const now = Date.now();
        for (const [id, chat] of [
          ["kim", "301"],
          ["lee", "302"],
          ["alice", "303"],
          ["gone.kid", "304"],
        ] as const) {
          await store.saveEnrolment(id, enrolment(now));
          await store.link({ channel: "telegram", chatUserId: chat }, id);
        }
        const keysBefore = (await keysUnder(janitor, PREFIX)).sort();
        const cli = (...args: string[]) =>
          run(process.execPath, ["--import", "tsx", "src/tools/leavers.ts", ...args], {
            env: { PATH: env.PATH ?? "", REDIS_URL, REDIS_PREFIX: PREFIX, ...server.env() },
            cwd: new URL("../../", import.meta.url),
          });

        const dryRun = await cli("--dry-run");
        expect(dryRun.stdout).toBe(
          "Checked 4 people. Would remove 1:\n  gone.kid\n" +
            "Kept 2 people whose IDs match more than one directory entry. Fix the directory so that each " +
            "ID is on one entry; until then the bot cannot help them:\n  kim\n  lee\n",
        );
        expect((await keysUnder(janitor, PREFIX)).sort()).toEqual(keysBefore);

        const removed = await cli();
        expect(removed.stdout).toContain("Removed 1:\n  gone.kid\n");
        expect(removed.stdout).toContain("Kept 2 people whose IDs match more than one directory entry.");
        expect(removed.stderr).toContain('"event":"directory_ambiguous_id"');
        for (const [id, chat] of [
          ["kim", "301"],
          ["lee", "302"],
        ] as const) {
          expect(await store.getEnrolment(id), id).not.toBeNull();
          expect(await store.linkedChat(id), id).toEqual({ channel: "telegram", chatUserId: chat });
        }
        expect(await store.getEnrolment("gone.kid")).toBeNull();
      } finally {
        await deleteKeysUnder(janitor, PREFIX);
        janitor.disconnect();
      }
    });
  },
);
