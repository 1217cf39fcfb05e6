import type { Directory, Person } from "./ports/directory.js";
import { StaffRolesSeen } from "./staff-roles-seen.js";
import { TtlCache } from "./ttl-cache.js";

/** How long a student the directory named is taken as read: a change there shows within this. */
export const RECENT_STUDENT_MS = 60_000;
/** Bounds the memory: a school's linked students several times over; the least recently used go first. */
const MAX_STUDENTS = 20_000;

/**
 * Students the directory named in the last minute, for the lookups a linked chat's every message makes of
 * its linked people (to know who is staff: for its words, its menu, a staff command's refusal), and those of
 * what it can ask for again at will (/logout, a family phone's list, Slack's Home tab, an edit's notice). Without it
 * each message cost the directory a connection, a login and two searches, counted nowhere: a chat linked
 * with one known password could have thousands an hour looked up. In this process only, no Redis.
 *
 * Only students are kept, and only in the safe direction: a student taken as read is refused staff
 * commands and spoken to as a child, which she was a minute ago. Staff accounts are always asked afresh
 * (their powers end when IT takes them away), and nobody who is not found is kept (a link IT removed or
 * disabled is seen at once). Steps that act on a student's account (a reset's start and end) ask the
 * directory themselves.
 */
export class RecentStudents {
  private readonly students: TtlCache<Person>;
  private readonly goneAccounts: TtlCache<Person | null>;
  /** The staff roles these lookups found: for the words while the directory does not answer (StaffRolesSeen). */
  readonly staffRoles: StaffRolesSeen;

  constructor(clock: () => number, ttlMs = RECENT_STUDENT_MS) {
    this.students = new TtlCache({ maxEntries: MAX_STUDENTS, ttlMs, clock });
    this.goneAccounts = new TtlCache({ maxEntries: MAX_STUDENTS, ttlMs, clock });
    this.staffRoles = new StaffRolesSeen(clock);
  }

  /**
   * What a chat's link that findPerson no longer gives is (findAccount: disabled, or null if removed), taken
   * as read for the minute: it only picks the words of a staff command's refusal (notStaffHere), which a
   * chat can ask for again at will. It gives no one anything: whether the link is gone is asked each time.
   */
  async goneAccount(directory: Pick<Directory, "findAccount">, id: string): Promise<Person | null> {
    const key = id.trim().toLowerCase();
    const kept = this.goneAccounts.get(key);
    if (kept !== undefined) return kept.value;
    const account = await directory.findAccount(id);
    this.goneAccounts.set(key, account);
    return account;
  }

  async findPerson(directory: Pick<Directory, "findPerson">, id: string): Promise<Person | null> {
    const key = id.trim().toLowerCase();
    const kept = this.students.get(key);
    if (kept !== undefined) return kept.value;
    const person = await directory.findPerson(id);
    this.staffRoles.note(key, person);
    if (person?.role === "student") this.students.set(key, person);
    return person;
  }
}
