import { audit } from "../audit.js";
import { asDirectoryKnows } from "./directory-spelling.js";
import { end, say, type FlowContext, type Transition } from "./flow.js";
import { inRegister, registerOf } from "../i18n/register.js";
import { staffRoleRemembered } from "./staff/staff-role-remembered.js";

/**
 * /logout's last word once the store has unlinked `removed` (store ids): each unlink audited, then what it
 * means, said to whoever it was: a teacher or admin in the adult register (Malay anda, Tamil நீங்கள்), a child
 * in the children's (the chat is no longer linked, so the engine could not tell).
 */
export async function toldUnlinked(ctx: FlowContext, removed: string[]): Promise<Transition> {
  if (removed.length === 0) return end(say("logout.notLinked"));
  const people = await asDirectoryKnows(ctx, removed);
  for (const person of people) await audit(ctx, "unlink", person.id, "ok");
  if (people.length > 1) return end(say("logout.doneEveryone"));
  // The directory not answering: the role it last gave picks the words (StaffRolesSeen).
  const role = people[0]?.role ?? (await staffRoleRemembered(ctx, removed));
  return end(inRegister(say("logout.done"), registerOf(role)));
}
