import type { Person } from "../../ports/directory.js";
import type { Reply, Text } from "../../messages.js";
import { say, type FlowContext } from "../flow.js";
import { ownClassLists } from "./own-class-lists.js";
import { words } from "./report-words.js";
import { classNameInWords } from "./typed-class.js";

/** Classes named one by one in an answer up to this many; beyond, it says where to see them. */
const CLASSES_LISTED = 10;

/**
 * `typed` as it may be said back, or filed in the audit, as a class the directory does not have: the name
 * without the word "class" around it, when it is one word shaped as one of `classes` is (runs of letters and
 * digits in the same order: "9Z" as "4A") and at most one character longer than the longest; else null.
 * Anything else may be her password, written as words ("purple elephant dance 7") or as one word
 * ("Sunflower99"): never repeated, nor filed. Filed, it is only the subject of an event in the school-wide
 * stream and her own record, which expire: a class is no person, and has no record of its own. `classes` are
 * the school's for an admin's words and for what is filed; a teacher's own for her words, which would
 * otherwise tell her the shapes of the classes she may not see.
 */
export function classShaped(typed: string, classes: readonly string[]): string | null {
  const name = classNameInWords(typed);
  if (name === "" || /\s/u.test(name)) return null;
  if (name.length > Math.max(0, ...classes.map((c) => c.length)) + 1) return null;
  return classes.some((c) => shape(c) === shape(name)) ? name : null;
}

/** Runs of letters as "a" and of digits as "9", spaces and dashes left out: "4A", "9Z" and "10-C" are "9a". */
function shape(name: string): string {
  return name
    .replace(/[\s\p{Pd}]/gu, "")
    .replace(/\p{L}+/gu, "a")
    .replace(/\p{N}+/gu, "9");
}

/**
 * What an admin is told of a class the directory does not have (`/coverage 9Z`, `/audit class:9Z`): that
 * there is no class 9Z, and which there are, or where to see them when they are many. `typeAgain` adds what
 * to type at "Whose record?", which asks again.
 */
export function noSuchClass(
  ctx: FlowContext,
  typed: string,
  schoolClasses: readonly string[],
  typeAgain = false,
): Reply {
  if (schoolClasses.length === 0) return say("coverage.noClasses");
  const classes = schoolClassesSentence(ctx, schoolClasses);
  const named = classShaped(typed, schoolClasses);
  if (named === null)
    return say(typeAgain ? "audit.noClassNamedTypeAgain" : "coverage.noSuchClass", { classes });
  return say(typeAgain ? "audit.noSuchClassTypeAgain" : "staff.noSuchClass", { class: named, classes });
}

/** "The classes are: 4A, 5B.", or, for a school of many, where to see them. */
export function schoolClassesSentence(ctx: FlowContext, schoolClasses: readonly string[]): string {
  const sentence: Text =
    schoolClasses.length > CLASSES_LISTED
      ? { key: "staff.classesSeeStats" }
      : { key: "staff.classesAre", params: { classes: schoolClasses.join(", ") } };
  return words(ctx, sentence);
}

/**
 * What a teacher is told of a class that is not hers, whether or not the school has it (the same words
 * either way, so they tell her nothing of other classes): the class as she typed it when shaped like one of
 * hers (see classShaped), and hers, or where to see them when they are many.
 */
export function notYourClass(ctx: FlowContext, actor: Person, named: string | null): Reply {
  const yours: Text =
    actor.classes.length > CLASSES_LISTED
      ? { key: "staff.yourClassesSeeCoverage" }
      : {
          key: "staff.yourClasses",
          params: { count: actor.classes.length, classes: actor.classes.join(", ") },
        };
  const params = { yours: words(ctx, yours) };
  return named === null
    ? say("staff.notYourClass", params)
    : say("staff.notYourClassNamed", { ...params, class: named });
}

/**
 * What a teacher is told who types, where one student's user ID goes, a class that is not hers ("/guided 4B":
 * her 4A mistyped, or another class): that it is not hers, and where the IDs of her own students are. Null
 * when `typed` is not shaped like one of her classes (see classShaped), so it tells her nothing of other
 * classes or IDs: a student of another class whose user ID were "4B" gets the same words. Null too when it
 * is also shaped like her own pupils' user IDs (a school whose classes are "Year7" and IDs "S1004"): then it
 * is as likely an ID, and gets the words for one. Told from the text and her own class lists alone (as
 * /coverage shows them, read already for the refusal), the same for an ID of another class and one nobody has.
 */
export async function otherClassNotStudent(
  ctx: FlowContext,
  actor: Person,
  typed: string,
): Promise<Reply | null> {
  const named = classShaped(typed, actor.classes);
  if (named === null) return null;
  const pupils = (await ownClassLists(ctx, actor)).flatMap((list) => [...list.values()]);
  if (pupils.some((pupil) => shape(pupil.id) === shape(named))) return null;
  const yours: Text =
    actor.classes.length > CLASSES_LISTED
      ? { key: "staff.yourClassesShowIdsSeeCoverage" }
      : {
          key: "staff.yourClassesShowIds",
          params: { count: actor.classes.length, classes: actor.classes.join(", ") },
        };
  return say("staff.otherClassNotStudent", { class: named, yours: words(ctx, yours) });
}
