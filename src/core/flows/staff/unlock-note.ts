/**
 * One thing an /unlock lifted, in the order its audit note and its reply name them. A suspension and a
 * directory lock lifted together are one part: the stored notes have always named them together. A staff
 * password pause (her staff commands' password step in her chat, unlock-staff.ts) is only a staff member's.
 */
export type UnlockPart =
  | "suspension"
  | "directory lock"
  | "suspension and directory lock"
  | "failed tries"
  | "set-up pause"
  | "staff password pause";

/** What the unlock found and lifted, as the limits and the directory told it. */
export interface UnlockLifts {
  suspension: boolean;
  directoryLock: boolean;
  /** Failed tries short of a suspension were forgotten. */
  failedTries: boolean;
  setupPause: boolean;
}

/**
 * The parts an unlock names. Failed tries are named only when nothing more was lifted: a suspension or a
 * lock lifted says more, and its note has never named them. An empty list: nothing was lifted.
 */
export function unlockParts(lifts: UnlockLifts): UnlockPart[] {
  const parts: UnlockPart[] = [];
  if (lifts.suspension && lifts.directoryLock) parts.push("suspension and directory lock");
  else if (lifts.suspension) parts.push("suspension");
  else if (lifts.directoryLock) parts.push("directory lock");
  else if (lifts.failedTries) parts.push("failed tries");
  if (lifts.setupPause) parts.push("set-up pause");
  return parts;
}

/**
 * Each part's words in the audit note. Stored events keep them, and /audit and the export read old events
 * by them: never reword one (audit-reasons.ts gives them words in the admin's language).
 */
const NOTE_PARTS: Readonly<Record<UnlockPart, string>> = {
  suspension: "suspension lifted",
  "directory lock": "directory lock lifted",
  "suspension and directory lock": "suspension and directory lock lifted",
  "failed tries": "failures cleared",
  "set-up pause": "set-up pause lifted",
  "staff password pause": "staff password pause lifted",
};

/**
 * The note of a staff-refused event: a teacher's /unlock found a set-up pause she had lifted once already
 * within the window (only an admin may lift it again). Stored: never reword it.
 */
export const SETUP_PAUSE_LIFTED_ALREADY = "set-up pause lifted already";

/**
 * The note of a staff-refused event: a teacher's /unlock found a directory lockout after she had lifted
 * one of the student's within the window (only an admin may lift it again). Stored: never reword it.
 */
export const DIRECTORY_LOCK_LIFTED_ALREADY = "directory lock lifted already";

/** The note of an unlock that lifted nothing (its words since the first version). */
const NOTHING_LIFTED = "not suspended";

/** The audit note of an unlock: its parts' words, "; " between them. */
export function unlockNote(parts: readonly UnlockPart[]): string {
  return parts.length === 0 ? NOTHING_LIFTED : parts.map((part) => NOTE_PARTS[part]).join("; ");
}

const ALL_LIFTS: UnlockLifts[] = [false, true].flatMap((suspension) =>
  [false, true].flatMap((directoryLock) =>
    [false, true].flatMap((failedTries) =>
      [false, true].map((setupPause) => ({ suspension, directoryLock, failedTries, setupPause })),
    ),
  ),
);

/** What an admin's /unlock of a staff account can lift (unlock-staff.ts): set-up's pause, her chat's, or both. */
export const STAFF_UNLOCK_PARTS: readonly (readonly UnlockPart[])[] = [
  ["set-up pause"],
  ["staff password pause"],
  ["set-up pause", "staff password pause"],
];

/**
 * Every note an unlock can store, with the parts it names: how /audit reads a stored note, by looking it
 * up whole rather than taking it apart.
 */
export const UNLOCK_NOTES: ReadonlyMap<string, readonly UnlockPart[]> = new Map(
  [...ALL_LIFTS.map(unlockParts), ...STAFF_UNLOCK_PARTS].map((parts) => [unlockNote(parts), parts]),
);
