/** The things admins are told about. */
export type AlertKind =
  | "suspension"
  | "failure-spree"
  | "relink"
  | "guided-reset"
  | "directory-error"
  /** The directory answers again: the all-clear for a directory-error (see AlertService). */
  | "directory-up"
  /** The directory answers, but a setting finds nothing in it (a misspelt attribute, a moved group). */
  | "directory-setting-not-found"
  /** This replica cannot reach Redis (StoreHealth): one per outage and replica, after a grace. */
  | "store-down"
  /** This replica reaches Redis again: the all-clear for its store-down. */
  | "store-up"
  /** Redis lost the bot's records under the running bot (StoreEmptiedWatch): one across replicas. */
  | "store-emptied"
  /** Redis is set to drop keys when full (RedisEvictionWatch): one per policy across replicas. */
  | "redis-may-evict"
  /** A teacher or admin lifted the directory's lockout after wrong passwords (/unlock): maybe a guesser. */
  | "directory-lock-lifted"
  /**
   * A teacher or admin lifted a student's set-up pause (/unlock): each lift lets 3 more passwords reach the
   * directory, so the admins see every one, by whom.
   */
  | "setup-pause-lifted"
  | "staff-question-reset"
  | "chat-throttled"
  /** The same, on a chat whose limits a teacher's or admin's guided resets used up (`staff`: who). */
  | "staff-chat-throttled"
  | "link-paused"
  /**
   * A teacher's or admin's password, asked for by her staff commands on one chat (a family phone, or her
   * own once it is old there), was typed wrong too often: her commands there are paused (`chat`: where).
   */
  | "staff-password-paused"
  /** An admin lifted a staff-password-paused pause (/unlock <staff ID>): 3 more passwords may be tried there. */
  | "staff-password-pause-lifted"
  | "answer-check-flood"
  /**
   * Many user IDs had a wrong set-up password and did not then link: a slow password spray under every
   * chat's and ID's limit (`notLinked`, `linked`: how many IDs, `hours`: the window). See limits/spray.
   */
  | "setup-spray"
  /**
   * Many students had wrong reset answers and did not then answer right (nor get a guided reset): a slow
   * answer spray under every chat's and student's limit and the spree alert (`notReset`, `reset`: how many
   * IDs, `hours`: the window). See limits/spray.
   */
  | "reset-spray"
  /**
   * The whole school reached SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE user ID lookups (`perMinute`): further ones are
   * refused ("very busy") until the minute's fill drops. Many chat accounts, each within its hour.
   */
  | "id-lookup-flood"
  | "audit-full"
  /** The scheduled leavers job removed nobody: more than a fifth of the people known were missing. */
  | "leavers-refused"
  | "password-maybe-set"
  /**
   * A student's new password was set but the chat could not show it (she blocked the bot, the platform
   * refused every way): she does not know it. `channel`: where.
   */
  | "password-not-shown"
  | "reset-not-recorded"
  | "unknown-pepper"
  /**
   * Raised by the alert service itself, at the end of a window in which it held back alerts of one kind (the
   * subject) past its cap per kind: how many, and where to find them.
   */
  | "alerts-held-back";

/**
 * Details that are codes, not facts: the admin reads each as words in the school's language (see
 * format-alert.ts). How a teacher's guided reset checked the student (`route`):
 */
export type GuidedRoute = "code" | "questions" | "in-person" | "in-person-unlinked";
/** Who ran a guided reset or lifted a directory lock or set-up pause (`byRole`): a form teacher, or an admin. */
export type GuidedActorRole = "teacher" | "admin";
/** What the bot was doing when the directory failed (`during` of a directory-error). */
export type DirectoryWork = "set-password" | "login-check";
/** Which of a chat's limits paused it (`reason` of a chat-throttled alert). */
export type ThrottleReason = "failures" | "answerChecks";

export interface Alert {
  kind: AlertKind;
  /**
   * Who or what it is about (a person id, a chat key); alerts of one kind, subject and episode are
   * de-duplicated, except guided resets (each is sent).
   */
  subject: string;
  /**
   * Which occurrence it is, when one subject can have several of one kind that the admin would call
   * different events: a suspension's block (a new one after an unlock is news), a relink's pair of chats.
   * Alerts of one kind and subject are repeats only when their episodes are the same too. Never a secret:
   * it is part of a key in the store.
   */
  episode?: string;
  /** Plain facts for the admin; never a secret. */
  details?: Record<string, string | number>;
}

/** The subject of every directory-error and directory-up alert: the flows' and the health check's are one. */
export const DIRECTORY_SUBJECT = "directory";

/** The subject of every store-down and store-up alert; the replica that saw it is a detail. */
export const STORE_SUBJECT = "redis";

/** Where admin alerts go. `raise` must not throw and must not hold up a student's dialog. */
export interface Alerts {
  raise(alert: Alert): void;
}
