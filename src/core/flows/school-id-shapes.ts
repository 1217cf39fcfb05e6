import { looksLikeSeveralIds } from "../looks-like-name.js";
import { looksLikePassword } from "../looks-like-password.js";
import type { Reply } from "../messages.js";
import { TtlCache } from "../ttl-cache.js";
import { say, type FlowContext } from "./flow.js";
import { idMatchKey } from "./typed-id.js";

/**
 * How long the shapes of the school's user IDs are kept. Reading them is one search over every person; a
 * new pupil whose ID has a shape nobody else's has is told "not a user ID" this much later at most.
 */
const ID_SHAPES_TTL_MS = 5 * 60_000;

/** The shapes of every user ID in the directory (idShape), kept a few minutes: one entry, "school". */
export type SchoolIdShapes = TtlCache<ReadonlySet<string>>;

/** The process's SchoolIdShapes: one per process, built where the CoreDeps are. */
export function createSchoolIdShapes(clock: () => number): SchoolIdShapes {
  return new TtlCache({ maxEntries: 1, ttlMs: ID_SHAPES_TTL_MS, clock });
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
 * directory (an OpenLDAP or Active Directory server may log each search's filter): text that looks like a
 * password (looksLikePassword) and is shaped like none of the school's user IDs (idShape). "unknown" when
 * it looks like a password and the shapes cannot be read just now. Told from the text and the school's ID
 * shapes alone, so it says nothing about who has which ID. A password shaped like the school's IDs
 * ("Tiger2015" where IDs are S1001) is still looked up, as any ID is, and finds nobody.
 */
export async function passwordNotSchoolId(
  ctx: FlowContext,
  typedId: string,
): Promise<"yes" | "no" | "unknown"> {
  if (!looksLikePassword(typedId) || looksLikeSeveralIds(typedId) || NAME.test(typedId)) return "no";
  const shapes = await schoolIdShapes(ctx);
  if (shapes === null) return "unknown";
  return shapes.has(idShape(typedId)) ? "no" : "yes";
}

/**
 * At a student's "Type your user ID": what to tell her when she typed a password there (passwordNotSchoolId),
 * with nothing looked up; null for text to look up as her ID.
 */
export async function passwordNotAnIdReply(ctx: FlowContext, typedId: string): Promise<Reply | null> {
  const password = await passwordNotSchoolId(ctx, typedId);
  return password === "yes"
    ? say("input.notAnId")
    : password === "unknown"
      ? say("error.directoryDown")
      : null;
}

/** The shapes of the school's user IDs, kept a while; null when the directory cannot list them now (not kept). */
async function schoolIdShapes(ctx: FlowContext): Promise<ReadonlySet<string> | null> {
  const cached = ctx.deps.idShapes.get("school");
  if (cached !== undefined) return cached.value;
  try {
    const shapes = new Set((await ctx.deps.directory.listIds()).map(idShape));
    ctx.deps.idShapes.set("school", shapes);
    return shapes;
  } catch (error) {
    ctx.deps.logger.warn({ err: error }, "could not read the shapes of the school's user IDs");
    return null;
  }
}
