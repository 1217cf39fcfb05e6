import { DirectoryUnavailableError } from "../ports/directory-errors.js";
import type { Person } from "../ports/directory.js";
import type { FlowContext } from "./flow.js";

/**
 * The platform's verified email (Inbound.verifiedEmail) proves who the student is: /setup links her with her
 * user ID alone. Only when it equals her directory email, she is a student (a chat workspace's admin can
 * change a member's email, and must not get a teacher's powers that way), and no other directory entry has
 * that email: one the directory gives two siblings (a family's address) names neither, and taken for either
 * it would let one sibling's Slack account link the other, set up her answers and reset her password. A
 * directory that cannot say just then proves nothing either: the password is asked, as it is safer to ask
 * too much than too little.
 */
export async function trustedEmailProves(
  ctx: FlowContext,
  person: { role: Person["role"] | null; email?: string },
): Promise<boolean> {
  const email = ctx.verifiedEmail?.trim().toLowerCase() ?? "";
  if (person.role !== "student" || email === "" || person.email?.trim().toLowerCase() !== email) return false;
  try {
    return !(await ctx.deps.directory.sharesEmail(email));
  } catch (error) {
    if (error instanceof DirectoryUnavailableError) return false;
    throw error;
  }
}

/**
 * Whether /setup would link this person here again without a password, by the trusted email (Slack with
 * SLACK_TRUST_WORKSPACE_EMAIL; elsewhere never): for words that say what linking again needs. A directory
 * that does not answer gives false, so the words ask for the password rather than promise less.
 */
export async function linkedAgainByEmail(ctx: FlowContext, personId: string): Promise<boolean> {
  if (ctx.verifiedEmail === undefined) return false;
  try {
    const person = await ctx.deps.directory.findPerson(personId);
    return person !== null && (await trustedEmailProves(ctx, person));
  } catch (error) {
    if (error instanceof DirectoryUnavailableError) return false;
    throw error;
  }
}
