import { passwordLikeWords } from "../looks-like-password.js";
import type { Reply } from "../messages.js";
import { SharedSlowRead } from "../shared-slow-read.js";
import { say, type FlowContext } from "./flow.js";
import { idMatchKey, typedText, withoutMarksAround } from "./typed-id.js";

/**
 * How long the shapes of the school's user IDs are kept. Reading them is one search over every person; a
 * new pupil whose ID has a shape nobody else's has is told "not a user ID" this much later at most.
 */
const ID_SHAPES_TTL_MS = 5 * 60_000;

/**
 * After the shapes could not be read, how long until they are read again: until then password-like text is
 * looked up as any ID. So a directory that refuses the listing (a size limit) is asked for it once a
 * minute per process at most, whatever anyone types.
 */
const ID_SHAPES_RETRY_MS = 60_000;

/**
 * How long a message waits for the shapes when none are kept yet (the first after a start, in a school
 * whose listing takes long): past it, her text is looked up as any ID while the listing goes on for the next.
 */
const ID_SHAPES_WAIT_MS = 2_000;

/** While the shapes cannot be read, their warning is written once in this long at most (with how many were left out). */
const ID_SHAPES_UNREADABLE_LOG_MS = 15 * 60_000;

/** The shapes of every user ID in the directory (idShape), kept a few minutes and read once for all callers. */
export type SchoolIdShapes = SharedSlowRead<ReadonlySet<string>>;

/** The process's SchoolIdShapes: one per process, built where the CoreDeps are. */
export function createSchoolIdShapes(clock: () => number): SchoolIdShapes {
  return new SharedSlowRead({ ttlMs: ID_SHAPES_TTL_MS, retryAfterFailureMs: ID_SHAPES_RETRY_MS, clock });
}

/**
 * A user ID's shape: each run of letters one "a", each digit a "9", anything else as it is, in any
 * capitals ("tan.wl2015" and "TAN.WL2015" are a.a9999, "S1001" is a9999, "Garden-Lamp-21" is a-a-99). A
 * school's IDs have a few shapes (its format); a password rarely has one of them.
 */
export function idShape(id: string): string {
  return idMatchKey(id)
    .replace(/\p{L}[\p{L}\p{M}]*/gu, "a")
    .replace(/\p{Nd}/gu, "9");
}

/**
 * A name ("Nur-Aisha O'Brien", "Mr. Tan"): words of letters, with hyphens, apostrophes and dots between
 * them. Long enough, with a hyphen, it looks like a password, but it is looked up as a name always was.
 */
const NAME = /^[\p{L}\p{M}]+(?:[-'’.]+[\p{L}\p{M}]+)*\.?(?:\s+[\p{L}\p{M}]+(?:[-'’.]+[\p{L}\p{M}]+)*\.?)*$/u;

/**
 * Whether a typed user ID (typedUserId) is a password typed into the wrong box, never to be sent to the
 * directory (an OpenLDAP or Active Directory server may log each search's filter): a word that looks like a
 * password (looksLikePassword) and is shaped like none of the school's user IDs (idShape). Every such word
 * is judged, of `typedId` and of the text as she typed it (`asTyped`), each with the marks she typed around
 * it where they make it one (passwordLikeWordsOf): "Tiger12! la" is read as Tiger12, which looks like no
 * password, but her "Tiger12!" is one, and Tiger12 is not looked up. Several IDs typed as one word
 * ("S1001,S1002") are IDs when each of them is shaped like one. While the shapes cannot be read (a
 * directory's size limit on the listing), "no": it is looked up as before, which a pupil whose real ID
 * looks like a password (tan.wl2015) needs more than the directory's log needs sparing. Told from the text
 * and the school's ID shapes alone; the shapes are every account's, staff and disabled ones too (staff type
 * their own ID at set-up), so the answer says which shapes of ID the school has, never who has one. A
 * password shaped like the school's IDs ("Tiger2015" where IDs are S1001) is still looked up, as any ID is,
 * and finds nobody.
 */
export async function passwordNotSchoolId(
  ctx: FlowContext,
  typedId: string,
  asTyped: string = typedId,
): Promise<"yes" | "no"> {
  const words = passwordLikeWordsOf(typedId, asTyped);
  if (words.length === 0) return "no";
  const shapes = await atMost(
    ID_SHAPES_WAIT_MS,
    ctx.deps.idShapes.get(() => readSchoolIdShapes(ctx)),
  );
  if (shapes === null) return "no";
  const shapedLikeAnId = (id: string) => shapes.has(idShape(id));
  return words.every((word) => idsIn(word).every(shapedLikeAnId)) ? "no" : "yes";
}

/**
 * The words of `texts` that look like a password (passwordLikeWords), each as a user-ID reader may take it:
 * without the marks around it (withoutMarksAround), or with them when only they make it look like one
 * ("Tiger12!", "Tiger12?", "(Tiger12)"). A name ("Nur-Aisha") is none: names are looked up as they always were.
 */
export function passwordLikeWordsOf(...texts: string[]): string[] {
  return texts
    .flatMap((text) => passwordLikeWords(typedText(text)))
    .map(withoutMarksAround)
    .filter((word) => !NAME.test(word));
}

/** Between several IDs typed as one word ("S1001,S1002", "S1001;S1002"). */
const BETWEEN_IDS = /[,;，、；]+/u;

/** The IDs in a word: each of several typed as one ("S1001,S1002"), else the word itself. */
export function idsIn(word: string): string[] {
  const ids = word.split(BETWEEN_IDS).filter((id) => id !== "");
  return ids.length >= 2 ? ids : [word];
}

/**
 * At a student's "Type your user ID": what to tell her when she typed a password there (passwordNotSchoolId),
 * with nothing looked up; null for text to look up as her ID.
 */
export async function passwordNotAnIdReply(
  ctx: FlowContext,
  typedId: string,
  asTyped: string,
): Promise<Reply | null> {
  return (await passwordNotSchoolId(ctx, typedId, asTyped)) === "yes" ? say("input.notAnId") : null;
}

/** What `promise` gives within `ms`, else null (it goes on: a shared read finishes for the next caller). */
async function atMost<T>(ms: number, promise: Promise<T | null>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The shapes of the school's user IDs, read page by page from the directory: only the shapes are kept. */
async function readSchoolIdShapes(ctx: FlowContext): Promise<ReadonlySet<string>> {
  const shapes = new Set<string>();
  try {
    await ctx.deps.directory.forEachId((id) => shapes.add(idShape(id)));
    return shapes;
  } catch (error) {
    const leftOut = ctx.deps.logThrottle.admit("id-shapes-unreadable", ctx.now, ID_SHAPES_UNREADABLE_LOG_MS);
    if (leftOut !== null)
      ctx.deps.logger.warn(
        { event: "id_shapes_unreadable", err: error, ...leftOut },
        "could not read the shapes of the school's user IDs, so text that looks like a password typed for a user ID is looked up in the directory as any ID until they can be read (tried again in a minute; OpenLDAP's size limit: size.prtotal, see docs/directory.md)",
      );
    throw error;
  }
}
