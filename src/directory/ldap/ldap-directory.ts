import { randomBytes } from "node:crypto";
import { FilterParser, ResultCodeError, type Client, type Entry } from "ldapts";
import {
  presenceKey,
  type AccountPresence,
  type Directory,
  type Person,
  type SetPasswordOptions,
} from "../../core/ports/directory.js";
import { ConfigError } from "../../core/errors.js";
import {
  DirectorySizeLimitError,
  DirectoryUnavailableError,
  NoSuchPersonError,
  PasswordCheckUnansweredError,
  PasswordOutcomeUnknownError,
  PasswordRejectedError,
} from "../../core/ports/directory-errors.js";
import type { LdapSettings } from "../../config/ldap-settings.js";
import type { Logger } from "../../logging/create-logger.js";
import { activeDirectoryFlavour, openLdapFlavour, type DirectoryFlavour } from "./flavours.js";
import {
  classEntries,
  classNames,
  mapInBatches,
  MEMBER_READS_AT_ONCE,
  type ClassSearch,
} from "./ldap-classes.js";
import { entriesOfEach, entriesWithId, everyId, presenceOf, type IdSearch } from "./ldap-presences.js";
import {
  tlsOptionsFor,
  withConnection,
  type ConnectionState,
  type LdapConnectionSettings,
} from "./ldap-connection.js";
import {
  describe,
  isInvalidCredentials,
  isNoSuchObject,
  isRightPasswordMustChange,
  passwordRejectionOf,
  toUnavailable,
} from "./ldap-errors.js";
import {
  asFilter,
  attributeValues,
  emailFilter,
  firstValue,
  memberFilter,
  personFilter,
  toPerson,
  type PersonMapping,
} from "./person-mapping.js";

/** Everything LdapDirectory needs, resolved from the LDAP_* settings by LdapDirectory.fromSettings. */
export interface LdapDirectoryOptions {
  connection: LdapConnectionSettings;
  flavour: "openldap" | "ad";
  /** The service account that searches the directory and resets students' passwords. */
  bindDn: string;
  bindPassword: string;
  /** Where people and groups are searched. */
  baseDn: string;
  /** Which entries are people (the id is matched only among these). */
  userFilter: string;
  mapping: PersonMapping;
}

/** A setting naming a group DN, and what it costs the school when the directory does not have that DN. */
interface GroupSetting {
  name: string;
  field: "teacherGroupDn" | "adminGroupDn" | "classGroupBaseDn";
  cost: string;
}

/** A setting the directory answers but finds nothing for, and the error line that says so. */
interface SettingNotFound {
  setting: string;
  dn?: string;
  message: string;
}

const GROUP_SETTINGS: GroupSetting[] = [
  {
    name: "LDAP_TEACHER_GROUP_DN",
    field: "teacherGroupDn",
    cost: "teachers are taken for students (no teacher commands, and they are asked to set up secret questions)",
  },
  {
    name: "LDAP_ADMIN_GROUP_DN",
    field: "adminGroupDn",
    cost: "admins are taken for teachers or students (no admin commands)",
  },
  {
    name: "LDAP_CLASS_GROUP_BASE_DN",
    field: "classGroupBaseDn",
    cost: "nobody is in a class, so teachers see none of their pupils",
  },
];

/**
 * A filter the LDAP library cannot parse fails every lookup, each student's and the regular check's alike:
 * it stops the start instead, naming LDAP_USER_FILTER (the filter is no secret).
 */
function checkUserFilter(userFilter: string, idAttribute: string): void {
  try {
    FilterParser.parseString(personFilter(userFilter, idAttribute, "x"));
  } catch (error) {
    throw new ConfigError(
      `LDAP_USER_FILTER: ${userFilter} is not an LDAP filter (${(error as Error).message}): e.g. (objectClass=inetOrgPerson), or (&(objectCategory=person)(objectClass=user)) for Active Directory`,
    );
  }
}

/** The health probe's operation: DirectoryHealth logs what its failures mean, so each is only debug here. */
const HEALTH_CHECK = "health check";
/** How authenticate and findPerson name their subject in logs: what was typed is never written down. */
const TYPED_ID = "(typed id)";
/**
 * Ids per search in accountPresences: a filter of a few kilobytes, and (a shared id aside) no more entries
 * than ids, well below a server's size limit (slapd's default 500, Active Directory's 1000).
 */
const PRESENCE_IDS_PER_SEARCH = 100;

/**
 * The school directory in OpenLDAP or Active Directory (DIRECTORY=ldap). Every call opens its own
 * connection(s) and closes them before returning; nothing is pooled, so a restarted directory server
 * needs no reconnect logic. Network trouble, time-outs and unexpected LDAP errors become
 * DirectoryUnavailableError and are logged at warn level with event "directory_unavailable" (never with
 * a password): an outage is expected now and then, and the health check (DirectoryHealth) logs its start,
 * its course and its end, whose own failed checks are logged here at debug only. A search the server
 * stopped at the service account's size limit is DirectorySizeLimitError, event "directory_size_limit",
 * and a password change with no answer is PasswordOutcomeUnknownError: both at error, each for IT to act on.
 */
export class LdapDirectory implements Directory {
  private readonly flavour: DirectoryFlavour;
  private readonly open = new Set<Client>();
  /** The settings the last health check found nothing for (reported once, see reportSettingsNotFound). */
  private notFound = new Set<string>();
  /** Told of each setting when the health check starts finding nothing for it (the app alerts the admins). */
  private settingNotFoundListener: ((setting: string) => void) | undefined;

  constructor(
    private readonly options: LdapDirectoryOptions,
    private readonly logger: Logger,
  ) {
    this.flavour = options.flavour === "ad" ? activeDirectoryFlavour : openLdapFlavour;
  }

  /** The directory the LDAP_* settings describe; throws ConfigError naming what is missing. */
  static fromSettings(
    settings: LdapSettings,
    logger: Logger,
    seams: Pick<LdapConnectionSettings, "openClient"> = {},
  ): LdapDirectory {
    const { url, bindDn, bindPassword, baseDn } = settings;
    if (url === undefined || bindDn === undefined || bindPassword === undefined || baseDn === undefined) {
      const required = {
        LDAP_URL: url,
        LDAP_BIND_DN: bindDn,
        LDAP_BIND_PASSWORD: bindPassword,
        LDAP_BASE_DN: baseDn,
      };
      const missing = Object.keys(required).filter(
        (name) => required[name as keyof typeof required] === undefined,
      );
      throw new ConfigError(`DIRECTORY=ldap needs ${missing.join(", ")}`);
    }
    checkUserFilter(settings.userFilter, settings.idAttribute);
    return new LdapDirectory(
      {
        connection: {
          url,
          startTls: settings.startTls,
          tls: tlsOptionsFor(settings),
          timeoutMs: settings.timeoutMs,
          ...seams,
        },
        flavour: settings.flavour,
        bindDn,
        bindPassword,
        baseDn,
        userFilter: settings.userFilter,
        mapping: {
          idAttribute: settings.idAttribute,
          nameAttribute: settings.nameAttribute,
          emailAttribute: settings.emailAttribute,
          classAttribute: settings.classAttribute,
          classGroupBaseDn: settings.classGroupBaseDn,
          teacherGroupDn: settings.teacherGroupDn,
          adminGroupDn: settings.adminGroupDn,
        },
      },
      logger,
    );
  }

  /**
   * Finds the entry by id, then binds as it with the password. An unknown id (or a disabled account, or
   * an id several entries share) still costs exactly the same conversation as a wrong password: the
   * service search, then one bind on a second connection, here to a DN that cannot exist (see decoyBind).
   * Skipping that bind would answer one round trip sooner, which would tell real ids from made-up ones.
   * Groups are read only after the bind succeeded, so they add nothing to a refusal either.
   */
  async authenticate(id: string, password: string): Promise<Person | null> {
    const wanted = id.trim();
    // An empty password would make an "unauthenticated bind", which LDAP servers answer with success.
    if (wanted === "" || password === "") return null;
    // What was typed may be a password in the wrong box: it is never logged.
    return this.run("authenticate", TYPED_ID, () =>
      this.asService(async (client) => {
        const entry = await this.findEntry(client, wanted);
        const usable = entry !== null && !this.flavour.isDisabled(entry) ? entry : null;
        const accepted = await withConnection(
          this.options.connection,
          (personClient, connection) =>
            sentUnanswered(
              usable === null
                ? this.decoyBind(personClient, password)
                : this.bindAsPerson(personClient, usable.dn, password),
              connection,
            ),
          this.open,
        );
        return usable !== null && accepted ? this.personOf(client, usable) : null;
      }),
    );
  }

  /**
   * Finds a person by id; null for an unknown id or a disabled account. An unknown id does the same searches
   * as a known one (the group search by
   * member included, against a DN that cannot exist), so that the time taken does not say which it was.
   */
  async findPerson(id: string): Promise<Person | null> {
    const person = await this.lookUp("findPerson", id);
    // A disabled account is nobody to the bot: a teacher who left cannot act, a student cannot be reset.
    return person === null || person.disabled === true ? null : person;
  }

  /** As findPerson, but a disabled account is the person marked `disabled` (null only for an unknown id). */
  async findAccount(id: string): Promise<Person | null> {
    return this.lookUp("findAccount", id);
  }

  /**
   * Whether any entry has this id, from the one search every lookup starts with (no group search: the
   * leavers run needs no person, and no timing to hide). An entry counts even if it could not be read as a
   * person: it is there, so it has not left.
   */
  async accountPresence(id: string): Promise<AccountPresence> {
    const wanted = id.trim();
    if (wanted === "") return "none";
    return this.run("accountPresence", TYPED_ID, () =>
      this.asService(async (client) => {
        return presenceOf(await this.entriesWith(client, wanted), this.flavour);
      }),
    );
  }

  /**
   * One connection and one search per PRESENCE_IDS_PER_SEARCH ids, whose entries are told apart by their
   * id attribute. An entry no asked id matches by its lower-cased spelling (the server's matching rule can be
   * looser, e.g. about inner spaces) sends that search's ids to the one-id search instead, so no entry is
   * missed: "none" may lead the leavers run to remove someone's records.
   */
  async accountPresences(ids: readonly string[]): Promise<Map<string, AccountPresence>> {
    const keys = [...new Set(ids.map(presenceKey))];
    const wanted = keys.filter((key) => key !== "");
    const presences = new Map<string, AccountPresence>(keys.map((key) => [key, "none"]));
    if (wanted.length === 0) return presences;
    return this.run("accountPresences", `${wanted.length} ids`, () =>
      this.asService(async (client) => {
        for (let start = 0; start < wanted.length; start += PRESENCE_IDS_PER_SEARCH) {
          const batch = wanted.slice(start, start + PRESENCE_IDS_PER_SEARCH);
          for (const [key, entries] of await entriesOfEach(client, this.idSearch(), batch)) {
            const presence = presenceOf(entries, this.flavour);
            if (presence === "several") this.logSharedId(key);
            presences.set(key, presence);
          }
        }
        return presences;
      }),
    );
  }

  /** From the same one search as accountPresence, which has already logged a shared id for IT. */
  async idSpellings(id: string): Promise<string[]> {
    const wanted = id.trim();
    if (wanted === "") return [];
    return this.run("idSpellings", TYPED_ID, () =>
      this.asService(async (client) => {
        const entries = await this.entriesWith(client, wanted, { logShared: false });
        const spelled = entries.flatMap((entry) => {
          const spelling = firstValue(entry, this.options.mapping.idAttribute)?.trim();
          return spelling === undefined || spelling === "" ? [] : [spelling];
        });
        return [...new Set(spelled)];
      }),
    );
  }

  /** One search for at most two entries with the email: two mean it is not one person's. */
  async sharesEmail(email: string): Promise<boolean> {
    const wanted = email.trim();
    if (wanted === "") return false;
    const { baseDn, userFilter, mapping } = this.options;
    return this.run("sharesEmail", "(an email)", () =>
      this.asService(async (client) => {
        const { searchEntries } = await client.search(baseDn, {
          scope: "sub",
          filter: emailFilter(userFilter, mapping.emailAttribute, wanted),
          attributes: ["1.1"],
          sizeLimit: 2,
        });
        return searchEntries.length > 1;
      }),
    );
  }

  /** The person with this id, disabled or not; the same searches whichever it is, or none. */
  private async lookUp(operation: string, id: string): Promise<Person | null> {
    const wanted = id.trim();
    if (wanted === "") return null;
    return this.run(operation, TYPED_ID, () =>
      this.asService(async (client) => {
        const entry = await this.findEntry(client, wanted);
        if (entry === null) {
          await this.groupDnsOf(client, { dn: decoyDn(this.options.baseDn) });
          return null;
        }
        return this.personOf(client, entry);
      }),
    );
  }

  /**
   * Up to LDAP_SET_PASSWORD_STEPS steps (config/ldap-settings.ts), each bounded by LDAP_TIMEOUT_MS: a reset's
   * reservation is sized from that, so keep the two in step.
   */
  async setPassword(id: string, newPassword: string, options: SetPasswordOptions): Promise<void> {
    const wanted = id.trim();
    if (newPassword === "") throw new PasswordRejectedError("too-short");
    await this.run("setPassword", wanted, () =>
      this.asService(async (client) => {
        const entry = await this.findEntry(client, wanted);
        // A disabled account is nobody to the bot (findPerson): no password is set on it, whoever asks.
        if (entry === null || this.flavour.isDisabled(entry)) throw new NoSuchPersonError(wanted);
        try {
          await client.modify(entry.dn, this.flavour.passwordChanges(entry, newPassword, options.mustChange));
        } catch (error) {
          const reason = passwordRejectionOf(error);
          if (reason !== null) {
            this.logger.info(
              { event: "directory_password_rejected", subject: wanted, reason },
              describe(error),
            );
            throw new PasswordRejectedError(reason);
          }
          // An LDAP result is the server's answer: the modify was not made (it is atomic). No answer at
          // all (timed out, connection lost) after the modify went out: it may have been made.
          if (error instanceof ResultCodeError) throw error;
          throw new PasswordOutcomeUnknownError(
            `the school directory did not answer a password change (${describe(error)})`,
            { cause: error },
          );
        }
        this.logger.info(
          { event: "directory_password_set", subject: wanted, mustChange: options.mustChange },
          "the directory accepted a new password",
        );
      }),
    );
  }

  async unlock(id: string): Promise<boolean> {
    const wanted = id.trim();
    if (wanted === "") return false;
    return this.run("unlock", wanted, () =>
      this.asService(async (client) => {
        const entry = await this.findEntry(client, wanted);
        if (entry === null) return false;
        const changes = this.flavour.unlockChanges(entry);
        if (changes.length === 0) return false;
        await client.modify(entry.dn, changes);
        this.logger.info({ event: "directory_unlocked", subject: wanted }, "lifted a directory lockout");
        return true;
      }),
    );
  }

  async lockedOut(id: string): Promise<boolean> {
    const wanted = id.trim();
    if (wanted === "") return false;
    return this.run("lockedOut", wanted, () =>
      this.asService(async (client) => {
        const entry = await this.findEntry(client, wanted);
        return entry !== null && this.flavour.unlockChanges(entry).length > 0;
      }),
    );
  }

  async listStudents(className: string): Promise<Person[]> {
    const wanted = className.trim();
    if (wanted === "") return [];
    return this.run("listStudents", wanted, () =>
      this.asService(async (client) => {
        const entries = await classEntries(client, this.classSearch(), wanted);
        // On OpenLDAP each person's groups are one more search: a few at a time, as the members were read.
        const people = await mapInBatches(entries, MEMBER_READS_AT_ONCE, (entry) =>
          this.personOf(client, entry),
        );
        return people
          .filter((p): p is Person => p !== null && p.role === "student")
          .sort((a, b) => a.name.localeCompare(b.name));
      }),
    );
  }

  /** Every class name, for the admins' statistics (which names, and how they are found: see classNames). */
  async listClasses(): Promise<string[]> {
    return this.run("listClasses", "-", () =>
      this.asService((client) => classNames(client, this.classSearch())),
    );
  }

  /** One paged search for the id attribute of every person (no typed text in its filter), page by page. */
  async forEachId(visit: (id: string) => void): Promise<void> {
    const { baseDn, userFilter, mapping } = this.options;
    return this.run("forEachId", "-", () =>
      this.asService((client) =>
        everyId(client, { baseDn, userFilter, idAttribute: mapping.idAttribute }, visit),
      ),
    );
  }

  /**
   * The health probe (see directory-health.ts): binds as the service account and makes the search a
   * student's lookup makes, for an id nobody has, so a wrong LDAP_BASE_DN fails it as it fails them.
   */
  async checkServiceAccount(): Promise<void> {
    const nobody = `no-such-person-${randomBytes(6).toString("hex")}`;
    const missing = await this.run(HEALTH_CHECK, "-", () =>
      this.asService(async (client) => {
        await entriesWithId(client, this.idSearch(), nobody);
        return this.settingsNotFound(client);
      }),
    );
    this.reportSettingsNotFound(missing);
  }

  /**
   * Settings the directory answers but finds nothing for: no person with LDAP_ID_ATTRIBUTE under the base
   * and filter (a misspelt attribute), or a group DN it does not have (or will not show the bot).
   */
  private async settingsNotFound(client: Client): Promise<SettingNotFound[]> {
    const { baseDn, userFilter, mapping } = this.options;
    const notFound: SettingNotFound[] = [];
    const people = await client.search(baseDn, {
      scope: "sub",
      filter: `(&${asFilter(userFilter)}(${mapping.idAttribute}=*))`,
      attributes: ["1.1"],
      sizeLimit: 1,
    });
    if (people.searchEntries.length === 0) {
      notFound.push({
        setting: "LDAP_ID_ATTRIBUTE",
        message: `No entry under LDAP_BASE_DN (${baseDn}) matches LDAP_USER_FILTER and has LDAP_ID_ATTRIBUTE (${mapping.idAttribute}): every student is told that their user ID or password is wrong. Check LDAP_ID_ATTRIBUTE, LDAP_USER_FILTER and LDAP_BASE_DN.`,
      });
    }
    for (const setting of GROUP_SETTINGS) {
      const dn = mapping[setting.field];
      if (dn === undefined) continue;
      try {
        await client.search(dn, { scope: "base", filter: "(objectClass=*)", attributes: ["1.1"] });
      } catch (error) {
        if (!isNoSuchObject(error)) throw error;
        notFound.push({
          setting: setting.name,
          dn,
          message: `${setting.name} (${dn}) is not in the directory, or the service account may not read it: ${setting.cost}. Check ${setting.name}.`,
        });
      }
    }
    return notFound;
  }

  /**
   * A setting that finds nothing fails no step outright (the person is just not found, or has no such
   * group), so it is not the directory being down: one error line when it starts, one when it is over.
   */
  private reportSettingsNotFound(notFound: SettingNotFound[]): void {
    for (const { setting, dn, message } of notFound) {
      if (this.notFound.has(setting)) continue;
      this.logger.error({ event: "directory_setting_not_found", setting, ...(dn ? { dn } : {}) }, message);
      this.settingNotFoundListener?.(setting);
    }
    for (const setting of this.notFound) {
      if (notFound.some((each) => each.setting === setting)) continue;
      this.logger.info(
        { event: "directory_setting_found", setting },
        `${setting} finds what it should in the directory now`,
      );
    }
    this.notFound = new Set(notFound.map((each) => each.setting));
  }

  /** Sets who is told, once, of each setting the health check starts finding nothing for. */
  onSettingNotFound(listener: (setting: string) => void): void {
    this.settingNotFoundListener = listener;
  }

  /** Ends connections still in use (the process is shutting down); later calls open new ones. */
  async close(): Promise<void> {
    const clients = [...this.open];
    this.open.clear();
    await Promise.all(clients.map((client) => client.unbind().catch(() => undefined)));
  }

  /**
   * Runs one public operation: passes PasswordRejectedError and NoSuchPersonError on, and
   * turns everything else into DirectoryUnavailableError after logging it for the admins.
   */
  private async run<T>(operation: string, subject: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof PasswordRejectedError || error instanceof NoSuchPersonError) throw error;
      const unavailable = toUnavailable(operation, error, {
        caFileSet: this.options.connection.tls.ca !== undefined,
        url: this.options.connection.url,
      });
      // A size limit is the service account's, which IT must raise: the log names it.
      const account = unavailable instanceof DirectorySizeLimitError ? { bindDn: this.options.bindDn } : {};
      const level =
        operation === HEALTH_CHECK
          ? "debug"
          : unavailable.code === "directory_unavailable"
            ? "warn"
            : "error";
      this.logger[level](
        { event: unavailable.code, operation, subject, url: this.options.connection.url, ...account },
        unavailable.message,
      );
      throw unavailable;
    }
  }

  /** Runs work on a connection bound as the service account. */
  private asService<T>(work: (client: Client) => Promise<T>): Promise<T> {
    return withConnection(
      this.options.connection,
      async (client) => {
        try {
          await client.bind(this.options.bindDn, this.options.bindPassword);
        } catch (error) {
          if (!isInvalidCredentials(error)) throw error;
          throw new DirectoryUnavailableError(
            `the school directory refused the service account's login (${describe(error)}): check LDAP_BIND_DN and LDAP_BIND_PASSWORD`,
            { cause: error, fault: "service-login-refused" },
          );
        }
        return work(client);
      },
      this.open,
    );
  }

  /** Whether the directory accepts this password for this DN (AD's "must change" counts as accepted). */
  private async bindAsPerson(client: Client, dn: string, password: string): Promise<boolean> {
    try {
      await client.bind(dn, password);
      return true;
    } catch (error) {
      if (isRightPasswordMustChange(error)) return true;
      if (isInvalidCredentials(error)) return false;
      throw error;
    }
  }

  private attributes(): string[] {
    const { mapping } = this.options;
    return [
      mapping.idAttribute,
      mapping.nameAttribute,
      mapping.emailAttribute,
      ...(mapping.classAttribute !== undefined ? [mapping.classAttribute] : []),
      ...this.flavour.accountAttributes,
    ];
  }

  /** The one entry with this id; null for none, and for several (an ambiguous id logs in nobody). */
  private async findEntry(client: Client, id: string): Promise<Entry | null> {
    const entries = await this.entriesWith(client, id);
    return entries.length === 1 ? entries[0]! : null;
  }

  /**
   * The entries with this id, at most two: two means several, however many there are (the server answers
   * sizeLimitExceeded after the second, which ldapts returns as a result). Several are logged for IT,
   * unless `logShared` is false.
   */
  private async entriesWith(client: Client, id: string, { logShared = true } = {}): Promise<Entry[]> {
    const searchEntries = await entriesWithId(client, this.idSearch(), id);
    if (logShared && searchEntries.length > 1) this.logSharedId(id);
    return searchEntries;
  }

  private logSharedId(id: string): void {
    this.logger.warn(
      { event: "directory_ambiguous_id", subject: id },
      "several directory entries have this id: fix the directory so that each id is on one entry",
    );
  }

  /** Where the searches by id look (see ldap-presences.ts). */
  private idSearch(): IdSearch {
    const { baseDn, userFilter, mapping } = this.options;
    return { baseDn, userFilter, idAttribute: mapping.idAttribute, personAttributes: this.attributes() };
  }

  /** Where listStudents and listClasses search (see ldap-classes.ts). */
  private classSearch(): ClassSearch {
    const { baseDn, userFilter, mapping } = this.options;
    return { baseDn, userFilter, mapping, personAttributes: this.attributes() };
  }

  /** The person an entry describes, marked `disabled` when an administrator switched the account off. */
  private async personOf(client: Client, entry: Entry): Promise<Person | null> {
    const person = toPerson(entry, await this.groupDnsOf(client, entry), this.options.mapping);
    if (person !== null && this.flavour.isDisabled(entry)) person.disabled = true;
    return person;
  }

  /**
   * The DNs of the groups a person belongs to: memberOf on Active Directory; on OpenLDAP, groups whose
   * member is the person (plus memberOf, when a memberof overlay keeps one). OpenLDAP searches whether or
   * not the entry has memberOf, so that every lookup costs the same round trips (see findPerson).
   */
  private async groupDnsOf(client: Client, entry: Entry): Promise<string[]> {
    const memberOf = attributeValues(entry, "memberOf");
    if (this.flavour.trustsMemberOf) return memberOf;
    const { mapping } = this.options;
    const needed = mapping.teacherGroupDn ?? mapping.adminGroupDn ?? mapping.classGroupBaseDn;
    if (needed === undefined) return memberOf;
    const { searchEntries } = await client.search(this.options.baseDn, {
      scope: "sub",
      filter: memberFilter(entry.dn),
      attributes: ["1.1"],
    });
    return [...new Set([...memberOf, ...searchEntries.map((group) => group.dn)])];
  }

  /**
   * The bind that stands in for a person's bind when there is no person to bind as: the typed password
   * against a DN that cannot exist. Both slapd and Active Directory answer it with invalidCredentials
   * (AD with "data 52e", as for a wrong password) after the same one round trip, and since no account
   * has that DN, no failure counter anywhere moves and nobody can be locked out by it. (Binding as the
   * service account with a wrong password instead would count towards ITS lockout, ppolicy's
   * pwdMaxFailure or AD's lockout threshold, and let anyone lock the bot out by typing made-up ids.)
   * Always false; only a network failure is passed on, as it would be from a real bind.
   */
  private async decoyBind(client: Client, password: string): Promise<boolean> {
    try {
      await client.bind(decoyDn(this.options.baseDn), password);
    } catch (error) {
      if (!(error instanceof ResultCodeError)) throw error;
    }
    return false;
  }
}

/**
 * A bind sent that got no LDAP answer (a timeout, a dropped connection): the directory may have judged the
 * password, so it is PasswordCheckUnansweredError, and the try stays counted. A bind whose connection was
 * never made (refused, timed out, a refused certificate: ldapts connects inside bind) sent nothing: that
 * error goes on as a plain outage (its try given back, a certificate's diagnosis kept), as does an LDAP
 * answer (a result code the bind does not read as right or wrong), which is the directory's own.
 */
async function sentUnanswered(bind: Promise<boolean>, connection: ConnectionState): Promise<boolean> {
  try {
    return await bind;
  } catch (error) {
    if (error instanceof ResultCodeError || !connection.made()) throw error;
    throw new PasswordCheckUnansweredError(
      `the school directory did not answer a password check (${describe(error)})`,
      { cause: error },
    );
  }
}

/**
 * A DN under the base that no entry has: a fresh random name for each call, so nobody can create it in
 * advance. `cn` exists in the schemas of both OpenLDAP and Active Directory.
 */
export function decoyDn(baseDn: string): string {
  return `cn=no-such-person-${randomBytes(16).toString("hex")},${baseDn}`;
}
