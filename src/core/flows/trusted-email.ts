import { DirectoryUnavailableError } from "../errors.js";
import type { Person } from "../ports/directory.js";
import type { FlowContext } from "./flow.js";

/**
 * The platform's verified email (Inbound.verifiedEmail) equals the student's directory email: /setup links
 * her with her user ID alone. Students only: a chat workspace's admin can change a member's email, and must
 * not get a teacher's powers that way.
 */
export function trustedEmailMatches(
  ctx: FlowContext,
  person: { role: Person["role"] | null; email?: string },
): boolean {
  const email = ctx.verifiedEmail?.trim().toLowerCase() ?? "";
  return person.role === "student" && email !== "" && person.email?.trim().toLowerCase() === email;
}

/**
 * Which of `ids` (linked to this chat) /setup would link again here without a password, by the trusted email
 * (Slack with SLACK_TRUST_WORKSPACE_EMAIL; elsewhere none): for words that say what linking again needs.
 * A directory that does not answer gives none, so the words ask for the password rather than promise less.
 */
export async function linkedAgainByEmail(ctx: FlowContext, ids: string[]): Promise<string[]> {
  if (ctx.verifiedEmail === undefined) return [];
  const found: string[] = [];
  for (const id of ids) {
    try {
      const person = await ctx.deps.directory.findPerson(id);
      if (person !== null && trustedEmailMatches(ctx, person)) found.push(person.id);
    } catch (error) {
      if (!(error instanceof DirectoryUnavailableError)) throw error;
    }
  }
  return found;
}
