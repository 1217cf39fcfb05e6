/**
 * What the domain's password history does, and does not do, to the bot's resets on a real Samba AD domain
 * controller (LDAPS). Start it first:  eval "$(scripts/samba/start.sh)"   then: npm run test:services
 *
 * The bot's reset is an administrator's reset (replace unicodePwd with the Reset Password right), which
 * Active Directory does not check against the password history: a student can "reset" back to the password
 * she has. Windows Server 2012 and later check it when the modify carries LDAP_SERVER_POLICY_HINTS; the
 * Samba this project tests against does not know that control, so the bot does not send it (an untested
 * control could refuse every reset on a DC that does not know it). See docs/directory.md.
 *
 * Uses an account of its own (a unique name, made and removed here as Administrator), so it never touches
 * the seeded students other tests use.
 */
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { Attribute, Change, Client, Control, ResultCodeError, type BerWriter } from "ldapts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { adPasswordValue } from "../../src/directory/ldap/ad-password.js";
import { LdapDirectory } from "../../src/directory/ldap/ldap-directory.js";
import { passwordRejectionOf } from "../../src/directory/ldap/ldap-errors.js";
import { createLogger } from "../../src/logging/create-logger.js";

const env = process.env;
const URL = env.AD_TEST_URL;
const BASE = env.AD_TEST_BASE_DN ?? "DC=school,DC=test";

/** This run's own student (sAMAccountName is at most 20 characters). */
const ID = `hist${randomInt(100_000_000, 999_999_999)}`;
const DN = `CN=${ID},OU=Students,${BASE}`;
const FIRST = "Start-Lamp-371";
const MINE = "Maple-Cloud-482";
const OTHER = "Cedar-Stone-593";

/** LDAP_SERVER_POLICY_HINTS and the older "deprecated" OID; value SEQUENCE { INTEGER 1 }. */
const POLICY_HINTS = "1.2.840.113556.1.4.2239";
const POLICY_HINTS_DEPRECATED = "1.2.840.113556.1.4.2066";
const UNAVAILABLE_CRITICAL_EXTENSION = 12;

class PolicyHints extends Control {
  constructor(oid: string, critical: boolean) {
    super(oid, { critical });
  }
  protected override writeControl(writer: BerWriter): void {
    writer.writeBuffer(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x01]), 0x04);
  }
}

const change = (operation: "replace" | "add" | "delete", type: string, values: Buffer[] | string[]) =>
  new Change({ operation, modification: new Attribute({ type, values }) });

function client(): Client {
  return new Client({
    url: URL as string,
    timeout: 5000,
    connectTimeout: 5000,
    tlsOptions: { ca: [readFileSync(env.AD_TEST_CA_FILE as string)] },
  });
}

async function as<T>(dn: string, password: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = client();
  try {
    await c.bind(dn, password);
    return await work(c);
  } finally {
    await c.unbind().catch(() => undefined);
  }
}

const asAdministrator = <T>(work: (c: Client) => Promise<T>) =>
  as(env.AD_TEST_ADMIN_DN as string, env.AD_TEST_ADMIN_PASSWORD as string, work);
/** The bot's own service account, outside the bot: to try what the bot could send. */
const asService = <T>(work: (c: Client) => Promise<T>) =>
  as(env.AD_TEST_BIND_DN as string, env.AD_TEST_BIND_PASSWORD as string, work);

async function bindResult(password: string): Promise<string> {
  try {
    return await as(DN, password, async () => "ok");
  } catch (error) {
    return (error as Error).message;
  }
}

/** The modify's error, or "ok". */
async function outcomeOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
    return "ok";
  } catch (error) {
    return error;
  }
}

/** The reset the bot sends on AD (flavours.ts), by hand, with a control. */
const resetWith = (c: Client, password: string, control: Control) =>
  c.modify(
    DN,
    [
      change("replace", "unicodePwd", [adPasswordValue(password)]),
      change("replace", "pwdLastSet", ["-1"]),
      change("replace", "lockoutTime", ["0"]),
    ],
    control,
  );

if (URL === undefined) {
  process.stderr.write(
    `ldap-ad-password-history.test.ts: skipped, AD_TEST_URL is not set. Run: eval "$(scripts/samba/start.sh)" first.\n`,
  );
}

describe.skipIf(URL === undefined)(
  'the password history and the bot\'s resets on Active Directory (needs AD_TEST_URL: eval "$(scripts/samba/start.sh)")',
  () => {
    const directory = () =>
      LdapDirectory.fromSettings(
        loadConfig({
          DIRECTORY: "ldap",
          LDAP_FLAVOUR: "ad",
          LDAP_URL: URL,
          LDAP_BIND_DN: env.AD_TEST_BIND_DN,
          LDAP_BIND_PASSWORD: env.AD_TEST_BIND_PASSWORD,
          LDAP_BASE_DN: BASE,
          LDAP_TLS_CA_FILE: env.AD_TEST_CA_FILE,
          LDAP_TIMEOUT_MS: "3000",
        }).ldap,
        createLogger("silent"),
      );
    let bot: LdapDirectory;

    beforeAll(async () => {
      await asAdministrator(async (c) => {
        await c.add(DN, {
          objectClass: ["top", "person", "organizationalPerson", "user"],
          sAMAccountName: ID,
          displayName: "History Test",
        });
        await c.modify(DN, [
          change("replace", "unicodePwd", [adPasswordValue(FIRST)]),
          change("replace", "userAccountControl", ["512"]),
        ]);
      });
      bot = directory();
    });
    afterAll(async () => {
      await bot?.close();
      await asAdministrator((c) => c.del(DN)).catch(() => undefined);
    });

    it("the domain keeps a history, but the bot's reset does not check it: a student can reset back to the password she has, or had", async () => {
      await bot.setPassword(ID, MINE, { mustChange: false });
      expect(await bindResult(MINE)).toBe("ok");

      // The same password again, and after another one, back to it: both accepted (history 24 in the seed).
      await bot.setPassword(ID, MINE, { mustChange: false });
      expect(await bindResult(MINE)).toBe("ok");
      await bot.setPassword(ID, OTHER, { mustChange: false });
      await bot.setPassword(ID, MINE, { mustChange: false });
      expect(await bindResult(MINE)).toBe("ok");

      // The history is there: a change in the user's own form (old password given) back to an earlier one
      // is refused, in words the bot would show as "you have used that password before". ("Must change"
      // first, so that the domain's minimum password age does not refuse the change before its history.)
      await bot.setPassword(ID, MINE, { mustChange: true });
      const ownChange = await outcomeOf(
        asService((c) =>
          c.modify(DN, [
            change("delete", "unicodePwd", [adPasswordValue(MINE)]),
            change("add", "unicodePwd", [adPasswordValue(OTHER)]),
          ]),
        ),
      );
      expect(ownChange).toBeInstanceOf(ResultCodeError);
      expect((ownChange as Error).message).toMatch(/0000052D.*history/);
      expect(passwordRejectionOf(ownChange)).toBe("used-before");
    });

    it("Samba does not honour LDAP_SERVER_POLICY_HINTS, so the bot does not send it: critical, the reset is refused as an unknown control; not critical, the history is still not checked", async () => {
      await bot.setPassword(ID, MINE, { mustChange: false });
      for (const oid of [POLICY_HINTS, POLICY_HINTS_DEPRECATED]) {
        // Critical: every reset would fail, a new password as much as an old one.
        const critical = await outcomeOf(asService((c) => resetWith(c, OTHER, new PolicyHints(oid, true))));
        expect(critical, oid).toBeInstanceOf(ResultCodeError);
        expect((critical as ResultCodeError).code, oid).toBe(UNAVAILABLE_CRITICAL_EXTENSION);
        expect(await bindResult(MINE), oid).toBe("ok");

        // Not critical: ignored, the password she has is accepted again.
        expect(await outcomeOf(asService((c) => resetWith(c, MINE, new PolicyHints(oid, false)))), oid).toBe(
          "ok",
        );
        expect(await bindResult(MINE), oid).toBe("ok");
      }
    });
  },
);
