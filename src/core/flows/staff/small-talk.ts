import type { Reply } from "../../messages.js";
import type { Person } from "../../ports/directory.js";
import { say, type FlowContext } from "../flow.js";
import { MAX_ID_LENGTH, typedText, typedUserId } from "../typed-id.js";
import { helloOrThanks } from "./hello-or-thanks.js";
import { ownStudentWithId } from "./own-class-lists.js";
import { classNamed } from "./typed-class.js";

/**
 * What a teacher or admin is told for a greeting or thanks typed where a person's user ID goes ("/guided hi",
 * "thanks" at "Which student?"): hello back, or you're welcome; the ID is then asked for. Null for any other
 * words, and for words that are the user ID of someone she may name (a school whose IDs are words may have
 * a "hai" or a "ty"): the directory's ID comes first. Nothing is audited either way.
 */
export async function staffSmallTalk(ctx: FlowContext, actor: Person, text: string): Promise<Reply | null> {
  const talk = helloOrThanks(text);
  if (talk === null || (await namesSomeoneSheMayName(ctx, actor, typedUserId(text)))) return null;
  return say(talk === "hello" ? "staff.helloStudent" : "staff.welcomeAtPrompt");
}

/**
 * Whether `id` is someone's the actor may name. A teacher's is read from her own class lists alone (as
 * /coverage shows them, see ownStudentWithId): the typed word is never looked up, and another class's
 * "hai" is a greeting as any other is, so the answer says nothing about which IDs exist. An admin, who may
 * name anyone and is told when an ID is nobody's, has it looked up.
 */
async function namesSomeoneSheMayName(ctx: FlowContext, actor: Person, id: string): Promise<boolean> {
  if (id === "" || id.length > MAX_ID_LENGTH) return false;
  if (actor.role === "teacher") return (await ownStudentWithId(ctx, actor, id)) !== null;
  return actor.role === "admin" && (await ctx.deps.directory.findAccount(id)) !== null;
}

/**
 * What a teacher or admin is told for a greeting or thanks at /coverage's "Which class?": hello back, or
 * you're welcome; the question follows again. Null for any other words, and for one of `classes` (those she
 * may view) that is called so.
 */
export function classSmallTalk(text: string, classes: readonly string[]): Reply | null {
  if (classNamed(typedText(text), classes) !== undefined) return null;
  const talk = helloOrThanks(text);
  if (talk === null) return null;
  return say(talk === "hello" ? "staff.helloClass" : "staff.welcomeAtPrompt");
}
