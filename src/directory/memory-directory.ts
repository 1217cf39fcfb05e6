import { createHash, timingSafeEqual } from "node:crypto";
import {
  presenceKey,
  type AccountPresence,
  type Directory,
  type Person,
  type SetPasswordOptions,
} from "../core/ports/directory.js";
import { NoSuchPersonError, PasswordRejectedError } from "../core/ports/directory-errors.js";
import { readSchoolFile, type SchoolFilePerson } from "./school-file.js";

interface Entry {
  person: Person;
  passwordDigest: Buffer;
  disabled: boolean;
  mustChange: boolean;
  lockedOut: boolean;
}

/** A copy of the entry's person, marked when the account is disabled. */
function personOf(entry: Entry): Person {
  const person = structuredClone(entry.person);
  if (entry.disabled) person.disabled = true;
  return person;
}

const digest = (password: string) => createHash("sha256").update(password, "utf8").digest();

/**
 * A school directory held in memory, seeded from a school file. The embedded default and the tests use it.
 * Password changes live until the process ends; the file is never written. Like a real directory after a
 * botched import, it can hold several entries with one id (a school file cannot: readSchoolFile refuses
 * it); such an id is nobody here, as it is to the LDAP directory.
 */
export class MemoryDirectory implements Directory {
  /** Entries by lower-cased id: usually one, several when an id is shared. */
  private readonly entries = new Map<string, Entry[]>();
  /** A digest to compare against for unknown ids, so they take as long as known ones. */
  private readonly dummyDigest = digest("no such person");

  constructor(people: SchoolFilePerson[]) {
    for (const p of people) this.addEntry(p);
  }

  private addEntry(p: SchoolFilePerson): void {
    const person: Person = { id: p.id, name: p.name, role: p.role, classes: p.classes };
    if (p.email !== undefined) person.email = p.email;
    const key = p.id.toLowerCase();
    const entry = {
      person,
      passwordDigest: digest(p.password),
      disabled: p.disabled,
      mustChange: false,
      lockedOut: false,
    };
    this.entries.set(key, [...(this.entries.get(key) ?? []), entry]);
  }

  /** Every entry with this id. */
  private allWith(id: string): Entry[] {
    return this.entries.get(id.trim().toLowerCase()) ?? [];
  }

  /** The one entry with this id; undefined for none, and for several (nobody can say which is meant). */
  private oneWith(id: string): Entry | undefined {
    const entries = this.allWith(id);
    return entries.length === 1 ? entries[0] : undefined;
  }

  static async fromFile(path: string): Promise<MemoryDirectory> {
    const school = await readSchoolFile(path);
    return new MemoryDirectory(school.people);
  }

  async authenticate(id: string, password: string): Promise<Person | null> {
    const entry = this.oneWith(id);
    const matches = timingSafeEqual(entry?.passwordDigest ?? this.dummyDigest, digest(password));
    if (entry === undefined || !matches || entry.disabled || entry.lockedOut) return null;
    return structuredClone(entry.person);
  }

  /** Null for an unknown id or a disabled account: a disabled account is nobody to the bot. */
  async findPerson(id: string): Promise<Person | null> {
    const entry = this.oneWith(id);
    return entry === undefined || entry.disabled ? null : structuredClone(entry.person);
  }

  /** Null for an unknown id (or one several entries share); a disabled account is the person marked `disabled`. */
  async findAccount(id: string): Promise<Person | null> {
    const entry = this.oneWith(id);
    return entry === undefined ? null : personOf(entry);
  }

  async accountPresence(id: string): Promise<AccountPresence> {
    const entries = this.allWith(id);
    if (entries.length > 1) return "several";
    if (entries[0] === undefined) return "none";
    return entries[0].disabled ? "disabled" : "enabled";
  }

  async accountPresences(ids: readonly string[]): Promise<Map<string, AccountPresence>> {
    const keys = [...new Set(ids.map(presenceKey))];
    return new Map(
      await Promise.all(keys.map(async (key) => [key, await this.accountPresence(key)] as const)),
    );
  }

  async idSpellings(id: string): Promise<string[]> {
    return [...new Set(this.allWith(id).map((entry) => entry.person.id))];
  }

  async sharesEmail(email: string): Promise<boolean> {
    const wanted = email.trim().toLowerCase();
    const holders = [...this.entries.values()]
      .flat()
      .filter((entry) => entry.person.email?.trim().toLowerCase() === wanted);
    return holders.length > 1;
  }

  /** Refuses a disabled account (NoSuchPersonError), as the LDAP directory does: it is nobody to the bot. */
  async setPassword(id: string, newPassword: string, options: SetPasswordOptions): Promise<void> {
    const entry = this.oneWith(id);
    if (entry === undefined || entry.disabled) throw new NoSuchPersonError(id);
    // Like a real directory's history rule, so the "refused" path can be seen in the demo.
    if (timingSafeEqual(entry.passwordDigest, digest(newPassword)))
      throw new PasswordRejectedError("used-before");
    entry.passwordDigest = digest(newPassword);
    entry.mustChange = options.mustChange;
    entry.lockedOut = false;
  }

  async unlock(id: string): Promise<boolean> {
    const entry = this.oneWith(id);
    if (entry === undefined || !entry.lockedOut) return false;
    entry.lockedOut = false;
    return true;
  }

  async lockedOut(id: string): Promise<boolean> {
    return this.oneWith(id)?.lockedOut === true;
  }

  async listStudents(className: string): Promise<Person[]> {
    const wanted = className.trim().toLowerCase();
    return [...this.entries.values()]
      .flat()
      .filter((e) => e.person.role === "student" && e.person.classes.some((c) => c.toLowerCase() === wanted))
      .map(personOf)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async forEachId(visit: (id: string) => void): Promise<void> {
    for (const { person } of [...this.entries.values()].flat()) visit(person.id);
  }

  async listClasses(): Promise<string[]> {
    const classes = new Set<string>();
    for (const { person } of [...this.entries.values()].flat()) {
      if (person.role === "student") person.classes.forEach((c) => classes.add(c));
    }
    return [...classes].sort();
  }

  /**
   * Adds an entry, as IT's import does: with an id the directory has already, the id is then shared, and
   * nobody (for tests and the demo).
   */
  add(p: SchoolFilePerson): void {
    this.addEntry(p);
  }

  /** Deletes every entry with this id, as IT does (for tests and the demo). */
  remove(id: string): void {
    this.entries.delete(id.trim().toLowerCase());
  }

  /** Disables an account, as IT does when someone leaves the school (for tests and the demo). */
  disable(id: string): void {
    for (const entry of this.allWith(id)) entry.disabled = true;
  }

  /**
   * Locks an account as a real directory does after too many wrong passwords: it cannot log in until
   * unlock or a new password lifts it (for tests and the demo).
   */
  lockOut(id: string): void {
    for (const entry of this.allWith(id)) entry.lockedOut = true;
  }

  /** Whether the person must change their password at next login (for tests and the demo). */
  mustChangePassword(id: string): boolean {
    return this.oneWith(id)?.mustChange ?? false;
  }

  async close(): Promise<void> {}
}
