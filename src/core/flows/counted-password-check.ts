import { chatKey } from "../chat.js";
import type { CountedFailure } from "../ports/limit-counters.js";
import type { Person } from "../ports/directory.js";
import type { FlowContext } from "./flow.js";

/**
 * A password for `id` checked by the directory, its try counted first on the `link` limit (set-up's, and a
 * staff member's on a family phone), so that however many chats try at once the directory never gets more
 * than LINK_MAX_FAILURES wrong passwords for one id in the window. `blocked`: paused, nothing was checked.
 * A try the directory never judged (it failed) is taken back before the error goes on. The caller takes a
 * right password's try back (`failure`) when it has acted on it, and counts a wrong one.
 */
export async function countedPasswordCheck(
  ctx: FlowContext,
  id: string,
  password: string,
): Promise<{ blocked: number } | { person: Person | null; failure: CountedFailure }> {
  const { limits, directory } = ctx.deps;
  const attempt = await limits.reserveAttempt(ctx, "link", id, chatKey(ctx.chat));
  if (attempt.blocked !== null) return { blocked: attempt.blocked };
  try {
    return { person: await directory.authenticate(id, password), failure: attempt.failure };
  } catch (error) {
    await limits.forget("link", id, attempt.failure);
    throw error;
  }
}
