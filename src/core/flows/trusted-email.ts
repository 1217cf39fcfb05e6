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
