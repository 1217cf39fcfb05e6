import type { Reply } from "../../messages.js";
import type { Person } from "../../ports/directory.js";
import { TtlCache } from "../../ttl-cache.js";
import { say, type FlowContext } from "../flow.js";
import { MAX_ID_LENGTH } from "../typed-id.js";

/**
 * How long a class's student ids are kept for a teacher's refusals. On LDAP a class list costs a search per
 * pupil; read for every refused id, a teacher of five classes of thirty cost about 150 searches per
 * mistyped id. A pupil with a shared id put in her class meanwhile is shown as such this much later.
 */
const CLASS_IDS_TTL_MS = 5 * 60_000;
/** More classes than a school has: the cache stays bounded whatever the directory says. */
const MAX_CACHED_CLASSES = 2_000;

/** A class's students by lower-case id, each with the directory's spelling of the id and the name. */
export type ClassList = ReadonlyMap<string, { id: string; name: string }>;

/** The students of each class (by its lower-case name), read by sharedIdInOwnClasses and namedInOwnClasses. */
export type ClassIds = TtlCache<ClassList>;

/** The process's ClassIds: one per process, built where the CoreDeps are. */
export function createClassIds(clock: () => number): ClassIds {
  return new TtlCache({ maxEntries: MAX_CACHED_CLASSES, ttlMs: CLASS_IDS_TTL_MS, clock });
}

/**
 * An admin's words for an id that more than one directory entry has (a botched import), which the bot acts
 * on for nobody: "check it and try again" would be wrong, as the ID is right and only IT can fix the
 * directory. Null for any other id. Ask only where the directory found nobody, and only for an admin: a
 * teacher asks sharedIdInOwnClasses.
 */
export async function sharedIdNotice(ctx: FlowContext, id: string): Promise<Reply | null> {
  if (id === "" || id.length > MAX_ID_LENGTH) return null;
  const presence = await ctx.deps.directory.accountPresence(id);
  return presence === "several" ? say("staff.sharedId", { id }) : null;
}

/**
 * A teacher's words for an id several entries share, when her own class lists show a student with it (as
 * /coverage shows her): that child is told to ask her, so "not your student, check the ID" would be a dead
 * end. Null for any other id. Her class lists are read whatever the id (or taken from ClassIds, whatever the
 * id too), so every id outside her classes costs the same work and gets the same words: she learns nothing
 * about ids her lists do not show her. A list the directory could not give shows no id: she is told what
 * any id gets, not that the directory failed.
 */
export async function sharedIdInOwnClasses(
  ctx: FlowContext,
  teacher: Person,
  id: string,
): Promise<Reply | null> {
  const lists = await ownClassLists(ctx, teacher);
  const wanted = id.toLowerCase();
  const listed = lists.some((students) => students.has(wanted));
  return listed ? sharedIdNotice(ctx, id) : null;
}

/** The lists of the teacher's own classes (as /coverage shows them), each kept a while (ClassIds). */
export async function ownClassLists(ctx: FlowContext, teacher: Person): Promise<ClassList[]> {
  return Promise.all(teacher.classes.map((c) => classListOf(ctx, c)));
}

async function classListOf(ctx: FlowContext, className: string): Promise<ClassList> {
  const key = className.toLowerCase();
  const cached = ctx.deps.classIds.get(key);
  if (cached !== undefined) return cached.value;
  try {
    const students = await ctx.deps.directory.listStudents(className);
    const list = new Map(students.map(({ id, name }) => [id.toLowerCase(), { id, name }]));
    ctx.deps.classIds.set(key, list);
    return list;
  } catch (error) {
    ctx.deps.logger.warn({ err: error, className }, "could not read a class list for a teacher's refusal");
    return new Map();
  }
}
