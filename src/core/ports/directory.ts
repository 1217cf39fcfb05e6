/** The roles a school directory gives people; only students may reset by questions. */
export type Role = "student" | "teacher" | "admin";

/** A person as the school directory knows them. Never carries a password. */
export interface Person {
  /** The user id the person logs in with, in the directory's own spelling. */
  id: string;
  name: string;
  role: Role;
  /** Class names (e.g. "4A"): a student's own classes, or the classes a teacher is form teacher of. */
  classes: string[];
  email?: string;
  /**
   * Set only when an administrator switched the account off in the directory (AD's ACCOUNTDISABLE bit,
   * OpenLDAP's permanent ppolicy lock, `disabled` in a school file). Only findAccount and listStudents
   * return such a person; authenticate and findPerson never do.
   */
  disabled?: true;
}

/**
 * Whether the directory still has an account under an id, as the leavers run must tell it apart: "none"
 * (no entry has it: a leaver), "several" (more than one entry has it, a directory mistake such as a botched
 * import: not a leaver, but nobody the bot may act on either), else the one account, on or switched off.
 */
export type AccountPresence = "none" | "enabled" | "disabled" | "several";

/** How accountPresences keys an id: trimmed and in lower case, as ids are case-insensitive everywhere. */
export function presenceKey(id: string): string {
  return id.trim().toLowerCase();
}

export interface SetPasswordOptions {
  /** The person must choose a new password at their next login. */
  mustChange: boolean;
}

/**
 * The school directory (memory file, OpenLDAP or Active Directory).
 * Ids are case-insensitive everywhere. An id that several entries share is nobody to every method but
 * accountPresence: it logs in, links, resets and unlocks no one, since nobody can say which entry is meant. The only errors are those of ./directory-errors.ts:
 * DirectoryUnavailableError (cannot reach it), PasswordRejectedError (it refused the new password) and
 * NoSuchPersonError (setPassword for an id it does not know, or for an account IT disabled: a disabled account
 * gets no new password, whoever asks).
 */
export interface Directory {
  /** The person, if the directory accepts this id and password; null for a wrong id, password or a disabled account. */
  authenticate(id: string, password: string): Promise<Person | null>;
  /** The person with this id; null for an id the directory does not have, and for a disabled account. */
  findPerson(id: string): Promise<Person | null>;
  /**
   * The person with this id whether or not the account is switched on (`disabled: true` when it is not);
   * null for an id the directory does not have at all (or that several entries share). It tells a teacher
   * why she cannot help her own student. Never use it to let anyone log in, link or reset: that is
   * findPerson's and authenticate's. Costs the same work for an unknown id as for a known one.
   */
  findAccount(id: string): Promise<Person | null>;
  /**
   * Whether the directory still has this id, for the leavers run: only "none" may lead to removing
   * anyone's records. Never use it to find someone to act on.
   */
  accountPresence(id: string): Promise<AccountPresence>;
  /**
   * accountPresence for many ids at once (a report over a whole class), in a few directory round trips
   * instead of one per id. Keyed by presenceKey(id); an id that is empty once trimmed is "none". Never use
   * it to find someone to act on.
   */
  accountPresences(ids: readonly string[]): Promise<Map<string, AccountPresence>>;
  /**
   * How the entries with this id spell it ("S1002", where the store keeps "s1002"), each spelling once;
   * empty when no entry has it. For a report that names an id several entries share (the leavers run) as
   * IT will find it in the directory. Never use it to find someone to act on.
   */
  idSpellings(id: string): Promise<string[]>;
  /**
   * Whether more than one entry (switched on or not) has this email, compared without case: a platform's
   * verified email proves who a student is only when it is hers alone (see trusted-email.ts). Never use it
   * to find someone to act on.
   */
  sharesEmail(email: string): Promise<boolean>;
  setPassword(id: string, newPassword: string, options: SetPasswordOptions): Promise<void>;
  /**
   * Lifts a lockout after too many wrong passwords (OpenLDAP ppolicy's pwdAccountLockedTime, AD's
   * lockoutTime), never an administrator's lock. True when there was one to lift; false when there was
   * none, or no such person. On AD only a lockout in force counts; on OpenLDAP a pwdAccountLockedTime past
   * pwdLockoutDuration does too (the account's policy cannot be read reliably: docs/directory.md).
   */
  unlock(id: string): Promise<boolean>;
  /**
   * Whether unlock would lift something now: a lockout after too many wrong passwords (never an
   * administrator's lock; which ones count: unlock). Changes nothing: a teacher's /unlock asks it before counting her lift.
   */
  lockedOut(id: string): Promise<boolean>;
  /** The students of one class, for the teachers' coverage list; disabled accounts are marked `disabled`. */
  listStudents(className: string): Promise<Person[]>;
  /** Every class name that has students, for the admins' statistics. */
  listClasses(): Promise<string[]>;
  /**
   * Gives `visit` every person's user ID (any role, switched on or off), a page at a time as the directory
   * sends them, never all held at once: for the shapes of the school's IDs (see school-id-shapes.ts), so
   * that text shaped like none of them is never looked up. Never use it to find someone to act on.
   */
  forEachId(visit: (id: string) => void): Promise<void>;
  close(): Promise<void>;
}
