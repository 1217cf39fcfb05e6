/**
 * Resets THROUGH THE CORE against a real Samba Active Directory domain controller over LDAPS: the dialog
 * engine, the Redis store (over ioredis-mock) and the LdapDirectory configured from DIRECTORY=ldap settings
 * with LDAP_FLAVOUR=ad, working as the delegated service account CN=pwreset (not as Administrator).
 * Start Samba first:  eval "$(bash scripts/samba/start.sh)"   then: npm run test:services
 * Uses gina and hugo (scripts/samba/seed.sh) and puts their passwords back after every test.
 * "Stopped in the middle" really stops Samba (by its pid file) and starts it again (about 3 s).
 */
import { afterEach, describe, expect, it } from "vitest";
import { looksLikePassword } from "../../src/core/looks-like-password.js";
import { apartFromIdShapeHint, openStep, textsOf } from "../helpers/dialog-helpers.js";
import {
  GINA,
  HUGO,
  LdapWorld,
  freshPassword,
  generatedPasswordIn,
  activeDirectoryServer,
  serverAvailable,
  setUpThroughCore,
  verifyThroughCore,
} from "../helpers/ldap-world.js";

const server = activeDirectoryServer();
const available = serverAvailable(server, "ldap-reset-ad.test.ts");

describe.skipIf(!available)(
  `a reset through the core on Active Directory (needs AD_TEST_URL: ${server.startHint})`,
  () => {
    const worlds: LdapWorld[] = [];
    const world = async (extra: Record<string, string> = {}) => {
      const created = await LdapWorld.create(server, extra);
      worlds.push(created);
      return created;
    };
    afterEach(async () => {
      await Promise.all(worlds.splice(0).map((w) => w.close()));
      for (const student of [GINA, HUGO]) await server.restore(student);
    });

    it('set-up with the real password, then "Make one for me": the new password is accepted with "must change" (pwdLastSet 0, data 773), the old is not', async () => {
      const { world: w, directory, directoryLogs } = await world();
      const kid = w.chat("gina-phone");
      await setUpThroughCore(kid, GINA);
      expect(await w.deps.store.linkedPerson(kid.ref)).toBe("gina");

      await verifyThroughCore(kid, GINA);
      const outcome = await kid.press("Make one for me");
      const password = generatedPasswordIn(outcome);

      // The password is right, and AD says the student must change it at this logon.
      expect(await server.bindResult(GINA, password)).toMatch(/^49\b.*data 773/);
      expect(await server.mustChange(GINA)).toBe(true);
      expect(await server.bindResult(GINA, GINA.password)).toMatch(/^49\b.*data 52e/);
      expect(await directory.authenticate(GINA.id, password)).toMatchObject({ id: "gina", classes: ["5C"] });
      expect(await directory.authenticate(GINA.id, GINA.password)).toBeNull();
      expect(await openStep(w, kid)).toBeNull();
      expect(`${w.logs.text}\n${directoryLogs.text}`).not.toContain(password);
    });

    it('"I\'ll type my own": the typed password binds, the old does not, and nothing asks for a change', async () => {
      const { world: w } = await world();
      const kid = w.chat("gina-phone");
      await setUpThroughCore(kid, GINA);
      await verifyThroughCore(kid, GINA);
      await kid.press("I'll type my own");
      const mine = freshPassword();
      await kid.send(mine);
      await kid.send(mine);
      expect(kid.lastText).toContain("Done! Your new password is ready.");

      expect(await server.bindResult(GINA, mine)).toBe("ok");
      expect(await server.bindResult(GINA, GINA.password)).toMatch(/data 52e/);
      expect(await server.mustChange(GINA)).toBe(false);
    });

    it("passwords the bot accepts but AD's policy refuses are explained in plain words, and the next one works", async () => {
      // A password shorter than the domain's minimum (7) is too easy to guess for the bot already: AD's
      // "too short" is not reached by a typed one (made-password-refused.test.ts has its words).
      const { world: w } = await world();
      const kid = w.chat("hugo-phone");
      await setUpThroughCore(kid, HUGO);
      await verifyThroughCore(kid, HUGO);
      await kid.press("I'll type my own");

      // Three words, hard to guess, but only small letters: AD's complexity rule (0000052D) refuses it.
      await kid.send("marbleskylineotter");
      await kid.send("marbleskylineotter");
      expect(kid.lastText).toContain("The school system says that password is too simple.");
      expect(kid.lastText).toContain("Type your new password");
      expect(await server.bindResult(HUGO, HUGO.password)).toBe("ok");

      const mine = freshPassword();
      await kid.send(mine);
      await kid.send(mine);
      expect(kid.lastText).toContain("Done! Your new password is ready.");
      expect(await server.bindResult(HUGO, mine)).toBe("ok");
      expect(await server.bindResult(HUGO, HUGO.password)).toMatch(/data 52e/);
      expect(w.alerts.ofKind("directory-error")).toEqual([]);
    });

    it("ids that inject filter syntax link nobody and get the same words as a wrong password", async () => {
      const { world: w, directory } = await world();
      const wrong = w.chat("baseline");
      await wrong.send("/setup");
      await wrong.send(GINA.id);
      const wrongPassword = await wrong.send("Not-Her-Password-9");
      expect(wrong.lastText).toContain("that user ID and password don't match");

      for (const [i, id] of [
        "*)(sAMAccountName=*",
        "gina)(sAMAccountName=*",
        "*)(|(cn=*",
        "gin*",
        "g*a",
        "(sAMAccountName=gina)",
        "gina\\",
      ].entries()) {
        const kid = w.chat(`injector-${i}`);
        await kid.send("/setup");
        const atId = await kid.send(id);
        // Gina's real password: a filter that matched her would log the intruder in as her.
        expect(await directory.authenticate(id, GINA.password), id).toBeNull();
        if (looksLikePassword(id)) {
          // Shaped like a password and like none of the school's IDs: refused before the directory is asked.
          expect(
            atId.replies.map((r) => r.text.key),
            id,
          ).toContain("input.notAnId");
          expect(await w.deps.store.linkedPerson(kid.ref), id).toBeNull();
          continue;
        }
        const { rest: outcome, hinted } = apartFromIdShapeHint(await kid.send(GINA.password));
        expect(hinted, id).toBe(false);
        expect(textsOf(outcome), id).toEqual(textsOf(wrongPassword));
        expect(
          outcome.replies.map((r) => r.choices ?? []),
          id,
        ).toEqual(wrongPassword.replies.map((r) => r.choices ?? []));
        expect(await w.deps.store.linkedPerson(kid.ref), id).toBeNull();
      }

      // A bare "*" has no letter or digit, so the bot asks for the id again before asking the directory;
      // the directory itself finds nobody by it either.
      const star = w.chat("injector-star");
      await star.send("/setup");
      await star.send("*");
      expect(star.lastText).toContain("Type your user ID");
      expect(await directory.authenticate("*", GINA.password)).toBeNull();
      expect(await w.deps.store.linkedPerson(star.ref)).toBeNull();
    });

    it('Samba stopped after the answers were verified: the student is told, nothing is half done, and "Make one for me" works after a restart', async () => {
      const { world: w, directoryLogs } = await world();
      const kid = w.chat("hugo-phone");
      await setUpThroughCore(kid, HUGO);
      await verifyThroughCore(kid, HUGO);

      await server.stop();
      try {
        await kid.press("Make one for me");
        expect(kid.lastText).toContain(
          "The school system is not answering. Please try again in a few minutes.",
        );
        expect(kid.lastText).toContain("You don't need to answer the questions again");
        expect(kid.buttons).toContain("Make one for me");
        expect(await openStep(w, kid)).toBe("reset.choose");
        expect(w.alerts.ofKind("directory-error")).toHaveLength(1);
        expect(directoryLogs.text).toContain('"event":"directory_unavailable"');
      } finally {
        server.start();
      }
      expect(await server.bindResult(HUGO, HUGO.password)).toBe("ok");
      expect(await server.mustChange(HUGO)).toBe(false);

      const outcome = await kid.press("Make one for me");
      const password = generatedPasswordIn(outcome);
      expect(await server.bindResult(HUGO, password)).toMatch(/data 773/);
      expect(await server.bindResult(HUGO, HUGO.password)).toMatch(/data 52e/);
      expect(await server.mustChange(HUGO)).toBe(true);
    });
  },
);
