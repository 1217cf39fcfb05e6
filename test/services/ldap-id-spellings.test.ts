/**
 * A user ID written another way that the REAL directory still takes for the same ID (both servers find gina
 * for "GINA"; for "gİna", with a Turkish capital İ, OpenLDAP finds her by itself and Active Directory
 * because the bot asks it for "gina": typedUserId). Set-up's pause for a real ID is
 * the one person's, whichever way it was written; a made-up ID written the same other ways must share its
 * pause too, or three wrong passwords and one more try would tell which IDs are real.
 * Start the servers first: bash scripts/ci/start-services.sh ENV_FILE, and source it.
 * Uses gina (both seeds) and puts her back after: her wrong passwords reach the directory.
 */
import { afterEach, describe, expect, it } from "vitest";
import { typedUserId } from "../../src/core/flows/typed-id.js";
import {
  GINA,
  LdapWorld,
  activeDirectoryServer,
  openLdapServer,
  serverAvailable,
} from "../helpers/ldap-world.js";
import type { TestWorld } from "../helpers/test-world.js";

const PAUSED = "There were too many wrong passwords for this user ID.";

/** Ways of writing an ID that a directory may take for the ID itself. */
const SPELLINGS: Record<string, (id: string) => string> = {
  "in capitals": (id) => id.toUpperCase(),
  "with İ for i": (id) => id.replace("i", "İ"),
  "in capitals with İ": (id) => id.toUpperCase().replace("I", "İ"),
  "with the dotless ı for i": (id) => id.replace("i", "ı"),
  "with an accent": (id) => id.replace("i", "í"),
  "with spaces and a full stop": (id) => ` ${id}. `,
  "in full-width letters": (id) =>
    [...id].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join(""),
};

async function wrongPasswords(world: TestWorld, id: string): Promise<void> {
  for (const name of ["a", "b", "c"]) {
    const chat = world.chat(`${id}-${name}`);
    await chat.send("/setup");
    await chat.send(id);
    await chat.send("Not-Her-Password-1");
  }
}

async function pausedAt(world: TestWorld, id: string): Promise<boolean> {
  const chat = world.chat(`late-${id}`);
  await chat.send("/setup");
  await chat.send(id);
  return chat.lastText.includes(PAUSED);
}

for (const server of [openLdapServer(), activeDirectoryServer()]) {
  const available = serverAvailable(server, "ldap-id-spellings.test.ts");
  describe.skipIf(!available)(`a user ID's other spellings on ${server.name} (${server.startHint})`, () => {
    const worlds: LdapWorld[] = [];
    const world = async () => {
      const created = await LdapWorld.create(server);
      worlds.push(created);
      return created;
    };
    afterEach(async () => {
      await Promise.all(worlds.splice(0).map((w) => w.close()));
      await server.restore(GINA);
    });

    it("a made-up ID written as the directory still finds a real one is paused with it, as the real one is", async () => {
      const { world: w, directory } = await world();
      const found: string[] = [];
      for (const [name, spelled] of Object.entries(SPELLINGS)) {
        if ((await directory.findPerson(typedUserId(spelled(GINA.id))))?.id === GINA.id) found.push(name);
      }
      expect(found).toContain("in capitals");
      expect(found).toContain("with İ for i");
      expect(found).toContain("in capitals with İ");
      expect(found).toContain("with the dotless ı for i");
      expect(found).toContain("with an accent");

      await wrongPasswords(w, GINA.id);
      for (const name of found) expect(await pausedAt(w, SPELLINGS[name]!(GINA.id)), name).toBe(true);
      // The same spellings of an ID nobody has.
      await wrongPasswords(w, "qina");
      for (const name of found) expect(await pausedAt(w, SPELLINGS[name]!("qina")), name).toBe(true);
    });
  });
}
