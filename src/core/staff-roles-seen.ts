import type { Person } from "./ports/directory.js";
import { TtlCache } from "./ttl-cache.js";

/** How long a staff account's role is remembered after the directory last gave it. */
export const STAFF_ROLE_SEEN_MS = 30 * 24 * 60 * 60_000;
/** Bounds the memory: the staff of several schools; the least recently seen go first. */
const MAX_STAFF = 5_000;

/**
 * The role the directory last gave each staff account it was asked about (RecentStudents notes every lookup
 * of a chat's linked people), for the WORDS only while it does not answer: a linked teacher is then still
 * spoken to in the adult register (Malay anda, Tamil நீங்கள்), and her /help still lists her commands. Never
 * for what she may do: staff commands and the password asked before her /logout ask the directory itself.
 * An account the directory gives as a student or no longer gives is forgotten at once. In this process
 * only: after a restart, or on another replica, it is learnt again from the directory's next answer; until
 * then an outage gets the children's words, as before it existed. Nothing is kept in Redis.
 */
export class StaffRolesSeen {
  private readonly roles: TtlCache<StaffRole>;

  constructor(clock: () => number, ttlMs = STAFF_ROLE_SEEN_MS) {
    this.roles = new TtlCache({ maxEntries: MAX_STAFF, ttlMs, clock });
  }

  /** What the directory just answered for `id` (null: it has no such person now). */
  note(id: string, person: Person | null): void {
    const key = keyOf(id);
    if (person?.role === "teacher" || person?.role === "admin") this.roles.set(key, person.role);
    else this.roles.delete(key);
  }

  /** The staff role last seen for `id`, or null (a student, or nobody the directory gave as staff lately). */
  roleOf(id: string): StaffRole | null {
    return this.roles.get(keyOf(id))?.value ?? null;
  }
}

export type StaffRole = "teacher" | "admin";

const keyOf = (id: string) => id.trim().toLowerCase();
