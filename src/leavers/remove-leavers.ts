import { DirectoryUnavailableError } from "../core/errors.js";
import type { Directory } from "../core/ports/directory.js";
import type { AuditLog } from "../core/ports/audit-log.js";
import type { Enrolments } from "../core/ports/enrolments.js";
import type { Links } from "../core/ports/links.js";
import type { Logger } from "../logging/create-logger.js";
import { normalisePersonId } from "../store/keys.js";
import type { PersonRecords } from "../store/person-records.js";

export interface LeaversDeps {
  /** Unlinks leavers, clears their answers and audits it. */
  store: Links & Enrolments & AuditLog;
  directory: Pick<Directory, "accountPresence" | "idSpellings">;
  people: PersonRecords;
  logger: Logger;
  clock: () => number;
}

export interface LeaversOptions {
  /** Only report who would be removed. */
  dryRun?: boolean;
  /**
   * Remove even when more than `maxShare` of the known people are missing from the directory. A share that
   * large usually means a wrong LDAP_BASE_DN or filter, not a school year's leavers.
   */
  force?: boolean;
  maxShare?: number;
}

export interface LeaversResult {
  checked: number;
  /**
   * The people missing from the directory, by id as the directory spelled it while it had them ("S1001", from
   * the audit record), else as the store keeps it ("s1001").
   */
  leavers: string[];
  /** People kept because the directory still has them, with the account switched off. */
  disabled: number;
  /**
   * People kept because more than one directory entry has their id (a botched import): they have not
   * left, but the bot cannot serve them until IT fixes the directory, so they are listed by id, as the
   * entries spell it ("S1002", or "S1002 / s1002" when they differ).
   */
  ambiguous: string[];
  /** A real run (not --dry-run): the leavers listed were removed (none when the list is empty). */
  removed: boolean;
  /**
   * A dry run only: so many are missing that a run without --force would be refused (TooManyLeaversError).
   * The dry run lists them all the same, as it is where the admin looks to see who they are.
   */
  tooMany?: boolean;
}

/** Refused: so many people missing that the directory settings are more likely wrong than they left. */
export class TooManyLeaversError extends Error {
  constructor(
    readonly missing: number,
    readonly checked: number,
  ) {
    super(
      `${missing} of ${checked} people are not in the directory any more; that looks like a directory ` +
        "setting (LDAP_BASE_DN, LDAP_USER_FILTER) rather than leavers. Check it, then run with --force.",
    );
    this.name = "TooManyLeaversError";
  }
}

const DEFAULT_MAX_SHARE = 0.2;
/** The actor of the job's own audit events. */
const LEAVERS_JOB = "leavers-job";
/** Below this many people the share says little (a small demo school); the check is skipped. */
const MIN_PEOPLE_FOR_SHARE = 10;

/**
 * Removes the records of people the directory no longer has: their chat link, their answers and every
 * per-person record (counters, suspension, their own audit trail), each removal audited school-wide as
 * "leaver-removed". A disabled account (a suspended pupil, a locked account) is not a leaver: the directory
 * still has it, and IT may switch it back on, so its records are kept. Nor is an id that several entries
 * share: the person is there (twice), and is listed for IT to fix. A directory that cannot be asked stops
 * the whole run: nobody is removed on a guess.
 */
export async function removeLeavers(deps: LeaversDeps, options: LeaversOptions = {}): Promise<LeaversResult> {
  const ids = await deps.people.knownPersonIds();
  const leavers: string[] = [];
  const shared: string[] = [];
  let disabled = 0;
  for (const id of ids) {
    // Throws DirectoryUnavailableError when the directory does not answer; that ends the run here.
    const presence = await deps.directory.accountPresence(id);
    if (presence === "none") leavers.push(id);
    else if (presence === "several") shared.push(id);
    else if (presence === "disabled") disabled++;
  }
  const ambiguous = await asEntriesSpell(deps.directory, shared);
  if (ambiguous.length > 0) {
    deps.logger.warn(
      { event: "leavers_ambiguous_ids", ambiguous },
      "kept people whose id matches more than one directory entry: fix the directory so that each id is on one entry",
    );
  }
  const share = ids.length === 0 ? 0 : leavers.length / ids.length;
  const tooMany =
    !options.force && ids.length >= MIN_PEOPLE_FOR_SHARE && share > (options.maxShare ?? DEFAULT_MAX_SHARE);
  if (tooMany && !options.dryRun) throw new TooManyLeaversError(leavers.length, ids.length);
  if (options.dryRun || leavers.length === 0) {
    deps.logger.info(
      {
        event: "leavers",
        checked: ids.length,
        leavers: leavers.length,
        disabled,
        ambiguous: ambiguous.length,
        dryRun: options.dryRun === true,
      },
      "leavers checked",
    );
    const spelled = await asTheAuditSpells(deps.store, leavers);
    return {
      checked: ids.length,
      leavers: spelled,
      disabled,
      ambiguous,
      // A real run that found nobody to remove removed its none: the report says "Removed 0.", not "Would".
      removed: options.dryRun !== true,
      ...(tooMany ? { tooMany } : {}),
    };
  }
  // Read before the removal: its audit event names each leaver as the report does, as the directory spelled them.
  const spelled = await asTheAuditSpells(deps.store, leavers);
  for (const [i, id] of leavers.entries()) {
    const chat = await deps.store.linkedChat(id);
    if (chat !== null) await deps.store.unlinkChat(chat, id);
    await deps.store.clearEnrolment(id);
    // School-wide only: the person's own trail is removed next.
    await deps.store.appendAudit(
      {
        at: deps.clock(),
        event: "leaver-removed",
        actor: LEAVERS_JOB,
        subject: spelled[i] ?? id,
        channel: "system",
        outcome: "ok",
        reason: "not in the directory",
      },
      // Caused by the job, not by a chat of her own: never held to a chat's hourly rate in the stream.
      { trail: "protected", chat: "system:leavers", byOthers: true },
    );
    await deps.people.removePersonKeys(id);
  }
  deps.logger.info(
    { event: "leavers", checked: ids.length, removed: leavers.length, disabled, ambiguous: ambiguous.length },
    `removed the records of ${leavers.length} people who left`,
  );
  return { checked: ids.length, leavers: spelled, disabled, ambiguous, removed: true };
}

/** The most events asTheAuditSpells reads: AUDIT_MAX_EVENTS' highest value, so the whole record. */
const WHOLE_AUDIT = 10_000_000;

/**
 * Leavers' ids (the store's lower case) as the directory spelled them while it had them, for the admin to
 * recognise: the subject of the newest successful event about each in the school-wide audit record (its last
 * AUDIT_RETENTION_DAYS), which names a person as the directory did. A failed event's subject may be an ID as
 * someone typed it, so only successful ones count; an id no kept event names keeps the store's spelling.
 * Read only when someone left.
 */
async function asTheAuditSpells(audit: LeaversDeps["store"], ids: string[]): Promise<string[]> {
  if (ids.length === 0) return ids;
  const wanted = new Set(ids);
  const spellings = new Map<string, string>();
  // Oldest first: a newer event's spelling wins.
  for (const event of await audit.auditSince(0, WHOLE_AUDIT)) {
    if (event.outcome !== "ok" || event.actor === LEAVERS_JOB) continue;
    const id = normalisePersonId(event.subject);
    if (wanted.has(id)) spellings.set(id, event.subject.trim());
  }
  return ids.map((id) => spellings.get(id) ?? id);
}

/**
 * Shared ids (the store's lower case) as the directory's entries spell them, for IT to find them there; an
 * id the directory cannot spell now (it stopped answering, or the entries went) keeps the store's spelling.
 */
async function asEntriesSpell(directory: LeaversDeps["directory"], ids: string[]): Promise<string[]> {
  const spelled: string[] = [];
  for (const id of ids) {
    try {
      const spellings = await directory.idSpellings(id);
      spelled.push(spellings.length === 0 ? id : spellings.join(" / "));
    } catch (error) {
      if (!(error instanceof DirectoryUnavailableError)) throw error;
      spelled.push(id);
    }
  }
  return spelled;
}
