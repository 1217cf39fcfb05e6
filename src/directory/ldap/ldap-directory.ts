import type { Client, Entry } from "ldapts";
import type { Directory, Person, SetPasswordOptions } from "../../core/ports/directory.js";
import { ConfigError, PasswordRejectedError } from "../../core/errors.js";
import type { LdapSettings } from "../../config/ldap-settings.js";
import type { Logger } from "../../logging/create-logger.js";
import { activeDirectoryFlavour, openLdapFlavour, type DirectoryFlavour } from "./flavours.js";
import { tlsOptionsFor, withConnection, type LdapConnectionSettings } from "./ldap-connection.js";
import {
  describe,
  isInvalidCredentials,
  isRightPasswordMustChange,
  passwordRejectionOf,
  toUnavailable,
} from "./ldap-errors.js";
import {
  attributeValues,
  classAttributeFilter,
  escapeFilterValue,
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

/** Most people a class list may hold; a guard against a mistyped filter listing the whole school. */
const CLASS_SIZE_LIMIT = 1000;

/**
 * The school directory in OpenLDAP or Active Directory (DIRECTORY=ldap). Every call opens its own
 * connection(s) and closes them before returning; nothing is pooled, so a restarted directory server
 * needs no reconnect logic. Network trouble, time-outs and unexpected LDAP errors become
 * DirectoryUnavailableError and are logged at error level with event "directory_unavailable" (never with
 * a password), which the admins' alerts can follow.
 */
export class LdapDirectory implements Directory {
  private readonly flavour: DirectoryFlavour;
  private readonly open = new Set<Client>();

  constructor(
    private readonly options: LdapDirectoryOptions,
    private readonly logger: Logger,
  ) {
    this.flavour = options.flavour === "ad" ? activeDirectoryFlavour : openLdapFlavour;
  }

  /** The directory the LDAP_* settings describe; throws ConfigError naming what is missing. */
  static fromSettings(settings: LdapSettings, logger: Logger): LdapDirectory {
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
    return new LdapDirectory(
      {
        connection: {
          url,
          startTls: settings.startTls,
          tls: tlsOptionsFor(settings),
          timeoutMs: settings.timeoutMs,
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

  async authenticate(id: string, password: string): Promise<Person | null> {
    const wanted = id.trim();
    // An empty password would make an "unauthenticated bind", which LDAP servers answer with success.
    if (wanted === "" || password === "") return null;
    return this.run("authenticate", wanted, async () => {
      const found = await this.asService(async (client) => {
        const entry = await this.findEntry(client, wanted);
        if (entry === null || this.flavour.isDisabled(entry)) return null;
        const person = await this.personOf(client, entry);
        return person === null ? null : { dn: entry.dn, person };
      });
      if (found === null) return null;
      const accepted = await withConnection(
        this.options.connection,
        (client) => this.bindAsPerson(client, found.dn, password),
        this.open,
      );
      return accepted ? found.person : null;
    });
  }

  async findPerson(id: string): Promise<Person | null> {
    const wanted = id.trim();
    if (wanted === "") return null;
    return this.run("findPerson", wanted, () =>
      this.asService(async (client) => {
        const entry = await this.findEntry(client, wanted);
        return entry === null ? null : this.personOf(client, entry);
      }),
    );
  }

  async setPassword(id: string, newPassword: string, options: SetPasswordOptions): Promise<void> {
    const wanted = id.trim();
    if (newPassword === "") throw new PasswordRejectedError("too-short");
    await this.run("setPassword", wanted, () =>
      this.asService(async (client) => {
        const entry = await this.findEntry(client, wanted);
        if (entry === null) throw new NoSuchPersonError(wanted);
        try {
          await client.modify(entry.dn, this.flavour.passwordChanges(entry, newPassword, options.mustChange));
        } catch (error) {
          const reason = passwordRejectionOf(error);
          if (reason === null) throw error;
          this.logger.info(
            { event: "directory_password_rejected", subject: wanted, reason },
            describe(error),
          );
          throw new PasswordRejectedError(reason);
        }
        const putBack = this.flavour.afterPasswordChanges(entry);
        if (putBack.length > 0) await client.modify(entry.dn, putBack);
        this.logger.info(
          { event: "directory_password_set", subject: wanted, mustChange: options.mustChange },
          "the directory accepted a new password",
        );
      }),
    );
  }

  async unlock(id: string): Promise<void> {
    const wanted = id.trim();
    if (wanted === "") return;
    await this.run("unlock", wanted, () =>
      this.asService(async (client) => {
        const entry = await this.findEntry(client, wanted);
        if (entry === null) return;
        const changes = this.flavour.unlockChanges(entry);
        if (changes.length > 0) await client.modify(entry.dn, changes);
      }),
    );
  }

  async listStudents(className: string): Promise<Person[]> {
    const wanted = className.trim();
    if (wanted === "") return [];
    return this.run("listStudents", wanted, () =>
      this.asService(async (client) => {
        const entries = await this.classEntries(client, wanted);
        const people = await Promise.all(entries.map((entry) => this.personOf(client, entry)));
        return people
          .filter((p): p is Person => p !== null && p.role === "student")
          .sort((a, b) => a.name.localeCompare(b.name));
      }),
    );
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
      const unavailable = toUnavailable(operation, error);
      this.logger.error(
        { event: "directory_unavailable", operation, subject, url: this.options.connection.url },
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
          throw toUnavailable(
            "service account login",
            new Error(`LDAP_BIND_DN was refused: ${describe(error)}`),
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
    const { searchEntries } = await client.search(this.options.baseDn, {
      scope: "sub",
      filter: personFilter(this.options.userFilter, this.options.mapping.idAttribute, id),
      attributes: this.attributes(),
      sizeLimit: 2,
    });
    if (searchEntries.length > 1) {
      this.logger.warn(
        { event: "directory_ambiguous_id", subject: id },
        "several directory entries have this id",
      );
      return null;
    }
    return searchEntries[0] ?? null;
  }

  /** The people of a class: by the class attribute if configured, else the members of the class group. */
  private async classEntries(client: Client, className: string): Promise<Entry[]> {
    const { mapping, userFilter, baseDn } = this.options;
    if (mapping.classAttribute !== undefined) {
      const { searchEntries } = await client.search(baseDn, {
        scope: "sub",
        filter: classAttributeFilter(userFilter, mapping.classAttribute, className),
        attributes: this.attributes(),
        sizeLimit: CLASS_SIZE_LIMIT,
      });
      return searchEntries;
    }
    if (mapping.classGroupBaseDn === undefined) return [];
    const groups = await client.search(mapping.classGroupBaseDn, {
      scope: "sub",
      filter: `(cn=${escapeFilterValue(className)})`,
      attributes: ["member"],
    });
    const memberDns = [...new Set(groups.searchEntries.flatMap((group) => attributeValues(group, "member")))];
    const members = await Promise.all(
      memberDns.slice(0, CLASS_SIZE_LIMIT).map(async (dn) => {
        const { searchEntries } = await client
          .search(dn, { scope: "base", filter: userFilter, attributes: this.attributes() })
          .catch(() => ({ searchEntries: [] as Entry[] })); // a member that is gone or not a person
        return searchEntries[0];
      }),
    );
    return members.filter((entry): entry is Entry => entry !== undefined);
  }

  private async personOf(client: Client, entry: Entry): Promise<Person | null> {
    return toPerson(entry, await this.groupDnsOf(client, entry), this.options.mapping);
  }

  /**
   * The DNs of the groups a person belongs to: memberOf on Active Directory (and on a slapd with the
   * memberof overlay); on a plain slapd, a search for groups whose member is the person.
   */
  private async groupDnsOf(client: Client, entry: Entry): Promise<string[]> {
    const memberOf = attributeValues(entry, "memberOf");
    if (this.flavour.trustsMemberOf || memberOf.length > 0) return memberOf;
    const { mapping } = this.options;
    const needed = mapping.teacherGroupDn ?? mapping.adminGroupDn ?? mapping.classGroupBaseDn;
    if (needed === undefined) return [];
    const { searchEntries } = await client.search(this.options.baseDn, {
      scope: "sub",
      filter: memberFilter(entry.dn),
      attributes: ["1.1"],
    });
    return searchEntries.map((group) => group.dn);
  }
}

/** setPassword for an id the directory does not know: a caller's mistake, not the directory's trouble. */
export class NoSuchPersonError extends Error {
  constructor(id: string) {
    super(`setPassword: no person ${id} in the directory`);
    this.name = "NoSuchPersonError";
  }
}
