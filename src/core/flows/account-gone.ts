import { audit } from "../audit.js";
import { end, say, type FlowContext, type Transition } from "./flow.js";

/** The audit note of a verified reset stopped as IT removed or disabled the account during it. */
export const ACCOUNT_GONE_MEANWHILE = "the account was removed or disabled in the directory meanwhile";

/**
 * A student's own reset whose account IT removed or disabled after it began: no password is set, she hears
 * the words a reset begun for such an account hears, and the dialog ends. Audited (no alert: IT did it).
 */
export async function accountGoneMeanwhile(ctx: FlowContext, personId: string): Promise<Transition> {
  await audit(ctx, "reset-interrupted", personId, "refused", ACCOUNT_GONE_MEANWHILE);
  return end(say("reset.accountGone"));
}
