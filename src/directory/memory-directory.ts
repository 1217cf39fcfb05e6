import { createHash, timingSafeEqual } from "node:crypto";
import type { Directory, Person, SetPasswordOptions } from "../core/ports/directory.js";
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
 * Password changes live until the process ends; the file is never written.
 */
export class MemoryDirectory implements Directory {
  private readonly entries = new Map<string, Entry>();
  /** A digest to compare against for unknown ids, so they take as long as known ones. */
  private readonly dummyDigest = digest("no such person");

  constructor(people: SchoolFilePerson[]) {
    for (const p of people) {
      const person: Person = { id: p.id, name: p.name, role: p.role, classes: p.classes };
      if (p.email !== undefined) person.email = p.email;
      this.entries.set(p.id.toLowerCase(), {
        person,
        passwordDigest: digest(p.password),
        disabled: p.disabled,
        mustChange: false,
        lockedOut: false,
      });
    }
  }

  static async fromFile(path: string): Promise<MemoryDirectory> {
    const school = await readSchoolFile(path);
    return new MemoryDirectory(school.people);
  }

  async authenticate(id: string, password: string): Promise<Person | null> {
    const entry = this.entries.get(id.trim().toLowerCase());
    const matches = timingSafeEqual(entry?.passwordDigest ?? this.dummyDigest, digest(password));
    if (entry === undefined || !matches || entry.disabled || entry.lockedOut) return null;
    return structuredClone(entry.person);
  }

  /** Null for an unknown id or a disabled account: a disabled account is nobody to the bot. */
  async findPerson(id: string): Promise<Person | null> {
    const entry = this.entries.get(id.trim().toLowerCase());
    return entry === undefined || entry.disabled ? null : structuredClone(entry.person);
  }

  /** Null only for an unknown id; a disabled account is the person marked `disabled`. */
  async findAccount(id: string): Promise<Person | null> {
    const entry = this.entries.get(id.trim().toLowerCase());
    return entry === undefined ? null : personOf(entry);
  }

  async setPassword(id: string, newPassword: string, options: SetPasswordOptions): Promise<void> {
    const entry = this.entries.get(id.trim().toLowerCase());
    if (entry === undefined) throw new NoSuchPersonError(id);
    // Like a real directory's history rule, so the "refused" path can be seen in the demo.
    if (timingSafeEqual(entry.passwordDigest, digest(newPassword)))
      throw new PasswordRejectedError("used-before");
    entry.passwordDigest = digest(newPassword);
    entry.mustChange = options.mustChange;
    entry.lockedOut = false;
  }

  async unlock(id: string): Promise<boolean> {
    const entry = this.entries.get(id.trim().toLowerCase());
    if (entry === undefined || !entry.lockedOut) return false;
    entry.lockedOut = false;
    return true;
  }

  async listStudents(className: string): Promise<Person[]> {
    const wanted = className.trim().toLowerCase();
    return [...this.entries.values()]
      .filter((e) => e.person.role === "student" && e.person.classes.some((c) => c.toLowerCase() === wanted))
      .map(personOf)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async listClasses(): Promise<string[]> {
    const classes = new Set<string>();
    for (const { person } of this.entries.values()) {
      if (person.role === "student") person.classes.forEach((c) => classes.add(c));
    }
    return [...classes].sort();
  }

  /** Disables an account, as IT does when someone leaves the school (for tests and the demo). */
  disable(id: string): void {
    const entry = this.entries.get(id.trim().toLowerCase());
    if (entry !== undefined) entry.disabled = true;
  }

  /**
   * Locks an account as a real directory does after too many wrong passwords: it cannot log in until
   * unlock or a new password lifts it (for tests and the demo).
   */
  lockOut(id: string): void {
    const entry = this.entries.get(id.trim().toLowerCase());
    if (entry !== undefined) entry.lockedOut = true;
  }

  /** Whether the person must change their password at next login (for tests and the demo). */
  mustChangePassword(id: string): boolean {
    return this.entries.get(id.trim().toLowerCase())?.mustChange ?? false;
  }

  async close(): Promise<void> {}
}
