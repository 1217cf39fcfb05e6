import type { Person } from "../../ports/directory.js";
import { TtlCache } from "../../ttl-cache.js";
import type { FlowContext } from "../flow.js";
import { idMatchKey } from "../typed-id.js";

/**
 * How long a class's list of students is kept for a teacher's refusals. On LDAP a class list costs a search
 * per pupil; read for every refused id, a teacher of five classes of thirty cost about 150 searches per
 * mistyped id. A pupil with a shared id put in her class meanwhile is shown as such this much later.
 */
const CLASS_LISTS_TTL_MS = 5 * 60_000;
/** More classes than a school has: the cache stays bounded whatever the directory says. */
const MAX_CACHED_CLASSES = 2_000;

/**
 * A class's students by their id as the directories match it (idMatchKey: "Zoë.T" is zoe.t, as a typed
 * "ZOE.T" is), each with the directory's spelling of the id and the name.
 */
export type ClassList = ReadonlyMap<string, { id: string; name: string }>;

/** The students of each class (by its lower-case name), read by sharedIdInOwnClasses and namedInOwnClasses. */
export type ClassLists = TtlCache<ClassList>;

/** The process's ClassLists: one per process, built where the CoreDeps are. */
export function createClassLists(clock: () => number): ClassLists {
  return new TtlCache({ maxEntries: MAX_CACHED_CLASSES, ttlMs: CLASS_LISTS_TTL_MS, clock });
}

/** The lists of the teacher's own classes (as /coverage shows them), each kept a while (ClassLists). */
export async function ownClassLists(ctx: FlowContext, teacher: Person): Promise<ClassList[]> {
  return (await ownClassListsRead(ctx, teacher)).map((list) => list ?? new Map());
}

/** As ownClassLists, with null for a list the directory could not give (it is not kept: asked again next time). */
async function ownClassListsRead(ctx: FlowContext, teacher: Person): Promise<(ClassList | null)[]> {
  return Promise.all(teacher.classes.map((c) => classListOf(ctx, c)));
}

async function classListOf(ctx: FlowContext, className: string): Promise<ClassList | null> {
  const key = className.toLowerCase();
  const cached = ctx.deps.classLists.get(key);
  if (cached !== undefined) return cached.value;
  try {
    const students = await ctx.deps.directory.listStudents(className);
    const list = new Map(students.map(({ id, name }) => [idMatchKey(id), { id, name }]));
    ctx.deps.classLists.set(key, list);
    return list;
  } catch (error) {
    ctx.deps.logger.warn({ err: error, className }, "could not read a class list for a teacher's refusal");
    return null;
  }
}

/**
 * Whether a student of the teacher's own classes has the user ID `id` (typed any way the directories match:
 * see idMatchKey): "listed", "not listed", or "unknown" when no list shows it and one of her lists could not
 * be read (the student may be on that one). Read from her lists alone (as /coverage shows them), so it says
 * nothing about IDs outside her classes.
 */
export async function listedInOwnClasses(
  ctx: FlowContext,
  teacher: Person,
  id: string,
): Promise<"listed" | "not listed" | "unknown"> {
  const lists = await ownClassListsRead(ctx, teacher);
  const wanted = idMatchKey(id);
  if (lists.some((students) => students?.has(wanted) === true)) return "listed";
  return lists.includes(null) ? "unknown" : "not listed";
}

/**
 * The student of the teacher's own classes whose user ID `id` is (typed any way the directories match: see
 * idMatchKey), with the first of her classes that lists them; null for any other id. Read from her lists
 * alone (as /coverage shows them), so it says nothing about IDs outside her classes.
 */
export async function ownStudentWithId(
  ctx: FlowContext,
  teacher: Person,
  id: string,
): Promise<{ id: string; name: string; className: string } | null> {
  const lists = await ownClassLists(ctx, teacher);
  const wanted = idMatchKey(id);
  const index = lists.findIndex((students) => students.has(wanted));
  const student = index === -1 ? undefined : lists[index]!.get(wanted);
  return student === undefined ? null : { ...student, className: teacher.classes[index]! };
}
